"""The audit trail as a lazily loaded table model: pages of events fetched on the worker.

Like Qt's ``fetchmore.py`` example, rows arrive in pages of :data:`PAGE_SIZE` when the view
scrolls near the end (``canFetchMore``/``fetchMore``); filtering and the newest/oldest order are
done in SQL by ``services.audit_log``. Events written while the viewer is open can shift later
pages, so rows are kept unique by event id.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from kimbai_desktop.gui.audit_labels import sentence
from kimbai_desktop.gui.display import date_time_text
from kimbai_desktop.gui.paged_model import Index, PagedTableModel
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.audit_log import AuditEntry, AuditFilter, count_events, list_events

log = logging.getLogger(__name__)

# Record kinds whose code is worth a column of its own (a staff name or an activity title is
# already in the sentence).
CODED = frozenset({"case", "pupil", "document", "account"})
COLUMNS = ("time", "actor", "activity", "record")


class AuditModel(PagedTableModel):
    """The events of the current filter; ``reload(filter, newest_first)`` re-queries."""

    def __init__(self, session: Any, worker: DbWorker, parent: Any = None) -> None:
        super().__init__(session, worker, parent)
        self.filter = AuditFilter()
        self.newest_first = True

    # -- loading -----------------------------------------------------------------------------------

    def reload(self, f: AuditFilter | None = None, newest_first: bool | None = None) -> None:
        """Start again with a new filter or order: count, then the first page."""
        if f is not None:
            self.filter = f
        if newest_first is not None:
            self.newest_first = newest_first
        self.restart()

    def count_rows(self, session: Any) -> int:
        return count_events(session, self.filter)

    def fetch_rows(self, session: Any, offset: int, limit: int) -> list[AuditEntry]:
        return list_events(session, self.filter, offset=offset, limit=limit,
                           newest_first=self.newest_first)

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
                self.tr("What was done"),
                self.tr("Record"),
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
        if column == "activity":
            return sentence(entry)
        if entry.record_type in CODED:
            return entry.record_code
        return entry.about  # a case document: its case file

    def entry(self, row: int) -> AuditEntry:
        entry: AuditEntry = self.rows[row]
        return entry
