"""An editable list of a pupil's parents and guardians: name, relation, phone.

Keyboard first: arrows move between cells, typing or F2 edits a cell and Enter ends the edit
(without saving the whole form), the relation cell opens a list of relations (a delegate, not a
widget per row, so it is reached like any other cell); Insert adds a row and Delete removes one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.register import GuardianRelation
from kimbai_desktop.gui import labels
from kimbai_desktop.services.register import GuardianInfo

NAME, RELATION, PHONE = range(3)
Index = QModelIndex | QPersistentModelIndex


class RelationDelegate(QStyledItemDelegate):
    """Edits the relation cell with a list of :class:`GuardianRelation` labels."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for member in GuardianRelation:
            combo.addItem(labels.label(member), member)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QComboBox):
            relation = editor.currentData()
            model.setData(index, relation, Qt.ItemDataRole.UserRole)
            model.setData(index, labels.label(relation), Qt.ItemDataRole.DisplayRole)


class GuardianEditor(QWidget):
    """``edited`` fires on every change; :meth:`guardians` gives the rows that have any text."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Relation"), self.tr("Phone")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setItemDelegateForColumn(RELATION, RelationDelegate(self.table))
        self.table.setToolTip(
            self.tr("Arrows move between cells; type or press F2 to change a cell.")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RELATION, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PHONE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(RELATION, 130)
        self.table.setColumnWidth(PHONE, 110)
        row_height = self.table.fontMetrics().height() + 14
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        top = header.sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(top + 2 * row_height)
        self.table.setMaximumHeight(top + 3 * row_height)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())

        self.add_button = QPushButton(self.tr("Add a &parent or guardian"), self)
        self.add_button.clicked.connect(lambda _c=False: self.add_row())
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence(Qt.Key.Key_Insert), self.add_row),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.table)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter in a cell ends that cell's edit; it does not save the whole form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def add_row(self, guardian: GuardianInfo | None = None) -> int:
        """A row for ``guardian``, or an empty one to type in (the name cell is edited)."""
        row = self.table.rowCount()
        relation = guardian.relation if guardian else next(iter(GuardianRelation))
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(guardian.full_name if guardian else ""))
        kind = QTableWidgetItem(labels.label(relation))
        kind.setData(Qt.ItemDataRole.UserRole, relation)
        self.table.setItem(row, RELATION, kind)
        self.table.setItem(row, PHONE, QTableWidgetItem(guardian.phone if guardian else ""))
        self.table.blockSignals(False)
        if guardian is None:
            self.table.setCurrentCell(row, NAME)
            self.table.setFocus()
            name_item = self.table.item(row, NAME)
            if name_item is not None:
                self.table.editItem(name_item)
            self.edited.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_guardians(self, guardians: tuple[GuardianInfo, ...]) -> None:
        self.table.setRowCount(0)
        for guardian in guardians:
            self.add_row(guardian)

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        assert item is not None
        item.setText(text)

    def set_relation(self, row: int, relation: GuardianRelation) -> None:
        item = self.table.item(row, RELATION)
        assert item is not None
        item.setData(Qt.ItemDataRole.UserRole, relation)
        item.setText(labels.label(relation))

    def relation(self, row: int) -> Any:
        item = self.table.item(row, RELATION)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def draft_value(self) -> list[list[str]]:
        """The rows, for a form's draft (see gui/form_state.py)."""
        return [[g.full_name, g.relation.value, g.phone] for g in self.guardians()]

    def set_draft_value(self, value: Any) -> None:
        self.set_guardians(tuple(GuardianInfo(str(name), GuardianRelation(relation), str(phone))
                                 for name, relation, phone in value))
        self.edited.emit()

    def guardians(self) -> tuple[GuardianInfo, ...]:
        out = []
        for row in range(self.table.rowCount()):
            name_item, phone_item = self.table.item(row, NAME), self.table.item(row, PHONE)
            name = name_item.text().strip() if name_item else ""
            phone = phone_item.text().strip() if phone_item else ""
            if name or phone:
                out.append(GuardianInfo(name, self.relation(row), phone))
        return tuple(out)
