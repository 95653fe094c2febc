"""Date and time-and-date fields: the text is taken exactly as typed (``dd/mm/yyyy`` or
``HH:mm dd/mm/yyyy``), read by ``domain.formatting``, or picked from a calendar.

Why not QDateEdit / QDateTimeEdit: their sections rewrite what is typed. Typing the hinted
``07:30 01/12/2026`` over a selected QDateTimeEdit stored 08:30 01/12/2202; a click into the middle
puts the cursor in one section and the rest of the typing lands in the wrong ones; a date edit
cannot be empty either. A line edit keeps every character, and a wrong text gets a message beside
the field (``problem()``) instead of being changed into another date.

The first click into a field that was not focused selects its whole text (as Tab does), so
typing a new value replaces the old one wherever the click landed; a second click places the
cursor to correct a single digit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.formatting import (
    MomentFormatError,
    format_date,
    format_datetime,
    parse_date,
    parse_moment,
)
from kimbai_desktop.gui.icons import calendar_icon

MAX_TYPED = 40  # far more than any date needs; nothing a user types is silently cut


class WholeValueEdit(QLineEdit):
    """A line edit that selects its whole text when it gains focus (by Tab, a shortcut, a click
    or the program), so that typing a value replaces the old one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_on_press = False
        self._holding = False
        self._focused_once = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        reason = event.reason()
        if reason == Qt.FocusReason.MouseFocusReason:
            self._select_on_press = True
        elif reason == Qt.FocusReason.PopupFocusReason or (
            reason == Qt.FocusReason.ActiveWindowFocusReason and self._focused_once
        ):
            pass  # back from a menu or another window: leave the cursor where it was
        else:
            self.selectAll()
        self._focused_once = True

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._select_on_press = False
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        if self._select_on_press and event.button() == Qt.MouseButton.LeftButton:
            self._select_on_press = False
            self._holding = True
            self.selectAll()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self._holding:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        self._holding = False


class TypedField(QWidget):
    """A line edit for a typed value and a button with a calendar. ``problem()`` is the message
    for the text as it is ("" when it can be read, or is empty); ``edited`` fires on typing and
    on picking."""

    edited = Signal()
    SAMPLE = "00/00/00000"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = WholeValueEdit(self)
        self.edit.setMaxLength(MAX_TYPED)
        self.edit.setClearButtonEnabled(True)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferNumbers | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(self.SAMPLE) + 36)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
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

    # -- what subclasses say -------------------------------------------------------------------

    def _shown_day(self) -> date | None:
        """The day the text names (for the calendar), None when it names none."""
        raise NotImplementedError

    def _pick_day(self, day: date) -> None:
        raise NotImplementedError

    def problem(self) -> str:
        raise NotImplementedError

    # -- the calendar --------------------------------------------------------------------------

    def _prepare_calendar(self) -> None:
        current = self._shown_day()
        if current is not None:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self._pick_day(date(picked.year(), picked.month(), picked.day()))
        self._menu.hide()
        self.edit.setFocus()
        self.edited.emit()

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()


def _message(err: Exception) -> str:
    """The translated message of a parsing error (they carry no part of the text)."""
    if isinstance(err, KimbaiError):
        return err.render(QCoreApplication.translate)
    return QCoreApplication.translate("Errors", MomentFormatError.message)


class DateField(TypedField):
    """``date()`` is None when empty; ``ValueError`` (without the text) when it is not a date:
    ``DateFormatError`` or ``NoSuchDate``, whose messages ``problem()`` gives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.button.setToolTip(self.tr("Pick a date from the calendar"))

    def _shown_day(self) -> date | None:
        try:
            return self.date()
        except ValueError:
            return None

    def _pick_day(self, day: date) -> None:
        self.set_date(day)

    def set_date(self, value: date | None) -> None:
        self.edit.setText(format_date(value) if value is not None else "")

    def date(self) -> date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_date(text)

    def problem(self) -> str:
        try:
            self.date()
        except ValueError as err:
            return _message(err)
        return ""


class TimeField(TypedField):
    """A time and a date on the school's wall clock (SCHOOL_TZ), typed as ``HH:mm dd/mm/yyyy``
    or its date picked from the calendar (the typed time is kept). ``moment()`` is timezone-aware;
    it raises ``ValueError`` (``MomentFormatError``, ``NoSuchDate``, ``NoSuchTime``) when the text
    cannot be read, and ``problem()`` gives the message for that (or for an empty field)."""

    SAMPLE = "00:00 00/00/00000"

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = time(0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a short value
        self.edit.setPlaceholderText(self.tr("HH:mm dd/mm/yyyy"))
        self.button.setToolTip(
            self.tr("Pick the date from the calendar; the time stays as it is typed")
        )
        if value is not None:
            self.set_moment(value)

    def set_moment(self, value: datetime) -> None:
        aware = value if value.tzinfo is not None else value.replace(tzinfo=SCHOOL_TZ)
        local = aware.astimezone(SCHOOL_TZ)
        self._time = time(local.hour, local.minute)
        self.edit.setText(format_datetime(local))

    def moment(self) -> datetime:
        """The time entered, timezone-aware (school time)."""
        return parse_moment(self.edit.text()).replace(tzinfo=SCHOOL_TZ)

    def moment_or(self, default: datetime) -> datetime:
        """:meth:`moment`, or ``default`` when the text cannot be read (for drafts)."""
        try:
            return self.moment()
        except ValueError:
            return default

    def _shown_day(self) -> date | None:
        try:
            return self.moment().date()
        except ValueError:
            return None

    def _pick_day(self, day: date) -> None:
        try:
            kept = self.moment().time()
        except ValueError:
            kept = self._time
        self.set_moment(datetime.combine(day, kept, SCHOOL_TZ))

    def problem(self) -> str:
        if not self.edit.text().strip():
            return self.tr("Enter the time and the date (HH:mm dd/mm/yyyy).")
        try:
            self.moment()
        except ValueError as err:
            return _message(err)
        return ""


def typed_fields(editor: QWidget) -> list[TypedField]:
    """The date fields inside a form row's editor (the editor itself, or in a row of widgets)."""
    if isinstance(editor, TypedField):
        return [editor]
    return editor.findChildren(TypedField)


def typed_field_errors(boxes: Mapping[str, Any]) -> dict[str, str]:
    """A message for each form row (``name`` → FieldBox) whose enabled date field holds text that
    is not a date or time; empty fields are left to the form (some dates are optional)."""
    errors: dict[str, str] = {}
    for name, box in boxes.items():
        for field in typed_fields(box.editor):
            if not field.isEnabled() or not field.isVisibleTo(field.window()):
                continue
            if isinstance(field, DateField) and not field.text().strip():
                continue
            problem = field.problem()
            if problem:
                errors[name] = problem
                break
    return errors
