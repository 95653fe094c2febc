"""The working-day calendar over whole school years, checked against the ``holidays`` package:
every public holiday (Tết included) is a day off, weekends are skipped, a make-up Saturday counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import holidays
import pytest

from kimbai_desktop.domain.deadlines import DEFAULT_RULES, WorkingCalendar, due_at
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.domain.public_holidays import (
    _national_day_pair,
    holiday_names,
    public_holidays,
    public_workdays,
)

VN = timezone(timedelta(hours=7))
SCHOOL_YEARS = ((date(2025, 8, 1), date(2026, 7, 31)), (date(2026, 8, 1), date(2027, 7, 31)))


def _days(start: date, end: date):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


@pytest.mark.parametrize(("start", "end"), SCHOOL_YEARS)
def test_a_whole_school_year_matches_the_package(start, end):
    package = holidays.country_holidays("VN", years=range(start.year, end.year + 1))
    made_up = set(package.weekend_workdays)
    cal = WorkingCalendar()
    for d in _days(start, end):
        if d in made_up:
            assert cal.is_working_day(d), d  # the government's make-up Saturday is worked
        elif d in package:
            assert not cal.is_working_day(d), (d, package.get(d))
        elif d.weekday() >= 5:
            assert not cal.is_working_day(d), d
        else:
            assert cal.is_working_day(d), d


def test_tet_and_both_national_days_are_off():
    cal = WorkingCalendar()
    for d in _days(date(2026, 2, 16), date(2026, 2, 20)):  # Tết Bính Ngọ, Monday to Friday
        assert not cal.is_working_day(d)
    assert not cal.is_working_day(date(2025, 9, 1))  # second National Day holiday
    assert not cal.is_working_day(date(2025, 9, 2))
    assert not cal.is_working_day(date(2027, 9, 3))
    assert cal.is_working_day(date(2026, 8, 22))  # Saturday worked for Monday 31/8/2026
    assert not cal.is_working_day(date(2026, 8, 31))
    names = holiday_names(2026)
    assert names[date(2026, 2, 17)] == "Tết Nguyên Đán"


def test_the_second_national_day_rule_fills_a_gap():
    # When the package does not know the adjacent day, our rule of Điều 112 adds one.
    assert _national_day_pair(2025, set()) == {date(2025, 9, 2), date(2025, 9, 1)}  # Tuesday
    assert _national_day_pair(2027, set()) == {date(2027, 9, 2), date(2027, 9, 3)}  # Thursday
    assert _national_day_pair(2028, set()) == {date(2028, 9, 2), date(2028, 9, 1)}  # Saturday
    assert _national_day_pair(2020, set()) == {date(2020, 9, 2)}  # before the 2019 Code
    assert _national_day_pair(2026, {date(2026, 9, 1)}) == {date(2026, 9, 2)}
    for year in range(2021, 2031):
        days = public_holidays(year)
        assert date(year, 9, 2) in days
        assert date(year, 9, 1) in days or date(year, 9, 3) in days


def test_the_schools_own_days_off_and_make_up_working_days():
    saturday = date(2025, 10, 11)
    school_day_off = date(2025, 10, 15)  # a Wednesday
    cal = WorkingCalendar.with_holidays([school_day_off], workdays=[saturday])
    assert cal.is_working_day(saturday)
    assert not cal.is_working_day(school_day_off)
    # the plan (5 working days) received on Thursday 9/10: Fri 10, Sat 11 (worked), Mon 13,
    # Tue 14, (Wed 15 off), Thu 16
    received = datetime(2025, 10, 9, 9, 0, tzinfo=VN)
    plan = next(r for r in DEFAULT_RULES if r.step == ProcedureStep.PLANNING)
    assert due_at(plan, received, cal).date() == date(2025, 10, 16)
    assert due_at(plan, received, WorkingCalendar()).date() == date(2025, 10, 16)  # Fri..Thu
    # the school may also work a public holiday's weekday when it decides so
    assert WorkingCalendar.with_holidays([], [date(2026, 2, 20)]).is_working_day(date(2026, 2, 20))


def test_a_plan_received_before_tet_counts_after_it():
    received = datetime(2026, 2, 12, 10, 0, tzinfo=VN)  # Thursday before Tết Bính Ngọ
    plan = next(r for r in DEFAULT_RULES if r.step == ProcedureStep.PLANNING)
    # Fri 13; 16-20 Tết; Mon 23, Tue 24, Wed 25, Thu 26
    assert due_at(plan, received, WorkingCalendar()).date() == date(2026, 2, 26)


def test_public_workdays_are_weekend_days():
    for year in (2025, 2026):
        for d in public_workdays(year):
            assert d.weekday() >= 5
    assert date(2025, 4, 26) in public_workdays(2025)
