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

from kimbai_desktop.domain.text import normalize_text

__all__ = [
    "LOCALE",
    "document_date_line",
    "format_date",
    "format_datetime",
    "format_number",
    "parse_date",
    "school_year_of",
]

LOCALE = "vi_VN"
_DMY = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)


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
    separator), or ISO ``2024-06-05``. ``ValueError`` otherwise; the message never repeats the
    input, which may be personal data."""
    s = normalize_text(text)
    if m := _DMY.fullmatch(s):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    elif m := _ISO.fullmatch(s):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        raise ValueError("Not a date: write it as dd/mm/yyyy, for example 05/06/2024.")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError("This day does not exist in the calendar (dd/mm/yyyy).") from None


def school_year_of(d: date) -> str:
    """School year containing ``d``: from August on it is the year starting that autumn
    (``2024-08-15`` → ``"2024-2025"``), before August the one that started the year before."""
    start = d.year if d.month >= 8 else d.year - 1
    return f"{start}-{start + 1}"
