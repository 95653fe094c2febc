"""Past, today and planned: the school's today on a clock, and the one rule every form follows for
dates and times that may not lie in the future (what happened, was sent, given, decided, born).

Where the future makes sense (a planned activity, a task's due date, the next review) the date is
accepted and shown as planned (``is_planned``), and nothing planned is counted as done.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "CLOCK_SKEW",
    "FUTURE_DATE",
    "FUTURE_TIME",
    "check_not_future",
    "future_errors",
    "is_planned",
    "school_today",
]

# A computer clock a few minutes behind the wall clock (or a time typed to the minute just now)
# must not turn a real event into a "future" one.
CLOCK_SKEW = timedelta(minutes=5)

FUTURE_TIME = QT_TRANSLATE_NOOP(
    "Errors", "This time is later than now. Enter when it really happened (HH:mm dd/mm/yyyy).")
FUTURE_DATE = QT_TRANSLATE_NOOP(
    "Errors", "This date is after today. Enter a date up to today (dd/mm/yyyy).")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def school_time(moment: datetime) -> datetime:
    """``moment`` on the school's wall clock (naive values are UTC, as stored)."""
    return _aware(moment).astimezone(SCHOOL_TZ)


def school_today(now: datetime) -> date:
    """The date on the school's wall clock at ``now`` (naive values are UTC, as stored)."""
    return school_time(now).date()


def is_planned(day: date, now: datetime) -> bool:
    """``day`` is still to come at ``now``: a planned activity, not one that was held."""
    return day > school_today(now)


def future_errors(
    now: datetime,
    times: Mapping[str, datetime | None] | None = None,
    dates: Mapping[str, date | None] | None = None,
) -> dict[str, str]:
    """A message for each named time later than ``now`` (beyond the clock skew) and each named
    date after the school's today; ``None`` values are skipped."""
    errors: dict[str, str] = {}
    for name, moment in (times or {}).items():
        if moment is not None and _aware(moment) > _aware(now) + CLOCK_SKEW:
            errors[name] = FUTURE_TIME
    today = school_today(now)
    for name, day in (dates or {}).items():
        if day is not None and day > today:
            errors[name] = FUTURE_DATE
    return errors


def check_not_future(
    now: datetime,
    times: Mapping[str, datetime | None] | None = None,
    dates: Mapping[str, date | None] | None = None,
) -> None:
    """:func:`future_errors`, raised as one ``ValidationError``."""
    errors = future_errors(now, times, dates)
    if errors:
        raise ValidationError(errors)
