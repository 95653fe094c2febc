"""What the case screens share: times shown in school time (``HH:mm dd/mm/yyyy``), deadline
states and chronology entry kinds as icon + colour + text, enum combo boxes, a time field and a
multi-line text field that Tab leaves.
(The time field, :class:`TimeField`, lives in :mod:`kimbai_desktop.gui.date_field`.)"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.domain.deadlines import DeadlineState, Owner
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.domain.formatting import format_date, format_datetime
from kimbai_desktop.domain.when import school_time
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import TimeField  # noqa: F401 - the case dialogs import it here

SP = QStyle.StandardPixmap

STATE_COLOURS: dict[DeadlineState, str] = {
    DeadlineState.OVERDUE: "#b3261e",
    DeadlineState.DUE_TODAY: "#9a4a00",
    DeadlineState.DUE_SOON: "#6a5500",
    DeadlineState.WAITING: "#3f4f7a",
    DeadlineState.UPCOMING: "#4a4a4a",
    DeadlineState.DONE: "#1b6b34",
}
STATE_ICONS: dict[DeadlineState, QStyle.StandardPixmap] = {
    DeadlineState.OVERDUE: SP.SP_MessageBoxCritical,
    DeadlineState.DUE_TODAY: SP.SP_MessageBoxWarning,
    DeadlineState.DUE_SOON: SP.SP_MessageBoxInformation,
    DeadlineState.WAITING: SP.SP_BrowserReload,
    DeadlineState.UPCOMING: SP.SP_FileDialogInfoView,
    DeadlineState.DONE: SP.SP_DialogApplyButton,
}
ENTRY_ICONS: dict[EntryKind, QStyle.StandardPixmap] = {
    EntryKind.NOTE: SP.SP_FileDialogDetailedView,
    EntryKind.CHILD_VOICE: SP.SP_FileDialogInfoView,
    EntryKind.CALL: SP.SP_MediaVolume,
    EntryKind.MEETING: SP.SP_DirOpenIcon,
    EntryKind.HOME_VISIT: SP.SP_DirHomeIcon,
    EntryKind.REFERRAL: SP.SP_ArrowForward,
    EntryKind.TASK_DONE: SP.SP_DialogApplyButton,
    EntryKind.DOCUMENT: SP.SP_FileIcon,
    EntryKind.STEP: SP.SP_MediaSeekForward,
    EntryKind.CORRECTION: SP.SP_BrowserReload,
}
# The kinds a user writes by hand ("Thêm ghi chép"); the others come from the actions.
WRITTEN_KINDS = (EntryKind.NOTE, EntryKind.CHILD_VOICE, EntryKind.MEETING, EntryKind.HOME_VISIT,
                 EntryKind.CALL)
URGENT_COLOUR = STATE_COLOURS[DeadlineState.OVERDUE]


# -- times -------------------------------------------------------------------------------------


def time_text(moment: datetime | None) -> str:
    """``14:05 05/09/2024`` in school time; "" for None."""
    return format_datetime(school_time(moment)) if moment is not None else ""


def date_text(day: date | None) -> str:
    return format_date(day) if day is not None else ""


def school_now(session: Any) -> datetime:
    """Now on the session's (injectable) clock, in school time."""
    return school_time(session.clock.now())


def school_today(session: Any) -> date:
    return school_now(session).date()


# -- icons and colours -------------------------------------------------------------------------


def style_icon(widget: QWidget, pixmap: QStyle.StandardPixmap) -> QIcon:
    return widget.style().standardIcon(pixmap)


def state_icon(widget: QWidget, state: DeadlineState) -> QIcon:
    return style_icon(widget, STATE_ICONS[state])


def state_colour(state: DeadlineState) -> QColor:
    return QColor(STATE_COLOURS[state])


def state_text(state: DeadlineState) -> str:
    return labels.label(state)


def waiting_text(item: Any) -> str:
    """What the school waits for (a DueItem of another body), with the reminder to follow up:
    "Đang chờ UBND xã lập kế hoạch. Đã quá hạn của xã: hãy gọi điện hỏi lại." """
    if item.step == ProcedureStep.PLANNING and item.owner == Owner.COMMUNE:
        what = QCoreApplication.translate(
            "DeadlineTexts", "Waiting for {who} to draw up the plan.").format(
                who=labels.label(item.owner))
    else:
        what = QCoreApplication.translate("DeadlineTexts", "Waiting for {who}: {step}.").format(
            who=labels.label(item.owner), step=labels.label(item.step))
    if item.follow_up:
        reminder = QCoreApplication.translate(
            "DeadlineTexts", "Their deadline has passed: call them to follow up.")
    else:
        reminder = QCoreApplication.translate(
            "DeadlineTexts", "If nothing has come by {time}, call them to follow up."
        ).format(time=time_text(item.due))
    return f"{what} {reminder}"


def entry_icon(widget: QWidget, kind: EntryKind) -> QIcon:
    return style_icon(widget, ENTRY_ICONS[kind])


def icon_pixmap_label_size(widget: QWidget) -> QSize:
    size = widget.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    return QSize(size, size)


# -- editors -----------------------------------------------------------------------------------


def enum_combo(
    parent: QWidget,
    members: Any,
    current: Enum | None = None,
    none_text: str = "",
) -> QComboBox:
    """A combo box of enum members by their label; ``none_text`` adds a first "no choice" item."""
    combo = QComboBox(parent)
    if none_text:
        combo.addItem(none_text, None)
    for member in members:
        combo.addItem(labels.label(member), member)
    if current is not None:
        set_combo_data(combo, current)
    return combo


def set_combo_data(combo: QComboBox, value: Any) -> None:
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return


class TextArea(QPlainTextEdit):
    """A multi-line field a few lines high; Tab moves on to the next field."""

    def __init__(
        self, parent: QWidget | None = None, lines: int = 3, placeholder: str = ""
    ) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.frameWidth() + 12
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing() * 2)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name, for symmetry
        self.setPlainText(text)


def compact(widget: QWidget) -> QWidget:
    """Keep a short field (a date, an age) at its natural width instead of the form's width."""
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, widget.sizePolicy().verticalPolicy())
    return widget


def plain(label_widget: Any) -> Any:
    """Make a QLabel show its text as plain text (names may contain ``<``), and return it."""
    label_widget.setTextFormat(Qt.TextFormat.PlainText)
    return label_widget
