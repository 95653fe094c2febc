"""Errors a user can meet, each with a plain message that says what to do next.

Messages are English source strings marked for translation under the context "Errors"; the GUI
shows them through ``QCoreApplication.translate`` and the CLI through :mod:`kimbai_desktop.i18n`.
They never contain record contents or personal data; parameters are counts, field names or paths.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class KimbaiError(Exception):
    """Base for expected failures. ``message`` is an untranslated template with ``{name}`` fields."""

    message: str = QT_TRANSLATE_NOOP("Errors", "Something went wrong. Please try again.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        if message is not None:
            self.message = message
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    def render(self, translate: Any = None) -> str:
        """The message in the user's language: ``translate(context, text)`` or English."""
        template = translate("Errors", self.message) if translate else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(KimbaiError):
    """One or more fields are wrong. ``field_errors`` maps a field name to a message template;
    ``field_params`` gives a field its own parameters (two fields too long, each with its limit),
    over the shared ``params``."""

    message = QT_TRANSLATE_NOOP("Errors", "Some information is missing or not valid. Please check the marked fields.")

    def __init__(self, field_errors: Mapping[str, str],
                 field_params: Mapping[str, Mapping[str, Any]] | None = None,
                 **params: Any) -> None:
        super().__init__(None, **params)
        self.field_errors = dict(field_errors)
        self.field_params = {k: dict(v) for k, v in (field_params or {}).items()}

    def field_text(self, field: str, translate: Any = None) -> str:
        """The message of ``field`` in the user's language, its parameters filled in."""
        template = self.field_errors[field]
        text = translate("Errors", template) if translate else template
        try:
            return text.format(**{**self.params, **self.field_params.get(field, {})})
        except (KeyError, IndexError, ValueError):
            return text


class NotInitialized(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "This data folder has no KimBai database yet. Run the first-time setup (kimbai init) or choose another folder.")


class AlreadyInitialized(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "This data folder already holds KimBai files (a database, a key file or backups). Nothing was changed. Choose an empty folder; to bring back a school, restore a backup instead.")


class DatabaseMissing(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The database file (kimbai.db) is missing from this data folder, but the key file or backups are still there. Do not set up a new school here: restore the latest backup, or put kimbai.db back.")


class WrongPassword(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The account name or password is not correct. Check the keyboard language and Caps Lock, then try again.")


class UnlockThrottled(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "Too many wrong passwords. Please wait {seconds} seconds before trying again.")


class AccountDisabled(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "This account has been deactivated. Ask the principal to reactivate it.")


class DatabaseDamaged(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The database file is damaged or has been changed outside KimBai. Do not write to it; restore the latest backup.")


class KeyFileDamaged(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The key file (kimbai.keys) is missing, damaged or belongs to another database. Restore it from a backup.")


class UnsupportedCipher(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The encryption library is not SQLCipher 4. Reinstall KimBai Desktop.")


class NewerDatabase(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "This database was made by a newer version of KimBai Desktop. Install the newer version to open it.")


class AlreadyOpen(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "KimBai Desktop is open on this computer; close it first.")


class DatabaseBusy(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The database is busy because another program is writing to it (for example a kimbai command or another KimBai Desktop window). Wait a moment and try again, or close the other program.")


class StorageFull(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The disk is full or cannot be written. Nothing was saved; free some space and try again.")


class PermissionDenied(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "Your account is not allowed to do this. Ask the principal if you need access.")


class BackupDamaged(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "This backup file cannot be used: it is missing, damaged, incomplete or not a KimBai backup. Nothing was changed; choose another backup file.")


class BackupFileExists(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "A file with this name already exists there. Nothing was overwritten; choose another name or folder.")


class BackupFolderMissing(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "The chosen folder does not exist or is not connected. Plug in the USB drive or choose another folder, then try again.")
