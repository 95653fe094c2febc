"""The selected pupil, read like a file: identity, parents and guardians, classes by school year,
the protection level and its dated history, special circumstances (each can be ended), risk,
reviews and, for those who manage cases, the pupil's case files ("Hồ sơ vụ việc").

The action buttons sit at the top and are always visible; they are enabled when a pupil is
shown and the user may edit the register. Every value is escaped before it reaches rich text.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.display import date_time_text
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.services.register import CircumstanceInfo, PupilDetail

ACTIONS = ("edit", "group", "risk", "level", "review", "archive", "handover")


def _rich(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _table(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td style='padding-right:10px; color:#555'>{escape(k)}</td><td>{v}</td></tr>"
        for k, v in pairs
        if v
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class DetailPane(QWidget):
    """Shows one :class:`PupilDetail`; ``action(name)`` fires for the buttons, ``end_requested``
    for a group's "End" button and ``case_requested(case_id)`` for a case link."""

    action = Signal(str)
    end_requested = Signal(object)
    case_requested = Signal(int)
    history_requested = Signal(int)  # pupil id: open the access log on this child's entry

    def __init__(self, can_edit: bool, can_see_cases: bool, parent: QWidget | None = None, *,
                 can_see_history: bool = False) -> None:
        super().__init__(parent)
        self.can_edit = can_edit
        self.can_see_cases = can_see_cases
        self.pupil: PupilDetail | None = None
        self.hide_names = False
        self.school_year = ""
        self.heading = heading_label(self.tr("No pupil selected"), self, scale=1.2)
        self.heading.setObjectName("pupilName")
        self.subtitle = hint_label(self.tr("Choose a pupil in the list to see the details."), self)

        self.buttons: dict[str, QPushButton] = {}
        texts_ = {
            "edit": (self.tr("&Edit"), self.tr("Change the pupil's details (Ctrl+E)")),
            "group": (
                self.tr("Add a &group"),
                self.tr("Add a special circumstance group (Ctrl+G)"),
            ),
            "risk": (
                self.tr("At ris&k"),
                self.tr("Mark the child at risk, with the risk factors (Ctrl+K)"),
            ),
            "level": (
                self.tr("Change the le&vel"),
                self.tr("Change the protection level (Ctrl+M)"),
            ),
            "review": (self.tr("Re&view"), self.tr("Record a periodic review (Ctrl+R)")),
            "archive": (
                self.tr("Lea&ves school..."),
                self.tr("Transferred, completed primary school or left school"),
            ),
            "handover": (
                self.tr("Hando&ver package..."),
                self.tr("The records of a pupil who changed school, for the new school"),
            ),
        }
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, name in enumerate(ACTIONS):
            text, tip = texts_[name]
            button = QPushButton(text, self)
            button.setObjectName(f"action_{name}")
            button.setToolTip(tip)
            button.setVisible(can_edit and (name != "handover" or can_see_cases))
            button.clicked.connect(lambda _c=False, n=name: self.action.emit(n))
            grid.addWidget(button, i // 2, i % 2)  # two columns: a narrow pane, a wide list
            self.buttons[name] = button

        self.identity = _rich(self)
        self.guardians = _rich(self)
        self.classes = _rich(self)
        self.level = _rich(self)
        self.risk = _rich(self)
        self.reviews = _rich(self)
        self.cases = _rich(self)
        self.cases.linkActivated.connect(self._case_link)
        self.groups_box = QWidget(self)
        self.groups_layout = QVBoxLayout(self.groups_box)
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.groups_layout.setSpacing(2)
        self.section_titles: dict[str, QLabel] = {}

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(4)
        sections = [
            ("identity", self.tr("Identity"), self.identity),
            ("guardians", self.tr("Parents and guardians"), self.guardians),
            ("classes", self.tr("Classes"), self.classes),
            ("groups", self.tr("Special circumstances"), self.groups_box),
            ("risk", self.tr("Risk"), self.risk),
            ("level", self.tr("Protection level"), self.level),
            ("reviews", self.tr("Reviews"), self.reviews),
        ]
        if can_see_cases:
            sections.append(("cases", self.tr("Case files (Hồ sơ vụ việc)"), self.cases))
        for key, title, widget in sections:
            caption = heading_label(title, body, scale=1.05)
            self.section_titles[key] = caption
            inner.addSpacing(6)
            inner.addWidget(caption)
            inner.addWidget(widget)
        self.history_link = hint_label(
            '<a href="history">' + escape(self.tr("Who has seen or changed this entry")) + "</a>",
            body)
        self.history_link.setObjectName("historyLink")
        self.history_link.setTextFormat(Qt.TextFormat.RichText)
        self.history_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.history_link.setToolTip(self.tr("Opens the access log on this child's entry"))
        self.history_link.linkActivated.connect(self._history_link)
        self.history_link.setVisible(can_see_history)
        inner.addSpacing(10)
        inner.addWidget(self.history_link)
        inner.addStretch(1)
        self.body = body
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid)
        layout.addWidget(self.scroll_area, 1)
        self.show_pupil(None)

    # -- showing -----------------------------------------------------------------------------------

    def _history_link(self, _href: str) -> None:
        if self.pupil is not None:
            self.history_requested.emit(self.pupil.id)

    def name_text(self, name: str) -> str:
        return texts.initials(name) if self.hide_names else name

    def set_hide_names(self, hide: bool) -> None:
        self.hide_names = hide
        self.show_pupil(self.pupil)

    def show_pupil(self, pupil: PupilDetail | None, school_year: str | None = None) -> None:
        """Show ``pupil`` (None: nothing); ``school_year`` is the current one (kept)."""
        self.pupil = pupil
        if school_year is not None:
            self.school_year = school_year
        school_year = self.school_year
        for name, button in self.buttons.items():
            button.setEnabled(
                pupil is not None
                and self.can_edit
                and (name in ("edit", "archive", "handover")
                     or pupil.status == PupilStatus.ACTIVE)
                and (name != "handover" or pupil.status == PupilStatus.TRANSFERRED)
            )
        self.body.setVisible(pupil is not None)
        if pupil is None:
            self.heading.setText(self.tr("No pupil selected"))
            self.subtitle.setText(self.tr("Choose a pupil in the list to see the details."))
            self.set_cases(None)
            return
        self.heading.setText(self.name_text(pupil.full_name))
        current = next((c for y, c in pupil.classes if y == school_year), "")
        parts = [pupil.student_code or self.tr("no identifier")]
        if current:
            parts.append(self.tr("class {name}").format(name=current))
        parts.append(
            labels.label(pupil.status)
            + (f" {texts.date_text(pupil.left_on)}" if pupil.left_on else "")
        )
        self.subtitle.setText(" · ".join(parts))
        self._identity(pupil)
        self._guardians(pupil)
        self.classes.setText(
            _table((year, escape(name)) for year, name in pupil.classes)
            if pupil.classes
            else escape(self.tr("Not in any class."))
        )
        self._groups(pupil)
        self._risk(pupil)
        self._level(pupil)
        self._reviews(pupil)

    def _identity(self, p: PupilDetail) -> None:
        if p.birth_date is not None:
            birth = texts.date_text(p.birth_date)
        elif p.estimated_age:
            birth = self.tr("not known (about {age} years old)").format(age=p.estimated_age)
        else:
            birth = self.tr("not known")
        self.identity.setText(
            _table(
                [
                    (self.tr("Date of birth"), escape(birth)),
                    (self.tr("Sex"), escape(labels.label(p.sex))),
                    (self.tr("Ethnicity"), escape(p.ethnicity)),
                    (self.tr("Address"), escape(p.address)),
                    (self.tr("Notes"), _lines(p.notes)),
                ]
            )
        )

    def _guardians(self, p: PupilDetail) -> None:
        if not p.guardians:
            self.guardians.setText(escape(self.tr("None recorded.")))
            return
        self.guardians.setText(
            _table(
                (
                    labels.label(g.relation),
                    escape(self.name_text(g.full_name))
                    + (f" · {escape(g.phone)}" if g.phone and not self.hide_names else ""),
                )
                for g in p.guardians
            )
        )

    def _groups(self, p: PupilDetail) -> None:
        while self.groups_layout.count():
            item = self.groups_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        if not p.circumstances:
            self.groups_layout.addWidget(QLabel(self.tr("None."), self.groups_box))
            return
        for c in p.circumstances:
            self.groups_layout.addWidget(self._group_row(c, p.status == PupilStatus.ACTIVE))

    def _group_row(self, c: CircumstanceInfo, active_pupil: bool) -> QWidget:
        row = QWidget(self.groups_box)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = _rich(row)
        title = escape(texts.group_text(c.group))
        if c.end_date is None:
            title = f"<b>{title}</b>"
        lines = [title]
        if c.subtype:
            lines.append(escape(self._subtype_text(c)))
        if c.end_date is None:
            lines.append(
                escape(self.tr("since {start}").format(start=texts.date_text(c.start_date)))
            )
        else:
            lines.append(
                escape(
                    self.tr("from {start} to {end} (ended)").format(
                        start=texts.date_text(c.start_date), end=texts.date_text(c.end_date)
                    )
                )
            )
        if c.notes:
            lines.append(f"<i>{_lines(c.notes)}</i>")
        label.setText("<br>".join(lines))
        layout.addWidget(label, 1)
        if c.end_date is None and self.can_edit and active_pupil:
            button = QPushButton(self.tr("End..."), row)
            button.setToolTip(self.tr("The child is no longer in this group"))
            button.clicked.connect(lambda _c=False, info=c: self.end_requested.emit(info))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    @staticmethod
    def _subtype_text(c: CircumstanceInfo) -> str:
        from kimbai_desktop.domain.enums import subtypes_of

        kinds = subtypes_of(c.group)
        for kind in kinds or ():
            if kind.value == c.subtype:
                return labels.label(kind)
        return str(c.subtype)

    def _risk(self, p: PupilDetail) -> None:
        if p.at_risk:
            title = self.tr("At risk of falling into special circumstances")
            self.risk.setText(f"<b>{escape(title)}</b><br>{_lines(p.risk_factors)}")
        else:
            self.risk.setText(escape(self.tr("Not marked at risk.")))

    def _level(self, p: PupilDetail) -> None:
        parts = [f"<b>{escape(labels.label(p.level))}</b>"]
        if p.next_review is not None:
            colour = (
                texts.OVERDUE_COLOUR
                if p.review_state == "overdue"
                else (texts.DUE_SOON_COLOUR if p.review_state == "due_soon" else "")
            )
            sign = "⚠ " if p.review_state == "overdue" else ""
            text = escape(
                self.tr("Next review: {when}").format(
                    when=texts.review_text(p.review_state, p.next_review)
                )
            )
            parts.append(f"<span style='color:{colour}'>{sign}{text}</span>" if colour else text)
        for change in p.levels:
            parts.append(
                f"{texts.date_text(change.since)}: <b>{escape(labels.label(change.level))}</b>"
                f" — {_lines(change.reason)}"
                + (f" ({escape(change.case_ref)})" if change.case_ref else "")
                + "<br><span style='color:#555'>"
                + escape(
                    self.tr("recorded by {who}, {when}").format(
                        who=change.changed_by, when=self._moment(change.changed_at)
                    )
                )
                + "</span>"
            )
        self.level.setText("<br>".join(parts))

    @staticmethod
    def _moment(value: Any) -> str:
        try:
            return date_time_text(value)
        except (AttributeError, TypeError, ValueError):
            return ""

    def _reviews(self, p: PupilDetail) -> None:
        if not p.reviews:
            self.reviews.setText(escape(self.tr("No review yet.")))
            return
        parts = []
        for r in p.reviews:
            head = (
                f"<b>{texts.date_text(r.review_date)}</b>: "
                f"{escape(labels.label(r.decision))} "
                f"<span style='color:#555'>({escape(r.reviewer)})</span>"
            )
            lines = [head]
            if r.ratings:
                lines.append(
                    escape(
                        self.tr("The school's own criteria: ") + "; ".join(
                            f"{labels.label(c)}: {labels.label(level)}"
                            for c, level in r.ratings.items()
                        )
                    )
                )
            if r.situation:
                lines.append(_lines(r.situation))
            if r.next_review:
                lines.append(
                    escape(
                        self.tr("Next review: {when}").format(when=texts.date_text(r.next_review))
                    )
                )
            parts.append("<br>".join(lines))
        self.reviews.setText("<br><br>".join(parts))

    def set_cases(self, cases: list[Any] | None) -> None:
        """The pupil's cases (``CaseBrief``); None while loading or when there is no pupil."""
        if not self.can_see_cases:
            return
        if cases is None:
            self.cases.setText(escape(self.tr("Loading...")) if self.pupil else "")
            return
        if not cases:
            self.cases.setText(escape(self.tr("No case file.")))
            return
        rows = []
        for case in cases:
            forms = ", ".join(labels.label(f) for f in case.forms)
            rows.append(
                f"<a href='case:{case.id}'>{escape(case.code)}</a> · "
                f"{escape(labels.label(case.status))} · {escape(labels.label(case.step))}"
                f"<br><span style='color:#555'>{escape(self._moment(case.received_at))}"
                f" · {escape(forms)}</span>"
            )
        self.cases.setText("<br>".join(rows))

    def _case_link(self, link: str) -> None:
        if link.startswith("case:"):
            self.case_requested.emit(int(link.split(":", 1)[1]))

    def clear(self) -> None:
        self.show_pupil(None)
