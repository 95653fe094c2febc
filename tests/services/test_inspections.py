"""The inspection log of the school plan: what is kept, what is refused with a message, who may
do it, and the overdue follow-up actions on the overview (by the injectable clock)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.deadlines import DeadlineState
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import PermissionDenied, ValidationError
from kimbai_desktop.services import accounts
from kimbai_desktop.services import inspections as ins
from kimbai_desktop.services.overview import build_overview
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school

INSPECTOR = "Nguyễn Thị Kiểm Tra, Phó Hiệu trưởng"


@pytest.fixture
def school(data_dir):
    make_school(data_dir)
    clock = FixedClock(datetime(2024, 11, 4, 2, tzinfo=UTC))  # Monday 04/11/2024, 09:00
    s = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    yield s, clock, data_dir
    s.close()


def inspection(**kw):
    values = dict(held_on=date(2024, 11, 1), inspectors=INSPECTOR,
                  scope="Hòm thư “Điều em muốn nói”; sổ theo dõi vụ việc",
                  findings="Hòm thư chưa được mở định kỳ.",
                  actions=(ins.ActionInput("Mở hòm thư mỗi thứ Sáu", "Lê Văn Tổng Phụ Trách",
                                           date(2024, 11, 8)),
                           ins.ActionInput("Bổ sung sổ theo dõi", "Tư vấn viên",
                                           date(2024, 11, 3))))
    values.update(kw)
    return ins.InspectionInput(**values)


def test_an_inspection_is_kept_with_its_actions_and_audited_without_names(school):
    s, _, _ = school
    new_id = ins.save_inspection(s, inspection())
    [got] = ins.list_inspections(s)
    assert got.id == new_id and got.inspectors == INSPECTOR and got.school_year == "2024-2025"
    assert [a.owner for a in got.actions] == ["Lê Văn Tổng Phụ Trách", "Tư vấn viên"]
    assert got.open_actions == 2
    ins.set_action_done(s, got.actions[0].id, date(2024, 11, 4))
    assert ins.get_inspection(s, new_id).open_actions == 1
    # changing it replaces the actions; the done date typed back is kept
    ins.save_inspection(s, inspection(findings="Đã khắc phục một phần.", actions=(
        ins.ActionInput("Mở hòm thư mỗi thứ Sáu", "Lê Văn Tổng Phụ Trách", date(2024, 11, 8),
                        date(2024, 11, 4)),)), new_id)
    again = ins.get_inspection(s, new_id)
    assert again.findings == "Đã khắc phục một phần." and again.open_actions == 0
    with s.db() as db:
        details = " ".join(e.detail + e.record_id for e in db.scalars(select(AuditEvent)))
    assert "Kiểm Tra" not in details and "Phụ Trách" not in details


def test_missing_and_wrong_parts_are_named(school):
    s, _, _ = school
    with pytest.raises(ValidationError) as info:
        ins.save_inspection(s, inspection(inspectors=" ", scope="", findings="",
                                          held_on=date(2024, 11, 5),
                                          actions=(ins.ActionInput("Việc", ""),)))
    assert set(info.value.field_errors) == {"inspectors", "scope", "findings", "held_on",
                                            "actions"}
    with pytest.raises(ValidationError) as info:
        ins.save_inspection(s, inspection(actions=(
            ins.ActionInput("Việc", "Ai đó", None, date(2024, 10, 1)),)))
    assert set(info.value.field_errors) == {"actions"}  # done before the inspection
    assert ins.list_inspections(s) == []


def test_overdue_actions_show_on_the_overview_until_done(school):
    s, clock, _ = school
    ins.save_inspection(s, inspection())
    items = [i for i in build_overview(s).items if i.kind == "inspection"]
    assert [(i.what, i.state) for i in items] == [
        ("Bổ sung sổ theo dõi", DeadlineState.OVERDUE),
        ("Mở hòm thư mỗi thứ Sáu", DeadlineState.DUE_SOON)]
    assert items[0].label == "Tư vấn viên"
    overdue = next(a for a in ins.open_actions(s) if a.action == "Bổ sung sổ theo dõi")
    ins.set_action_done(s, overdue.id, date(2024, 11, 4))
    clock.advance(days=30)  # a month on, the other one is overdue too
    items = [i for i in build_overview(s).items if i.kind == "inspection"]
    assert [(i.what, i.state) for i in items] == [("Mở hòm thư mỗi thứ Sáu",
                                                   DeadlineState.OVERDUE)]


def test_a_teacher_may_not_keep_the_log(school):
    s, clock, data_dir = school
    accounts.add_account(s, "giaovien", "Trần Giáo Viên", Role.TEACHER, "giaovien-pass-123")
    teacher = unlock(data_dir, "giaovien", "giaovien-pass-123", clock=clock)
    try:
        with pytest.raises(PermissionDenied):
            ins.save_inspection(teacher, inspection())
        assert ins.open_actions(teacher) == []
    finally:
        teacher.close()
