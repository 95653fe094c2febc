""" "Kế hoạch": the support and intervention plan as the commune approved it (who approved it,
when, what it says; Mẫu số 04/05), and the school's own tasks in it with who does them, by when
and how far they are (overdue tasks marked with icon and words)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import Recipient, TaskStatus
from kimbai_desktop.domain.deadlines import END_OF_DAY, SCHOOL_TZ, deadline_state
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import form_state, labels, messages
from kimbai_desktop.gui.cases.common import (
    TextArea,
    compact,
    date_text,
    enum_combo,
    plain,
    state_colour,
    state_icon,
    state_text,
)
from kimbai_desktop.gui.cases.task_dialog import TaskDialog
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.drafts import DraftedDialog, DraftKeeper
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import (
    FieldBox,
    heading_label,
    hint_label,
    record_table,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work, cases


class PlanDialog(DraftedDialog):
    """``detail`` is the case's CaseDetail; ``changed`` fires after each change saved."""

    changed = Signal()

    def __init__(
        self, session: Any, worker: DbWorker, detail: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.case_id = detail.brief.id
        self.editable = detail.closed_at is None
        self.tasks: list[Any] = []
        self.staff: list[tuple[int, str]] = []
        self.busy = False
        self.current_dialog: QDialog | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.approver = QLineEdit(detail.plan_approver, self)
        apply_limit(self.approver, limits.LABEL)
        self.approver.setPlaceholderText(self.tr("for example: Chủ tịch {commune}").format(
            commune=labels.label(Recipient.COMMUNE)))
        self.approved_on = DateField(self)
        self.approved_on.set_date(detail.plan_approved_on)
        compact(self.approved_on)
        self.summary = TextArea(self, 4)
        apply_limit(self.summary, limits.NARRATIVE)
        self.summary.setPlainText(detail.plan_summary)
        self.boxes = {
            "approver": FieldBox(self.approver, "", self),
            "approved_on": FieldBox(self.approved_on, self.tr("dd/mm/yyyy"), self),
            "summary": FieldBox(
                self.summary,
                self.tr("The measures of the plan and what it asks of the school."),
                self,
            ),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text in (
            ("approver", self.tr("&Approved by:")),
            ("approved_on", self.tr("Approved &on:")),
            ("summary", self.tr("&What the plan says:")),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(self.boxes[name].editor)
            form.addRow(caption, self.boxes[name])
        self.save_button = QPushButton(self.tr("&Save the plan"), self)
        self.save_button.clicked.connect(self.save_plan)
        self.plan_status = plain(QLabel(self))
        plan_buttons = QHBoxLayout()
        plan_buttons.addWidget(self.save_button)
        plan_buttons.addWidget(self.plan_status, 1)

        self.table = record_table(
            self, [self.tr("Task"), self.tr("Responsible"), self.tr("Due"), self.tr("Status")])
        self.table.setMinimumHeight(150)
        self.add_task_button = QPushButton(self.tr("A&dd a task..."), self)
        self.add_task_button.clicked.connect(self.add_task)
        self.status = enum_combo(self, TaskStatus, TaskStatus.DONE)
        self.status.setToolTip(self.tr("New status of the selected task"))
        self.set_status_button = QPushButton(self.tr("Set s&tatus"), self)
        self.set_status_button.clicked.connect(self.set_status)
        status_caption = QLabel(self.tr("Selected task:"), self)
        status_caption.setBuddy(self.status)
        task_buttons = QHBoxLayout()
        task_buttons.addWidget(self.add_task_button)
        task_buttons.addStretch(1)
        task_buttons.addWidget(status_caption)
        task_buttons.addWidget(self.status)
        task_buttons.addWidget(self.set_status_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Support and intervention plan"), self, 1.2))
        layout.addWidget(
            hint_label(
                self.tr(
                    "The commune chair approves the plan (Luật Trẻ em, Điều 52). Record the plan as "
                    "received, then the tasks it gives to the school."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addLayout(plan_buttons)
        layout.addSpacing(8)
        layout.addWidget(heading_label(self.tr("The school's tasks"), self, 1.1))
        layout.addWidget(self.table, 1)
        layout.addLayout(task_buttons)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.resize(820, 640)
        for widget in (
            self.approver,
            self.approved_on,
            self.summary,
            self.save_button,
            self.add_task_button,
            self.status,
            self.set_status_button,
        ):
            widget.setEnabled(self.editable)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        form_state.skip(self.status)  # chooses what a button does, not data
        self.draft_keeper = DraftKeeper(
            self, session, worker, "case_plan", self.case_id,
            lambda: form_state.values(self), lambda v: form_state.apply(self, v),
        )
        self.load()

    # -- loading -----------------------------------------------------------------------------------

    def load(self) -> None:
        self.worker.submit(
            case_work.list_tasks,
            self.session,
            self.case_id,
            on_done=self._show_tasks,
            on_error=self._failed,
            context=self,
        )
        self.worker.submit(
            cases.staff_choices,
            self.session,
            on_done=self._got_staff,
            on_error=self._failed,
            context=self,
        )

    def _got_staff(self, staff: list[tuple[int, str]]) -> None:
        self.staff = staff

    def _show_tasks(self, tasks: list[Any], select: int | None = None) -> None:
        selected = self.selected_task()
        select = select if select is not None else (selected.id if selected else None)
        self.tasks = tasks
        now = self.session.clock.now()
        self.table.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            self.table.setItem(row, 0, QTableWidgetItem(task.title))
            self.table.setItem(row, 1, QTableWidgetItem(task.owner))
            due = QTableWidgetItem(date_text(task.due))
            if task.due is not None:
                finished = task.status in (TaskStatus.DONE, TaskStatus.CANCELLED)
                state = deadline_state(
                    datetime.combine(task.due, END_OF_DAY, SCHOOL_TZ), finished, now
                )
                due.setText(f"{date_text(task.due)} · {state_text(state)}")
                due.setIcon(state_icon(self, state))
                due.setForeground(state_colour(state))
            self.table.setItem(row, 2, due)
            self.table.setItem(row, 3, QTableWidgetItem(labels.label(task.status)))
            if task.id == select:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected_task(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.tasks[rows[0].row()] if rows and rows[0].row() < len(self.tasks) else None

    def select_task(self, task_id: int) -> None:
        for row, task in enumerate(self.tasks):
            if task.id == task_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has = self.selected_task() is not None
        self.set_status_button.setEnabled(self.editable and has and not self.busy)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        messages.show_error(self, exc)

    # -- the plan ----------------------------------------------------------------------------------

    def save_plan(self) -> None:
        if self.busy:
            return
        for box in self.boxes.values():
            box.set_error("")
        try:
            approved_on = self.approved_on.date()
        except ValueError:
            self.boxes["approved_on"].set_error(self.approved_on.problem())
            return
        if approved_on is None:
            self.boxes["approved_on"].set_error(self.tr("Enter the date the plan was approved."))
            return
        self.busy = True
        self.plan_status.setText(self.tr("Saving..."))
        self.worker.submit(
            case_work.record_plan,
            self.session,
            self.case_id,
            self.approver.text(),
            approved_on,
            self.summary.text(),
            on_done=self._plan_saved,
            on_error=self._plan_failed,
            context=self,
        )

    def _plan_saved(self, _result: Any) -> None:
        self.busy = False
        self.plan_status.setText(self.tr("The plan is recorded."))
        self._update_buttons()
        self.draft_keeper.saved_and_go_on()
        self.changed.emit()

    def _plan_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.plan_status.clear()
        if isinstance(exc, ValidationError):
            for name, text in messages.field_messages(exc).items():
                if name in self.boxes:
                    self.boxes[name].set_error(text)
            return
        self._failed(exc)

    # -- tasks -------------------------------------------------------------------------------------

    def add_task(self) -> None:
        dialog = TaskDialog(self.session, self.worker, self.case_id, self.staff, self)
        dialog.succeeded.connect(self._task_added)
        dialog.finished.connect(lambda _r: setattr(self, "current_dialog", None))
        self.current_dialog = dialog
        dialog.open()

    def _task_added(self, task_id: int) -> None:
        self.worker.submit(
            case_work.list_tasks,
            self.session,
            self.case_id,
            on_done=lambda tasks: self._show_tasks(tasks, task_id),
            on_error=self._failed,
            context=self,
        )
        self.changed.emit()

    def set_status(self) -> None:
        task = self.selected_task()
        if task is None or self.busy:
            return
        self.busy = True
        self._update_buttons()
        self.worker.submit(
            case_work.set_task_status,
            self.session,
            task.id,
            self.status.currentData(),
            on_done=self._status_set,
            on_error=self._failed,
            context=self,
        )

    def _status_set(self, _result: Any) -> None:
        self.busy = False
        self.load()
        self.changed.emit()
