"""The body map as one field of a form (the intake, a new chronology entry): a button that opens
the body map editor and a line saying how many marks are made. The marks are saved with the form;
they are part of its draft (``draft_value``), so a lock or a crash loses none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kimbai_desktop.domain.body_map import InjuryKind, MarkInput, Side
from kimbai_desktop.gui.cases.body_map_dialog import BodyMapDialog


class BodyMapField(QWidget):
    """``marks``: what the editor returned (MarkInput); ``changed`` after each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[MarkInput] = []
        self.dialog: BodyMapDialog | None = None
        self.button = QPushButton(self.tr("Mark injuries on the body map..."), self)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.open_editor)
        self.summary = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.summary, 1)
        self.setFocusProxy(self.button)
        self._show()

    def _show(self) -> None:
        self.summary.setText(self.tr("%n mark(s) on the body map", "", len(self.marks))
                             if self.marks else self.tr("No injury marked"))

    def open_editor(self) -> BodyMapDialog:
        self.dialog = BodyMapDialog(self.marks, self.window())
        self.dialog.accepted.connect(self._accepted)
        self.dialog.open()
        return self.dialog

    def _accepted(self) -> None:
        if self.dialog is not None:
            self.set_marks(self.dialog.marks())

    def set_marks(self, marks: list[MarkInput]) -> None:
        self.marks = list(marks)
        self._show()
        self.changed.emit()

    # -- drafts (form_state) -----------------------------------------------------------------------

    def draft_value(self) -> list[list[Any]]:
        return [[m.side.value, m.x, m.y, m.kind.value if m.kind else None, m.size, m.colour,
                 m.note] for m in self.marks]

    def set_draft_value(self, value: Any) -> None:
        marks = []
        for row in value or []:
            try:
                side, x, y, kind, size, colour, note = row
                marks.append(MarkInput(Side(side), float(x), float(y),
                                       InjuryKind(kind) if kind else None, str(size),
                                       str(colour), str(note)))
            except (TypeError, ValueError):
                continue  # a draft from another version: skip what cannot be read
        self.set_marks(marks)
