"""The base of the training log's form dialogs: a :class:`ServiceDialog` that notices typed data
and asks before throwing it away (Esc, Cancel, the close button), saves with Enter (Ctrl+Enter
inside a multi-line note or a list) and clears a field's message as soon as it is edited."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui.edit_dialog import EditDialog
from kimbai_desktop.gui.widgets import FieldBox

NOTE_LIMIT = 4000


def today_of(session: Any) -> date:
    today: date = session.clock.now().astimezone().date()
    return today


class TrainingDialog(EditDialog):
    """Subclasses add fields with :meth:`add_field` (to ``self.form`` or another form layout)."""

    def grow_form(self) -> None:
        """Give the dialog's extra height to the fields (lists grow) instead of empty space."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            if item.spacerItem() is not None:
                layout.setStretch(i, 0)
            elif item.layout() is self.form:
                layout.setStretch(i, 1)

    def resize_within(self, preferred: QSize) -> None:
        """Open at ``preferred`` size, but never larger than the window it belongs to (or the
        screen): Qt alone would shrink a large dialog to two thirds of the screen."""
        parent = self.parentWidget()
        if parent is not None and parent.window().isVisible():
            room = parent.window().size()
        else:
            screen = self.screen()
            room = screen.availableGeometry().size() if screen is not None else preferred
        wanted = preferred.expandedTo(self.minimumSizeHint())
        self.resize(wanted.boundedTo(room - QSize(24, 40)))

    def add_field(self, name: str, label: str, editor: QWidget, hint: str = "",
                  form: QFormLayout | None = None) -> FieldBox:
        box = FieldBox(editor, hint, self)
        caption = QLabel(label, self)
        caption.setBuddy(editor.focusProxy() or editor)
        (form or self.form).addRow(caption, box)
        self.boxes[name] = box
        self.watch(editor, box)
        return box
