"""Plain words for the audit trail in the interface language: the record kinds of the filter and
each event as a sentence (built by services/audit_text.py, translated here).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kimbai_desktop.gui import labels
from kimbai_desktop.services.audit_log import AuditEntry
from kimbai_desktop.services.audit_text import describe


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditLabels", text)


def record_types() -> dict[str, str]:
    """Every record type the services write, with its plain name (in the filter's order)."""
    return {
        "case": _t(QT_TRANSLATE_NOOP("AuditLabels", "Case file")),
        "attachment": _t(QT_TRANSLATE_NOOP("AuditLabels", "Case document")),
        "case_access": _t(QT_TRANSLATE_NOOP("AuditLabels", "Access to a sealed case file")),
        "sealed_recovery": _t(QT_TRANSLATE_NOOP("AuditLabels",
                                                "Recovery key for sealed case files")),
        "cases": _t(QT_TRANSLATE_NOOP("AuditLabels", "Case list")),
        "pupil": _t(QT_TRANSLATE_NOOP("AuditLabels", "Register entry")),
        "register": _t(QT_TRANSLATE_NOOP("AuditLabels", "Register")),
        "activity": _t(QT_TRANSLATE_NOOP("AuditLabels", "Training or awareness activity")),
        "activity_file": _t(QT_TRANSLATE_NOOP("AuditLabels", "Activity material")),
        "activities": _t(QT_TRANSLATE_NOOP("AuditLabels", "Activity list")),
        "staff": _t(QT_TRANSLATE_NOOP("AuditLabels", "Staff member")),
        "target": _t(QT_TRANSLATE_NOOP("AuditLabels", "Target")),
        "targets": _t(QT_TRANSLATE_NOOP("AuditLabels", "Targets")),
        "inspection": _t(QT_TRANSLATE_NOOP("AuditLabels", "Inspection of the plan")),
        "safety_check": _t(QT_TRANSLATE_NOOP("AuditLabels", "Safe-environment check")),
        "safety_items": _t(QT_TRANSLATE_NOOP("AuditLabels", "Safe-environment checklist")),
        "report_due": _t(QT_TRANSLATE_NOOP("AuditLabels", "Report due to the superior body")),
        "report": _t(QT_TRANSLATE_NOOP("AuditLabels", "Report")),
        "document": _t(QT_TRANSLATE_NOOP("AuditLabels", "Outgoing document")),
        "dashboard": _t(QT_TRANSLATE_NOOP("AuditLabels", "Overview figures")),
        "account": _t(QT_TRANSLATE_NOOP("AuditLabels", "Account")),
        "school_profile": _t(QT_TRANSLATE_NOOP("AuditLabels", "School information")),
        "settings": _t(QT_TRANSLATE_NOOP("AuditLabels", "Settings")),
        "backup": _t(QT_TRANSLATE_NOOP("AuditLabels", "Backup")),
        "recovery_key": _t(QT_TRANSLATE_NOOP("AuditLabels", "Recovery key")),
        "audit": _t(QT_TRANSLATE_NOOP("AuditLabels", "Access log")),
        "handover": _t(QT_TRANSLATE_NOOP("AuditLabels", "Handover package")),
    }


def record_type_text(record_type: str) -> str:
    return record_types().get(record_type, record_type)


def _audit_text(text: str) -> str:
    return QCoreApplication.translate("AuditText", text)


def sentence(entry: AuditEntry) -> str:
    """The event as one sentence in the interface language (services/audit_text.py)."""
    return describe(entry, _audit_text, labels.language())
