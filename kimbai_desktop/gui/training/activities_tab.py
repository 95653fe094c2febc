"""The "Hoạt động" tab: a school year's activities, newest first, filtered by kind, topic and a
search that ignores accents, with the selected activity's detail beside the list and the
actions: new activity (Ctrl+N), correct, staff attendance, materials."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.column_widths import ColumnWidths
from kimbai_desktop.gui.empty_hint import EmptyHint
from kimbai_desktop.gui.settings import ACTIVITIES_COLUMNS
from kimbai_desktop.gui.training.activity_dialog import ActivityDialog
from kimbai_desktop.gui.training.attendance_dialog import AttendanceDialog
from kimbai_desktop.gui.training.detail import ActivityDetail
from kimbai_desktop.gui.training.fields import kind_combo, topic_combo
from kimbai_desktop.gui.training.materials_dialog import MaterialsDialog
from kimbai_desktop.gui.training.models import ROW_ROLE, ActivityTableModel
from kimbai_desktop.gui.widgets import select_again
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import register, training

SEARCH_DELAY_MS = 250


def load_activities(session: Any, year: str, kind: Any, topic: Any, text: str) -> tuple[Any, Any]:
    """The year's activities and every staff member's name (runs on the worker)."""
    activities = training.list_activities(session, year, kind=kind, topic=topic, text=text)
    names = {s.id: s.full_name for s in training.list_staff(session, include_left=True)}
    return activities, names


def dialog_data(session: Any) -> tuple[Any, Any, Any]:
    """What the activity dialog offers: the directory, the "other" kinds named so far and the
    classes of the year (None when the register may not be read)."""
    staff = training.list_staff(session, include_left=True)
    classes = (register.class_names(session) if session.can(Permission.VIEW_REGISTER)
               else None)
    return staff, training.custom_kinds(session), classes


class ActivitiesTab(QWidget):
    """``changed`` after an activity or its attendance was saved (targets and hours move)."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.year = ""
        self.loading = False
        self.staff_names: dict[int, str] = {}
        self.dialog: Any = None
        self.opening = False  # a dialog's data is being fetched
        self._select_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, place, facilitators"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.kind = kind_combo(self, self.tr("All kinds"))
        self.topic = topic_combo(self, self.tr("All topics"))
        for combo in (self.kind, self.topic):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters = QHBoxLayout()
        for caption, widget, stretch in ((self.tr("&Search:"), self.search, 2),
                                         (self.tr("&Kind:"), self.kind, 1),
                                         (self.tr("To&pic:"), self.topic, 1)):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)

        self.model = ActivityTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in ((0, "00/00/00000"), (1, "Tuyên truyền cho cha"),
                               (3, "An toàn trên môi"), (4, "Participants")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        self.widths = ColumnWidths(self.table, ACTIVITIES_COLUMNS)  # as the user left them
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.table.activated.connect(lambda _i: self.edit())  # Enter or a double click
        self.empty_hint = EmptyHint(
            self.table,
            self.tr("No training or awareness activity recorded in this school year yet."),
            self.tr("&Record an activity..."), self.add)
        self.empty_hint.set_filtered(
            self.tr("No activity matches the search, the kind or the topic chosen."),
            lambda: bool(self.search.text().strip()) or self.kind.currentData() is not None
            or self.topic.currentData() is not None)
        self.detail = ActivityDetail(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.add_button = QPushButton(self.tr("&New activity..."), self)
        self.add_button.setToolTip(self.tr("Record an activity (Ctrl+N)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit..."), self)
        self.edit_button.clicked.connect(self.edit)
        self.attendance_button = QPushButton(self.tr("Staff &attendance..."), self)
        self.attendance_button.clicked.connect(self.attendance)
        self.materials_button = QPushButton(self.tr("&Materials..."), self)
        self.materials_button.clicked.connect(self.materials)
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.attendance_button,
                       self.materials_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------

    def set_year(self, year: str) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        self.search_timer.stop()
        if self.session is None or not self.year:
            return
        self.loading = True
        current = self.current()
        if current is not None and self._select_id is None:
            self._select_id = current.id
        self.worker.submit(load_activities, self.session, self.year, self.kind.currentData(),
                           self.topic.currentData(), self.search.text(),
                           on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, result: tuple[Any, Any]) -> None:
        self.loading = False
        if self.session is None:
            return  # locked meanwhile
        activities, self.staff_names = result
        self.model.set_rows(activities)
        select_again(self.table, self.model.row_of(self._select_id)
                     if self._select_id is not None else -1)
        self._select_id = None
        self._show_detail()
        total = sum(a.participants for a in activities)
        self.count.setText(self.tr("{n} activities, {people} participants").format(
            n=format_number(len(activities)), people=format_number(total)))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.opening = False
        messages.show_error(self, exc)

    def current(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_detail(self) -> None:
        self.detail.show_activity(self.current(), self.staff_names)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in (self.edit_button, self.attendance_button, self.materials_button):
            button.setEnabled(has)

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        self._open_dialog(None)

    def edit(self) -> None:
        info = self.current()
        if info is not None:
            self._open_dialog(info)

    def _may_open(self) -> bool:
        return self.session is not None and self.dialog is None and not self.opening

    def _open_dialog(self, info: Any) -> None:
        if not self._may_open():
            return
        self.opening = True
        self.worker.submit(dialog_data, self.session, context=self,
                           on_done=lambda data: self._show_dialog(info, data),
                           on_error=self._failed)

    def _show_dialog(self, info: Any, data: tuple[Any, Any, Any]) -> None:
        self.opening = False
        if self.session is None:
            return
        staff, kinds, classes = data
        dialog = ActivityDialog(self.session, self.worker, staff, kinds, classes, info, self)
        dialog.succeeded.connect(self._saved)
        self._keep(dialog)

    def attendance(self) -> None:
        info = self.current()
        if info is None or not self._may_open():
            return
        self.opening = True

        def show(staff: Any) -> None:
            self.opening = False
            if self.session is None:
                return
            dialog = AttendanceDialog(self.session, self.worker, info, staff, self)
            dialog.succeeded.connect(lambda _r: self._saved(info.id))
            self._keep(dialog)

        self.worker.submit(training.list_staff, self.session, include_left=True,
                           on_done=show, on_error=self._failed, context=self)

    def materials(self) -> None:
        info = self.current()
        if info is None or not self._may_open():
            return
        self._keep(MaterialsDialog(self.session, self.worker, info, self))

    def _keep(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, activity_id: int) -> None:
        self._select_id = activity_id
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        self.session = None
        self.model.clear()
        self.staff_names = {}
        self.detail.show_activity(None)
        self.count.clear()
