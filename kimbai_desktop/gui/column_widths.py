"""Column widths the user sets by dragging a header are kept for next time (QSettings: widths
only, never data), per list; a header whose columns changed since is not restored."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from kimbai_desktop.gui.settings import AppSettings, Setting

SAVE_AFTER_MS = 500  # a drag fires many resizes: write once it stops


class ColumnWidths:
    """Restore ``view``'s header state from ``setting`` now and save it after each resize the
    user makes (interactive columns only; stretched ones follow the window)."""

    def __init__(self, view: QTableView, setting: Setting,
                 settings: AppSettings | None = None) -> None:
        self.view = view
        self.setting = setting
        self.settings = settings or AppSettings()
        self.header: QHeaderView = view.horizontalHeader()
        self._timer = QTimer(view)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        self.restore()
        self.header.sectionResized.connect(self._resized)

    def restore(self) -> bool:
        saved = self.settings.get(self.setting)
        if saved.isEmpty():
            return False
        modes = [self.header.sectionResizeMode(i) for i in range(self.header.count())]
        ok = bool(self.header.restoreState(saved)) and self.header.count() == len(modes)
        for column, mode in enumerate(modes):  # the state must not change how columns resize
            self.header.setSectionResizeMode(column, mode)
        return ok

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self.header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
            self._timer.start()

    def save(self) -> None:
        self.settings.set(self.setting, self.header.saveState())
