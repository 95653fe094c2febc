"""The papers of a handover (chuyển hồ sơ): the handover slip (biên bản bàn giao hồ sơ) with the
one-time passphrase, the receipt (giấy biên nhận) the receiving school signs and returns, and the
transfer log (sổ chuyển hồ sơ) printed on demand. Nghị định 30 format (reports/document.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.reports.blocks import Column, data_table, field, para
from kimbai_desktop.reports.document import DocumentSpec, DocumentType, Signer, render_pdf
from kimbai_desktop.reports.styles import styles
from kimbai_desktop.reports.text import doc_date, esc

SLIP_SUMMARY = "Bàn giao hồ sơ bảo vệ trẻ em của học sinh chuyển trường"
RECEIPT_SUMMARY = "Đã nhận hồ sơ bảo vệ trẻ em của học sinh chuyển đến"
LOG_SUMMARY = "Sổ chuyển, nhận hồ sơ bảo vệ trẻ em của học sinh chuyển trường"


@dataclass(frozen=True)
class School:
    name: str
    superior_body: str
    place: str
    principal: str
    symbol: str


@dataclass(frozen=True)
class HandoverPaper:
    """What the slip and the receipt show (from services/handover.py)."""

    sender: School
    receiver_name: str
    on: date
    number: int | None
    pupil_name: str
    pupil_code: str
    birth_date: date | None
    made_by: str
    approved_by: str
    cases: tuple[tuple[str, int, int], ...]  # code, chronology entries, attachments
    levels: int
    package_id: str
    fingerprint: str
    passphrase: str = ""  # only on the sender's slip


BLANK = "……………………………"


def _contents(p: HandoverPaper) -> list[Flowable]:
    out: list[Flowable] = [
        field("Học sinh", f"{p.pupil_name}; mã định danh: {p.pupil_code or '…'}; ngày sinh: "
                          f"{doc_date(p.birth_date)}"),
        para("Hồ sơ bàn giao gồm: thông tin trong sổ theo dõi trẻ em có hoàn cảnh đặc biệt, "
             f"lịch sử cấp độ bảo vệ ({p.levels} lần thay đổi) và các hồ sơ vụ việc sau:"),
    ]
    rows = [[i, code, entries, files] for i, (code, entries, files) in enumerate(p.cases, 1)]
    if rows:
        out.append(data_table([Column("STT", 14 * mm, "CENTER"), Column("Mã hồ sơ", 75 * mm),
                               Column("Số ghi chép", 38 * mm, "CENTER"),
                               Column("Số tài liệu", 38 * mm, "CENTER")], rows))
    else:
        out.append(para("(Không có hồ sơ vụ việc.)"))
    return out


def render_slip(p: HandoverPaper) -> bytes:
    """Biên bản bàn giao hồ sơ, with the passphrase to give by another way than the file."""
    st = styles()
    body: list[Flowable] = [
        para(f"Hôm nay, ngày {doc_date(p.on)}, {p.sender.name} lập biên bản bàn giao hồ sơ bảo "
             f"vệ trẻ em của học sinh chuyển trường cho {p.receiver_name or BLANK}, như sau:"),
        field("Bên giao", f"{p.sender.name}; người lập: {p.made_by}; người phê duyệt: "
                          f"{p.approved_by}"),
        field("Bên nhận", p.receiver_name or BLANK),
        *_contents(p),
        para("Hồ sơ được chuyển bằng một tệp mã hóa, có chữ ký số của nhà trường (dấu nhận "
             f"dạng khóa: {p.fingerprint}). Mật khẩu mở tệp (dùng một lần):"),
        Paragraph(f"<font size=16><b>{esc(p.passphrase)}</b></font>", st.centered),
        para("Tệp và biên bản này được chuyển bằng hai đường khác nhau (tệp qua USB hoặc thư "
             "điện tử, biên bản trao tay hoặc gửi bảo đảm). Bên nhận ký giấy biên nhận kèm "
             "theo và gửi lại trong vòng 15 ngày."),
    ]
    spec = DocumentSpec(
        kind=DocumentType.MINUTES, superior_body=p.sender.superior_body, issuer=p.sender.name,
        symbol=p.sender.symbol, summary=SLIP_SUMMARY, number=p.number,
        signer=Signer(p.approved_by or p.sender.principal), place=p.sender.place, date=p.on,
        body=tuple(body), recipients=(p.receiver_name or BLANK,),
        co_signer=Signer(p.made_by, position="NGƯỜI LẬP"))
    return render_pdf(spec)


def render_receipt(p: HandoverPaper, *, receiver: School | None = None) -> bytes:
    """Giấy biên nhận: issued by the receiving school (``receiver``: its own profile, when it
    prints the receipt after importing; else the name the sender typed, signature left blank)."""
    r = receiver or School(p.receiver_name or BLANK, "", "", "", "")
    body: list[Flowable] = [
        para(f"{r.name} đã nhận của {p.sender.name} hồ sơ bảo vệ trẻ em của học sinh chuyển "
             "trường (theo biên bản bàn giao của bên giao), gồm:"),
        *_contents(p),
        field("Dấu nhận dạng khóa của trường gửi", p.fingerprint),
        para("Bên nhận cam kết bảo mật thông tin của trẻ em theo quy định và gửi lại giấy "
             "biên nhận này cho bên giao."),
    ]
    spec = DocumentSpec(
        kind=DocumentType.MINUTES, title="GIẤY BIÊN NHẬN", superior_body=r.superior_body,
        issuer=r.name, symbol=r.symbol or "…", summary=RECEIPT_SUMMARY, number=None,
        signer=Signer(r.principal), place=r.place or "……………", date=p.on, body=tuple(body),
        recipients=(p.sender.name,))
    return render_pdf(spec)


@dataclass(frozen=True)
class LogLine:
    at: datetime
    sent: bool
    pupil: str
    other_school: str
    files: str
    by: str
    receipt: str  # "Đã nhận 05/12/2024" / "Chưa nhận (quá hạn)"


def render_log(school: School, on: date, lines: list[LogLine]) -> bytes:
    rows = [[i, doc_date(line.at.astimezone(SCHOOL_TZ).date()), "Gửi đi" if line.sent else "Nhận về", line.pupil,
             line.other_school, line.files, line.by, line.receipt]
            for i, line in enumerate(lines, 1)]
    columns = [Column("STT", 12 * mm, "CENTER"), Column("Ngày", 21 * mm),
               Column("Chiều", 15 * mm), Column("Học sinh", 25 * mm),
               Column("Trường", 24 * mm), Column("Hồ sơ", 26 * mm),
               Column("Người thực hiện", 21 * mm), Column("Biên nhận", 21 * mm)]
    body: list[Flowable] = [para(f"Tính đến ngày {doc_date(on)}: {len(lines)} lượt chuyển, "
                                 "nhận hồ sơ."), data_table(columns, rows)]
    spec = DocumentSpec(
        kind=DocumentType.REPORT, superior_body=school.superior_body, issuer=school.name,
        symbol=school.symbol, summary=LOG_SUMMARY, signer=Signer(school.principal),
        place=school.place, date=on, body=tuple(body), recipients=())
    return render_pdf(spec)
