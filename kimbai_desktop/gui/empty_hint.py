"""What an empty list says instead of a blank table: one line on what to do, and the button that
does it, in the middle of the list. It shows once the list has loaded and has no row, and hides
as soon as a row arrives; a list that is empty because of a search or a filter says so instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyHint(QWidget):
    """Sits on ``view``'s viewport. ``text`` and the button (``button_text`` and ``clicked``)
    are for a list with nothing in it yet; :meth:`set_filtered` gives the words for a list
    emptied by a search or filter (no button then: the filter is right there)."""

    def __init__(self, view: QAbstractItemView, text: str, button_text: str = "",
                 clicked: Callable[[], None] | None = None, loaded: Any = None) -> None:
        """``loaded``: the model's own "a load finished" signal, for a model that empties
        itself before each load (else any change of the model counts as loaded)."""
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("emptyHint")
        self.empty_text = text
        self.filtered_text = ""
        self.filtered: Callable[[], bool] = lambda: False
        self.loaded = False
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(button_text, self)
        self.button.setVisible(bool(button_text) and clicked is not None)
        if clicked is not None:
            self.button.clicked.connect(lambda _c=False: clicked())
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        self.waits_for_load = loaded is not None
        if loaded is not None:
            loaded.connect(self._model_changed)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_state if loaded is not None else self._model_changed)
        self.setVisible(False)

    def set_filtered(self, text: str, filtered: Callable[[], bool]) -> None:
        """Say ``text`` instead when ``filtered()`` (a search or filter is in use)."""
        self.filtered_text = text
        self.filtered = filtered

    def set_allowed(self, allowed: bool) -> None:
        """Whether the user may take the button's step (a read-only role gets the words only)."""
        self.button.setEnabled(allowed)
        self.button.setVisible(allowed and bool(self.button.text()))

    def _model_changed(self, *_args: object) -> None:
        self.loaded = True
        self.update_state()

    def reset(self) -> None:
        """Forget the list (at lock): nothing is said until it loads again."""
        self.loaded = False
        self.setVisible(False)

    def update_state(self, *_args: object) -> None:
        empty = self.loaded and self.view.model().rowCount() == 0
        if empty:
            by_filter = bool(self.filtered_text) and self.filtered()
            self.label.setText(self.filtered_text if by_filter else self.empty_text)
            self.button.setHidden(by_filter or not self.button.isEnabled()
                                  or not self.button.text())
            self.setGeometry(self.view.viewport().rect())
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.setGeometry(self.view.viewport().rect())
        return False

    def message(self) -> str:
        return self.label.text() if self.isVisible() else ""
