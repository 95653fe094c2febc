"""Renders every screen at the size of an old office monitor (1366x768) and saves PNGs.

The images go to ``$KIMBAI_SCREENSHOTS`` (or ``$KIMBAI_SHOTS_DIR``) when set (e.g. /tmp/shots, to look at them), else to the
test's temporary folder. The test also checks that nothing forces a horizontal scroll bar.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QMessageBox, QWidget

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.setup_wizard import SetupWizard
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import type_text
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KIMBAI_SCREENSHOTS") or os.environ.get("KIMBAI_SHOTS_DIR")
                  or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    return target


def save(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()  # let pending layout requests settle before grabbing
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 0


def test_wizard_screens(qtbot, worker, data_dir, shots) -> None:
    wizard = SetupWizard(data_dir, worker, today=date(2024, 9, 5))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    save(wizard, shots, "wizard-1-welcome")
    wizard.next()
    form = wizard.school_page.form
    wizard.next()  # empty fields: messages beside each
    save(wizard, shots, "wizard-2-school-errors")
    for name, value in {
        "school_name": "Trường Tiểu học Hòa Bình",
        "superior_body": "UBND xã Hòa Bình",
        "place_name": "Hòa Bình",
        "principal_name": "Nguyễn Thị Hương",
        "document_symbol": "THHB",
    }.items():
        type_text(form.fields[name], value)
    save(wizard, shots, "wizard-2-school")
    wizard.next()
    page = wizard.account_page
    type_text(page.password, "ngắn")
    wizard.next()
    save(wizard, shots, "wizard-3-account-errors")
    type_text(page.password, PASSWORD)
    type_text(page.confirm, PASSWORD)
    page.set_busy(True)
    save(wizard, shots, "wizard-3-account-busy")
    page.set_busy(False)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=20_000)
    save(wizard, shots, "wizard-4-recovery-key")
    assert wizard.width() <= 1366 and wizard.height() <= 768


def test_unlock_screens(qtbot, worker, data_dir, shots) -> None:
    make_school(data_dir)
    dialog = UnlockDialog(data_dir, worker, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save(dialog, shots, "unlock-1-empty")
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, "sai")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    save(dialog, shots, "unlock-2-wrong-password")


def test_main_window_screens(qtbot, worker, data_dir, shots) -> None:
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        window = MainWindow(session, worker, AppSettings(), "vi")
        qtbot.addWidget(window)
        window.load()
        window.show()
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=10_000)
        window.workspace.show_page(window.school_page)
        save(window, shots, "main-1-school")
        type_text(window.school_page.form.fields["school_year"], "2024")
        window.school_page.save()
        qtbot.waitUntil(lambda: not window.school_page.saving, timeout=10_000)
        save(window, shots, "main-2-school-error")
        window.workspace.show_page(window.settings_page)
        assert window.stack.currentWidget() is window.settings_page
        save(window, shots, "main-3-settings")
        assert window.width() == 1366 and window.height() == 768
        window.dispose()
    finally:
        session.close()


def no_sideways_scrolling(root: QWidget) -> None:
    """No visible scroll area scrolls sideways, and nothing asks for more width than it has."""
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), area
    assert root.minimumSizeHint().width() <= root.width(), root


def test_principal_pages_screens(qtbot, worker, data_dir, shots) -> None:
    """The principal's window on the demo school at 1366x768: the overview, the register and the
    settings, whose options (auto-lock, clipboard, backups, reviews, deadlines, holidays) scroll."""
    from tests.gui.test_training_support import idle, open_demo

    session = open_demo(data_dir)
    try:
        window = MainWindow(session, worker, AppSettings(), "vi")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=10_000)
        workspace = window.workspace
        overview = workspace.overview_page
        assert window.stack.currentWidget() is overview  # what the principal sees first
        qtbot.waitUntil(lambda: not overview.loading, timeout=15_000)
        idle(qtbot, worker)
        no_sideways_scrolling(window)
        save(window, shots, "principal-1-overview")

        register = workspace.register_page
        workspace.show_page(register)
        qtbot.waitUntil(lambda: register.model.rowCount() > 0, timeout=15_000)
        idle(qtbot, worker)
        no_sideways_scrolling(window)
        save(window, shots, "principal-2-register")

        settings = window.settings_page
        workspace.show_page(settings)
        qtbot.waitUntil(lambda: settings.preferences.loaded is not None, timeout=10_000)
        idle(qtbot, worker)
        no_sideways_scrolling(window)
        save(window, shots, "principal-3-settings")
        bar = settings.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        save(window, shots, "principal-4-settings-options")
        assert window.width() == 1366 and window.height() == 768
        window.dispose()
    finally:
        session.close()


def composite(window: QWidget, dialog: QWidget, folder: Path, name: str) -> None:
    """The window with a dialog painted over its centre, as the user sees them together."""
    from PySide6.QtGui import QPainter

    QCoreApplication.processEvents()
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    x = (picture.width() - over.width()) // 2
    y = (picture.height() - over.height()) // 2
    painter.fillRect(x - 2, y - 2, over.width() + 4, over.height() + 4, Qt.GlobalColor.darkGray)
    painter.drawPixmap(x, y, over)
    painter.end()
    assert picture.save(str(folder / f"{name}.png"))


def test_accounts_audit_lock_and_restore_screens(qtbot, data_dir, make_controller, shots) -> None:
    from kimbai_desktop.domain.access import AuditAction
    from kimbai_desktop.services.backup import auto_backup
    from tests.gui.helpers import add_staff, sign_in

    make_school(data_dir)
    add_staff(data_dir)
    setup = unlock(data_dir, USERNAME, PASSWORD)
    try:
        for i in range(30):
            setup.audit(AuditAction.VIEW, "pupil", 10 + i % 4)
        auto_backup(setup, "test")
    finally:
        setup.close()
    controller = make_controller(data_dir)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    window.resize(1366, 768)
    settings = window.settings_page
    window.workspace.show_page(settings)
    qtbot.waitUntil(lambda: len(settings.accounts.accounts) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: settings.preferences.loaded is not None, timeout=10_000)
    settings.accounts.select(settings.accounts.accounts[-1].id)
    save(window, shots, "accounts-1-section")
    bar = settings.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    save(window, shots, "accounts-2-options")

    settings.accounts.add_button.click()
    dialog = settings.accounts.current_dialog
    type_text(dialog.full_name, "Phạm Thị Hoa")
    type_text(dialog.username, "gv.lan")
    type_text(dialog.password, "ngắn")
    dialog.submit()
    save(dialog, shots, "accounts-3-add-dialog-errors")
    type_text(dialog.password, "mật khẩu của Hoa 1")
    type_text(dialog.confirm, "mật khẩu của Hoa 1")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    save(dialog, shots, "accounts-4-add-dialog-name-taken")
    composite(window, dialog, shots, "accounts-5-add-dialog-over-window")
    assert dialog.height() <= 768
    messages.set_next_answer(QMessageBox.StandardButton.Discard)  # a name was typed: asked
    dialog.reject()
    qtbot.waitUntil(lambda: settings.accounts.current_dialog is None, timeout=5000)

    window.change_password_action.trigger()
    change = window.session_actions.current_dialog
    save(change, shots, "accounts-6-change-password")
    change.reject()

    audit = window.audit_page
    window.workspace.show_page(audit)
    qtbot.waitUntil(
        lambda: audit.model.rowCount() > 30 and bool(audit.head_field.text()), timeout=10_000
    )
    audit.verify()
    qtbot.waitUntil(lambda: not audit.checking, timeout=10_000)
    save(window, shots, "audit-1-page")
    type_text(audit.since.edit, "32/13/2024")
    audit.apply_filter()
    save(window, shots, "audit-2-bad-date")
    audit.since.clear()

    window.restore_action.trigger()
    restore = window.session_actions.current_dialog
    qtbot.waitUntil(lambda: not restore.loading, timeout=20_000)
    save(restore, shots, "restore-1-list")
    restore.go_to_confirm()
    save(restore, shots, "restore-2-confirm")
    composite(window, restore, shots, "restore-3-confirm-over-window")
    assert restore.width() <= 1366 and restore.height() <= 768
    restore.reject()

    window.lock_action.trigger()
    unlock_dialog = controller.unlock_dialog
    qtbot.waitExposed(unlock_dialog)
    save(window, shots, "lock-1-blank-window")
    composite(window, unlock_dialog, shots, "lock-2-unlock-over-blank-window")
    unlock_dialog.forgot_password()
    forgot = unlock_dialog.forgot_dialog
    type_text(forgot.key, "ABCD-EFGH-1234")
    forgot.submit()
    save(forgot, shots, "lock-3-forgot-password")
    for widget in (window, forgot):
        assert widget.width() <= 1366 and widget.height() <= 768
