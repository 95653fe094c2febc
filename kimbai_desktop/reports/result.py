"""(b) The written result report of a case ("báo cáo kết quả bằng văn bản", due at the latest
03 days after discovery under the school's rule): the facts, what the school did, where things
stand and what it proposes."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kimbai_desktop.domain.cases import CaseStatus, TaskStatus
from kimbai_desktop.domain.deadlines import (
    DEFAULT_RULES,
    SCHOOL_TZ,
    WorkingCalendar,
    due_at,
)
from kimbai_desktop.domain.deidentify import Deidentifier
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.reports.blocks import Column, data_table, field, heading, para
from kimbai_desktop.reports.casefile import DEIDENTIFIED_NOTE, CaseFile, CaseView
from kimbai_desktop.reports.text import doc_date, doc_time, short_time

SUMMARY = "Kết quả xử lý vụ việc"
_SKIP = {ProcedureStep.RECEIVED, ProcedureStep.CLOSED}


def result_summary(case: CaseFile) -> str:
    return f"{SUMMARY} (hồ sơ {case.detail.brief.code})"


def result_due(case: CaseFile) -> str:
    """The day the written report is due (the school's rule counts from discovery)."""
    rule = next(r for r in DEFAULT_RULES if r.step == ProcedureStep.RESULT_REPORT)
    due = due_at(rule, case.detail.intake.discovered_at.astimezone(SCHOOL_TZ), WorkingCalendar())
    return doc_date(due.date())


def result_body(case: CaseFile, school: str, *, deidentified: bool = False,
                deid: Deidentifier | None = None) -> list[Flowable]:
    v = CaseView(case, deidentified=deidentified, deid=deid)
    d, i = v.detail, v.detail.intake
    out: list[Flowable] = []
    if deidentified:
        out.append(para(DEIDENTIFIED_NOTE, "note"))
    out.append(para(
        f"Ngày {doc_date(i.discovered_at.astimezone(SCHOOL_TZ).date())}, {school} phát hiện "
        f"và tiếp nhận thông tin về vụ việc xâm hại trẻ em (mã hồ sơ {d.brief.code}). Nhà "
        f"trường báo cáo kết quả xử lý như sau:"))

    out.append(heading("I. THÔNG TIN VỀ VỤ VIỆC"))
    out.append(field("Trẻ em", v.children_text()))
    out.append(field("Thời gian tiếp nhận", doc_time(i.received_at)))
    out.append(field("Địa điểm", v.place()))
    out.append(field("Hình thức xâm hại", v.forms()))
    out.append(field("Nội dung sự việc", v.text(i.summary)))
    out.append(field("Người bị nghi gây tổn hại", v.people()))
    urgent = " (khẩn cấp)" if i.urgent else ""
    out.append(field("Mức độ nguy cơ", f"{i.risk_level.vi}{urgent}"))

    out.append(heading("II. KẾT QUẢ XỬ LÝ"))
    out.append(heading("1. Thông báo cho cơ quan, cá nhân có trách nhiệm", 2))
    if case.notifications:
        out.append(data_table(
            [Column("STT", 12 * mm, "CENTER"), Column("Thời gian", 36 * mm, "CENTER"),
             Column("Nơi nhận thông báo", 48 * mm), Column("Hình thức", 24 * mm),
             Column("Kết quả", 45 * mm)],
            [(str(n), short_time(x.at), v.body_name(x.recipient), x.channel.vi, v.notification_result(x))
             for n, x in enumerate(case.notifications, start=1)]))
    else:
        out.append(para("Chưa ghi nhận việc thông báo."))
    out.append(heading("2. Các bước đã thực hiện", 2))
    done = sorted((s for s in d.steps if s.done_at is not None and s.step not in _SKIP),
                  key=lambda s: s.done_at or datetime.min)
    for s in done:
        note = f": {v.text(s.note)}" if s.note else ""
        out.append(para(f"- {s.step.vi} ({doc_time(s.done_at)}){note}."))
    if not done:
        out.append(para("- Nhà trường đang tiến hành đánh giá ban đầu."))
    out.append(heading("3. Biện pháp hỗ trợ, can thiệp", 2))
    out.append(field("Biện pháp ban đầu", v.text(i.immediate_actions)))
    if d.plan_approved_on:
        approver = "" if deidentified else f" của {d.plan_approver}"
        out.append(field("Kế hoạch hỗ trợ, can thiệp",
                         f"phê duyệt ngày {doc_date(d.plan_approved_on)}{approver}. "
                         f"{v.text(d.plan_summary)}".strip()))
    for t in case.tasks:
        state = t.status.vi.lower() if t.status != TaskStatus.DONE else "đã hoàn thành"
        due = f", hạn {doc_date(t.due)}" if t.due else ""
        out.append(para(f"- {v.text(t.title)} ({state}{due})."))
    for r in case.referrals:
        out.append(para(f"- Chuyển tuyến {r.service.vi.lower()}: {v.text(r.to_whom)}, ngày "
                        f"{doc_date(r.sent_on)} ({r.status.vi.lower()})."))

    out.append(heading("III. TÌNH TRẠNG HIỆN TẠI VÀ ĐỀ XUẤT"))
    out.append(field("Tình trạng của trẻ em", v.text(i.current_situation)))
    if d.brief.status == CaseStatus.CLOSED:
        closed = doc_date(d.closed_at.astimezone(SCHOOL_TZ).date()) if d.closed_at else ""
        out.append(field("Hồ sơ", f"đã kết thúc ngày {closed}. {v.text(d.closure_note)}"))
    else:
        out.append(field("Hồ sơ", f"đang xử lý (bước hiện tại: {d.brief.step.vi.lower()})"))
    out.append(para(
        "Nhà trường tiếp tục theo dõi, hỗ trợ trẻ em tại trường; phối hợp chặt chẽ với gia "
        "đình và các cơ quan có trách nhiệm thực hiện kế hoạch hỗ trợ, can thiệp; giữ bí mật "
        "thông tin của trẻ em theo quy định và báo cáo kịp thời khi có diễn biến mới."))
    out.append(para(f"Thời hạn báo cáo bằng văn bản theo quy định của nhà trường: chậm nhất "
                    f"ngày {result_due(case)} (03 ngày kể từ khi phát hiện).", "note"))
    out.append(para(f"Trên đây là báo cáo kết quả xử lý vụ việc của {school}./."))
    return out
