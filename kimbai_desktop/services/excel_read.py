"""Reading class lists (.xlsx, .xls, .ods) within limits. No Qt here.

python-calamine reads the three formats (fast, cached values only: formulas are never evaluated,
a text cell that starts with "=" stays text). Before calamine expands anything, the limits are
checked here in bounded memory: the file's size, then for the zip formats (.xlsx, .ods) the
uncompressed size of every part, and a streaming pass (expat, a few KB at a time) over the
sheets that counts rows and measures each cell's text. calamine itself loads a whole sheet, so a
small file that unpacks to a 400 MB cell or a million rows would take gigabytes there; the pass
refuses such a file after reading only the part that is over a limit.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.parsers import expat

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.formatting import format_number


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class ExcelFileError(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "This file is not a spreadsheet that can be read (.xlsx, .xls or .ods). Open it in Excel, save it as .xlsx (Excel Workbook) and try again.")


LOCKED = QT_TRANSLATE_NOOP("Errors", "This file is protected by a password. Open it in Excel, remove the password, save it and try again.")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "The file cannot be opened. Check that it still exists, close it in Excel if it is open, and try again.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "This file or sheet is empty. Check that you chose the right file and sheet.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Errors", "The workbook has no sheet with this name. Choose one of its sheets.")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The file is too large ({size}): a class list can be at most {limit}. Check that you chose the right file, or split the list into several files.")
TOO_BIG_UNPACKED = QT_TRANSLATE_NOOP("Errors", "The file unpacks to more than {limit} of data, far more than a class list holds. It was not read. Check that you chose the right file, or save it again from Excel.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Errors", "The file has more than {limit} rows; at most {limit} rows can be imported at once. Split the list into several files.")
CELL_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A cell holds more than {limit} characters, more than Excel itself allows in a cell. The file is damaged or is not a class list; it was not read.")
TOO_WIDE = QT_TRANSLATE_NOOP("Errors", "A sheet has more than {limit} columns, far more than a class list has. Check that you chose the right file.")

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB, far more than any school's list
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts of an .xlsx/.ods together, uncompressed
MAX_ROWS = 100_000  # rows with something in them, over all sheets
MAX_CELL_CHARS = 32_767  # Excel's own limit per cell
MAX_COLUMNS = 1_000
_CHUNK = 64 * 1024

OLE2 = b"\xd0\xcf\x11\xe0"
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class SheetData:
    sheet_names: tuple[str, ...]
    sheet: str  # the sheet read
    rows: list[tuple[Any, ...]]  # rows[i] is the sheet's row i + 1, all of the same width


def _mb(n: int) -> str:
    return f"{format_number(round(n / (1024 * 1024)))} MB"


def is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


# -- the limits, checked before any reader expands the file --------------------------------


def check_limits(path: Path) -> None:
    """Refuse a file over the limits (ExcelFileError saying which) without expanding it."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        raise ExcelFileError(CANNOT_OPEN) from None
    if not head:
        raise ExcelFileError(EMPTY_FILE)
    if size > MAX_FILE_BYTES:
        raise ExcelFileError(TOO_BIG, size=_mb(size), limit=_mb(MAX_FILE_BYTES))
    if head.startswith(OLE2):
        return  # .xls is not compressed: its size bounds what it holds (rows checked on reading)
    if not head.startswith(b"PK"):
        raise ExcelFileError()
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
                raise ExcelFileError(TOO_BIG_UNPACKED, limit=_mb(MAX_UNPACKED_BYTES))
            names = {i.filename for i in infos}
            scanner = _Scanner()
            if "content.xml" in names:  # OpenDocument
                scanner.scan(z, "content.xml", ods=True)
            else:
                for name in sorted(names):
                    if name == "xl/sharedStrings.xml" or re.fullmatch(
                            r"xl/worksheets/[^/]+\.xml", name):
                        scanner.scan(z, name, ods=False)
    except KimbaiError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, expat.ExpatError, EOFError,
            NotImplementedError, ValueError):
        raise ExcelFileError() from None
    except OSError:
        raise ExcelFileError(CANNOT_OPEN) from None


_COLUMN = re.compile(r"[A-Z]+")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters[:4]:
        n = n * 26 + ord(ch) - 64
    return n


class _Scanner:
    """Counts rows and measures cell texts of .xlsx sheet parts and .ods content, streaming."""

    def __init__(self) -> None:
        self.rows = 0

    def scan(self, z: zipfile.ZipFile, name: str, ods: bool) -> None:
        parser = expat.ParserCreate()
        parser.buffer_text = False
        self.text = 0  # characters of the current cell so far
        self.row_repeat, self.row_has_value, self.pending_empty = 1, False, 0
        self.width = 0
        if ods:
            parser.StartElementHandler = self._ods_start
            parser.EndElementHandler = self._ods_end
        else:
            parser.StartElementHandler = self._xlsx_start
        parser.CharacterDataHandler = self._chars
        with z.open(name) as fh:
            while chunk := fh.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)

    def _chars(self, data: str) -> None:
        self.text += len(data)
        if self.text > MAX_CELL_CHARS:
            raise ExcelFileError(CELL_TOO_LONG, limit=format_number(MAX_CELL_CHARS))

    def _count_rows(self, n: int) -> None:
        self.rows += n
        if self.rows > MAX_ROWS:
            raise ExcelFileError(TOO_MANY_ROWS, limit=format_number(MAX_ROWS))

    def _xlsx_start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "c":  # a far-away reference would make the reader expand a huge range
            self.text = 0
            letters = _COLUMN.match(attrs.get("r", ""))
            if letters and _column_number(letters.group()) > MAX_COLUMNS:
                raise ExcelFileError(TOO_WIDE, limit=format_number(MAX_COLUMNS))
        elif tag == "si":
            self.text = 0
        elif tag == "row":
            self.text = 0
            self._count_rows(1)
            if (r := attrs.get("r", "")).isdigit() and int(r) > MAX_ROWS + 1000:
                raise ExcelFileError(TOO_MANY_ROWS, limit=format_number(MAX_ROWS))

    def _ods_start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "table:table":
            self.pending_empty = 0
        elif tag == "table:table-row":
            self.row_repeat = int(attrs.get("table:number-rows-repeated", "1") or 1)
            self.row_has_value, self.width = False, 0
        elif tag in ("table:table-cell", "table:covered-table-cell"):
            self.text = 0
            repeat = int(attrs.get("table:number-columns-repeated", "1") or 1)
            if "office:value-type" in attrs:
                self.row_has_value = True
                self.width += repeat
                if self.width > MAX_COLUMNS:
                    raise ExcelFileError(TOO_WIDE, limit=format_number(MAX_COLUMNS))
            else:
                self.width += 1  # trailing empty cells are not expanded by the reader

    def _ods_end(self, tag: str) -> None:
        if tag == "table:table-row":
            if self.row_has_value:  # empty rows between rows with values are expanded too
                self._count_rows(self.pending_empty + self.row_repeat)
                self.pending_empty = 0
            else:
                self.pending_empty += self.row_repeat


# -- reading --------------------------------------------------------------------------------


def _open(path: Path) -> Any:
    from python_calamine import CalamineWorkbook, PasswordError

    check_limits(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise ExcelFileError(LOCKED) from None
    except OSError:
        raise ExcelFileError(CANNOT_OPEN) from None
    except Exception:  # noqa: BLE001 - a file that is not a workbook fails in many ways
        raise ExcelFileError() from None


def _cell(v: Any) -> Any:
    """calamine's values as the import expects them: "" → None, a time of day or a duration
    (never a pupil's value) as its text."""
    if isinstance(v, str):
        if len(v) > MAX_CELL_CHARS:
            raise ExcelFileError(CELL_TOO_LONG, limit=format_number(MAX_CELL_CHARS))
        return v or None
    if isinstance(v, time | timedelta):
        return str(v)
    if isinstance(v, datetime | date | float | int | bool) or v is None:
        return v
    return str(v)


def _rows(sheet: Any, budget: list[int]) -> Iterator[tuple[Any, ...]]:
    start = sheet.start
    if start is None:
        return
    top, left = start
    if sheet.width + left > MAX_COLUMNS:
        raise ExcelFileError(TOO_WIDE, limit=format_number(MAX_COLUMNS))
    for _ in range(top):
        yield ()
    lead = (None,) * left
    for raw in sheet.iter_rows():
        row = lead + tuple(_cell(v) for v in raw)
        if any(not is_blank(v) for v in row):
            budget[0] -= 1
            if budget[0] < 0:
                raise ExcelFileError(TOO_MANY_ROWS, limit=format_number(MAX_ROWS))
        yield row


def _sheet_data(wb: Any, names: tuple[str, ...], name: str, budget: list[int]) -> SheetData:
    try:
        rows = list(_rows(wb.get_sheet_by_name(name), budget))
    except KimbaiError:
        raise
    except Exception:  # noqa: BLE001
        raise ExcelFileError() from None
    while rows and all(is_blank(v) for v in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    return SheetData(names, name, [r + (None,) * (width - len(r)) for r in rows])


def _sheet_names(wb: Any) -> tuple[str, ...]:
    """Worksheets only (not chart sheets), in the workbook's order."""
    try:
        names = tuple(m.name for m in wb.sheets_metadata if m.typ.name == "WorkSheet")
    except Exception:  # noqa: BLE001
        names = tuple(wb.sheet_names)
    return names or tuple(wb.sheet_names)


def read_workbook(path: Path | str, sheet: str | None = None) -> SheetData:
    """All rows of one sheet (the first by default). Unreadable files raise ExcelFileError."""
    wb = _open(Path(path))
    try:
        names = _sheet_names(wb)
        if sheet is not None and sheet not in names:
            raise ExcelFileError(NO_SUCH_SHEET)
        if not names:
            raise ExcelFileError(EMPTY_FILE)
        data = _sheet_data(wb, names, sheet or names[0], [MAX_ROWS])
    finally:
        wb.close()
    if not data.rows:
        raise ExcelFileError(EMPTY_FILE)
    return data


def read_sheets(path: Path | str, only: tuple[str, ...] | None = None) -> list[SheetData]:
    """Every worksheet (or those named in ``only``), the row limit counted over all of them.
    Empty sheets are left out; a workbook with nothing in it raises ExcelFileError."""
    wb = _open(Path(path))
    try:
        names = _sheet_names(wb)
        missing = [n for n in only or () if n not in names]
        if missing:
            raise ExcelFileError(NO_SUCH_SHEET)
        budget = [MAX_ROWS]
        sheets = [_sheet_data(wb, names, n, budget) for n in names if only is None or n in only]
    finally:
        wb.close()
    sheets = [s for s in sheets if s.rows]
    if not sheets:
        raise ExcelFileError(EMPTY_FILE)
    return sheets
