"""Settings kept outside the encrypted database, declared once with their type and default.

Only what is needed before unlock may live here (QSettings is the Windows registry): the interface
language, window geometry and column widths. Never an account name, a school name or any other personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from kimbai_desktop.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, DEFAULT_LANGUAGE)
MAIN_WINDOW_GEOMETRY = Setting("ui/main_window_geometry", QByteArray, QByteArray())
# Column widths the user set by hand (gui/column_widths.py): header states, no data.
REGISTER_COLUMNS = Setting("ui/columns/register", QByteArray, QByteArray())
CASES_COLUMNS = Setting("ui/columns/cases", QByteArray, QByteArray())
ACTIVITIES_COLUMNS = Setting("ui/columns/activities", QByteArray, QByteArray())
ALL_SETTINGS = (LANGUAGE, MAIN_WINDOW_GEOMETRY, REGISTER_COLUMNS, CASES_COLUMNS,
                ACTIVITIES_COLUMNS)


class AppSettings:
    """Typed access to the declared settings (a fresh QSettings each time: tests redirect it)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qs = qsettings

    def _store(self) -> QSettings:
        return self._qs if self._qs is not None else QSettings()

    def get(self, setting: Setting) -> Any:
        value = self._store().value(setting.key, setting.default)
        if setting.type is str:
            return str(value) if value is not None else setting.default
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        return value

    def set(self, setting: Setting, value: Any) -> None:
        if setting not in ALL_SETTINGS:
            raise KeyError(setting.key)
        store = self._store()
        store.setValue("meta/version", SETTINGS_VERSION)
        store.setValue(setting.key, value)
        store.sync()

    @property
    def language(self) -> str:
        lang = self.get(LANGUAGE)
        return lang if lang in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in SUPPORTED_LANGUAGES:
            raise ValueError("Unsupported language.")
        self.set(LANGUAGE, lang)
