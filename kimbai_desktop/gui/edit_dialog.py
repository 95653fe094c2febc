"""The base of the register's and the training log's form dialogs: a :class:`ServiceDialog` that
notices typed data and asks before throwing it away (Esc, Cancel or the window's close button:
see :class:`ServiceDialog`),
saves with Enter (Ctrl+Enter inside a multi-line note or a list), clears a field's message as soon
as it is edited and reads dates with plain messages."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kimbai_desktop.gui.date_field import DateField, TypedField
from kimbai_desktop.gui.service_dialog import ServiceDialog
from kimbai_desktop.gui.widgets import FieldBox
from kimbai_desktop.gui.worker import DbWorker


class EditDialog(ServiceDialog):
    """Subclasses build their fields (calling :meth:`watch` on each editor) and implement
    ``check``/``call``."""

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.dirty = False
        self.setWindowModality(Qt.WindowModality.WindowModal)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self)
            save.activated.connect(self.submit)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return super().sizeHint().expandedTo(QSize(600, 0))

    def watch(self, editor: QWidget, box: FieldBox | None = None) -> None:
        """Mark the dialog dirty when ``editor`` changes (and clear its message, if any)."""

        def edited(*_args: Any) -> None:
            self.dirty = True
            if box is not None:
                box.set_error("")

        if isinstance(editor, TypedField):
            editor.edited.connect(edited)
        elif isinstance(editor, QLineEdit):
            editor.textEdited.connect(edited)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(edited)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(edited)
            if editor.isEditable():
                editor.editTextChanged.connect(edited)
        elif isinstance(editor, QSpinBox):
            editor.valueChanged.connect(edited)
        elif isinstance(editor, QAbstractButton):
            editor.toggled.connect(edited)
        elif hasattr(editor, "changed"):
            editor.changed.connect(edited)

    def read_date(
        self, field: DateField, name: str, errors: dict[str, str], required: bool = True
    ) -> date | None:
        """The field's date; a message in ``errors[name]`` when it is missing or not a date."""
        try:
            value = field.date()
        except ValueError:
            errors[name] = field.problem()  # not written as a date, or no such day
            return None
        if value is None and required:
            errors[name] = self.tr("Enter the date (dd/mm/yyyy) or pick it from the calendar.")
        return value

    def has_changes(self) -> bool:
        """Edited by the user: every editor is watched (:meth:`watch`), lists and tables too."""
        return self.dirty

    def _on_done(self, result: Any) -> None:
        self.dirty = False
        super()._on_done(result)
