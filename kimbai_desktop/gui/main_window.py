"""The main window: the workspace of the signed-in user, or a blank "locked" view.

Locking (Ctrl+L) blanks the window at once: what is typed in open forms is kept as drafts,
dialogs close, the workspace with every page is thrown away and the menus are hidden; the
controller then closes the data and shows the unlock dialog over the blank window. The window title is the program's name only: nothing personal
appears in titles, the task bar or window lists.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.gui import drafts, messages
from kimbai_desktop.gui.icons import padlock_pixmap
from kimbai_desktop.gui.pages.audit_page import AuditPage
from kimbai_desktop.gui.pages.school_page import SchoolPage
from kimbai_desktop.gui.pages.settings_page import SettingsPage
from kimbai_desktop.gui.session_actions import SessionActions
from kimbai_desktop.gui.settings import MAIN_WINDOW_GEOMETRY, AppSettings
from kimbai_desktop.gui.widgets import BusyBar, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.gui.workspace import Workspace
from kimbai_desktop.services.preferences import Preferences, load_preferences

WINDOW_TITLE = "KimBai Desktop"
DEFAULT_SIZE = QSize(1280, 720)


class LockedView(QWidget):
    """What a locked window shows: the program's name and how to go on, nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel(self)
        icon.setPixmap(padlock_pixmap(self.palette().color(QPalette.ColorRole.WindowText), 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = heading_label(self.tr("KimBai Desktop is locked"), self, scale=1.5)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = hint_label(
            self.tr("The data is closed. Sign in to go on; any account may sign in."), self
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = BusyBar(self)
        self.busy_bar.setMaximumWidth(480)
        layout = QVBoxLayout(self)
        layout.addSpacing(48)  # above the unlock dialog, which Qt centres on the window
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def set_busy(self, text: str) -> None:
        """A message with a busy bar (while a restore runs); "" hides it."""
        if text:
            self.busy_bar.start(text)
        else:
            self.busy_bar.stop()


class MainWindow(QMainWindow):
    """Emits requests; the controller locks, signs out, quits or restores (it owns the session)."""

    sign_out_requested = Signal()
    quit_requested = Signal()
    lock_requested = Signal()
    restore_requested = Signal(object)
    preferences_changed = Signal(object)

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        settings: AppSettings,
        running_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session: Any = None
        self.worker = worker
        self.settings = settings
        self.running_language = running_language
        self.workspace: Workspace | None = None
        self._discarded: list[QWidget] = []
        self._leaving = False
        self.setWindowTitle(WINDOW_TITLE)

        self.locked_view = LockedView(self)
        self.frame = QStackedWidget(self)
        self.frame.addWidget(self.locked_view)
        self.setCentralWidget(self.frame)
        self.session_actions = SessionActions(self, worker)
        self.session_actions.restore_requested.connect(self.restore_requested)
        self._make_menus()
        self._restore_geometry()
        if session is not None:
            self.open_session(session)
        else:
            self._show_locked()

    # -- pages of the open workspace (None while locked) -------------------------------------------

    @property
    def school_page(self) -> SchoolPage | None:
        return self.workspace.school_page if self.workspace else None

    @property
    def settings_page(self) -> SettingsPage | None:
        return self.workspace.settings_page if self.workspace else None

    @property
    def audit_page(self) -> AuditPage | None:
        return self.workspace.audit_page if self.workspace else None

    @property
    def nav(self) -> QListWidget | None:
        return self.workspace.nav if self.workspace else None

    @property
    def stack(self) -> QStackedWidget | None:
        return self.workspace.stack if self.workspace else None

    @property
    def school_label(self) -> QLabel:
        return self.workspace.school_label if self.workspace else QLabel()

    @property
    def user_label(self) -> QLabel:
        return self.workspace.user_label if self.workspace else QLabel()

    @property
    def locked(self) -> bool:
        return self.workspace is None

    def page_titles(self) -> list[str]:
        return self.workspace.page_titles() if self.workspace else []

    # -- menus -------------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        self.lock_action = QAction(self.tr("&Lock the screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(self.tr("Hide everything and close the data at once"))
        self.lock_action.triggered.connect(self.request_lock)
        self.addAction(self.lock_action)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.setStatusTip(self.tr("Close the data and return to the unlock screen"))
        self.sign_out_action.triggered.connect(self.request_sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.request_quit)

        actions = self.session_actions
        system = self.menuBar().addMenu(self.tr("&System"))
        system.addAction(self.lock_action)
        system.addAction(actions.change_password_action)
        system.addSeparator()
        system.addAction(self.sign_out_action)
        system.addAction(self.quit_action)
        self.data_menu = self.menuBar().addMenu(self.tr("&Data"))
        self.data_menu.addAction(actions.backup_action)
        self.data_menu.addAction(actions.restore_action)
        self.data_menu.addSeparator()
        self.data_menu.addAction(actions.recovery_key_action)
        self.data_menu.addAction(actions.sealed_key_action)
        for action in actions.actions():
            self.addAction(action)  # shortcuts work even with the menu closed
        self.about_action = QAction(self.tr("&About KimBai Desktop"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.guide_action = QAction(self.tr("&Getting started guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(self.tr(
            "Installing, first set-up, accounts, the class list, backups: one page to print"))
        self.guide_action.triggered.connect(self.show_guide)
        self.addAction(self.guide_action)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def show_guide(self) -> None:
        from kimbai_desktop.gui.guide_dialog import show_guide

        show_guide(self)

    def show_about(self) -> None:
        from kimbai_desktop.gui.about_dialog import AboutDialog

        folder = self.session.data_dir if self.session is not None else None
        dialog = AboutDialog(folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @property
    def backup_action(self) -> QAction:
        return self.session_actions.backup_action

    @property
    def restore_action(self) -> QAction:
        return self.session_actions.restore_action

    @property
    def recovery_key_action(self) -> QAction:
        return self.session_actions.recovery_key_action

    @property
    def change_password_action(self) -> QAction:
        return self.session_actions.change_password_action

    def menu_titles(self) -> list[str]:
        return [a.text() for a in self.menuBar().actions() if a.isVisible()]

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(MAIN_WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            size = DEFAULT_SIZE
            if screen is not None:
                size = size.boundedTo(screen.size() * 0.95)
            self.resize(size)

    # -- opening and locking -----------------------------------------------------------------------

    def open_session(self, session: Any) -> None:
        """Build the workspace for ``session``'s user and load its data."""
        if self.workspace is not None:
            self.lock()
        self.session = session
        self.workspace = Workspace(session, self.worker, self.settings, self.running_language, self)
        self.workspace.school_page.profile_saved.connect(self._show_profile)
        self.workspace.settings_page.preferences.saved.connect(self.preferences_changed)
        self.frame.addWidget(self.workspace)
        self.frame.setCurrentWidget(self.workspace)
        self.session_actions.set_session(session)
        self.data_menu.menuAction().setVisible(
            any(a.isVisible() for a in self.data_menu.actions() if not a.isSeparator())
        )
        self.menuBar().setVisible(True)
        for action in (self.lock_action, self.sign_out_action):
            action.setEnabled(True)
        self._leaving = False
        self.load()
        self.workspace.nav.setFocus()

    def load(self) -> None:
        """Fetch the school profile and the options on the worker, then fill the pages."""
        if self.workspace is None:
            return
        workspace = self.workspace
        self.worker.submit(
            self.session.school_profile,
            on_done=self._on_profile_loaded,
            on_error=lambda exc: messages.show_error(self, exc),
            context=workspace,
        )
        self.worker.submit(
            load_preferences,
            self.session,
            on_done=self._on_preferences_loaded,
            on_error=lambda exc: messages.show_error(self, exc),
            context=workspace,
        )
        workspace.settings_page.load()

    def _on_profile_loaded(self, profile: SchoolProfile) -> None:
        if self.workspace is not None:
            self.workspace.school_page.set_profile(profile)
            self._show_profile(profile)

    def _show_profile(self, profile: SchoolProfile) -> None:
        if self.workspace is not None:
            self.workspace.school_label.setText(profile.school_name)
            self.session_actions.school_name = profile.school_name

    def _on_preferences_loaded(self, prefs: Preferences) -> None:
        if self.workspace is not None:
            self.workspace.settings_page.set_preferences(prefs)
            self.preferences_changed.emit(prefs)

    def show_damaged(self, text: str) -> None:
        if self.workspace is not None:
            self.workspace.show_damaged(text)

    def lock(self) -> None:
        """Blank the window now: close dialogs, throw the pages away, forget the session.
        What is typed in open forms is first queued as drafts, ahead of closing the data."""
        drafts.save_all_now()
        self.session_actions.set_session(None)
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        workspace, self.workspace = self.workspace, None
        self.session = None
        if workspace is not None:
            workspace.clear()
            self.frame.removeWidget(workspace)
            workspace.hide()
            workspace.setParent(None)
            self._discarded = [w for w in self._discarded if _alive(w)] + [workspace]
            workspace.deleteLater()
        self._show_locked()

    def _show_locked(self) -> None:
        self.frame.setCurrentWidget(self.locked_view)
        self.menuBar().setVisible(False)
        self.statusBar().clearMessage()
        for action in (self.lock_action, self.sign_out_action):
            action.setEnabled(False)
        self.session_actions.school_name = ""

    # -- leaving -----------------------------------------------------------------------------------

    def _may_leave(self) -> bool:
        if self.workspace is None or not self.workspace.has_unsaved_changes():
            return True
        return messages.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("The school information has changes that are not saved. Discard them?"),
        )

    def request_lock(self) -> None:
        """Lock at once, even with unsaved changes: a locked screen cannot wait for an answer."""
        if self.workspace is not None and not self._leaving:
            self.lock_requested.emit()

    def request_sign_out(self) -> None:
        if self._leaving or self.workspace is None or not self._may_leave():
            return
        self._leaving = True
        self.sign_out_requested.emit()

    def request_quit(self) -> None:
        if self._leaving or not self._may_leave():
            return
        self._leaving = True
        self.quit_requested.emit()

    def dispose(self) -> None:
        """Forget the session and close for good (called by the controller)."""
        self._leaving = True
        self.settings.set(MAIN_WINDOW_GEOMETRY, self.saveGeometry())
        self.lock()
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._leaving:
            event.accept()
            return
        event.ignore()
        self.request_quit()


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))
