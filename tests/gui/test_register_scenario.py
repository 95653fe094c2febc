"""Tried as a new user would: import a class list exported from another program (title rows,
merged cells, other header spellings, dates as text and as Excel dates, decomposed text), find a
child by typing her name without accents, record that she is in group d) and at the "Hỗ trợ"
level, and schedule her review, all with the keyboard where a user would use it."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import openpyxl
from PySide6.QtCore import Qt

from kimbai_desktop.domain.enums import ProtectionLevel, SpecialCircumstance
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register.model import COLUMNS
from tests.gui.helpers import type_text
from tests.gui.test_register_support import (
    TODAY,
    active_dialog,
    settle,
    wait_dialog_closed,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures

HER = "Hoàng Thị Ngọc Diệp"


def other_program_export(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lop 3C"
    ws.append(["TRƯỜNG TIỂU HỌC (MẪU)", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.append(["DANH SÁCH HỌC SINH LỚP 3C"])
    ws.append(["Năm học 2024 - 2025"])
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:G2")
    ws.append([])
    ws.append(
        ["TT", "Họ tên học sinh", "Ngày tháng năm sinh", "Nữ", "Lớp", "Họ tên phụ huynh", "SĐT"]
    )
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    pupils = [
        (unicodedata.normalize("NFD", f"  {HER} "), "09/11/2016", "x", "Trần Thị Huệ", 912345678),
        ("Vũ Minh Khôi", datetime(2016, 4, 2), None, "Vũ Văn Hùng", "0987 654 321"),
        ("Đào  Thu Hà", "23/7/2016", "x", "", ""),
    ]
    for number, (name, birth, girl, parent, phone) in enumerate(pupils, start=1):
        ws.append([number, name, birth, girl, "3C", parent, phone])
    wb.save(path)


def test_a_new_user_imports_finds_and_records_a_child(qtbot, page, tmp_path) -> None:
    path = tmp_path / "lop-3c-xuat-tu-phan-mem-khac.xlsx"
    other_program_export(path)

    # 1. import the class list
    messages.set_next_path(path)
    page.import_button.click()
    wizard = active_dialog(qtbot, page)
    wizard.file_page.choose_button.click()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    assert wizard.sheet_page.header_row.value() == 5
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=10_000)
    assert wizard.check_page.report.ok, wizard.check_page.problems.texts()
    assert wizard.check_page.report.created == 3
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=10_000)
    wizard.button(wizard.WizardButton.FinishButton).click()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.model.total == 251, timeout=10_000)

    # 2. find her by typing her name without accents, and open her file
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()
    type_text(page.filters.search, "hoang thi ngoc diep")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.query.text == "hoang thi ngoc diep", timeout=5000)
    settle(qtbot, page)
    assert [r.full_name for r in page.model.rows] == [HER]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the first row becomes current
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.full_name == HER, timeout=10_000
    )
    assert page.detail.birth_date == date(2016, 11, 9)
    assert page.detail.guardians[0].phone == "0912345678"  # Excel had dropped the zero

    # 3. group d) Trẻ em khuyết tật
    qtbot.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    group = active_dialog(qtbot, page)
    group.group.setFocus()
    group.group.setCurrentIndex(group.group.findData(SpecialCircumstance.DISABLED))
    assert group.group.currentText() == "d) Trẻ em khuyết tật"
    type_text(group.start_date.edit, "02/09/2024")
    qtbot.keyClick(group.start_date.edit, Qt.Key.Key_Return)  # Enter saves
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.detail.circumstances), timeout=10_000)

    # 4. the "Hỗ trợ" level
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    level = active_dialog(qtbot, page)
    level.level.setCurrentIndex(level.level.findData(ProtectionLevel.SUPPORT))
    type_text(level.reason, "Trẻ khuyết tật, cần hỗ trợ học tập và đi lại.")
    qtbot.keyClick(level.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.level == ProtectionLevel.SUPPORT, timeout=10_000)
    first_due = page.detail.next_review
    assert first_due == TODAY + timedelta(days=30)  # the register scheduled a first review

    # 5. her review, with the next one scheduled by hand
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = active_dialog(qtbot, page)
    type_text(review.situation, "Em hòa nhập tốt, cần thêm thời gian ở môn Toán.")
    next_review = date(2024, 12, 16)
    type_text(review.next_review.edit, "16/12/2024")
    qtbot.keyClick(review.next_review.edit, Qt.Key.Key_Return)
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.next_review == next_review, timeout=10_000)

    # the list shows all of it
    settle(qtbot, page)
    row = page.model.rows[0]
    assert row.full_name == HER
    model = page.model
    texts = {name: model.data(model.index(0, c)) for c, name in enumerate(COLUMNS)}
    assert texts["groups"] == "d"
    assert texts["level"] == "Hỗ trợ"
    assert texts["next_review"] == "16/12/2024"
    assert texts["class"] == "3C"
    assert "16/12/2024" in page.pane.level.text()
