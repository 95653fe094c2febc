"""Reading typed times and dates (``parse_moment``, ``parse_date``'s two messages) and the rule
for dates that may not lie in the future (``domain.when``), on given clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.formatting import (
    DateFormatError,
    MomentFormatError,
    NoSuchDate,
    NoSuchTime,
    format_datetime,
    parse_date,
    parse_moment,
)
from kimbai_desktop.domain.when import (
    FUTURE_DATE,
    FUTURE_TIME,
    check_not_future,
    future_errors,
    is_planned,
    school_today,
)

NOW = datetime(2024, 10, 10, 3, 0, tzinfo=UTC)  # 10:00 at school


@pytest.mark.parametrize("text", [
    "07:30 01/12/2026", "7:30 1/12/2026", "  07 : 30   01 / 12 / 2026 ", "7h30 01/12/2026",
    "07:30 01.12.2026", "07:30 01-12-2026", "01/12/2026 07:30", "01/12/2026  7h30",
])
def test_a_moment_is_read_as_written(text: str) -> None:
    assert parse_moment(text) == datetime(2026, 12, 1, 7, 30)


def test_the_issue_examples_keep_their_hour_day_and_month() -> None:
    assert parse_moment("09:00 10/01/2027") == datetime(2027, 1, 10, 9, 0)
    assert parse_moment("7h 01/12/2026") == datetime(2026, 12, 1, 7, 0)


@pytest.mark.parametrize(("text", "error"), [
    ("", MomentFormatError), ("07:30", MomentFormatError), ("01/12/2026", MomentFormatError),
    ("0730 01/12/2026", MomentFormatError), ("7 01/12/2026", MomentFormatError),
    ("07:30 01/12/26", MomentFormatError), ("bảy giờ", MomentFormatError),
    ("07:30 31/02/2024", NoSuchDate), ("07:30 29/02/2025", NoSuchDate),
    ("07:30 01/13/2026", NoSuchDate), ("24:00 01/12/2026", NoSuchTime),
    ("07:60 01/12/2026", NoSuchTime),
])
def test_what_is_not_a_moment_says_why_without_repeating_it(text: str, error: type) -> None:
    with pytest.raises(error) as caught:
        parse_moment(text)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value) == error.message  # a fixed message: never the typed text


@pytest.mark.parametrize("text", ["31/02/2024", "29/02/2025", "32/01/2026", "01/13/2026",
                                  "00/01/2026", "2025-02-29"])
def test_a_day_not_on_the_calendar_has_its_own_message(text: str) -> None:
    with pytest.raises(NoSuchDate) as caught:
        parse_date(text)
    assert caught.value.message != DateFormatError.message
    assert "calendar" in caught.value.message


@pytest.mark.parametrize("text", ["31-02/2024", "1/2", "hôm qua", "2024/02/01"])
def test_a_text_not_written_as_a_date_gets_the_format_message(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_date(text)


def test_29_february_of_a_leap_year_is_a_day() -> None:
    assert parse_date("29/02/2024") == date(2024, 2, 29)


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31)))
def test_a_shown_moment_reads_back_to_the_minute(moment: datetime) -> None:
    moment = moment.replace(second=0, microsecond=0)
    assert parse_moment(format_datetime(moment)) == moment


def test_today_is_the_schools_today() -> None:
    late_utc = datetime(2024, 10, 9, 18, 30, tzinfo=UTC)  # 01:30 on the 10th at school
    assert school_today(late_utc) == date(2024, 10, 10)
    assert school_today(late_utc.replace(tzinfo=None)) == date(2024, 10, 10)  # stored, naive UTC


def test_times_may_be_a_few_minutes_ahead_of_the_clock_but_not_more() -> None:
    assert future_errors(NOW, times={"at": NOW + timedelta(minutes=5)}) == {}
    assert future_errors(NOW, times={"at": NOW + timedelta(minutes=6)}) == {"at": FUTURE_TIME}
    assert future_errors(NOW, times={"at": None}) == {}


def test_dates_up_to_the_schools_today_pass() -> None:
    assert future_errors(NOW, dates={"on": date(2024, 10, 10)}) == {}
    assert future_errors(NOW, dates={"on": date(2024, 10, 11)}) == {"on": FUTURE_DATE}
    with pytest.raises(ValidationError) as caught:
        check_not_future(NOW, dates={"sent_on": date(2024, 11, 1)},
                         times={"at": NOW + timedelta(days=1)})
    assert caught.value.field_errors == {"sent_on": FUTURE_DATE, "at": FUTURE_TIME}


def test_planned_means_after_the_schools_today() -> None:
    assert not is_planned(date(2024, 10, 10), NOW)
    assert is_planned(date(2024, 10, 11), NOW)
