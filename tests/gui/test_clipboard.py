"""The clipboard guard: text copied from the application is cleared after the configured delay
(the timer is driven directly) and at lock, but never something another program put there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from kimbai_desktop.gui import clipboard
from kimbai_desktop.gui.clipboard import ClipboardGuard
from tests.gui.helpers import sign_in
from tests.helpers import PASSWORD, USERNAME, make_school

CANARY = "Nguyễn Văn Bảo Mật"


@pytest.fixture
def guard(qtbot):
    g = ClipboardGuard(30)
    QGuiApplication.clipboard().clear()
    yield g
    g.timer.stop()
    QGuiApplication.clipboard().clear()


def board() -> str:
    return QGuiApplication.clipboard().text()


def test_copied_text_is_cleared_when_the_timer_fires(guard) -> None:
    guard.set_seconds(12)
    guard.copy_sensitive(CANARY)
    assert board() == CANARY and guard.guarding
    assert guard.timer.isActive() and guard.timer.interval() == 12_000
    guard.timer.timeout.emit()  # the delay is over
    assert board() == "" and not guard.guarding


def test_text_from_another_program_is_left_alone(guard, monkeypatch) -> None:
    guard.copy_sensitive(CANARY)
    monkeypatch.setattr(guard, "_from_this_application", lambda: False)
    QGuiApplication.clipboard().setText("từ chương trình khác")
    assert not guard.guarding
    assert not guard.expire()
    assert board() == "từ chương trình khác"


def test_a_copy_from_a_text_field_is_guarded_too(qtbot, guard) -> None:
    edit = QLineEdit(CANARY)
    qtbot.addWidget(edit)
    edit.show()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # Ctrl+C
    assert board() == CANARY and guard.guarding
    assert guard.expire()
    assert board() == ""


def test_the_module_helper_uses_the_installed_guard(guard) -> None:
    clipboard.install(guard)
    try:
        clipboard.copy_sensitive(CANARY)
        assert guard.guarding
        assert guard.clear_now() and board() == ""
    finally:
        clipboard.install(None)


def test_lock_clears_the_clipboard(qtbot, data_dir: Path, make_controller) -> None:
    make_school(data_dir)
    controller = make_controller(data_dir)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    qtbot.waitUntil(lambda: controller.clipboard.seconds == 30, timeout=5000)
    clipboard.copy_sensitive(CANARY)
    assert board() == CANARY
    controller.main_window.lock_action.trigger()
    assert board() == ""
