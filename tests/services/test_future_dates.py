"""The services refuse dates and times that may not lie in the future, with one message per kind
(on the injected clock, with a few minutes' skew for times), and keep a planned training activity
without counting it as held until its day has come."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kimbai_desktop.domain.cases import Channel, ConsentScope, EntryKind, Recipient, Service
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import (
    AbuseForm,
    ProcedureStep,
    ProtectionLevel,
    Sex,
    SpecialCircumstance,
)
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.register import PupilStatus, ReviewDecision
from kimbai_desktop.domain.training import (
    ActivityKind,
    Audience,
    StaffCategory,
    TargetMetric,
    Topic,
)
from kimbai_desktop.domain.when import FUTURE_DATE, FUTURE_TIME
from kimbai_desktop.services import case_work, cases, training
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school
from tests.services.test_cases import intake

VN = timezone(timedelta(hours=7))
NOW = datetime(2024, 10, 10, 10, 0, tzinfo=VN)
TODAY, TOMORROW = date(2024, 10, 10), date(2024, 10, 11)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW.astimezone(UTC))


@pytest.fixture
def session(data_dir, clock):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s
    s.close()


def refused(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.field_errors


def test_case_times_and_dates_cannot_lie_ahead(session) -> None:
    soon, later = NOW + timedelta(minutes=4), NOW + timedelta(minutes=6)
    assert refused(cases.open_case, session, intake(received_at=later, discovered_at=NOW)) == {
        "received_at": FUTURE_TIME}
    assert refused(cases.open_case, session, intake(incident_at=NOW + timedelta(days=30),
                                                    received_at=NOW, discovered_at=NOW)) == {
        "incident_at": FUTURE_TIME}
    case_id = cases.open_case(session, intake(received_at=soon, discovered_at=NOW))  # clock skew
    assert refused(case_work.add_entry, session, case_id, EntryKind.NOTE, "Ghi chép", later) == {
        "event_at": FUTURE_TIME}
    assert refused(case_work.record_notification, session, case_id, Recipient.HOTLINE_111,
                   Channel.PHONE, NOW + timedelta(days=1)) == {"at": FUTURE_TIME}
    assert refused(cases.complete_step, session, case_id, ProcedureStep.INITIAL_ASSESSMENT, later) == {
        "at": FUTURE_TIME}
    assert refused(case_work.add_referral, session, case_id, Service.HEALTH, "Trạm y tế",
                   TOMORROW) == {"sent_on": FUTURE_DATE}
    assert refused(case_work.record_consent, session, case_id, "Bố", "cha",
                   ConsentScope.SERVICES, TOMORROW, None, False) == {"given_on": FUTURE_DATE}
    assert refused(case_work.record_plan, session, case_id, "UBND xã", TOMORROW, "") == {
        "approved_on": FUTURE_DATE}
    assert case_work.list_referrals(session, case_id) == []
    assert case_work.list_consents(session, case_id) == []
    # what happened today, and a task due later, are taken
    case_work.add_entry(session, case_id, EntryKind.NOTE, "Ghi chép", soon)
    case_work.record_consent(session, case_id, "Bố", "cha", ConsentScope.SERVICES, TODAY, None,
                             False)  # a referral needs a consent (services/sharing.py)
    case_work.add_referral(session, case_id, Service.HEALTH, "Trạm y tế", TODAY)
    case_work.add_task(session, case_id, "Gọi lại", date(2024, 12, 1))
    assert case_work.list_tasks(session, case_id)[0].due == date(2024, 12, 1)


def test_a_teachers_concern_cannot_have_happened_tomorrow(session) -> None:
    concern = cases.ConcernInput(what_happened="Em bị đánh.", child_name="Em Nam",
                                 forms=(AbuseForm.VIOLENCE,),
                                 happened_at=NOW + timedelta(hours=2))
    assert refused(cases.record_concern, session, concern) == {"happened_at": FUTURE_TIME}


def test_register_dates_cannot_lie_ahead_except_the_next_review(session) -> None:
    assert refused(reg.save_pupil, session, reg.PupilInput(
        full_name="Em Sinh Sau", sex=Sex.MALE, class_name="1A", birth_date=TOMORROW)) == {
        "birth_date": FUTURE_DATE}
    pupil = reg.save_pupil(session, reg.PupilInput(full_name="Lê Văn Hải", sex=Sex.MALE,
                                                   class_name="3A", birth_date=date(2016, 1, 2)))
    group = SpecialCircumstance.DISABLED
    assert refused(reg.add_circumstance, session, pupil, group, TOMORROW) == {
        "start_date": FUTURE_DATE}
    circ = reg.add_circumstance(session, pupil, group, date(2024, 9, 1))
    assert refused(reg.end_circumstance, session, circ, TOMORROW) == {"end_date": FUTURE_DATE}
    assert refused(reg.set_level, session, pupil, ProtectionLevel.SUPPORT, TOMORROW, "Lý do") == {
        "since": FUTURE_DATE}
    assert refused(reg.record_review, session, pupil, reg.ReviewInput(
        TOMORROW, ReviewDecision.CONTINUE)) == {"review_date": FUTURE_DATE}
    reg.record_review(session, pupil, reg.ReviewInput(
        TODAY, ReviewDecision.CONTINUE, next_review=date(2025, 1, 10)))  # planned: fine
    assert refused(reg.archive_pupil, session, pupil, PupilStatus.TRANSFERRED, TOMORROW) == {
        "left_on": FUTURE_DATE}
    detail = reg.get_pupil(session, pupil)
    assert detail.status == PupilStatus.ACTIVE and detail.reviews[0].next_review == date(2025, 1, 10)


def test_a_staff_member_cannot_leave_tomorrow(session) -> None:
    member = training.save_staff(session, training.StaffInput("Cô Lan", StaffCategory.TEACHER))
    assert refused(training.archive_staff, session, member, TOMORROW) == {"left_on": FUTURE_DATE}


def test_a_planned_activity_is_kept_but_counts_only_once_held(session, clock) -> None:
    """Next month's workshop is recorded and listed as planned; the semester's target and the
    staff's hours count it from its day on."""
    ids = [training.save_staff(session, training.StaffInput(f"Giáo Viên {c}",
                                                            StaffCategory.TEACHER)) for c in "AB"]
    training.save_target(session, training.TargetInput(
        "2 buổi tập huấn mỗi học kỳ", TargetMetric.SESSIONS, 2, per_semester=True))
    training.save_target(session, training.TargetInput(
        "100% CB-GV được tập huấn", TargetMetric.STAFF_COVERAGE, 100, topic=Topic.LIFE_SKILLS))
    training.save_target(session, training.TargetInput(
        "50 lượt cha mẹ", TargetMetric.PARTICIPANTS, 50, audience=Audience.PARENTS))

    def add(title: str, held_on: date) -> int:
        return training.save_activity(session, training.ActivityInput(
            ActivityKind.STAFF_TRAINING, title, held_on, 120, (Topic.LIFE_SKILLS,),
            audiences=(training.AudienceCount(Audience.PARENTS, female=30),),
            staff_ids=tuple(ids)))

    add("Tập huấn tháng 9", date(2024, 9, 20))
    add("Tập huấn hôm nay", TODAY)
    planned = add("Tập huấn tháng sau", date(2024, 11, 15))
    listed = {a.title: a.planned for a in training.list_activities(session, "2024-2025")}
    assert listed == {"Tập huấn tháng 9": False, "Tập huấn hôm nay": False,
                      "Tập huấn tháng sau": True}
    assert training.get_activity(session, planned).planned

    def values() -> list[float]:
        return [t.value for t in training.targets_progress(session, "2024-2025")]

    sessions, coverage, parents = training.targets_progress(session, "2024-2025")
    assert dict(sessions.by_semester)[sessions.by_semester[0][0]] == 2.0  # not 3
    assert parents.value == 60.0 and coverage.value == 100.0
    assert training.training_hours(session, "2024-2025") == {ids[0]: 4.0, ids[1]: 4.0}
    assert training.staff_history(session, ids[0]).hours == 4.0

    # a planned activity alone trains nobody yet
    only_planned = training.save_staff(session, training.StaffInput("Cô Mới",
                                                                    StaffCategory.TEACHER))
    training.save_activity(session, training.ActivityInput(
        ActivityKind.STAFF_TRAINING, "Bồi dưỡng cô mới", date(2024, 12, 1), 60,
        (Topic.ONLINE_SAFETY,), staff_ids=(only_planned,)))
    assert only_planned in {m.id for m in training.not_trained(session, Topic.ONLINE_SAFETY,
                                                               "2024-2025")}

    clock.advance(days=40)  # 19/11/2024: next month's workshop has been held
    assert not training.get_activity(session, planned).planned
    assert values()[2] == 90.0
    assert training.staff_history(session, ids[0]).hours == 6.0
