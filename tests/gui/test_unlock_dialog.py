"""The unlock dialog: wrong password inline, success returns the session, the countdown after
too many wrong passwords, and clear messages for a missing or damaged database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kimbai_desktop.domain.errors import UnlockThrottled, WrongPassword
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.throttle import FREE_ATTEMPTS
from tests.gui.helpers import type_text
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    return data_dir


def open_dialog(qtbot, data_dir: Path, worker: DbWorker, username: str = "") -> UnlockDialog:
    dialog = UnlockDialog(data_dir, worker, username)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def close_session(qtbot, worker: DbWorker, session) -> None:
    closed: list[bool] = []
    worker.submit(session.close, on_done=lambda _r: closed.append(True))
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)


def test_wrong_password_is_shown_inline_and_cleared(qtbot, school, worker) -> None:
    dialog = open_dialog(qtbot, school, worker)
    assert dialog.windowTitle() == "KimBai Desktop"
    assert dialog.focusWidget() is dialog.username
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, "sai mật khẩu")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.error.message().startswith("Tên tài khoản hoặc mật khẩu không đúng.")
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert dialog.isVisible() and dialog.session is None


def test_success_returns_the_session(qtbot, school, worker) -> None:
    dialog = open_dialog(qtbot, school, worker, username=USERNAME)
    assert dialog.focusWidget() is dialog.password
    type_text(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    session = blocker.args[0]
    assert session is dialog.session
    assert session.user.username == USERNAME
    assert dialog.password.text() == ""
    close_session(qtbot, worker, session)


def test_busy_state_while_unlocking(qtbot, school, worker) -> None:
    import threading

    gate = threading.Event()
    worker.submit(gate.wait, 10)  # keep the worker busy so the state can be seen
    dialog = open_dialog(qtbot, school, worker, username=USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    assert dialog.busy and not dialog.unlock_button.isEnabled()
    assert dialog.busy_bar.is_busy()
    dialog.reject()  # Esc is ignored while the password is being checked
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    close_session(qtbot, worker, dialog.session)


def test_throttle_shows_a_countdown(qtbot, school, worker) -> None:
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongPassword):
            unlock(school, USERNAME, "sai mật khẩu")
    with pytest.raises(UnlockThrottled) as info:
        unlock(school, USERNAME, PASSWORD)
    seconds = info.value.params["seconds"]

    dialog = open_dialog(qtbot, school, worker, username=USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.seconds_left > 0, timeout=10_000)
    assert not dialog.unlock_button.isEnabled()
    assert dialog.error.message() == (
        f"Đã nhập sai mật khẩu quá nhiều lần. Vui lòng chờ {dialog.seconds_left} giây rồi thử lại."
    )
    assert abs(dialog.seconds_left - seconds) <= 1
    start = dialog.seconds_left
    dialog.tick()
    assert f"chờ {start - 1} giây" in dialog.error.message()
    while dialog.seconds_left > 0:
        dialog.tick()
    assert dialog.unlock_button.isEnabled()
    assert dialog.error.message() == ""


def test_missing_database_is_explained(qtbot, data_dir, worker) -> None:
    dialog = open_dialog(qtbot, data_dir, worker, username=USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.error.message().startswith("Thư mục dữ liệu này chưa có cơ sở dữ liệu KimBai.")


def test_damaged_database_is_explained(qtbot, school, worker) -> None:
    db = school / "kimbai.db"
    raw = bytearray(db.read_bytes())
    for i in range(0, len(raw)):
        raw[i] ^= 0x5A
    db.write_bytes(bytes(raw))
    dialog = open_dialog(qtbot, school, worker, username=USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "bị hỏng" in dialog.error.message()
    assert dialog.session is None


def test_escape_closes(qtbot, school, worker) -> None:
    dialog = open_dialog(qtbot, school, worker)
    type_text(dialog.password, "gì đó")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.password.text() == ""
