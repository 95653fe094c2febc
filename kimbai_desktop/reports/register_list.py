"""(d) The list of children in special circumstances and children at risk (danh sách trẻ em có
hoàn cảnh đặc biệt, trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt): one ruled table that runs
over as many pages as needed, its header row repeated on each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.domain.enums import ProtectionLevel, SpecialCircumstance
from kimbai_desktop.reports.blocks import Column, data_table, para
from kimbai_desktop.reports.text import doc_date

AT_RISK = "NC"  # shown in the group column for a child at risk
COLUMNS = (
    Column("STT", 11 * mm, "CENTER"),
    Column("Họ và tên", 48 * mm),
    Column("Ngày sinh", 23 * mm, "CENTER"),
    Column("Lớp", 12 * mm, "CENTER"),
    Column("Nhóm", 19 * mm, "CENTER"),
    Column("Mức độ", 25 * mm),
    Column("Rà soát gần nhất", 27 * mm, "CENTER"),
)  # 165 mm: the whole text width


@dataclass(frozen=True)
class RegisterLine:
    full_name: str
    birth_date: date | None
    class_name: str
    groups: tuple[SpecialCircumstance, ...]
    at_risk: bool
    level: ProtectionLevel
    last_review: date | None


def register_summary(school_year: str) -> str:
    return ("Danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy cơ rơi vào hoàn cảnh đặc "
            f"biệt năm học {school_year}")


def group_cell(line: RegisterLine) -> str:
    letters = [g.letter for g in line.groups]
    if line.at_risk:
        letters.append(AT_RISK)
    return ", ".join(letters)


def register_body(lines: Sequence[RegisterLine], on: date) -> list[Flowable]:
    special = sum(1 for x in lines if x.groups)
    risk = sum(1 for x in lines if x.at_risk)
    parts = [f"{special} trẻ em có hoàn cảnh đặc biệt" if special else "",
             f"{risk} trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt" if risk else ""]
    among = " và ".join(p for p in parts if p)
    if not lines:
        return [para(f"Tính đến ngày {doc_date(on)}, sổ theo dõi của nhà trường chưa có trẻ em "
                     "nào có hoàn cảnh đặc biệt hoặc có nguy cơ rơi vào hoàn cảnh đặc biệt.")]
    out: list[Flowable] = [para(
        f"Tính đến ngày {doc_date(on)}, nhà trường đang theo dõi {len(lines)} trẻ em"
        + (f", trong đó {among}" if among else "") + ", cụ thể như sau:")]
    rows = [(str(n), x.full_name, doc_date(x.birth_date) if x.birth_date else "", x.class_name,
             group_cell(x), x.level.vi, doc_date(x.last_review) if x.last_review else "Chưa")
            for n, x in enumerate(lines, start=1)]
    out.append(data_table(COLUMNS, rows))
    used = {g for x in lines for g in x.groups}
    legend = [g.legal_label for g in SpecialCircumstance if g in used]
    if any(x.at_risk for x in lines):
        legend.append(f"{AT_RISK}: trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt")
    if legend:
        out.append(para("Ghi chú cột Nhóm (theo Điều 10 Luật Trẻ em năm 2016): "
                        + "; ".join(legend) + ".", "note"))
    out.append(para("Danh sách chứa thông tin bí mật đời sống riêng tư của trẻ em; chỉ sử dụng "
                    "cho công tác bảo vệ trẻ em, không sao chép, chia sẻ khi chưa được phép.",
                    "note"))
    return out
