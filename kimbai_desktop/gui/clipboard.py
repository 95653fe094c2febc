"""The clipboard guard: text the application copies is wiped after a while and at every lock.

:meth:`ClipboardGuard.copy_sensitive` copies text on purpose; copies made by any text field of the
application (Ctrl+C in a QLineEdit or QTextEdit, or its context menu) are noticed through
``QClipboard.dataChanged``: the change is ours when the platform says so (``ownsClipboard``), when
the application is active, or right after a Copy/Cut key press inside it (seen by an event filter).
Either way the clipboard is cleared after ``Preferences.clipboard_clear_seconds`` and when the
screen locks, but only if it still holds that same text: something the user copied later in
another program is left alone. Only a hash of the text is kept here, never the text itself.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

DEFAULT_SECONDS = 30
_installed: ClipboardGuard | None = None


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """One per application. ``timer`` fires :meth:`expire` (tests call it directly)."""

    def __init__(self, seconds: int = DEFAULT_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._owned: bytes | None = None
        self._setting = False
        self._copy_key = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expire)
        self.clipboard().dataChanged.connect(self._changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Copy)
                or event.matches(QKeySequence.StandardKey.Cut)
            )
        ):
            self._copy_key = True
        return False

    @staticmethod
    def clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    @property
    def guarding(self) -> bool:
        """True while text copied from the application is waiting to be cleared."""
        return self._owned is not None

    def set_seconds(self, seconds: int) -> None:
        self.seconds = max(1, int(seconds))
        if self.timer.isActive():
            self.timer.start(self.seconds * 1000)

    def copy_sensitive(self, text: str) -> None:
        """Copy ``text`` and clear it again after the configured delay."""
        self._setting = True
        try:
            self.clipboard().setText(text)
        finally:
            self._setting = False
        self._watch(text)

    def _watch(self, text: str) -> None:
        self._owned = _digest(text)
        self.timer.start(self.seconds * 1000)

    def _changed(self) -> None:
        if self._setting:
            return
        ours, self._copy_key = self._copy_key or self._from_this_application(), False
        text = self.clipboard().text()
        if not text:
            return
        if ours:
            self._watch(text)
        elif self._owned is not None and _digest(text) != self._owned:
            # Another program put something else there: nothing of ours is left to clear.
            self._owned = None
            self.timer.stop()

    def _from_this_application(self) -> bool:
        if self.clipboard().ownsClipboard():
            return True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and (
            app.applicationState() == Qt.ApplicationState.ApplicationActive
        ):
            return True
        return QApplication.focusWidget() is not None

    def expire(self) -> bool:
        """Clear the clipboard if it still holds our text. Returns True if it was cleared."""
        self.timer.stop()
        owned, self._owned = self._owned, None
        if owned is None:
            return False
        if _digest(self.clipboard().text()) != owned:
            return False
        self._setting = True
        try:
            self.clipboard().clear()
        finally:
            self._setting = False
        return True

    def clear_now(self) -> bool:
        """At lock, sign-out and exit: clear at once (same rule as :meth:`expire`)."""
        return self.expire()


def install(guard: ClipboardGuard | None) -> None:
    """Make ``guard`` the one :func:`copy_sensitive` uses (the controller installs its own)."""
    global _installed
    _installed = guard


def copy_sensitive(text: str) -> None:
    """Copy text from a record; it is cleared again after the configured delay and at lock."""
    if _installed is not None:
        _installed.copy_sensitive(text)
    else:
        QGuiApplication.clipboard().setText(text)
