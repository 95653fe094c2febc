"""Locking the screen (Ctrl+L) and idle auto-lock: the window goes blank at once, the session is
closed (no decrypted engine remains), and any account can unlock and gets its own role's view."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.services.audit_log import AuditFilter, list_events
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import (
    STAFF_PASSWORD,
    TEACHER,
    add_staff,
    shown_texts,
    sign_in,
)
from tests.helpers import PASSWORD, USERNAME, make_school

SECRETS = ("Trường Tiểu học Thử Nghiệm", "Nguyễn Thị Thử", "Trần Thị Lan")


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    add_staff(data_dir)
    return data_dir


def assert_blank(window) -> None:
    assert window.locked and window.workspace is None and window.session is None
    assert window.school_page is None and window.audit_page is None
    assert not window.menuBar().isVisible()
    texts = "\n".join(shown_texts(window))
    for secret in SECRETS:
        assert secret not in texts
    assert window.windowTitle() == "KimBai Desktop"


def test_ctrl_l_locks_and_another_account_unlocks(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    session = controller.session
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.sign_out_action.shortcut().toString() == "Ctrl+Shift+L"
    window.workspace.show_page(window.settings_page)
    qtbot.waitUntil(lambda: len(window.settings_page.accounts.accounts) == 3, timeout=10_000)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_blank(window)  # at once, before the worker has closed anything
    assert controller.session is None
    qtbot.waitUntil(lambda: session.closed, timeout=10_000)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    assert dialog.username.text() == USERNAME and dialog.password.text() == ""

    sign_in(qtbot, controller, TEACHER[0], STAFF_PASSWORD)
    assert controller.main_window is window  # the same window, rebuilt for the teacher
    assert "(Giáo viên)" in window.user_label.text()
    assert window.page_titles() == ["Báo tin vụ việc", "Nhà trường", "Cài đặt"]
    assert window.settings_page.accounts is None
    assert not window.backup_action.isVisible()

    check = unlock(school, USERNAME, PASSWORD)
    try:
        events = list_events(check, AuditFilter(action=AuditAction.LOCK))
        assert [e.actor for e in events] == [USERNAME]
    finally:
        check.close()


def test_quitting_from_a_locked_window_ends_the_program(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    controller.main_window.lock_action.trigger()
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.unlock_dialog.reject()
    assert blocker.args == [0]
    assert controller.main_window is None


def _input(window, kind: str) -> None:
    if kind == "key":
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    else:
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(10, 10),
            QPointF(10, 10),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QCoreApplication.sendEvent(window, event)


def test_idle_auto_lock_with_an_injected_clock(qtbot, school, make_controller) -> None:
    clock = FixedClock(datetime(2024, 9, 5, 8, 0, tzinfo=UTC))
    controller = make_controller(school, clock=clock)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    session = controller.session
    assert controller.idle.active and controller.idle.timeout.total_seconds() == 5 * 60

    clock.advance(minutes=4, seconds=59)
    assert not controller.idle.check_idle()
    _input(window, "key")  # typing counts as activity
    clock.advance(minutes=4)
    assert not controller.idle.check_idle()
    _input(window, "mouse")  # so does moving the mouse
    clock.advance(minutes=4, seconds=59)
    assert not controller.idle.check_idle()
    clock.advance(seconds=1)
    assert controller.idle.check_idle()

    assert_blank(window)
    qtbot.waitUntil(lambda: session.closed, timeout=10_000)
    assert controller.unlock_dialog is not None
    assert not controller.idle.active  # no second lock while the unlock dialog waits
    clock.advance(hours=1)
    assert not controller.idle.check_idle()

    sign_in(qtbot, controller, USERNAME, PASSWORD)
    assert controller.idle.active and window.audit_page is not None


def test_auto_lock_follows_the_saved_preference(qtbot, school, make_controller) -> None:
    from kimbai_desktop.services.preferences import Preferences, save_preferences

    setup = unlock(school, USERNAME, PASSWORD)
    try:
        save_preferences(setup, Preferences(auto_lock_minutes=2))
    finally:
        setup.close()
    clock = FixedClock()
    controller = make_controller(school, clock=clock)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    qtbot.waitUntil(lambda: controller.preferences.auto_lock_minutes == 2, timeout=10_000)
    clock.advance(minutes=2)
    assert controller.idle.check_idle()
    assert controller.main_window.locked


def test_sign_out_is_audited(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    session = controller.session
    controller.main_window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)
    assert session.closed and controller.main_window is None
    check = unlock(school, USERNAME, PASSWORD)
    try:
        assert list_events(check, AuditFilter(action=AuditAction.SIGN_OUT))
    finally:
        check.close()


def test_ctrl_l_works_inside_an_open_dialog(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    session = controller.session
    window.workspace.show_page(window.settings_page)
    section = window.settings_page.accounts
    section.add_button.click()
    dialog = section.current_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not dialog.isVisible()
    qtbot.waitUntil(lambda: session.closed, timeout=10_000)
