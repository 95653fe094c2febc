"""The "Kiểm tra, giám sát" tab: the school's inspections of its own plan in a school year, newest
first, each with its follow-up actions under it (who, by when, done or overdue: icon, colour and
words). New (Ctrl+N), change (Enter or a double click), mark the chosen action done or not,
print the chosen inspection's minute (biên bản kiểm tra; Ctrl+P) through the Reports page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.training.form import today_of
from kimbai_desktop.gui.training.inspection_dialog import InspectionDialog
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import inspections

OVERDUE_COLOUR = "#b00020"
DONE_COLOUR = "#1b6e20"


def first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line + (" …" if "\n" in text.strip() else "")


class InspectionsTab(QWidget):
    """``changed`` after an inspection or an action was saved."""

    changed = Signal()
    loaded = Signal()
    print_requested = Signal(int)  # the minute of this inspection, previewed in Reports

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.year = ""
        self.loading = False
        self.rows: list[Any] = []
        self.dialog: InspectionDialog | None = None

        note = hint_label(self.tr(
            "The school's own inspections of its plan (kiểm tra, giám sát): who checked what, "
            "the findings, and the follow-up actions with their owners and due dates."), self)
        self.add_button = QPushButton(self.tr("&New inspection..."), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.edit_button.clicked.connect(self.edit)
        self.done_button = QPushButton(self.tr("Action &done"), self)
        self.done_button.clicked.connect(self.toggle_done)
        # wide enough for both of its texts ("Action done" / "Action not done")
        self.done_button.setText(self.tr("Action not &done"))
        self.done_button.setMinimumWidth(self.done_button.sizeHint().width())
        self.print_button = QPushButton(self.tr("&Print minute..."), self)
        self.print_button.setToolTip(self.tr(
            "Preview and print the minute (biên bản kiểm tra) of the chosen inspection (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_minute)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_minute)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Date / due"), self.tr("Inspected by / owner"),
                                   self.tr("Findings / action"), self.tr("State")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 220)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(lambda _item, _col: self.edit())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.empty = hint_label(self.tr(
            "No inspection recorded in this school year. Record one with \"New inspection\"."),
            self)
        top = QHBoxLayout()
        top.addWidget(note, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self._update_buttons()

    def set_year(self, year: str) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        if self.session is None or not self.year:
            return
        self.loading = True
        self.worker.submit(inspections.list_inspections, self.session, self.year,
                           on_done=self._loaded, on_error=self._failed, context=self)

    def _loaded(self, rows: list[Any]) -> None:
        self.loading = False
        if self.session is None:
            return
        self.rows = rows
        today = today_of(self.session)
        self.tree.clear()
        style = self.style()
        for info in rows:
            top = QTreeWidgetItem([
                format_date(info.held_on), first_line(info.inspectors),
                first_line(info.findings),
                self.tr("Actions to do: {n}").format(n=info.open_actions) if info.open_actions
                else self.tr("Nothing left to do")])
            top.setData(0, Qt.ItemDataRole.UserRole, ("inspection", info))
            top.setToolTip(2, info.findings)
            for action in info.actions:
                if action.done:
                    state = self.tr("Done {date}").format(date=format_date(action.done_on))
                    icon, colour = QStyle.StandardPixmap.SP_DialogApplyButton, DONE_COLOUR
                elif action.overdue(today):
                    state = self.tr("⚠ Overdue")
                    icon, colour = QStyle.StandardPixmap.SP_MessageBoxWarning, OVERDUE_COLOUR
                else:
                    state = self.tr("To do")
                    icon, colour = QStyle.StandardPixmap.SP_MessageBoxInformation, ""
                child = QTreeWidgetItem([
                    format_date(action.due) if action.due else self.tr("no due date"),
                    action.owner, action.action, state])
                child.setIcon(3, style.standardIcon(icon))
                if colour:
                    child.setForeground(3, QBrush(QColor(colour)))
                child.setData(0, Qt.ItemDataRole.UserRole, ("action", action))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.empty.setVisible(not rows)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    def current(self) -> tuple[str, Any] | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.edit_button.setEnabled(chosen is not None)
        self.done_button.setEnabled(chosen is not None and chosen[0] == "action")
        self.print_button.setEnabled(chosen is not None)
        if chosen is not None and chosen[0] == "action" and chosen[1].done:
            self.done_button.setText(self.tr("Action not &done"))
        else:
            self.done_button.setText(self.tr("Action &done"))

    def select_inspection(self, inspection_id: int) -> None:
        """Choose an inspection (from the overview)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole)[1].id == inspection_id:
                self.tree.setCurrentItem(item)
                self.tree.setFocus()

    # -- actions -----------------------------------------------------------------------------------

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        info = chosen[1]
        if chosen[0] == "action":
            info = next((r for r in self.rows if r.id == info.inspection_id), None)
        if info is not None:
            self._open(info)

    def _open(self, info: Any) -> None:
        if self.session is None or self.dialog is not None:
            return
        dialog = InspectionDialog(self.session, self.worker, info, self)
        dialog.succeeded.connect(lambda _id: self._changed())
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: InspectionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def print_minute(self) -> None:
        chosen = self.current()
        if chosen is None or self.print_button.isHidden():
            return
        info = chosen[1]
        self.print_requested.emit(info.inspection_id if chosen[0] == "action" else info.id)

    def toggle_done(self) -> None:
        chosen = self.current()
        if self.session is None or chosen is None or chosen[0] != "action":
            return
        action = chosen[1]
        done_on = None if action.done else today_of(self.session)
        self.worker.submit(inspections.set_action_done, self.session, action.id, done_on,
                           on_done=lambda _r: self._changed(), on_error=self._failed,
                           context=self)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        self.session = None
        self.rows = []
        self.tree.clear()
