"""The "Tập huấn, tuyên truyền" page (principal and counsellor): the training and awareness log
of a school year in tabs: the activities, the year's targets with their progress, the staff
directory with each person's training, and the rest of the school's plan: its inspections (kiểm
tra, giám sát), the yearly check of the safe school environment and the calendar of reports
due to the superior body.

Everything loads when the page is first shown, for the current school year; another year can be
chosen above the tabs. Saving an activity or changing the directory moves the targets at once.
Ctrl+N creates in the current tab (an activity, a target, a staff member); Ctrl+F searches.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.training.activities_tab import ActivitiesTab
from kimbai_desktop.gui.training.inspections_tab import InspectionsTab
from kimbai_desktop.gui.training.reports_due_tab import ReportsDueTab
from kimbai_desktop.gui.training.safety_tab import SafetyTab
from kimbai_desktop.gui.training.staff_tab import StaffTab
from kimbai_desktop.gui.training.targets_tab import TargetsTab
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker


def available(session: Any) -> bool:
    """Whether the signed-in user may open this page (the principal and the counsellor)."""
    return session is not None and bool(session.can(Permission.MANAGE_TRAINING))


def current_school_year(session: Any) -> str:
    """The school year of the school profile (runs on the worker)."""
    return str(session.school_profile().school_year)


class TrainingPage(QWidget):
    """``TrainingPage(session, worker, parent)``; loads when first shown, :meth:`clear` at lock."""

    year_loaded = Signal(str)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.started = False
        self.year = ""

        heading = heading_label(self.tr("Training and awareness"), self)
        note = hint_label(self.tr(
            "Training for staff and awareness work with parents, pupils and the community, as "
            "planned for the school year."), self)
        self.year_combo = QComboBox(self)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        year_caption = QLabel(self.tr("School &year:"), self)
        year_caption.setBuddy(self.year_combo)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(heading)
        titles.addWidget(note)
        top.addLayout(titles, 1)
        top.addWidget(year_caption, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.year_combo, 0, Qt.AlignmentFlag.AlignBottom)

        self.activities = ActivitiesTab(session, worker, self)
        self.targets = TargetsTab(session, worker, self)
        self.staff = StaffTab(session, worker, self)
        self.inspections = InspectionsTab(session, worker, self)
        self.safety = SafetyTab(session, worker, self)
        self.reports_due = ReportsDueTab(session, worker, self)
        self.activities.changed.connect(self._activities_changed)
        self.staff.changed.connect(self.targets.reload)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.targets, self.tr("Targets of the school year"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.inspections, self.tr("Inspections"))
        self.tabs.addTab(self.safety, self.tr("Safe environment"))
        self.tabs.addTab(self.reports_due, self.tr("Reports due"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.create_new)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    # -- loading -----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.started:
            self.start()

    def start(self) -> None:
        """Find the current school year, then load the three tabs (once, when first shown)."""
        if self.session is None or self.started:
            return
        self.started = True
        self.worker.submit(current_school_year, self.session, on_done=self._set_years,
                           on_error=lambda exc: messages.show_error(self, exc), context=self)

    def _set_years(self, current: str) -> None:
        if self.session is None:
            return
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in texts.school_years(current):
            label = self.tr("{year} (this year)").format(year=year) if year == current else year
            self.year_combo.addItem(label, year)
        self.year_combo.setCurrentIndex(0)
        self.year_combo.blockSignals(False)
        self.set_year(current)

    def _year_chosen(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year:
            self.set_year(str(year))

    def set_year(self, year: str) -> None:
        """Show ``year`` ("2024-2025") in every tab."""
        self.year = year
        index = self.year_combo.findData(year)
        if index >= 0 and index != self.year_combo.currentIndex():
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(index)
            self.year_combo.blockSignals(False)
        for tab in (self.activities, self.targets, self.staff, self.inspections, self.safety,
                    self.reports_due):
            tab.set_year(year)
        self.year_loaded.emit(year)

    def _activities_changed(self) -> None:
        self.targets.reload()
        self.staff.reload()
        self.staff.reload_not_trained()

    # -- keys --------------------------------------------------------------------------------------

    def create_new(self) -> None:
        """Ctrl+N: a new activity, target or staff member, by the tab shown."""
        tab = self.tabs.currentWidget()
        if tab is self.targets:
            self.targets.add()
        elif tab is self.staff:
            self.staff.add()
        elif tab is self.inspections:
            self.inspections.add()
        elif tab is self.safety:
            self.safety.add()
        elif tab is self.reports_due:
            self.reports_due.add()
        else:
            self.activities.add()

    def focus_search(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.staff:
            self.staff.search.setFocus()
        elif tab is self.activities:
            self.activities.search.setFocus()

    def show_targets(self) -> None:
        """Open the tab of the year's targets (from the overview)."""
        self.tabs.setCurrentWidget(self.targets)

    def show_inspection(self, inspection_id: int) -> None:
        """Open the inspections tab on one inspection (from the overview)."""
        self.tabs.setCurrentWidget(self.inspections)
        if self.inspections.loading or not self.inspections.rows:
            self.inspections.loaded.connect(
                lambda: self.inspections.select_inspection(inspection_id),
                Qt.ConnectionType.SingleShotConnection)
        else:
            self.inspections.select_inspection(inspection_id)

    def show_plan_item(self, kind: str, record_id: int) -> None:
        """Open the tab of an overview item of the school plan ("safety", "target")."""
        tabs = {"safety": self.safety, "target": self.targets, "report": self.reports_due}
        if kind in tabs:
            self.tabs.setCurrentWidget(tabs[kind])
        if kind == "target":
            if self.targets.loading or not self.targets.cards:
                self.targets.loaded.connect(lambda: self.targets.show_target(record_id),
                                            Qt.ConnectionType.SingleShotConnection)
            else:
                self.targets.show_target(record_id)
        if kind == "report":
            if self.reports_due.loading or not self.reports_due.rows:
                self.reports_due.loaded.connect(lambda: self.reports_due.select(record_id),
                                                Qt.ConnectionType.SingleShotConnection)
            else:
                self.reports_due.select(record_id)
            self.reports_due.tree.setFocus()

    def has_unsaved_changes(self) -> bool:
        """Dialogs ask before losing typed data; the page itself keeps nothing unsaved."""
        return False

    def clear(self) -> None:
        """Drop the session and every row shown (at lock)."""
        self.session = None
        for tab in (self.activities, self.targets, self.staff, self.inspections, self.safety,
                    self.reports_due):
            tab.clear()
