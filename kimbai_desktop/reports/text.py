"""Text for documents: markup escaping, document-style dates and times (school time, UTC+7),
initials, and the redactor that takes known names, phone numbers and e-mail addresses out of
free text for de-identified copies."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.formatting import format_date, format_number
from kimbai_desktop.domain.text import normalize_text

# A field left blank prints as a dotted line to fill in by hand, as on a paper form.
EMPTY = "." * 24
UNKNOWN_TIME = "Chưa xác định"  # a time the school does not know (not a gap in the form)

_PHONE = re.compile(r"(?<!\w)(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def esc(text: str) -> str:
    """Text safe inside a reportlab Paragraph (which reads a little XML)."""
    return escape(text)


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


def _literal(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement taken as it is (a backslash in it is not a group reference)."""
    return lambda _match: text


@dataclass(frozen=True)
class Redactor:
    """Replaces known names (longest first) and any phone number or e-mail address.

    Free text can hold names the app does not know; a de-identified copy says so, and the
    person who sends it reads it first."""

    replacements: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, names: Iterable[tuple[str, str]]) -> Redactor:
        """``names``: (name, replacement) pairs; empty and very short names are ignored."""
        pairs = {normalize_text(n): r for n, r in names if len(normalize_text(n)) >= 4}
        return cls(tuple(sorted(pairs.items(), key=lambda p: -len(p[0]))))

    def __call__(self, text: str) -> str:
        out = _EMAIL.sub("[thư điện tử]", _PHONE.sub("[số điện thoại]", text))
        for name, replacement in self.replacements:
            # Initials end with a full stop: a name that ended a sentence must not leave two.
            tail = r"\.?" if replacement.endswith(".") else ""
            out = re.sub(re.escape(name) + tail, _literal(replacement), out,
                         flags=re.IGNORECASE)
        return out
