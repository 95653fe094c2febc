"""The school profile (thông tin nhà trường) and account-name / password rules, with validation.

Nothing about one particular school is built in: every value here comes from the first-run setup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import normalize_text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024
_SCHOOL_YEAR = re.compile(r"^(\d{4})\s*-\s*(\d{4})$")
_SYMBOL = re.compile(r"^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,19}$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


@dataclass(frozen=True)
class SchoolProfile:
    """What documents need to know about the school (Nghị định 30 header, date line, signature)."""

    school_name: str  # tên trường (cơ quan ban hành)
    superior_body: str  # cơ quan chủ quản, e.g. the commune People's Committee or education office
    place_name: str  # địa danh in the date line: "<place>, ngày ... tháng ... năm ..."
    principal_name: str  # full name in the signature block
    document_symbol: str  # viết tắt in document numbers, e.g. "THKB" in "Số: 12/BC-THKB"
    school_year: str  # "2024-2025"

    def normalized(self) -> SchoolProfile:
        return replace(
            self,
            school_name=normalize_text(self.school_name),
            superior_body=normalize_text(self.superior_body),
            place_name=normalize_text(self.place_name),
            principal_name=normalize_text(self.principal_name),
            document_symbol=normalize_text(self.document_symbol).upper().replace(" ", ""),
            school_year=normalize_text(self.school_year).replace(" ", ""),
        )


def validate_school_profile(profile: SchoolProfile) -> SchoolProfile:
    """Return the normalised profile, or raise ValidationError naming every wrong field."""
    p = profile.normalized()
    errors: dict[str, str] = {}
    field_params: dict[str, dict[str, Any]] = {}
    required = {
        "school_name": QT_TRANSLATE_NOOP("Errors", "Enter the school's name."),
        "superior_body": QT_TRANSLATE_NOOP("Errors", "Enter the superior body (cơ quan chủ quản)."),
        "place_name": QT_TRANSLATE_NOOP("Errors", "Enter the place name used in document dates."),
        "principal_name": QT_TRANSLATE_NOOP("Errors", "Enter the principal's full name."),
        "document_symbol": QT_TRANSLATE_NOOP("Errors", "Enter the document symbol, for example THKB."),
        "school_year": QT_TRANSLATE_NOOP("Errors", "Enter the school year, for example 2024-2025."),
    }
    for field, message in required.items():
        if not getattr(p, field):
            errors[field] = message
    try:
        check_lengths({field: (getattr(p, field), limits.LABEL) for field in required})
    except ValidationError as exc:
        errors.update(exc.field_errors)
        field_params = exc.field_params
    if p.document_symbol and "document_symbol" not in errors and not _SYMBOL.match(p.document_symbol):
        errors["document_symbol"] = QT_TRANSLATE_NOOP(
            "Errors", "Use capital letters and digits only, without spaces, for example THKB."
        )
    if p.school_year and "school_year" not in errors and parse_school_year(p.school_year) is None:
        errors["school_year"] = QT_TRANSLATE_NOOP(
            "Errors", "Write the school year as two consecutive years, for example 2024-2025."
        )
    if errors:
        raise ValidationError(errors, field_params)
    return p


def parse_school_year(text: str) -> tuple[int, int] | None:
    """``"2024-2025"`` → ``(2024, 2025)``; ``None`` unless the years are consecutive."""
    m = _SCHOOL_YEAR.match(text.strip())
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    if end != start + 1 or not 2000 <= start <= 2100:
        return None
    return start, end


def normalize_username(username: str) -> str:
    return normalize_text(username).lower()


def validate_username(username: str) -> str:
    name = normalize_username(username)
    if not _USERNAME.match(name):
        raise ValidationError(
            {
                "username": QT_TRANSLATE_NOOP(
                    "Errors",
                    "Account names have 3 to 32 characters: letters a-z without accents, digits, "
                    "dot, dash or underscore, for example hieutruong.",
                )
            }
        )
    return name


def validate_new_password(password: str, confirmation: str | None = None) -> None:
    """Any character is allowed; only the length is checked (and the confirmation, if given)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            {"password": QT_TRANSLATE_NOOP("Errors", "The password needs at least {min} characters.")},
            min=MIN_PASSWORD_LENGTH,
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError({"password": QT_TRANSLATE_NOOP("Errors", "The password is too long.")})
    if confirmation is not None and confirmation != password:
        raise ValidationError(
            {"confirm": QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same. Type them again.")}
        )
