"""Training log: staff directory, activities, attendance, targets and their progress."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Role, Semester
from kimbai_desktop.domain.errors import PermissionDenied, ValidationError
from kimbai_desktop.domain.training import (
    ActivityKind,
    Audience,
    StaffCategory,
    TargetMetric,
    Topic,
)
from kimbai_desktop.services import accounts
from kimbai_desktop.services import training as tr
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD,
               clock=FixedClock(datetime(2025, 3, 1, 3, tzinfo=UTC)))
    yield s
    s.close()


def staff(session, n=4):
    return [tr.save_staff(session, tr.StaffInput(f"Giáo Viên {c}", StaffCategory.TEACHER,
                                                 "Giáo viên chủ nhiệm"))
            for c in "ABCDEFGH"[:n]]


def test_parents_meeting_and_workshop_move_the_targets(session):
    ids = staff(session, 4)
    tr.save_target(session, tr.TargetInput("100% CB-GV được tập huấn kỷ luật tích cực",
                                           TargetMetric.STAFF_COVERAGE, 100,
                                           topic=Topic.POSITIVE_DISCIPLINE))
    tr.save_target(session, tr.TargetInput("2 buổi tuyên truyền cho cha mẹ mỗi học kỳ",
                                           TargetMetric.SESSIONS, 2,
                                           kind=ActivityKind.PARENT_AWARENESS, per_semester=True))
    tr.save_target(session, tr.TargetInput("200 lượt cha mẹ tham dự", TargetMetric.PARTICIPANTS,
                                           200, audience=Audience.PARENTS))
    before = {t.description[:4]: t for t in tr.targets_progress(session)}
    assert all(t.value == 0 and not t.met for t in before.values())
    tr.save_activity(session, tr.ActivityInput(
        ActivityKind.PARENT_AWARENESS, "Họp cha mẹ: an toàn trên mạng", date(2024, 10, 5), 90,
        (Topic.ONLINE_SAFETY, Topic.PARENTING),
        audiences=(tr.AudienceCount(Audience.PARENTS, male=12, female=26),)))
    workshop = tr.save_activity(session, tr.ActivityInput(
        ActivityKind.POSITIVE_DISCIPLINE, "Chuyên đề kỷ luật tích cực", date(2024, 11, 2), 180,
        (Topic.POSITIVE_DISCIPLINE,), staff_ids=tuple(ids[:3])))
    progress = {t.description[:4]: t for t in tr.targets_progress(session)}
    assert progress["100%"].value == 75.0 and progress["100%"].percent == 75
    assert progress["2 bu"].by_semester == ((Semester.FIRST, 1.0), (Semester.SECOND, 0.0))
    assert progress["200 "].value == 38
    # tick the fourth teacher: coverage reaches 100 %
    tr.set_staff_attendance(session, workshop, tuple(ids))
    progress = {t.description[:4]: t for t in tr.targets_progress(session)}
    assert progress["100%"].met
    assert tr.get_activity(session, workshop).audiences[0].total == 4
    assert [s.full_name for s in tr.not_trained(session, Topic.POSITIVE_DISCIPLINE)] == []
    assert len(tr.not_trained(session, Topic.ONLINE_SAFETY)) == 4


def test_archived_staff_leave_the_pool_but_keep_their_history(session):
    ids = staff(session, 2)
    tr.save_target(session, tr.TargetInput("Tập huấn 111", TargetMetric.STAFF_COVERAGE, 100,
                                           topic=Topic.HOTLINE_111))
    tr.save_activity(session, tr.ActivityInput(
        ActivityKind.STAFF_TRAINING, "Tổng đài 111", date(2024, 9, 20), 60, (Topic.HOTLINE_111,),
        staff_ids=(ids[0],)))
    assert tr.targets_progress(session)[0].value == 50.0
    tr.archive_staff(session, ids[1], date(2024, 12, 31))
    assert tr.targets_progress(session)[0].value == 100.0
    assert [m.id for m in tr.list_staff(session)] == [ids[0]]
    assert len(tr.list_staff(session, include_left=True)) == 2
    history = tr.staff_history(session, ids[0])
    assert history.hours == 1.0 and history.activities[0].title == "Tổng đài 111"
    assert tr.training_hours(session) == {ids[0]: 1.0}


def test_validation_and_permissions(session, data_dir):
    with pytest.raises(ValidationError) as info:
        tr.save_activity(session, tr.ActivityInput(ActivityKind.OTHER, "", date(2024, 9, 1), 0,
                                                   ()))
    assert {"title", "topics", "duration_minutes", "custom_kind"} <= set(info.value.field_errors)
    with pytest.raises(ValidationError):
        tr.save_target(session, tr.TargetInput("x", TargetMetric.STAFF_COVERAGE, 120))
    accounts.add_account(session, "giaovien", "Trần Giáo", Role.TEACHER, "giao-vien-pass-1")
    teacher = unlock(data_dir, "giaovien", "giao-vien-pass-1")
    try:
        with pytest.raises(PermissionDenied):
            tr.list_staff(teacher)
    finally:
        teacher.close()


def test_other_kinds_and_search(session):
    tr.save_activity(session, tr.ActivityInput(
        ActivityKind.OTHER, "Thi vẽ tranh", date(2024, 12, 1), 120, (Topic.AWARENESS,),
        custom_kind="Cuộc thi", place="Sân trường"))
    assert tr.custom_kinds(session) == ["Cuộc thi"]
    assert [a.kind_label for a in tr.list_activities(session, text="ve tranh")] == ["Cuộc thi"]
    assert tr.list_activities(session, topic=Topic.HOTLINE_111) == []


def test_target_keeps_what_it_counts_and_years_are_listed(session):
    tr.save_target(session, tr.TargetInput("2 buổi mỗi học kỳ", TargetMetric.SESSIONS, 2,
                                           kind=ActivityKind.PARENT_AWARENESS, per_semester=True))
    t = tr.targets_progress(session)[0]
    assert (t.kind, t.topic, t.audience, t.per_semester) == (
        ActivityKind.PARENT_AWARENESS, None, None, True)
    tr.save_activity(session, tr.ActivityInput(ActivityKind.CAMPAIGN, "Cũ", date(2023, 10, 1),
                                               60, (Topic.AWARENESS,)))
    assert tr.training_years(session) == ["2024-2025", "2023-2024"]


def test_a_semester_that_has_not_begun_is_not_counted_as_a_shortfall(session):
    """In November, "2 sessions each semester" with 2 held in semester I is met so far:
    semester II (from 1 February) has not begun."""
    tr.save_target(session, tr.TargetInput("2 buổi tuyên truyền cho cha mẹ mỗi học kỳ",
                                           TargetMetric.SESSIONS, 2,
                                           kind=ActivityKind.PARENT_AWARENESS, per_semester=True))
    for day in (5, 19):
        tr.save_activity(session, tr.ActivityInput(
            ActivityKind.PARENT_AWARENESS, "Họp cha mẹ", date(2024, 10, day), 90,
            (Topic.PARENTING,), audiences=(tr.AudienceCount(Audience.PARENTS, male=1),)))
    session.clock.current = datetime(2024, 11, 20, 3, tzinfo=UTC)
    (target,) = tr.targets_progress(session, "2024-2025")
    assert target.by_semester == ((Semester.FIRST, 2.0),)
    assert target.met and target.value == 2
    session.clock.current = datetime(2025, 2, 3, 3, tzinfo=UTC)
    (target,) = tr.targets_progress(session, "2024-2025")
    assert target.by_semester == ((Semester.FIRST, 2.0), (Semester.SECOND, 0.0))
    assert not target.met


def test_a_target_has_an_owner_and_a_due_date_on_the_overview(session):
    """Owners and due dates of the plan's targets: kept, shown on the overview two weeks
    before the due date and when overdue, and gone once the target is met."""
    from kimbai_desktop.domain.deadlines import DeadlineState
    from kimbai_desktop.services.overview import build_overview

    target_id = tr.save_target(session, tr.TargetInput(
        "1 buổi tuyên truyền về Tổng đài 111", TargetMetric.SESSIONS, 1,
        kind=ActivityKind.CAMPAIGN, owner="  Tổng phụ trách Đội ", due=date(2025, 3, 10)))
    tr.save_target(session, tr.TargetInput("Không hạn", TargetMetric.SESSIONS, 5))
    t = next(x for x in tr.targets_progress(session) if x.id == target_id)
    assert (t.owner, t.due) == ("Tổng phụ trách Đội", date(2025, 3, 10))
    assert not t.overdue(date(2025, 3, 10)) and t.overdue(date(2025, 3, 11))
    [item] = [i for i in build_overview(session).items if i.kind == "target"]  # 01/03
    assert (item.record_id, item.label, item.what, item.state) == (
        target_id, "Tổng phụ trách Đội", "1 buổi tuyên truyền về Tổng đài 111",
        DeadlineState.DUE_SOON)
    session.clock.current = datetime(2025, 3, 12, 3, tzinfo=UTC)
    [item] = [i for i in build_overview(session).items if i.kind == "target"]
    assert item.state == DeadlineState.OVERDUE
    tr.save_activity(session, tr.ActivityInput(ActivityKind.CAMPAIGN, "Giới thiệu 111",
                                               date(2025, 3, 11), 45, (Topic.HOTLINE_111,)))
    assert [i for i in build_overview(session).items if i.kind == "target"] == []
    with pytest.raises(ValidationError) as info:
        tr.save_target(session, tr.TargetInput("X", TargetMetric.SESSIONS, 1, owner="A" * 200))
    assert set(info.value.field_errors) == {"owner"}
