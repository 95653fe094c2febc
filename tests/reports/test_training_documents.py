"""(e) The training summary (activities, participants by audience and sex, hours, targets) and the
attendance sheet of one activity (its title, date and place above a list to sign, pre-filled with
the active staff for a staff activity), on the demo school in Học kỳ I 2024-2025."""

from __future__ import annotations

from datetime import date

import pytest

from kimbai_desktop.domain.enums import Semester
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied
from kimbai_desktop.domain.formatting import document_date_line, format_date, format_number
from kimbai_desktop.domain.training import Audience
from kimbai_desktop.reports import document as d
from kimbai_desktop.services import documents, training
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from tests.helpers import EXPORT_PASSWORD, unlock_pdf
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler

pytestmark = needs_poppler
ON = date(2024, 11, 20)


def make(session, kind: ReportKind, **kw) -> tuple[documents.PreparedReport, bytes]:
    prepared = documents.prepare_report(session, ReportRequest(kind, on=ON, **kw))
    return prepared, documents.render_report(prepared)


def official(pdf: bytes, session, title: str) -> str:
    text = pdftools.text(pdf)
    profile = session.school_profile()
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 profile.school_name.upper(), document_date_line(profile.place_name, ON), title,
                 "HIỆU TRƯỞNG", profile.principal_name):
        assert line in text, line
    fonts = pdftools.fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert "A4" in pdftools.info(pdf)["Page size"]
    for w in pdftools.words(pdf):
        if w.y1 <= d.TOP_MARGIN:  # only the page number, from page 2
            assert w.page > 1 and w.text == str(w.page), w
    return text


def line_of(pdf: bytes, first: str) -> str:
    """The words on the same line of page 1 as the word ``first``, left to right."""
    words = [w for w in pdftools.words(pdf) if w.page == 1]
    anchor = next(w for w in words if w.text == first)
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x0)
                    if abs(w.y0 - anchor.y0) < 2)


def row_numbers(pdf: bytes) -> list[int]:
    """The numbers in the STT column of the list to sign, in order, over every page."""
    stt = d.LEFT_MARGIN + 12 * 2.8346
    return [int(w.text) for w in pdftools.words(pdf)
            if w.text.isdigit() and d.LEFT_MARGIN <= w.x0 and w.x1 <= stt]


def test_the_training_summary(principal):
    prepared, pdf = make(principal, ReportKind.TRAINING, semester=Semester.FIRST)
    text = official(pdf, principal, "BÁO CÁO")
    assert "Kết quả công tác tập huấn, tuyên truyền về bảo vệ trẻ em học kỳ I năm học " \
           "2024-2025" in text
    acts = [a for a in training.list_activities(principal, "2024-2025")
            if date(2024, 8, 1) <= a.held_on <= ON]
    assert len(acts) == 5
    for a in acts:  # a title may wrap inside its cell: its first words
        assert format_date(a.held_on) in text and " ".join(a.title.split()[:4]) in text
    people = sum(a.participants for a in acts)
    assert "tổ chức 5 hoạt động tập huấn, tuyên truyền" in text
    assert f"thu hút {format_number(people)} lượt người tham dự" in text
    for audience in (Audience.PARENTS, Audience.PUPILS):
        male = sum(c.male for a in acts for c in a.audiences if c.audience == audience)
        female = sum(c.female for a in acts for c in a.audiences if c.audience == audience)
        row = f"{audience.vi} {male} {female} 0 {format_number(male + female)}"
        assert row in text, row
    minutes = sum(a.duration_minutes for a in acts)
    hours = format_number(round(minutes / 60, 1))
    assert f"tổng thời lượng {hours} giờ" in text
    staff = {i for a in acts for i in a.staff_ids}
    pool = len(training.list_staff(principal))
    assert f"{len(staff)}/{pool} người" in text
    for target in training.targets_progress(principal, "2024-2025"):
        assert target.description in text
    assert "IV. KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM HỌC" in text
    assert prepared.file_name() == "bao-cao-tap-huan-2024-2025-HK1.pdf"


def test_the_attendance_sheet_of_a_staff_activity_lists_the_staff(principal):
    act = next(a for a in training.list_activities(principal, "2024-2025") if a.staff_ids)
    prepared, pdf = make(principal, ReportKind.ATTENDANCE, activity_id=act.id)
    text = official(pdf, principal, "DANH SÁCH")
    assert line_of(pdf, "STT") == "STT Họ và tên Chức vụ, đơn vị Chữ ký"
    assert f"Thời gian: ngày {format_date(act.held_on)}, thời lượng {act.duration_minutes} phút" \
        in text
    assert f"Địa điểm: {act.place}" in text
    assert "Cán bộ, giáo viên, nhân viên tham dự" in text
    staff = training.list_staff(principal)
    positions = [text.index(m.full_name) for m in staff]
    assert positions == sorted(positions)  # in the staff directory's (Vietnamese) order
    assert row_numbers(pdf)[-1] == len(staff) + 5  # empty rows for guests
    assert "Nơi nhận" not in text
    assert prepared.file_name() == f"danh-sach-ky-ten-{act.held_on.isoformat()}.pdf"


def test_the_attendance_sheet_of_a_parents_meeting_has_empty_rows(principal):
    act = next(a for a in training.list_activities(principal, "2024-2025")
               if any(c.audience == Audience.PARENTS for c in a.audiences))
    _prepared, pdf = make(principal, ReportKind.ATTENDANCE, activity_id=act.id)
    text = pdftools.text(pdf)
    assert f"Người tham dự \u201c{act.title}\u201d" in text
    body = text.split("Nơi nhận")[0].split("HIỆU TRƯỞNG")[0]  # the principal signs below
    for m in training.list_staff(principal):
        assert m.full_name not in body
    assert row_numbers(pdf)[-1] == act.participants + 5  # one for each, and a few more
    assert pdftools.page_count(pdf) > 1


def test_an_attendance_sheet_needs_an_activity_and_a_right(principal, sign_in):
    with pytest.raises(KimbaiError):
        documents.prepare_report(principal, ReportRequest(ReportKind.ATTENDANCE))
    act = training.list_activities(principal, "2024-2025")[0]
    viewer = sign_in("thongke")
    for kind in (ReportKind.ATTENDANCE, ReportKind.TRAINING):
        with pytest.raises(PermissionDenied):
            documents.prepare_report(viewer, ReportRequest(kind, activity_id=act.id))


def test_staff_training_hours_are_how_long_the_sessions_lasted(principal):
    """"Tổng thời lượng" of the staff sessions is the sum of their durations, not person-hours
    (two sessions of 5.5 hours were printed as "88 giờ")."""
    _prepared, pdf = make(principal, ReportKind.TRAINING, semester=Semester.FIRST)
    text = " ".join(pdftools.text(pdf).split())
    acts = [a for a in training.list_activities(principal, "2024-2025")
            if date(2024, 8, 1) <= a.held_on <= ON and a.staff_ids]
    assert acts
    hours = format_number(round(sum(a.duration_minutes for a in acts) / 60, 1))
    assert f"nhân viên với tổng thời lượng {hours} giờ" in text
    assert "giờ tập huấn, bình quân" not in text


def test_a_semester_not_yet_begun_is_not_a_shortfall(principal):
    """The whole-year report in November: a per-semester target counts semester I only and
    says semester II has not begun, instead of "0 buổi ... Chưa đạt"."""
    per_semester = [t for t in training.targets_progress(principal, "2024-2025")
                    if t.per_semester]
    assert per_semester
    _prepared, pdf = make(principal, ReportKind.TRAINING)
    text = " ".join(pdftools.text(pdf).split())
    assert "HK II: chưa bắt đầu" in text


def test_the_attendance_sheet_is_signed_by_the_principal_it_lists(principal):
    """One principal: the one in the staff table is the one who signs (the demo had two)."""
    staff = training.list_staff(principal)
    heads = [m for m in staff if m.position == "Hiệu trưởng"]
    assert len(heads) == 1 and heads[0].full_name == principal.school_profile().principal_name
    act = next(a for a in training.list_activities(principal, "2024-2025") if a.staff_ids)
    _prepared, pdf = make(principal, ReportKind.ATTENDANCE, activity_id=act.id)
    text = pdftools.text(pdf)
    assert text.count(heads[0].full_name) == 2  # in the list to sign, and under the signature


def test_percentages_are_rounded_one_way_everywhere(principal):
    """"Thực hiện 76,2%" stood next to "Tỷ lệ 76%": one rounding (one decimal) for both."""
    import re

    from kimbai_desktop.reports.text import percent

    _prepared, pdf = make(principal, ReportKind.TRAINING)
    text = " ".join(pdftools.text(pdf).split())
    for t in training.targets_progress(principal, "2024-2025"):
        if t.metric.value == "staff_coverage" and not float(t.value).is_integer():
            assert percent(t.value) in text
            assert percent(min(100.0, 100 * t.value / t.target_value)) in text
    assert not re.search(r"\d+\.\d+%", text)  # never a decimal point
    assert percent(76.24) == "76,2%" and percent(100) == "100%"


def test_an_attendance_sheet_is_not_numbered_but_its_save_is_audited(principal, tmp_path):
    """A list to sign at the session is not an outgoing document of Nghị định 30 (no "DS"
    type there): no number, no register line; saving it is still audited."""
    from kimbai_desktop.services import audit_log

    act = next(a for a in training.list_activities(principal, "2024-2025") if a.staff_ids)
    prepared, pdf = make(principal, ReportKind.ATTENDANCE, activity_id=act.id)
    assert "Số:" not in pdftools.text(pdf)
    before = len(audit_log.list_events(principal, limit=10_000))
    saved = documents.save_report(principal, prepared, tmp_path / "danh-sach.pdf",
                                  password=EXPORT_PASSWORD)
    assert saved.entry is None and unlock_pdf(saved.path)[:5] == b"%PDF-"
    assert documents.list_documents(principal) == []
    assert len(audit_log.list_events(principal, limit=10_000)) == before + 1
