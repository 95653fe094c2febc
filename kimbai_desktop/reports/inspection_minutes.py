"""The minute of one inspection of the school's plan (biên bản kiểm tra việc thực hiện kế hoạch
phòng, chống xâm hại trẻ em): when and where, who inspected, what was checked, what was found,
and the follow-up actions with their owners, due dates and state, signed by the principal and
by whoever wrote the minute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.reports.blocks import Column, data_table, heading, para
from kimbai_desktop.reports.document import Signer
from kimbai_desktop.reports.text import doc_date


@dataclass(frozen=True)
class MinuteAction:
    action: str
    owner: str
    due: date | None
    done_on: date | None


@dataclass(frozen=True)
class InspectionMinute:
    school_year: str
    held_on: date
    inspectors: str  # names and roles, one per line
    scope: str
    findings: str
    actions: tuple[MinuteAction, ...]


def minute_summary(school_year: str) -> str:
    return f"Kiểm tra việc thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm học {school_year}"


def minute_recipients() -> tuple[str, ...]:
    return ("Ban giám hiệu (để chỉ đạo)",
            "Người được giao tại mục IV (để thực hiện)")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _state(a: MinuteAction, on: date) -> str:
    if a.done_on is not None:
        return f"Đã thực hiện ngày {doc_date(a.done_on)}"
    if a.due is not None and a.due < on:
        return "Quá hạn, chưa thực hiện"
    return "Đang thực hiện"


def minute_body(m: InspectionMinute, school: str, on: date) -> list[Flowable]:
    """The minute's body; ``on`` is the document's date (an action due before it and not
    done is said to be overdue)."""
    d = m.held_on
    out: list[Flowable] = [para(
        f"Hôm nay, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}, tại {school}, đã tiến "
        f"hành kiểm tra việc thực hiện Kế hoạch phòng, chống xâm hại trẻ em năm học "
        f"{m.school_year} của nhà trường.")]
    out.append(heading("I. THÀNH PHẦN KIỂM TRA", 1))
    out += [para(f"- {line}") for line in _lines(m.inspectors)]
    out.append(heading("II. NỘI DUNG KIỂM TRA", 1))
    out += [para(line if line.startswith("-") else f"- {line}") for line in _lines(m.scope)]
    out.append(heading("III. KẾT QUẢ KIỂM TRA", 1))
    out += [para(line) for line in _lines(m.findings)]
    out.append(heading("IV. KIẾN NGHỊ, BIỆN PHÁP KHẮC PHỤC", 1))
    if m.actions:
        out.append(data_table(
            [Column("STT", 12 * mm, "CENTER"), Column("Nội dung cần thực hiện", 63 * mm),
             Column("Người thực hiện", 35 * mm), Column("Thời hạn", 22 * mm, "CENTER"),
             Column("Kết quả", 33 * mm)],
            [(str(n), a.action, a.owner, doc_date(a.due) if a.due else "Không ấn định",
              _state(a, on)) for n, a in enumerate(m.actions, start=1)]))
    else:
        out.append(para("Không có kiến nghị, biện pháp khắc phục."))
    out.append(para("Biên bản được thông qua trước các thành viên tham gia kiểm tra, lập thành "
                    "02 bản: 01 bản lưu tại văn thư nhà trường, 01 bản lưu trong hồ sơ công tác "
                    "bảo vệ trẻ em./."))
    return out


def minute_co_signer() -> Signer:
    """The second signature: whoever wrote the minute signs and writes their name by hand."""
    return Signer("", "NGƯỜI LẬP BIÊN BẢN")
