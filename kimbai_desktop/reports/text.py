"""Text for documents: markup escaping (with the grey background of what a de-identified copy
replaced, domain/deidentify.py), document-style dates and times (school time, UTC+7), initials."""

from __future__ import annotations

import re
from datetime import date, datetime
from xml.sax.saxutils import escape

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.deidentify import MARK_CLOSE, MARK_OPEN
from kimbai_desktop.domain.formatting import format_date, format_number
from kimbai_desktop.domain.text import normalize_text

# A field left blank prints as a dotted line to fill in by hand, as on a paper form.
EMPTY = "." * 24
UNKNOWN_TIME = "Chưa xác định"  # a time the school does not know (not a gap in the form)

# What a de-identified copy replaced: a light grey background that prints on any printer.
REPLACED = '<font backColor="#d9d9d9">'
_MARKED = re.compile(f"{MARK_OPEN}([^{MARK_OPEN}{MARK_CLOSE}]*){MARK_CLOSE}")


def esc(text: str) -> str:
    """Text safe inside a reportlab Paragraph (which reads a little XML); each replacement of
    a de-identified copy on a grey background."""
    out = escape(text)
    if MARK_OPEN in out or MARK_CLOSE in out:
        out = _MARKED.sub(lambda m: f"{REPLACED}{m.group(1)}</font>", out)
        out = out.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
    return out


def esc_lines(text: str) -> str:
    """Escaped, with line breaks kept."""
    return "<br/>".join(esc(line) for line in text.splitlines())


def school_time(moment: datetime) -> datetime:
    """An aware moment on the school's clock (Vietnam, UTC+7, no daylight saving)."""
    if moment.tzinfo is None:
        raise ValueError("timezone-aware datetime required")
    return moment.astimezone(SCHOOL_TZ)


def doc_date(d: date | None) -> str:
    return format_date(d) if d else EMPTY


def doc_time(moment: datetime | None) -> str:
    """``"14 giờ 05, ngày 05/06/2024"``, school time."""
    if moment is None:
        return EMPTY
    t = school_time(moment)
    return f"{t.hour:02d} giờ {t.minute:02d}, ngày {format_date(t.date())}"


def short_time(moment: datetime | None) -> str:
    """``"14:05 05/06/2024"`` for table cells, school time."""
    if moment is None:
        return ""
    t = school_time(moment)
    return f"{t.hour:02d}:{t.minute:02d} {format_date(t.date())}"


def percent(value: float) -> str:
    """Every percentage of the reports, rounded one way: one decimal, "76,2%", "100%"."""
    shown = round(value, 1)
    return f"{format_number(int(shown) if float(shown).is_integer() else shown)}%"


_PROPER = ("Tổng đài",)  # labels that are names and keep their capital inside a sentence


def mid_sentence(label: str) -> str:
    """A label as it reads inside a sentence: "Cơ quan quản lý giáo dục" → "cơ quan quản lý
    giáo dục"; names and abbreviations ("Tổng đài 111", "UBND xã") keep their capitals."""
    if not label or label.startswith(_PROPER) or (len(label) > 1 and label[1].isupper()):
        return label
    return label[0].lower() + label[1:]


def initials(full_name: str) -> str:
    """``"Nguyễn Thị Ánh"`` → ``"N.T.Á."`` (each word's first letter, upper case)."""
    words = normalize_text(full_name).split()
    return "".join(f"{w[0].upper()}." for w in words if w[0].isalnum()) or "X."
