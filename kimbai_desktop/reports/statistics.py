"""(h) The de-identified statistics sheet: cases by form, sex, grade, place and status, and the
register by group (Điều 10) and protection level — counts only, never a name. As a PDF
document and as an .xlsx workbook (built in memory; every cell a value, never a formula)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from reportlab.platypus import Flowable, Spacer

from kimbai_desktop.reports.blocks import count_table, heading, para
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


def cases_sentence(stats: Statistics) -> str:
    """How many cases the school received in the period (or that it received none)."""
    if not stats.cases:
        return f"Trong {stats.period}, nhà trường không tiếp nhận vụ việc xâm hại trẻ em nào."
    return (f"Trong {stats.period}, nhà trường tiếp nhận {stats.cases} vụ việc, liên quan đến "
            f"{stats.children} lượt trẻ em.")


def register_sentence(stats: Statistics) -> str:
    """How many children the register follows, said without "0 trẻ em, trong đó 0"."""
    on = f"Tính đến ngày {doc_date(stats.on)}, sổ theo dõi"
    if not stats.register_total:
        return f"{on} chưa có trẻ em nào."
    at_risk = (f", trong đó {stats.at_risk} trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt"
               if stats.at_risk else "")
    return f"{on} có {stats.register_total} trẻ em{at_risk}."


def statistics_summary(period: str) -> str:
    return f"Số liệu thống kê về công tác bảo vệ trẻ em {period}"


def statistics_body(stats: Statistics, school: str) -> list[Flowable]:
    sections = stats.sections()
    out: list[Flowable] = [para(
        "Số liệu dưới đây không chứa thông tin định danh của trẻ em. Một vụ việc có thể có "
        "nhiều hình thức xâm hại và liên quan đến nhiều trẻ em; một trẻ em có thể thuộc nhiều "
        "nhóm hoàn cảnh đặc biệt, nên tổng theo từng bảng có thể lớn hơn số vụ việc, số trẻ "
        "em.", "note")]
    out.append(heading("I. VỤ VIỆC XÂM HẠI TRẺ EM"))
    out.append(para(cases_sentence(stats)))
    current, number = sections[0][0], 0
    for part, title, counts, unit in sections:
        if part != current:
            current, number = part, 0
            out.append(heading("II. TRẺ EM ĐƯỢC THEO DÕI TRONG SỔ THEO DÕI"))
            out.append(para(register_sentence(stats)))
        number += 1
        out.append(heading(f"{number}. {title}", 2))
        multi = counts is stats.by_form or counts is stats.by_group  # one case, many forms
        out.append(count_table("Nội dung", counts, TEXT_WIDTH, unit=unit, total=not multi))
        if counts is stats.by_form and stats.cases:
            out.append(Spacer(1, 6))
            out.append(bar_chart([(label, n) for label, n in counts if n], TEXT_WIDTH * 0.9))
        out.append(Spacer(1, 6))
    out.append(para(f"Trên đây là số liệu thống kê về công tác bảo vệ trẻ em {stats.period} "
                    f"của {school}./."))
    return out


def statistics_workbook(stats: Statistics, school: str) -> bytes:
    """The same counts as an .xlsx (one sheet: part, content, count), built in memory."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Thống kê")
    for i, width in enumerate((16, 70, 14), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.append([safe_cell(ws, statistics_summary(stats.period), bold=True)])
    ws.append([safe_cell(ws, school)])
    ws.append([safe_cell(ws, f"Số vụ việc: {stats.cases}; số lượt trẻ em: {stats.children}; "
                             f"sổ theo dõi ngày {doc_date(stats.on)}: {stats.register_total} "
                             f"trẻ em ({stats.at_risk} có nguy cơ)")])
    ws.append([])
    ws.append([safe_cell(ws, h, bold=True) for h in ("Phần", "Nội dung", "Số lượng")])
    for part, title, counts, unit in stats.sections():
        ws.append([safe_cell(ws, part), safe_cell(ws, f"{title} ({unit.lower()})", bold=True)])
        for label, n in counts:
            ws.append([safe_cell(ws, part), safe_cell(ws, label), safe_cell(ws, int(n))])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
