"""The inspections tab of the training page, used as a counsellor would: Ctrl+N, typing the
Vietnamese way, Enter adds a follow-up action, Enter saves, Esc asks before losing typing;
"Action done" marks the chosen action; what is stored is read back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.gui import messages
from kimbai_desktop.services import inspections
from tests.gui.helpers import run, type_text
from tests.gui.test_training_support import idle, open_demo, show_page


@pytest.fixture
def session(data_dir):
    s = open_demo(data_dir)
    yield s
    s.close()


def test_an_inspection_is_recorded_with_the_keyboard(qtbot, worker, session) -> None:
    page = show_page(qtbot, worker, session)
    page.resize(1366, 700)
    tab = page.inspections
    page.tabs.setCurrentWidget(tab)
    idle(qtbot, worker)
    assert not tab.empty.isVisible() and tab.tree.topLevelItemCount() == 1  # the demo's own
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isActiveWindow(),
                    timeout=10_000)
    dialog = tab.dialog
    type_text(dialog.inspectors, "Nguyễn Văn Kiểm, Phó Hiệu trưởng")
    type_text(dialog.scope, "Hòm thư “Điều em muốn nói”")
    type_text(dialog.findings, "Hòm thư chưa được mở hằng tuần.")
    type_text(dialog.actions.action, "Mở hòm thư mỗi thứ Sáu")
    type_text(dialog.actions.owner, "Tổng phụ trách Đội")
    qtbot.keyClicks(dialog.actions.due.edit, "21/03/2025")
    qtbot.keyClick(dialog.actions.due.edit, Qt.Key.Key_Return)  # adds, does not save
    assert dialog.isVisible() and dialog.actions.list.count() == 1
    assert dialog.actions.action.text() == ""
    # a second action typed without its owner: Enter says what is missing
    type_text(dialog.actions.action, "Niêm yết số 111")
    qtbot.keyClick(dialog.actions.action, Qt.Key.Key_Return)
    assert dialog.field_error("actions") and dialog.actions.list.count() == 1
    dialog.actions.action.clear()
    dialog.grab().save("/tmp/i19-inspection-dialog.png")
    dialog.findings.setFocus()
    qtbot.keyClick(dialog.held_on.edit, Qt.Key.Key_Return)  # nothing being typed: Enter saves
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    stored, _demo = run(qtbot, worker, inspections.list_inspections, session, "")
    assert stored.inspectors == "Nguyễn Văn Kiểm, Phó Hiệu trưởng"
    assert [(a.action, a.owner, a.due) for a in stored.actions] == [
        ("Mở hòm thư mỗi thứ Sáu", "Tổng phụ trách Đội", date(2025, 3, 21))]
    page.grab().save("/tmp/i19-inspections-tab.png")

    # choose the action, mark it done
    top = tab.tree.topLevelItem(0)
    tab.tree.setCurrentItem(top.child(0))
    assert tab.done_button.isEnabled()
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    idle(qtbot, worker)
    stored, _demo = run(qtbot, worker, inspections.list_inspections, session, "")
    assert stored.actions[0].done_on == date(2025, 3, 20)

    # Esc on a changed form asks first; "No" keeps the dialog open
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    tab.edit()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    type_text(dialog.findings, " Đã khắc phục.")
    messages.set_next_answer(QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    dialog.reject()


def test_the_print_button_previews_the_minute_in_reports(qtbot, worker, session) -> None:
    """Ctrl+P on an inspection opens the Reports page on its minute, previewed as printed."""
    from kimbai_desktop.gui.main_window import MainWindow
    from kimbai_desktop.gui.settings import AppSettings
    from kimbai_desktop.reports.catalogue import ReportKind
    from tests.reports import pdftools

    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    space = window.workspace
    training, reports = space.training_page, space.reports_page
    space.show_page(training)
    tab = training.inspections
    training.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=15_000)
    idle(qtbot, worker)
    tab.tree.setFocus()
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))  # an action: its inspection
    assert tab.print_button.isVisible() and tab.print_button.isEnabled()
    window.grab().save("/tmp/i19-inspections-print.png")
    qtbot.keyClick(tab.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: reports.isVisible() and reports.current is not None
                    and reports.current.prepared.kind == ReportKind.INSPECTION
                    and not reports._in_flight, timeout=30_000)
    idle(qtbot, worker)
    [demo] = run(qtbot, worker, inspections.list_inspections, session, "")
    assert reports.current.prepared.record_id == str(demo.id)
    assert reports.params.inspection_box.isVisible()
    text = " ".join(pdftools.text(reports.current.pdf).split())
    assert "BIÊN BẢN" in text and "Việc niêm yết số Tổng đài 111 tại các lớp học" in text
    window.grab().save("/tmp/i19-minute-preview.png")
    window.dispose()
