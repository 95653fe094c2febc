"""The "Cán bộ, giáo viên, nhân viên" tab: the staff directory (group, position, contact, hours
of training this year; leavers on request), each person's training history with their hours,
and who has not been trained in a topic this school year or ever."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.training import StaffCategory, Topic
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.empty_hint import EmptyHint
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.training.fields import topic_combo
from kimbai_desktop.gui.training.leave_dialog import LeaveDialog
from kimbai_desktop.gui.training.models import ROW_ROLE, ActivityTableModel, StaffTableModel
from kimbai_desktop.gui.training.staff_dialog import StaffDialog
from kimbai_desktop.gui.widgets import heading_label, hint_label, select_again
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import training

SEARCH_DELAY_MS = 250


def load_directory(session: Any, year: str, text: str, include_left: bool,
                   category: Any) -> tuple[Any, Any]:
    """The directory as filtered and the hours of training in the year (runs on the worker)."""
    staff = training.list_staff(session, text=text, include_left=include_left, category=category)
    return staff, training.training_hours(session, year)


def table(parent: QWidget, model: Any, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class StaffTab(QWidget):
    """``changed`` after someone was added, corrected, marked as left or brought back."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.year = ""
        self.loading = False
        self.dialog: Any = None
        self._select_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name or position"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Everyone"), None)
        for category in StaffCategory:
            self.category.addItem(labels.label(category), category)
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_left = QCheckBox(self.tr("Show &leavers"), self)
        self.show_left.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Search:"), self)
        caption.setBuddy(self.search)
        filters.addWidget(caption)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.category)
        filters.addWidget(self.show_left)

        self.model = StaffTableModel(("name", "category", "position", "contact", "hours"), self)
        self.table = table(self, self.model, 0)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._current_changed())
        self.table.activated.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("&Add..."), self)
        self.add_button.clicked.connect(self.add)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr("The staff directory is empty. Add the school's staff to record who was "
                    "trained."),
            self.tr("&Add a member of staff..."), self.add)
        self.empty_hint.set_filtered(
            self.tr("Nobody matches the search or the group chosen."),
            lambda: bool(self.search.text().strip()) or self.category.currentData() is not None)
        self.edit_button = QPushButton(self.tr("&Edit..."), self)
        self.edit_button.clicked.connect(self.edit)
        self.leave_button = QPushButton(self.tr("Leaves the school..."), self)
        self.leave_button.clicked.connect(self.leave)
        self.back_button = QPushButton(self.tr("&Bring back"), self)
        self.back_button.clicked.connect(self.bring_back)
        self.count = QLabel(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.leave_button, self.back_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        # a person's history
        self.person = heading_label(self.tr("Choose a person in the list"), self, scale=1.05)
        self.hours = QLabel(self)
        self.hours.setWordWrap(True)
        self.history_model = ActivityTableModel(("date", "title", "duration"), self)
        self.history = table(self, self.history_model, 1)
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.person)
        history_layout.addWidget(self.hours)
        history_layout.addWidget(self.history, 1)

        # who has not been trained in a topic
        self.topic = topic_combo(self)
        self.topic.setCurrentIndex(self.topic.findData(Topic.POSITIVE_DISCIPLINE))
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("this school year"), "year")
        self.scope.addItem(self.tr("ever"), "all")
        for combo in (self.topic, self.scope):
            combo.currentIndexChanged.connect(lambda _i: self.reload_not_trained())
        self.missing_model = StaffTableModel(("name", "category", "position"), self)
        self.missing = table(self, self.missing_model, 0)
        self.missing_count = QLabel(self)
        self.missing_count.setWordWrap(True)
        topic_caption = QLabel(self.tr("Not yet trained in &topic:"), self)
        topic_caption.setBuddy(self.topic)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Counting activities of"), self))
        scope_row.addWidget(self.scope, 1)
        missing = QWidget(self)
        missing_layout = QVBoxLayout(missing)
        missing_layout.addWidget(topic_caption)
        missing_layout.addWidget(self.topic)
        missing_layout.addLayout(scope_row)
        missing_layout.addWidget(self.missing_count)
        missing_layout.addWidget(self.missing, 1)
        missing_layout.addWidget(hint_label(self.tr(
            "Only staff still working at the school are listed."), self))

        self.side = QTabWidget(self)
        self.side.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 60)
        self.side.addTab(history, self.tr("Training history"))
        self.side.addTab(missing, self.tr("Not yet trained"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------------

    def set_year(self, year: str) -> None:
        self.year = year
        self.reload()
        self.reload_not_trained()

    def reload(self) -> None:
        self.search_timer.stop()
        if self.session is None or not self.year:
            return
        self.loading = True
        current = self.current()
        if current is not None and self._select_id is None:
            self._select_id = current.id
        self.worker.submit(load_directory, self.session, self.year, self.search.text(),
                           self.show_left.isChecked(), self.category.currentData(),
                           on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, result: tuple[Any, Any]) -> None:
        self.loading = False
        if self.session is None:
            return  # locked meanwhile
        staff, hours = result
        self.model.set_rows(staff)
        self.model.set_hours(hours)
        select_again(self.table, self.model.row_of(self._select_id)
                     if self._select_id is not None else -1)
        self._select_id = None
        self._current_changed()
        working = sum(1 for s in staff if s.active)
        self.count.setText(self.tr("{n} working").format(n=format_number(working)))
        self.loaded.emit()

    def reload_not_trained(self) -> None:
        if self.session is None or not self.year:
            return
        year = self.year if self.scope.currentData() == "year" else "all"
        self.worker.submit(training.not_trained, self.session, self.topic.currentData(), year,
                           on_done=self._not_trained, on_error=self._failed, context=self)

    def _not_trained(self, staff: list[Any]) -> None:
        if self.session is None:
            return
        self.missing_model.set_rows(staff)
        topic = labels.label(self.topic.currentData())
        if staff:
            text = self.tr("{n} people have not attended any activity on \"{topic}\".")
        else:
            text = self.tr("Everyone has attended an activity on \"{topic}\".")
        self.missing_count.setText(text.format(n=format_number(len(staff)), topic=topic))

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    def current(self) -> Any:
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.table.selectRow(row)

    def _current_changed(self) -> None:
        self._update_buttons()
        person = self.current()
        if person is None or self.session is None:
            self.person.setText(self.tr("Choose a person in the list"))
            self.hours.clear()
            self.history_model.clear()
            return
        self.worker.submit(training.staff_history, self.session, person.id,
                           on_done=self._history, on_error=self._failed, context=self)

    def _history(self, history: Any) -> None:
        person = self.current()
        if self.session is None or person is None or person.id != history.staff.id:
            return  # another person was chosen meanwhile
        self.person.setText(history.staff.full_name)
        this_year = self.model.hours.get(person.id, 0.0)
        self.hours.setText(self.tr(
            "{n} activities attended, {hours} in all; {year_hours} in {year}.").format(
            n=format_number(len(history.activities)), hours=texts.hours_text(history.hours),
            year_hours=texts.hours_text(this_year), year=self.year))
        self.history_model.set_rows(history.activities)

    def _update_buttons(self) -> None:
        person = self.current()
        self.edit_button.setEnabled(person is not None)
        self.leave_button.setEnabled(person is not None and person.active)
        self.back_button.setEnabled(person is not None and not person.active)

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        self._open(StaffDialog(self.session, self.worker, None, self))

    def edit(self) -> None:
        person = self.current()
        if person is not None:
            self._open(StaffDialog(self.session, self.worker, person, self))

    def leave(self) -> None:
        person = self.current()
        if person is not None and person.active:
            self._open(LeaveDialog(self.session, self.worker, person, self))

    def _open(self, dialog: Any) -> None:
        if self.session is None or self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.succeeded.connect(self._saved)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def bring_back(self) -> None:
        person = self.current()
        if person is None or person.active or self.session is None:
            return
        if not messages.confirm(self, self.tr("Bring back?"), self.tr(
                "{name} works at the school again and counts in the share of staff trained.")
                .format(name=person.full_name)):
            return
        self.worker.submit(training.archive_staff, self.session, person.id, None,
                           on_done=lambda _r: self._saved(person.id), on_error=self._failed,
                           context=self)

    def _saved(self, staff_id: Any) -> None:
        if isinstance(staff_id, int):
            self._select_id = staff_id
        self.reload()
        self.reload_not_trained()
        self.changed.emit()

    def clear(self) -> None:
        self.session = None
        self.model.clear()
        self.history_model.clear()
        self.missing_model.clear()
        self.hours.clear()
        self.count.clear()
        self.missing_count.clear()
