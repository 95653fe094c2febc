"""Display labels of domain enums in the current interface language (``member.vi`` or ``.en``).

The enums carry their own bilingual labels (the exact legal wording in Vietnamese), so they are
data, not tr() strings. ``app.main`` sets the language once at start-up.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from kimbai_desktop.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

_language = DEFAULT_LANGUAGE
# The school's names of the outside bodies (Cài đặt), by enum member: services.agencies.
_agencies: dict[Any, str] = {}


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    return _language


def set_agencies(names: dict[Any, str]) -> None:
    """The names the school set for 111, the commune, the police... (domain.agencies)."""
    global _agencies
    _agencies = dict(names)


def label(member: Any) -> str:
    """The member's label in the interface language (``member.vi`` / ``member.en``); in
    Vietnamese an outside body is named as the school set it in Cài đặt."""
    if _language != "en" and isinstance(member, Enum) and member in _agencies:
        return _agencies[member]
    if _language == "en":
        return str(getattr(member, "en", None) or getattr(member, "name", member))
    return str(getattr(member, "vi", None) or getattr(member, "name", member))
