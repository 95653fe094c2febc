"""The detail pane of an activity: everything recorded about it, as plain text a reader can
select and copy (who came, by group and sex; which staff attended; the evaluation)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.widgets import heading_label, hint_label


class ActivityDetail(QScrollArea):
    """``show_activity(info, staff_names)``; ``show_activity(None)`` shows a short hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 48)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = heading_label("", body, scale=1.1)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = hint_label(self.tr("Choose an activity in the list to see its details."),
                                body)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for name, caption in (
            ("date", self.tr("Date:")),
            ("kind", self.tr("Kind:")),
            ("duration", self.tr("Duration:")),
            ("place", self.tr("Place:")),
            ("facilitators", self.tr("Facilitators:")),
            ("topics", self.tr("Topics:")),
            ("audiences", self.tr("Participants:")),
            ("staff", self.tr("Staff who attended:")),
            ("pupils", self.tr("Pupils by name:")),
            ("evaluation", self.tr("Evaluation:")),
        ):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"detail_{name}")
            self.values[name] = value
            self.form.addRow(QLabel(caption, body), value)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_activity(None)

    def text(self, name: str) -> str:
        return self.values[name].text()

    def show_activity(self, info: Any, staff_names: Mapping[int, str] | None = None) -> None:
        shown = info is not None
        self.empty.setVisible(not shown)
        self.title.setVisible(shown)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown)
        if info is None:
            self.title.clear()
            for label in self.values.values():
                label.clear()
            return
        names = staff_names or {}
        self.title.setText(info.title)
        semester = texts.semester_text(info.semester)
        self.values["date"].setText(f"{texts.held_text(info)} ({semester})")
        self.values["kind"].setText(texts.kind_text(info))
        self.values["duration"].setText(texts.duration_text(info.duration_minutes))
        self.values["place"].setText(info.place or "—")
        facilitators = info.facilitators or "—"
        if info.invited_facilitator:
            facilitators += " " + self.tr("(invited from outside the school)")
        self.values["facilitators"].setText(facilitators)
        self.values["topics"].setText("\n".join(texts.topics_text([t]) for t in info.topics))
        lines = [texts.audience_line(a) for a in info.audiences]
        if lines:
            lines.append(self.tr("In all: {n}").format(n=format_number(info.participants)))
        self.values["audiences"].setText("\n".join(lines) or "—")
        # in the directory's order (the register's name order, from the service)
        ticked = set(info.staff_ids)
        attended = [n for i, n in names.items() if i in ticked]
        attended += ["?"] * len(ticked - names.keys())
        if attended:
            self.values["staff"].setText(self.tr("{n} people: {names}").format(
                n=format_number(len(attended)), names=", ".join(attended)))
        else:
            self.values["staff"].setText(self.tr("Not ticked by name"))
        pupils = len(info.pupil_ids)
        self.values["pupils"].setText(
            self.tr("{n} pupils ticked").format(n=format_number(pupils)) if pupils else "—")
        self.values["evaluation"].setText(info.evaluation or "—")
