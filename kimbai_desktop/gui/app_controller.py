"""The flow between windows: first-run wizard → unlock → main window → sign out → unlock ...

The controller owns the session: it is opened by the unlock dialog and closed on the worker thread
at sign-out or exit, so no decrypted connection outlives the main window.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.setup_wizard import SetupWizard
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.setup import is_initialized

log = logging.getLogger(__name__)


class AppController(QObject):
    """Shows one window at a time. ``finished(exit_code)`` fires when the user leaves."""

    finished = Signal(int)

    def __init__(
        self,
        data_dir: Path,
        worker: DbWorker,
        settings: AppSettings,
        language: str,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.worker = worker
        self.settings = settings
        self.language = language
        self.today = today
        self.session: Any = None
        self.wizard: SetupWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.main_window: MainWindow | None = None
        self._last_username = ""
        self._done = False

    # -- start -----------------------------------------------------------------------------------

    def start(self) -> None:
        if is_initialized(self.data_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    def start_with_credentials(self, username: str, password: str) -> None:
        """Sign in at once (the demo): the unlock dialog shows its busy state meanwhile."""
        dialog = self.show_unlock(username)
        dialog.password.setText(password)
        dialog.submit()

    def show_wizard(self) -> SetupWizard:
        wizard = SetupWizard(self.data_dir, self.worker, self.today)
        wizard.created.connect(self._remember_username)
        wizard.finished.connect(self._wizard_finished)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _remember_username(self, username: str) -> None:
        self._last_username = username  # in memory only, never in QSettings

    def _wizard_finished(self, result: int) -> None:
        wizard = self.wizard
        self.wizard = None
        if wizard is not None:
            wizard.deleteLater()
        if result == QDialog.DialogCode.Accepted or is_initialized(self.data_dir):
            self.show_unlock(self._last_username)
        else:
            self._finish(0)

    # -- unlock ----------------------------------------------------------------------------------

    def show_unlock(self, username: str = "") -> UnlockDialog:
        dialog = UnlockDialog(self.data_dir, self.worker, username or self._last_username)
        dialog.finished.connect(self._unlock_finished)
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _unlock_finished(self, result: int) -> None:
        dialog = self.unlock_dialog
        self.unlock_dialog = None
        if dialog is None:
            return
        session = dialog.session
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and session is not None:
            self.session = session
            self._last_username = session.user.username
            self.show_main()
        else:
            self._finish(0)

    # -- main window -----------------------------------------------------------------------------

    def show_main(self) -> MainWindow:
        window = MainWindow(self.session, self.worker, self.settings, self.language)
        window.sign_out_requested.connect(self.sign_out)
        window.quit_requested.connect(self.quit)
        self.main_window = window
        window.load()
        window.show()
        return window

    def _close_session(self, then: Any) -> None:
        session, self.session = self.session, None
        window, self.main_window = self.main_window, None
        if window is not None:
            window.dispose()
        if session is None:
            then()
            return

        def failed(exc: BaseException) -> None:
            log.error("Closing the session failed: %s", type(exc).__name__)
            then()

        self.worker.submit(session.close, on_done=lambda _r: then(), on_error=failed)

    def sign_out(self) -> None:
        self._close_session(lambda: self.show_unlock(self._last_username))

    def quit(self) -> None:
        self._close_session(lambda: self._finish(0))

    def _finish(self, code: int) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(code)

    # -- shutdown --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Close whatever is open and stop the worker (closing the session on its thread)."""
        session, self.session = self.session, None
        for window in (self.main_window, self.unlock_dialog, self.wizard):
            if window is not None:
                try:
                    if isinstance(window, MainWindow):
                        window.dispose()
                    else:
                        window.hide()
                        window.deleteLater()
                except RuntimeError:
                    pass
        self.main_window = self.unlock_dialog = self.wizard = None
        self.worker.shutdown(final=session.close if session is not None else None)

    def fail(self, exc: BaseException) -> None:
        """Show an error that stops the start-up, then finish with exit code 1."""
        messages.show_error(None, exc)
        self._finish(1)
