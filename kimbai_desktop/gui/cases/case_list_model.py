"""The list of case files as a lazily loaded table model: pages of CaseBrief fetched on the
worker (``cases.list_cases``) as the view scrolls; the search (without accents), the status filter
and the newest/oldest order are done in SQL by the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import URGENT_COLOUR, time_text
from kimbai_desktop.gui.paged_model import Index, PagedTableModel
from kimbai_desktop.gui.register.texts import initials
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.cases import CaseQuery, list_cases

PAGE_SIZE = 100
COLUMNS = ("code", "received", "children", "forms", "step", "risk", "status")


class CaseListModel(PagedTableModel):
    """``loaded`` after each page; ``failed(exc)`` when a page could not be read."""

    page_size = PAGE_SIZE
    counts = False

    def __init__(
        self, session: Any, worker: DbWorker, style_widget: QWidget | None, parent: Any = None
    ) -> None:
        super().__init__(session, worker, parent)
        self.style_widget = style_widget
        self.query = CaseQuery()
        self.hide_names = False

    def set_hide_names(self, hide: bool) -> None:
        """Initials instead of the children's names (the window's "Hide names" switch)."""
        if hide == self.hide_names:
            return
        self.hide_names = hide
        column = COLUMNS.index("children")
        if self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    # -- loading -----------------------------------------------------------------------------------

    def reload(self, query: CaseQuery | None = None) -> None:
        if query is not None:
            self.query = query
        self.restart()

    def fetch_rows(self, session: Any, offset: int, limit: int) -> list[Any]:
        return list_cases(session, self.query, offset=offset, limit=limit)

    def brief(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, case_id: int) -> int:
        for row, brief in enumerate(self.rows):
            if brief.id == case_id:
                return row
        return -1

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
                self.tr("Case"),
                self.tr("Received"),
                self.tr("Children"),
                self.tr("Forms of abuse"),
                self.tr("Step reached"),
                self.tr("Risk"),
                self.tr("Status"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        brief = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(brief, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "code":
            if brief.urgent and brief.status != CaseStatus.CLOSED:
                style = self.style_widget.style() if self.style_widget else QApplication.style()
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "risk" and brief.urgent:
            return QBrush(QColor(URGENT_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return brief
        return None

    def _text(self, brief: Any, column: str) -> str:
        if column == "code":
            return str(brief.code)
        if column == "received":
            return time_text(brief.received_at)
        if column == "children":
            if not brief.children and brief.sealed:  # not given to this account
                return self.tr("(sealed case file)")
            if self.hide_names:
                return ", ".join(initials(name) for name in brief.children)
            return ", ".join(brief.children)
        if column == "forms":
            return ", ".join(labels.label(f) for f in brief.forms)
        if column == "step":
            return labels.label(brief.step)
        if column == "risk":
            risk = labels.label(brief.risk_level)
            return self.tr("{risk}, urgent").format(risk=risk) if brief.urgent else risk
        status = labels.label(brief.status)
        return (
            self.tr("{status}, principal only").format(status=status)
            if brief.restricted
            else status
        )
