"""The import wizard on a real-looking .xls class list with two class sheets, an instructions
sheet, signatures and totals under the tables, leavers and an identifier that lost its zero:
as a user would, the sheets are looked at, the zeros put back, and what was stored is read back."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kimbai_desktop.services import register as reg
from kimbai_desktop.services.excel_sheet import Field
from tests.gui.helpers import run
from tests.gui.test_register_import import open_wizard
from tests.gui.test_register_support import wait_dialog_closed

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures

LISTS = Path(__file__).parents[1] / "data" / "class_lists"


def shot(widget, name: str) -> None:
    """Screenshots for a person to look at (KIMBAI_SHOTS=folder)."""
    if folder := os.environ.get("KIMBAI_SHOTS"):
        widget.grab().save(str(Path(folder) / name))


def click_item(view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_two_class_sheets_with_leavers_footer_and_a_lost_zero(qtbot, page) -> None:
    before = run(qtbot, page.worker, reg.count_pupils, page.session)
    wizard = open_wizard(qtbot, page, LISTS / "danh-sach-khoi-2.xls")
    wizard.next()
    sheets = wizard.sheet_page.sheets
    texts = [sheets.item(i).text() for i in range(sheets.count())]
    assert texts == ["2A (8 học sinh)", "Lớp 2B (6 học sinh)", "Hướng dẫn (không thấy danh sách học sinh)"]
    assert wizard.sheet_page.checked() == ["2A", "Lớp 2B"]
    assert wizard.sheet_page.header_row.value() == 7
    click_item(sheets, 1)  # look at the second class
    assert wizard.sheet_page.preview.item(5, 2).text() == "Họ và tên"
    assert wizard.sheet_page.header_row.value() == 6
    shot(wizard, "import-sheets.png")
    wizard.next()
    mapping = wizard.mapping_page.mapping()
    assert (mapping[Field.FULL_NAME], mapping[Field.GIVEN_NAME]) == (2, 3)
    assert mapping[Field.STATUS] == 8  # "Ghi chú" holds the status
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None, timeout=30_000)
    assert check.report.ok and check.report.created == 11
    summary = check.summary.text()
    assert "Đã đọc các trang tính: 2A, Lớp 2B." in summary
    assert "Bỏ qua 9 dòng cuối bảng: chữ ký, dòng ngày tháng, tổng cộng." in summary
    assert "3 học sinh đã rời trường" in summary
    assert check.leavers.rowCount() == 3
    assert check.leavers.item(0, 0).text() == "2A · 12"
    assert check.leavers.item(0, 2).text() == "Chuyển trường"
    assert check.pad_box.isVisible() and not check.pad_box.isChecked()
    assert "188068677 → 0188068677" in check.pad_box.text()
    assert "188068677" in check.warnings.item(0, 2).text()
    shot(wizard, "import-check.png")
    check.pad_box.click()  # the user's say: put the zero back; the check runs again
    qtbot.waitUntil(lambda: check.report is not None and check.report.codes_padded,
                    timeout=30_000)
    assert check.pad_box.isChecked()
    assert "Đặt lại số 0 ở đầu cho 1 mã định danh." in check.summary.text()
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == before  # nothing yet

    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=30_000)
    assert wizard.import_result.created == 11
    assert "Bỏ qua 9 dòng cuối bảng" in wizard.run_page.summary.text()
    shot(wizard, "import-done.png")
    wizard.button(wizard.WizardButton.FinishButton).click()
    wait_dialog_closed(qtbot, page)
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == before + 11
    found = run(qtbot, page.worker, reg.list_pupils, page.session,
                reg.PupilQuery(text="le hoang phuc"))
    assert [(p.student_code, p.class_name) for p in found] == [("0188068677", "2A")]
    found = run(qtbot, page.worker, reg.list_pupils, page.session,
                reg.PupilQuery(text="luu thi minh chau"))
    assert [p.class_name for p in found] == ["2B"]
    for absent in ("Phạm Minh Đức", "Tạ Quang Huy", "Trần Văn Hùng", "Nguyễn Thị Lan"):
        assert run(qtbot, page.worker, reg.list_pupils, page.session,
                   reg.PupilQuery(text=absent, status=None)) == []
