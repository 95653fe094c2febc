"""The calendar of reports due to the superior body: the semester and year-end reports of each
school year by default (changeable, not deletable), reports the school adds, marking one sent
with the issued document it was, and the overview's reminder two weeks before."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.deadlines import DeadlineState
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied, ValidationError
from kimbai_desktop.services import accounts, documents
from kimbai_desktop.services import report_calendar as rc
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.overview import build_overview
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    clock = FixedClock(datetime(2024, 12, 20, 2, tzinfo=UTC))  # 20/12/2024
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s, clock, data_dir
    s.close()


def reports(s):
    return [i for i in build_overview(s).items if i.kind == "report"]


def test_each_year_has_the_semester_and_year_end_reports(school):
    s, _, _ = school
    dues = rc.list_report_dues(s)
    assert [(d.builtin, d.due) for d in dues] == [("semester1", date(2025, 1, 15)),
                                                   ("year", date(2025, 5, 25))]
    assert "học kỳ I" in dues[0].title and dues[0].recipient == s.school_profile().superior_body
    assert len(rc.list_report_dues(s)) == 2  # added once
    # the superior body asked for the 15th of January: changed; it cannot be deleted
    rc.save_report_due(s, rc.DueInput(dues[0].title, dues[0].recipient, date(2025, 1, 10)),
                       dues[0].id)
    with pytest.raises(KimbaiError):
        rc.delete_report_due(s, dues[0].id)
    assert rc.list_report_dues(s)[0].due == date(2025, 1, 10)
    # another school year gets its own
    assert [d.due for d in rc.list_report_dues(s, "2025-2026")] == [date(2026, 1, 15),
                                                                   date(2026, 5, 25)]


def test_a_report_the_school_adds_is_kept_and_can_be_deleted(school):
    s, _, _ = school
    new_id = rc.save_report_due(s, rc.DueInput(
        " Báo cáo Tháng hành động vì trẻ em ", "Phòng Văn hóa - Xã hội", date(2025, 6, 30),
        "theo Công văn số 12"))
    got = next(d for d in rc.list_report_dues(s) if d.id == new_id)
    assert (got.title, got.builtin, got.sent) == ("Báo cáo Tháng hành động vì trẻ em", "", False)
    rc.delete_report_due(s, new_id)
    assert all(d.id != new_id for d in rc.list_report_dues(s))
    with pytest.raises(ValidationError) as info:
        rc.save_report_due(s, rc.DueInput(" ", "", None, sent_on=date(2025, 1, 1)))
    assert set(info.value.field_errors) == {"title", "due", "sent_on"}


def test_marking_sent_links_the_issued_report_and_ends_the_reminder(school, tmp_path):
    s, clock, _ = school
    assert reports(s) == []  # 20/12: the semester I report is due 15/01, in 26 days
    clock.advance(days=14)  # 03/01/2025
    [item] = reports(s)
    assert item.state == DeadlineState.DUE_SOON and "học kỳ I" in item.what
    prepared = documents.prepare_report(s, ReportRequest(ReportKind.PERIODIC))
    saved = documents.save_report(s, prepared, tmp_path / "bc.pdf", password="Gui-rieng-123")
    [(doc_id, text)] = rc.issued_documents(s)
    assert doc_id == saved.entry.id and text.startswith(saved.entry.reference)
    semester = rc.list_report_dues(s)[0]
    assert rc.suggest_document(s, semester) == doc_id  # issued in the weeks before it is due
    assert rc.suggest_document(s, rc.list_report_dues(s)[1]) is None  # May: too early
    with pytest.raises(ValidationError) as info:  # a document needs the date it was sent
        rc.save_report_due(s, rc.DueInput(semester.title, semester.recipient, semester.due,
                                          document_id=doc_id), semester.id)
    assert set(info.value.field_errors) == {"sent_on"}
    rc.save_report_due(s, rc.DueInput(semester.title, semester.recipient, semester.due,
                                      sent_on=date(2025, 1, 3), document_id=doc_id), semester.id)
    got = rc.list_report_dues(s)[0]
    assert got.sent and got.document_ref == saved.entry.reference
    assert reports(s) == []
    with pytest.raises(ValidationError):
        rc.save_report_due(s, rc.DueInput("X", "", date(2025, 2, 1), sent_on=date(2025, 1, 3),
                                          document_id=9999))


def test_overdue_reports_stay_on_the_overview(school):
    s, clock, _ = school
    clock.advance(days=30)  # 19/01/2025
    [item] = reports(s)
    assert item.state == DeadlineState.OVERDUE and item.label == s.school_profile().superior_body


def test_a_teacher_has_no_report_calendar(school):
    s, clock, data_dir = school
    accounts.add_account(s, "giaovien", "Trần Giáo Viên", Role.TEACHER, "giaovien-pass-123")
    teacher = unlock(data_dir, "giaovien", "giaovien-pass-123", clock=clock)
    try:
        with pytest.raises(PermissionDenied):
            rc.list_report_dues(teacher)
        assert rc.pending(teacher) == []
    finally:
        teacher.close()
