"""The audit trail as a lazily loaded table model: pages of events fetched on the worker.

Like Qt's ``fetchmore.py`` example, rows arrive in pages of :data:`PAGE_SIZE` when the view
scrolls near the end (``canFetchMore``/``fetchMore``); filtering and the newest/oldest order are
done in SQL by ``services.audit_log``. Events written while the viewer is open can shift later
pages, so rows are kept unique by event id.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kimbai_desktop.gui import labels
from kimbai_desktop.gui.audit_labels import detail_text, record_type_text
from kimbai_desktop.gui.display import date_time_text
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.audit_log import AuditEntry, AuditFilter, count_events, list_events

log = logging.getLogger(__name__)

PAGE_SIZE = 200
COLUMNS = ("time", "actor", "action", "record_type", "record_id", "detail")
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """``loaded`` fires after each page; ``counted(total)`` after a new filter was counted."""

    loaded = Signal()
    counted = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Any, worker: DbWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.filter = AuditFilter()
        self.newest_first = True
        self.total = 0
        self.rows: list[AuditEntry] = []
        self._ids: set[int] = set()
        self._generation = 0
        self.fetching = False
        self.exhausted = True

    # -- loading -----------------------------------------------------------------------------------

    def reload(self, f: AuditFilter | None = None, newest_first: bool | None = None) -> None:
        """Start again with a new filter or order: count, then the first page."""
        if f is not None:
            self.filter = f
        if newest_first is not None:
            self.newest_first = newest_first
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._ids = set()
        self.total = 0
        self.exhausted = False
        self.fetching = False
        self.endResetModel()
        if self.session is None:
            self.exhausted = True
            return
        generation = self._generation
        self.worker.submit(
            count_events,
            self.session,
            self.filter,
            on_done=lambda n: self._on_counted(generation, n),
            on_error=self._on_error,
            context=self,
        )
        self._fetch_page()

    def _on_counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self.counted.emit(total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid():
            return False
        return not self.exhausted and not self.fetching and self.session is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._fetch_page()

    def _fetch_page(self) -> None:
        self.fetching = True
        generation = self._generation
        self.worker.submit(
            list_events,
            self.session,
            self.filter,
            offset=len(self.rows),
            limit=PAGE_SIZE,
            newest_first=self.newest_first,
            on_done=lambda page: self._on_page(generation, page),
            on_error=self._on_error,
            context=self,
        )

    def _on_page(self, generation: int, page: list[AuditEntry]) -> None:
        if generation != self._generation:
            return
        self.fetching = False
        if len(page) < PAGE_SIZE:
            self.exhausted = True
        fresh = [entry for entry in page if entry.id not in self._ids]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)  # last is inclusive
            self.rows.extend(fresh)
            self._ids.update(entry.id for entry in fresh)
            self.endInsertRows()
        self.loaded.emit()

    def _on_error(self, exc: BaseException) -> None:
        self.fetching = False
        self.exhausted = True
        self.failed.emit(exc)

    def clear(self) -> None:
        """Forget every row and the session (at lock)."""
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._ids = set()
        self.total = 0
        self.exhausted = True
        self.fetching = False
        self.session = None
        self.endResetModel()

    # -- the model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Time"),
                self.tr("Account"),
                self.tr("Activity"),
                self.tr("Record kind"),
                self.tr("Record no."),
                self.tr("Details"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if column == "time":
            return date_time_text(entry.at)
        if column == "actor":
            return entry.actor
        if column == "action":
            return labels.label(entry.action) if entry.action is not None else entry.action_id
        if column == "record_type":
            return record_type_text(entry.record_type)
        if column == "record_id":
            return entry.record_id
        return detail_text(entry.detail)

    def entry(self, row: int) -> AuditEntry:
        return self.rows[row]
