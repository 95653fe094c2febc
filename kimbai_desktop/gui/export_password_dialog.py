"""The password that protects a file with personal data before it leaves the program: typed
twice, at least :data:`~kimbai_desktop.services.protection.MIN_LENGTH` characters, with a plain
word on sending it to the recipient separately. The password is handed to the caller once and
cleared from the fields; it is never stored (services/protection.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.widgets import FieldBox, heading_label, share_lock_shortcut
from kimbai_desktop.services import protection


class ExportPasswordDialog(QDialog):
    """Enter accepts when both fields agree; Esc cancels. :meth:`take_password` gives the
    password once."""

    def __init__(self, what: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self._chosen = ""
        explain = QLabel(self.tr(
            "This file holds children's personal data, so it will be protected by a password. "
            "Whoever receives the file needs this password to open it: give it to them "
            "separately (by phone or in person), never in the same e-mail or message as the "
            "file. The program does not keep the password: write it down somewhere safe if "
            "you need it again."), self)
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit(self)
        self.again = QLineEdit(self)
        for editor in (self.password, self.again):
            editor.setEchoMode(QLineEdit.EchoMode.Password)
            editor.setMaxLength(protection.MAX_LENGTH)
        self.boxes = {
            "password": FieldBox(self.password, self.tr(
                "At least {minimum} characters; letters, digits and signs mixed are harder to "
                "guess.").format(minimum=protection.MIN_LENGTH), self),
            "again": FieldBox(self.again, "", self),
        }
        self.show_text = QCheckBox(self.tr("&Show the password"), self)
        self.show_text.toggled.connect(self._show_text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text in (("password", self.tr("&Password for the file:")),
                           ("again", self.tr("&Type it again:"))):
            caption = QLabel(text, self)
            caption.setBuddy(self.boxes[name].editor)
            form.addRow(caption, self.boxes[name])
        form.addRow("", self.show_text)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Protect and save"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Protect the file with a password"), self, 1.2))
        if what:
            subject = QLabel(what, self)
            subject.setWordWrap(True)
            subject.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(subject)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        share_lock_shortcut(self)
        self.setMinimumWidth(520)
        self.password.setFocus()

    def _show_text(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for editor in (self.password, self.again):
            editor.setEchoMode(mode)

    def accept(self) -> None:
        for box in self.boxes.values():
            box.set_error("")
        try:
            self._chosen = protection.check_password(self.password.text(), self.again.text())
        except ValidationError as exc:
            for name, text in messages.field_messages(exc).items():
                self.boxes[name].set_error(text)
            if "password" in exc.field_errors:
                self.password.setFocus()
                self.password.selectAll()
            else:  # typed differently: both again, as the sign-up forms people know do
                self.again.clear()
                self.again.setFocus()
            return
        self._clear()
        super().accept()

    def reject(self) -> None:
        self._clear()
        self._chosen = ""
        super().reject()

    def _clear(self) -> None:
        self.password.clear()
        self.again.clear()

    def take_password(self) -> str:
        """The chosen password, once ("" if none was chosen or it was taken already)."""
        chosen, self._chosen = self._chosen, ""
        return chosen


def ask_export_password(parent: QWidget | None, on_chosen: Callable[[str], None],
                        what: str = "") -> ExportPasswordDialog:
    """Open the dialog (window-modal, without blocking) and call ``on_chosen(password)`` when
    the user accepts; nothing happens if they cancel. Returns the dialog (tests type into it)."""
    dialog = ExportPasswordDialog(what, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(result: int) -> None:
        password = dialog.take_password()
        if result == QDialog.DialogCode.Accepted and password:
            on_chosen(password)

    dialog.finished.connect(done)
    dialog.open()
    return dialog

