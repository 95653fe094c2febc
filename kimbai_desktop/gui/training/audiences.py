"""The audiences table of an activity: one row per group (staff, parents, pupils, community,
other) with the numbers of men, women and people whose sex was not noted. Digits typed on a
cell start editing it; Tab leaves the table.

Staff and pupils ticked by name count by themselves: their row may stay at 0 (the total then
shows the ticked names)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.training import Audience
from kimbai_desktop.gui import labels
from kimbai_desktop.services.training import AudienceCount

Index = QModelIndex | QPersistentModelIndex
MAX_COUNT = 100_000
NUMBER_COLUMNS = (1, 2, 3)  # male, female, sex not noted
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AudienceModel(QAbstractTableModel):
    """``counts()`` gives the non-empty rows as :class:`AudienceCount`; ``edited`` on change."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups = list(Audience)
        self.values: dict[Audience, list[int]] = {a: [0, 0, 0] for a in self.groups}
        self.by_name: dict[Audience, int] = {}  # people ticked by name (staff, pupils)

    def set_counts(self, counts: Iterable[AudienceCount]) -> None:
        self.beginResetModel()
        self.values = {a: [0, 0, 0] for a in self.groups}
        for c in counts:
            self.values[c.audience] = [c.male, c.female, c.unknown]
        self.endResetModel()

    def counts(self) -> tuple[AudienceCount, ...]:
        return tuple(AudienceCount(a, *v) for a, v in self.values.items() if any(v))

    def set_by_name(self, audience: Audience, n: int) -> None:
        self.by_name[audience] = n
        row = self.groups.index(audience)
        self.dataChanged.emit(self.index(row, 4), self.index(row, 4))

    def total(self, audience: Audience) -> int:
        typed = sum(self.values[audience])
        return typed or self.by_name.get(audience, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Group"), self.tr("Male"), self.tr("Female"),
                    self.tr("Sex not noted"), self.tr("Total"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in NUMBER_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.groups):
            return None
        audience = self.groups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(NUMERIC)
        if column == 0:
            return labels.label(audience) if role == Qt.ItemDataRole.DisplayRole else None
        if column in NUMBER_COLUMNS:
            value = self.values[audience][column - 1]
            if role == Qt.ItemDataRole.EditRole:
                return value
            if role == Qt.ItemDataRole.DisplayRole:
                return format_number(value) if value else ""
            return None
        typed = sum(self.values[audience])
        named = self.by_name.get(audience, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            if not typed and named:
                return self.tr("{n} by name").format(n=format_number(named))
            return format_number(typed) if typed else ""
        if role == Qt.ItemDataRole.ToolTipRole and not typed and named:
            return self.tr("Nobody counted in this row: the people ticked by name are counted.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() not in NUMBER_COLUMNS):
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= number <= MAX_COUNT:
            return False
        audience = self.groups[index.row()]
        self.values[audience][index.column() - 1] = number
        self.dataChanged.emit(index, self.index(index.row(), 4))
        self.edited.emit()
        return True

    def set_value(self, audience: Audience, column: int, number: int) -> None:
        """Put ``number`` in a cell (1 male, 2 female, 3 not noted), as typing it would."""
        self.setData(self.index(self.groups.index(audience), column), number)


class CountDelegate(QStyledItemDelegate):
    """A spin box from 0 for the number cells."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_COUNT)
        editor.setAlignment(NUMERIC)
        editor.setFrame(False)
        return editor


class AudienceTable(QTableView):
    def __init__(self, model: AudienceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CountDelegate(self))
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                             & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.fontMetrics().height() + 10
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.setFixedHeight(header.sizeHint().height() + row_height * model.rowCount()
                            + 2 * self.frameWidth() + 2)
        self.setCurrentIndex(model.index(0, 1))

    def draft_value(self) -> dict[str, list[int]]:
        """The numbers typed, for a form's draft (see gui/form_state.py)."""
        model = self.model()
        assert isinstance(model, AudienceModel)
        return {a.value: list(v) for a, v in model.values.items() if any(v)}

    def set_draft_value(self, value: Any) -> None:
        model = self.model()
        assert isinstance(model, AudienceModel)
        model.set_counts(AudienceCount(Audience(k), *(int(n) for n in v[:3]))
                         for k, v in dict(value).items())
        model.edited.emit()

    def commit_editing(self) -> None:
        """Keep the number being typed in a cell (Enter saves the dialog before the cell's own
        queued commit would arrive)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
