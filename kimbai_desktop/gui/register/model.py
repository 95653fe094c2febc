"""The register list as a lazily loaded table model (gui/paged_model.py): pages of pupils
fetched on the worker. Filtering and sorting are done in SQL by ``services.register``
(:class:`PupilQuery`): :meth:`sort` re-queries instead of sorting what was loaded, so Vietnamese
name order is right on every page.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.paged_model import Index, PagedTableModel
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import PupilQuery, PupilRow, count_pupils, list_pupils

COLUMNS = ("code", "name", "birth_date", "class", "level", "groups", "risk", "next_review")
# Columns the service can sort by (PupilQuery.sort); the others do not react to a header click.
SORT_KEYS = {1: "name", 2: "birth_date", 3: "class", 4: "level", 7: "next_review"}


class PupilTableModel(PagedTableModel):
    """The register's rows; ``reload(query)`` re-queries (filters and order are SQL's)."""

    def __init__(self, session: Any, worker: DbWorker, parent: Any = None) -> None:
        super().__init__(session, worker, parent)
        self.query = PupilQuery()
        self.hide_names = False

    # -- loading -----------------------------------------------------------------------------------

    def reload(self, query: PupilQuery | None = None) -> None:
        """Start again with a new query (filter or order): count, then the first page."""
        if query is not None:
            self.query = query
        self.restart()

    def count_rows(self, session: Any) -> int:
        return count_pupils(session, self.query)

    def fetch_rows(self, session: Any, offset: int, limit: int) -> list[PupilRow]:
        return list_pupils(session, self.query, offset=offset, limit=limit)

    def fetch_page(self, session: Any, offset: int, limit: int, last: Any) -> list[PupilRow]:
        """Deep pages from the last row's place (keyset), not by counting ``offset`` rows."""
        return list_pupils(session, self.query, offset=offset, limit=limit, after=last)

    def set_hide_names(self, hide: bool) -> None:
        """Show initials instead of names (a shared desk); only the name column changes."""
        if hide == self.hide_names:
            return
        self.hide_names = hide
        if self.rows:
            column = COLUMNS.index("name")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    # -- sorting (in SQL) --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.reload(replace(self.query, sort=key, descending=descending))

    def sort_column(self) -> int:
        """The column the current query is sorted by."""
        for column, key in SORT_KEYS.items():
            if key == self.query.sort:
                return column
        return 1

    # -- the model ---------------------------------------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Identifier"),
                self.tr("Full name"),
                self.tr("Date of birth"),
                self.tr("Class"),
                self.tr("Level"),
                self.tr("Groups"),
                self.tr("Risk"),
                self.tr("Next review"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in SORT_KEYS:
                return self.tr("Click to sort by this column; click again to reverse.")
            if section == COLUMNS.index("groups"):
                return self.tr(
                    "Letters of the groups of children in special circumstances "
                    "(Luật Trẻ em, Điều 10)"
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "next_review":
                return texts.review_hint(row.review_state) or None
            if column == "groups" and row.groups:
                return "\n".join(texts.group_text(g) for g in row.groups)
            return None
        if column == "next_review":
            if role == Qt.ItemDataRole.ForegroundRole:
                return texts.review_colour(row.review_state)
            if role == Qt.ItemDataRole.DecorationRole:
                return texts.review_icon(row.review_state)
            if role == Qt.ItemDataRole.FontRole and row.review_state == "overdue":
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: PupilRow, column: str) -> str:
        if column == "code":
            return row.student_code
        if column == "name":
            name = texts.initials(row.full_name) if self.hide_names else row.full_name
            if row.status != PupilStatus.ACTIVE:
                return f"{name} ({labels.label(row.status)})"
            return name
        if column == "birth_date":
            return texts.date_text(row.birth_date)
        if column == "class":
            return row.class_name
        if column == "level":
            return labels.label(row.level)
        if column == "groups":
            return texts.group_letters(row.groups)
        if column == "risk":
            return self.tr("Yes") if row.at_risk else ""
        return texts.review_text(row.review_state, row.next_review)

    def pupil(self, row: int) -> PupilRow:
        pupil: PupilRow = self.rows[row]
        return pupil

    def row_of(self, pupil_id: int) -> int:
        """The row showing ``pupil_id`` among those loaded, or -1."""
        if pupil_id not in self._ids:
            return -1
        return next(i for i, row in enumerate(self.rows) if row.id == pupil_id)
