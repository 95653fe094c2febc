"""Vietnamese dates and numbers for grids and documents (vi_VN via babel), date parsing, and the
school year a date falls in.

The document date line is assembled by hand: Nghị định 30/2020 zero-pads the day below 10 and
only months 1 and 2, which no CLDR pattern expresses. Parsing is by hand too: babel's
``parse_date`` follows the locale's short pattern and cannot be told to reject other orders.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _babel_format_date
from babel.dates import format_datetime as _babel_format_datetime
from babel.numbers import format_decimal

from kimbai_desktop.domain.errors import QT_TRANSLATE_NOOP, KimbaiError
from kimbai_desktop.domain.text import normalize_text

__all__ = [
    "LOCALE",
    "DateFormatError",
    "MomentFormatError",
    "NoSuchDate",
    "NoSuchTime",
    "document_date_line",
    "format_date",
    "format_datetime",
    "format_number",
    "parse_date",
    "parse_moment",
    "school_year_of",
]

LOCALE = "vi_VN"
_DMY = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
# "07:30", "7:30", "7h30", "7 h", "07 : 30" (Vietnamese offices write 7h30 as often as 7:30).
_TIME = r"(?P<hour>\d{1,2})\s*[:hHgG.]\s*(?P<minute>\d{1,2})?"
_DATE = r"(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<year>\d{4})"
_TIME_DATE = re.compile(rf"{_TIME}\s+(?:ngày\s+)?{_DATE}", re.ASCII | re.IGNORECASE)
_DATE_TIME = re.compile(rf"{_DATE}\s+(?:lúc\s+)?{_TIME}", re.ASCII | re.IGNORECASE)


class DateFormatError(KimbaiError, ValueError):
    """The text is not written as a date (dd/mm/yyyy)."""

    message = QT_TRANSLATE_NOOP("Errors", "Write the date as dd/mm/yyyy, for example 05/09/2024.")


class MomentFormatError(KimbaiError, ValueError):
    """The text is not written as a time and a date (HH:mm dd/mm/yyyy)."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "Write the time and the date as HH:mm dd/mm/yyyy, for example 07:30 05/09/2024.")


class NoSuchDate(KimbaiError, ValueError):
    """Written as a date, but the calendar has no such day (31/02, 29/02 of a common year, month
    13); a different message from the format's, since the format was right."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "This day is not on the calendar. Check the day and the month.")


class NoSuchTime(KimbaiError, ValueError):
    """Written as a time, but the clock has no such hour or minute (25:00, 07:75)."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "This time does not exist: hours go from 0 to 23 and minutes from 0 to 59.")


def format_date(d: date) -> str:
    """Grid date, dd/mm/yyyy: ``05/06/2024``."""
    return _babel_format_date(d, "dd/MM/yyyy", locale=LOCALE)


def format_datetime(dt: datetime) -> str:
    """Grid time and date: ``14:05 05/06/2024``. Shown as the wall-clock time of ``dt`` itself
    (naive values as they are, aware ones in their own zone)."""
    if dt.tzinfo is not None:
        # babel would convert aware values to UTC when no tzinfo is given; keep the wall clock.
        dt = dt.replace(tzinfo=None)
    return _babel_format_datetime(dt, "HH:mm dd/MM/yyyy", locale=LOCALE)


def format_number(n: int | float | Decimal) -> str:
    """Number with vi_VN grouping: ``1234`` → ``1.234``, ``1234.5`` → ``1.234,5``."""
    return format_decimal(n, locale=LOCALE)


def document_date_line(place: str, d: date) -> str:
    """Place and date line of an administrative document (Nghị định 30/2020, Phụ lục I):
    ``"Kim Bài, ngày 05 tháng 6 năm 2024"``, ``"ngày 01 tháng 02 năm 2025"``."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{normalize_text(place)}, ngày {d.day:02d} tháng {month} năm {d.year}"


def parse_date(text: str) -> date:
    """Day-first date: ``5/6/2024``, ``05/06/2024``, ``05-06-2024``, ``05.06.2024`` (one kind of
    separator, spaces around it allowed), or ISO ``2024-06-05``. :class:`DateFormatError` when it
    is not written as a date, :class:`NoSuchDate` when the calendar has no such day (both are
    ``ValueError``); the message never repeats the input, which may be personal data."""
    s = normalize_text(text)
    if m := _DMY.fullmatch(s):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    elif m := _ISO.fullmatch(s):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        raise DateFormatError()
    return _calendar_date(year, month, day)


def _calendar_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDate() from None


def parse_moment(text: str) -> datetime:
    """A time and a date on the wall clock, as the fields hint: ``07:30 05/09/2024``; one-digit
    parts, extra spaces, ``7h30`` and the date before the time (``05/09/2024 07:30``) are read
    too. Returns a naive ``datetime`` (the caller knows the zone). :class:`MomentFormatError`,
    :class:`NoSuchDate` or :class:`NoSuchTime` (all ``ValueError``) otherwise."""
    s = normalize_text(text)
    m = _TIME_DATE.fullmatch(s) or _DATE_TIME.fullmatch(s)
    if m is None:
        raise MomentFormatError()
    day = _calendar_date(int(m["year"]), int(m["month"]), int(m["day"]))
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if hour > 23 or minute > 59:
        raise NoSuchTime()
    return datetime(day.year, day.month, day.day, hour, minute)


def school_year_of(d: date) -> str:
    """School year containing ``d``: from August on it is the year starting that autumn
    (``2024-08-15`` → ``"2024-2025"``), before August the one that started the year before."""
    start = d.year if d.month >= 8 else d.year - 1
    return f"{start}-{start + 1}"
