"""(h) The de-identified statistics sheet: cases by form, sex, grade, place and status, and the
register by group (Điều 10) and protection level — counts only, never a name. As a PDF
document and as an .xlsx workbook (built in memory; every cell a value, never a formula).

For publication (a notice board, a meeting) small counts are shown as "dưới 5" and the cells
that would give them away are hidden (domain/small_counts.py); the copy for the superior body
keeps the exact figures."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from kimbai_desktop.domain import small_counts
from kimbai_desktop.reports.blocks import Column, data_table, heading, para
from kimbai_desktop.reports.charts import bar_chart
from kimbai_desktop.reports.document import TEXT_WIDTH
from kimbai_desktop.reports.text import doc_date
from kimbai_desktop.services.excel_export import safe_cell

Counts = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Statistics:
    """Plain counts; labels are the legal Vietnamese wording."""

    period: str  # "năm học 2024-2025" or "từ ngày 01/09/2024 đến ngày 31/12/2024"
    on: date  # the register is counted as on this day
    cases: int
    children: int  # children named in those cases (lượt trẻ em)
    by_form: Counts
    by_sex: Counts
    by_grade: Counts
    by_place: Counts
    by_status: Counts
    register_total: int  # children followed in the register
    at_risk: int
    by_group: Counts
    by_level: Counts

    def sections(self) -> list[tuple[str, str, Counts, str]]:
        """(part, title, counts, unit) in the order both outputs show them."""
        cases, reg = "Vụ việc", "Sổ theo dõi"
        return [
            (cases, "Vụ việc theo hình thức xâm hại", self.by_form, "Số vụ việc"),
            (cases, "Trẻ em trong các vụ việc theo giới tính", self.by_sex, "Số lượt trẻ em"),
            (cases, "Trẻ em trong các vụ việc theo khối lớp", self.by_grade, "Số lượt trẻ em"),
            (cases, "Vụ việc theo địa điểm xảy ra", self.by_place, "Số vụ việc"),
            (cases, "Vụ việc theo tình trạng xử lý", self.by_status, "Số vụ việc"),
            (reg, "Trẻ em có hoàn cảnh đặc biệt theo nhóm (Điều 10 Luật Trẻ em)", self.by_group,
             "Số trẻ em"),
            (reg, "Trẻ em trong sổ theo dõi theo cấp độ bảo vệ", self.by_level, "Số trẻ em"),
        ]


PUBLICATION_NOTE = (
    "Bản số liệu để công bố: số từ 1 đến 4 được ghi là “dưới 5”; ô ghi “x” được ẩn để không "
    "thể suy ra số nhỏ từ dòng tổng cộng; bảng ghi “x” ở mọi ô là bảng không công bố chi tiết "
    "vì số quá nhỏ.")


@dataclass(frozen=True)
class ShownSection:
    """One table as the document shows it: the text of each count and of the total."""

    part: str
    title: str
    unit: str
    rows: tuple[tuple[str, str], ...]  # (label, count as shown)
    total: str | None  # None: no total row (one case, several forms)
    withheld: bool = False


def shown_sections(stats: Statistics, publication: bool = False) -> list[ShownSection]:
    """Every table's figures as text: exact, or protected for publication."""
    out = []
    for part, title, counts, unit in stats.sections():
        with_total = not (counts is stats.by_form or counts is stats.by_group)
        values = [n for _, n in counts]
        if publication:
            line = small_counts.protect_line(values, with_total=with_total)
            cells, total, withheld = line.cells, line.total or None, line.withheld
        else:
            cells = tuple(str(n) for n in values)
            total, withheld = (str(sum(values)) if with_total else None), False
        out.append(ShownSection(part, title, unit,
                                tuple((label, c) for (label, _), c in zip(counts, cells,
                                                                           strict=True)),
                                total, withheld))
    return out


def _n(n: int, publication: bool) -> str:
    return small_counts.shown(n) if publication else str(n)


def cases_sentence(stats: Statistics, publication: bool = False) -> str:
    """How many cases the school received in the period (or that it received none)."""
    if not stats.cases:
        return f"Trong {stats.period}, nhà trường không tiếp nhận vụ việc xâm hại trẻ em nào."
    return (f"Trong {stats.period}, nhà trường tiếp nhận {_n(stats.cases, publication)} vụ "
            f"việc, liên quan đến {_n(stats.children, publication)} lượt trẻ em.")


def register_sentence(stats: Statistics, publication: bool = False) -> str:
    """How many children the register follows, said without "0 trẻ em, trong đó 0"."""
    on = f"Tính đến ngày {doc_date(stats.on)}, sổ theo dõi"
    if not stats.register_total:
        return f"{on} chưa có trẻ em nào."
    at_risk = (f", trong đó {_n(stats.at_risk, publication)} trẻ em có nguy cơ rơi vào hoàn "
               "cảnh đặc biệt" if stats.at_risk else "")
    return f"{on} có {_n(stats.register_total, publication)} trẻ em{at_risk}."


def statistics_summary(period: str) -> str:
    return f"Số liệu thống kê về công tác bảo vệ trẻ em {period}"


def _table(section: ShownSection, width: float) -> Flowable:
    """STT | Nội dung | <unit>, with the total row when the section has one."""
    columns = [Column("STT", 14 * mm, "CENTER"), Column("Nội dung", width - 44 * mm),
               Column(section.unit, 30 * mm, "CENTER")]
    rows = [(str(i), label, n) for i, (label, n) in enumerate(section.rows, start=1)]
    total_row = ("", "Tổng cộng", section.total) if section.total is not None else None
    return data_table(columns, rows, total_row=total_row)


def statistics_body(stats: Statistics, school: str, *,
                    publication: bool = False) -> list[Flowable]:
    sections = shown_sections(stats, publication)
    out: list[Flowable] = [para(
        "Số liệu dưới đây không chứa thông tin định danh của trẻ em. Một vụ việc có thể có "
        "nhiều hình thức xâm hại và liên quan đến nhiều trẻ em; một trẻ em có thể thuộc nhiều "
        "nhóm hoàn cảnh đặc biệt, nên tổng theo từng bảng có thể lớn hơn số vụ việc, số trẻ "
        "em.", "note")]
    if publication:
        out.append(para(PUBLICATION_NOTE, "note"))
    out.append(heading("I. VỤ VIỆC XÂM HẠI TRẺ EM"))
    out.append(para(cases_sentence(stats, publication)))
    current, number = sections[0].part, 0
    for section in sections:
        if section.part != current:
            current, number = section.part, 0
            out.append(heading("II. TRẺ EM ĐƯỢC THEO DÕI TRONG SỔ THEO DÕI"))
            out.append(para(register_sentence(stats, publication)))
        number += 1
        out.append(heading(f"{number}. {section.title}", 2))
        out.append(_table(section, TEXT_WIDTH))
        if section.title == sections[0].title and stats.cases and not publication:
            out.append(Spacer(1, 6))  # a bar's height would show a small count exactly
            out.append(bar_chart([(label, n) for label, n in stats.by_form if n],
                                 TEXT_WIDTH * 0.9))
        out.append(Spacer(1, 6))
    out.append(para(f"Trên đây là số liệu thống kê về công tác bảo vệ trẻ em {stats.period} "
                    f"của {school}./."))
    return out


def statistics_workbook(stats: Statistics, school: str, *, publication: bool = False) -> bytes:
    """The same counts as an .xlsx (one sheet: part, content, count), built in memory; for
    publication the counts are the protected texts ("dưới 5", "x")."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Thống kê")
    for i, width in enumerate((16, 70, 14), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    n = (lambda v: _n(v, True)) if publication else int
    ws.append([safe_cell(ws, statistics_summary(stats.period), bold=True)])
    ws.append([safe_cell(ws, school)])
    ws.append([safe_cell(ws, f"Số vụ việc: {n(stats.cases)}; số lượt trẻ em: "
                             f"{n(stats.children)}; sổ theo dõi ngày {doc_date(stats.on)}: "
                             f"{n(stats.register_total)} trẻ em ({n(stats.at_risk)} có nguy cơ)")])
    if publication:
        ws.append([safe_cell(ws, PUBLICATION_NOTE)])
    ws.append([])
    ws.append([safe_cell(ws, h, bold=True) for h in ("Phần", "Nội dung", "Số lượng")])
    for section in shown_sections(stats, publication):
        ws.append([safe_cell(ws, section.part),
                   safe_cell(ws, f"{section.title} ({section.unit.lower()})", bold=True)])
        for label, shown in section.rows:
            value: object = shown if publication else int(shown)
            ws.append([safe_cell(ws, section.part), safe_cell(ws, label), safe_cell(ws, value)])
        if publication and section.total is not None:
            ws.append([safe_cell(ws, section.part), safe_cell(ws, "Tổng cộng"),
                       safe_cell(ws, section.total)])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
