"""Record or change an inspection of the school plan (kiểm tra, giám sát): the date, who
inspected, what was checked, the findings, and the follow-up actions, each with who does it and
by when. An action is typed in three fields and added with Enter (or "Add the action"); Delete
removes the chosen one. Whether an action is done is marked from the list, not here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.gui.cases.common import TextArea
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.training.form import TrainingDialog, today_of
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.inspections import ActionInput, InspectionInput, save_inspection


class ActionsEditor(QWidget):
    """The follow-up actions: what, who, by when; ``changed`` when the list changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = QLineEdit(self)
        apply_limit(self.action, limits.SHORT)
        self.action.setPlaceholderText(self.tr("what must be done"))
        self.owner = QLineEdit(self)
        apply_limit(self.owner, limits.NAME)
        self.owner.setPlaceholderText(self.tr("who does it"))
        self.due = DateField(self)
        self.add_button = QPushButton(self.tr("A&dd the action"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        for edit in (self.action, self.owner, self.due.edit):
            edit.installEventFilter(self)  # Enter adds the action instead of saving
        self.list = QListWidget(self)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.list.setWordWrap(True)  # a long action wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(self.tr("Re&move the chosen action"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.problem = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Action:"), self), 0, 0)
        grid.addWidget(self.action, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Owner:"), self), 1, 0)
        grid.addWidget(self.owner, 1, 1)
        grid.addWidget(QLabel(self.tr("Due:"), self), 1, 2)
        grid.addWidget(self.due, 1, 3)
        grid.addWidget(self.add_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.list, 3, 0, 1, 4)
        grid.addWidget(self.remove_button, 4, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.action)

    def add_typed(self) -> None:
        """Add the typed action to the list (Enter in any of its three fields)."""
        what, who = self.action.text().strip(), self.owner.text().strip()
        if not what and not who and not self.due.text().strip():
            return
        try:
            due = self.due.date()
        except ValueError:
            self.problem = self.due.problem()
            self.changed.emit()
            return
        if not what or not who:
            self.problem = self.tr("Write what must be done and who does it, then add it.")
            self.changed.emit()
            return
        self.problem = ""
        self.append(ActionInput(what, who, due))
        self.action.clear()
        self.owner.clear()
        self.due.clear()
        self.action.setFocus()
        self.changed.emit()

    def append(self, action: ActionInput) -> None:
        due = format_date(action.due) if action.due else self.tr("no due date")
        text = self.tr("{action} — {owner}, by {due}").format(
            action=action.action, owner=action.owner, due=due)
        if action.done_on is not None:
            text += " · " + self.tr("done {date}").format(date=format_date(action.done_on))
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, action)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and (self.action.text().strip() or self.owner.text().strip())):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_current()
            return
        super().keyPressEvent(event)

    def values(self) -> tuple[ActionInput, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.list.count()))

    def draft_value(self) -> list[list[str]]:
        return [[a.action, a.owner, a.due.isoformat() if a.due else "",
                 a.done_on.isoformat() if a.done_on else ""] for a in self.values()]

    def set_draft_value(self, value: Any) -> None:
        self.list.clear()
        for row in value or []:
            self.append(ActionInput(row[0], row[1], date.fromisoformat(row[2]) if row[2] else None,
                                    date.fromisoformat(row[3]) if row[3] else None))


class InspectionDialog(TrainingDialog):
    """``inspection`` is the one to change (an ``InspectionInfo``; None: a new one)."""

    def __init__(self, session: Any, worker: DbWorker, inspection: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.inspection_id: int | None = inspection.id if inspection is not None else None
        if inspection is None:
            self.set_texts(self.tr("New inspection of the plan"), self.tr(
                "An inspection of how the school carries out its child protection plan: who "
                "checked what, what they found and what must follow."), self.tr("&Save"))
        else:
            self.set_texts(self.tr("Change the inspection"), "", self.tr("&Save the changes"))
        self.held_on = DateField(self)
        self.inspectors = TextArea(self, 2, self.tr(
            "names and roles, e.g. Nguyễn Văn A, Phó Hiệu trưởng"))
        self.scope = TextArea(self, 2, self.tr(
            "e.g. the case files, the mailbox, the code of conduct in classes"))
        self.findings = TextArea(self, 3)
        for area in (self.inspectors, self.scope):
            apply_limit(area, limits.NOTE)
        apply_limit(self.findings, limits.NARRATIVE)
        self.actions = ActionsEditor(self)
        self.add_field("held_on", self.tr("&Date:"), self.held_on)
        self.add_field("inspectors", self.tr("&Inspected by:"), self.inspectors)
        self.add_field("scope", self.tr("&What was checked:"), self.scope)
        self.add_field("findings", self.tr("&Findings:"), self.findings)
        actions_box = self.add_field("actions", self.tr("Follow-up &actions:"), self.actions,
                                     self.tr("Type an action, its owner and due date, then "
                                             "press Enter to add it."))
        self.actions.changed.connect(lambda: actions_box.set_error(self.actions.problem))
        if inspection is None:
            self.held_on.set_date(today_of(session))
        else:
            self.held_on.set_date(inspection.held_on)
            self.inspectors.setPlainText(inspection.inspectors)
            self.scope.setPlainText(inspection.scope)
            self.findings.setPlainText(inspection.findings)
            for a in inspection.actions:
                self.actions.append(ActionInput(a.action, a.owner, a.due, a.done_on))
        self.grow_form()
        self.dirty = False
        self.inspectors.setFocus()
        self.keep_drafts(session, "inspection",
                         inspection.id if inspection is not None else "")

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.held_on, "held_on", errors)
        if self.actions.action.text().strip() or self.actions.owner.text().strip():
            errors["actions"] = self.tr(
                "Add the action you typed (Enter), or clear its fields, before saving.")
        return errors

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        held_on = self.held_on.date()
        assert held_on is not None  # check() said so
        data = InspectionInput(held_on, self.inspectors.toPlainText(), self.scope.toPlainText(),
                               self.findings.toPlainText(), self.actions.values())
        return save_inspection, (self.session, data, self.inspection_id)
