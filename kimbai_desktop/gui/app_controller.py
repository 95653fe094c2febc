"""The flow between windows: first-run wizard → unlock → main window → lock / sign out → unlock.

The controller owns the session: it is opened by the unlock dialog and closed on the worker thread
at lock, sign-out, restore or exit, so no decrypted connection outlives what the screen shows.
It also owns what belongs to the open data as a whole: the idle auto-lock, the clipboard guard,
the start-up integrity check, automatic backups (daily and on exit) and restoring a backup,
which needs the folder lock (``instance_lock``) released while the files are swapped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.gui import clipboard, messages
from kimbai_desktop.gui.audit_startup import AuditStartupCheck
from kimbai_desktop.gui.clipboard import ClipboardGuard
from kimbai_desktop.gui.display import date_time_text
from kimbai_desktop.gui.idle import IdleWatcher
from kimbai_desktop.gui.session_actions import may_restore
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.backup import (
    RestoreAuthorisation,
    RestoreResult,
    StartupCheck,
    authorise_restore,
    auto_backup,
    auto_backup_due,
    latest_good_backup,
    restore_backup,
    startup_check,
)
from kimbai_desktop.services.demo import DemoCredentials
from kimbai_desktop.services.first_steps import record_recovery_key_kept
from kimbai_desktop.services.preferences import Preferences
from kimbai_desktop.services.rotation import OUTCOME_TEXT
from kimbai_desktop.services.setup import has_school_files, is_initialized

if TYPE_CHECKING:  # imported when first shown: the unlock dialog must not wait for every page
    from kimbai_desktop.gui.main_window import MainWindow
    from kimbai_desktop.gui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 30 * 60 * 1000
AUDIT_FLUSH_MS = 1000  # searches are written to the audit trail at most this late
# The daily backup reads the whole database on the one worker (about 2 s for ten years of a large
# school), so it waits for a pause: this long without keyboard or mouse and nothing queued.
BACKUP_QUIET_SECONDS = 30
QUIET_RETRY_MS = 10_000


def daily_backup(session: Any, keep: int, now: datetime | None = None) -> Path | None:
    """On the worker: an automatic backup if none is younger than a day."""
    if not auto_backup_due(session, now):
        return None
    return auto_backup(session, "daily", keep)


def unreadable_check(data_dir: Path) -> StartupCheck:
    """On the worker, when the start-up check could not even run."""
    return StartupCheck(False, ("unreadable",), latest_good_backup(data_dir))


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
        *,
        instance_lock: Any = None,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.worker = worker
        self.settings = settings
        self.language = language
        self.today = today
        self.instance_lock = instance_lock
        self.clock = clock
        self.session: Any = None
        self.wizard: SetupWizard | None = None
        self._recovery_key_kept = False  # confirmed in the wizard, not yet recorded
        self.unlock_dialog: UnlockDialog | None = None
        self.main_window: MainWindow | None = None
        self.preferences = Preferences()
        self.startup_check: Callable[[Any], StartupCheck] = startup_check  # a seam for tests
        self.last_check: StartupCheck | None = None
        self.audit_check = AuditStartupCheck(worker, self)  # the trail, in slices, after it
        self.last_restore: RestoreResult | None = None
        self.restoring = False
        self._last_username = ""
        self._done = False
        self.demo: DemoCredentials | None = None  # set by start_demo only: never a real school

        self.clipboard = ClipboardGuard(self.preferences.clipboard_clear_seconds, self)
        clipboard.install(self.clipboard)
        self.idle = IdleWatcher(clock, self.preferences.auto_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(DAILY_CHECK_MS)
        self.backup_timer.timeout.connect(self.check_daily_backup)
        self.backup_quiet_seconds = BACKUP_QUIET_SECONDS  # a seam for tests
        self.quiet_timer = QTimer(self)
        self.quiet_timer.setSingleShot(True)
        self.quiet_timer.setInterval(QUIET_RETRY_MS)
        self.quiet_timer.timeout.connect(self.check_daily_backup)
        self._auto_backup_running = False
        self.check_worker: DbWorker | None = None  # the start-up check's own thread
        # Views audited without a write of their own (searches) reach the database within a
        # second (services/session.py audit_later): at most the last second is lost on a crash.
        self.audit_timer = QTimer(self)
        self.audit_timer.setInterval(AUDIT_FLUSH_MS)
        self.audit_timer.timeout.connect(self._flush_audit)

    # -- start -----------------------------------------------------------------------------------

    def start(self) -> None:
        # A folder with a school's keys or backups but no database is never offered the set-up:
        # signing in says what is missing and how to restore it.
        if is_initialized(self.data_dir) or has_school_files(self.data_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    def start_demo(self, demo: DemoCredentials) -> None:
        """Sign in to the demo school at once; its unlock and lock screens show how to sign in."""
        self.demo = demo
        self.start_with_credentials(demo.username, demo.password)

    def start_with_credentials(self, username: str, password: str) -> None:
        """Sign in at once (the demo): the unlock dialog shows its busy state meanwhile."""
        dialog = self.show_unlock(username)
        dialog.password.setText(password)
        dialog.submit()

    def show_wizard(self) -> SetupWizard:
        from kimbai_desktop.gui.setup_wizard import SetupWizard

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
        if result == QDialog.DialogCode.Accepted:
            # Finish needs the box "I have printed or written down the recovery key" ticked:
            # recorded at the first sign-in (the wizard holds no open database)
            self._recovery_key_kept = True
        if result == QDialog.DialogCode.Accepted or is_initialized(self.data_dir):
            self.show_unlock(self._last_username)
        else:
            self._finish(0)

    # -- unlock ----------------------------------------------------------------------------------

    def show_unlock(self, username: str = "") -> UnlockDialog:
        """The unlock dialog, over the blank main window when the screen was locked."""
        parent: QWidget | None = self.main_window
        dialog = UnlockDialog(self.data_dir, self.worker, username or self._last_username, parent,
                              demo=self.demo)
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
            if self._recovery_key_kept and session.can(Permission.ROTATE_KEY):
                self._recovery_key_kept = False  # before the overview reads its first steps
                self.worker.submit(record_recovery_key_kept, session, context=self)
            if self.main_window is not None:
                self.main_window.open_session(session)
                self.main_window.raise_()
                self.main_window.activateWindow()
            else:
                self.show_main()
            self._session_started()
            self._tell_rotation_outcome(session)
            self._sign_in_news(session)
        else:
            window, self.main_window = self.main_window, None
            if window is not None:
                window.dispose()
            self._finish(0)

    # -- main window -----------------------------------------------------------------------------

    def show_main(self) -> MainWindow:
        from kimbai_desktop.gui.main_window import MainWindow

        window = MainWindow(self.session, self.worker, self.settings, self.language)
        window.sign_out_requested.connect(self.sign_out)
        window.quit_requested.connect(self.quit)
        window.lock_requested.connect(self.lock)
        window.restore_requested.connect(self.restore)
        window.preferences_changed.connect(self.apply_preferences)
        self.main_window = window
        window.show()
        return window

    def _session_started(self) -> None:
        self.last_check = None
        self.idle.start()
        self.audit_timer.start()
        self.run_startup_check()

    def apply_preferences(self, prefs: Preferences) -> None:
        """New options (loaded after unlock or saved by the principal) take effect at once."""
        self.preferences = prefs
        self.idle.set_minutes(prefs.auto_lock_minutes)
        self.clipboard.set_seconds(prefs.clipboard_clear_seconds)
        if prefs.daily_backup and self.session is not None:
            self.backup_timer.start()
        else:
            self.backup_timer.stop()

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(text, timeout_ms)

    # -- start-up integrity check ----------------------------------------------------------------

    def run_startup_check(self) -> None:
        session = self.session
        if session is None:
            return
        self._status(self.tr("Checking the data file..."))
        # On a thread and connection of its own, read-only: the check reads the whole file
        # (seconds at a large school) and must not hold the one worker the pages wait for.
        if self.check_worker is None:
            self.check_worker = DbWorker(self, name="kimbai-startup-check")
        self.check_worker.submit(
            self.startup_check,
            session,
            on_done=lambda check: self._on_checked(session, check),
            on_error=lambda exc: self._on_check_failed(session, exc),
        )

    def _on_check_failed(self, session: Any, exc: BaseException) -> None:
        """The check itself failed: the data cannot be trusted either; find a backup to offer."""
        log.error("Start-up check failed: %s", type(exc).__name__)
        if session is not self.session:
            return
        self.worker.submit(
            unreadable_check,
            self.data_dir,
            on_done=lambda check: self._on_checked(session, check),
            on_error=lambda _exc: self._on_checked(session, StartupCheck(False, ("?",), None)),
        )

    def _on_checked(self, session: Any, check: StartupCheck) -> None:
        if session is not self.session or self.main_window is None:
            return  # locked or signed out meanwhile
        self.last_check = check
        self._status("")
        if check.ok:
            self.check_daily_backup()  # first: it waits for an idle worker
            self.audit_check.start(session, lambda: self.main_window)
            return
        log.error("The start-up integrity check found problems.")
        window = self.main_window
        title = self.tr("The data file is damaged")
        window.show_damaged(
            self.tr(
                "The data file is damaged. Do not keep working in it: what you enter may be "
                "lost. Restore the latest good backup (Data > Restore from a backup)."
            )
        )
        damaged = self.tr(
            "KimBai Desktop checked the data file when it opened and found that it is damaged "
            "(for example after a power cut or a disk fault). Do not keep working in it."
        )
        backup = check.latest_good_backup
        if backup is None:
            messages.critical(
                window,
                title,
                damaged
                + "\n\n"
                + self.tr(
                    "No good backup was found on this computer. Close KimBai Desktop and call the "
                    "school's IT support. If you have a backup on a USB drive, the principal can "
                    "restore it: Data > Restore from a backup > Choose another file."
                ),
            )
            return
        if not may_restore(session):
            messages.critical(
                window,
                title,
                damaged
                + "\n\n"
                + self.tr(
                    "Tell the principal: they can restore the latest good backup, made on {when}."
                ).format(when=date_time_text(backup.created_at)),
            )
            return
        offer = (
            damaged
            + "\n\n"
            + self.tr(
                "Restore the latest good backup, made on {when}, now? The current data is not "
                'deleted: it is kept aside in a folder named "kept-" with today\'s date inside '
                "{folder}."
            ).format(when=date_time_text(backup.created_at), folder=str(self.data_dir))
        )
        answer = messages.question(window, title, offer)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(backup.path)

    # -- automatic backups -----------------------------------------------------------------------

    def check_daily_backup(self, now: datetime | None = None) -> None:
        """Once a day while the data is open (the timer asks every half hour), at a pause in the
        user's work: never blocks, and keeps nobody waiting behind it on the worker."""
        session = self.session
        if session is None or not self.preferences.daily_backup or self._auto_backup_running:
            return
        if not self._quiet():
            self.quiet_timer.start()  # ask again after the user's pause
            return
        self._auto_backup_running = True
        self.worker.submit(
            daily_backup,
            session,
            self.preferences.auto_backup_keep,
            now,
            on_done=self._daily_done,
            on_error=self._daily_failed,
        )

    def _quiet(self) -> bool:
        """No input for a while and no job queued: a long job now keeps nobody waiting."""
        if self.worker.busy:
            return False
        idle_for = (self.clock.now() - self.idle.last_input).total_seconds()
        return idle_for >= self.backup_quiet_seconds

    def _daily_done(self, path: Path | None) -> None:
        self._auto_backup_running = False
        if path is not None:
            self._status(self.tr("An automatic backup has been made."), 10_000)

    def _daily_failed(self, exc: BaseException) -> None:
        self._auto_backup_running = False
        log.warning("Automatic backup failed: %s", type(exc).__name__)
        self._status(
            self.tr("The automatic backup could not be made: {reason}").format(
                reason=messages.error_text(exc)
            )
        )

    # -- lock, sign out, quit --------------------------------------------------------------------

    def _flush_audit(self) -> None:
        session = self.session
        if session is None or session.closed or not session.audit_pending:
            return
        self.worker.submit(session.flush_audit, on_error=lambda exc: log.warning(
            "views could not be audited yet (%s)", type(exc).__name__), context=self)

    def _stop_session_timers(self) -> None:
        self.audit_timer.stop()
        self.idle.stop()
        self.backup_timer.stop()
        self.quiet_timer.stop()
        self.clipboard.clear_now()

    def lock(self) -> None:
        """Blank the window, close the data (audited as a lock) and ask for a password again."""
        window = self.main_window
        if self.session is None or window is None or self.unlock_dialog is not None:
            return
        window.lock()
        self._stop_session_timers()
        session, self.session = self.session, None
        self.worker.submit(
            session.sign_out,
            AuditAction.LOCK,
            on_error=lambda exc: log.error("Locking failed: %s", type(exc).__name__),
        )
        self.show_unlock(self._last_username)

    def _close_session(self, then: Callable[[], Any], exit_backup: bool = False) -> None:
        self._stop_session_timers()
        session, self.session = self.session, None
        window, self.main_window = self.main_window, None
        if window is not None:
            window.dispose()
        if session is None:
            then()
            return
        if exit_backup and self.preferences.daily_backup:
            # Queued before the sign-out, so it runs while the data is still open.
            self.worker.submit(
                auto_backup,
                session,
                "exit",
                self.preferences.auto_backup_keep,
                on_error=lambda exc: log.warning("Backup on exit failed: %s", type(exc).__name__),
            )

        def failed(exc: BaseException) -> None:
            log.error("Closing the session failed: %s", type(exc).__name__)
            then()

        self.worker.submit(session.sign_out, on_done=lambda _r: then(), on_error=failed)

    def sign_out(self) -> None:
        self._close_session(lambda: self.show_unlock(self._last_username))

    def quit(self) -> None:
        if self.unlock_dialog is not None and self.session is None:
            self.unlock_dialog.reject()
            return
        self._close_session(lambda: self._finish(0), exit_backup=True)

    def _finish(self, code: int) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(code)

    def _tell_rotation_outcome(self, session: Any) -> None:
        """An interrupted change of the data key was finished or undone at this sign-in."""
        outcome = getattr(session, "rotation_outcome", None)
        if outcome is not None:
            messages.information(self.main_window, self.tr("Change of the data key"),
                                 messages.qt_translate("Errors", OUTCOME_TEXT[outcome]))

    def _sign_in_news(self, session: Any) -> None:
        """Once after signing in (services/sealed_files.py): a password reset by someone else;
        for a principal, the cases sealed by the upgrade and the sealed-file recovery key."""
        from kimbai_desktop.services.sealed_files import after_sign_in

        def news(s: Any) -> tuple[Any, str, int]:
            return after_sign_in(s), s.school_profile().school_name, s.user.id

        self.worker.submit(news, session, on_done=self._show_sign_in_news,
                           on_error=lambda _exc: None, context=self.main_window)

    def _show_sign_in_news(self, result: tuple[Any, str, int]) -> None:
        news, school_name, account_id = result
        from kimbai_desktop.domain.formatting import format_datetime
        from kimbai_desktop.domain.when import school_time

        window = self.main_window
        for notice in news.notices:
            messages.information(window, self.tr("Your password was reset"), self.tr(
                "Your password was reset by {name} at {when}. If that was not agreed with you, "
                "tell the principal. Sealed case files must be given to you again by a person "
                "who holds them.").format(name=notice.by_name,
                                          when=format_datetime(school_time(notice.at))))
        if news.sealed_now:
            messages.information(window, self.tr("Sealed case files"), self.tr(
                "{count} case files that name a member of staff were sealed: only the people "
                "they are given to can read them.").format(count=news.sealed_now))
        if news.recovery_secret and window is not None:  # kept until confirmed printed
            window.session_actions.show_sealed_key(account_id, news.recovery_secret, school_name)

    # -- restore ---------------------------------------------------------------------------------

    def restore(self, backup_path: Path) -> None:
        """Close the data, release the folder lock, put the backup in place, lock again, unlock.

        The current data is moved aside by the service (never deleted); the result says where.
        """
        if self.restoring:
            return
        self.restoring = True
        window = self.main_window
        if window is not None:
            window.lock()
            window.locked_view.set_busy(self.tr("Restoring the backup. Please wait..."))
        self._stop_session_timers()
        session, self.session = self.session, None
        agreed: dict[str, RestoreAuthorisation] = {}

        def swap(*_args: Any) -> None:
            if self.instance_lock is not None:
                self.instance_lock.release()
            self.worker.submit(
                lambda: restore_backup(Path(backup_path), self.data_dir,
                                       authorisation=agreed.get("by")),
                on_done=self._restored,
                on_error=self._restore_failed,
            )

        if session is None:
            swap()
            return

        def close_failed(exc: BaseException) -> None:
            log.error("Closing before the restore failed: %s", type(exc).__name__)
            swap()

        def agree_and_close() -> None:
            """The signed-in principal agrees to replace this data, then the data closes."""
            try:
                agreed["by"] = authorise_restore(session)
            finally:
                session.sign_out()

        self.worker.submit(agree_and_close, on_done=swap, on_error=close_failed)

    def _lock_folder_again(self) -> bool:
        self.restoring = False
        if self.main_window is not None:
            self.main_window.locked_view.set_busy("")
        if self.instance_lock is None:
            return True
        try:
            self.instance_lock.acquire()
        except KimbaiError as exc:
            messages.show_error(self.main_window, exc)
            window, self.main_window = self.main_window, None
            if window is not None:
                window.dispose()
            self._finish(1)
            return False
        return True

    def _restored(self, result: RestoreResult) -> None:
        self.last_restore = result
        if not self._lock_folder_again():
            return
        text = self.tr("The backup made on {when} has been restored.").format(
            when=date_time_text(result.backup.created_at)
        )
        if result.kept_dir is not None:
            text += "\n\n" + self.tr("The data there before is kept in:\n{folder}").format(
                folder=str(result.kept_dir)
            )
        text += "\n\n" + self.tr("Sign in with a password that was valid when the backup was made.")
        messages.information(self.main_window, self.tr("Restore finished"), text)
        self.show_unlock(self._last_username)

    def _restore_failed(self, exc: BaseException) -> None:
        if not self._lock_folder_again():
            return
        messages.show_error(self.main_window, exc, self.tr("Restore"))
        self.show_unlock(self._last_username)

    # -- shutdown --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Close whatever is open and stop the worker (closing the session on its thread)."""
        self.audit_timer.stop()
        self.idle.stop()
        self.backup_timer.stop()
        self.quiet_timer.stop()
        self.clipboard.clear_now()
        clipboard.install(None)
        session, self.session = self.session, None
        for window in (self.unlock_dialog, self.main_window, self.wizard):
            if window is not None:
                try:
                    if window is self.main_window:
                        window.dispose()
                    else:
                        window.hide()
                        window.deleteLater()
                except RuntimeError:
                    pass
        self.main_window = self.unlock_dialog = self.wizard = None
        if self.check_worker is not None:
            self.check_worker.shutdown()  # a check under way ends first (it only reads)
        self.worker.shutdown(final=session.sign_out if session is not None else None)

    def fail(self, exc: BaseException) -> None:
        """Show an error that stops the start-up, then finish with exit code 1."""
        messages.show_error(None, exc)
        self._finish(1)
