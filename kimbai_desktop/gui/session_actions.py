"""Menu actions that work on the open data: change my password, make a backup, restore from a
backup, make a new recovery key, the recovery key for sealed case files. Each is shown only to roles allowed to use it.

A backup runs on the worker with a busy indicator and then says where the file is. Restoring
only chooses and confirms here; ``restore_requested(path)`` asks the controller, which owns the
folder lock, to close the data and put the backup in place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.change_password_dialog import ChangePasswordDialog
from kimbai_desktop.gui.recovery_key_dialog import RecoveryKeyDialog, SealedRecoveryKeyDialog
from kimbai_desktop.gui.restore_dialog import RestoreDialog
from kimbai_desktop.gui.widgets import share_lock_shortcut
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import sealed_files
from kimbai_desktop.services.backup import BackupInfo, create_backup
from kimbai_desktop.services.first_steps import record_recovery_key_kept
from kimbai_desktop.services.keys import new_recovery_key_for


def may_restore(session: Any) -> bool:
    """Restoring replaces everyone's data: the principal decides (services have no permission)."""
    return session is not None and session.user.role == Role.PRINCIPAL


class SessionActions(QObject):
    """Owns the actions; :meth:`set_session` shows, hides and enables them for a user."""

    restore_requested = Signal(object)

    def __init__(self, window: QWidget, worker: DbWorker) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self.session: Any = None
        self.school_name = ""
        self.today = date.today
        self.current_dialog: QDialog | None = None
        self.progress: QProgressDialog | None = None
        self.backing_up = False
        # A sealed-file recovery key made but not yet confirmed printed: (account id, key, school
        # name). It exists nowhere else, so a lock that closed its sheet shows it again when the
        # same account unlocks (kept in memory only; never shown to another account).
        self.pending_sealed_key: tuple[int, str, str] | None = None
        self.generation = 0  # grows at every lock: late results of an older session are dropped

        self.change_password_action = QAction(self.tr("&Change my password..."), window)
        self.change_password_action.triggered.connect(self.change_password)
        self.backup_action = QAction(self.tr("&Back up the data..."), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.setStatusTip(self.tr("Save an encrypted copy of the data, e.g. on USB"))
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(self.tr("&Restore from a backup..."), window)
        self.restore_action.triggered.connect(self.restore)
        self.recovery_key_action = QAction(self.tr("Make a new recovery &key..."), window)
        self.recovery_key_action.triggered.connect(self.new_recovery_key)
        self.sealed_key_action = QAction(self.tr("Recovery key for &sealed case files..."), window)
        self.sealed_key_action.setStatusTip(self.tr(
            "Printed once, for the chair of the school's child-protection board"))
        self.sealed_key_action.triggered.connect(self.sealed_recovery_key)
        self.set_session(None)

    def actions(self) -> list[QAction]:
        return [
            self.change_password_action,
            self.backup_action,
            self.restore_action,
            self.recovery_key_action,
            self.sealed_key_action,
        ]

    def set_session(self, session: Any) -> None:
        self.session = session
        allowed = {
            self.change_password_action: session is not None,
            self.backup_action: session is not None and session.can(Permission.BACKUP),
            self.restore_action: may_restore(session),
            self.recovery_key_action: session is not None and session.can(Permission.ROTATE_KEY),
            self.sealed_key_action: session is not None and session.user.role == Role.PRINCIPAL,
        }
        for action, ok in allowed.items():
            action.setVisible(ok)
            action.setEnabled(ok)
        pending = self.pending_sealed_key
        if session is not None and pending is not None and pending[0] == session.user.id:
            self._open_sealed_sheet()
        if session is None:
            self.generation += 1
            self.close_dialogs()
            self.backing_up = False

    def close_dialogs(self) -> None:
        if self.current_dialog is not None:
            dialog, self.current_dialog = self.current_dialog, None
            dialog.done(QDialog.DialogCode.Rejected)
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def _open(self, dialog: QDialog) -> None:
        self.current_dialog = dialog

        def finished(_result: int) -> None:
            if self.current_dialog is dialog:
                self.current_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- my password -------------------------------------------------------------------------------

    def change_password(self) -> None:
        if self.session is None or self.current_dialog is not None:
            return
        dialog = ChangePasswordDialog(self.session, self.worker, self.window)
        dialog.succeeded.connect(
            lambda _r: messages.information(
                self.window,
                self.tr("Change my password"),
                self.tr("Your password has been changed. Use the new one from the next sign-in."),
            )
        )
        self._open(dialog)

    # -- backup ------------------------------------------------------------------------------------

    def backup(self) -> None:
        if self.session is None or self.backing_up or not self.backup_action.isEnabled():
            return
        folder = messages.choose_folder(
            self.window, self.tr("Choose where to save the backup (for example the USB drive)")
        )
        if not folder or self.session is None:
            return
        self.backing_up = True
        progress = QProgressDialog(self.tr("Making the backup..."), "", 0, 0, self.window)
        progress.setWindowTitle("KimBai Desktop")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        share_lock_shortcut(progress)
        progress.show()
        self.progress = progress
        generation = self.generation
        self.worker.submit(
            create_backup,
            self.session,
            Path(folder),
            on_done=lambda info: self._backed_up(generation, info),
            on_error=lambda exc: self._backup_failed(generation, exc),
            context=self,
        )

    def _end_progress(self) -> None:
        self.backing_up = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _backed_up(self, generation: int, info: BackupInfo) -> None:
        if generation != self.generation:
            return  # locked meanwhile: the file was made, nothing is shown over the lock
        self._end_progress()
        messages.information(
            self.window,
            self.tr("Backup made"),
            self.tr(
                "The backup has been saved as:\n{path}\n\nIt is encrypted: it opens only with the "
                "passwords and the recovery key valid today. Keep the USB drive in a locked place."
            ).format(path=str(info.path)),
        )

    def _backup_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.generation:
            return
        self._end_progress()
        messages.show_error(self.window, exc, self.tr("Backup"))

    # -- restore -----------------------------------------------------------------------------------

    def restore(self) -> None:
        if not may_restore(self.session) or self.current_dialog is not None:
            return
        dialog = RestoreDialog(self.session.data_dir, self.worker, self.window)
        dialog.accepted.connect(lambda: self.restore_requested.emit(dialog.chosen_path))
        self._open(dialog)
        dialog.load()

    # -- recovery key ------------------------------------------------------------------------------

    def new_recovery_key(self) -> None:
        if self.session is None or self.current_dialog is not None:
            return
        if not messages.confirm(
            self.window,
            self.tr("New recovery key"),
            self.tr(
                "Make a new recovery key? The key printed before stops working at once. Only "
                "do this when the old sheet is lost or others may have seen it, and have the "
                "printer ready."
            ),
        ):
            return
        if self.session is None:
            return
        generation = self.generation
        self.worker.submit(
            new_recovery_key_for,
            self.session,
            on_done=lambda key: self._show_key(generation, key),
            on_error=lambda exc: messages.show_error(self.window, exc),
            context=self,
        )

    def _show_key(self, generation: int, key: str) -> None:
        if generation != self.generation or self.session is None:
            # Locked before the key could be shown: it is never shown over a locked screen.
            # The principal makes another one (the old printed key stopped working already).
            return
        dialog = RecoveryKeyDialog(key, self.school_name, self.today(), self.window)
        dialog.finished.connect(lambda _r: self._key_kept(generation))  # closes once confirmed
        self._open(dialog)

    def _key_kept(self, generation: int) -> None:
        if generation == self.generation and self.session is not None:
            self.worker.submit(record_recovery_key_kept, self.session, context=self)
            refresh = getattr(getattr(self.window, "workspace", None), "overview_page", None)
            if refresh is not None and refresh.isVisible():
                refresh.refresh()

    # -- the recovery key for sealed case files ----------------------------------------------------

    def sealed_recovery_key(self) -> None:
        """Made once and printed for the chair of the child-protection board: made here if it
        does not exist yet (otherwise at a principal's sign-in once a case is sealed); once made
        it can never be shown again, and the menu says so."""
        if self.session is None or self.current_dialog is not None:
            return
        pending = self.pending_sealed_key
        if pending is not None and pending[0] == self.session.user.id:
            self._open_sealed_sheet()  # made, but not yet confirmed printed
            return
        generation = self.generation
        self.worker.submit(
            sealed_files.has_recovery_key,
            self.session,
            on_done=lambda exists: self._sealed_key_state(generation, exists),
            on_error=lambda exc: messages.show_error(self.window, exc),
            context=self,
        )

    def _sealed_key_state(self, generation: int, exists: bool) -> None:
        if generation != self.generation or self.session is None:
            return
        title = self.tr("Recovery key for sealed case files")
        if exists:
            messages.information(self.window, title, self.tr(
                "The recovery key for sealed case files has already been made and printed. It "
                "is printed only once and kept by the chair of the school's child-protection "
                "board; it cannot be shown again. With it, the chair can give a sealed case file "
                "to a principal or a counsellor when nobody who holds it can (in the case file: "
                "\"Who may read it\", then \"Give with the recovery key\")."))
            return
        if not messages.confirm(self.window, title, self.tr(
                "Make the recovery key for sealed case files now? It is shown once, for printing: "
                "give the printed sheet to the chair of the school's child-protection board, who "
                "keeps it locked away. It cannot be shown or made again. Have the printer ready.")):
            return
        if self.session is None:
            return
        account_id, school_name = self.session.user.id, self.school_name
        self.worker.submit(
            sealed_files.make_recovery_key,
            self.session,
            on_done=lambda key: self.show_sealed_key(account_id, key, school_name),
            on_error=lambda exc: messages.show_error(self.window, exc),
            context=self,
        )

    def show_sealed_key(self, account_id: int, key: str, school_name: str) -> None:
        """Offer a new sealed-file recovery key's sheet for printing to the principal who made it
        (at sign-in, after sealing a case, or from the menu). Shown until they tick that it was
        printed; if the screen is locked first, shown again when the same account unlocks."""
        self.pending_sealed_key = (account_id, key, school_name)
        self._open_sealed_sheet()

    def _open_sealed_sheet(self) -> None:
        pending = self.pending_sealed_key
        if pending is None or self.session is None or self.session.user.id != pending[0]:
            return
        if self.current_dialog is not None:
            self.current_dialog.done(QDialog.DialogCode.Rejected)
        _account, key, school_name = pending
        dialog = SealedRecoveryKeyDialog(key, school_name, self.today(), self.window)

        def closed(_result: int) -> None:
            if dialog.page.saved_check.isChecked():
                self.pending_sealed_key = None

        dialog.finished.connect(closed)
        self._open(dialog)
