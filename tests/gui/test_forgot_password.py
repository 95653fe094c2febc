"""The "Quên mật khẩu?" link of the unlock dialog: the recovery key gives the principal a new
password; wrong keys and non-principal accounts get plain Vietnamese messages beside the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kimbai_desktop.gui.forgot_password_dialog import ForgotPasswordDialog
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from tests.gui.helpers import STAFF_PASSWORD, TEACHER, add_staff, type_text
from tests.helpers import USERNAME, make_school

NEW_PASSWORD = "một mật khẩu mới dài"  # noqa: S105 - test data


@pytest.fixture
def recovery_key(data_dir: Path) -> str:
    key = make_school(data_dir)
    add_staff(data_dir)
    return key


def open_forgot(qtbot, data_dir, worker, username: str = USERNAME):
    unlock = UnlockDialog(data_dir, worker, username)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.waitExposed(unlock)
    qtbot.mouseClick(unlock.forgot_button, Qt.MouseButton.LeftButton)
    dialog = unlock.forgot_dialog
    assert isinstance(dialog, ForgotPasswordDialog) and dialog.isVisible()
    return unlock, dialog


def fill(dialog, key: str, username: str = USERNAME) -> None:
    type_text(dialog.username, username)
    type_text(dialog.key, key)
    type_text(dialog.password, NEW_PASSWORD)
    type_text(dialog.confirm, NEW_PASSWORD)


def test_recovery_key_sets_a_new_password(qtbot, data_dir, worker, recovery_key) -> None:
    unlock, dialog = open_forgot(qtbot, data_dir, worker)
    assert dialog.heading.text() == "Quên mật khẩu?"
    assert dialog.username.text() == USERNAME
    assert dialog.focusWidget() is dialog.key
    # typed back from paper: lower case, spaces instead of dashes
    fill(dialog, recovery_key.lower().replace("-", " "))
    assert "52/52" in dialog.boxes["recovery_key"].hint.text()
    dialog.submit()
    qtbot.waitUntil(lambda: unlock.forgot_dialog is None, timeout=15_000)
    assert unlock.username.text() == USERNAME
    assert unlock.notice.text() == (
        f"Đã đặt mật khẩu mới cho tài khoản {USERNAME}. Hãy đăng nhập bằng mật khẩu đó."
    )
    assert unlock.focusWidget() is unlock.password
    type_text(unlock.password, NEW_PASSWORD)
    with qtbot.waitSignal(unlock.unlocked, timeout=15_000) as blocker:
        unlock.submit()
    session = blocker.args[0]
    assert session.user.username == USERNAME
    out: list[bool] = []
    worker.submit(session.close, on_done=lambda _r: out.append(True))
    qtbot.waitUntil(lambda: bool(out), timeout=5000)


def test_a_short_key_is_caught_before_checking(qtbot, data_dir, worker, recovery_key) -> None:
    _unlock, dialog = open_forgot(qtbot, data_dir, worker)
    fill(dialog, recovery_key[:20])
    dialog.submit()
    assert not dialog.busy
    assert dialog.field_error("recovery_key").startswith(
        "Mã khôi phục có 13 nhóm, mỗi nhóm 4 ký tự (tổng cộng 52)"
    )


def test_wrong_key_is_explained_beside_the_key(qtbot, data_dir, worker, recovery_key) -> None:
    _unlock, dialog = open_forgot(qtbot, data_dir, worker)
    wrong = "-".join(["ABCD"] * 13)
    fill(dialog, wrong)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.field_error("recovery_key").startswith("Mã khôi phục không đúng.")
    assert dialog.isVisible() and dialog.focusWidget() is dialog.key


def test_not_a_principal_account(qtbot, data_dir, worker, recovery_key) -> None:
    _unlock, dialog = open_forgot(qtbot, data_dir, worker, TEACHER[0])
    fill(dialog, recovery_key, TEACHER[0])
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.field_error("username").startswith(
        "Mã khôi phục chỉ đặt được mật khẩu mới cho tài khoản hiệu trưởng."
    )
    # the teacher's own password still works
    from kimbai_desktop.services.session import unlock as unlock_data

    unlock_data(data_dir, TEACHER[0], STAFF_PASSWORD).close()


def test_unknown_account(qtbot, data_dir, worker, recovery_key) -> None:
    _unlock, dialog = open_forgot(qtbot, data_dir, worker, "khongco")
    fill(dialog, recovery_key, "khongco")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    assert dialog.field_error("username") == (
        "Không có tài khoản nào tên như vậy. Hãy kiểm tra lại tên tài khoản hiệu trưởng."
    )


def test_cancel_clears_the_secrets(qtbot, data_dir, worker, recovery_key) -> None:
    unlock, dialog = open_forgot(qtbot, data_dir, worker)
    fill(dialog, recovery_key)
    left: list[str] = []
    dialog.finished.connect(
        lambda _r: left.append(dialog.key.text() + dialog.password.text() + dialog.confirm.text())
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert left == [""]
    qtbot.waitUntil(lambda: unlock.forgot_dialog is None, timeout=5000)
    assert unlock.isVisible() and not unlock.notice.isVisibleTo(unlock)
