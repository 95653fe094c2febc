"""Every report on the demo school: the official header, fonts, A4, the content it promises;
de-identified copies without any pupil's or staff member's name; who may have which report."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date

import openpyxl
import pytest

from kimbai_desktop.domain.errors import PermissionDenied
from kimbai_desktop.domain.formatting import document_date_line
from kimbai_desktop.reports import document as d
from kimbai_desktop.services import documents
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.register import PupilQuery, list_pupils
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Account
from tests.reports import pdftools
from tests.reports.docxtools import DOUBLED
from tests.reports.pdftools import needs_poppler

pytestmark = needs_poppler
ON = date(2024, 11, 20)
TITLES = {ReportKind.INTAKE: "BÁO CÁO", ReportKind.RESULT: "BÁO CÁO",
          ReportKind.REGISTER: "BÁO CÁO", ReportKind.PLAN: "KẾ HOẠCH",
          ReportKind.DOSSIER: "BÁO CÁO", ReportKind.STATISTICS: "BÁO CÁO",
          ReportKind.AUDIT: "BIÊN BẢN", ReportKind.PERIODIC: "BÁO CÁO",
          ReportKind.TRAINING: "BÁO CÁO", ReportKind.ATTENDANCE: "DANH SÁCH",
          ReportKind.INSPECTION: "BIÊN BẢN"}


def case_id(session: AppSession, suffix: str = "004") -> int:
    return documents.find_case(session, f"VV-{session.school_profile().school_year}/{suffix}")


def activity_id(session: AppSession) -> int:
    from kimbai_desktop.services.training import list_activities

    return next(a.id for a in list_activities(session) if a.staff_ids)


def inspection_id(session: AppSession) -> int:
    from kimbai_desktop.services.inspections import list_inspections

    return list_inspections(session)[0].id


def make(session: AppSession, kind: ReportKind, **kw: object) -> bytes:
    if kind.needs_case and "case_id" not in kw:
        kw["case_id"] = case_id(session)
    if kind.needs_activity and "activity_id" not in kw:
        kw["activity_id"] = activity_id(session)
    if kind.needs_inspection and "inspection_id" not in kw:
        kw["inspection_id"] = inspection_id(session)
    prepared = documents.prepare_report(session, ReportRequest(kind, on=ON, **kw))  # type: ignore[arg-type]
    return documents.render_report(prepared)


def pupil_names(session: AppSession) -> list[str]:
    return [p.full_name for p in list_pupils(session, PupilQuery(status=None), limit=10_000)]


def staff_names(session: AppSession) -> list[str]:
    with session.db() as s:
        return [a.full_name for a in s.query(Account)]




def check_official(pdf: bytes, profile, kind: ReportKind, on: date) -> None:
    """The document checker: what every generated PDF must show, whatever the data."""
    text = pdftools.text(pdf)
    closing = ("Nơi nhận:", "- Lưu: VT.") if kind != ReportKind.ATTENDANCE else ()
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 document_date_line(profile.place_name, on), profile.school_name.upper(),
                 TITLES[kind], *closing, "HIỆU TRƯỞNG", profile.principal_name):
        assert line in text, (kind, line)
    if kind.doc_type.numbered:  # a list to sign at a session gets no number
        assert "Số:" in text and f"/{kind.doc_type.value}-{profile.document_symbol}" in text
    else:
        assert "Số:" not in text
    flat = " ".join(text.split())
    assert not DOUBLED.search(flat), (kind, DOUBLED.search(flat))
    fonts = pdftools.fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts), fonts
    assert not any("helvetica" in f["name"].lower() for f in fonts)
    assert "A4" in pdftools.info(pdf)["Page size"]
    for w in pdftools.words(pdf):  # inside the margins, but for the page number from page 2
        if w.y1 <= d.TOP_MARGIN:
            assert w.page > 1 and w.text == str(w.page), w
            continue
        assert d.LEFT_MARGIN - 1 <= w.x0 and w.x1 <= d.PAGE_WIDTH - d.RIGHT_MARGIN + 1, w
        assert w.y1 <= d.PAGE_HEIGHT - d.BOTTOM_MARGIN + 1, w


@pytest.mark.parametrize("kind", list(ReportKind), ids=lambda k: k.value)
def test_each_report_is_an_official_document(principal, kind):
    check_official(make(principal, kind), principal.school_profile(), kind, ON)


def test_case_reports_say_what_happened(principal):
    intake = pdftools.text(make(principal, ReportKind.INTAKE))
    for label in ("Nguồn nhận thông tin: Gặp trực tiếp", "Họ và tên trẻ em:", "Giới tính:",
                  "Địa điểm xảy ra vụ việc: Môi trường mạng",
                  "Phỏng đoán hậu quả nếu không được hỗ trợ, can thiệp",
                  "Đã thông báo Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", "Cán bộ tiếp nhận"):
        assert label in intake, label
    flat = " ".join(intake.split())
    assert ("Kênh tiếp nhận: Hòm thư góp ý / hòm thư “Điều em muốn nói” (Hòm thư tầng 2 "
            "(mẫu))") in flat
    result = pdftools.text(make(principal, ReportKind.RESULT))
    for label in ("I. THÔNG TIN VỀ VỤ VIỆC", "II. KẾT QUẢ XỬ LÝ", "Tổng đài điện thoại",
                  "Lập kế hoạch hỗ trợ, can thiệp", "Chuyển tuyến tâm lý",
                  "III. TÌNH TRẠNG HIỆN TẠI VÀ ĐỀ XUẤT", "chậm nhất ngày 03/11/2024"):
        assert label in result, label
    dossier = pdftools.text(make(principal, ReportKind.DOSSIER))
    assert "III. DIỄN BIẾN (NHẬT KÝ HỒ SƠ)" in dossier
    assert "Kiểm tra chuỗi nhật ký hồ sơ" in dossier and "toàn vẹn" in dossier


def test_full_documents_name_the_child(principal):
    text = pdftools.text(make(principal, ReportKind.DOSSIER))
    assert len([n for n in pupil_names(principal) if n in text]) == 1


@pytest.mark.parametrize("kind", [ReportKind.DOSSIER, ReportKind.INTAKE, ReportKind.RESULT],
                         ids=lambda k: k.value)
def test_deidentified_case_documents_hold_no_name_address_or_phone(principal, kind):
    names = pupil_names(principal) + staff_names(principal)
    for suffix in ("001", "003", "004", "006", "008"):
        text = pdftools.text(make(principal, kind, case_id=case_id(principal, suffix),
                                  deidentified=True))
        assert "Bản không định danh" in text
        # the principal signs, by name, below the body (beside the receiving officer)
        body = text.split("CÁN BỘ TIẾP NHẬN")[0].split("Nơi nhận:")[0]
        leaked = [n for n in names if n in body]
        assert leaked == [], (suffix, leaked)
        assert not re.search(r"\b0\d{9}\b", text)
        assert "Thôn " not in text  # demo addresses


def test_statistics_hold_no_names_and_the_xlsx_no_formulas(sign_in):
    viewer = sign_in("thongke")  # the read-only statistics role
    prepared = documents.prepare_report(viewer, ReportRequest(ReportKind.STATISTICS, on=ON))
    text = pdftools.text(documents.render_report(prepared))
    assert "nhà trường tiếp nhận 8 vụ việc" in text
    assert "Bạo lực học đường" in text and "Khối 1" in text and "Tổng cộng" in text
    assert prepared.statistics is not None
    assert sum(n for _, n in prepared.statistics.by_status) == 8
    from kimbai_desktop.reports.statistics import statistics_workbook

    wb = openpyxl.load_workbook(io.BytesIO(statistics_workbook(prepared.statistics, "T")))
    cells = [c for row in wb.active.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    xlsx_text = " ".join(str(c.value) for c in cells if c.value is not None)
    principal = sign_in("demo")
    for name in pupil_names(principal) + staff_names(principal):
        assert name not in text.split("Nơi nhận:")[0] and name not in xlsx_text


def test_statistics_for_a_period(principal):
    early = documents.prepare_report(principal, ReportRequest(
        ReportKind.STATISTICS, period_from=date(2020, 1, 1), period_to=date(2020, 12, 31)))
    assert early.statistics is not None and early.statistics.cases == 0
    text = pdftools.text(documents.render_report(early))
    assert "từ ngày 01/01/2020 đến ngày 31/12/2020" in text


def test_the_plan_follows_the_four_parts_and_takes_the_users_text(principal):
    text = pdftools.text(make(principal, ReportKind.PLAN))
    positions = [text.index(h) for h in ("I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU CỦA KẾ HOẠCH",
                                         "III. CÁC HOẠT ĐỘNG TRỌNG TÂM",
                                         "IV. TỔ CHỨC THỰC HIỆN")]
    assert positions == sorted(positions)
    assert "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111" in text
    assert "chậm nhất sau 03 ngày" in text
    own = "I. VIỆC CỦA TRƯỜNG\n1. Một việc\n- Làm việc riêng của trường mình./."
    text = pdftools.text(make(principal, ReportKind.PLAN, plan_text=own))
    assert "I. VIỆC CỦA TRƯỜNG" in text and "MỤC ĐÍCH, YÊU CẦU" not in text


def test_the_register_list_and_the_audit_certificate(principal):
    text = pdftools.text(make(principal, ReportKind.REGISTER))
    assert "STT Họ và tên Ngày sinh Lớp Nhóm Mức độ" in text
    assert "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt" in text
    text = pdftools.text(make(principal, ReportKind.AUDIT))
    assert "TOÀN VẸN" in text and "Mã băm cuối chuỗi (SHA-256)" in text
    assert re.search(r"[0-9a-f]{16} [0-9a-f]{16}", text)


def test_the_audit_certificate_is_signed_by_two_and_names_no_command(principal):
    """A minute (biên bản) has two signers: the principal and whoever checked, or a witness
    who writes their name by hand when the principal checked; its text speaks of the
    program's menu, not of a command line."""
    text = pdftools.text(make(principal, ReportKind.AUDIT))
    assert "NGƯỜI CHỨNG KIẾN" in text and "HIỆU TRƯỞNG" in text
    assert "kimbai" not in text.lower().replace("kimbai desktop", "")


@pytest.mark.parametrize(("user", "kind"), [
    ("thongke", ReportKind.REGISTER), ("thongke", ReportKind.DOSSIER),
    ("thongke", ReportKind.PLAN), ("giaovien", ReportKind.STATISTICS),
    ("giaovien", ReportKind.RESULT), ("tuvan", ReportKind.AUDIT),
])
def test_who_may_not_have_which_report(sign_in: Callable[[str], AppSession], principal, user,
                                       kind):
    case = case_id(principal) if kind.needs_case else None
    session = sign_in(user)
    with pytest.raises(PermissionDenied):
        documents.prepare_report(session, ReportRequest(kind, case_id=case))


def test_the_counsellor_makes_case_documents_but_not_of_a_restricted_case(sign_in, principal):
    counsellor = sign_in("tuvan")
    text = pdftools.text(make(counsellor, ReportKind.RESULT, case_id=case_id(principal)))
    assert "BÁO CÁO" in text
    from kimbai_desktop.domain.errors import KimbaiError

    with pytest.raises(KimbaiError):  # case 008 is restricted to the principal
        documents.find_case(counsellor, f"VV-{counsellor.school_profile().school_year}/008")


def test_the_dossier_keeps_the_voice_of_the_child_as_its_own_kind(principal):
    from kimbai_desktop.domain.cases import EntryKind
    from kimbai_desktop.services import case_work

    case_work.add_entry(principal, case_id(principal), EntryKind.CHILD_VOICE,
                        'Em nói: "Con muốn được ngồi gần cô giáo."')
    words = pdftools.words(make(principal, ReportKind.DOSSIER))
    # The row of the new entry: the kind's name, wrapped in the narrow "Loại" column, sits in
    # the same band of the page as the child's words in the "Nội dung" column.
    quote = next(w for w in words if w.text == "\"Con")
    row = [w for w in words if w.page == quote.page and abs(w.y0 - quote.y0) < 40]
    kind_column = " ".join(w.text for w in sorted(row, key=lambda w: (w.y0, w.x0))
                           if w.x1 <= quote.x0)
    for part in ("Ý kiến,", "mong", "muốn", "trẻ"):
        assert part in kind_column, kind_column


def test_planted_identifiers_do_not_survive_a_deidentified_dossier(principal, tmp_path):
    """The demo's own people planted in the chronology, as a counsellor would write them:
    none is left in the PDF's text, and the save is audited with the counts only."""
    from kimbai_desktop.domain.cases import EntryKind
    from kimbai_desktop.domain.text import fold
    from kimbai_desktop.services import audit_log, audit_text, cases, register
    from kimbai_desktop.services import case_work as work

    cid = case_id(principal)
    child = cases.get_case(principal, cid).children[0]
    assert child.pupil_id is not None
    pupil = register.get_pupil(principal, child.pupil_id)
    others = [n for n in pupil_names(principal) if n != child.full_name][:3]
    staff = staff_names(principal)[1]
    guardian = pupil.guardians[0].full_name
    given = child.full_name.split()[-1]
    school_class = pupil.classes[0][1]
    text = (f"Em {given} lớp {school_class} kể bạn {others[0]} đánh em. {others[1].upper()} "
            f"chứng kiến. Cô {staff.split()[-1]} đã gặp {fold(child.full_name)}. Mẹ em "
            f"({guardian}) ở xóm 3, thôn Đông; điện thoại 0912.345.678, thư me.em@gmail.com, "
            f"CCCD 001203012345. Bạn {fold(others[2]).title()} cũng bị đánh.")
    work.add_entry(principal, cid, EntryKind.NOTE, text)
    pdf = make(principal, ReportKind.DOSSIER, case_id=cid, deidentified=True)
    body = pdftools.text(pdf).split("Nơi nhận:")[0]
    planted = [given, f"lớp {school_class}", others[0], others[1].upper(), staff.split()[-1],
               fold(child.full_name), guardian, "xóm 3", "thôn Đông", "0912.345.678",
               "me.em@gmail.com", "001203012345", fold(others[2]).title()]
    left = [p for p in planted if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", body)]
    assert left == [], body
    assert re.search(r"Trẻ A \[lớp\] kể Trẻ [B-Z] đánh em", body) and "[địa chỉ]" in body

    prepared = documents.prepare_report(principal, ReportRequest(
        ReportKind.DOSSIER, case_id=cid, deidentified=True, on=ON, strike=("chứng kiến",)))
    assert prepared.deid is not None and prepared.deid.struck >= 1
    assert "chứng kiến" not in pdftools.text(documents.render_report(prepared))
    documents.save_report(principal, prepared, tmp_path / "x.pdf")
    event = audit_log.list_events(principal, limit=1)[0]
    assert event.detail.endswith(f"replaced={prepared.deid.replaced} struck="
                                 f"{prepared.deid.struck}")
    assert "de-identified copy" in audit_text.describe(event)
