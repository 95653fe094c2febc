"""Anyone changes their own password (đổi mật khẩu): the current one, the new one twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.accounts import change_own_password


class ChangePasswordDialog(ServiceDialog):
    """Only the signed-in user's keyslot is rewritten; the data itself is untouched."""

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.set_texts(
            self.tr("Change my password"),
            self.tr("The new password is needed from the next sign-in on."),
            self.tr("&Change the password"),
        )
        self.old_password = QLineEdit(self)
        self.old_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_password.setMaxLength(1024)
        self.secret_editors.append(self.old_password)
        self.add_field("old_password", self.tr("C&urrent password"), self.old_password)
        self.add_password_pair(self.tr("New &password"), self.tr("Con&firm the new password"))
        self.old_password.setFocus()

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.old_password.text():
            found["old_password"] = self.tr("Enter your current password.")
        found.update(self.password_errors())
        return found

    def call(self) -> Call:
        assert self.password is not None and self.confirm is not None
        return change_own_password, (
            self.session,
            self.old_password.text(),
            self.password.text(),
            self.confirm.text(),
        )
