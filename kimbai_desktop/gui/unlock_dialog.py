"""The unlock dialog (mở khóa): account name and password, checked on the worker thread.

A wrong password shows the reason inline and clears the password; after too many, a countdown
keeps the button disabled until the delay ends. The account name is never remembered on disk.
"Quên mật khẩu?" opens the recovery-key dialog (principal accounts) without closing this one.
A demo school (``kimbai-desktop --demo``, and only it) shows its accounts and password here, so a
newcomer is never locked out of the demo after a lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.errors import KimbaiError, UnlockThrottled, WrongPassword
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.forgot_password_dialog import ForgotPasswordDialog
from kimbai_desktop.gui.widgets import BusyBar, FieldError, heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.demo import DemoCredentials
from kimbai_desktop.services.session import unlock

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Returns the :class:`AppSession` in ``session`` when accepted (also sent by ``unlocked``)."""

    unlocked = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        worker: DbWorker,
        username: str = "",
        parent: QWidget | None = None,
        unlock_fn: Callable[..., Any] = unlock,
        demo: DemoCredentials | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.worker = worker
        self._unlock = unlock_fn
        self.session: Any = None
        self.busy = False
        self.seconds_left = 0
        self._throttle: UnlockThrottled | None = None
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        heading = heading_label(self.tr("Unlock the school's data"), self)
        intro = QLabel(self.tr("Sign in with your account name and password."), self)
        intro.setWordWrap(True)
        self.demo_note = self._demo_note(demo)
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(64)
        self.username.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(1024)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        user_label = QLabel(self.tr("&Account name"), self)
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Password"), self)
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)

        self.forgot_button = QPushButton(self.tr("&Forgot the password?"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet("text-decoration: underline; color: palette(link);")
        self.forgot_button.clicked.connect(self.forgot_password)
        self.forgot_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.forgot_dialog: ForgotPasswordDialog | None = None
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)
        form.addRow("", self.forgot_button)

        self.error = FieldError(self)
        self.busy_bar = BusyBar(self)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.close_button = QPushButton(self.tr("&Quit"), self)
        self.close_button.setAutoDefault(False)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        if self.demo_note is not None:
            layout.addWidget(self.demo_note)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.forgot_button)
        (self.password if username else self.username).setFocus()

    def _demo_note(self, demo: DemoCredentials | None) -> QLabel | None:
        """The demo's accounts and password, in a framed box the user may select and copy."""
        if demo is None:
            return None
        accounts = ", ".join(f"{name} ({labels.label(role)})" for name, role in demo.accounts)
        note = QLabel(
            self.tr("Demo data: account {account} / password {password}").format(
                account=demo.username, password=demo.password)
            + "\n"
            + self.tr("Every demo account has this password: {accounts}.").format(
                accounts=accounts),
            self,
        )
        note.setObjectName("demoNote")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setStyleSheet(
            "QLabel#demoNote { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px; }")
        return note

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        (self.password if self.username.text() else self.username).setFocus()

    # -- unlocking -------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy or self.seconds_left > 0:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.error.set_message(self.tr("Enter your account name."))
            self.username.setFocus()
            return
        if not password:
            self.error.set_message(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self.error.clear()
        self.notice.setVisible(False)
        self._set_busy(True)
        self.worker.submit(
            self._unlock,
            self.data_dir,
            username,
            password,
            on_done=self._on_unlocked,
            on_error=self._on_failed,
            context=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.username.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self.seconds_left == 0)
        self.close_button.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        if busy:
            self.busy_bar.start(self.tr("Checking the password..."))
        else:
            self.busy_bar.stop()

    def _on_unlocked(self, session: Any) -> None:
        self._set_busy(False)
        self.password.clear()
        self.session = session
        self.unlocked.emit(session)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UnlockThrottled):
            self.start_countdown(exc)
            return
        if not isinstance(exc, KimbaiError):
            log.error("Unlock failed: %s", type(exc).__name__)
        self.error.set_message(messages.error_text(exc))
        if isinstance(exc, WrongPassword):
            self.password.clear()
            self.password.setFocus()

    # -- forgotten password ----------------------------------------------------------------------

    def forgot_password(self) -> None:
        if self.busy or self.forgot_dialog is not None:
            return
        dialog = ForgotPasswordDialog(
            self.data_dir, self.worker, self.username.text().strip(), self
        )
        self.forgot_dialog = dialog
        dialog.finished.connect(self._forgot_finished)
        dialog.open()

    def _forgot_finished(self, result: int) -> None:
        dialog, self.forgot_dialog = self.forgot_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        username = dialog.username.text().strip()
        self.username.setText(username)
        self.password.clear()
        self.error.clear()
        self.notice.setText(
            self.tr("A new password is set for {username}. Sign in with it now.").format(
                username=username
            )
        )
        self.notice.setVisible(True)
        self.password.setFocus()

    # -- waiting after too many wrong passwords --------------------------------------------------

    def start_countdown(self, exc: UnlockThrottled) -> None:
        self._throttle = exc
        self.seconds_left = max(1, int(exc.params.get("seconds", 1)))
        self.password.clear()
        self.unlock_button.setEnabled(False)
        self._show_countdown()
        self._timer.start()

    def _show_countdown(self) -> None:
        if self._throttle is not None:
            self._throttle.params["seconds"] = self.seconds_left
            self.error.set_message(self._throttle.render(messages.qt_translate))

    def tick(self) -> None:
        """One second of the countdown (called by the timer; tests may call it directly)."""
        if self.seconds_left <= 0:
            return
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self._show_countdown()
            return
        self._timer.stop()
        self._throttle = None
        self.error.clear()
        self.unlock_button.setEnabled(not self.busy)
        self.password.setFocus()

    # -- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            return
        self._timer.stop()
        self.password.clear()
        super().reject()
