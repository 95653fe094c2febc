"""(g) A case dossier (hồ sơ vụ việc) with its whole chronology, complete or de-identified
(children as Trẻ A, Trẻ B, no addresses or phones, no staff names): for a transfer to another school, a request
from the authorities, or an anonymised copy for the education office."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.deidentify import Deidentifier
from kimbai_desktop.reports.blocks import Column, data_table, field, heading, para
from kimbai_desktop.reports.body_map import body_map_block
from kimbai_desktop.reports.casefile import DEIDENTIFIED_NOTE, CaseFile, CaseView
from kimbai_desktop.reports.intake import channel_text
from kimbai_desktop.reports.text import UNKNOWN_TIME, doc_date, doc_time, short_time

SUMMARY = "Tổng hợp hồ sơ vụ việc"


def dossier_summary(case: CaseFile, *, deidentified: bool = False) -> str:
    suffix = " (bản không định danh)" if deidentified else ""
    return f"{SUMMARY} {case.detail.brief.code}{suffix}"


def _table(v: CaseView, columns: list[Column], rows: Sequence[Sequence[str]],
           staff_column: int | None = None) -> Flowable:
    """A table; in a de-identified copy the staff column (if any) is left out."""
    if v.deidentified and staff_column is not None:
        extra = columns[staff_column].width
        columns = [c for n, c in enumerate(columns) if n != staff_column]
        widest = max(range(len(columns)), key=lambda n: columns[n].width)
        columns[widest] = Column(columns[widest].title, columns[widest].width + extra,
                                 columns[widest].align)
        rows = [tuple(x for n, x in enumerate(r) if n != staff_column) for r in rows]
    return data_table(columns, rows)


def chronology(case: CaseFile, v: CaseView) -> list[Flowable]:
    """The chronology read like a story: entries in the order things happened, numbered 1, 2, 3
    in that order. An entry written later than entries about later events (back-dated) falls
    into place and says when it was written and its number in the order of writing, which is
    the order the integrity check follows."""
    entries = case.entries
    position = {e.id: n for n, e in enumerate(entries, start=1)}
    # An entry "fell into place" when an entry about a later event was written before it.
    later_min = [min((x.seq for x in entries[n + 1:]), default=None) for n in range(len(entries))]
    rows = []
    for n, e in enumerate(entries, start=1):
        text = v.text(e.text)
        if e.corrects_id is not None:
            text = f"Đính chính mục {position.get(e.corrects_id, '?')}: {text}"
        if e.corrected_by:
            later = ", ".join(str(position.get(c, "?")) for c in e.corrected_by)
            text += f" (đã được đính chính ở mục {later})"
        first_later = later_min[n - 1]
        placed = first_later is not None and first_later < e.seq
        written = [f"ghi bổ sung lúc {short_time(e.entered_at)}"] if e.backdated else []
        if placed or e.seq != n:
            written.append(f"thứ tự ghi sổ {e.seq}")
        if written:
            text += f" ({', '.join(written)})"
        rows.append((str(n), short_time(e.event_at), e.kind.vi, text, e.author))
    out: list[Flowable] = [
        # "Loại" fits "Bước quy trình" and "Thăm gia đình" on one line (they broke mid-term)
        _table(v, [Column("STT", 12 * mm, "CENTER"), Column("Thời gian", 24 * mm, "CENTER"),
                   Column("Loại", 29 * mm), Column("Nội dung", 67 * mm),
                   Column("Người ghi", 33 * mm)], rows, staff_column=4)]
    if case.chronology_ok is not None:
        integrity = ("toàn vẹn: không mục nào bị sửa, xóa hoặc đảo thứ tự ghi" if case.chronology_ok
                     else f"PHÁT HIỆN SAI LỆCH từ mục ghi thứ {case.chronology_broken_seq}")
        out.append(para(f"Kiểm tra chuỗi nhật ký hồ sơ ({len(case.entries)} mục, theo thứ tự "
                        f"ghi sổ): {integrity}.", "note"))
    return out


def dossier_body(case: CaseFile, *, deidentified: bool = False,
                 deid: Deidentifier | None = None) -> list[Flowable]:
    v = CaseView(case, deidentified=deidentified, deid=deid)
    d, i = v.detail, v.detail.intake
    out: list[Flowable] = []
    if deidentified:
        out.append(para(DEIDENTIFIED_NOTE, "note"))
    elif d.withhold_note:
        out.append(para(f"Lưu ý khi chia sẻ thông tin: {d.withhold_note}", "note"))

    out.append(heading("I. THÔNG TIN CHUNG"))
    status = d.brief.status.vi
    if d.closed_at:
        status += f" ngày {doc_date(d.closed_at.astimezone(SCHOOL_TZ).date())}"
    out += [field("Mã hồ sơ", d.brief.code),
            field("Tình trạng", f"{status} (bước hiện tại: {d.brief.step.vi.lower()})"),
            field("Thời gian tiếp nhận", doc_time(i.received_at)),
            field("Thời gian phát hiện", doc_time(i.discovered_at)),
            field("Thời gian xảy ra", doc_time(i.incident_at) if i.incident_at
                  else UNKNOWN_TIME),
            field("Nguồn thông tin", i.source.vi),
            field("Kênh tiếp nhận", channel_text(i.channel, v.text(i.channel_note))),
            field("Trẻ em", v.children_text()),
            field("Đối tượng", i.subject.vi),
            field("Hình thức xâm hại", v.forms()),
            field("Địa điểm", v.place()),
            field("Người bị nghi gây tổn hại", v.people()),
            field("Mức độ nguy cơ", i.risk_level.vi + (" (khẩn cấp)" if i.urgent else "")),
            field("Tóm tắt sự việc", v.text(i.summary)),
            field("Tình trạng của trẻ khi tiếp nhận", v.text(i.current_situation)),
            field("Người lập hồ sơ", v.person(d.created_by))]
    if i.injuries:
        out.append(field("Thương tích", v.text(i.injuries)))
    out += body_map_block(case.marks, v)

    out.append(heading("II. CÁC BƯỚC XỬ LÝ"))
    steps = sorted((s for s in d.steps if s.done_at is not None),
                   key=lambda s: s.done_at or datetime.min)
    out.append(_table(v, [Column("STT", 12 * mm, "CENTER"), Column("Bước", 45 * mm),
                          Column("Thời gian", 34 * mm, "CENTER"), Column("Ghi chú", 39 * mm),
                          Column("Người thực hiện", 35 * mm)],
                      [(str(n), s.step.vi, short_time(s.done_at), v.text(s.note), s.done_by)
                       for n, s in enumerate(steps, start=1)], staff_column=4))

    out.append(heading("III. DIỄN BIẾN (NHẬT KÝ HỒ SƠ)"))
    out += chronology(case, v)

    if case.notifications:
        out.append(heading("IV. THÔNG BÁO ĐÃ THỰC HIỆN"))
        out.append(_table(v, [Column("STT", 12 * mm, "CENTER"), Column("Thời gian", 30 * mm,
                                                                       "CENTER"),
                              Column("Nơi nhận", 40 * mm), Column("Hình thức", 22 * mm),
                              Column("Kết quả", 61 * mm)],
                          [(str(n), short_time(x.at), v.body_name(x.recipient), x.channel.vi,
                            v.notification_result(x))
                           for n, x in enumerate(case.notifications, start=1)]))

    out.append(heading("V. KẾ HOẠCH HỖ TRỢ, CAN THIỆP"))
    if d.plan_approved_on:
        approver = "" if deidentified else f", người phê duyệt: {d.plan_approver}"
        out.append(field("Phê duyệt", f"ngày {doc_date(d.plan_approved_on)}{approver}"))
        out.append(field("Nội dung", v.text(d.plan_summary)))
    else:
        out.append(para("Chưa có kế hoạch được phê duyệt."))
    if case.tasks:
        out.append(_table(v, [Column("STT", 12 * mm, "CENTER"), Column("Nhiệm vụ", 68 * mm),
                              Column("Người thực hiện", 35 * mm), Column("Hạn", 24 * mm, "CENTER"),
                              Column("Trạng thái", 26 * mm)],
                          [(str(n), v.text(t.title), t.owner, doc_date(t.due) if t.due else "",
                            t.status.vi) for n, t in enumerate(case.tasks, start=1)],
                          staff_column=2))
    if case.referrals:
        out.append(heading("VI. CHUYỂN TUYẾN"))
        out.append(data_table([Column("STT", 12 * mm, "CENTER"), Column("Dịch vụ", 28 * mm),
                               Column("Nơi tiếp nhận", 65 * mm), Column("Ngày", 26 * mm, "CENTER"),
                               Column("Tình trạng", 34 * mm)],
                              [(str(n), r.service.vi, v.text(r.to_whom), doc_date(r.sent_on),
                                r.status.vi) for n, r in enumerate(case.referrals, start=1)]))
    if case.consents:
        out.append(heading("VII. SỰ ĐỒNG Ý"))
        out.append(data_table(
            [Column("STT", 12 * mm, "CENTER"), Column("Người đồng ý", 45 * mm),
             Column("Phạm vi", 55 * mm), Column("Ngày", 25 * mm, "CENTER"),
             Column("Trẻ đồng ý", 28 * mm, "CENTER")],
            [(str(n), v.text(c.relation) if deidentified else f"{c.consenter} ({c.relation})",
              c.scope.vi, doc_date(c.given_on), "Có" if c.child_agreed else "Không")
             for n, c in enumerate(case.consents, start=1)]))
    if case.attachments:
        files = (f"{len(case.attachments)} tệp (không kèm theo bản này)" if deidentified
                 else "; ".join(a.filename for a in case.attachments))
        out.append(field("Tài liệu lưu trong hồ sơ", files))
    if d.closure_note:
        out.append(field("Kết thúc hồ sơ", v.text(d.closure_note)))
    out.append(para("Hồ sơ được trích từ sổ hồ sơ vụ việc của nhà trường tại thời điểm lập văn "
                    "bản này./."))
    return out
