"""The reports-due tab of the training page, used as a counsellor would: the year's two default
reports are listed (the demo's semester report sent); a report the superior body asked for is
added with Ctrl+N, typed the Vietnamese way, Enter saves; the year-end report is marked sent with
the issued document chosen; a default one cannot be deleted. And the overview's reminder opens
the tab on its report. What is stored is read back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kimbai_desktop.services import documents, report_calendar
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from tests.gui.helpers import run, type_text
from tests.gui.test_training_support import idle, open_demo, show_page


@pytest.fixture
def session(data_dir):
    s = open_demo(data_dir)
    yield s
    s.close()


def test_reports_due_are_added_and_marked_sent(qtbot, worker, session, tmp_path) -> None:
    saved = documents.save_report(session, documents.prepare_report(
        session, ReportRequest(ReportKind.PERIODIC)), tmp_path / "bc.pdf",
        password="Gui-rieng-123")  # a saved report with personal data is protected
    page = show_page(qtbot, worker, session)
    page.resize(1366, 700)
    tab = page.reports_due
    page.tabs.setCurrentWidget(tab)
    idle(qtbot, worker)
    assert tab.tree.topLevelItemCount() == 2
    first = tab.tree.topLevelItem(0)
    assert first.text(0) == "15/01/2025" and "12/01/2025" in first.text(3)  # sent early
    assert not tab.delete_button.isEnabled()  # a default report stays

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=10_000)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    dialog = tab.dialog
    assert dialog.recipient.text() == session.school_profile().superior_body
    type_text(dialog.title, "Báo cáo kết quả Tháng hành động vì trẻ em")
    qtbot.keyClicks(dialog.due.edit, "30/06/2025")
    dialog.grab().save("/tmp/i19-report-due-dialog.png")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    dues = run(qtbot, worker, report_calendar.list_report_dues, session, "")
    added = dues[-1]
    assert (added.title, added.due, added.builtin) == (
        "Báo cáo kết quả Tháng hành động vì trẻ em", date(2025, 6, 30), "")

    # the year-end report: mark it sent, with the report issued above
    year_end = next(d for d in dues if d.builtin == "year")
    tab.select(year_end.id)
    tab.sent_button.click()
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    dialog = tab.dialog
    assert dialog.sent_on.date() == date(2025, 3, 20)
    assert dialog.document.currentData() is None  # nothing issued in the weeks before May
    dialog.document.setCurrentIndex(dialog.document.findData(saved.entry.id))
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    got = next(d for d in run(qtbot, worker, report_calendar.list_report_dues, session, "")
               if d.id == year_end.id)
    assert got.sent_on == date(2025, 3, 20) and got.document_ref == saved.entry.reference
    row = next(tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())
               if tab.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).id == got.id)
    assert saved.entry.reference in row.text(3)
    page.grab().save("/tmp/i19-reports-due-tab.png")


def test_the_overview_reminder_opens_the_report(qtbot, worker, session) -> None:
    from kimbai_desktop.gui.main_window import MainWindow
    from kimbai_desktop.gui.settings import AppSettings

    due_id = report_calendar.save_report_due(session, report_calendar.DueInput(
        "Báo cáo nhanh về an toàn trường học", "Phòng Văn hóa - Xã hội", date(2025, 3, 25)))
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    overview = window.workspace.overview_page
    qtbot.waitUntil(lambda: any(d.kind == "report" for d in overview.due_items()),
                    timeout=20_000)
    window.grab().save("/tmp/i19-overview-report.png")
    index = next(i for i, d in enumerate(overview.due_items()) if d.kind == "report")
    overview.open_item(overview.items.topLevelItem(index))
    training = window.workspace.training_page
    qtbot.waitUntil(lambda: training.tabs.currentWidget() is training.reports_due
                    and training.reports_due.current() is not None
                    and training.reports_due.current().id == due_id, timeout=20_000)
    window.dispose()
