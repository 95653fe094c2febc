"""The services' text limits (domain/limits.py) shown while typing, so a user learns a limit
before saving: a one-line field stops at its maximum (QLineEdit.setMaxLength), a multi-line field
shows a counter in its corner from nine tenths of the limit on, which says "too long" past it.

A multi-line field is never cut: what was typed or pasted stays, and the service refuses the save
with a message that says the limit. The counter is drawn over the field's corner (not added to the
dialog's layout), so every form gets it with one call and no layout changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.limits import TextLimit
from kimbai_desktop.gui.widgets import ERROR_COLOUR, HINT_COLOUR


class LimitCounter(QLabel):
    """"19.500 / 20.000 ký tự" in the bottom right corner of a multi-line field, near the limit."""

    def __init__(self, editor: QPlainTextEdit, limit: TextLimit) -> None:
        super().__init__(editor.viewport())  # inside the text's area: never under a scroll bar
        self.editor, self.limit = editor, limit
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setContentsMargins(4, 1, 4, 1)
        self.setAutoFillBackground(True)
        editor.textChanged.connect(self.refresh)
        editor.viewport().installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        length = len(self.editor.toPlainText())
        self.setVisible(self.limit.near(length))
        if self.isHidden():
            return
        numbers = {"length": format_number(length), "limit": format_number(self.limit.max_chars)}
        if length > self.limit.max_chars:
            self.setText(self.tr("Too long: {length} / {limit} characters").format(**numbers))
            self.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        else:
            self.setText(self.tr("{length} / {limit} characters").format(**numbers))
            self.setStyleSheet(f"color: {HINT_COLOUR};")
        self.place()

    def place(self) -> None:
        self.resize(self.sizeHint())
        area = self.editor.viewport()
        self.move(max(0, area.width() - self.width() - 2), max(0, area.height() - self.height() - 2))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.editor.viewport() and not self.isHidden()
                and event.type() in (QEvent.Type.Resize, QEvent.Type.Show)):
            self.place()
        return False

    def text_shown(self) -> str:
        return "" if self.isHidden() else self.text()


def apply_limit(editor: QWidget, limit: TextLimit) -> QWidget:
    """Give ``editor`` the limit of its field; returns ``editor``."""
    if isinstance(editor, QLineEdit):
        editor.setMaxLength(limit.max_chars)
    elif isinstance(editor, QPlainTextEdit):
        editor.setProperty("kimbai_limit", limit.max_chars)
        LimitCounter(editor, limit).setObjectName("limitCounter")
    else:
        raise TypeError(type(editor).__name__)
    return editor


def counter_of(editor: QPlainTextEdit) -> LimitCounter | None:
    return editor.viewport().findChild(LimitCounter, "limitCounter")
