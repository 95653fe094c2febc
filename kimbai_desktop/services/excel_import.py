"""Importing the pupil list from the sector's Excel files (.xlsx). No Qt here.

Real files have title rows (often merged) above the header, Vietnamese headers in many spellings,
dates both as Excel dates and as "dd/mm/yyyy" text, decomposed (NFD) text and stray spaces. The
import is all or nothing: every row is checked first and, if any is wrong, nothing is written and
each problem is reported with its Excel row number, column and reason.

Reading the sheet and recognising its header are in :mod:`excel_sheet` (re-exported here). Cell
parsing is written by hand because it encodes the sector's conventions (Nam/Nữ, an "x" in a "Nữ"
column, Excel dropping a phone number's leading zero), which no library knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils.datetime import from_excel

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.formatting import format_date, parse_date
from kimbai_desktop.domain.register import GuardianRelation
from kimbai_desktop.domain.text import normalize_text
from kimbai_desktop.i18n import translate
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.excel_export import write_rows
from kimbai_desktop.services.excel_sheet import (
    NAME_FIELDS,
    NO_NAME_COLUMN,
    ExcelFileError,
    Field,
    Mapping_,
    SheetData,
    detect_header,
    guess_mapping,
    header_key,
    is_blank,
    match_header,
    read_workbook,
)
from kimbai_desktop.services.session import AppSession

__all__ = [
    "ExcelFileError", "Field", "ImportReport", "Mapping_", "ParseResult", "RowError", "SheetData",
    "detect_header", "guess_mapping", "import_pupils", "parse_rows",
    "read_workbook", "write_error_report",
]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


R_NO_NAME = QT_TRANSLATE_NOOP("Errors", "Enter the pupil's full name.")
R_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This text is too long (at most {limit} characters).")
R_NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "Not a date: write it as dd/mm/yyyy, for example 05/06/2016.")
R_NO_SUCH_DAY = QT_TRANSLATE_NOOP("Errors", "This day does not exist in the calendar (dd/mm/yyyy).")
R_IMPLAUSIBLE = QT_TRANSLATE_NOOP("Errors", "The date of birth is not plausible for a pupil. Check the year.")
R_SEX = QT_TRANSLATE_NOOP("Errors", "Write Nam or Nữ.")
R_DUPLICATE = QT_TRANSLATE_NOOP("Errors", "The same identifier (mã định danh) is already in row {first}. Each pupil may appear only once.")
W_PHONE_DROPPED = QT_TRANSLATE_NOOP("Errors", "The phone number was not kept: the row has no parent's or guardian's name.")

ERRORS_COLUMN = {"vi": "Lỗi", "en": "Errors"}
ROW_COLUMN = {"vi": "Dòng trong tệp gốc", "en": "Row in the original file"}
_MALE = {"nam", "m", "male", "trai"}
_FEMALE = {"nu", "f", "female", "gai"}
_DATE_SHAPE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}")
_COLUMN_NUMBER = re.compile(r"\(?\d{1,2}\)?")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowError:
    row_number: int  # as Excel shows it
    column: str  # the column's header text
    reason: str  # English template (context "Errors")
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        return translate("Errors", self.reason, lang).format(**self.params)


@dataclass
class ParseResult:
    inputs: list[reg.PupilInput] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)  # Excel row of each input
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    header: tuple[Any, ...] = ()
    sheet_rows: dict[int, tuple[Any, ...]] = field(default_factory=dict)  # bad rows, raw
    total_rows: int = 0  # data rows that were not empty


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    errors: list[RowError]
    total_rows: int
    dry_run: bool = False
    warnings: list[RowError] = field(default_factory=list)
    header: tuple[Any, ...] = ()
    bad_rows: dict[int, tuple[Any, ...]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


# -- cells -------------------------------------------------------------------------------------


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, datetime):
        return format_date(v.date())
    if isinstance(v, date):
        return format_date(v)
    return normalize_text(str(v))


def _birth_date(v: Any, today: date) -> tuple[date | None, str | None]:
    if isinstance(v, datetime):
        d = v.date()
    elif isinstance(v, date):
        d = v
    elif isinstance(v, int | float) and not isinstance(v, bool):
        try:  # a serial number whose date format was lost
            serial = from_excel(v)
        except (ValueError, OverflowError):
            return None, R_NOT_A_DATE
        if not isinstance(serial, datetime):
            return None, R_NOT_A_DATE
        d = serial.date()
    else:
        text = _text(v)
        if not text:
            return None, None
        try:
            d = parse_date(text)
        except ValueError:
            return None, R_NO_SUCH_DAY if _DATE_SHAPE.fullmatch(text) else R_NOT_A_DATE
    if not date(today.year - 25, 1, 1) <= d <= today:
        return None, R_IMPLAUSIBLE
    return d, None


def _sex(r: _Row) -> Sex | None:
    if Field.SEX in r.mapping:
        key = header_key(r.raw(Field.SEX))
        return (Sex.UNKNOWN if not key else Sex.MALE if key in _MALE
                else Sex.FEMALE if key in _FEMALE else None)
    if Field.FEMALE_MARK in r.mapping:  # sector lists: "x" in a "Nữ" column, empty for boys
        mark = header_key(r.raw(Field.FEMALE_MARK))
        return Sex.FEMALE if mark and mark not in ("0", "khong", "nam") else Sex.MALE
    return Sex.UNKNOWN


def _phone(v: Any) -> str:
    if isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer():
        digits = str(int(v))
        return "0" + digits if len(digits) == 9 else digits  # Excel dropped the leading zero
    return _text(v)


# -- parsing -----------------------------------------------------------------------------------


class _Row:
    """One data row being checked: its values by field and the problems found."""

    def __init__(self, number: int, values: tuple[Any, ...], header: tuple[Any, ...],
                 mapping: Mapping_) -> None:
        self.number, self.values, self.header, self.mapping = number, values, header, mapping
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []

    def column(self, f: Field) -> str:
        return _text(self.header[self.mapping[f]]) or f.vi if f in self.mapping else f.vi

    def problem(self, f: Field, reason: str, warning: bool = False, **params: Any) -> None:
        (self.warnings if warning else self.errors).append(
            RowError(self.number, self.column(f), reason, params))

    def raw(self, f: Field) -> Any:
        return self.values[self.mapping[f]] if f in self.mapping else None

    def text(self, f: Field) -> str:
        value = _phone(self.raw(f)) if f in _PHONES else _text(self.raw(f))
        if f == Field.STUDENT_CODE:
            value = value.replace(" ", "")
        if len(value) > f.limit > 0:
            self.problem(f, R_TOO_LONG, limit=f.limit)
        return value

    def guardians(self) -> tuple[reg.GuardianInfo, ...]:
        """Father, mother, guardian with their phones; a shared phone goes to the first."""
        shared = self.text(Field.PHONE)
        found: list[reg.GuardianInfo] = []
        for name_f, phone_f, relation in _GUARDIANS:
            name, phone = self.text(name_f), self.text(phone_f) if phone_f else ""
            if name:
                phone, shared = (shared, "") if not phone and shared else (phone, shared)
                found.append(reg.GuardianInfo(name, relation, phone))
        if shared and not found:
            self.problem(Field.PHONE, W_PHONE_DROPPED, warning=True)
        return tuple(found)


_PHONES = (Field.PHONE, Field.FATHER_PHONE, Field.MOTHER_PHONE)
_GUARDIANS = ((Field.FATHER_NAME, Field.FATHER_PHONE, GuardianRelation.FATHER),
              (Field.MOTHER_NAME, Field.MOTHER_PHONE, GuardianRelation.MOTHER),
              (Field.GUARDIAN_NAME, None, GuardianRelation.GUARDIAN))


def _parse_row(r: _Row, today: date, first_row_of: dict[str, int]) -> reg.PupilInput | None:
    name = " ".join(p for p in (r.text(f) for f in NAME_FIELDS if f in r.mapping) if p)
    name_field = next(f for f in NAME_FIELDS if f in r.mapping)
    if not name:
        r.problem(name_field, R_NO_NAME)
    elif len(name) > 120:
        r.problem(name_field, R_TOO_LONG, limit=120)
    code = r.text(Field.STUDENT_CODE)
    if code in first_row_of:
        r.problem(Field.STUDENT_CODE, R_DUPLICATE, first=first_row_of[code])
    elif code:
        first_row_of[code] = r.number
    birth, problem = _birth_date(r.raw(Field.BIRTH_DATE), today)
    if problem:
        r.problem(Field.BIRTH_DATE, problem)
    sex = _sex(r)
    if sex is None:
        r.problem(Field.SEX, R_SEX)
    pupil = reg.PupilInput(
        full_name=name, sex=sex or Sex.UNKNOWN, class_name=r.text(Field.CLASS_NAME),
        student_code=code, birth_date=birth, ethnicity=r.text(Field.ETHNICITY),
        address=r.text(Field.ADDRESS), guardians=r.guardians())
    return None if r.errors else pupil


def parse_rows(sheet: SheetData, header_row: int, mapping: Mapping_, *,
               today: date | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ParseResult:
    """Check every row under ``header_row`` (1-based) and turn the good ones into PupilInput.
    Empty rows, and a row of column numbers or sub-headers right under the header, are skipped."""
    header = sheet.rows[header_row - 1]
    mapping = {f: c for f, c in mapping.items() if 0 <= c < len(header)}
    if not any(f in mapping for f in NAME_FIELDS):
        raise ExcelFileError(NO_NAME_COLUMN)
    res = ParseResult(header=header)
    first_row_of: dict[str, int] = {}
    data = sheet.rows[header_row:]
    for offset, values in enumerate(data):
        if offset % 200 == 0:
            if cancelled is not None and cancelled():
                raise reg.Cancelled()
            if progress is not None:
                progress(offset, len(data))
        cells = [values[c] for c in mapping.values() if not is_blank(values[c])]
        if not cells or (offset < 3 and all(
                _COLUMN_NUMBER.fullmatch(_text(v)) or match_header(v) for v in cells)):
            continue
        res.total_rows += 1
        r = _Row(header_row + 1 + offset, values, header, mapping)
        pupil = _parse_row(r, today or date.today(), first_row_of)
        res.warnings.extend(r.warnings)
        if pupil is None:
            res.errors.extend(r.errors)
            res.sheet_rows[r.number] = values
        else:
            res.inputs.append(pupil)
            res.row_numbers.append(r.number)
    if progress is not None:
        progress(len(data), len(data))
    return res


# -- importing ---------------------------------------------------------------------------------


def import_pupils(session: AppSession, path: Path | str, mapping: Mapping_ | None = None, *,
                  sheet: str | None = None, header_row: int | None = None,
                  dry_run: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Check the whole file, then create or update its pupils in one transaction.

    A pupil whose mã định danh is already in the register is updated, never duplicated. If any
    row is wrong nothing is written and the report lists every problem. ``dry_run`` checks and
    counts only. ``progress(done, total)`` runs over checking (first half) and writing (second
    half); ``cancelled()`` returning True stops with register.Cancelled and nothing changed.
    """
    session.require(Permission.EDIT_REGISTER, "register")
    data = read_workbook(path, sheet)
    header_row = header_row or detect_header(data.rows)
    mapping = mapping if mapping is not None else guess_mapping(data.rows[header_row - 1])
    half = (lambda done, total: progress(done, 2 * max(total, 1))) if progress else None
    parsed = parse_rows(data, header_row, mapping, today=reg.today(session), progress=half,
                        cancelled=cancelled)

    def report(created: int = 0, updated: int = 0) -> ImportReport:
        return ImportReport(created, updated, parsed.errors, parsed.total_rows, dry_run,
                            parsed.warnings, parsed.header, parsed.sheet_rows)

    if parsed.errors:
        return report()
    total = len(parsed.inputs)
    second = (lambda done, _t: progress(total + done, 2 * max(total, 1))) if progress else None
    try:
        result = reg.bulk_upsert_pupils(session, parsed.inputs, progress=second,
                                        cancelled=cancelled, dry_run=dry_run)
    except ValidationError as exc:  # a rule the checks above do not know yet
        number = parsed.row_numbers[int(exc.params.get("row", 1)) - 1]
        parsed.errors.extend(RowError(number, _field_column(parsed.header, mapping, name), reason)
                             for name, reason in exc.field_errors.items())
        parsed.sheet_rows[number] = data.rows[number - 1]
        return report()
    return report(result.created, result.updated)


def _field_column(header: Sequence[Any], mapping: Mapping_, name: str) -> str:
    f = next((f for f in Field if f.value == name), None)
    if f is None or f not in mapping:
        return name
    return _text(header[mapping[f]]) or f.vi


def write_error_report(path_out: Path | str, report: ImportReport, lang: str = "vi") -> Path:
    """An .xlsx with the header, a copy of each bad row and its problems ("Lỗi" column).

    Like the original file it is not encrypted; tell the user to delete it after use."""
    by_row: dict[int, list[str]] = {}
    for e in report.errors:
        by_row.setdefault(e.row_number, []).append(f"{e.column}: {e.render(lang)}")
    key = "vi" if lang.startswith("vi") else "en"
    header = [*report.header, ROW_COLUMN[key], ERRORS_COLUMN[key]]
    rows = ([*report.bad_rows.get(n, ()), n, " ".join(reasons)]
            for n, reasons in sorted(by_row.items()))
    path = Path(path_out)
    write_rows(path, "Lỗi", header, rows)
    return path
