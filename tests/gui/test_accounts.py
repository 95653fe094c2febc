"""Accounts in Settings (principal): add, change, set a new password, deactivate and reactivate,
remove access; service errors beside the fields or as plain messages; the new account unlocks.
Everyone: change my password. Principal: the options and a new recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import AccountDisabled
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.account_dialog import AccountDialog
from kimbai_desktop.gui.recovery_key_dialog import RecoveryKeyDialog
from kimbai_desktop.gui.reset_password_dialog import ResetPasswordDialog
from kimbai_desktop.services.keys import WrongRecoveryKey, reset_password_with_recovery
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import STAFF_PASSWORD, TEACHER, add_staff, sign_in, type_text
from tests.helpers import PASSWORD, USERNAME, make_school

NEW_PASSWORD = "mật khẩu mới của Hoa 2"  # noqa: S105 - test data
YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    add_staff(data_dir)
    return data_dir


@pytest.fixture
def principal(qtbot, school, make_controller):
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    window.workspace.show_page(window.settings_page)
    section = window.settings_page.accounts
    qtbot.waitUntil(lambda: len(section.accounts) == 3, timeout=10_000)
    return controller, section


def state_of(section, username: str) -> str:
    row = next(i for i, a in enumerate(section.accounts) if a.username == username)
    return section.table.item(row, 3).text()


def select(section, username: str) -> None:
    section.select(next(a.id for a in section.accounts if a.username == username))


def wait_closed(qtbot, section) -> None:
    qtbot.waitUntil(lambda: section.current_dialog is None, timeout=10_000)


def test_the_list_shows_names_roles_and_states(principal) -> None:
    _controller, section = principal
    rows = [
        [section.table.item(r, c).text() for c in range(4)] for r in range(section.table.rowCount())
    ]
    assert ["Trần Thị Lan", "gv.lan", "Giáo viên", "Đang hoạt động"] in rows
    assert ["Nguyễn Thị Thử", USERNAME, "Hiệu trưởng", "Đang hoạt động"] in rows
    headers = [section.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Họ và tên", "Tên tài khoản", "Vai trò", "Trạng thái"]


def test_add_reset_deactivate_and_the_new_account_unlocks(qtbot, principal, school) -> None:
    controller, section = principal
    section.add_button.click()
    dialog = section.current_dialog
    assert isinstance(dialog, AccountDialog) and dialog.isVisible()
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "Hiệu trưởng",
        "Tư vấn / phụ trách bảo vệ trẻ em",
        "Giáo viên",
        "Xem báo cáo",
    ]
    assert dialog.chosen_role() is Role.TEACHER
    dialog.submit()  # nothing typed: messages beside each field, no service call
    assert dialog.field_error("full_name") == "Hãy nhập họ và tên người dùng tài khoản."
    assert dialog.field_error("username").startswith("Hãy nhập tên tài khoản")
    type_text(dialog.full_name, "Phạm Thị Hoa")
    type_text(dialog.username, TEACHER[0])  # already taken: the service says so
    type_text(dialog.password, NEW_PASSWORD)
    type_text(dialog.confirm, NEW_PASSWORD + "x")
    dialog.submit()
    assert "không giống nhau" in dialog.field_error("confirm")
    type_text(dialog.confirm, NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.field_error("username") == "Tên tài khoản này đã được dùng. Hãy chọn tên khác."
    type_text(dialog.username, "gv.hoa")
    left: list[str] = []
    dialog.finished.connect(lambda _r: left.append(dialog.password.text() + dialog.confirm.text()))
    dialog.submit()
    wait_closed(qtbot, section)
    qtbot.waitUntil(lambda: len(section.accounts) == 4, timeout=10_000)
    assert section.selected().username == "gv.hoa"
    assert section.status.text() == "Đã thêm tài khoản."
    assert left == [""]  # passwords never stay in a closed dialog

    section.reset_button.click()
    reset = section.current_dialog
    assert isinstance(reset, ResetPasswordDialog)
    assert "Phạm Thị Hoa (gv.hoa)" in reset.intro.text()
    type_text(reset.password, STAFF_PASSWORD + "!")
    type_text(reset.confirm, STAFF_PASSWORD + "!")
    reset.submit()
    wait_closed(qtbot, section)
    assert "Phạm Thị Hoa" in section.status.text()

    messages.set_next_answer(YES)
    section.active_button.click()
    qtbot.waitUntil(lambda: state_of(section, "gv.hoa") == "Đã khóa", timeout=10_000)
    assert messages.history[-1][1] == "Khóa tài khoản"
    assert section.active_button.text() == "Mở &lại"
    with pytest.raises(AccountDisabled):
        unlock(school, "gv.hoa", STAFF_PASSWORD + "!").close()
    section.active_button.click()  # reactivating asks nothing
    qtbot.waitUntil(lambda: state_of(section, "gv.hoa") == "Đang hoạt động", timeout=10_000)

    controller.main_window.lock_action.trigger()
    sign_in(qtbot, controller, "gv.hoa", STAFF_PASSWORD + "!")
    assert "Phạm Thị Hoa (Giáo viên)" in controller.main_window.user_label.text()


def test_edit_and_the_last_principal_rule(qtbot, principal) -> None:
    _controller, section = principal
    select(section, TEACHER[0])
    section.edit_button.click()
    dialog = section.current_dialog
    assert isinstance(dialog, AccountDialog) and dialog.username.isHidden()
    assert dialog.full_name.text() == TEACHER[1]
    type_text(dialog.full_name, "Trần Thị Lan Anh")
    dialog.set_role(Role.COUNSELLOR)
    dialog.submit()
    wait_closed(qtbot, section)
    qtbot.waitUntil(
        lambda: any(a.full_name == "Trần Thị Lan Anh" for a in section.accounts), timeout=10_000
    )
    changed = next(a for a in section.accounts if a.username == TEACHER[0])
    assert changed.role is Role.COUNSELLOR

    select(section, USERNAME)
    section.edit_button.click()
    dialog = section.current_dialog
    dialog.set_role(Role.TEACHER)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.page_error.message().startswith(
        "Nhà trường phải luôn có ít nhất một tài khoản hiệu trưởng"
    )
    messages.set_next_answer(QMessageBox.StandardButton.Discard)  # the role was changed: asked
    dialog.reject()
    wait_closed(qtbot, section)


def test_own_account_cannot_be_deactivated(qtbot, principal) -> None:
    _controller, section = principal
    select(section, USERNAME)
    messages.set_next_answer(YES)
    section.active_button.click()
    qtbot.waitUntil(lambda: not section.busy, timeout=10_000)
    kind, title, text = messages.history[-1]
    assert kind == "critical" and title == "Tài khoản"
    assert text.startswith("Bạn không thể khóa hoặc xóa quyền truy cập của chính mình")
    assert state_of(section, USERNAME) == "Đang hoạt động"


def test_remove_access_says_history_stays(qtbot, principal, school) -> None:
    _controller, section = principal
    select(section, TEACHER[0])
    messages.set_next_answer(QMessageBox.StandardButton.No)
    section.remove_button.click()
    question = messages.history[-1][2]
    assert "Lịch sử vẫn được giữ" in question and "Trần Thị Lan (gv.lan)" in question
    assert state_of(section, TEACHER[0]) == "Đang hoạt động"
    messages.set_next_answer(YES)
    section.remove_button.click()
    qtbot.waitUntil(
        lambda: state_of(section, TEACHER[0]) == "Đã xóa quyền truy cập", timeout=10_000
    )
    select(section, TEACHER[0])
    assert not section.active_button.isEnabled() and not section.remove_button.isEnabled()
    assert "Hãy đặt lại mật khẩu trước" in section.active_button.toolTip()


def test_change_my_password(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, TEACHER[0], STAFF_PASSWORD)
    window = controller.main_window
    window.change_password_action.trigger()
    dialog = window.session_actions.current_dialog
    assert dialog is not None and dialog.heading.text() == "Đổi mật khẩu của tôi"
    type_text(dialog.old_password, "không phải mật khẩu")
    type_text(dialog.password, NEW_PASSWORD)
    type_text(dialog.confirm, NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.field_error("old_password") == "Mật khẩu hiện tại không đúng."
    type_text(dialog.old_password, STAFF_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: window.session_actions.current_dialog is None, timeout=10_000)
    assert messages.history[-1][0] == "information"
    unlock(school, TEACHER[0], NEW_PASSWORD).close()


def test_options_saved_by_the_principal_apply_at_once(qtbot, principal) -> None:
    controller, _section = principal
    prefs = controller.main_window.settings_page.preferences
    qtbot.waitUntil(lambda: prefs.loaded is not None, timeout=10_000)
    assert not prefs.save_button.isEnabled()
    prefs.spins["auto_lock_minutes"].setValue(3)
    prefs.spins["clipboard_clear_seconds"].setValue(10)
    prefs.daily.setChecked(False)
    assert prefs.save_button.isEnabled()
    prefs.save_button.click()
    qtbot.waitUntil(lambda: prefs.status.text() == "Đã lưu tùy chọn.", timeout=10_000)
    assert controller.idle.timeout.total_seconds() == 180
    assert controller.clipboard.seconds == 10
    assert not controller.backup_timer.isActive()


def test_review_schedule_and_holidays_are_set_in_the_options(qtbot, principal) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from kimbai_desktop.services.preferences import load_preferences

    controller, _section = principal
    prefs = controller.main_window.settings_page.preferences
    qtbot.waitUntil(lambda: prefs.loaded is not None, timeout=10_000)
    prefs.spins["review_interval_days"].setValue(90)
    box: QPlainTextEdit = prefs.holidays
    box.setPlainText("17/2/2026\n18/02/2026, 19/02/2026\n")
    prefs.save_button.click()
    qtbot.waitUntil(lambda: not prefs.saving, timeout=10_000)
    stored = load_preferences(controller.session)
    assert stored.review_interval_days == 90
    assert stored.holidays == ("2026-02-17", "2026-02-18", "2026-02-19")
    assert box.toPlainText() == "17/02/2026\n18/02/2026\n19/02/2026"
    assert "16/02-20/02" in prefs.public_days.text() or "2026" not in prefs.public_days.text()
    prefs.workdays.setPlainText("14/3/2026")  # a Saturday worked
    prefs.save_button.click()
    qtbot.waitUntil(lambda: not prefs.saving, timeout=10_000)
    assert load_preferences(controller.session).workdays == ("2026-03-14",)
    prefs.workdays.setPlainText("18/02/2026")  # already a day off: refused beside the box
    prefs.save_button.click()
    qtbot.waitUntil(lambda: not prefs.saving, timeout=10_000)
    assert prefs.errors["workdays"].message()
    assert load_preferences(controller.session).workdays == ("2026-03-14",)
    box.setPlainText("30/02/2026")  # not a date: the message appears beside the box
    prefs.save_button.click()
    qtbot.waitUntil(lambda: not prefs.saving, timeout=10_000)
    assert prefs.errors["holidays"].message()


def test_new_recovery_key_is_shown_once(qtbot, principal, school) -> None:
    controller, _section = principal
    window = controller.main_window
    old_key_check = "0000-" * 12 + "0000"
    messages.set_next_answer(QMessageBox.StandardButton.No)
    window.recovery_key_action.trigger()
    assert window.session_actions.current_dialog is None  # declined: nothing changed
    messages.set_next_answer(YES)
    window.recovery_key_action.trigger()
    qtbot.waitUntil(
        lambda: isinstance(window.session_actions.current_dialog, RecoveryKeyDialog),
        timeout=10_000,
    )
    dialog = window.session_actions.current_dialog
    key = dialog.page._key
    assert len(key.split("-")) == 13
    assert dialog.page.key_label.text().replace("\n", "-") == key
    assert "Trường Tiểu học Thử Nghiệm" in dialog.page.print_html()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # not confirmed yet: it stays
    assert dialog.isVisible() and messages.history[-1][0] == "warning"
    dialog.page.saved_check.setChecked(True)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.session_actions.current_dialog is None, timeout=5000)

    with pytest.raises(WrongRecoveryKey):
        reset_password_with_recovery(school, old_key_check, USERNAME, NEW_PASSWORD)
    reset_password_with_recovery(school, key, USERNAME, NEW_PASSWORD)
    unlock(school, USERNAME, NEW_PASSWORD).close()


def test_a_key_slot_added_by_hand_is_shown_and_never_usable(qtbot, school, make_controller):
    """An insider adds a slot of their own to kimbai.keys: the principal sees it in Settings."""
    from kimbai_desktop.services.slots import UnknownKeyslot
    from kimbai_desktop.storage.database import DataFolder
    from kimbai_desktop.storage.keyslots import KeyslotFile

    path = DataFolder(school).keys_path
    keys = KeyslotFile.load(path)
    key = keys.unwrap_account(USERNAME, PASSWORD)
    original = list(keys.slots)
    ghost = keys.add_slot(keys.account_tag(TEACHER[0]), "ghost-secret-1", key)
    keys.slots = [ghost, *original]
    keys.save(path, key)
    with pytest.raises(UnknownKeyslot):
        unlock(school, TEACHER[0], "ghost-secret-1")
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    window.workspace.show_page(window.settings_page)
    section = window.settings_page.accounts
    qtbot.waitUntil(lambda: section.stray.isVisibleTo(section), timeout=10_000)
    assert section.stray.text().startswith("Tệp khóa đang có 1 khe khóa không thuộc tài khoản nào")
    window.grab().save("/tmp/i14-stray-slot.png")
