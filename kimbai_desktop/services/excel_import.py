"""Importing the pupil list from the sector's class lists (.xlsx, .xls, .ods). No Qt here.

Real files have title rows (often merged) above the header, Vietnamese headers in many spellings,
dates both as Excel dates and as "dd/mm/yyyy" text, decomposed (NFD) text, stray spaces, one sheet
per class, signatures and totals under the table and pupils who have left. The import is all or
nothing: every row of every sheet is checked first and, if any is wrong, nothing is written and
each problem is reported with its sheet, row number, column and reason.

Reading the file (within limits) is in :mod:`excel_read`, recognising headers in
:mod:`excel_sheet`, the table's end, leavers and lost zeros in :mod:`excel_table`. Cell
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
from kimbai_desktop.domain.register import GuardianRelation, PupilStatus
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
    read_sheets,
    read_workbook,
)
from kimbai_desktop.services.excel_table import (
    FOOTER_KINDS,
    NOTE,
    SIGNATURE,
    class_of_sheet,
    footer_kind,
    leaver_status,
    numeric_code,
    row_text,
    usual_code_length,
)
from kimbai_desktop.services.protection import check_password
from kimbai_desktop.services.session import AppSession

__all__ = [
    "CodeFix", "ExcelFileError", "Field", "ImportReport", "LeaverRow", "Mapping_", "ParseResult",
    "RowError", "SheetData", "SheetPlan", "SkippedRow", "detect_header", "guess_mapping",
    "import_pupils", "parse_rows", "plan_sheet", "plan_sheets", "read_sheets", "read_workbook",
    "write_error_report",
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
R_DUPLICATE_SHEET = QT_TRANSLATE_NOOP("Errors", "The same identifier (mã định danh) is already in sheet {sheet}, row {first}. Each pupil may appear only once.")
W_PHONE_DROPPED = QT_TRANSLATE_NOOP("Errors", "The phone number was not kept: the row has no parent's or guardian's name.")
W_CODE_ZEROS = QT_TRANSLATE_NOOP("Errors", "The identifier {code} was stored by Excel as a number and may have lost its leading zeros (the others have {length} digits): {padded}?")

ERRORS_COLUMN = {"vi": "Lỗi", "en": "Errors"}
ROW_COLUMN = {"vi": "Dòng trong tệp gốc", "en": "Row in the original file"}
SHEET_COLUMN = {"vi": "Trang tính", "en": "Sheet"}
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
    sheet: str = ""

    def render(self, lang: str | None = None) -> str:
        return translate("Errors", self.reason, lang).format(**self.params)


@dataclass(frozen=True)
class SkippedRow:
    """A line under the table (signature, date line, totals, note): never imported."""

    sheet: str
    row_number: int
    kind: str  # a key of excel_table.FOOTER_KINDS
    text: str


@dataclass(frozen=True)
class LeaverRow:
    """A pupil whose status column says she left: never added; archived if in the register."""

    sheet: str
    row_number: int
    full_name: str
    status_text: str  # as written in the file
    status: PupilStatus


@dataclass(frozen=True)
class CodeFix:
    """An identifier that Excel stored as a number, shorter than the file's usual length."""

    sheet: str
    row_number: int
    full_name: str
    as_read: str
    padded: str


@dataclass(frozen=True)
class SheetPlan:
    """How one sheet is read: its header row, what each column holds, and the class given to
    its pupils when it has no class column (from the title row or the sheet's name)."""

    sheet: str
    header_row: int
    mapping: Mapping_
    class_name: str = ""
    pupil_rows: int = 0  # rows that look like a pupil's (for the GUI's list of sheets)


@dataclass
class ParseResult:
    inputs: list[reg.PupilInput] = field(default_factory=list)
    row_numbers: list[tuple[str, int]] = field(default_factory=list)  # (sheet, row) of each input
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    header: tuple[Any, ...] = ()
    sheet_rows: dict[tuple[str, int], tuple[Any, ...]] = field(default_factory=dict)  # bad rows
    total_rows: int = 0  # data rows that were not empty (leavers included, footer lines not)
    skipped: list[SkippedRow] = field(default_factory=list)
    leavers: list[LeaverRow] = field(default_factory=list)
    leaver_inputs: list[tuple[reg.PupilInput, PupilStatus]] = field(default_factory=list)
    code_fixes: list[CodeFix] = field(default_factory=list)


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    errors: list[RowError]
    total_rows: int
    dry_run: bool = False
    warnings: list[RowError] = field(default_factory=list)
    header: tuple[Any, ...] = ()
    bad_rows: dict[tuple[str, int], tuple[Any, ...]] = field(default_factory=dict)
    sheets: tuple[str, ...] = ()  # the sheets imported, in the workbook's order
    skipped: list[SkippedRow] = field(default_factory=list)
    leavers: list[LeaverRow] = field(default_factory=list)
    code_fixes: list[CodeFix] = field(default_factory=list)
    codes_padded: bool = False  # the zeros of code_fixes were put back
    marked_left: int = 0  # leavers found in the register and archived
    left_out: int = 0  # leavers not in the register: not added
    other_sheets: tuple[str, ...] = ()  # sheets of the file without a pupil list: not read

    @property
    def ok(self) -> bool:
        return not self.errors

    def skipped_kinds(self) -> list[str]:
        """The kinds of lines skipped, as keys of FOOTER_KINDS, in a fixed order."""
        found = {r.kind for r in self.skipped}
        return [k for k in FOOTER_KINDS if k in found]


# -- cells -------------------------------------------------------------------------------------


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "x" if v else ""
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
                 mapping: Mapping_, sheet: str) -> None:
        self.number, self.values, self.header, self.mapping = number, values, header, mapping
        self.sheet = sheet
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []

    def column(self, f: Field) -> str:
        return _text(self.header[self.mapping[f]]) or f.vi if f in self.mapping else f.vi

    def problem(self, f: Field, reason: str, warning: bool = False, **params: Any) -> None:
        (self.warnings if warning else self.errors).append(
            RowError(self.number, self.column(f), reason, params, self.sheet))

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


@dataclass
class _Context:
    """What the check of one import shares across its sheets."""

    today: date
    code_length: int
    pad_codes: bool
    first_row_of: dict[str, tuple[str, int]] = field(default_factory=dict)


def _parse_row(r: _Row, ctx: _Context, class_name: str,
               res: ParseResult) -> reg.PupilInput:
    name = " ".join(p for p in (r.text(f) for f in NAME_FIELDS if f in r.mapping) if p)
    name_field = next(f for f in NAME_FIELDS if f in r.mapping)
    if not name:
        r.problem(name_field, R_NO_NAME)
    elif len(name) > 120:
        r.problem(name_field, R_TOO_LONG, limit=120)
    code = r.text(Field.STUDENT_CODE)
    digits = numeric_code(r.raw(Field.STUDENT_CODE))
    if digits is not None and len(digits) < ctx.code_length:
        padded = digits.zfill(ctx.code_length)
        res.code_fixes.append(CodeFix(r.sheet, r.number, name, digits, padded))
        r.problem(Field.STUDENT_CODE, W_CODE_ZEROS, warning=True, code=digits, padded=padded,
                  length=ctx.code_length)
        code = padded if ctx.pad_codes else code
    if code in ctx.first_row_of:
        sheet, first = ctx.first_row_of[code]
        if sheet == r.sheet:
            r.problem(Field.STUDENT_CODE, R_DUPLICATE, first=first)
        else:
            r.problem(Field.STUDENT_CODE, R_DUPLICATE_SHEET, sheet=sheet, first=first)
    elif code:
        ctx.first_row_of[code] = (r.sheet, r.number)
    birth, problem = _birth_date(r.raw(Field.BIRTH_DATE), ctx.today)
    if problem:
        r.problem(Field.BIRTH_DATE, problem)
    sex = _sex(r)
    if sex is None:
        r.problem(Field.SEX, R_SEX)
    return reg.PupilInput(
        full_name=name, sex=sex or Sex.UNKNOWN,
        class_name=r.text(Field.CLASS_NAME) if Field.CLASS_NAME in r.mapping else class_name,
        student_code=code, birth_date=birth, ethnicity=r.text(Field.ETHNICITY),
        address=r.text(Field.ADDRESS), guardians=r.guardians())


def _looks_like_pupil(values: tuple[Any, ...], mapping: Mapping_, number_col: int | None) -> bool:
    """A name with a date of birth, an identifier, a sex or a number in the STT column: such a
    row is a pupil even under a signature line, never dropped as part of the footer."""
    if not any(not is_blank(values[mapping[f]]) for f in NAME_FIELDS if f in mapping):
        return False
    others = [values[mapping[f]] for f in (Field.BIRTH_DATE, Field.STUDENT_CODE, Field.SEX,
                                           Field.FEMALE_MARK) if f in mapping]
    if number_col is not None:
        stt = values[number_col]
        others.append(stt if isinstance(stt, int | float) and not isinstance(stt, bool)
                      or (isinstance(stt, str) and stt.strip().isdigit()) else None)
    return any(not is_blank(v) for v in others)


def _column_numbers(cells: list[Any]) -> bool:
    """A row of column numbers ("(1)", "(2)"...) or sub-headers, as under some headers."""
    return bool(cells) and all(_COLUMN_NUMBER.fullmatch(_text(v)) or match_header(v)
                               for v in cells)


def _number_column(header: tuple[Any, ...], mapping: Mapping_) -> int | None:
    used = set(mapping.values())
    return next((c for c, v in enumerate(header)
                 if c not in used and header_key(v) in ("stt", "tt", "so thu tu")), None)


def parse_rows(sheet: SheetData, header_row: int, mapping: Mapping_, *,
               today: date | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, class_name: str = "",
               pad_codes: bool = False, code_length: int | None = None,
               into: ParseResult | None = None, context: _Context | None = None,
               ) -> ParseResult:
    """Check every row under ``header_row`` (1-based) and turn the good ones into PupilInput.
    Empty rows, and a row of column numbers or sub-headers right under the header, are skipped;
    so are the lines under the table (signatures, date line, totals, notes: ``skipped``). Pupils
    whose status says they left go to ``leavers``. ``class_name`` is the class of pupils when
    there is no class column. An identifier that Excel turned into a number and that is shorter
    than ``code_length`` is listed in ``code_fixes`` and padded only when ``pad_codes``."""
    header = sheet.rows[header_row - 1]
    mapping = {f: c for f, c in mapping.items() if 0 <= c < len(header)}
    if not any(f in mapping for f in NAME_FIELDS):
        raise ExcelFileError(NO_NAME_COLUMN)
    data = sheet.rows[header_row:]
    if context is None:
        codes = [r[mapping[Field.STUDENT_CODE]] for r in data] if Field.STUDENT_CODE in mapping \
            else []
        context = _Context(today or date.today(),
                           code_length or usual_code_length(codes), pad_codes)
    res = into if into is not None else ParseResult()
    if not res.header:
        res.header = header
    number_col = _number_column(header, mapping)
    in_footer = signed = False
    for offset, values in enumerate(data):
        if offset % 200 == 0:
            if cancelled is not None and cancelled():
                raise reg.Cancelled()
            if progress is not None:
                progress(offset, len(data))
        if all(is_blank(v) for v in values):
            continue
        number = header_row + 1 + offset
        pupil_like = _looks_like_pupil(values, mapping, number_col)
        kind = None if pupil_like else footer_kind(values)
        if kind is not None or (in_footer and not pupil_like):
            in_footer = True
            kind = kind or (SIGNATURE if signed else NOTE)
            signed = signed or kind == SIGNATURE
            res.skipped.append(SkippedRow(sheet.sheet, number, kind, row_text(values)))
            continue
        cells = [values[c] for c in mapping.values() if not is_blank(values[c])]
        if not cells or (offset < 3 and _column_numbers(cells)):
            continue
        res.total_rows += 1
        r = _Row(number, values, header, mapping, sheet.sheet)
        pupil = _parse_row(r, context, class_name, res)
        status = leaver_status(r.raw(Field.STATUS))
        if status is not None:  # not imported: its problems do not matter
            res.leavers.append(LeaverRow(sheet.sheet, number, pupil.full_name,
                                         _text(r.raw(Field.STATUS)), status))
            if pupil.full_name and (pupil.student_code or pupil.birth_date):
                res.leaver_inputs.append((pupil, status))
            continue
        res.warnings.extend(r.warnings)
        if r.errors:
            res.errors.extend(r.errors)
            res.sheet_rows[(sheet.sheet, number)] = values
        else:
            res.inputs.append(pupil)
            res.row_numbers.append((sheet.sheet, number))
    if progress is not None:
        progress(len(data), len(data))
    return res


# -- the sheets of a workbook --------------------------------------------------------------------


def plan_sheet(data: SheetData, header_row: int | None = None,
               mapping: Mapping_ | None = None) -> SheetPlan | None:
    """How ``data`` would be read, or None when it holds no pupil table (no header found)."""
    try:
        header_row = header_row or detect_header(data.rows)
    except ExcelFileError:
        return None
    header = data.rows[header_row - 1]
    mapping = mapping if mapping is not None else guess_mapping(header)
    if not any(f in mapping for f in NAME_FIELDS):
        return None
    class_name = "" if Field.CLASS_NAME in mapping else class_of_sheet(
        data.sheet, data.rows[:header_row - 1])
    number_col = _number_column(header, mapping)
    pupils = sum(1 for r in data.rows[header_row:] if _looks_like_pupil(r, mapping, number_col)
                 and not _column_numbers([r[c] for c in mapping.values() if not is_blank(r[c])]))
    return SheetPlan(data.sheet, header_row, mapping, class_name, pupils)


def plan_sheets(sheets: Sequence[SheetData]) -> list[SheetPlan]:
    """The plans of the sheets that hold a pupil table, in the workbook's order."""
    return [p for data in sheets if (p := plan_sheet(data)) is not None]


# -- importing ---------------------------------------------------------------------------------


def import_pupils(session: AppSession, path: Path | str, mapping: Mapping_ | None = None, *,
                  sheet: str | None = None, header_row: int | None = None,
                  plans: Sequence[SheetPlan] | None = None, pad_codes: bool = False,
                  dry_run: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Check the whole file, then create or update its pupils in one transaction.

    Which sheets: ``plans`` if given; else ``sheet`` (with ``header_row`` and ``mapping`` if
    given); else every sheet that holds a pupil table, each with its own header. A pupil whose
    mã định danh is already in the register is updated, never duplicated. Leavers (status
    column) are not added; those in the register are archived. If any row is wrong nothing is
    written and the report lists every problem. ``dry_run`` checks and counts only.
    ``progress(done, total)`` runs over checking (first half) and writing (second half);
    ``cancelled()`` returning True stops with register.Cancelled and nothing changed.
    """
    session.require(Permission.EDIT_REGISTER, "register")
    others: tuple[str, ...] = ()
    if plans is not None:
        wanted = tuple(p.sheet for p in plans)
        by_name = {d.sheet: d for d in read_sheets(path, wanted)}
        work = [(by_name[p.sheet], p) for p in plans if p.sheet in by_name]
    elif sheet is not None or header_row is not None or mapping is not None:
        data = read_workbook(path, sheet)
        plan = plan_sheet(data, header_row, mapping)
        if plan is None:
            header_row = header_row or detect_header(data.rows)  # raises NO_HEADER
            raise ExcelFileError(NO_NAME_COLUMN)
        work = [(data, plan)]
    else:
        all_sheets = read_sheets(path)
        work = [(d, p) for d in all_sheets if (p := plan_sheet(d)) is not None]
        if not work:
            detect_header(all_sheets[0].rows)  # raises NO_HEADER
        others = tuple(d.sheet for d in all_sheets if d.sheet not in {p.sheet for _, p in work})
    codes = [r[p.mapping[Field.STUDENT_CODE]] for d, p in work if Field.STUDENT_CODE in p.mapping
             for r in d.rows[p.header_row:]]
    ctx = _Context(reg.today(session), usual_code_length(codes), pad_codes)
    parsed = ParseResult()
    total_rows = max(1, sum(len(d.rows) - p.header_row for d, p in work))
    done = 0
    for data, plan in work:
        base = done
        half = ((lambda d, _t, b=base: progress(b + d, 2 * total_rows)) if progress else None)
        parse_rows(data, plan.header_row, plan.mapping, progress=half, cancelled=cancelled,
                   class_name=plan.class_name, into=parsed, context=ctx)
        done += len(data.rows) - plan.header_row
    sheet_names = tuple(p.sheet for _, p in work)

    def report(result: reg.BulkResult | None = None) -> ImportReport:
        return ImportReport(
            result.created if result else 0, result.updated if result else 0, parsed.errors,
            parsed.total_rows, dry_run, parsed.warnings, parsed.header, parsed.sheet_rows,
            sheet_names, parsed.skipped, parsed.leavers, parsed.code_fixes, pad_codes,
            result.marked_left if result else 0, result.left_out if result else 0, others)

    if parsed.errors:
        return report()
    total = len(parsed.inputs)
    second = (lambda d, _t: progress(total + d, 2 * max(total, 1))) if progress else None
    try:
        result = reg.bulk_upsert_pupils(session, parsed.inputs, progress=second,
                                        cancelled=cancelled, dry_run=dry_run,
                                        leavers=parsed.leaver_inputs)
    except ValidationError as exc:  # a rule the checks above do not know yet
        index = int(exc.params.get("row", 1)) - 1
        if index >= len(parsed.row_numbers):  # a leaver's row: left out, as its problems are
            raise
        sheet_name, number = parsed.row_numbers[index]
        data, plan = next((d, p) for d, p in work if d.sheet == sheet_name)
        parsed.errors.extend(RowError(number, _field_column(data.rows[plan.header_row - 1],
                                                            plan.mapping, name), reason,
                                      {}, sheet_name)
                             for name, reason in exc.field_errors.items())
        parsed.sheet_rows[(sheet_name, number)] = data.rows[number - 1]
        return report()
    return report(result)


def _field_column(header: Sequence[Any], mapping: Mapping_, name: str) -> str:
    f = next((f for f in Field if f.value == name), None)
    if f is None or f not in mapping:
        return name
    return _text(header[mapping[f]]) or f.vi


def write_error_report(path_out: Path | str, report: ImportReport, lang: str = "vi", *,
                       password: str) -> Path:
    """An .xlsx with the header, a copy of each bad row and its problems ("Lỗi" column); with
    several sheets, a first column says which sheet the row is in.

    It copies pupils' data, so it is encrypted with ``password`` (services/protection.py)."""
    check_password(password)
    by_row: dict[tuple[str, int], list[str]] = {}
    for e in report.errors:
        by_row.setdefault((e.sheet, e.row_number), []).append(f"{e.column}: {e.render(lang)}")
    key = "vi" if lang.startswith("vi") else "en"
    several = len(report.sheets) > 1
    header = [*([SHEET_COLUMN[key]] if several else []), *report.header, ROW_COLUMN[key],
              ERRORS_COLUMN[key]]
    order = {name: i for i, name in enumerate(report.sheets)}
    rows = ([*([where[0]] if several else []), *report.bad_rows.get(where, ()), where[1],
             " ".join(reasons)]
            for where, reasons in sorted(by_row.items(),
                                         key=lambda kv: (order.get(kv[0][0], 0), kv[0][1])))
    path = Path(path_out)
    write_rows(path, "Lỗi", header, rows, password=password)
    return path
