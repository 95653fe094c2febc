"""The "Nhập từ Excel" wizard on the demo school: a sector-style file with title rows imported end
to end; a file with bad rows lists every problem, imports nothing and saves the rows with problems;
5,000 rows are checked and imported while the window keeps responding; stopping changes nothing."""

from __future__ import annotations

import threading
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register.import_wizard import ImportWizard
from kimbai_desktop.services import excel_import as xi
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.excel_sheet import Field
from tests.gui.helpers import answer_export_password, run, tr
from tests.gui.test_register_support import (
    wait_dialog_closed,
)
from tests.helpers import open_xlsx

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures

HEADER = [
    "STT",
    "Mã định danh Bộ GD&ĐT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Lớp",
    "Họ tên cha",
    "Họ tên mẹ",
    "Số điện thoại",
]


def class_list(path: Path, rows: list[list[Any]]) -> Path:
    """A list as the sector's database exports it: merged title rows above the header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS hoc sinh"
    ws.append(["PHÒNG GD&ĐT (MẪU)"])
    ws.append(["DANH SÁCH HỌC SINH NĂM HỌC 2024-2025"])
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:J2")
    ws.append([])
    ws.append(HEADER)
    for number, values in enumerate(rows, start=ws.max_row + 1):
        for column, value in enumerate(values, start=1):
            cell = ws.cell(number, column, value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even "=..."
    wb.save(path)
    return path


def good_rows(count: int, start: int = 1) -> list[list[Any]]:
    rows = []
    for i in range(start, start + count):
        birth = (
            f"{1 + i % 28:02d}/{1 + i % 12:02d}/2016"
            if i % 2
            else datetime(2016, 1 + i % 12, 1 + i % 28)
        )
        rows.append(
            [
                i,
                f"79{i:08d}",
                f"Nguyễn Văn Thử {i}",
                birth,
                "Nam" if i % 2 else "Nữ",
                "Kinh",
                f"4C{i % 3}",
                f"Nguyễn Văn Cha {i}",
                "",
                f"09{i:08d}",
            ]
        )
    return rows


def open_wizard(qtbot, page, path: Path) -> ImportWizard:
    messages.set_next_path(path)
    page.import_button.click()
    wizard = page.dialog
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.file_page.choose_button.click()
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def to_check(qtbot, wizard: ImportWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.header_row.value() == 4  # title rows skipped
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)


def test_a_class_list_with_title_rows_is_imported(qtbot, page, tmp_path) -> None:
    rows = good_rows(30)
    rows[0][2] = unicodedata.normalize("NFD", "  Trần Thị   Ngọc Ánh ")
    path = class_list(tmp_path / "danh-sach.xlsx", rows)
    wizard = open_wizard(qtbot, page, path)
    assert wizard.file_page.file_label.text() == "danh-sach.xlsx"
    wizard.next()
    preview = wizard.sheet_page.preview
    assert preview.item(3, 2).text() == "Họ và tên"
    assert preview.item(3, 2).font().bold()  # the header row stands out
    wizard.next()
    mapping = wizard.mapping_page.mapping()
    assert mapping[Field.STUDENT_CODE] == 1 and mapping[Field.FULL_NAME] == 2
    assert Field.PHONE in mapping
    combo = wizard.mapping_page.combos[0]
    assert combo.currentData() is None  # STT is not imported
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.report is not None, timeout=30_000)
    check = wizard.check_page
    assert check.report.ok and check.report.dry_run
    assert "30" in check.status.text()
    assert check.isComplete()
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 248  # nothing yet

    wizard.next()  # the commit button: "Import"
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=30_000)
    assert (wizard.import_result.created, wizard.import_result.updated) == (30, 0)
    assert "30" in wizard.run_page.status.text()
    assert wizard.run_page.title() == tr("RunPage", "Import finished")  # not "Đang nhập"
    assert wizard.run_page.isComplete()
    wizard.button(wizard.WizardButton.FinishButton).click()  # Close
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.model.total == 278, timeout=10_000)
    found = run(
        qtbot, page.worker, reg.list_pupils, page.session, reg.PupilQuery(text="tran thi ngoc anh")
    )
    assert [p.full_name for p in found] == ["Trần Thị Ngọc Ánh"]
    assert found[0].class_name == "4C1"

    again = open_wizard(qtbot, page, path)  # the same list again: updated, never duplicated
    to_check(qtbot, again)
    assert (again.check_page.report.created, again.check_page.report.updated) == (0, 30)
    again.next()
    qtbot.waitUntil(lambda: again.import_result is not None, timeout=30_000)
    again.button(again.WizardButton.FinishButton).click()
    wait_dialog_closed(qtbot, page)
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 278


def test_bad_rows_are_listed_nothing_is_imported_and_they_can_be_saved(
    qtbot, page, tmp_path
) -> None:
    rows = good_rows(6)
    rows[1][3] = "31/02/2016"
    rows[2][2] = ""
    rows[3][4] = "không rõ"
    rows[4][1] = rows[0][1]
    rows[5][2] = '=HYPERLINK("http://x")'  # text, never a formula
    path = class_list(tmp_path / "co-loi.xlsx", rows)
    wizard = open_wizard(qtbot, page, path)
    to_check(qtbot, wizard)
    check = wizard.check_page
    assert not check.report.ok
    problems = check.problems.texts()
    assert [p[0] for p in problems] == ["6", "7", "8", "9"]
    assert problems[0][1] == "Ngày sinh" and "ngày" in problems[0][2].lower()
    assert problems[1][1] == "Họ và tên"
    assert problems[2][1] == "Giới tính" and "Nam" in problems[2][2]
    assert "5" in problems[3][2]  # the row where the identifier first appears
    assert check.problems.isVisible() and check.save_button.isVisible()
    assert not check.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()

    out = tmp_path / "loi"
    messages.set_next_path(out)  # the suffix is added
    check.save_button.click()
    answer_export_password(qtbot, check, "Gui-rieng-9")  # it copies pupils' data: protected
    qtbot.waitUntil(lambda: check.saved_to is not None, timeout=10_000)
    assert check.saved_to == tmp_path / "loi.xlsx" and check.saved_to.exists()
    assert check.saved_to.read_bytes()[:2] != b"PK"
    sheet = open_xlsx(check.saved_to, "Gui-rieng-9").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][-1] == "Lỗi" and len(values) == 5
    assert "Ngày sinh" in values[1][-1]
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 248

    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    wizard.reject()  # "nothing imported yet, close?" answered yes
    wait_dialog_closed(qtbot, page)


def test_five_thousand_rows_keep_the_window_responsive(qtbot, page, tmp_path,
                                                       monkeypatch) -> None:
    """Reading, checking and writing run on the worker thread, never on the window's (their
    speed is measured by the benchmarks: python -m tests.bench)."""
    threads: set[str] = set()

    def noting(fn):
        def wrapped(*args, **kwargs):
            threads.add(threading.current_thread().name)
            return fn(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(reg, "_bulk", noting(reg._bulk))
    monkeypatch.setattr(xi, "parse_rows", noting(xi.parse_rows))
    path = class_list(tmp_path / "toan-truong.xlsx", good_rows(5000))
    wizard = open_wizard(qtbot, page, path)
    progress: list[int] = []
    wizard.check_page.progress.valueChanged.connect(progress.append)
    to_check(qtbot, wizard)
    assert wizard.check_page.report.created == 5000
    assert progress and max(progress) > 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_result is not None, timeout=60_000)
    assert wizard.import_result.created == 5000
    assert threads and threading.main_thread().name not in threads
    wizard.button(wizard.WizardButton.FinishButton).click()
    wait_dialog_closed(qtbot, page)
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 5248


def test_stopping_the_import_changes_nothing(qtbot, page, tmp_path) -> None:
    path = class_list(tmp_path / "dai.xlsx", good_rows(3000))
    wizard = open_wizard(qtbot, page, path)
    to_check(qtbot, wizard)
    wizard.next()
    run_page = wizard.run_page
    assert run_page.cancel_button.isVisible()
    run_page.cancel_button.click()
    qtbot.waitUntil(lambda: not wizard.running, timeout=30_000)
    assert wizard.import_result is None
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 248
    assert run_page.isComplete()  # Close is possible
    assert run_page.title() == tr("RunPage", "Nothing was imported")
    wizard.button(wizard.WizardButton.FinishButton).click()
    wait_dialog_closed(qtbot, page)


def test_a_file_that_is_not_a_workbook(qtbot, page, tmp_path) -> None:
    bad = tmp_path / "ghi-chu.xlsx"
    bad.write_text("không phải Excel", encoding="utf-8")
    messages.set_next_path(bad)
    page.import_excel()
    wizard = page.dialog
    wizard.file_page.choose()
    qtbot.waitUntil(lambda: not wizard.file_page.loading, timeout=10_000)
    assert wizard.file_page.error.message()
    assert not wizard.file_page.isComplete()
    wizard.reject()  # nothing chosen: closes without a question
    wait_dialog_closed(qtbot, page)
