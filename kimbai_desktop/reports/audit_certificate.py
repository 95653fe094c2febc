"""(i) The audit-chain certificate: a minute (biên bản) of a check of the hash-chained audit
trail — events counted, head hash, result — so that a later rewrite of the trail can be shown
by comparing it with this paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.reports.blocks import Column, data_table, heading, para
from kimbai_desktop.reports.document import Signer
from kimbai_desktop.reports.text import EMPTY, doc_time

SUMMARY = "Kiểm tra tính toàn vẹn của nhật ký truy cập phần mềm KimBai Desktop"


@dataclass(frozen=True)
class ChainCertificate:
    ok: bool
    count: int  # events checked
    head_hash: str  # SHA-256 of the last event that fits the chain
    first_broken_id: int | None
    checked_at: datetime  # aware
    checked_by: str  # full name of the account that ran the check
    first_event_at: datetime | None = None  # aware
    last_event_at: datetime | None = None
    app_version: str = ""


def grouped_hash(digest: str) -> str:
    """64 hex digits in four groups of 16, two groups a line: easier to read and compare."""
    groups = [digest[i:i + 16] for i in range(0, len(digest), 16)]
    return "\n".join(" ".join(groups[i:i + 2]) for i in range(0, len(groups), 2))


def certificate_body(cert: ChainCertificate, school: str) -> list[Flowable]:
    result = ("TOÀN VẸN: không sự kiện nào bị sửa, xóa hoặc đảo thứ tự." if cert.ok else
              f"KHÔNG TOÀN VẸN: chuỗi bị sai lệch từ sự kiện số {cert.first_broken_id}; các sự "
              f"kiện từ số đó trở đi không khớp với chuỗi.")
    out: list[Flowable] = [para(
        f"Vào lúc {doc_time(cert.checked_at)}, tại {school}, {cert.checked_by} đã kiểm tra nhật "
        f"ký truy cập của phần mềm quản lý hồ sơ bảo vệ trẻ em KimBai Desktop"
        f"{' phiên bản ' + cert.app_version if cert.app_version else ''}.")]
    out.append(heading("1. Nội dung kiểm tra", 2))
    out.append(para(
        "Nhật ký truy cập ghi lại mọi lần đăng nhập, xem, sửa, in và xuất hồ sơ (ai, lúc nào, "
        "việc gì, hồ sơ nào; không ghi nội dung hồ sơ). Mỗi sự kiện mang mã băm SHA-256 tính "
        "từ nội dung của nó và mã băm của sự kiện liền trước; phần mềm tính lại toàn bộ chuỗi "
        "từ sự kiện đầu tiên để phát hiện sự kiện bị sửa, bị xóa hoặc bị đảo thứ tự."))
    out.append(heading("2. Kết quả kiểm tra", 2))
    rows = [("Số sự kiện khớp chuỗi", str(cert.count)),
            ("Sự kiện đầu tiên", doc_time(cert.first_event_at) if cert.first_event_at else EMPTY),
            ("Sự kiện cuối cùng", doc_time(cert.last_event_at) if cert.last_event_at else EMPTY),
            ("Mã băm cuối chuỗi (SHA-256)", grouped_hash(cert.head_hash)),
            ("Kết luận", result)]
    out.append(data_table([Column("Nội dung", 55 * mm), Column("Kết quả", 110 * mm)], rows))
    out.append(heading("3. Cách đối chiếu về sau", 2))
    out.append(para(
        f"Khi cần chứng minh nhật ký không bị viết lại, mở mục Nhật ký truy cập của phần mềm và "
        f"kiểm tra tính toàn vẹn: nhật ký phải có ít nhất {cert.count} sự kiện và sự kiện số "
        f"{cert.count} phải mang đúng mã băm ghi trên. Nếu không, nhật ký đã bị thay đổi sau "
        f"thời điểm lập biên bản này. Việc in biên bản này được ghi thành sự kiện tiếp theo "
        f"của nhật ký."))
    out.append(para("Biên bản được lập thành 01 bản, lưu tại văn thư nhà trường./."))
    return out


def co_signer(cert: ChainCertificate, principal: str) -> Signer:
    """The second signature of the minute: whoever ran the check, or, when the principal ran
    it, a witness who writes their name by hand."""
    if cert.checked_by and cert.checked_by != principal:
        return Signer(cert.checked_by, "NGƯỜI KIỂM TRA")
    return Signer("", "NGƯỜI CHỨNG KIẾN")
