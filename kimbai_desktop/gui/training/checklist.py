"""A list of people to tick (who attended): a search box that ignores accents, "tick all shown",
"untick all" and a count. Used for staff attendance and for pupils of a class.

Ticks are kept by id, so a search or another class never loses them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.text import fold

Index = QModelIndex | QPersistentModelIndex
CHECKED = Qt.CheckState.Checked


class CheckListModel(QAbstractTableModel):
    """Rows ``(id, name, detail)``; the first column is checkable. ``ticks_changed`` on change."""

    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[int, str, str]] = []
        self.ticked: set[int] = set()
        self.headers = ("", "")

    def set_items(self, items: Sequence[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_ticked(self, ids: Iterable[int]) -> None:
        self.ticked = set(ids)
        self._refresh()

    def tick(self, ids: Iterable[int], on: bool = True) -> None:
        if on:
            self.ticked.update(ids)
        else:
            self.ticked.difference_update(ids)
        self._refresh()

    def _refresh(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 2):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item_id, name, detail = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return CHECKED if item_id in self.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name if index.column() == 0 else detail
        if role == Qt.ItemDataRole.UserRole:
            return item_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        on = value in (CHECKED, CHECKED.value)
        item_id = self.items[index.row()][0]
        if on:
            self.ticked.add(item_id)
        else:
            self.ticked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True


class FoldFilter(QSortFilterProxyModel):
    """Keeps the rows whose name or detail contains every word typed, accents ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, CheckListModel)
        _id, name, detail = model.items[source_row]
        haystack = fold(f"{name} {detail}")
        return all(w in haystack for w in self.words)


class CheckList(QWidget):
    """The search box, the buttons, the count and the list; ``changed`` when ticks change."""

    changed = Signal()

    def __init__(self, name_header: str, detail_header: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.model.headers = (name_header, detail_header)
        self.model.ticks_changed.connect(self._ticks_changed)
        self.proxy = FoldFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name (accents not needed)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.all_button = QPushButton(self.tr("Tick all shown"), self)
        self.all_button.clicked.connect(self.tick_shown)
        self.none_button = QPushButton(self.tr("Untick all"), self)
        self.none_button.clicked.connect(lambda: self.model.set_ticked(()))
        self.count = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.setFocusProxy(self.search)
        self._ticks_changed()

    def set_items(self, items: Sequence[tuple[int, str, str]]) -> None:
        self.model.set_items(items)
        self._ticks_changed()

    def set_ticked(self, ids: Iterable[int]) -> None:
        self.model.set_ticked(ids)

    def ticked(self) -> tuple[int, ...]:
        return tuple(sorted(self.model.ticked))

    def draft_value(self) -> list[int]:
        """The ticks, for a form's draft (see gui/form_state.py)."""
        return list(self.ticked())

    def set_draft_value(self, value: Any) -> None:
        self.set_ticked(int(v) for v in value)
        self.changed.emit()

    def tick_shown(self) -> None:
        ids = [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
               for r in range(self.proxy.rowCount())]
        self.model.tick(ids)

    def _ticks_changed(self) -> None:
        shown_ids = {i for i, _n, _d in self.model.items}
        here = len(self.model.ticked & shown_ids)
        elsewhere = len(self.model.ticked) - here
        text = self.tr("{ticked} of {total} ticked").format(
            ticked=format_number(here), total=format_number(len(shown_ids)))
        if elsewhere:
            text += self.tr(" (and {n} more in other lists)").format(n=format_number(elsewhere))
        self.count.setText(text)
        self.changed.emit()
