"""Each role sees exactly the pages, sections and menu actions its permissions allow."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.helpers import COUNSELLOR, STAFF_PASSWORD, TEACHER, add_staff, sign_in
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    add_staff(data_dir)
    return data_dir


CASES = {
    "principal": (
        USERNAME,
        PASSWORD,
        ["Tổng quan", "Hồ sơ vụ việc", "Sổ theo dõi", "Tập huấn, tuyên truyền", "Nhà trường",
         "Nhật ký truy cập", "Cài đặt"],
        dict(accounts=True, backup=True, restore=True, recovery=True, edit_prefs=True),
        ["&Hệ thống", "&Dữ liệu"],
    ),
    "counsellor": (
        COUNSELLOR[0],
        STAFF_PASSWORD,
        ["Tổng quan", "Hồ sơ vụ việc", "Sổ theo dõi", "Tập huấn, tuyên truyền", "Nhà trường",
         "Cài đặt"],
        dict(accounts=False, backup=True, restore=False, recovery=False, edit_prefs=False),
        ["&Hệ thống", "&Dữ liệu"],
    ),
    "teacher": (
        TEACHER[0],
        STAFF_PASSWORD,
        ["Báo tin vụ việc", "Nhà trường", "Cài đặt"],
        dict(accounts=False, backup=False, restore=False, recovery=False, edit_prefs=False),
        ["&Hệ thống"],
    ),
}


@pytest.mark.parametrize("who", list(CASES))
def test_each_role_sees_what_it_may(qtbot, school, make_controller, who) -> None:
    username, password, pages, allowed, menus = CASES[who]
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, username, password)
    window = controller.main_window
    assert window.page_titles() == pages
    assert (window.audit_page is not None) == ("Nhật ký truy cập" in pages)
    settings = window.settings_page
    assert (settings.accounts is not None) is allowed["accounts"]
    assert window.backup_action.isVisible() is allowed["backup"]
    assert window.backup_action.isEnabled() is allowed["backup"]
    assert window.restore_action.isVisible() is allowed["restore"]
    assert window.recovery_key_action.isVisible() is allowed["recovery"]
    assert window.change_password_action.isVisible()
    assert window.lock_action.isEnabled()
    assert window.menu_titles() == menus
    prefs = settings.preferences
    qtbot.waitUntil(lambda: prefs.loaded is not None, timeout=10_000)
    assert prefs.spins["auto_lock_minutes"].value() == 5
    assert prefs.spins["auto_lock_minutes"].isEnabled() is allowed["edit_prefs"]
    assert prefs.save_button.isVisibleTo(prefs) is allowed["edit_prefs"]
    assert window.school_page.can_edit is (who == "principal")
    # the shortcuts follow the pages: Ctrl+2 is the access log only for the principal
    window.workspace.nav.setCurrentRow(1)
    expected = window.audit_page if who == "principal" else settings
    assert window.workspace.stack.currentWidget() is expected


def test_a_teacher_cannot_trigger_hidden_actions(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, TEACHER[0], STAFF_PASSWORD)
    window = controller.main_window
    window.backup_action.trigger()
    window.restore_action.trigger()
    window.recovery_key_action.trigger()
    assert window.session_actions.current_dialog is None
    assert not window.session_actions.backing_up
