"""The figures of the overview: cases by status and by form, the register by protection level
and by group, the periodic reviews and the year's targets, from one
:class:`kimbai_desktop.services.dashboard.Dashboard`. Counts only: no child is named here.

A bar opens the list it counts when the user may see that list (the window does the opening):

- ``open_case_list(CaseQuery)``: a status of "cases by status" (the cases of that school year
  with that status);
- ``open_register(PupilQuery)``: a protection level (children in the register at that level),
  a group (children in that group today) or the reviews (overdue; due or overdue);
- ``open_targets(target_id)``: a target of the year (the training page's targets).

The forms of abuse open nothing: the list of cases has no filter by form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStyle, QVBoxLayout, QWidget

from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.enums import ProtectionLevel
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.register import REVIEW_DUE_SOON_DAYS
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.overview.charts import BarChart, BarData, TargetsChart
from kimbai_desktop.gui.register import texts as register_texts
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.services.cases import CaseQuery
from kimbai_desktop.services.dashboard import Dashboard
from kimbai_desktop.services.register import PupilQuery

CASE_STATUS_COLOURS = {CaseStatus.OPEN: "#1a4f9c", CaseStatus.CLOSED: "#5f6b7a"}
LEVEL_COLOURS = {
    ProtectionLevel.PREVENTION: "#3d7a4f",
    ProtectionLevel.SUPPORT: "#8a5a00",
    ProtectionLevel.INTERVENTION: "#a1332b",
}


class DashboardPanel(QWidget):
    """The charts, one column beside the due list or two when they have the page to
    themselves. ``can_open_cases`` / ``can_open_register`` / ``can_open_training`` make the
    bars of those lists clickable (the user may open them)."""

    open_case_list = Signal(object)  # CaseQuery
    open_register = Signal(object)  # PupilQuery
    open_targets = Signal(int)  # target id

    def __init__(self, parent: QWidget | None = None, *, can_open_cases: bool = False,
                 can_open_register: bool = False, can_open_training: bool = False) -> None:
        super().__init__(parent)
        self.can_open_cases = can_open_cases
        self.can_open_register = can_open_register
        self.can_open_training = can_open_training
        self.dashboard: Dashboard | None = None
        self.columns = 1

        self.heading = heading_label(self.tr("Figures"), self, 1.1)
        self.note = hint_label(self.tr("Counts only: no child is named here."), self)
        self.case_status = BarChart(
            self.tr("Cases by status"), self, empty_text=self.tr("No case in this school year."))
        self.case_forms = BarChart(
            self.tr("Cases by form of abuse"), self, hide_zero=True,
            hint=self.tr("A case may have several forms; forms with no case are left out."),
            empty_text=self.tr("No case in this school year."))
        self.levels = BarChart(
            self.tr("Children in the register by protection level"), self,
            empty_text=self.tr("No child in the register."))
        self.reviews = BarChart(self.tr("Periodic reviews"), self)
        self.groups = BarChart(
            self.tr("Children in special circumstances by group"), self, hide_zero=True,
            hint=self.tr("The groups of Article 10 of the Law on Children; a child may be in "
                         "several. Point at a bar to read the whole wording."),
            empty_text=self.tr("No child in a special circumstance."))
        self.targets = TargetsChart(
            self.tr("Targets of the school year"), self,
            empty_text=self.tr("No target was set for this school year."))
        self.case_status.activated.connect(self._status_clicked)
        self.levels.activated.connect(
            lambda level: self.open_register.emit(PupilQuery(level=level, in_register_only=True)))
        self.groups.activated.connect(lambda group: self.open_register.emit(PupilQuery(group=group)))
        self.reviews.activated.connect(
            lambda review: self.open_register.emit(PupilQuery(review=review)))
        self.targets.activated.connect(self.open_targets.emit)

        self.cards: dict[str, QFrame] = {}
        for name, chart in (("case_status", self.case_status), ("case_forms", self.case_forms),
                            ("levels", self.levels), ("reviews", self.reviews),
                            ("groups", self.groups), ("targets", self.targets)):
            card = QFrame(self)
            card.setObjectName(f"chart_{name}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(8, 6, 8, 8)
            inner.addWidget(chart)
            card.setVisible(False)
            self.cards[name] = card
        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        for column in (self._left, self._right):
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(8)
        self._columns = columns = QHBoxLayout()
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(8)
        columns.addLayout(self._left, 1)
        columns.addLayout(self._right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(columns)
        layout.addStretch(1)
        self._arrange()

    # -- layout ------------------------------------------------------------------------------------

    def set_columns(self, columns: int) -> None:
        """One column (beside the due list) or two (the page to themselves)."""
        self.columns = 2 if columns >= 2 else 1
        self._arrange()

    def _arrange(self) -> None:
        for column in (self._left, self._right):
            while column.count():
                column.takeAt(0)
        order = ("case_status", "case_forms", "levels", "reviews", "groups", "targets")
        left: tuple[str, ...]
        right: tuple[str, ...]
        if self.columns == 1:
            left, right = order, ()
        else:
            left, right = ("case_status", "case_forms", "targets"), ("levels", "reviews", "groups")
        for names, column in ((left, self._left), (right, self._right)):
            for name in names:
                column.addWidget(self.cards[name])
            column.addStretch(1)
        self._columns.setStretch(1, 1 if right else 0)

    # -- figures -----------------------------------------------------------------------------------

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        self.heading.setText(self.tr("Figures of the school year {year}").format(
            year=d.school_year))
        self._show_cases(d)
        self._show_register(d)
        self._show_targets(d)

    def _show_cases(self, d: Dashboard) -> None:
        for name in ("case_status", "case_forms"):
            self.cards[name].setVisible(d.cases is not None)
        if d.cases is None:
            return
        c = d.cases
        self.case_status.set_hint(
            (self.tr("{n} cases received in the school year {year}, all of the school's.")
             if c.all_cases else self.tr("{n} cases received in the school year {year}."))
            .format(n=format_number(c.total), year=d.school_year))
        self.case_status.set_bars(
            [BarData(status, labels.label(status), n, colour=CASE_STATUS_COLOURS[status])
             for status, n in c.by_status] if c.total else [],
            clickable=self.can_open_cases, click_hint=self.tr("Click to list these cases."))
        self.case_forms.set_bars([BarData(form, labels.label(form), n) for form, n in c.by_form])

    def _show_register(self, d: Dashboard) -> None:
        for name in ("levels", "reviews", "groups"):
            self.cards[name].setVisible(d.register is not None)
        if d.register is None:
            return
        r = d.register
        clickable = self.can_open_register
        show = self.tr("Click to show these children in the register.")
        self.levels.set_hint(self.tr("{n} children in the register today, {r} of them at risk.")
                             .format(n=format_number(r.total), r=format_number(r.at_risk)))
        self.levels.set_bars(
            [BarData(level, labels.label(level), n, colour=LEVEL_COLOURS[level])
             for level, n in r.by_level] if r.total else [],
            clickable=clickable, click_hint=show)
        style = self.style()
        # The register's own words for its review filter, so that the bar and the list agree.
        self.reviews.set_hint(self.tr("Due: today or within the next {n} days.").format(
            n=REVIEW_DUE_SOON_DAYS))
        self.reviews.set_bars([
            BarData("overdue", QCoreApplication.translate("FilterBar", "Overdue"),
                    r.reviews_overdue, colour=register_texts.OVERDUE_COLOUR,
                    icon=style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)),
            BarData("due", QCoreApplication.translate("FilterBar", "Due or overdue"),
                    r.reviews_due, colour=register_texts.DUE_SOON_COLOUR,
                    icon=style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)),
        ], clickable=clickable, click_hint=show)
        self.groups.set_bars(
            [BarData(group, register_texts.group_text(group), n,
                     tooltip=register_texts.group_text(group))
             for group, n in r.by_group],
            clickable=clickable, click_hint=show)

    def _show_targets(self, d: Dashboard) -> None:
        self.cards["targets"].setVisible(d.targets is not None)
        if d.targets is None:
            return
        self.targets.set_title(self.tr("Targets of the school year {year}").format(
            year=d.school_year))
        self.targets.set_hint(self.tr("{met} of {n} targets met, from the activities and "
                                      "attendance recorded.").format(
            met=d.targets_met, n=len(d.targets)) if d.targets else "")
        self.targets.set_targets(d.targets, clickable=self.can_open_training,
                                 click_hint=self.tr("Click to open the targets."),
                                 school_year=d.school_year)

    def _status_clicked(self, status: Any) -> None:
        if self.dashboard is not None and isinstance(status, CaseStatus):
            self.open_case_list.emit(CaseQuery(status=status,
                                               school_year=self.dashboard.school_year))

    # -- for the page and the tests ----------------------------------------------------------------

    def charts(self) -> dict[str, BarChart]:
        return {"case_status": self.case_status, "case_forms": self.case_forms,
                "levels": self.levels, "reviews": self.reviews, "groups": self.groups}

    def clear(self) -> None:
        self.dashboard = None
        for chart in self.charts().values():
            chart.set_bars([])
        self.targets.set_targets([])
        for card in self.cards.values():
            card.setVisible(False)

