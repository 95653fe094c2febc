"""How long each kind of text field may be: the one table the services check and the GUI shows.

Limits are in characters of the stored (normalised) text and apply to new input only: a service
lets an unchanged stored value through, so a record saved before these limits still opens, prints
and saves. The database columns declare the same widths (SQLite does not enforce them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.formatting import format_number


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_SHORTEN = QT_TRANSLATE_NOOP(
    "Errors", "Too long: at most {limit} characters (now {length}). Please shorten it.")
_SPLIT = QT_TRANSLATE_NOOP(
    "Errors", "The text is longer than {limit} characters (now {length}). Shorten it or split it "
    "into several entries.")


@dataclass(frozen=True)
class TextLimit:
    """A kind of field: its maximum length and the message that names it."""

    max_chars: int
    message: str = _SHORTEN

    def near(self, length: int) -> bool:
        """Whether a counter should show: the last tenth before the limit (and beyond)."""
        return length >= self.max_chars * 0.9


CLASS_NAME = TextLimit(20)  # "3A", "Lớp 3A1"
STUDENT_CODE = TextLimit(32)  # mã định danh (12 digits today)
CASE_CODE = TextLimit(40)  # a case's code as referred to from the register
PHONE = TextLimit(40)  # phone numbers, several with separators
WORD = TextLimit(60)  # a relation ("bà ngoại"), an ethnicity
REFERENCE = TextLimit(100)  # a document's number and symbol
NAME = TextLimit(120)  # a person's full name, a position, an e-mail address
LABEL = TextLimit(200)  # a school's, a service's or a person's description with role, a place
SHORT = TextLimit(300)  # an address, a title, a task, a target, a place detail
FILE_NAME = TextLimit(255)  # what every usual file system allows
NOTE = TextLimit(4_000, _SPLIT)  # notes of a pupil, a circumstance, a step, a referral, a consent
NARRATIVE = TextLimit(20_000, _SPLIT)  # what happened, chronology entries, reviews, evaluations

TOO_LONG_MESSAGES = (_SHORTEN, _SPLIT)


def too_long(value: str, limit: TextLimit, previous: str | None = None) -> bool:
    """``value`` is over ``limit`` and is not the stored value unchanged."""
    return len(value) > limit.max_chars and value != previous


def check_lengths(fields: Mapping[str, tuple[str, TextLimit]], *,
                  errors: Mapping[str, str] | None = None,
                  previous: Mapping[str, str] | None = None,
                  params: Mapping[str, Any] | None = None,
                  field_params: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Raise one ValidationError naming every field of ``fields`` (name → (normalised value,
    limit)) that is too long, together with the ``errors`` (and their ``params`` and
    ``field_params``) already found. A field whose value is its ``previous`` (stored) value
    passes whatever its length."""
    found = dict(errors or {})
    own_params = {k: dict(v) for k, v in (field_params or {}).items()}
    before = previous or {}
    for name, (value, limit) in fields.items():
        if name not in found and too_long(value, limit, before.get(name)):
            found[name] = limit.message
            own_params[name] = {"limit": format_number(limit.max_chars),
                                  "length": format_number(len(value))}
    if found:
        raise ValidationError(found, own_params, **dict(params or {}))
