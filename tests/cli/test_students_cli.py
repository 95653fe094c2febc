"""`kimbai students import|list`: counts, one line per error, bad-rows copy, csv/table, exit."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from kimbai_desktop.cli import main
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import EXPORT_PASSWORD, PASSWORD, USERNAME, make_school, open_xlsx

HEADER = ["STT", "Mã định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Lớp", "Họ tên mẹ"]


def run(argv: list[str], stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỌC SINH"])
    ws.merge_cells("A1:G1")
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


ROWS = [
    [1, "HS01", unicodedata.normalize("NFD", "Nguyễn Văn Đức"), "05/06/2016", "Nam", "3A", ""],
    [2, "HS02", "Trần Thị Dũng", datetime(2016, 1, 2), "Nữ", "3A", "Lê Thị Mẹ"],
    [3, "HS03", "Lê Văn An", "01/09/2015", "Nam", "4B", ""],
]


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    return data_dir


def cmd(action: str, data_dir: Path, *extra: str) -> list[str]:
    return ["students", action, *extra, "--data-dir", str(data_dir), "--user", USERNAME,
            "--password-stdin"]


def test_import_then_list_as_table_and_csv(school, tmp_path):
    path = write_xlsx(tmp_path / "ds.xlsx", ROWS)
    code, out, err = run(cmd("import", school, str(path), "--dry-run"))
    assert code == 0, err
    assert "3" in out and out.count("\n") == 1
    code, out, err = run(cmd("list", school))
    assert code == 0 and out.count("\n") == 2  # header and count: the dry run wrote nothing
    code, out, err = run(cmd("import", school, str(path)))
    assert code == 0 and err == "" and "3" in out
    code, out, err = run(cmd("list", school))
    assert code == 0, err
    lines = out.splitlines()
    order = [next(n for n in ("Lê Văn An", "Trần Thị Dũng", "Nguyễn Văn Đức") if n in line)
             for line in lines[1:4]]
    assert order == ["Lê Văn An", "Trần Thị Dũng", "Nguyễn Văn Đức"]  # Vietnamese order
    assert "05/06/2016" in lines[3] and "HS01" in lines[3] and "3" in lines[-1]
    code, out, _ = run(cmd("list", school, "--format", "csv", "--class", "3A"))
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3 and len(rows[0]) == 6
    assert rows[1][:4] == ["HS02", "Trần Thị Dũng", "02/01/2016", "3A"]
    assert rows[2][1] == unicodedata.normalize("NFC", "Nguyễn Văn Đức")
    code, out, _ = run(cmd("list", school, "--format", "csv", "--search", "duc"))
    assert [r[0] for r in csv.reader(io.StringIO(out))][1:] == ["HS01"]


def test_import_updates_instead_of_duplicating(school, tmp_path):
    assert run(cmd("import", school, str(write_xlsx(tmp_path / "a.xlsx", ROWS))))[0] == 0
    changed = [[1, "HS01", "Nguyễn Văn Đức", "05/06/2016", "Nam", "4A", ""]]
    code, out, _ = run(cmd("import", school, str(write_xlsx(tmp_path / "b.xlsx", changed))))
    assert code == 0 and "0" in out and "1" in out
    code, out, _ = run(cmd("list", school, "--format", "csv"))
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert len(rows) == 3 and [r[3] for r in rows if r[0] == "HS01"] == ["4A"]


def test_errors_one_line_each_exit_1_and_a_copy_of_bad_rows(school, tmp_path):
    bad = ROWS + [[4, "HS04", "", "01/01/2016", "Nam", "3A", ""],
                  [5, "HS01", "Bản Sao", "31/02/2016", "Nam", "3A", ""]]
    path = write_xlsx(tmp_path / "loi.xlsx", bad)
    code, out, err = run(cmd("import", school, str(path)), PASSWORD + "\n" + EXPORT_PASSWORD + "\n")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3  # row 6: no name; row 7: duplicate and impossible date
    assert lines[0].startswith(("row 6, ", "dòng 6, ")) and "Họ và tên" in lines[0]
    assert sum("7" in line and "Ngày sinh" in line for line in lines) == 1
    assert sum("7" in line and "Mã định danh" in line and "3" in line for line in lines) == 1
    assert err.count("\n") == 1 and err.startswith("kimbai: ") and "Traceback" not in err
    copy = tmp_path / "loi-loi.xlsx"
    assert copy.exists() and str(copy) in err
    values = [[c.value for c in row] for row in open_xlsx(copy).active.iter_rows()]
    assert values[0][:7] == HEADER and [r[2] for r in values[1:]] == [None, "Bản Sao"]
    code, out, _ = run(cmd("list", school))
    assert code == 0 and out.count("\n") == 2  # nothing imported
    chosen = tmp_path / "ra" / "bao-cao.xlsx"
    chosen.parent.mkdir()
    both = PASSWORD + "\n" + EXPORT_PASSWORD + "\n"
    code, _, err = run(cmd("import", school, str(path), "--errors-out", str(chosen)), both)
    assert code == 1 and chosen.exists()
    code, _, _ = run(cmd("import", school, str(path)), both)
    assert code == 1 and (tmp_path / "loi-loi-2.xlsx").exists()  # an earlier copy is kept
    # no password for the copy: the problems are still listed, no file is written in clear
    code, out, err = run(cmd("import", school, str(path), "--errors-out",
                             str(tmp_path / "khong.xlsx")))
    assert code == 2 and len(out.splitlines()) == 3 and not (tmp_path / "khong.xlsx").exists()
    code, _, err = run(cmd("import", school, str(path), "--errors-out",
                           str(tmp_path / "ngan.xlsx")), PASSWORD + "\nngan\n")
    assert code == 1 and "8" in err and not (tmp_path / "ngan.xlsx").exists()


def test_not_excel_and_usage_errors(school, tmp_path):
    fake = tmp_path / "ds.xlsx"
    fake.write_text("Họ và tên\nAn\n", encoding="utf-8")
    code, out, err = run(cmd("import", school, str(fake)))
    assert code == 1 and out == "" and err.count("\n") == 1 and ".xlsx" in err
    code, _, err = run(cmd("import", school, str(tmp_path / "missing.xlsx")))
    assert code == 1 and err.count("\n") == 1
    assert run(["students", "import", "--data-dir", str(school)])[0] == 2
    assert run(cmd("list", school, "--format", "json"))[0] == 2
    assert run(["students"])[0] == 2
    code, _, err = run(cmd("list", school), stdin="sai-mat-khau\n")
    assert code == 1 and err.count("\n") == 1


def test_list_is_audited(school, tmp_path):
    run(cmd("import", school, str(write_xlsx(tmp_path / "a.xlsx", ROWS))))
    run(cmd("list", school, "--format", "csv"))
    s = unlock(school, USERNAME, PASSWORD)
    try:
        with s.db() as db:
            events = list(db.execute(select(AuditEvent.action, AuditEvent.record_type)))
    finally:
        s.close()
    assert ("view", "register") in events and ("create", "pupil") in events


LISTS = Path(__file__).parents[1] / "data" / "class_lists"


@pytest.mark.parametrize("ext", ["xlsx", "xls", "ods"])
def test_class_list_with_sheets_leavers_footer_and_a_lost_zero(school, ext):
    path = LISTS / f"danh-sach-khoi-2.{ext}"
    code, out, err = run(cmd("import", school, str(path), "--dry-run"))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("trang tính 2A, dòng 10, cột Mã định danh (lưu ý)")
    assert "0188068677" in lines[0]
    assert "Đã đọc các trang tính: 2A, Lớp 2B." in lines
    assert "Trang tính không có danh sách học sinh, không đọc: Hướng dẫn." in lines
    assert any(line.startswith("Bỏ qua 9 dòng dưới bảng (chữ ký, dòng ngày tháng, tổng cộng)")
               for line in lines)
    assert "  2A · 12: Phạm Minh Đức (Chuyển trường)" in lines
    assert any("--pad-codes" in line for line in lines)
    code, out, err = run(cmd("import", school, str(path), "--pad-codes"))
    assert code == 0, err
    assert "Đã đặt lại số 0 ở đầu cho 1 mã định danh." in out.splitlines()
    code, out, _err = run(cmd("list", school, "--format", "csv"))
    listed = {r[1]: r for r in csv.reader(io.StringIO(out))}
    assert len(listed) == 12  # the header and the 11 pupils still at school
    assert listed["Lê Hoàng Phúc"][0] == "0188068677" and listed["Lê Hoàng Phúc"][3] == "2A"
    assert "Phạm Minh Đức" not in listed and "Trần Văn Hùng" not in listed


def test_one_sheet_by_name(school):
    code, out, err = run(cmd("import", school, str(LISTS / "danh-sach-khoi-2.ods"),
                             "--sheet", "Lớp 2B"))
    assert code == 0, err
    assert out.splitlines()[-1].startswith("Đã nhập 5 học sinh")
