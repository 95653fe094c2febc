"""Forgotten password (quên mật khẩu): the printed recovery key gives a principal account a new
password. Other staff ask the principal, who resets theirs under Settings > Accounts.

The key is typed back from paper: 13 groups of 4 characters; spaces, dashes and lower case are
accepted (the service normalises them). The check runs on the worker thread (Argon2).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLineEdit, QWidget

from kimbai_desktop.domain.errors import PermissionDenied, WrongPassword
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.keys import WrongRecoveryKey, reset_password_with_recovery

KEY_GROUPS = 13
GROUP_SIZE = 4
KEY_CHARS = KEY_GROUPS * GROUP_SIZE


def key_characters(text: str) -> int:
    """How many key characters were typed (letters and digits; separators do not count)."""
    return sum(1 for ch in text if ch.isascii() and ch.isalnum())


class ForgotPasswordDialog(ServiceDialog):
    """On success the ``username`` field holds the account whose password was set."""

    def __init__(
        self,
        data_dir: Path,
        worker: DbWorker,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.data_dir = Path(data_dir)
        self.set_texts(
            self.tr("Forgot the password?"),
            self.tr(
                "With the recovery key printed when KimBai Desktop was set up, the principal's "
                "account gets a new password. Other staff: ask the principal to set a new "
                "password for you in Settings."
            ),
            self.tr("&Set the new password"),
        )
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(64)
        self.username.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
        self.key = QLineEdit(self)
        self.key.setMaxLength(120)
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-...")
        self.key.setInputMethodHints(
            Qt.InputMethodHint.ImhUppercaseOnly | Qt.InputMethodHint.ImhNoPredictiveText
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance("X" * 66))
        self.secret_editors.append(self.key)
        self.add_field("username", self.tr("&Principal's account name"), self.username)
        self.add_field("recovery_key", self.tr("&Recovery key"), self.key, self._key_hint(0))
        self.add_password_pair(self.tr("New &password"), self.tr("Con&firm the password"))
        self.key.textChanged.connect(self._key_edited)
        (self.key if username else self.username).setFocus()

    def _key_hint(self, typed: int) -> str:
        return self.tr(
            "13 groups of 4 letters or digits, as on the printed sheet. Typed: {typed} of {total}."
        ).format(typed=typed, total=KEY_CHARS)

    def _key_edited(self, text: str) -> None:
        hint = self.boxes["recovery_key"].hint
        if hint is not None:
            hint.setText(self._key_hint(key_characters(text)))

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.username.text().strip():
            found["username"] = self.tr(
                "Enter the principal's account name, for example hieutruong."
            )
        typed = key_characters(self.key.text())
        if typed != KEY_CHARS:
            found["recovery_key"] = self.tr(
                "The recovery key has 13 groups of 4 characters ({total} in all); {typed} were "
                "typed. Check it against the printed sheet."
            ).format(total=KEY_CHARS, typed=typed)
        found.update(self.password_errors())
        return found

    def call(self) -> Call:
        assert self.password is not None
        return reset_password_with_recovery, (
            self.data_dir,
            self.key.text(),
            self.username.text().strip(),
            self.password.text(),
        )

    def failure_message(self, exc: BaseException) -> str:
        if isinstance(exc, PermissionDenied):
            return self.tr(
                "The recovery key can only set a new password for a principal's account. Other "
                "staff: ask the principal to set a new password for you."
            )
        if isinstance(exc, WrongPassword):
            return self.tr(
                "There is no account with this name. Check the principal's account name."
            )
        return super().failure_message(exc)

    def _on_failed(self, exc: BaseException) -> None:
        super()._on_failed(exc)
        if isinstance(exc, WrongPassword | PermissionDenied):
            self.boxes["username"].set_error(self.page_error.message())
            self.page_error.clear()
            self.username.setFocus()
            self.username.selectAll()
        elif isinstance(exc, WrongRecoveryKey):
            self.boxes["recovery_key"].set_error(self.page_error.message())
            self.page_error.clear()
            self.key.setFocus()
        self.fit_height()
