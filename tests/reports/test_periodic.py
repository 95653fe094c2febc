"""(c) The periodic report on the demo school for Học kỳ I 2024-2025: the official header, the plan's
sections in order, figures that match the database counted here independently (cases, deadlines
kept, reviews, activities, participants), the audit head at the end, no names; the user's own
assessment; periods and file names; who may make it."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

import pytest

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.enums import AbuseForm, Semester, Sex
from kimbai_desktop.domain.errors import PermissionDenied
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.services import audit_log, documents, training
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.periodic_report import report_period, semester_bounds
from kimbai_desktop.storage.models import (
    Activity,
    ActivityAudience,
    Case,
    CaseChild,
    CaseStep,
    Review,
)
from tests.helpers import EXPORT_PASSWORD, unlock_pdf
from tests.reports import pdftools
from tests.reports.conftest import DEMO_NOW
from tests.reports.pdftools import needs_poppler
from tests.reports.test_reports import pupil_names, staff_names

ON = date(2024, 11, 20)
FIRST, LAST = date(2024, 8, 1), date(2025, 1, 31)


def periodic(session, **kw) -> tuple[documents.PreparedReport, bytes]:
    kw.setdefault("semester", Semester.FIRST)
    prepared = documents.prepare_report(session, ReportRequest(ReportKind.PERIODIC, on=ON, **kw))
    return prepared, documents.render_report(prepared)


def local_day(naive_utc: datetime) -> date:
    return naive_utc.replace(tzinfo=UTC).astimezone(SCHOOL_TZ).date()


def end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59), SCHOOL_TZ)


def expected_figures(session) -> dict[str, object]:
    """The demo's Học kỳ I counted straight from the tables, without the report's code."""
    with session.db() as s:
        cases = [c for c in s.query(Case) if FIRST <= local_day(c.received_at) <= LAST]
        ids = [c.id for c in cases]
        steps = {(st.case_id, st.step): st.done_at for st in s.query(CaseStep)
                 .filter(CaseStep.case_id.in_(ids))}
        sexes = Counter(k.sex for k in s.query(CaseChild).filter(CaseChild.case_id.in_(ids)))
        reviews = s.query(Review).filter(Review.review_date >= FIRST,
                                         Review.review_date <= ON).count()
        acts = [a for a in s.query(Activity) if FIRST <= a.held_on <= ON]
        audiences = list(s.query(ActivityAudience).filter(
            ActivityAudience.activity_id.in_([a.id for a in acts])))
    kept: dict[str, Counter[str]] = {"reported": Counter(), "result_report": Counter()}
    for c in cases:
        dues = {"reported": end_of(local_day(c.received_at)),
                "result_report": end_of(local_day(c.discovered_at) + timedelta(days=3))}
        for step, due in dues.items():
            done = steps.get((c.id, step))
            if done is not None:
                kept[step]["on_time" if done.replace(tzinfo=UTC) <= due else "late"] += 1
            else:
                kept[step]["overdue" if DEMO_NOW > due else "pending"] += 1
    forms = Counter(f for c in cases for f in set(json.loads(c.forms)))
    return dict(cases=len(cases), children=sum(sexes.values()), sexes=sexes, forms=forms,
                kept=kept, reviews=reviews, activities=len(acts),
                participants=sum(a.male + a.female + a.unknown for a in audiences),
                parents=sum(a.male + a.female + a.unknown for a in audiences
                            if a.audience == "parents"))


@needs_poppler
def test_the_periodic_report_is_an_official_document_in_the_plans_order(principal):
    _prepared, pdf = periodic(principal)
    text = pdftools.text(pdf)
    profile = principal.school_profile()
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 profile.superior_body.upper(), f"/BC-{profile.document_symbol}", "BÁO CÁO",
                 "Kết quả công tác phòng, chống xâm hại trẻ em học kỳ I năm học 2024-2025",
                 "Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG", profile.principal_name):
        assert line in text, line
    sections = ["I. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền, giáo dục, vận động xã hội",
                "2. Phòng, chống bạo lực học đường", "3. Bảo vệ trẻ em trên môi trường mạng",
                "4. Rà soát, cập nhật dữ liệu trẻ em", "5. Phát hiện, xử lý vụ việc xâm hại trẻ em",
                "6. Kiểm tra, giám sát và chế độ báo cáo", "II. ĐÁNH GIÁ CHUNG",
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ HỌC KỲ TỚI", "Trên đây là báo cáo", "Nơi nhận:"]
    positions = [text.index(h) for h in sections]
    assert positions == sorted(positions)
    fonts = pdftools.fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    assert not any("helvetica" in f["name"].lower() for f in fonts)
    assert "A4" in pdftools.info(pdf)["Page size"]
    pages = pdftools.page_texts(pdf)
    assert len(pages) >= 3
    assert not pages[0].startswith("1 ")
    for n, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"{n} "), (n, page[:20])


@needs_poppler
def test_the_figures_match_the_database(principal):
    want = expected_figures(principal)
    assert want["cases"] == 8 and want["activities"] == 5  # the demo as it is made
    prepared, pdf = periodic(principal)
    text = pdftools.text(pdf)
    assert f"nhà trường tiếp nhận {want['cases']} vụ việc, liên quan đến {want['children']} " \
           "lượt trẻ em" in text
    stats = prepared.statistics
    assert stats is not None
    forms = want["forms"]
    assert dict(stats.by_form) == {f.vi: forms[f.value] for f in AbuseForm}
    sexes = want["sexes"]
    assert dict(stats.by_sex)[Sex.MALE.vi] == sexes["male"]
    assert dict(stats.by_sex)[Sex.FEMALE.vi] == sexes["female"]
    for form in (AbuseForm.VIOLENCE, AbuseForm.SCHOOL_VIOLENCE):
        assert f"{form.vi} {forms[form.value]}" in text
    for step, what in (("reported", "Thông báo ngay trong ngày tiếp nhận"),
                       ("result_report", "Báo cáo kết quả bằng văn bản trong 03 ngày")):
        k = want["kept"][step]
        row = f"{what} {want['cases']} {k['on_time']} {k['late']} {k['overdue']} {k['pending']}"
        assert row in text, row
    assert f"thực hiện {want['reviews']} lượt rà soát" in text
    assert f"tổ chức {want['activities']} hoạt động tập huấn, tuyên truyền" in text
    assert f"thu hút {format_number(want['participants'])} lượt người tham dự" in text
    assert f"{want['parents']} lượt cha mẹ học sinh" in text


@needs_poppler
def test_the_audit_head_is_reported_in_the_body_not_under_the_signature(principal):
    """The trail's size and head are part of section 6 (how the school keeps its records);
    nothing follows the signer's name of a document addressed to the commune."""
    count, head = audit_log.chain_head(principal)
    _prepared, pdf = periodic(principal)
    text = " ".join(pdftools.text(pdf).split())
    note = f"{format_number(count)} sự kiện, mã kiểm tra cuối chuỗi {head[:12]}"
    assert note in text
    assert text.index("6. Kiểm tra, giám sát") < text.index(note) < text.index("Nơi nhận:")
    assert text.rstrip().endswith(principal.school_profile().principal_name)


@needs_poppler
def test_the_periodic_report_names_no_child_nor_staff_member(principal):
    text = pdftools.text(periodic(principal)[1]).split("Nơi nhận:")[0]
    leaked = [n for n in pupil_names(principal) + staff_names(principal) if n in text]
    assert leaked == []


@needs_poppler
def test_the_assessment_is_written_from_the_figures_and_the_user_may_rewrite_it(principal):
    prepared, _pdf = periodic(principal)
    default = prepared.editable_text
    assert default.startswith("II. ĐÁNH GIÁ CHUNG\n1. Ưu điểm\n- ")
    assert "2. Tồn tại, hạn chế" in default and "chưa được thông báo ngay" in default
    assert "Tiếp nhận 8 vụ việc" in default
    own = "II. ĐÁNH GIÁ CHUNG\n- Nhà trường tự đánh giá bằng lời của mình./."
    prepared, pdf = periodic(principal, summary_text=own)
    text = pdftools.text(pdf)
    assert "Nhà trường tự đánh giá bằng lời của mình" in text and "Ưu điểm" not in text
    assert prepared.editable_text == own


def test_periods_and_file_names(principal):
    assert semester_bounds("2024-2025", Semester.FIRST) == (FIRST, LAST)
    assert semester_bounds("2024-2025", Semester.SECOND) == (date(2025, 2, 1), date(2025, 7, 31))
    second = report_period("2024-2025", Semester.SECOND)
    assert (second.label, second.slug) == ("học kỳ II năm học 2024-2025", "2024-2025-HK2")
    year = report_period("2024-2025")
    assert year.whole_year and year.label == "năm học 2024-2025"
    custom = report_period("2024-2025", None, date(2024, 9, 1), date(2024, 11, 30))
    assert custom.label == "từ ngày 01/09/2024 đến ngày 30/11/2024"
    prepared, _ = periodic(principal)
    assert prepared.file_name() == "bao-cao-dinh-ky-2024-2025-HK1.pdf"
    adhoc = documents.prepare_report(principal, ReportRequest(
        ReportKind.PERIODIC, period_from=date(2024, 10, 1), period_to=date(2024, 10, 31), on=ON))
    assert adhoc.file_name() == "bao-cao-dot-xuat-2024-10-01-2024-10-31.pdf"
    # cases 004, 005 and 006 were received on 31/10, 11/10 and 01/10/2024
    assert adhoc.statistics is not None and adhoc.statistics.cases == 3
    stats = documents.prepare_report(principal, ReportRequest(ReportKind.STATISTICS, on=ON))
    assert stats.file_name(".xlsx") == "thong-ke-2024-2025.xlsx"


def test_whole_year_targets_agree_with_the_training_page(principal):
    prepared = documents.prepare_report(principal, ReportRequest(ReportKind.TRAINING, on=ON))
    from kimbai_desktop.services.periodic_report import report_period, training_figures

    mine = training_figures(principal, report_period("2024-2025"), ON).targets
    theirs = training.targets_progress(principal, "2024-2025")
    assert [(t.description, t.value, t.percent, t.met) for t in mine] == [
        (t.description, t.value, t.percent, t.met) for t in theirs]
    assert prepared.file_name() == "bao-cao-tap-huan-2024-2025.pdf"


@pytest.mark.parametrize(("user", "kinds"), [
    ("demo", set(ReportKind)),
    ("tuvan", set(ReportKind) - {ReportKind.AUDIT}),
    ("thongke", {ReportKind.STATISTICS}),
    ("giaovien", set()),
])
def test_who_may_make_which_report(sign_in, user, kinds):
    session = sign_in(user)
    assert set(documents.available_kinds(session)) == kinds
    if ReportKind.PERIODIC not in kinds:
        with pytest.raises(PermissionDenied):
            documents.prepare_report(session, ReportRequest(ReportKind.PERIODIC))


def test_saving_numbers_and_audits_the_periodic_report(principal, tmp_path):
    prepared, _ = periodic(principal)
    saved = documents.save_report(principal, prepared, tmp_path / prepared.file_name(),
                                  password=EXPORT_PASSWORD)
    assert saved.entry is not None and saved.entry.reference.startswith("01/BC-")
    assert saved.entry.report_kind == "periodic" and saved.entry.record_id == "2024-2025-HK1"
    events = audit_log.list_events(principal, audit_log.AuditFilter(record_type="document"))
    assert any(e.detail.startswith(f"{saved.entry.reference} periodic") for e in events)
    assert unlock_pdf(tmp_path / "bao-cao-dinh-ky-2024-2025-HK1.pdf")[:5] == b"%PDF-"


def test_figures_that_must_agree_do(principal):
    """Each breakdown adds up to its total, and the totals are the case list's and the
    register's for the same period."""
    from kimbai_desktop.services import cases as cs
    from kimbai_desktop.services import register as reg
    from kimbai_desktop.services.periodic_report import case_statistics, report_period

    year = principal.school_profile().school_year
    stats = case_statistics(principal, report_period(year), ON)
    total = lambda counts: sum(n for _label, n in counts)  # noqa: E731
    assert total(stats.by_status) == total(stats.by_place) == stats.cases
    assert total(stats.by_sex) == total(stats.by_grade) == stats.children
    assert total(stats.by_level) == stats.register_total
    listed = cs.list_cases(principal, cs.CaseQuery(school_year=year), limit=10_000)
    assert stats.cases == len(listed)
    assert stats.register_total == reg.count_pupils(principal, reg.PupilQuery(
        in_register_only=True))
