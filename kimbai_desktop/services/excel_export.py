"""Writing .xlsx files: the register export and the cell helper that keeps text from becoming a
formula. No Qt here.

openpyxl turns any string that starts with "=" into a formula, and a spreadsheet program may
evaluate text starting with "+", "-" or "@" once a user edits the cell. :func:`safe_cell` stores
such values as plain strings (data type "s") with Excel's quote prefix, so they are shown and kept
as text (:func:`csv_text` does the same for CSV, which has no quote prefix). It also cleans text at write time: records saved before text was cleaned on input may hold
control characters, which openpyxl refuses (IllegalCharacterError) and a terminal or Excel would
misread; those are dropped, and text longer than Excel's 32,767 characters per cell is cut. Files
are built in openpyxl's write-only mode (fast, low memory) in memory, encrypted there when they
hold personal data (services/protection.py), and written to a temporary file that replaces the
target only when complete, so a failure never leaves half a file behind.
"""

from __future__ import annotations

import errno
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.errors import KimbaiError, StorageFull
from kimbai_desktop.domain.text import strip_controls
from kimbai_desktop.services import protection
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.files import atomic_write_bytes

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Errors", "The file cannot be written. Close it in Excel if it is open, choose another folder "
    "or name, and try again.")

DATE_FORMAT = "DD/MM/YYYY"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Sector lists use Vietnamese headers; these are data, like the labels of LabelledEnum.
REGISTER_HEADERS = ("Mã định danh", "Họ và tên", "Ngày sinh", "Giới tính", "Lớp", "Cấp độ bảo vệ",
                    "Nhóm hoàn cảnh đặc biệt", "Có nguy cơ", "Rà soát tiếp theo")
_WIDTHS = (16, 30, 12, 10, 8, 14, 14, 11, 14)
_PAGE = 1000
EXCEL_CELL_CHARS = 32_767  # Excel's own maximum per cell


def cell_text(value: str) -> str:
    """``value`` as Excel can hold it: no control characters (tab and line breaks kept), no
    bidirectional overrides, at most 32,767 characters."""
    cleaned: str = ILLEGAL_CHARACTERS_RE.sub("", strip_controls(value))
    return cleaned[:EXCEL_CELL_CHARS]


def is_formula_like(value: object) -> bool:
    """True for text a spreadsheet could take for a formula (=, +, -, @, tab, CR first)."""
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES)


def csv_text(value: object) -> str:
    """``value`` as a CSV field no spreadsheet runs: text that looks like a formula (=, +, -,
    @, tab or CR first) gets a leading apostrophe, as OWASP advises for CSV (a CSV cell has no
    quote prefix); control characters are dropped as in :func:`cell_text`."""
    text = "" if value is None else str(value)
    text = strip_controls(text)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def safe_cell(ws: WriteOnlyWorksheet, value: Any, *, bold: bool = False) -> Cell:
    """A write-only cell holding ``value`` that is never a formula.

    Text is always stored as a string; formula-looking text also gets the quote prefix. Dates get
    the dd/mm/yyyy format. (Takes the sheet because openpyxl styles belong to a workbook.)
    """
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    cell = WriteOnlyCell(ws, value=None)
    if isinstance(value, str):
        value = cell_text(value)
        cell.value = value
        cell.data_type = "s"  # set after the value: openpyxl's own guess makes "=..." a formula
        if is_formula_like(value):
            cell.quotePrefix = True
    else:
        cell.value = value
        if isinstance(value, datetime):  # a moment (the access log): its time too
            cell.number_format = DATE_FORMAT + " hh:mm"
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
    if bold:
        cell.font = Font(bold=True)
    return cell


def workbook_bytes(sheet_title: str, header: Sequence[Any], rows: Iterable[Sequence[Any]],
                   widths: Sequence[int] = ()) -> tuple[bytes, int]:
    """One sheet (bold header, frozen first row, every cell through :func:`safe_cell`) as the
    bytes of an .xlsx, built in memory, and the number of data rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    ws.freeze_panes = "A2"
    for i, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.append([safe_cell(ws, h, bold=True) for h in header])
    count = 0
    for row in rows:
        ws.append([safe_cell(ws, v) for v in row])
        count += 1
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), count


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all (storage/files.py); a full disk or an
    unusable folder becomes a message the user can act on."""
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise KimbaiError(CANNOT_WRITE) from None


def write_rows(path: Path, sheet_title: str, header: Sequence[Any],
               rows: Iterable[Sequence[Any]], widths: Sequence[int] = (), *,
               password: str | None = None) -> int:
    """Write one sheet (see :func:`workbook_bytes`); returns the number of data rows. With a
    ``password`` the file is encrypted (services/protection.py) before it touches the disk. The
    file appears only when complete."""
    path = Path(path)
    if not path.parent.is_dir():  # first, so that an unusable folder fails before any work
        raise KimbaiError(CANNOT_WRITE)
    data, count = workbook_bytes(sheet_title, header, rows, widths)
    if password is not None:
        data = protection.protect_office(data, password)
    write_file(path, data)
    return count


def all_pupils(session: AppSession, query: reg.PupilQuery) -> list[reg.PupilRow]:
    """Every row of ``query`` in its order (Vietnamese name order by default), page by page,
    each page found from the last row's place (keyset: the last page costs what the first
    does). list_pupils audits the first page as one view of the register."""
    rows: list[reg.PupilRow] = []
    while True:
        page = reg.list_pupils(session, query, offset=len(rows), limit=_PAGE,
                               after=rows[-1] if rows else None)
        rows.extend(page)
        if len(page) < _PAGE:
            return rows


def register_row(p: reg.PupilRow) -> tuple[Any, ...]:
    return (p.student_code, p.full_name, p.birth_date, p.sex.vi if p.sex.value != "unknown" else "",
            p.class_name, p.level.vi, ", ".join(g.letter for g in p.groups),
            "Có" if p.at_risk else "", p.next_review)


def export_register(session: AppSession, path: Path | str,
                    query: reg.PupilQuery | None = None, *, password: str) -> int:
    """Write the register (as filtered by ``query``) to an .xlsx encrypted with ``password``;
    returns the rows written.

    The export is audited (who, when, how many rows; never the contents nor the password).
    """
    session.require(Permission.VIEW_REGISTER, "register")
    protection.check_password(password)  # before the work: a bad password loses nothing
    pupils = all_pupils(session, query or reg.PupilQuery())
    count = write_rows(Path(path), "Sổ theo dõi", REGISTER_HEADERS,
                       (register_row(p) for p in pupils), _WIDTHS, password=password)
    session.audit(AuditAction.EXPORT, "register", "", f"xlsx rows={count}")
    return count
