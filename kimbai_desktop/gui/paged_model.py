"""A lazily loaded table model: rows arrive in pages fetched on the database worker.

Like Qt's ``fetchmore.py`` example, a page of :data:`PAGE_SIZE` rows is asked for when the view
scrolls near the end (``canFetchMore``/``fetchMore``); only the rows fetched so far are kept.
Filtering and ordering happen in SQL in the service: a new query starts again with a count and
the first page. Rows are kept unique by ``id`` (rows written while a list is open can shift later
pages). Subclasses say how to count and how to fetch a page, and how to show a row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from kimbai_desktop.gui.worker import DbWorker

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """``loaded`` fires after each page, ``counted(total)`` after a new query was counted,
    ``failed(exc)`` when the service refused or failed."""

    loaded = Signal()
    counted = Signal(int)
    failed = Signal(object)
    page_size = PAGE_SIZE
    counts = True  # ask the service for the total of each new query

    def __init__(self, session: Any, worker: DbWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.total = 0
        self.rows: list[Any] = []
        self._ids: set[int] = set()
        self._generation = 0
        self.fetching = False
        self.exhausted = True
        self.pages_fetched = 0

    # -- what a subclass provides ----------------------------------------------------------------

    def count_rows(self, session: Any) -> int:
        """How many rows the current query has (runs on the worker)."""
        raise NotImplementedError

    def fetch_rows(self, session: Any, offset: int, limit: int) -> list[Any]:
        """One page of the current query (runs on the worker)."""
        raise NotImplementedError

    def fetch_page(self, session: Any, offset: int, limit: int, last: Any) -> list[Any]:
        """The page after ``last`` (the last loaded row, or None): offset paging unless a
        subclass finds the page from the last row's place (runs on the worker)."""
        return self.fetch_rows(session, offset, limit)

    # -- loading -----------------------------------------------------------------------------------

    def restart(self) -> None:
        """Start again with the current query: count, then the first page."""
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._ids = set()
        self.total = 0
        self.pages_fetched = 0
        self.exhausted = self.session is None
        self.fetching = False
        self.endResetModel()
        if self.session is None:
            return
        if not self.counts:
            self._fetch_page()
            return
        generation = self._generation
        self.worker.submit(
            self.count_rows,
            self.session,
            on_done=lambda n: self._on_counted(generation, n),
            on_error=lambda exc: self._on_error(generation, exc),
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
            self.fetch_page,
            self.session,
            len(self.rows),
            self.page_size,
            self.rows[-1] if self.rows else None,
            on_done=lambda page: self._on_page(generation, page),
            on_error=lambda exc: self._on_error(generation, exc),
            context=self,
        )

    def _on_page(self, generation: int, page: list[Any]) -> None:
        if generation != self._generation:
            return
        self.fetching = False
        self.pages_fetched += 1
        if len(page) < self.page_size:
            self.exhausted = True
        fresh = [row for row in page if row.id not in self._ids]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)  # last is inclusive
            self.rows.extend(fresh)
            self._ids.update(row.id for row in fresh)
            self.endInsertRows()
        self.loaded.emit()

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)
