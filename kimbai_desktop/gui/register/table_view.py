"""The register list's view: one row per pupil, fixed row heights (fast with tens of thousands of
rows), column widths from the font so the list fits 1366 pixels, and header clicks that ask the
model to sort in SQL (columns the service cannot sort by keep the current order)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kimbai_desktop.domain.enums import ProtectionLevel
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.register.model import COLUMNS, SORT_KEYS, PupilTableModel


class PupilTableView(QTableView):
    """``sort_requested(column, descending)`` fires for a header click on a sortable column."""

    sort_requested = Signal(int, bool)

    def __init__(self, model: PupilTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerTable")
        self.setModel(model)
        self.pupils = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._indicator_changed)
        self.size_columns()

    def size_columns(self) -> None:
        """Widths from the font and the headers; the name column takes what is left."""
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        header = self.horizontalHeader()
        day = date(2000, 12, 28)
        samples = {
            "code": "MAU00000000",
            "birth_date": "00/00/0000",
            "class": "5A10",
            "level": max((labels.label(v) for v in ProtectionLevel), key=metrics.horizontalAdvance),
            "groups": "a, d, l",
            # the model's own word for a pupil at risk (its context, as lupdate files it)
            "risk": QCoreApplication.translate("PupilTableModel", "Yes"),
        }
        for column, name in enumerate(COLUMNS):
            if name == "name":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            caption = str(self.pupils.headerData(column, Qt.Orientation.Horizontal))
            if name == "next_review":
                content = max(
                    QFontMetrics(bold).horizontalAdvance(texts.review_text(state, day))
                    for state in ("overdue", "due_soon")
                )
            else:
                content = metrics.horizontalAdvance(samples[name])
            width = max(content, header.fontMetrics().horizontalAdvance(caption) + 8)
            extra = 44 if name == "next_review" else 14  # the icon and the cell's margins
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width + extra)

    def _indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:  # cannot be sorted: show the current order again
            self.show_order()
            return
        self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)

    def show_order(self) -> None:
        """The header's indicator as the model's query says, without asking again."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        order = (
            Qt.SortOrder.DescendingOrder
            if self.pupils.query.descending
            else (Qt.SortOrder.AscendingOrder)
        )
        header.setSortIndicator(self.pupils.sort_column(), order)
        header.blockSignals(False)
