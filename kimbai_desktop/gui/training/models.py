"""Table models of the training log: activities (a year's list, a person's history) and staff
(the directory, who has not been trained). Rows are the frozen dataclasses the services return;
the lists are short (a school year), so each model holds its rows and filtering is done by the
service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.training import texts

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
LEFT_COLOUR = "#666666"
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _RowsModel(QAbstractTableModel):
    """Rows of dataclasses shown in the chosen ``columns``; ``ROW_ROLE`` gives the row's value."""

    def __init__(self, columns: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_value(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: int) -> int:
        """The row showing the record ``row_id`` (-1 if none)."""
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(self.columns[section])
        return None

    def header_text(self, column: str) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        value = self.rows[index.row()]
        if role == ROW_ROLE:
            return value
        return self.cell(value, self.columns[index.column()], role)

    def cell(self, value: Any, column: str, role: int) -> Any:
        raise NotImplementedError


class ActivityTableModel(_RowsModel):
    """Columns among ``date``, ``kind``, ``title``, ``topics``, ``participants``, ``duration``."""

    def __init__(self, columns: Sequence[str] = ("date", "kind", "title", "topics",
                                                 "participants"), parent: Any = None) -> None:
        super().__init__(columns, parent)

    def header_text(self, column: str) -> str:
        return {
            "date": self.tr("Date"),
            "kind": self.tr("Kind"),
            "title": self.tr("Title"),
            "topics": self.tr("Topics"),
            "participants": self.tr("Participants"),
            "duration": self.tr("Duration"),
        }[column]

    def cell(self, info: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("participants", "duration"):
            return int(NUMERIC)
        if role == Qt.ItemDataRole.FontRole and getattr(info, "planned", False):  # planned: italic, and says so
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "date":
            return texts.held_text(info)
        if column == "kind":
            return texts.kind_text(info)
        if column == "title":
            return info.title
        if column == "topics":
            return texts.topics_text(info.topics)
        if column == "participants":
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(texts.audience_line(a) for a in info.audiences) or None
            return format_number(info.participants)
        return texts.duration_text(info.duration_minutes)


class StaffTableModel(_RowsModel):
    """Columns among ``name``, ``category``, ``position``, ``contact``, ``status``, ``hours``.

    Leavers read "Left dd/mm/yyyy" in grey italics (text, not colour alone)."""

    def __init__(self, columns: Sequence[str] = ("name", "category", "position", "contact",
                                                 "hours"), parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.hours: dict[int, float] = {}

    def set_hours(self, hours: dict[int, float]) -> None:
        self.hours = dict(hours)
        if self.rows and "hours" in self.columns:
            column = self.columns.index("hours")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def header_text(self, column: str) -> str:
        return {
            "name": self.tr("Full name"),
            "category": self.tr("Group"),
            "position": self.tr("Position"),
            "contact": self.tr("Phone, e-mail"),
            "status": self.tr("Status"),
            "hours": self.tr("Hours this year"),
        }[column]

    def cell(self, staff: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "hours":
            return int(NUMERIC)
        if role == Qt.ItemDataRole.FontRole and not staff.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not staff.active:
            return QColor(LEFT_COLOUR)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "name":
            if staff.active:
                return staff.full_name
            return self.tr("{name} (left {date})").format(
                name=staff.full_name, date=texts.date_text(staff.left_on))
        if column == "category":
            return labels.label(staff.category)
        if column == "position":
            return staff.position
        if column == "contact":
            return " · ".join(p for p in (staff.phone, staff.email) if p)
        if column == "status":
            if staff.active:
                return self.tr("Working")
            return self.tr("Left {date}").format(date=texts.date_text(staff.left_on))
        return texts.hours_text(self.hours.get(staff.id, 0.0))
