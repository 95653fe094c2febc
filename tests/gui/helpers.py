"""Helpers for GUI tests: typing Vietnamese the way an input method delivers it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget


def type_text(widget: QWidget, text: str, replace: bool = True) -> None:
    """Type ``text`` into ``widget`` as a Vietnamese input method (Unikey, EVKey) commits it.

    ``qtbot.keyClicks`` aborts the process on non-ASCII characters, so the text arrives as the
    commit string of a QInputMethodEvent sent to the focused widget, exactly like real typing.
    """
    widget.setFocus()
    if replace and isinstance(widget, QLineEdit):
        widget.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def visible_top_levels(kind: type) -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
