"""(a) The intake report of a case: the fields of Mẫu số 01 (Nghị định 56/2017/NĐ-CP),
"Báo cáo tiếp nhận thông tin" — who reported what, when, about which child, and what was done."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kimbai_desktop.domain.cases import IntakeChannel
from kimbai_desktop.domain.deidentify import Deidentifier
from kimbai_desktop.reports.blocks import field, heading, para
from kimbai_desktop.reports.body_map import body_map_block
from kimbai_desktop.reports.casefile import DEIDENTIFIED_NOTE, CaseFile, CaseView
from kimbai_desktop.reports.document import Signer
from kimbai_desktop.reports.text import EMPTY, UNKNOWN_TIME, doc_date, doc_time

SUMMARY = "Tiếp nhận thông tin trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại"


def intake_summary(case: CaseFile) -> str:
    """Trích yếu (never a child's name: the case code identifies the file)."""
    return f"{SUMMARY} (hồ sơ {case.detail.brief.code})"


def channel_text(channel: IntakeChannel | None, note: str) -> str:
    """How the concern reached the school, as printed; "Không ghi" for cases made before the
    channel was recorded."""
    if channel is None:
        return "Không ghi"
    if channel == IntakeChannel.OTHER:
        return f"{channel.vi}: {note}" if note else channel.vi
    return f"{channel.vi} ({note})" if note else channel.vi


def receiving_officer(case: CaseFile, *, deidentified: bool = False) -> Signer:
    """Mẫu số 01 is signed by the officer who received the report, beside the principal; a
    de-identified copy leaves the name to be written by hand."""
    return Signer("" if deidentified else case.detail.created_by, "CÁN BỘ TIẾP NHẬN")


def intake_body(case: CaseFile, school: str, *, deidentified: bool = False,
                deid: Deidentifier | None = None) -> list[Flowable]:
    v = CaseView(case, deidentified=deidentified, deid=deid)
    d, i = v.detail, v.detail.intake
    out: list[Flowable] = []
    if deidentified:
        out.append(para(DEIDENTIFIED_NOTE, "note"))
    out.append(para(
        f"Thực hiện quy định tại Điều 25 Nghị định số 56/2017/NĐ-CP ngày 09 tháng 5 năm 2017 "
        f"của Chính phủ quy định chi tiết một số điều của Luật Trẻ em, {school} báo cáo việc "
        f"tiếp nhận thông tin về trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại như sau:"))

    out.append(heading("1. Thông tin tiếp nhận", 2))
    out.append(field("Nguồn nhận thông tin", i.source.vi))
    out.append(field("Kênh tiếp nhận", channel_text(i.channel, v.text(i.channel_note))))
    out.append(field("Thời gian tiếp nhận", doc_time(i.received_at)))
    out.append(field("Thời gian phát hiện", doc_time(i.discovered_at)))
    out.append(field("Thời gian xảy ra vụ việc", doc_time(i.incident_at)
                     if i.incident_at else UNKNOWN_TIME))
    out.append(field("Mã hồ sơ", d.brief.code))

    out.append(heading("2. Thông tin về trẻ em", 2))
    for n, child in enumerate(d.children, start=1):
        pupil = v.pupil(child)
        prefix = f"Trẻ thứ {n}: " if len(d.children) > 1 else ""
        out.append(field(f"{prefix}Họ và tên trẻ em", v.child_name(child)))
        if pupil is not None and pupil.birth_date and not deidentified:
            out.append(field("Ngày sinh", doc_date(pupil.birth_date)))
        elif deidentified:
            out.append(field("Độ tuổi", v.age(child)))
        else:
            label = "Tuổi" if child.pupil_id is not None else "Tuổi (ước lượng)"
            out.append(field(label, v.age(child)))
        out.append(field("Giới tính", child.sex.vi))
        if pupil is not None and pupil.classes and not deidentified:
            out.append(field("Lớp", pupil.classes[0][1]))
    out.append(field("Đối tượng", i.subject.vi))

    out.append(heading("3. Thông tin về vụ việc", 2))
    out.append(field("Địa điểm xảy ra vụ việc", v.place()))
    out.append(field("Hình thức xâm hại (theo thông tin ban đầu)", v.forms()))
    out.append(field("Tóm tắt sự việc", v.text(i.summary)))
    out.append(field("Người bị nghi gây tổn hại", v.people()))
    out.append(field("Tình trạng hiện tại của trẻ em", v.text(i.current_situation)))
    if i.injuries:
        out.append(field("Thương tích (nếu có)", v.text(i.injuries)))
    out += body_map_block(case.marks, v)
    out.append(field("Phỏng đoán hậu quả nếu không được hỗ trợ, can thiệp",
                     v.text(i.likely_consequences)))
    urgent = "; cần can thiệp khẩn cấp" if i.urgent else ""
    out.append(field("Mức độ nguy cơ", f"{i.risk_level.vi}{urgent}"))

    out.append(heading("4. Thông tin về gia đình, người chăm sóc", 2))
    if not deidentified:
        # Mẫu số 01 asks for the parents' name, age and occupation: what the register does
        # not hold is left as a dotted line to fill in by hand.
        listed = False
        for child in d.children:
            pupil = v.pupil(child)
            for g in pupil.guardians if pupil is not None else ():
                phone = f"; điện thoại: {g.phone}" if g.phone else ""
                out.append(field(f"{g.relation.vi} (họ tên, tuổi, nghề nghiệp)",
                                 f"{g.full_name}; tuổi: {EMPTY}; nghề nghiệp: {EMPTY}{phone}"))
                listed = True
        if not listed:
            for parent in ("Cha", "Mẹ"):
                out.append(field(f"{parent} (họ tên, tuổi, nghề nghiệp)",
                                 f"{EMPTY}; tuổi: {EMPTY}; nghề nghiệp: {EMPTY}"))
    out.append(field("Hoàn cảnh gia đình", v.text(i.family_situation)))
    out.append(field("Người chăm sóc trẻ hiện tại",
                     v.person(i.caregiver, "[người chăm sóc]") if i.caregiver else EMPTY))

    out.append(heading("5. Hành động hỗ trợ, can thiệp đã thực hiện", 2))
    out.append(field("Các biện pháp ban đầu", v.text(i.immediate_actions)))
    for note in case.notifications:
        out.append(field(f"Đã thông báo {v.body_in_sentence(note.recipient)}",
                         f"{note.channel.vi.lower()}, {doc_time(note.at)}"))

    out.append(heading("6. Người cung cấp thông tin, người tiếp nhận", 2))
    if deidentified:
        out.append(field("Người cung cấp thông tin", "Không ghi trong bản không định danh"))
    elif i.informant_consents and i.informant_name:
        out.append(field("Người cung cấp thông tin", i.informant_name))
        out.append(field("Số điện thoại", i.informant_phone))
        out.append(field("Địa chỉ", i.informant_address))
    else:
        out.append(field("Người cung cấp thông tin",
                         "Không ghi (người cung cấp thông tin không đồng ý nêu danh tính)"))
    out.append(field("Cán bộ tiếp nhận", v.person(d.created_by)
                     + " (ký, ghi rõ họ tên ở cuối báo cáo)"))
    out.append(para(
        "Thông tin trong báo cáo này là thông tin bí mật đời sống riêng tư của trẻ em, chỉ sử "
        "dụng cho việc bảo vệ trẻ em theo quy định của pháp luật.", "note"))
    return out
