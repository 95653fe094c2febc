"""Case files: intake, visibility rules, procedure and closing, chronology, overview deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from kimbai_desktop.domain.cases import (
    Channel,
    ConsentScope,
    EntryKind,
    IntakeChannel,
    PerpetratorRelation,
    Place,
    Recipient,
    ReferralStatus,
    Service,
    TaskStatus,
)
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.deadlines import DeadlineState, Owner
from kimbai_desktop.domain.enums import (
    AbuseForm,
    CaseSubject,
    InfoSource,
    ProcedureStep,
    RiskLevel,
    Role,
    Sex,
)
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied, ValidationError
from kimbai_desktop.services import accounts, cases
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.overview import build_overview, deadlines_of_case
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school

VN = timezone(timedelta(hours=7))
THURSDAY = datetime(2024, 10, 10, 9, 0, tzinfo=VN)


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    clock = FixedClock((THURSDAY + timedelta(hours=1)).astimezone(UTC))
    principal = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    ids = {}
    for user, name, role in [("tuvan", "Lê Tư Vấn", Role.COUNSELLOR),
                             ("giaovien", "Trần Giáo Viên", Role.TEACHER),
                             ("gv2", "Phạm Giáo Hai", Role.TEACHER),
                             ("thongke", "Đỗ Thống Kê", Role.VIEWER)]:
        ids[user] = accounts.add_account(principal, user, name, role, f"{user}-pass-123").id
    pupil = reg.save_pupil(principal, reg.PupilInput(full_name="Nguyễn Thị Hoa", sex=Sex.FEMALE,
                                                     class_name="3A", birth_date=date(2015, 3, 2)))

    def login(user, pw=None):
        return unlock(data_dir, user, pw or f"{user}-pass-123", clock=clock)

    yield principal, login, clock, pupil, ids
    principal.close()


def intake(pupil_id=None, **kw):
    values = dict(
        children=(cases.ChildInput(pupil_id=pupil_id),) if pupil_id else
        (cases.ChildInput(full_name="Em Không Học Ở Trường", age=9),),
        forms=(AbuseForm.SCHOOL_VIOLENCE, AbuseForm.VIOLENCE),
        received_at=THURSDAY, discovered_at=THURSDAY - timedelta(hours=1),
        source=InfoSource.IN_PERSON, place=Place.SCHOOL, subject=CaseSubject.ABUSED,
        risk_level=RiskLevel.MEDIUM, summary="Hai em đánh nhau ở sân trường giờ ra chơi.")
    values.update(kw)
    return cases.CaseIntake(**values)


def test_intake_codes_and_detail(school):
    principal, _, _, pupil, _ = school
    first = cases.open_case(principal, intake(pupil, informant_consents=True,
                                              informant_name="Bác bảo vệ"))
    second = cases.open_case(principal, intake())
    d = cases.get_case(principal, first)
    assert d.brief.code == "VV-2024-2025/001"
    assert cases.get_case(principal, second).brief.code == "VV-2024-2025/002"
    assert d.children[0].full_name == "Nguyễn Thị Hoa" and d.children[0].age == 9
    assert d.intake.forms == (AbuseForm.SCHOOL_VIOLENCE, AbuseForm.VIOLENCE)
    assert d.steps[0].step == ProcedureStep.RECEIVED and d.steps[0].done_at is not None
    assert d.intake.informant_name == "Bác bảo vệ"


def test_intake_validation(school):
    principal = school[0]
    with pytest.raises(ValidationError) as info:
        cases.open_case(principal, intake(children=(), forms=(), summary=" ",
                                          received_at=THURSDAY + timedelta(days=2),
                                          informant_name="X"))
    assert {"children", "forms", "summary", "received_at", "informant_name"} <= set(
        info.value.field_errors)


def test_search_before_create_finds_the_same_child(school):
    principal, _, _, pupil, _ = school
    cases.open_case(principal, intake(pupil))
    dupes = cases.possible_duplicates(principal, intake(pupil, received_at=THURSDAY + timedelta(
        days=3), discovered_at=THURSDAY))
    assert [d.code for d in dupes] == ["VV-2024-2025/001"]
    assert cases.possible_duplicates(principal, intake(pupil, received_at=THURSDAY - timedelta(
        days=30), discovered_at=THURSDAY - timedelta(days=30))) == []


def test_visibility_rules(school):
    principal, login, _, pupil, ids = school
    normal = cases.open_case(principal, intake(pupil))
    restricted = cases.open_case(principal, intake(restricted=True))
    against_counsellor = cases.open_case(principal, intake(people=(cases.PersonInput(
        "Cô tư vấn", PerpetratorRelation.STAFF, staff_account_id=ids["tuvan"]),)))
    counsellor = login("tuvan")
    teacher = login("giaovien")
    other_teacher = login("gv2")
    viewer = login("thongke")
    try:
        assert [c.id for c in cases.list_cases(counsellor)] == [normal]
        for hidden in (restricted, against_counsellor):
            with pytest.raises(KimbaiError):
                cases.get_case(counsellor, hidden)
        code = cases.record_concern(teacher, cases.ConcernInput(
            "Em Hoa có vết bầm ở tay.", pupil_id=pupil))
        concern = [c for c in cases.list_cases(teacher)]
        assert [c.code for c in concern] == [code] and concern[0].children == ()
        with pytest.raises(PermissionDenied):
            cases.get_case(teacher, concern[0].id)
        assert cases.list_cases(other_teacher) == []
        assert cases.my_concerns(teacher)[0].handled is False
        with pytest.raises(PermissionDenied):
            cases.list_cases(viewer)
        # the counsellor sees an alert, without content, and acknowledges it
        alerts = cases.pending_alerts(counsellor)
        assert [a.code for a in alerts] == [code]
        cases.acknowledge_alert(counsellor, alerts[0].case_id)
        assert cases.my_concerns(teacher)[0].handled is True
        assert cases.pending_alerts(principal) == []
    finally:
        for s in (counsellor, teacher, other_teacher, viewer):
            s.close()
    with principal.db() as s:
        denied = s.scalars(select(AuditEvent).where(AuditEvent.action == "access_denied")).all()
    assert {d.actor for d in denied} >= {"tuvan", "giaovien"}


def test_allegation_against_the_principal_is_hidden_from_them(school):
    principal, login, _, _, _ = school
    counsellor = login("tuvan")
    try:
        case_id = cases.open_case(counsellor, intake(people=(cases.PersonInput(
            "Hiệu trưởng", PerpetratorRelation.STAFF, staff_account_id=principal.user.id),)))
        assert [c.id for c in cases.list_cases(counsellor)] == [case_id]
    finally:
        counsellor.close()
    assert cases.list_cases(principal) == []


def test_reporting_steps_and_closing(school):
    principal, _, clock, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil, urgent=True))
    work.record_notification(principal, case_id, Recipient.FAMILY, Channel.PHONE, THURSDAY)
    d = cases.get_case(principal, case_id)
    assert d.brief.step == ProcedureStep.RECEIVED  # family is not a legal report
    work.record_notification(principal, case_id, Recipient.HOTLINE_111, Channel.PHONE,
                             THURSDAY + timedelta(minutes=20), person_reached="Tổng đài viên",
                             reference="111-2024-99")
    d = cases.get_case(principal, case_id)
    assert d.brief.step == ProcedureStep.REPORTED
    assert [n.recipient for n in work.list_notifications(principal, case_id)] == [
        Recipient.FAMILY, Recipient.HOTLINE_111]
    with pytest.raises(ValidationError):
        cases.close_case(principal, case_id, "Xong")
    cases.complete_step(principal, case_id, ProcedureStep.RESULT_REPORT, THURSDAY)
    cases.complete_step(principal, case_id, ProcedureStep.REVIEW, THURSDAY, "Kết thúc")
    cases.close_case(principal, case_id, "Trẻ đã an toàn")
    assert cases.get_case(principal, case_id).brief.status.value == "closed"
    with pytest.raises(KimbaiError):
        work.add_entry(principal, case_id, EntryKind.NOTE, "thêm sau khi đóng")
    cases.reopen_case(principal, case_id, "Có thông tin mới")
    work.add_entry(principal, case_id, EntryKind.NOTE, "Thông tin mới")


def test_chronology_backdating_corrections_and_tamper_detection(school):
    principal, _, clock, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil))
    late = work.add_entry(principal, case_id, EntryKind.HOME_VISIT, "Thăm nhà em Hoa",
                          event_at=THURSDAY - timedelta(days=3))
    work.correct_entry(principal, case_id, late, "Thăm nhà hôm thứ Hai, không phải Chủ nhật")
    entries = work.list_entries(principal, case_id, newest_first=False)
    assert entries[0].kind == EntryKind.HOME_VISIT and entries[0].backdated
    assert entries[0].corrected_by
    assert any(e.corrects_id == late for e in entries)
    assert work.verify_chronology(principal, case_id).ok
    for sql in ("UPDATE case_entries SET text = 'sửa' WHERE id = :i",
                "DELETE FROM case_entries WHERE id = :i"):
        with pytest.raises((IntegrityError, OperationalError)), principal.write() as s:
            s.execute(text(sql), {"i": late})
    with principal.write() as s:
        s.execute(text("DROP TRIGGER case_entries_no_update"))
        s.execute(text("UPDATE case_entries SET text = 'đã bị sửa' WHERE id = :i"), {"i": late})
    status = work.verify_chronology(principal, case_id)
    assert not status.ok and status.first_broken_seq == 2


def test_overview_warns_on_the_day_the_written_report_falls_due(school):
    principal, _, clock, pupil, _ = school
    # discovered Thursday 08:00: written result report due Sunday (3 calendar days)
    case_id = cases.open_case(principal, intake(pupil))
    work.record_notification(principal, case_id, Recipient.COMMUNE, Channel.PHONE, THURSDAY)
    states = {i.step: i.state for i in build_overview(principal).items if i.kind == "step"}
    assert ProcedureStep.REPORTED not in states
    assert states[ProcedureStep.RESULT_REPORT] == DeadlineState.DUE_SOON
    assert states[ProcedureStep.PLANNING] == DeadlineState.WAITING  # the commune's deadline
    clock.current = datetime(2024, 10, 13, 8, 0, tzinfo=VN).astimezone(UTC)  # Sunday
    states = {i.step: i.state for i in build_overview(principal).items if i.kind == "step"}
    assert states[ProcedureStep.RESULT_REPORT] == DeadlineState.DUE_TODAY
    clock.current = datetime(2024, 10, 14, 8, 0, tzinfo=VN).astimezone(UTC)  # Monday
    overview = build_overview(principal)
    states = {i.step: i.state for i in overview.items if i.kind == "step"}
    assert states[ProcedureStep.RESULT_REPORT] == DeadlineState.OVERDUE
    # plan: 5 working days from Thursday 10th → Thursday 17th
    plan = [i for i in deadlines_of_case(principal, case_id) if i.step == ProcedureStep.PLANNING]
    assert plan[0].due.date() == date(2024, 10, 17)
    assert overview.items[0].state == DeadlineState.OVERDUE
    assert overview.open_cases == 1


def test_the_communes_plan_is_waited_for_not_overdue(school):
    principal, _, clock, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil))
    work.record_notification(principal, case_id, Recipient.COMMUNE, Channel.PHONE, THURSDAY)
    # Friday 18th: the commune's 5 working days (to Thursday 17th) have passed
    clock.current = datetime(2024, 10, 18, 8, 0, tzinfo=VN).astimezone(UTC)
    overview = build_overview(principal)
    plan = next(i for i in overview.items if i.step == ProcedureStep.PLANNING)
    assert plan.state == DeadlineState.WAITING and plan.waiting
    assert plan.owner == Owner.COMMUNE and plan.follow_up
    overdue = [i for i in overview.items if i.state == DeadlineState.OVERDUE and i.kind == "step"]
    assert len(overdue) == 1  # the school's own result report only (of the case's steps)
    # on the 16th the commune still has time: waiting, no reminder yet
    clock.current = datetime(2024, 10, 16, 8, 0, tzinfo=VN).astimezone(UTC)
    plan = next(i for i in deadlines_of_case(principal, case_id)
                if i.step == ProcedureStep.PLANNING)
    assert plan.state == DeadlineState.WAITING and not plan.follow_up


def test_report_at_once_is_one_working_session_and_can_be_changed(school):
    from dataclasses import replace

    from kimbai_desktop.services.preferences import load_preferences, save_preferences

    principal, _, clock, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil))  # received Thursday 09:00
    items = deadlines_of_case(principal, case_id)
    assert [i.step for i in items] == [ProcedureStep.REPORTED, ProcedureStep.RESULT_REPORT,
                                       ProcedureStep.PLANNING]  # in the order they fall due
    assert items[0].due == THURSDAY + timedelta(hours=4)
    assert items[0].state == DeadlineState.DUE_TODAY
    clock.current = (THURSDAY + timedelta(hours=4, minutes=1)).astimezone(UTC)
    assert deadlines_of_case(principal, case_id)[0].state == DeadlineState.OVERDUE
    save_preferences(principal, replace(load_preferences(principal), report_now_hours=8))
    report = deadlines_of_case(principal, case_id)[0]
    assert report.due == THURSDAY + timedelta(hours=8)
    assert report.state == DeadlineState.DUE_TODAY


def test_tasks_referrals_consent_and_attachments(school):
    principal, _, clock, pupil, ids = school
    case_id = cases.open_case(principal, intake(pupil))
    work.record_plan(principal, case_id, "Chủ tịch UBND xã", date(2024, 10, 10), "Kế hoạch hỗ trợ")
    task = work.add_task(principal, case_id, "Gặp gia đình", date(2024, 10, 11),
                         owner_id=ids["tuvan"])
    assert work.list_tasks(principal, case_id)[0].owner == "Lê Tư Vấn"
    work.set_task_status(principal, task, TaskStatus.DONE)
    assert cases.get_case(principal, case_id).brief.step == ProcedureStep.IMPLEMENTATION
    with pytest.raises(ValidationError):
        work.record_consent(principal, case_id, "Mẹ em Hoa", "Mẹ", ConsentScope.DISCLOSURE,
                            date(2024, 10, 10), 9, child_agreed=False)
    work.record_consent(principal, case_id, "Mẹ em Hoa", "Mẹ", ConsentScope.DISCLOSURE,
                        date(2024, 10, 10), 9, child_agreed=True, legal_basis="Điều 24")
    ref = work.add_referral(principal, case_id, Service.PSYCHOLOGICAL, "Trung tâm tư vấn",
                            date(2024, 10, 10))
    work.set_referral_status(principal, ref, ReferralStatus.ACCEPTED)
    assert work.list_referrals(principal, case_id)[0].status == ReferralStatus.ACCEPTED
    att = work.add_attachment(principal, case_id, "ảnh.png", b"\x89PNG" + b"0" * 100, "image/png")
    assert work.read_attachment(principal, att).startswith(b"\x89PNG")
    with pytest.raises(ValidationError):
        work.add_attachment(principal, case_id, "big.bin", b"0" * (20 * 1024 * 1024 + 1))
    assert [a.filename for a in work.list_attachments(principal, case_id)] == ["ảnh.png"]


def test_full_text_search_ignores_accents(school):
    principal, _, _, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil, summary="Bị bắt nạt trên Zalo"))
    work.add_entry(principal, case_id, EntryKind.NOTE, "Đã gặp cô chủ nhiệm lớp 3A")
    assert [c.id for c in cases.list_cases(principal, cases.CaseQuery(text="bat nat zalo"))] == [
        case_id]
    assert [c.id for c in cases.list_cases(principal, cases.CaseQuery(text="chu nhiem"))] == [
        case_id]
    assert [c.id for c in cases.list_cases(principal, cases.CaseQuery(text="nguyen thi hoa"))] == [
        case_id]
    assert cases.list_cases(principal, cases.CaseQuery(text="khong co")) == []


def test_teachers_find_a_pupil_for_their_concern_by_name_and_class_only(school):
    principal, login, _, pupil, _ = school
    teacher = login("giaovien")
    try:
        found = cases.find_pupils_for_concern(teacher, "hoa")
        assert found == [cases.PupilChoice(pupil, "Nguyễn Thị Hoa", "3A")]
        assert cases.find_pupils_for_concern(teacher, "  ") == []
        with pytest.raises(PermissionDenied):
            reg.list_pupils(teacher)
        code = cases.record_concern(teacher, cases.ConcernInput("Em buồn", pupil_id=found[0].id))
    finally:
        teacher.close()
    case = [c for c in cases.list_cases(principal) if c.code == code][0]
    assert cases.get_case(principal, case.id).alert_pending


def test_opening_a_case_offers_to_raise_the_pupils_level(school):
    from kimbai_desktop.domain.enums import ProtectionLevel

    principal, _, _, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil))
    offers = cases.level_offers(principal, case_id)
    assert [(o.pupil_id, o.current, o.suggested) for o in offers] == [
        (pupil, ProtectionLevel.PREVENTION, ProtectionLevel.INTERVENTION)]
    cases.raise_level_for_case(principal, case_id, offers[0])
    detail = reg.get_pupil(principal, pupil)
    assert detail.level == ProtectionLevel.INTERVENTION
    assert detail.levels[0].case_ref == "VV-2024-2025/001"
    assert cases.level_offers(principal, case_id) == []


def test_deadline_rules_come_from_the_options(school):
    from dataclasses import replace

    from kimbai_desktop.services.preferences import load_preferences, save_preferences

    principal, _, _, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil))
    plan = [i for i in deadlines_of_case(principal, case_id) if i.step == ProcedureStep.PLANNING]
    assert plan[0].due.date() == date(2024, 10, 17)
    save_preferences(principal, replace(load_preferences(principal), plan_working_days=7,
                                        holidays=("2024-10-14",)))
    plan = [i for i in deadlines_of_case(principal, case_id) if i.step == ProcedureStep.PLANNING]
    # 7 working days from Thursday 10th, skipping the weekend and Monday 14th: Tuesday 22nd
    assert plan[0].due.date() == date(2024, 10, 22)


def test_a_child_is_under_16_on_the_day_of_receipt(school):
    """Luật Trẻ em Điều 1: a child is a person under 16. The register still takes older pupils."""
    principal, _, clock, _pupil, _ = school
    for age in (16, 17, 30):
        with pytest.raises(ValidationError) as info:
            cases.open_case(principal, intake(children=(cases.ChildInput(full_name="Anh Lớn",
                                                                          age=age),)))
        text = info.value.field_text("children", lambda _c, t: t)
        assert "under 16" in text and "gave the information" in text
    with pytest.raises(ValidationError) as info:
        cases.open_case(principal, intake(children=(cases.ChildInput(full_name="Em", age=-1),)))
    assert "0 to 15" in info.value.field_text("children", lambda _c, t: t)
    assert cases.open_case(principal, intake(children=(cases.ChildInput(full_name="Em Nhỏ",
                                                                         age=15),)))
    # a pupil born 11/10/2008 is 15 on Thursday 10/10/2024 (the day of receipt) and 16 the
    # next day: the register accepts them, a case takes them only while they are under 16,
    # counted on the day of receipt, not on the day the intake is typed
    older = reg.save_pupil(principal, reg.PupilInput(full_name="Trần Văn Lớn", sex=Sex.MALE,
                                                     class_name="5A",
                                                     birth_date=date(2008, 10, 11)))
    born = reg.save_pupil(principal, reg.PupilInput(full_name="Lê Thị Đủ", sex=Sex.FEMALE,
                                                    class_name="5B",
                                                    birth_date=date(2008, 10, 10)))
    clock.advance(days=2)  # typed on Saturday 12/10, when both are 16
    case_id = cases.open_case(principal, intake(older))
    assert cases.get_case(principal, case_id).children[0].age == 15
    with pytest.raises(ValidationError) as info:
        cases.open_case(principal, intake(born))
    assert info.value.params == {"age": 16}
    text = info.value.field_text("children", lambda _c, t: t)
    assert text.startswith("This pupil is 16") and "under 16" in text
    assert reg.get_pupil(principal, born).full_name == "Lê Thị Đủ"  # still in the register



def test_the_channel_is_kept_and_other_needs_a_note(school):
    """How a concern reached the school (hòm thư, a teacher, 111...) is stored on the case; an
    "other" channel must say which; a teacher's concern came through that teacher."""
    principal, login, _, pupil, _ = school
    case_id = cases.open_case(principal, intake(pupil, channel=IntakeChannel.MAILBOX,
                                                channel_note="Hòm thư lớp 3A"))
    d = cases.get_case(principal, case_id)
    assert d.intake.channel == IntakeChannel.MAILBOX and d.intake.channel_note == "Hòm thư lớp 3A"
    with pytest.raises(ValidationError) as info:
        cases.open_case(principal, intake(channel=IntakeChannel.OTHER, channel_note="  "))
    assert set(info.value.field_errors) == {"channel"}
    other = cases.open_case(principal, intake(channel=IntakeChannel.OTHER,
                                              channel_note="Thừ để ở cổng"))
    assert cases.get_case(principal, other).intake.channel_note == "Thừ để ở cổng"
    assert cases.get_case(principal, cases.open_case(principal, intake())).intake.channel is None
    teacher = login("giaovien")
    code = cases.record_concern(teacher, cases.ConcernInput("Em bị bạn đánh.", pupil_id=pupil))
    teacher.close()
    concern = cases.get_case(principal, cases.list_cases(principal, cases.CaseQuery(text=code))[0].id)
    assert concern.intake.channel == IntakeChannel.TEACHER
