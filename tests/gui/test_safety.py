"""The safe-environment tab of the training page, used as a counsellor would: the demo's check is
listed; the checklist is edited (a new item typed and added with Enter); a new check is recorded
with the results chosen from the keyboard and a note typed the Vietnamese way; an item not met
without a note is refused beside the field; what is stored is read back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kimbai_desktop.domain.safety import CheckResult
from kimbai_desktop.services import safety
from tests.gui.helpers import run, type_text
from tests.gui.test_training_support import idle, open_demo, show_page


@pytest.fixture
def session(data_dir):
    s = open_demo(data_dir)
    yield s
    s.close()


def test_the_checklist_and_a_check_are_recorded(qtbot, worker, session) -> None:
    page = show_page(qtbot, worker, session)
    page.resize(1366, 700)
    tab = page.safety
    page.tabs.setCurrentWidget(tab)
    idle(qtbot, worker)
    assert tab.tree.topLevelItemCount() == 1  # the demo's check of September
    assert "15/09/2024" in tab.status.text() and "⚠" in tab.status.text()  # one item not met
    page.grab().save("/tmp/i19-safety-tab.png")

    # the checklist: type a new item, Enter adds it (does not save), Enter again saves
    tab.list_button.click()
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    dialog = tab.dialog
    count = dialog.items.list.count()
    dialog.items.new.setFocus()
    type_text(dialog.items.new, "Camera ở cổng trường hoạt động")
    qtbot.keyClick(dialog.items.new, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.items.list.count() == count + 1
    dialog.grab().save("/tmp/i19-checklist-dialog.png")
    qtbot.keyClick(dialog.items.new, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    items = run(qtbot, worker, safety.list_items, session)
    assert items[-1].text == "Camera ở cổng trường hoạt động"

    # a new check (Ctrl+N): all met but the last, which is not met, first without a note
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=10_000)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    dialog = tab.dialog
    assert len(dialog.results.rows) == len(items)
    type_text(dialog.checked_by, "Nguyễn Văn Hiệu, Hiệu trưởng")
    last = dialog.results.rows[-1]
    last[2].setFocus()
    qtbot.keyClick(last[2], Qt.Key.Key_Down)  # "Đạt"
    qtbot.keyClick(last[2], Qt.Key.Key_Down)  # "Chưa đạt"
    dialog.all_met.click()
    dialog.grab().save("/tmp/i19-safety-check-dialog.png")
    qtbot.keyClick(dialog.checked_by, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.field_error("results")), timeout=10_000)
    assert dialog.isVisible()
    last[3].setFocus()
    type_text(last[3], "Camera hỏng từ tháng 2")
    qtbot.keyClick(dialog.checked_by, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    checks = run(qtbot, worker, safety.list_checks, session, "2024-2025")
    newest = checks[0]
    assert newest.checked_on == date(2025, 3, 20) and newest.checked_by.startswith("Nguyễn Văn")
    assert [r.result for r in newest.results].count(CheckResult.NOT_MET) == 1
    assert newest.results[-1].note == "Camera hỏng từ tháng 2"
    assert tab.tree.topLevelItemCount() == 2
