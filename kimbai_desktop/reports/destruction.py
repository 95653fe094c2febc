"""The destruction record (biên bản hủy hồ sơ hết thời hạn bảo quản): what is destroyed (kind,
code, dates, no name), the period and its source, the SHA-256 of the content, how it is
destroyed and by whom; signed by the principal and a second person (Nghị định 30/2020 format,
reports/document.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.reports.audit_certificate import grouped_hash
from kimbai_desktop.reports.blocks import Column, data_table, heading, para
from kimbai_desktop.reports.text import EMPTY, doc_date

SUMMARY = "Hủy hồ sơ hết thời hạn bảo quản"


@dataclass(frozen=True)
class DestructionFacts:
    kind_label: str  # "Hồ sơ vụ việc"
    code: str  # the case code, or the pupil's identifier
    started_on: date | None
    ended_on: date
    years: int
    due_on: date
    source: str
    content_hash: str
    school: str
    on: date
    principal: str
    second: str


def destruction_body(f: DestructionFacts) -> list[Flowable]:
    out: list[Flowable] = [para(
        f"Hôm nay, {doc_date(f.on)}, tại {f.school}, chúng tôi gồm: {f.principal}, Hiệu "
        f"trưởng, và {f.second}, tiến hành hủy hồ sơ đã hết thời hạn bảo quản được lưu trong "
        "phần mềm quản lý hồ sơ bảo vệ trẻ em KimBai Desktop.")]
    out.append(heading("1. Hồ sơ được hủy", 2))
    rows = [("Loại hồ sơ", f.kind_label), ("Mã hồ sơ", f.code),
            ("Ngày mở hồ sơ", doc_date(f.started_on) if f.started_on else EMPTY),
            ("Ngày kết thúc", doc_date(f.ended_on)),
            ("Thời hạn bảo quản", f"{f.years:02d} năm kể từ ngày kết thúc"),
            ("Căn cứ thời hạn", f.source),
            ("Hết thời hạn từ", doc_date(f.due_on)),
            ("Mã băm nội dung (SHA-256)", grouped_hash(f.content_hash))]
    out.append(data_table([Column("Nội dung", 55 * mm), Column("Thông tin", 110 * mm)], rows))
    out.append(heading("2. Phương thức hủy", 2))
    out.append(para(
        "Toàn bộ nội dung hồ sơ (thông tin trẻ em, diễn biến, tài liệu đính kèm, bản nháp và "
        "dữ liệu tìm kiếm) bị xóa vĩnh viễn khỏi cơ sở dữ liệu mã hóa, không khôi phục được "
        "từ tệp dữ liệu. Phần mềm chỉ giữ lại mã hồ sơ, các ngày nêu trên, mã băm nội dung và "
        "số của biên bản này; nhật ký truy cập ghi lại việc hủy, không ghi nội dung hồ sơ."))
    out.append(para(
        "Các bản sao lưu làm trước ngày hủy vẫn chứa hồ sơ: nhà trường hủy các bản sao lưu đó "
        "khi chúng hết thời hạn lưu giữ. Mã băm in trên biên bản cho phép đối chiếu một bản sao "
        "lưu cũ với hồ sơ đã hủy. Biên bản được lập thành 02 bản; hai người ký tên dưới đây xác "
        "nhận việc hủy."))
    return out
