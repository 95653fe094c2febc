"""Each role sees exactly the pages, sections and menu actions its permissions allow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import (
    COUNSELLOR,
    NAVIGATION,
    STAFF_PASSWORD,
    TEACHER,
    add_staff,
    navigation_titles,
    sign_in,
    tr,
)
from tests.helpers import PASSWORD, USERNAME, make_school

VIEWER = ("xem.bc", "Đỗ Văn Xem")


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    add_staff(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        add_account(session, VIEWER[0], VIEWER[1], Role.VIEWER, STAFF_PASSWORD)
    finally:
        session.close()
    return data_dir


EVERY_PAGE = {attribute for pages in NAVIGATION.values() for attribute, _ in pages}

CASES = {
    "principal": (
        USERNAME,
        PASSWORD,
        dict(accounts=True, backup=True, restore=True, recovery=True, edit_prefs=True),
        ["&System", "&Data", "&Help"],
    ),
    "counsellor": (
        COUNSELLOR[0],
        STAFF_PASSWORD,
        dict(accounts=False, backup=True, restore=False, recovery=False, edit_prefs=False),
        ["&System", "&Data", "&Help"],
    ),
    "teacher": (
        TEACHER[0],
        STAFF_PASSWORD,
        dict(accounts=False, backup=False, restore=False, recovery=False, edit_prefs=False),
        ["&System", "&Help"],
    ),
    "viewer": (
        VIEWER[0],
        STAFF_PASSWORD,
        dict(accounts=False, backup=False, restore=False, recovery=False, edit_prefs=False),
        ["&System", "&Help"],
    ),
}


def shortcut(workspace: QWidget, number: int) -> QShortcut:
    keys = QKeySequence(f"Ctrl+{number}")
    found = [s for s in workspace.findChildren(QShortcut) if s.key() == keys]
    assert len(found) == 1, number
    return found[0]


def test_every_role_is_tried() -> None:
    assert set(CASES) == set(NAVIGATION) == {role.value for role in Role}


@pytest.mark.parametrize("who", list(CASES))
def test_each_role_sees_what_it_may(qtbot, school, make_controller, who) -> None:
    username, password, allowed, menus = CASES[who]
    navigation = NAVIGATION[who]
    controller = make_controller(school)
    controller.start()
    sign_in(qtbot, controller, username, password)
    window = controller.main_window
    workspace = window.workspace
    assert window.page_titles() == navigation_titles(who)
    pages = [getattr(workspace, attribute) for attribute, _ in navigation]
    assert all(page is not None for page in pages)
    assert [workspace.stack.widget(row) for row in range(workspace.stack.count())] == pages
    for attribute in EVERY_PAGE - {attribute for attribute, _ in navigation}:
        assert getattr(workspace, attribute, None) is None, attribute  # not built at all
    assert window.audit_page is workspace.audit_page
    settings = window.settings_page
    assert settings is workspace.settings_page
    assert (settings.accounts is not None) is allowed["accounts"]
    assert window.backup_action.isVisible() is allowed["backup"]
    assert window.backup_action.isEnabled() is allowed["backup"]
    assert window.restore_action.isVisible() is allowed["restore"]
    assert window.recovery_key_action.isVisible() is allowed["recovery"]
    assert window.change_password_action.isVisible()
    assert window.lock_action.isEnabled()
    assert window.menu_titles() == [tr("MainWindow", menu) for menu in menus]
    prefs = settings.preferences
    qtbot.waitUntil(lambda: prefs.loaded is not None, timeout=10_000)
    assert prefs.spins["auto_lock_minutes"].value() == 5
    assert prefs.spins["auto_lock_minutes"].isEnabled() is allowed["edit_prefs"]
    assert prefs.save_button.isVisibleTo(prefs) is allowed["edit_prefs"]
    assert window.school_page.can_edit is (who == "principal")
    # the shortcuts follow the pages: Ctrl+1 the first one, Ctrl+2 the second..., from the last
    for number in reversed(range(1, len(pages) + 1)):
        shortcut(workspace, number).activated.emit()
        assert workspace.stack.currentWidget() is pages[number - 1], number
        assert workspace.nav.currentRow() == number - 1


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
