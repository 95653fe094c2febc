"""The demo (``kimbai-desktop --demo``) signs in by itself, and its unlock and lock screens say how
to sign in again: a newcomer who locks the screen is never locked out. A real school's screens
never show such a note."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from kimbai_desktop.app import _start_demo
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_STAFF, DEMO_USERNAME
from tests.gui.helpers import shown_texts, sign_in
from tests.helpers import PASSWORD, USERNAME, make_school

NOTE = re.compile(r"Dữ liệu mẫu: tài khoản (\S+) / mật khẩu (\S+)")


def screen_text(controller) -> str:
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    return "\n".join(shown_texts(dialog))


def save_lock_screen(window, dialog) -> None:
    """The locked window with the unlock dialog centred on it, as the user sees them, into
    $KIMBAI_SHOTS_DIR when set (offscreen, each window is drawn on its own)."""
    shots = os.environ.get("KIMBAI_SHOTS_DIR")
    if not shots:
        return
    screen = window.grab()
    painter = QPainter(screen)
    inner = dialog.grab()
    painter.drawPixmap((screen.width() - inner.width()) // 2,
                       (screen.height() - inner.height()) // 2, inner)
    painter.end()
    Path(shots).mkdir(parents=True, exist_ok=True)
    assert screen.save(str(Path(shots) / "demo-lock-screen.png"))


def test_demo_lock_screen_shows_the_accounts_and_password(qtbot, tmp_path, worker,
                                                          make_controller) -> None:
    demo_dir = tmp_path / "demo"
    demo_dir.mkdir()
    controller = make_controller(demo_dir)
    _start_demo(controller, worker, demo_dir)  # as kimbai-desktop --demo does
    qtbot.waitUntil(lambda: controller.session is not None and controller.last_check is not None,
                    timeout=60_000)
    window = controller.main_window

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    text = screen_text(controller)
    match = NOTE.search(text)
    assert match, text
    account, password = match.groups()
    assert (account, password) == (DEMO_USERNAME, DEMO_PASSWORD)
    assert f"{DEMO_USERNAME} (Hiệu trưởng)" in text
    for username, _name, role in DEMO_STAFF:
        assert f"{username} ({role.vi})" in text
    save_lock_screen(window, controller.unlock_dialog)

    # Type what the screen shows: the principal's account opens again...
    dialog = controller.unlock_dialog
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, account)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.session is not None and not window.locked, timeout=15_000)
    assert controller.session.user.username == DEMO_USERNAME

    # ...and so does another listed account with the same password, with its own role.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert NOTE.search(screen_text(controller))
    teacher = next(u for u, _n, r in DEMO_STAFF if r is Role.TEACHER)
    sign_in(qtbot, controller, teacher, password)
    assert controller.session.user.role is Role.TEACHER


def test_a_real_school_shows_no_demo_note(qtbot, data_dir, make_controller) -> None:
    make_school(data_dir)
    controller = make_controller(data_dir)
    controller.start()
    assert controller.unlock_dialog.demo_note is None
    text = screen_text(controller)
    assert "Dữ liệu mẫu" not in text and DEMO_PASSWORD not in text
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    qtbot.keyClick(controller.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    text = screen_text(controller)
    assert controller.unlock_dialog.demo_note is None
    assert "Dữ liệu mẫu" not in text and DEMO_PASSWORD not in text
