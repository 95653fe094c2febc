"""Idle auto-lock: an application-wide event filter notes the last keyboard or mouse input.

A timer calls :meth:`IdleWatcher.check_idle` every few seconds; when no input came for
``Preferences.auto_lock_minutes`` it emits ``idle`` (the controller locks the screen). Time comes
from an injectable :class:`~kimbai_desktop.domain.clock.Clock`, so tests drive it with a
``FixedClock`` and call ``check_idle`` directly instead of waiting minutes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock

POLL_MS = 5_000
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``minutes`` without input; :meth:`start` arms it again."""

    idle = Signal()

    def __init__(
        self,
        clock: Clock = SYSTEM_CLOCK,
        minutes: int = 5,
        parent: QObject | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.timeout = timedelta(minutes=minutes)
        self.last_input: datetime = clock.now()
        self.active = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.check_idle)

    def set_minutes(self, minutes: int) -> None:
        self.timeout = timedelta(minutes=max(1, int(minutes)))

    def start(self) -> None:
        """Start counting from now (after an unlock)."""
        self.last_input = self.clock.now()
        if not self.active:
            self.active = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        if self.active:
            self.active = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self.timer.stop()

    def note_input(self) -> None:
        self.last_input = self.clock.now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock.now()
        return False

    def check_idle(self, now: datetime | None = None) -> bool:
        """Emit ``idle`` (and stop) if the time without input reached the limit."""
        if not self.active:
            return False
        now = now or self.clock.now()
        if now - self.last_input < self.timeout:
            return False
        self.stop()
        self.idle.emit()
        return True
