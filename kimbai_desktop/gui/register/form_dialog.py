"""The base of the register's form dialogs: a :class:`ServiceDialog` that notices typed data and
asks before throwing it away (Esc, Cancel or the window's close button), saves with Enter (or
Ctrl+Enter inside a multi-line note) and clears a field's message as soon as it is edited."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from kimbai_desktop.gui.edit_dialog import EditDialog
from kimbai_desktop.gui.widgets import FieldBox, room_for

NOTE_LIMIT = 4000


def set_initial_size(dialog: QWidget) -> None:
    """Open at the preferred size (Qt would cap a new window at 2/3 of the screen), with the
    height its word-wrapped texts need at that width, never larger than the window it opens over or the screen (:func:`room_for`)."""
    hint = dialog.sizeHint()
    layout = dialog.layout()
    height = hint.height()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(hint.width()))
    room = room_for(dialog)
    dialog.resize(min(hint.width(), room.width()), min(height, room.height()))


class RegisterDialog(EditDialog):
    """Subclasses build their fields with :meth:`add_field` and implement ``check``/``call``."""

    def add_field(self, name: str, label: str, editor: QWidget, hint: str = "") -> FieldBox:
        box = super().add_field(name, label, editor, hint)
        self.watch(editor, box)
        return box

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row without a message of its own (a check box, a note)."""
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        self.watch(widget)
