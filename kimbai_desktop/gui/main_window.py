"""The main window: a header (school, signed-in user), navigation on the left, pages on the right.

Only pages for features that exist are listed. The window title is the program's name only:
nothing personal appears in titles, the task bar or window lists.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.pages.school_page import SchoolPage
from kimbai_desktop.gui.pages.settings_page import SettingsPage
from kimbai_desktop.gui.settings import MAIN_WINDOW_GEOMETRY, AppSettings
from kimbai_desktop.gui.widgets import heading_label
from kimbai_desktop.gui.worker import DbWorker

WINDOW_TITLE = "KimBai Desktop"
DEFAULT_SIZE = QSize(1280, 720)


class MainWindow(QMainWindow):
    """Emits ``sign_out_requested`` or ``quit_requested``; the controller closes the session."""

    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        settings: AppSettings,
        running_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.settings = settings
        self._leaving = False
        self.setWindowTitle(WINDOW_TITLE)

        self.school_label = heading_label("", self, scale=1.25)
        self.school_label.setObjectName("schoolName")
        user = session.user
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({role})").format(
                name=user.full_name, role=labels.label(user.role)
            ),
            self,
        )
        self.user_label.setObjectName("signedInUser")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QFrame(self)
        header.setObjectName("header")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(12, 8, 12, 8)
        header_layout.addWidget(self.school_label, 1)
        header_layout.addWidget(self.user_label)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.school_page = SchoolPage(session, worker, self)
        self.school_page.profile_saved.connect(self._show_profile)
        self.settings_page = SettingsPage(settings, running_language, session.data_dir, self)
        style = self.style()
        self._add_page(
            self.school_page,
            self.tr("School"),
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
        )
        self._add_page(
            self.settings_page,
            self.tr("Settings"),
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setFixedWidth(max(180, width))

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self._restore_geometry()

    def _add_page(self, page: QWidget, title: str, icon: Any) -> None:
        item = QListWidgetItem(icon, title)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)
        self.stack.addWidget(page)
        number = self.nav.count()
        if number <= 9:
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            row = number - 1
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.addAction(action)

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&System"))
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action.setStatusTip(self.tr("Close the data and return to the unlock screen"))
        self.sign_out_action.triggered.connect(self.request_sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.request_quit)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(MAIN_WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            size = DEFAULT_SIZE
            if screen is not None:
                size = size.boundedTo(screen.size() * 0.95)
            self.resize(size)

    # -- data ------------------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the school profile on the worker, then fill the header and the school page."""
        self.worker.submit(
            self.session.school_profile,
            on_done=self._on_profile_loaded,
            on_error=lambda exc: messages.show_error(self, exc),
            context=self,
        )

    def _on_profile_loaded(self, profile: SchoolProfile) -> None:
        self.school_page.set_profile(profile)
        self._show_profile(profile)

    def _show_profile(self, profile: SchoolProfile) -> None:
        self.school_label.setText(profile.school_name)

    # -- leaving ---------------------------------------------------------------------------------

    def _may_leave(self) -> bool:
        if not self.school_page.has_unsaved_changes():
            return True
        return messages.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("The school information has changes that are not saved. Discard them?"),
        )

    def request_sign_out(self) -> None:
        if self._leaving or not self._may_leave():
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
        self.session = None
        self.school_page.session = None
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._leaving:
            event.accept()
            return
        event.ignore()
        self.request_quit()
