"""The principal sets a new password for an account whose holder forgot it (đặt lại mật khẩu)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.accounts import AccountInfo, reset_password


class ResetPasswordDialog(ServiceDialog):
    """A new password and its confirmation for ``account``."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        account: AccountInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.account = account
        self.set_texts(
            self.tr("Set a new password"),
            self.tr(
                "For {name} ({username}). Give the new password to the holder in person; they "
                "can change it afterwards under System > Change my password."
            ).format(name=account.full_name, username=account.username),
            self.tr("&Set the password"),
        )
        self.add_password_pair(self.tr("New &password"), self.tr("Con&firm the password"))
        assert self.password is not None
        self.password.setFocus()

    def check(self) -> dict[str, str]:
        return self.password_errors()

    def call(self) -> Call:
        assert self.password is not None
        return reset_password, (self.session, self.account.id, self.password.text())
