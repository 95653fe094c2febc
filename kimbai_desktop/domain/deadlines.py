"""Procedure deadlines (Nghị định 56 and the school's own rule) on a working-day calendar.

Every rule is data with the defaults of domain-vn.md, so the school can change them in settings;
nothing here reads the clock: callers pass ``now`` from an injectable clock. Working days skip
Saturdays, Sundays, Vietnam's public holidays (:mod:`kimbai_desktop.domain.public_holidays`: Tết,
the second National Day holiday, nghỉ bù) and the school's own days off; a weekend day the
government or the school makes a working day (làm bù) counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum

from kimbai_desktop.domain.enums import LabelledEnum, ProcedureStep
from kimbai_desktop.domain.public_holidays import public_holidays, public_workdays


class Unit(Enum):
    SAME_DAY = "same_day"  # by the end of the anchor's day (no default rule uses it any more)
    HOURS = "hours"
    CALENDAR_DAYS = "calendar_days"  # by the end of the Nth day after the anchor's day
    WORKING_DAYS = "working_days"  # by the end of the Nth working day after the anchor's day


class Anchor(LabelledEnum):
    """The moment a deadline counts from."""

    RECEIVED = ("received", "Thời điểm tiếp nhận", "Time received")
    DISCOVERED = ("discovered", "Thời điểm phát hiện", "Time discovered")
    PLAN_APPROVED = ("plan_approved", "Ngày kế hoạch được phê duyệt", "Plan approved")
    LAST_REVIEW = ("last_review", "Lần rà soát gần nhất", "Last review")


class Owner(LabelledEnum):
    """Whose deadline it is. The school's own count as overdue when missed; an outside body's
    are shown as "waiting for" with a reminder to follow up, never as the school's failure."""

    SCHOOL = ("school", "Nhà trường", "The school")
    COMMUNE = ("commune", "UBND xã", "Commune People's Committee")


@dataclass(frozen=True)
class DeadlineRule:
    step: ProcedureStep
    amount: int
    unit: Unit
    anchor: Anchor
    urgent_only: bool = False  # e.g. emergency measures apply to urgent cases only
    owner: Owner = Owner.SCHOOL


REPORT_NOW_HOURS = 4
""""Thông báo ngay" (Nghị định 56 Điều 25; the school's plan: report by phone at once) as a number
of hours from receipt, by default one working session. A school day has two sessions of about four
hours (buổi sáng, buổi chiều); the counsellor who receives the information at 7:30 or at 14:00
can and must call 111, the commune or the police before that session ends, while the people
to call are at their desks. The old "by 23:59 the same day" let a morning report wait sixteen
hours, past office hours, and was too late to be "ngay". The school sets its own number in
Cài đặt (1 to 24 hours)."""

# In the order they fall due: at once, 12 hours, 3 days, 5 working days, 30 days after the plan.
DEFAULT_RULES: tuple[DeadlineRule, ...] = (
    DeadlineRule(ProcedureStep.REPORTED, REPORT_NOW_HOURS, Unit.HOURS, Anchor.RECEIVED),
    DeadlineRule(ProcedureStep.EMERGENCY_INTERVENTION, 12, Unit.HOURS, Anchor.RECEIVED,
                 urgent_only=True),
    DeadlineRule(ProcedureStep.RESULT_REPORT, 3, Unit.CALENDAR_DAYS, Anchor.DISCOVERED),
    # Nghị định 56 Điều 28: the commune's child protection officer drafts the plan within
    # 5 working days; the school supplies information and waits for its tasks.
    DeadlineRule(ProcedureStep.PLANNING, 5, Unit.WORKING_DAYS, Anchor.RECEIVED,
                 owner=Owner.COMMUNE),
    DeadlineRule(ProcedureStep.REVIEW, 30, Unit.CALENDAR_DAYS, Anchor.PLAN_APPROVED),
)

END_OF_DAY = time(23, 59, 59)
SCHOOL_TZ = timezone(timedelta(hours=7))  # Vietnam has one time zone and no daylight saving
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days count as working days, in this order: the school's own make-up working days
    (``workdays``), the school's own days off (``holidays``), the government's make-up working
    days, weekends, Vietnam's public holidays (``public=False`` leaves them out, for tests)."""

    holidays: frozenset[date] = frozenset()  # the school's own days off
    workdays: frozenset[date] = frozenset()  # the school's own make-up working days (làm bù)
    public: bool = True
    weekend: frozenset[int] = field(default_factory=lambda: frozenset({5, 6}))  # Sat, Sun

    @classmethod
    def with_holidays(cls, holidays: Iterable[date],
                      workdays: Iterable[date] = ()) -> WorkingCalendar:
        return cls(holidays=frozenset(holidays), workdays=frozenset(workdays))

    def is_working_day(self, d: date) -> bool:
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        if self.public and d in public_workdays(d.year):
            return True
        if d.weekday() in self.weekend:
            return False
        return not (self.public and d in public_holidays(d.year))

    def add_working_days(self, start: date, n: int) -> date:
        """The Nth working day after ``start`` (``start`` itself does not count)."""
        d = start
        counted = 0
        while counted < n:
            d += timedelta(days=1)
            if self.is_working_day(d):
                counted += 1
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 if end <= start)."""
        count, d = 0, start
        while d < end:
            d += timedelta(days=1)
            if self.is_working_day(d):
                count += 1
        return count


def due_at(rule: DeadlineRule, anchor_time: datetime, calendar: WorkingCalendar) -> datetime:
    """When ``rule`` falls due, counted from ``anchor_time`` (same timezone as given)."""
    tz = anchor_time.tzinfo
    day = anchor_time.date()
    if rule.unit is Unit.SAME_DAY:
        return datetime.combine(day, END_OF_DAY, tz)
    if rule.unit is Unit.HOURS:
        return anchor_time + timedelta(hours=rule.amount)
    if rule.unit is Unit.CALENDAR_DAYS:
        return datetime.combine(day + timedelta(days=rule.amount), END_OF_DAY, tz)
    return datetime.combine(calendar.add_working_days(day, rule.amount), END_OF_DAY, tz)


class DeadlineState(LabelledEnum):
    """What the overview shows (colour + icon + this text)."""

    DONE = ("done", "Đã xong", "Done")
    OVERDUE = ("overdue", "Quá hạn", "Overdue")
    DUE_TODAY = ("due_today", "Đến hạn hôm nay", "Due today")
    DUE_SOON = ("due_soon", "Sắp đến hạn", "Due soon")
    WAITING = ("waiting", "Đang chờ", "Waiting")  # an outside body's deadline
    UPCOMING = ("upcoming", "Còn hạn", "Upcoming")


def deadline_state(due: datetime, done: bool, now: datetime,
                   soon_days: int = DUE_SOON_DAYS, owner: Owner = Owner.SCHOOL) -> DeadlineState:
    if done:
        return DeadlineState.DONE
    if owner is not Owner.SCHOOL:
        return DeadlineState.WAITING
    if now > due:
        return DeadlineState.OVERDUE
    local_now = now.astimezone(due.tzinfo) if due.tzinfo and now.tzinfo else now
    if local_now.date() == due.date():
        return DeadlineState.DUE_TODAY
    if due - now <= timedelta(days=soon_days):
        return DeadlineState.DUE_SOON
    return DeadlineState.UPCOMING


def needs_follow_up(due: datetime, done: bool, now: datetime, owner: Owner) -> bool:
    """An outside body's deadline has passed and nothing came: the school should call them."""
    return not done and owner is not Owner.SCHOOL and now > due
