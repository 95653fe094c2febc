"""A date typed as dd/mm/yyyy or picked from a calendar, and allowed to stay empty.

QDateEdit cannot be empty, and a filter "from" or "to" often is; this field is a line edit that
reads dates with ``domain.formatting.parse_date`` and a button that opens a calendar popup.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from kimbai_desktop.domain.formatting import format_date, parse_date
from kimbai_desktop.gui.icons import calendar_icon


class DateField(QWidget):
    """``date()`` is None when empty; ``ValueError`` (without the text) when it is not a date."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(10)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 36)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _prepare_calendar(self) -> None:
        try:
            current = self.date()
        except ValueError:
            current = None
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self._menu.hide()
        self.edit.setFocus()
        self.edited.emit()

    def set_date(self, value: date | None) -> None:
        self.edit.setText(format_date(value) if value is not None else "")

    def date(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_date(text)

    def clear(self) -> None:
        self.edit.clear()
