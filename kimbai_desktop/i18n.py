"""Translations for the layers that do not import Qt (CLI, services' error messages, reports).

The Qt GUI loads the compiled ``.qm`` files with QTranslator. The CLI must not import Qt, so this
module reads the same source of truth, ``translations/kimbai_<lang>.ts`` (Qt Linguist XML), with the
standard library's ElementTree: no second catalogue to keep in step, and no Qt below the GUI.

Strings are marked with ``QT_TRANSLATE_NOOP(context, text)``; ``pyside6-lupdate`` extracts them
even from modules that never import Qt.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET  # noqa: S405 - our own shipped file, not untrusted input
from functools import lru_cache

from kimbai_desktop.config import resource_path

DEFAULT_LANGUAGE = "vi"
SUPPORTED_LANGUAGES = ("vi", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def current_language() -> str:
    """Language for Qt-free output: KIMBAI_LANG if set to a supported language, else Vietnamese."""
    lang = os.environ.get("KIMBAI_LANG", DEFAULT_LANGUAGE).strip().lower()[:2]
    return lang if lang in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"kimbai_{lang}.ts")
    table: dict[tuple[str, str], str] = {}
    if not path.is_file():
        return table
    root = ET.parse(path).getroot()  # noqa: S314 - shipped with the application
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """Translate ``text`` (English source) into ``lang`` (default: :func:`current_language`)."""
    lang = lang or current_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
