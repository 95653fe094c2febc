""""Ẩn tên" is one switch for the whole window (issue 18, point 3): with it on, no page shows a
child's full name (the register, the case list and header, the overview's due items, the reports
page); Ctrl+H turns it on and off; it is remembered for the account in the encrypted database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.reports.catalogue import ReportKind
from kimbai_desktop.services.case_work import add_entry
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo
from kimbai_desktop.services.preferences import load_hide_names
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import Account, Case, CaseChild, Pupil, StaffMember
from tests.gui.helpers import run, shown_texts, sign_in


@pytest.fixture
def demo(data_dir: Path) -> Path:
    create_demo(data_dir)
    return data_dir


def children_names(data_dir: Path) -> tuple[set[str], int]:
    session = unlock(data_dir, DEMO_USERNAME, DEMO_PASSWORD)
    try:
        with session.db() as s:
            names = set(s.scalars(select(Pupil.full_name)))
            names |= set(s.scalars(select(CaseChild.full_name)))
            case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
            # a pupil may share a staff member's name (the staff list is not hidden: adults)
            adults = set(s.scalars(select(StaffMember.full_name)))
            adults |= set(s.scalars(select(Account.full_name)))
            child = s.scalars(select(CaseChild.full_name).where(CaseChild.case_id == case_id)
                              .order_by(CaseChild.id)).first()
        # free text that names the child: the chronology shows initials while names are hidden
        add_entry(session, case_id, EntryKind.NOTE, f"Đã gặp riêng {child} sau giờ học.")
    finally:
        session.close()
    return {n for n in names if n and n not in adults}, int(case_id)


def settle(qtbot, worker) -> None:
    """Wait until what the pages asked of the worker has arrived."""
    for _ in range(3):
        run(qtbot, worker, lambda: None)
        qtbot.wait(50)


def visible_names(window, names: set[str]) -> set[str]:
    text = "\n".join(shown_texts(window))
    return {n for n in names if n in text}


def test_one_switch_hides_every_childs_name_and_is_remembered(
        qtbot, demo, worker, make_controller) -> None:
    names, case_id = children_names(demo)
    controller = make_controller(demo)
    controller.start()
    sign_in(qtbot, controller, DEMO_USERNAME, DEMO_PASSWORD)
    window = controller.main_window
    window.resize(1366, 768)
    workspace = window.workspace
    settle(qtbot, worker)
    assert not workspace.hide_names_box.isChecked()

    # With names shown, the pages do show some (so the check below means something).
    workspace.show_page(workspace.register_page)
    settle(qtbot, worker)
    assert visible_names(window, names)

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert workspace.hide_names and workspace.hide_names_box.isChecked()
    for page in workspace.pages:
        workspace.show_page(page)
        settle(qtbot, worker)
        if page is workspace.register_page:
            page.table.selectRow(0)
            settle(qtbot, worker)
        if page is workspace.cases_page:
            page.show_case(case_id)
            settle(qtbot, worker)
            assert any("Đã gặp riêng" in t for t in shown_texts(page))  # the entry is shown
        if page is workspace.reports_page:
            page.choose(ReportKind.INTAKE)
            settle(qtbot, worker)
        found = visible_names(window, names)
        assert found == set(), type(page).__name__
        shots = os.environ.get("KIMBAI_SHOTS_DIR")
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(shots) / f"names-hidden-{type(page).__name__}.png"))

    # Remembered for this account, in the encrypted database.
    session = controller.session
    assert run(qtbot, worker, load_hide_names, session) is True

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not workspace.hide_names
    workspace.show_page(workspace.register_page)
    settle(qtbot, worker)
    assert visible_names(window, names)
    assert run(qtbot, worker, load_hide_names, session) is False
