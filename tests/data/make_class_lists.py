"""Writes the class lists of tests/data/class_lists/ as a school office makes them: title rows and
merged headings, STT, dates as Excel dates and as text, a status column with leavers, totals, a
date line and a signature block under the table, two class sheets and an instructions sheet, an
identifier that lost its leading zero, names with and without diacritics.

    python tests/data/make_class_lists.py            # the .xlsx (openpyxl)
    python tests/data/make_class_lists.py --all      # also the .xls (xlwt) and .ods (odfpy)

The .xls and .ods are committed as they were written; xlwt and odfpy are needed only to write them
again, never by the tests.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "class_lists"
TITLE = ["PHÒNG GD&ĐT HUYỆN CHƯƠNG MỸ", None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
SCHOOL = ["TRƯỜNG TIỂU HỌC KIM BÀI", None, None, None, None, "Độc lập - Tự do - Hạnh phúc"]
DATE_LINE = "Kim Bài, ngày 05 tháng 9 năm 2026"

# Sheet "2A": no class column (the class is in the title row), a status column with leavers,
# a totals row right under the table, then the date line and signatures.
SHEET_2A: list[list[Any]] = [
    TITLE, SCHOOL, [],
    ["DANH SÁCH HỌC SINH LỚP 2A"],
    ["Năm học 2026 - 2027"],
    [],
    ["STT", "Mã định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Địa chỉ",
     "Họ tên mẹ", "Tình trạng"],
    [1, "0188068601", "Nguyễn Văn An", date(2019, 3, 14), "Nam", "Kinh", "Thôn Đồng Tân",
     "Lê Thị Hoa", "Đang học"],
    [2, "0188068602", "Trần Thị Bích Ngọc", "05/06/2019", "Nữ", "Kinh", "Thôn Kim Bài",
     "Phạm Thị Mai", None],
    [3, 188068677, "Lê Hoàng Phúc", date(2019, 11, 2), "Nam", "Kinh", "Thôn Kim Bài",
     "Đỗ Thị Lan", None],
    [4, "0188068604", "Nguyen Thi Thu Trang", "17/8/2019", "Nu", "Kinh", "Thon Dong Tan",
     "Vu Thi Hanh", None],
    [5, "0188068605", "Phạm Minh Đức", date(2019, 1, 25), "Nam", "Mường", "Thôn Văn Quán",
     "Bùi Thị Thảo", "Chuyển trường"],
    [6, "0188068606", "Hoàng Thị Thanh Hà", "29/02/2020", "Nữ", "Kinh", "Thôn Kim Bài",
     "Ngô Thị Hằng", None],
    [7, "0188068607", "Dang Quoc Bao", "09/09/2019", "Nam", "Kinh", "Thon Van Quan",
     "Dinh Thi Thu", "Thoi hoc"],
    [8, "0188068608", "Vũ Ngọc Ánh", date(2019, 7, 30), "Nữ", "Tày", "Thôn Đồng Tân",
     "Mai Thị Hồng", None],
    [None, "Tổng cộng: 8 học sinh, nữ: 4"],
    [],
    [None, None, None, None, None, DATE_LINE],
    [None, "NGƯỜI LẬP DANH SÁCH", None, None, None, "HIỆU TRƯỞNG"],
    [None, "(Ký, ghi rõ họ tên)", None, None, None, "(Ký tên, đóng dấu)"],
    [], [],
    [None, None, "Nguyễn Thị Lan", None, None, "Trần Văn Hùng"],
]
MERGES_2A = ["A1:D1", "F1:I1", "A2:D2", "F2:I2", "A4:I4", "A5:I5", "B16:E16"]

# Sheet "Lớp 2B": "Họ và tên" merged over two columns (family and middle name, given name), a
# class column, a row of column numbers, a "Ghi chú" column, the date line with no blank row.
SHEET_2B: list[list[Any]] = [
    TITLE, SCHOOL, [],
    ["DANH SÁCH HỌC SINH NĂM HỌC 2026 - 2027"],
    [],
    ["TT", "Mã học sinh", "Họ và tên", None, "Ngày, tháng, năm sinh", "Nữ", "Lớp",
     "Họ tên cha", "Ghi chú"],
    ["(1)", "(2)", "(3)", None, "(4)", "(5)", "(6)", "(7)", "(8)"],
    [1, "0188068701", "Đinh Văn", "Khoa", "12/04/2019", None, "2B", "Đinh Văn Long", None],
    [2, "0188068702", "Lưu Thị Minh", "Châu", date(2019, 10, 8), "x", "2B", "Lưu Văn Toàn",
     "Chuyển đến từ TH Hòa Chính"],
    [3, "0188068703", "Tạ Quang", "Huy", "03/03/2019", None, "2B", "Tạ Văn Sơn", "Chuyển đi"],
    [4, "0188068704", "Khuat Thi", "Yen", date(2019, 5, 21), "x", "2B", "Khuat Van Tien", None],
    [5, "0188068705", "Nguyễn Thị", "Ánh", "21/12/2019", "x", "2B", "Nguyễn Văn Tú", None],
    [6, "0188068706", "Bạch Đăng", "Khôi", date(2019, 2, 1), None, "2B", "Bạch Văn Hải", None],
    [None, None, None, None, None, None, DATE_LINE],
    [None, "GIÁO VIÊN CHỦ NHIỆM", None, None, None, None, "HIỆU TRƯỞNG"],
    [None, "(Ký, ghi rõ họ tên)", None, None, None, None, "(Ký tên, đóng dấu)"],
    [None, "Phan Thị Nga", None, None, None, None, "Trần Văn Hùng"],
]
MERGES_2B = ["A1:D1", "F1:I1", "A2:D2", "F2:I2", "A4:I4", "C6:D6", "C7:D7"]

GUIDE: list[list[Any]] = [
    ["Hướng dẫn"],
    ["Mỗi lớp một trang tính. Không sửa dòng tiêu đề của bảng."],
]

SHEETS = [("2A", SHEET_2A, MERGES_2A), ("Lớp 2B", SHEET_2B, MERGES_2B),
          ("Hướng dẫn", GUIDE, [])]


def write_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, merges in SHEETS:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = ws.cell(r, c, value)
                    if isinstance(value, date):
                        cell.number_format = "DD/MM/YYYY"
        for m in merges:
            ws.merge_cells(m)
    wb.save(path)
    return path


def _cells(ref: str) -> tuple[int, int, int, int]:
    from openpyxl.utils import range_boundaries

    c1, r1, c2, r2 = range_boundaries(ref)
    return r1 - 1, r2 - 1, c1 - 1, c2 - 1


def write_xls(path: Path) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    dated = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for name, rows, merges in SHEETS:
        ws = wb.add_sheet(name)
        merged = {_cells(m)[0::2]: _cells(m) for m in merges}
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) in merged:
                    r1, r2, c1, c2 = merged[(r, c)]
                    ws.write_merge(r1, r2, c1, c2, value)
                elif value is not None:
                    ws.write(r, c, value, dated) if isinstance(value, date) else ws.write(r, c, value)
    wb.save(str(path))
    return path


def write_ods(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows, merges in SHEETS:
        table = Table(name=name)
        spans = {(m[0], m[2]): m for m in map(_cells, merges)}
        covered = {(r, c) for r1, r2, c1, c2 in spans.values()
                   for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(spans)
        for r, row in enumerate(rows):
            tr = TableRow()
            for c, value in enumerate(row):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw: dict[str, Any] = {}
                if (r, c) in spans:
                    r1, r2, c1, c2 = spans[(r, c)]
                    kw.update(numbercolumnsspanned=c2 - c1 + 1, numberrowsspanned=r2 - r1 + 1)
                if value is None:
                    tr.addElement(TableCell(**kw))
                    continue
                if isinstance(value, date):
                    cell = TableCell(valuetype="date", datevalue=value.isoformat(), **kw)
                    text = value.strftime("%d/%m/%Y")
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=value, **kw)
                    text = str(value)
                else:
                    cell = TableCell(valuetype="string", **kw)
                    text = value
                cell.addElement(P(text=text))
                tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    print(write_xlsx(OUT / "danh-sach-khoi-2.xlsx"))
    if "--all" in sys.argv:
        print(write_xls(OUT / "danh-sach-khoi-2.xls"))
        print(write_ods(OUT / "danh-sach-khoi-2.ods"))
