"""The "Hồ sơ vụ việc" page (principal and counsellor): the list of case files, searched
without accents, filtered by status and sorted newest or oldest first, and the case view that
opens from it (Enter or a double-click). Ctrl+N starts the intake of a new case; Ctrl+F searches.

An unfinished intake is kept as an encrypted draft by the intake dialog and offered back at the
next Ctrl+N, also after a lock or a crash.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.cases.case_list_model import CaseListModel
from kimbai_desktop.gui.cases.case_view import CaseView
from kimbai_desktop.gui.cases.intake_dialog import IntakeDialog
from kimbai_desktop.gui.column_widths import ColumnWidths
from kimbai_desktop.gui.empty_hint import EmptyHint
from kimbai_desktop.gui.register.texts import initials
from kimbai_desktop.gui.settings import CASES_COLUMNS
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.cases import (
    CaseQuery,
    LevelOffer,
    level_offers,
    raise_level_for_case,
)

SEARCH_DELAY_MS = 300
FITTED_COLUMNS = (0, 1, 4, 5, 6)  # code, received, step, risk, status; the others stretch


def available(session: Any) -> bool:
    """The page is shown to those who manage cases (principal, counsellor)."""
    return session is not None and session.can(Permission.MANAGE_CASES)


class CasesPage(QWidget):
    """``changed(case_id)`` after a case was created or changed (e.g. to refresh the overview)."""

    changed = Signal(int)
    history_requested = Signal(str, int)  # record type, id: the access log on one case file

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.allowed = available(session)
        self.started = False
        self.intake_dialog: IntakeDialog | None = None

        self.stack = QStackedWidget(self)
        self.list_panel = self._build_list()
        self.case_view = CaseView(session if self.allowed else None, worker, self)
        self.case_view.history_requested.connect(self.history_requested)
        self.case_view.back_requested.connect(self.show_list)
        self.case_view.changed.connect(self._case_changed)
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.case_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not self.allowed:
            note = hint_label(self.tr("Your account cannot open case files."), self)
            layout.addWidget(note)
            self.stack.setVisible(False)
        layout.addWidget(self.stack)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_case),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence("Alt+Left"), self.show_list),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        heading = heading_label(self.tr("Case files"), panel)
        self.search = QLineEdit(panel)
        self.search.setPlaceholderText(
            self.tr("Search: case number, child's name, words of the record (accents not needed)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        self.status_filter = QComboBox(panel)
        self.status_filter.addItem(self.tr("All cases"), None)
        for status in CaseStatus:
            self.status_filter.addItem(labels.label(status), status)
        self.year_filter = QComboBox(panel)
        self.year_filter.addItem(self.tr("All school years"), "")
        self.year_filter.setToolTip(self.tr("School year"))
        self.year_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order = QComboBox(panel)
        self.order.addItem(self.tr("Newest first"), True)
        self.order.addItem(self.tr("Oldest first"), False)
        for combo in (self.status_filter, self.year_filter, self.order):
            combo.activated.connect(lambda _i: self.apply_filter())
        self.new_button = QPushButton(self.tr("&New case..."), panel)
        self.new_button.setToolTip(self.tr("Record a new case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        self.open_button = QPushButton(self.tr("&Open"), panel)
        self.open_button.clicked.connect(self.open_selected)
        search_caption = QLabel(self.tr("&Search:"), panel)
        search_caption.setBuddy(self.search)
        status_caption = QLabel(self.tr("S&tatus:"), panel)
        status_caption.setBuddy(self.status_filter)
        bar = QHBoxLayout()
        bar.addWidget(search_caption)
        bar.addWidget(self.search, 1)
        bar.addWidget(status_caption)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.year_filter)
        bar.addWidget(self.order)
        bar.addWidget(self.new_button)

        self.model = CaseListModel(self.session if self.allowed else None, self.worker, self, self)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(lambda exc: messages.show_error(self, exc))
        self.table = QTableView(panel)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column not in FITTED_COLUMNS
                else QHeaderView.ResizeMode.Interactive,
            )
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.widths = ColumnWidths(self.table, CASES_COLUMNS)
        self._widths_restored = not self.widths.settings.get(CASES_COLUMNS).isEmpty()
        self.empty_hint = EmptyHint(
            self.table,
            self.tr("No case file in this school year. When the school learns that a child may "
                    "be harmed, record it as a new case."),
            self.tr("&New case..."), self.new_case, loaded=self.model.loaded)
        self.empty_hint.set_filtered(
            self.tr("No case file matches the search or the status chosen."),
            lambda: bool(self.search.text().strip()) or self.status_filter.currentData() is not None)
        self.count_label = QLabel(panel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return panel

    # -- the list ----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.started and self.allowed and self.session is not None:
            self.refresh()

    def refresh(self) -> None:
        """Load the list again (and the open case, if any). The list opens on the current
        school year, as every list of the program does."""
        if not self.allowed or self.session is None:
            return
        self.started = True
        if self.year_filter.count() == 1:
            self.worker.submit(
                self.session.school_profile,
                on_done=self._got_profile,
                on_error=lambda exc: messages.show_error(self, exc),
                context=self,
            )
            return
        self.apply_filter()
        if self.stack.currentWidget() is self.case_view and self.case_view.case_id is not None:
            self.case_view.load(self.case_view.case_id)

    def _got_profile(self, profile: Any) -> None:
        if self.year_filter.count() == 1:
            self.year_filter.insertItem(
                0,
                self.tr("School year {year}").format(year=profile.school_year),
                profile.school_year,
            )
            self.year_filter.setCurrentIndex(0)
        self.refresh()

    def query(self) -> CaseQuery:
        return CaseQuery(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            school_year=self.year_filter.currentData() or "",
            newest_first=bool(self.order.currentData()),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.allowed and self.session is not None:
            self.started = True
            self.model.reload(self.query())

    def _show_count(self) -> None:
        if self.model.pages_fetched == 1 and not self._widths_restored:
            # The header does not refit these when rows are added. Their texts have one shape
            # (code, date, step, risk, status), so the first page fits them; measuring every
            # loaded row again on each page made scrolling slower and slower.
            for column in FITTED_COLUMNS:
                self.table.resizeColumnToContents(column)
        n = self.model.rowCount()
        more = self.model.canFetchMore()
        self.count_label.setText(
            self.tr("{count} cases shown; scroll for more.").format(count=n)
            if more
            else self.tr("{count} cases.").format(count=n)
        )
        if n and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_case(self.model.brief(index.row()).id)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_case(self.model.brief(rows[0].row()).id)

    def show_status(self, status: CaseStatus | None) -> None:
        """Open the list of cases in ``status`` (as when the overview opens it)."""
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.show_list()
        self.apply_filter()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.table.setFocus()

    def show_case(self, case_id: int) -> None:
        """Open a case in the case view (e.g. from the overview)."""
        if not self.allowed or self.session is None:
            return
        self.stack.setCurrentWidget(self.case_view)
        self.case_view.load(case_id)
        self.case_view.call_button.setFocus()

    def _case_changed(self, case_id: int) -> None:
        self.model.reload(self.query())
        self.changed.emit(case_id)

    # -- intake ------------------------------------------------------------------------------------

    def new_case(self) -> None:
        if not self.allowed or self.session is None or self.intake_dialog is not None:
            return
        dialog = IntakeDialog(self.session, self.worker, self)
        dialog.case_created.connect(self._created)
        dialog.open_existing.connect(self.show_case)
        dialog.finished.connect(lambda _r: setattr(self, "intake_dialog", None))
        self.intake_dialog = dialog
        dialog.open()

    def _created(self, case_id: int) -> None:
        self.apply_filter()
        self.show_case(case_id)
        self.changed.emit(case_id)
        if self.session is not None:
            self.worker.submit(level_offers, self.session, case_id,
                               on_done=lambda offers: self._offer_levels(case_id, offers),
                               on_error=lambda _exc: None, context=self)

    def set_hide_names(self, hide: bool) -> None:
        """The window's "Hide names" switch: the list and the case header show initials."""
        self.model.set_hide_names(hide)
        self.case_view.set_hide_names(hide)

    def _offer_levels(self, case_id: int, offers: list[LevelOffer]) -> None:
        """Opening a case for a pupil offers to raise her protection level (dated, the case as
        the reason)."""
        for offer in offers:
            if self.session is None:
                return
            question = self.tr(
                "{name} is at the level \u201c{current}\u201d in the register. Raise it to "
                "\u201c{suggested}\u201d from today, with this case as the reason?"
            ).format(name=initials(offer.full_name) if self.model.hide_names else offer.full_name,
                     current=labels.label(offer.current),
                     suggested=labels.label(offer.suggested))
            if messages.confirm(self, self.tr("Protection level"), question):
                self.worker.submit(raise_level_for_case, self.session, case_id, offer,
                                   on_done=lambda _r: None,
                                   on_error=lambda exc: messages.show_error(self, exc),
                                   context=self)

    def has_unsaved_changes(self) -> bool:
        return False

    def clear(self) -> None:
        """Forget the session, the list and the open case (at lock)."""
        self.session = None
        self.model.clear()
        self.case_view.clear()
        self.search.clear()
        self.count_label.clear()
        self.stack.setCurrentWidget(self.list_panel)
