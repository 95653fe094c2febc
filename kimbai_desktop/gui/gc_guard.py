"""Garbage collection only on the GUI thread (the approach of pyqtgraph's GarbageCollector).

Python's cyclic collector runs on whichever thread happens to allocate when a threshold is
crossed; if that is the database worker and the cycle holds a Qt object, the object is destroyed
on the wrong thread and the process may crash later, anywhere. Automatic collection is therefore
switched off and a timer collects on the GUI thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GcGuard(QObject):
    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose thresholds were crossed, like automatic collection."""
        counts = gc.get_count()
        if counts[0] > self._threshold[0]:
            generation = 0
            if counts[1] > self._threshold[1]:
                generation = 1
                if counts[2] > self._threshold[2]:
                    generation = 2
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
