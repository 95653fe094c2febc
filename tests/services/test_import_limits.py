"""Import limits: file size, rows, cell size; hostile small files that unpack to a huge cell or a
million rows are refused in bounded memory (peak RSS measured in a fresh process)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kimbai_desktop.services import excel_read as xr

PEAK_BOUND_MB = 300

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Lop 2A" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
              '.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>Ngày sinh</t></is></c></row>')
SHEET_TAIL = "</sheetData></worksheet>"


def hostile_xlsx(path: Path, body: object) -> Path:
    """A minimal .xlsx whose sheet is SHEET_HEAD, then what ``body`` yields (bytes), streamed
    into the zip so that the test itself stays small in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(SHEET_HEAD.encode())
            for chunk in body:  # type: ignore[attr-defined]
                fh.write(chunk)
            fh.write(SHEET_TAIL.encode())
    return path


def huge_cell(mb: int):
    yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
    block = b"a" * (1024 * 1024)
    for _ in range(mb):
        yield block
    yield b"</t></is></c></row>"


def many_rows(n: int):
    for start in range(2, n + 2, 10_000):
        yield "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>Nguyễn Văn Số {i}</t></is>'
                      f'</c><c r="B{i}" t="inlineStr"><is><t>05/06/2019</t></is></c></row>'
                      for i in range(start, min(start + 10_000, n + 2))).encode()


def hostile_ods(path: Path, repeated: int) -> Path:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="2A">'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>Họ và tên'
               '</text:p></table:table-cell></table:table-row>'
               f'<table:table-row table:number-rows-repeated="{repeated}">'
               '<table:table-cell office:value-type="string"><text:p>Nguyễn Văn An</text:p>'
               '</table:table-cell></table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    return path


PROBE = """
import json, sys
from kimbai_desktop.services.excel_read import ExcelFileError, read_sheets
try:
    read_sheets(sys.argv[1])
    outcome = "read"
except ExcelFileError as exc:
    outcome = exc.message
# VmHWM: this process's own peak (ru_maxrss would carry the forking test runner's over exec)
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status")
               if line.startswith("VmHWM:"))
print(json.dumps({"outcome": outcome, "peak_mb": peak_kb / 1024}))
"""


def read_in_fresh_process(path: Path) -> tuple[str, float]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True,
                          text=True, timeout=300, check=True)
    got = json.loads(done.stdout.strip().splitlines()[-1])
    return got["outcome"], got["peak_mb"]


@pytest.mark.slow
@pytest.mark.parametrize(("make", "message"), [
    (lambda p: hostile_xlsx(p / "o-to.xlsx", huge_cell(400)), xr.TOO_BIG_UNPACKED),
    (lambda p: hostile_xlsx(p / "o-vua.xlsx", huge_cell(150)), xr.CELL_TOO_LONG),
    (lambda p: hostile_xlsx(p / "trieu-dong.xlsx", many_rows(1_000_000)), xr.TOO_MANY_ROWS),
    (lambda p: hostile_ods(p / "lap-lai.ods", 1_000_000), xr.TOO_MANY_ROWS),
], ids=["400MB-cell", "150MB-cell", "million-rows", "ods-repeated-rows"])
def test_hostile_files_are_refused_in_bounded_memory(tmp_path, make, message):
    path = make(tmp_path)
    assert path.stat().st_size < xr.MAX_FILE_BYTES  # small files: only their content is huge
    outcome, peak_mb = read_in_fresh_process(path)
    print(f"\n{path.name}: {path.stat().st_size // 1024} KB, peak {peak_mb:.0f} MB")
    assert outcome == message
    assert peak_mb < PEAK_BOUND_MB


def test_the_messages_say_the_limits(tmp_path):
    big = tmp_path / "lon.xlsx"
    with big.open("wb") as fh:
        fh.write(b"PK")
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(xr.ExcelFileError) as info:
        xr.read_sheets(big)
    assert info.value.message == xr.TOO_BIG and "20 MB" in info.value.render()
    assert "21 MB" in info.value.render()
    with pytest.raises(xr.ExcelFileError) as info:
        xr.read_sheets(hostile_xlsx(tmp_path / "dai.xlsx", huge_cell(1)))
    assert info.value.message == xr.CELL_TOO_LONG and "32.767" in info.value.render()
    with pytest.raises(xr.ExcelFileError) as info:
        xr.read_sheets(hostile_xlsx(tmp_path / "nhieu.xlsx", many_rows(100_001)))
    assert info.value.message == xr.TOO_MANY_ROWS and "100.000" in info.value.render()


def test_a_list_at_the_limits_is_read(tmp_path):
    rows = hostile_xlsx(tmp_path / "du.xlsx", many_rows(99_999))  # + the header: 100,000
    assert len(xr.read_sheets(rows)[0].rows) == 100_000
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Địa chỉ"])
    wb.active.append(["Nguyễn Văn An", "x" * xr.MAX_CELL_CHARS])
    wb.save(tmp_path / "o.xlsx")
    assert len(xr.read_sheets(tmp_path / "o.xlsx")[0].rows[1][1]) == xr.MAX_CELL_CHARS


def test_a_far_away_cell_is_refused_before_it_is_expanded(tmp_path):
    far = hostile_xlsx(tmp_path / "xa.xlsx", iter([
        b'<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>']))
    with pytest.raises(xr.ExcelFileError) as info:
        xr.read_sheets(far)
    assert info.value.message == xr.TOO_WIDE
    low = hostile_xlsx(tmp_path / "thap.xlsx", iter([
        b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>']))
    with pytest.raises(xr.ExcelFileError) as info:
        xr.read_sheets(low)
    assert info.value.message == xr.TOO_MANY_ROWS
