"""The case view's part of sealed case files: the "sealed" marker, "Niêm phong hồ sơ" and the
holders button in the header, and the banner shown instead of the content to an account that
does not hold the case key (code, dates, status and deadlines stay visible)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.common import plain
from kimbai_desktop.gui.cases.holders_dialog import HoldersDialog
from kimbai_desktop.gui.cases.seal_dialogs import SealDialog
from kimbai_desktop.gui.icons import padlock_pixmap
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.services import sealed_files

MANAGERS = (Role.PRINCIPAL, Role.COUNSELLOR)


def recovery_key_after_seal(session: Any) -> tuple[str, str]:
    """On the worker, after a principal sealed a case: the sealed-file recovery key, made now if
    there is none yet (as at sign-in), and the school's name for its sheet."""
    secret = "" if sealed_files.has_recovery_key(session) else sealed_files.make_recovery_key(
        session)
    return secret, session.school_profile().school_name


class SealControls(QObject):
    """Owned by the case view (``view``): its ``_open``, ``reload_after_seal`` and ``detail``."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        colour = view.palette().color(QPalette.ColorRole.WindowText)
        self.marker_icon = QLabel(view)
        self.marker_icon.setPixmap(padlock_pixmap(colour, 18))
        self.marker = plain(QLabel(self.tr("Sealed"), view))
        self.marker.setObjectName("sealedMarker")
        self.marker.setStyleSheet("font-weight: bold;")
        self.marker.setToolTip(self.tr(
            "The content of this case file is locked with its own key: only the people it is "
            "given to can read it."))
        self.holders_button = QPushButton(self.tr("&Who may read it..."), view)
        self.holders_button.setToolTip(
            self.tr("The people who hold this sealed case file; give it or take it back"))
        self.holders_button.clicked.connect(self.show_holders)
        self.seal_button = QPushButton(self.tr("Seal the case &file..."), view)
        self.seal_button.setToolTip(self.tr(
            "Lock the content of this case file so that only the people it is given to can "
            "read it"))
        self.seal_button.clicked.connect(self.seal)

        self.banner = QFrame(view)
        self.banner.setObjectName("sealedBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#sealedBanner { background: #fff4d6; border: 1px solid #c99a2e; }")
        icon = QLabel(self.banner)
        icon.setPixmap(padlock_pixmap(colour, 28))
        self.banner_text = plain(QLabel(self.tr(
            "Sealed case file: only the people it is given to can read its content. If you need "
            "to read it, ask a person who holds the case file to share it."), self.banner))
        self.banner_text.setWordWrap(True)
        self.banner_text.setObjectName("sealedBannerText")
        font = self.banner_text.font()
        font.setBold(True)
        self.banner_text.setFont(font)
        self.banner_hint = hint_label(self.tr(
            "Its code, dates, status and deadlines are shown above. \"Who may read it\" lists "
            "the people who hold it."), self.banner)
        self.banner_holders = QPushButton(self.tr("Who &holds it..."), self.banner)
        self.banner_holders.clicked.connect(self.show_holders)
        texts = QVBoxLayout()
        texts.addWidget(self.banner_text)
        texts.addWidget(self.banner_hint)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 10, 12, 10)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        row.addWidget(self.banner_holders, 0, Qt.AlignmentFlag.AlignTop)
        self.clear()

    def header_widgets(self) -> list[QWidget]:
        return [self.marker_icon, self.marker]

    def clear(self) -> None:
        for widget in (self.marker_icon, self.marker, self.holders_button, self.seal_button,
                       self.banner):
            widget.setVisible(False)

    def show_detail(self, detail: Any) -> None:
        session = self.view.session
        manager = session is not None and session.user.role in MANAGERS
        self.marker_icon.setVisible(detail.sealed)
        self.marker.setVisible(detail.sealed)
        self.holders_button.setVisible(detail.sealed)
        self.seal_button.setVisible(manager and not detail.sealed)
        self.banner.setVisible(detail.sealed and not detail.can_read)

    # -- actions -----------------------------------------------------------------------------------

    def seal(self) -> None:
        if self.view.detail is None or self.view.detail.sealed:
            return
        dialog = SealDialog(self.view.session, self.view.worker, self.view.open_id,
                            self.view.detail.brief.restricted, self.view)
        dialog.succeeded.connect(lambda _r: self._sealed())
        self.view._open(dialog)

    def _sealed(self) -> None:
        self.view.reload_after_seal()
        session = self.view.session
        if session is not None and session.user.role == Role.PRINCIPAL:
            account_id = session.user.id
            self.view.worker.submit(recovery_key_after_seal, session,
                                    on_done=lambda r: self._offer_key(account_id, r),
                                    on_error=lambda exc: messages.show_error(self.view, exc),
                                    context=self.view)

    def _offer_key(self, account_id: int, result: tuple[str, str]) -> None:
        secret, school_name = result
        if not secret:
            return
        actions = getattr(self.view.window(), "session_actions", None)
        if actions is not None:  # in the main window: kept until confirmed printed
            actions.show_sealed_key(account_id, secret, school_name)
            return
        from kimbai_desktop.gui.recovery_key_dialog import SealedRecoveryKeyDialog

        dialog = SealedRecoveryKeyDialog(secret, school_name, date.today(), self.view)
        self.view._open(dialog)

    def show_holders(self) -> None:
        if self.view.detail is None:
            return
        detail = self.view.detail
        dialog = HoldersDialog(self.view.session, self.view.worker, detail.brief.id,
                               detail.brief.code, self.view)
        dialog.changed.connect(self.view.reload_after_seal)
        self.view._open(dialog)
        dialog.load()
