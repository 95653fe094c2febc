"""(e) The attendance sheet of one activity, for signatures on paper (danh sách ký tên): the
activity's title, date and place above a ruled table (STT, họ và tên, chức vụ/đơn vị, chữ ký)
with rows tall enough to sign in. A staff activity comes pre-filled with the active staff;
empty rows follow for guests and anyone not listed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from kimbai_desktop.reports.blocks import Column, data_table, field, para
from kimbai_desktop.reports.text import doc_date

ROW_HEIGHT = 9.5 * mm  # room for a signature
COLUMNS = (
    Column("STT", 12 * mm, "CENTER"),
    Column("Họ và tên", 58 * mm),
    Column("Chức vụ, đơn vị", 55 * mm),
    Column("Chữ ký", 40 * mm, "CENTER"),
)  # 165 mm: the whole text width
MIN_ROWS = 25
MAX_BLANK_ROWS = 400  # a whole school's parents at one meeting
EXTRA_ROWS = 5  # after a pre-filled list: guests, new staff


@dataclass(frozen=True)
class AttendanceSheet:
    title: str
    kind: str  # the activity kind's label
    held_on: date
    minutes: int
    place: str
    facilitators: str
    for_staff: bool
    people: tuple[tuple[str, str], ...]  # (full name, position or unit), pre-filled
    expected: int  # participants recorded for the activity (0 when none yet)

    @property
    def blank_rows(self) -> int:
        if self.people:
            return EXTRA_ROWS
        return max(MIN_ROWS, min(self.expected + EXTRA_ROWS, MAX_BLANK_ROWS))


def attendance_summary(sheet: AttendanceSheet) -> str:
    """"Người tham dự “<title>”": the title quoted as written (it may start with a name, as
    "Tháng hành động vì trẻ em")."""
    who = "Cán bộ, giáo viên, nhân viên tham dự" if sheet.for_staff else "Người tham dự"
    return f"{who} \u201c{sheet.title}\u201d"


def attendance_body(sheet: AttendanceSheet) -> list[Flowable]:
    duration = f", thời lượng {sheet.minutes} phút" if sheet.minutes else ""
    out: list[Flowable] = [
        field("Hình thức", sheet.kind),
        field("Thời gian", f"ngày {doc_date(sheet.held_on)}{duration}"),
        field("Địa điểm", sheet.place),
    ]
    if sheet.facilitators:
        out.append(field("Người thực hiện", sheet.facilitators))
    rows: list[tuple[str, str, str, str]] = [
        (str(i), name, unit, "") for i, (name, unit) in enumerate(sheet.people, start=1)]
    start = len(rows) + 1
    rows += [(str(i), "", "", "") for i in range(start, start + sheet.blank_rows)]
    out.append(signature_table(rows))
    out.append(para("Tổng số người tham dự: ............ người.", "body"))
    return out


def signature_table(rows: list[tuple[str, str, str, str]]) -> Table:
    """The ruled list with tall rows; the header row repeats on every page."""
    table = data_table(COLUMNS, rows, row_height=ROW_HEIGHT)
    table.setStyle(TableStyle([("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return table
