"""Deadlines on a working-day calendar, with an injected 'now'."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from kimbai_desktop.domain.deadlines import (
    DEFAULT_RULES,
    Anchor,
    DeadlineRule,
    DeadlineState,
    Owner,
    Unit,
    WorkingCalendar,
    deadline_state,
    due_at,
    needs_follow_up,
)
from kimbai_desktop.domain.enums import ProcedureStep

VN = timezone(timedelta(hours=7))
RULES = {r.step: r for r in DEFAULT_RULES}


def test_plan_due_in_five_working_days_across_a_weekend():
    cal = WorkingCalendar()
    received = datetime(2024, 10, 10, 15, 0, tzinfo=VN)  # Thursday
    due = due_at(RULES[ProcedureStep.PLANNING], received, cal)
    assert due.date() == date(2024, 10, 17)  # Fri, Mon, Tue, Wed, Thu


def test_holidays_are_skipped():
    cal = WorkingCalendar.with_holidays([date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30),
                                         date(2025, 1, 31), date(2025, 2, 3)])
    received = datetime(2025, 1, 24, 9, 0, tzinfo=VN)  # Friday before Tết
    due = due_at(RULES[ProcedureStep.PLANNING], received, cal)
    # Mon 27 (29 Tết) to Fri 31 are public holidays, Mon 3 Feb the school's own day off:
    # Tue 4, Wed 5, Thu 6, Fri 7, Mon 10 → the 5th is Mon 10 Feb
    assert due.date() == date(2025, 2, 10)
    assert not cal.is_working_day(date(2025, 9, 2))  # public holidays
    assert not cal.is_working_day(date(2025, 4, 30))


def test_same_day_hours_and_calendar_days():
    cal = WorkingCalendar()
    t = datetime(2024, 10, 12, 20, 30, tzinfo=VN)  # a Saturday evening
    # "ngay": one working session (4 hours) from receipt, not "by 23:59"
    assert due_at(RULES[ProcedureStep.REPORTED], t, cal) == t + timedelta(hours=4)
    same_day = DeadlineRule(ProcedureStep.REPORTED, 0, Unit.SAME_DAY, Anchor.RECEIVED)
    assert due_at(same_day, t, cal) == datetime(2024, 10, 12, 23, 59, 59, tzinfo=VN)
    assert due_at(RULES[ProcedureStep.EMERGENCY_INTERVENTION], t, cal) == t + timedelta(hours=12)
    assert due_at(RULES[ProcedureStep.RESULT_REPORT], t, cal).date() == date(2024, 10, 15)
    assert RULES[ProcedureStep.EMERGENCY_INTERVENTION].urgent_only


def test_states_with_an_injected_now():
    due = datetime(2024, 10, 15, 23, 59, 59, tzinfo=VN)
    assert deadline_state(due, False, datetime(2024, 10, 15, 8, 0, tzinfo=VN)) == DeadlineState.DUE_TODAY
    assert deadline_state(due, False, datetime(2024, 10, 16, 0, 0, tzinfo=VN)) == DeadlineState.OVERDUE
    assert deadline_state(due, False, datetime(2024, 10, 10, 8, 0, tzinfo=VN)) == DeadlineState.DUE_SOON
    assert deadline_state(due, False, datetime(2024, 9, 1, 8, 0, tzinfo=VN)) == DeadlineState.UPCOMING
    assert deadline_state(due, True, datetime(2024, 12, 1, tzinfo=VN)) == DeadlineState.DONE
    # the same instant seen from UTC is still "today" in Vietnam
    assert deadline_state(due, False, datetime(2024, 10, 15, 1, 0, tzinfo=UTC)) == \
        DeadlineState.DUE_TODAY


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
       st.integers(min_value=0, max_value=40))
def test_working_days_properties(start, n):
    cal = WorkingCalendar()
    end = cal.add_working_days(start, n)
    assert end >= start
    assert cal.working_days_between(start, end) == n
    if n:
        assert cal.is_working_day(end)


def test_custom_rule():
    rule = DeadlineRule(ProcedureStep.REVIEW, 2, Unit.WORKING_DAYS, Anchor.LAST_REVIEW)
    assert due_at(rule, datetime(2024, 10, 11, 10, tzinfo=VN), WorkingCalendar()).date() == \
        date(2024, 10, 15)


def test_whose_deadline_it_is():
    plan = RULES[ProcedureStep.PLANNING]
    assert plan.owner is Owner.COMMUNE  # Nghị định 56 Điều 28: the commune drafts the plan
    for step in (ProcedureStep.REPORTED, ProcedureStep.RESULT_REPORT, ProcedureStep.REVIEW,
                 ProcedureStep.EMERGENCY_INTERVENTION):
        assert RULES[step].owner is Owner.SCHOOL
    due = datetime(2024, 10, 17, 23, 59, 59, tzinfo=VN)
    later = datetime(2024, 10, 18, 9, 0, tzinfo=VN)
    # past the commune's deadline: still "waiting", never the school's "overdue"
    assert deadline_state(due, False, later, owner=Owner.COMMUNE) == DeadlineState.WAITING
    assert needs_follow_up(due, False, later, Owner.COMMUNE)
    assert not needs_follow_up(due, False, due - timedelta(days=1), Owner.COMMUNE)
    assert not needs_follow_up(due, True, later, Owner.COMMUNE)
    assert not needs_follow_up(due, False, later, Owner.SCHOOL)
    assert deadline_state(due, False, later) == DeadlineState.OVERDUE
    assert deadline_state(due, True, later, owner=Owner.COMMUNE) == DeadlineState.DONE


def test_rules_are_in_the_order_they_fall_due():
    cal = WorkingCalendar()
    t = datetime(2024, 10, 10, 9, 0, tzinfo=VN)
    dues = [due_at(r, t, cal) for r in DEFAULT_RULES if r.anchor != Anchor.PLAN_APPROVED]
    assert dues == sorted(dues)
    steps = list(ProcedureStep)
    assert steps.index(ProcedureStep.RESULT_REPORT) < steps.index(ProcedureStep.PLANNING)
    assert steps.index(ProcedureStep.RESULT_REPORT) < steps.index(ProcedureStep.REVIEW)
