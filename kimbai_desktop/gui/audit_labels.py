"""Plain words for the audit trail's stored identifiers: record types and event details.

Services store stable identifiers ("account", "school_profile", "role=teacher", "auto daily");
the viewer shows them in the interface language. An identifier this version does not know is
shown as it is stored rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import labels


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditLabels", text)


def record_types() -> dict[str, str]:
    """Every record type the services write, with its plain name (in the filter's order)."""
    return {
        "case": _t(QT_TRANSLATE_NOOP("AuditLabels", "Case file")),
        "attachment": _t(QT_TRANSLATE_NOOP("AuditLabels", "Case document")),
        "cases": _t(QT_TRANSLATE_NOOP("AuditLabels", "Case list")),
        "pupil": _t(QT_TRANSLATE_NOOP("AuditLabels", "Register entry")),
        "register": _t(QT_TRANSLATE_NOOP("AuditLabels", "Register")),
        "activity": _t(QT_TRANSLATE_NOOP("AuditLabels", "Training or awareness activity")),
        "activity_file": _t(QT_TRANSLATE_NOOP("AuditLabels", "Activity material")),
        "activities": _t(QT_TRANSLATE_NOOP("AuditLabels", "Activity list")),
        "staff": _t(QT_TRANSLATE_NOOP("AuditLabels", "Staff member")),
        "target": _t(QT_TRANSLATE_NOOP("AuditLabels", "Target")),
        "targets": _t(QT_TRANSLATE_NOOP("AuditLabels", "Targets")),
        "report": _t(QT_TRANSLATE_NOOP("AuditLabels", "Report")),
        "document": _t(QT_TRANSLATE_NOOP("AuditLabels", "Outgoing document")),
        "dashboard": _t(QT_TRANSLATE_NOOP("AuditLabels", "Overview figures")),
        "account": _t(QT_TRANSLATE_NOOP("AuditLabels", "Account")),
        "school_profile": _t(QT_TRANSLATE_NOOP("AuditLabels", "School information")),
        "settings": _t(QT_TRANSLATE_NOOP("AuditLabels", "Settings")),
        "backup": _t(QT_TRANSLATE_NOOP("AuditLabels", "Backup")),
        "recovery_key": _t(QT_TRANSLATE_NOOP("AuditLabels", "Recovery key")),
    }


def record_type_text(record_type: str) -> str:
    return record_types().get(record_type, record_type)


def _words() -> dict[str, str]:
    return {
        # school profile fields
        "school_name": _t(QT_TRANSLATE_NOOP("AuditLabels", "school name")),
        "superior_body": _t(QT_TRANSLATE_NOOP("AuditLabels", "superior body")),
        "place_name": _t(QT_TRANSLATE_NOOP("AuditLabels", "place name")),
        "principal_name": _t(QT_TRANSLATE_NOOP("AuditLabels", "principal's name")),
        "document_symbol": _t(QT_TRANSLATE_NOOP("AuditLabels", "document symbol")),
        "school_year": _t(QT_TRANSLATE_NOOP("AuditLabels", "school year")),
        # account changes
        "full_name": _t(QT_TRANSLATE_NOOP("AuditLabels", "full name")),
        "setup": _t(QT_TRANSLATE_NOOP("AuditLabels", "at the first-time setup")),
        "recovery": _t(QT_TRANSLATE_NOOP("AuditLabels", "with the recovery key")),
        "key rotation": _t(QT_TRANSLATE_NOOP("AuditLabels", "with a data key change")),
        "new recovery key": _t(QT_TRANSLATE_NOOP("AuditLabels", "new recovery key")),
        "unknown account": _t(QT_TRANSLATE_NOOP("AuditLabels", "unknown account name")),
        # backups
        "manual": _t(QT_TRANSLATE_NOOP("AuditLabels", "made by hand")),
        "auto": _t(QT_TRANSLATE_NOOP("AuditLabels", "automatic")),
        "auto daily": _t(QT_TRANSLATE_NOOP("AuditLabels", "automatic, daily")),
        "auto exit": _t(QT_TRANSLATE_NOOP("AuditLabels", "automatic, on exit")),
        # preferences
        "auto_lock_minutes": _t(QT_TRANSLATE_NOOP("AuditLabels", "auto-lock time")),
        "clipboard_clear_seconds": _t(QT_TRANSLATE_NOOP("AuditLabels", "clipboard clearing time")),
        "auto_backup_keep": _t(QT_TRANSLATE_NOOP("AuditLabels", "automatic backups kept")),
        "daily_backup": _t(QT_TRANSLATE_NOOP("AuditLabels", "daily backup")),
        "review_interval_days": _t(QT_TRANSLATE_NOOP("AuditLabels", "review interval")),
        "first_review_days": _t(QT_TRANSLATE_NOOP("AuditLabels", "first review")),
        "list": _t(QT_TRANSLATE_NOOP("AuditLabels", "list")),
        "risk": _t(QT_TRANSLATE_NOOP("AuditLabels", "risk")),
    }


_PAIR = re.compile(r"^(\w+)=(.*)$")


def detail_text(detail: str) -> str:
    """``"full_name,role=teacher"`` → ``"họ và tên, vai trò: Giáo viên"``."""
    if not detail:
        return ""
    words = _words()
    if detail in words:
        return words[detail]
    if detail.startswith("auto "):  # an automatic backup for a reason this version has no words for
        return words["auto"]
    parts = []
    for part in detail.split(","):
        part = part.strip()
        match = _PAIR.match(part)
        if part in words:
            parts.append(words[part])
        elif match and match.group(1) == "role":
            parts.append(
                _t(QT_TRANSLATE_NOOP("AuditLabels", "role: {role}")).format(
                    role=_role(match.group(2))
                )
            )
        elif match and match.group(1) == "removed":
            parts.append(
                _t(QT_TRANSLATE_NOOP("AuditLabels", "accounts removed: {count}")).format(
                    count=match.group(2)
                )
            )
        else:
            parts.append(_permission(part))
    return ", ".join(parts)


def _role(ident: str) -> str:
    try:
        return labels.label(Role.from_id(ident))
    except ValueError:
        return ident


def _permission(ident: str) -> str:
    known = {
        Permission.MANAGE_ACCOUNTS.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "manage accounts")),
        Permission.EDIT_SETTINGS.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "change settings")),
        Permission.EDIT_SCHOOL_PROFILE.value: _t(
            QT_TRANSLATE_NOOP("AuditLabels", "change the school information")
        ),
        Permission.VIEW_AUDIT.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "view the access log")),
        Permission.BACKUP.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "make a backup")),
        Permission.ROTATE_KEY.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "change the keys")),
        Permission.MANAGE_CASES.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "manage case files")),
        Permission.VIEW_REGISTER.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "view the register")),
        Permission.EDIT_REGISTER.value: _t(QT_TRANSLATE_NOOP("AuditLabels", "change the register")),
    }
    return known.get(ident, ident)
