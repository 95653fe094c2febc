"""The "Sổ theo dõi" page: the register of pupils as a searchable, filtered list (loaded page by
page, sorted in SQL) beside the selected pupil's file, with the actions of the register.

For the counsellor and the principal (``Permission.VIEW_REGISTER``; :func:`available` says whether
a session may see the page at all); editing needs ``EDIT_REGISTER``, the new school year
``EDIT_SCHOOL_PROFILE`` and the pupil's case files ``MANAGE_CASES``. Every service call runs on
the worker; a pupil is looked at (and audited) only when the selection rests on it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.column_widths import ColumnWidths
from kimbai_desktop.gui.empty_hint import EmptyHint
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.register.archive_dialog import ArchiveDialog
from kimbai_desktop.gui.register.circumstance_dialog import CircumstanceDialog
from kimbai_desktop.gui.register.detail_pane import DetailPane
from kimbai_desktop.gui.register.end_circumstance_dialog import EndCircumstanceDialog
from kimbai_desktop.gui.register.export import export_register_to_file
from kimbai_desktop.gui.register.filter_bar import FilterBar
from kimbai_desktop.gui.register.form_dialog import set_initial_size
from kimbai_desktop.gui.register.import_wizard import ImportWizard
from kimbai_desktop.gui.register.level_dialog import LevelDialog
from kimbai_desktop.gui.register.model import COLUMNS, SORT_KEYS, PupilTableModel
from kimbai_desktop.gui.register.new_year_dialog import NewSchoolYearDialog
from kimbai_desktop.gui.register.pupil_dialog import PupilDialog
from kimbai_desktop.gui.register.review_dialog import ReviewDialog
from kimbai_desktop.gui.register.risk_dialog import RiskDialog
from kimbai_desktop.gui.register.table_view import PupilTableView
from kimbai_desktop.gui.service_dialog import ServiceDialog
from kimbai_desktop.gui.settings import REGISTER_COLUMNS
from kimbai_desktop.gui.widgets import heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import register as reg

DETAIL_DELAY_MS = 150
SEEK_PAGES = 10  # pages loaded at most to show a changed pupil in the list
PANE_WIDTH = 300  # the detail pane's first width; the list (and its name column) gets the rest


def available(session: Any) -> bool:
    """Whether this session may open the register page (not teachers nor report viewers)."""
    return session is not None and bool(session.can(Permission.VIEW_REGISTER))


def load_choices(session: Any, school_year: str) -> tuple[list[str], str, list[str], date]:
    """Years, the current year, the classes of ``school_year`` (default: current) and today."""
    current = reg.current_year(session)
    return (
        reg.school_years(session),
        current,
        reg.class_names(session, school_year or current),
        reg.today(session),
    )


class RegisterPage(QWidget):
    """``changed(pupil_id)`` fires after any change to the register (0: many pupils)."""

    changed = Signal(int)
    case_requested = Signal(int)
    history_requested = Signal(str, int)  # record type, id: the access log on one record

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.passphrase_dialog: QDialog | None = None  # handover (closed at lock)
        self.can_edit = bool(session.can(Permission.EDIT_REGISTER))
        self.can_new_year = bool(session.can(Permission.EDIT_SCHOOL_PROFILE))
        self.can_see_cases = bool(session.can(Permission.MANAGE_CASES))
        self.started = False
        self.today = date.today()
        self.class_names: list[str] = []
        self.classes_year = ""
        self.current_id: int | None = None
        self.detail: reg.PupilDetail | None = None
        self.dialog: QDialog | None = None
        self._detail_generation = 0
        self._select_after_load: int | None = None

        heading = heading_label(self.tr("Register of pupils"), self)
        self.add_button = QPushButton(self.tr("&Add a pupil"), self)
        self.add_button.setToolTip(self.tr("Add a pupil to the register (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_pupil)
        self.import_button = QPushButton(self.tr("&Import from Excel..."), self)
        self.import_button.clicked.connect(self.import_excel)
        self.export_button = QPushButton(self.tr("E&xport to Excel..."), self)
        self.export_button.setToolTip(self.tr("Save the list as filtered to an Excel file"))
        self.export_button.clicked.connect(self.export_excel)
        self.new_year_button = QPushButton(self.tr("New school &year..."), self)
        self.new_year_button.clicked.connect(self.new_school_year)
        for button in (self.add_button, self.import_button):
            button.setVisible(self.can_edit)
        self.new_year_button.setVisible(self.can_new_year)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in (
            self.add_button,
            self.import_button,
            self.export_button,
            self.new_year_button,
        ):
            top.addWidget(button)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self.apply_filters)

        self.model = PupilTableModel(session, worker, self)
        self.model.counted.connect(self._show_count)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(lambda exc: messages.show_error(self, exc))
        self.table = PupilTableView(self.model, self)
        self.widths = ColumnWidths(self.table, REGISTER_COLUMNS)  # as the user left them
        self.table.doubleClicked.connect(lambda _i: self.edit_pupil())
        self.table.sort_requested.connect(self._sort_requested)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr("No pupil in the register for this school year yet. Import the class lists "
                    "from Excel to start."),
            self.tr("&Import the class lists..."), self.import_excel, loaded=self.model.loaded)
        self.empty_hint.set_allowed(self.can_edit)
        self.empty_hint.set_filtered(
            self.tr("No pupil matches the search or the filters."),
            lambda: self.model.query != reg.PupilQuery(
                school_year=self.model.query.school_year, sort=self.model.query.sort,
                descending=self.model.query.descending))

        self.pane = DetailPane(self.can_edit, self.can_see_cases, self,
                               can_see_history=session is not None
                               and session.can(Permission.VIEW_AUDIT))
        self.pane.action.connect(self.run_action)
        self.pane.end_requested.connect(self.end_circumstance)
        self.pane.case_requested.connect(self.case_requested)
        self.pane.history_requested.connect(lambda pid: self.history_requested.emit("pupil", pid))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.pane.setMinimumWidth(PANE_WIDTH - 50)
        self._sized = False

        self.count_label = QLabel(self)
        self.clear_button = QPushButton(self.tr("Clear the &filters"), self)
        self.clear_button.clicked.connect(self.filters.clear_filters)
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(status)

        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self.load_detail)
        self._shortcuts()

    def _shortcuts(self) -> None:
        keys: list[tuple[QKeySequence | str, Any]] = [
            (QKeySequence(QKeySequence.StandardKey.Find), self.filters.focus_search)
        ]
        if self.can_edit:
            keys += [
                (QKeySequence(QKeySequence.StandardKey.New), self.add_pupil),
                ("Ctrl+E", self.edit_pupil),
                ("Ctrl+G", lambda: self.run_action("group")),
                ("Ctrl+K", lambda: self.run_action("risk")),
                ("Ctrl+M", lambda: self.run_action("level")),
                ("Ctrl+R", lambda: self.run_action("review")),
            ]
        for sequence, slot in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- loading -----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized and self.splitter.width() > 2 * PANE_WIDTH:
            self._sized = True
            self.splitter.setSizes([self.splitter.width() - PANE_WIDTH, PANE_WIDTH])
        if not self.started:
            self.start()

    def start(self) -> None:
        """Load the filter choices, then the list (once, when first shown)."""
        if self.started or not available(self.session):
            return
        self.started = True
        self._load_choices(reload=True, current_year=True)

    def _load_choices(self, reload: bool = False, current_year: bool = False) -> None:
        """Ask for the filter choices; ``current_year`` moves the year filter to the current
        school year (at start and after a new school year)."""
        year = "" if current_year else self.filters.school_year()
        self.worker.submit(
            load_choices,
            self.session,
            year,
            on_done=lambda c: self._set_choices(c, reload, current_year),
            on_error=lambda exc: messages.show_error(self, exc),
            context=self,
        )

    def _set_choices(
        self, choices: tuple[list[str], str, list[str], date], reload: bool, current_year: bool
    ) -> None:
        years, current, classes, today = choices
        self.today = today
        self.filters.set_years(years, current, current_year)
        self.classes_year = self.filters.school_year()
        self.class_names = classes
        self.filters.set_classes(classes)
        if reload:
            self.apply_filters()

    def apply_filters(self) -> None:
        if self.session is None:
            return
        if self.filters.school_year() != self.classes_year and self.filters.year.count():
            self._load_choices()
        self.model.reload(self.filters.query(self.model.query))

    def _sort_requested(self, column: int, descending: bool) -> None:
        query = replace(self.model.query, sort=SORT_KEYS[column], descending=descending)
        self.model.reload(self.filters.query(query))

    def _show_count(self, *_args: Any) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if shown < total:
            text = self.tr("{total} pupils; {shown} shown, scroll down for more.")
        else:
            text = self.tr("{total} pupils.")
        self.count_label.setText(
            text.format(total=format_number(total), shown=format_number(shown))
        )

    def _on_loaded(self) -> None:
        self._show_count()
        wanted = self._select_after_load
        if wanted is not None:
            row = self.model.row_of(wanted)
            if row >= 0:
                self._select_after_load = None
                self.select_row(row)
            elif self.model.canFetchMore() and self.model.pages_fetched < SEEK_PAGES:
                self.model.fetchMore()  # a changed pupil further down: load on to show it
            else:
                self._select_after_load = None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, COLUMNS.index("name"))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def set_hide_names(self, hide: bool) -> None:
        self.model.set_hide_names(hide)
        self.pane.set_hide_names(hide)

    def display_name(self, full_name: str) -> str:
        return texts.initials(full_name) if self.model.hide_names else full_name

    # -- the selected pupil ------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        pupil_id = self.model.pupil(current.row()).id
        if pupil_id != self.current_id or self.detail is None:
            self.current_id = pupil_id
            self._detail_timer.start()

    def show_query(self, query: reg.PupilQuery) -> None:
        """Open the list filtered as ``query`` (group, level, review state)."""
        self.filters.show_query(query)

    def show_pupil(self, pupil_id: int) -> None:
        """Open one pupil's file (from the overview or a case), whatever the list shows."""
        self.current_id = pupil_id
        self.load_detail()

    def load_detail(self) -> None:
        """Read the current pupil's file (and cases) on the worker."""
        self._detail_timer.stop()
        if self.session is None or self.current_id is None:
            return
        self._detail_generation += 1
        generation, pupil_id = self._detail_generation, self.current_id
        self.worker.submit(
            reg.get_pupil,
            self.session,
            pupil_id,
            on_done=lambda d: self._show_detail(generation, d),
            on_error=lambda exc: self._detail_failed(generation, exc),
            context=self,
        )
        if self.can_see_cases:
            from kimbai_desktop.services.cases import CaseQuery, list_cases

            self.pane.set_cases(None)
            self.worker.submit(
                list_cases,
                self.session,
                CaseQuery(pupil_id=pupil_id),
                on_done=lambda cases: self._show_cases(generation, cases),
                on_error=lambda _exc: self._show_cases(generation, []),
                context=self,
            )

    def _show_detail(self, generation: int, detail: reg.PupilDetail) -> None:
        if generation == self._detail_generation:
            self.detail = detail
            self.pane.show_pupil(detail, self.filters.current_year)

    def _show_cases(self, generation: int, cases: list[Any]) -> None:
        if generation == self._detail_generation:
            self.pane.set_cases(cases)

    def _detail_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._detail_generation:
            self.detail = None
            self.pane.show_pupil(None)
            messages.show_error(self, exc)

    # -- actions -----------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, pupil_id: int | None) -> None:
        self.dialog = dialog
        if isinstance(dialog, ServiceDialog):
            dialog.succeeded.connect(lambda result: self.after_change(pupil_id or int(result)))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        if isinstance(dialog, ServiceDialog):
            set_initial_size(dialog)
        dialog.open()
        dialog.activateWindow()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            if self.session is not None and self.isVisible():
                self.window().activateWindow()  # keyboard work goes on in the list
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    def current_class(self) -> str:
        if self.detail is None:
            return ""
        year = self.filters.current_year
        return next((c for y, c in self.detail.classes if y == year), "")

    def add_pupil(self) -> None:
        if self.can_edit and self.session is not None and self.dialog is None:
            self._open(
                PupilDialog(
                    self.session,
                    self.worker,
                    class_names=self.class_names,
                    school_year=self.filters.current_year,
                    parent=self,
                ),
                None,
            )

    def edit_pupil(self) -> None:
        if self.can_edit and self.detail is not None and self.dialog is None:
            self._open(
                PupilDialog(
                    self.session,
                    self.worker,
                    self.detail,
                    class_name=self.current_class(),
                    class_names=self.class_names,
                    school_year=self.filters.current_year,
                    parent=self,
                ),
                self.detail.id,
            )

    def run_action(self, name: str) -> None:
        detail = self.detail
        if name == "edit":
            self.edit_pupil()
            return
        if not self.can_edit or detail is None or self.dialog is not None:
            return
        button = self.pane.buttons.get(name)
        if button is not None and not button.isEnabled():
            return
        dialog: QDialog
        if name == "group":
            dialog = CircumstanceDialog(self.session, self.worker, detail.id, self.today, self)
        elif name == "risk":
            dialog = RiskDialog(
                self.session, self.worker, detail.id, detail.at_risk, detail.risk_factors, self
            )
        elif name == "level":
            dialog = LevelDialog(
                self.session, self.worker, detail.id, detail.level, self.today, self
            )
        elif name == "review":
            dialog = ReviewDialog(
                self.session, self.worker, detail.id, detail.level, self.today, self
            )
        elif name == "archive":
            dialog = ArchiveDialog(
                self.session,
                self.worker,
                detail,
                self.today,
                self.display_name(detail.full_name),
                self,
            )
        elif name == "handover" and self.pane.can_see_cases:
            from kimbai_desktop.gui.handover.export_dialog import (
                HandoverExportDialog,
                PassphraseDialog,
            )

            export = HandoverExportDialog(self.session, self.worker, detail.id,
                                          self.display_name(detail.full_name), self)
            export.succeeded.connect(lambda result: self._show_passphrase(
                PassphraseDialog(self.session, self.worker, result, self)))
            dialog = export
        else:
            return
        self._open(dialog, detail.id)

    def _show_passphrase(self, dialog: QDialog) -> None:
        """After a handover package was made: its passphrase and papers (shown once)."""
        self.passphrase_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def end_circumstance(self, circumstance: reg.CircumstanceInfo) -> None:
        if self.can_edit and self.detail is not None and self.dialog is None:
            self._open(
                EndCircumstanceDialog(self.session, self.worker, circumstance, self.today, self),
                self.detail.id,
            )

    def after_change(self, pupil_id: int) -> None:
        """Show the change: the list again (same filters and order) and the pupil's file."""
        if self.session is None:
            return
        if pupil_id:
            self.current_id = pupil_id
            self._select_after_load = pupil_id
            self.load_detail()
        self._load_choices()
        self.model.reload()
        self.changed.emit(pupil_id)

    def import_excel(self) -> None:
        if not self.can_edit or self.session is None or self.dialog is not None:
            return
        wizard = ImportWizard(self.session, self.worker, self)
        wizard.imported.connect(lambda _report: self.after_change(0))
        self._open(wizard, None)

    def export_excel(self) -> None:
        if self.session is not None:
            export_register_to_file(
                self,
                self.session,
                self.worker,
                self.filters.query(self.model.query),
                self.filters.school_year(),
            )

    def new_school_year(self) -> None:
        if not self.can_new_year or self.session is None or self.dialog is not None:
            return
        dialog = NewSchoolYearDialog(self.session, self.worker, self, name_of=self.display_name)
        dialog.applied.connect(lambda _result: self._new_year_applied())
        self._open(dialog, None)

    def _new_year_applied(self) -> None:
        self.current_id = None
        self.detail = None
        self.pane.show_pupil(None)
        self._load_choices(reload=True, current_year=True)  # lists open on the new year
        self.changed.emit(0)

    # -- lock --------------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return bool(self.dialog is not None and getattr(self.dialog, "dirty", False))

    def clear(self) -> None:
        """Forget the session and everything shown (at lock)."""
        from kimbai_desktop.gui.handover import close_now

        close_now(getattr(self, "passphrase_dialog", None))
        self.passphrase_dialog = None
        self._detail_timer.stop()
        self._detail_generation += 1
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.session = None
        self.detail = None
        self.current_id = None
        self.model.clear()
        self.pane.clear()
        self.count_label.clear()
        self.filters.search.clear()
