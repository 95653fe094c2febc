"""Vietnam's public holidays and the government's make-up working days, from the ``holidays``
package (well kept, MIT), with one documented rule of ours for the second National Day holiday.

Why a library: Tết Nguyên đán and Giỗ Tổ Hùng Vương follow the lunar calendar, the days off
moved by the government's yearly decision (e.g. 02/5/2025 off, Saturday 26/4/2025 worked) and
the holidays falling on a weekend (Bộ luật Lao động 2019 Điều 112 khoản 3: nghỉ bù the next working
day) change every year; ``holidays.country_holidays("VN")`` knows all of them, so the school no
longer types Tết in by hand. What the package cannot know yet (a decision for a future year) the
school adds in Cài đặt as its own days off or make-up working days.

Our rule (:func:`_national_day_pair`): Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ gives "02
ngày (ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau)" since 2021, and the Prime
Minister picks the adjacent day each year. The package computes it (from version 0.5x); should
an installed version lack it, we add the adjacent day the package's own rule picks: Monday 1/9
with a Tuesday 2/9, otherwise the weekday next to 2/9 that makes the longest break (Thursday 3/9
with a Wednesday, Monday 1/9 with a Tuesday, Friday 3/9 with a Thursday, Monday 3/9 with a
Sunday...). A later, different decision of the government is entered by the school in Cài đặt.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import Any

COUNTRY = "VN"
SECOND_NATIONAL_DAY_SINCE = 2021  # Bộ luật Lao động 2019 (45/2019/QH14), in force 01/01/2021
# Weekday of 2/9 → offset of the adjacent day off (the package's NATIONAL_DAY_RULE).
_ADJACENT = {0: +1, 1: -1, 2: -1, 3: +1, 4: -1, 5: -1, 6: +1}


def _calendar(year: int, language: str | None = None) -> Any:
    """The package's calendar for ``year``; imported on first use (it takes a while to load and
    the unlock dialog does not need it: issue 20)."""
    import holidays

    if language is None:
        return holidays.country_holidays(COUNTRY, years=year)
    return holidays.country_holidays(COUNTRY, years=year, language=language)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[date]:
    """The public days off of ``year`` (Tết, the fixed holidays, nghỉ bù, the days moved)."""
    days = set(_calendar(year))
    days |= _national_day_pair(year, days)
    return frozenset(d for d in days if d.year == year)


@lru_cache(maxsize=64)
def public_workdays(year: int) -> frozenset[date]:
    """Weekend days the government made working days (làm bù) in ``year``."""
    calendar = _calendar(year)
    return frozenset(d for d in getattr(calendar, "weekend_workdays", ()) if d.year == year)


def holiday_names(year: int, language: str = "vi") -> dict[date, str]:
    """The names of ``year``'s public holidays, for showing the list in Cài đặt."""
    try:
        calendar = _calendar(year, language)
    except (NotImplementedError, ValueError, OSError):  # pragma: no cover - language missing
        # (OSError: the package's translation file could not be found: names in its own words)
        calendar = _calendar(year)
    names = {d: str(n) for d, n in calendar.items() if d.year == year}
    for d in _national_day_pair(year, set(names)):
        names.setdefault(d, "Quốc khánh" if language == "vi" else "National Day")
    return names


def _national_day_pair(year: int, known: set[date]) -> set[date]:
    """2/9 and, since 2021, one adjacent day, unless the package already has an adjacent day."""
    sep_2 = date(year, 9, 2)
    out = {sep_2}
    if year < SECOND_NATIONAL_DAY_SINCE:
        return out
    if date(year, 9, 1) in known or date(year, 9, 3) in known:
        return out
    out.add(sep_2 + timedelta(days=_ADJACENT[sep_2.weekday()]))
    return out
