"""Each audit event as one plain sentence ("Thêm nhiệm vụ vào kế hoạch của hồ sơ VV-2026-2027/007"),
built from its action, record kind, record code and the stable detail identifiers the services
write (``task+``, ``referral=health``, ``01/BC-THMAU intake case=9 pdf``). No Qt here: the
sentences are marked with QT_TRANSLATE_NOOP("AuditText", ...) and translated by the caller's
``tr``; enum labels come from the enums in ``lang``. The viewer, the Excel export and the printout
all use :func:`describe`, so they read the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.cases import (
    ConsentScope,
    EntryKind,
    Recipient,
    ReferralStatus,
    Service,
    ShareReason,
    TaskStatus,
)
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.enums import (
    LabelledEnum,
    ProcedureStep,
    ProtectionLevel,
    Role,
    SpecialCircumstance,
)
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.domain.register import PupilStatus, ReviewDecision
from kimbai_desktop.reports.catalogue import ReportKind
from kimbai_desktop.services import audit_log
from kimbai_desktop.services.audit_log import AuditEntry, AuditFilter
from kimbai_desktop.services.excel_export import write_rows
from kimbai_desktop.services.protection import check_password
from kimbai_desktop.services.session import AppSession

Tr = Callable[[str], str]
A = AuditAction


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _same(text: str) -> str:
    return text


# Field names the services list in a settings / profile / account change.
FIELDS = {
    "school_name": QT_TRANSLATE_NOOP("AuditText", "school name"),
    "superior_body": QT_TRANSLATE_NOOP("AuditText", "superior body"),
    "place_name": QT_TRANSLATE_NOOP("AuditText", "place name"),
    "principal_name": QT_TRANSLATE_NOOP("AuditText", "principal's name"),
    "document_symbol": QT_TRANSLATE_NOOP("AuditText", "document symbol"),
    "school_year": QT_TRANSLATE_NOOP("AuditText", "school year"),
    "full_name": QT_TRANSLATE_NOOP("AuditText", "full name"),
    "auto_lock_minutes": QT_TRANSLATE_NOOP("AuditText", "auto-lock time"),
    "clipboard_clear_seconds": QT_TRANSLATE_NOOP("AuditText", "clipboard clearing time"),
    "auto_backup_keep": QT_TRANSLATE_NOOP("AuditText", "automatic backups kept"),
    "daily_backup": QT_TRANSLATE_NOOP("AuditText", "daily backup"),
    "review_interval_days": QT_TRANSLATE_NOOP("AuditText", "review interval"),
    "first_review_days": QT_TRANSLATE_NOOP("AuditText", "first review"),
    "holidays": QT_TRANSLATE_NOOP("AuditText", "days off"),
    "emergency_hours": QT_TRANSLATE_NOOP("AuditText", "time for emergency measures"),
    "plan_working_days": QT_TRANSLATE_NOOP("AuditText", "time for the support plan"),
    "result_report_days": QT_TRANSLATE_NOOP("AuditText", "time for the result report"),
    "case_review_days": QT_TRANSLATE_NOOP("AuditText", "time for the case review"),
    "name_order": QT_TRANSLATE_NOOP("AuditText", "order of names"),
    "case_retention_years": QT_TRANSLATE_NOOP("AuditText", "retention of case files"),
    "leaver_retention_years": QT_TRANSLATE_NOOP("AuditText", "retention of pupils who left"),
    "training_retention_years": QT_TRANSLATE_NOOP("AuditText", "retention of training records"),
    "agency.commune_committee": QT_TRANSLATE_NOOP("AuditText", "name of the commune People's Committee"),
    "agency.culture_society": QT_TRANSLATE_NOOP("AuditText", "name of the office for culture and society"),
    "agency.police": QT_TRANSLATE_NOOP("AuditText", "name of the police"),
    "agency.child_protection": QT_TRANSLATE_NOOP("AuditText", "name of the body in charge of children"),
    "agency.education": QT_TRANSLATE_NOOP("AuditText", "name of the education authority"),
    "agency.hotline": QT_TRANSLATE_NOOP("AuditText", "name of the hotline"),
}
PERMISSIONS = {
    Permission.MANAGE_ACCOUNTS.value: QT_TRANSLATE_NOOP("AuditText", "manage accounts"),
    Permission.EDIT_SETTINGS.value: QT_TRANSLATE_NOOP("AuditText", "change settings"),
    Permission.EDIT_SCHOOL_PROFILE.value: QT_TRANSLATE_NOOP("AuditText", "change the school information"),
    Permission.VIEW_AUDIT.value: QT_TRANSLATE_NOOP("AuditText", "view the access log"),
    Permission.BACKUP.value: QT_TRANSLATE_NOOP("AuditText", "make a backup"),
    Permission.ROTATE_KEY.value: QT_TRANSLATE_NOOP("AuditText", "change the keys"),
    Permission.MANAGE_CASES.value: QT_TRANSLATE_NOOP("AuditText", "manage case files"),
    Permission.VIEW_REGISTER.value: QT_TRANSLATE_NOOP("AuditText", "view the register"),
    Permission.EDIT_REGISTER.value: QT_TRANSLATE_NOOP("AuditText", "change the register"),
}
BACKUPS = {
    "manual": QT_TRANSLATE_NOOP("AuditText", "Made a backup by hand"),
    "auto daily": QT_TRANSLATE_NOOP("AuditText", "Made the daily automatic backup"),
    "auto exit": QT_TRANSLATE_NOOP("AuditText", "Made an automatic backup on closing"),
}
# What was done to a case file, by the detail's key ("key=value" or a bare word).
CASE = {
    "": QT_TRANSLATE_NOOP("AuditText", "Changed case file {code}"),
    "closed": QT_TRANSLATE_NOOP("AuditText", "Closed case file {code}"),
    "reopened": QT_TRANSLATE_NOOP("AuditText", "Reopened case file {code}"),
    "restricted=True": QT_TRANSLATE_NOOP("AuditText", "Limited who may open case file {code}"),
    "restricted=False": QT_TRANSLATE_NOOP("AuditText", "Let every case manager open case file {code}"),
    "withhold_note": QT_TRANSLATE_NOOP("AuditText", "Wrote why the family is not told, in case file {code}"),
    "plan": QT_TRANSLATE_NOOP("AuditText", "Wrote the support plan of case file {code}"),
    "task+": QT_TRANSLATE_NOOP("AuditText", "Added a task to the plan of case file {code}"),
    "step": QT_TRANSLATE_NOOP("AuditText", "Recorded the step “{value}” of case file {code}"),
    "notification": QT_TRANSLATE_NOOP("AuditText", "Recorded a notification to {value} in case file {code}"),
    "entry": QT_TRANSLATE_NOOP("AuditText", "Added an entry ({value}) to the chronology of case file {code}"),
    "correction": QT_TRANSLATE_NOOP("AuditText", "Corrected entry no. {value} of the chronology of case file {code}"),
    "task": QT_TRANSLATE_NOOP("AuditText", "Marked a task of case file {code} as “{value}”"),
    "referral_new": QT_TRANSLATE_NOOP("AuditText", "Referred the child of case file {code} to a {value} service"),
    "referral": QT_TRANSLATE_NOOP("AuditText", "Recorded that a referral of case file {code} is “{value}”"),
    "consent": QT_TRANSLATE_NOOP("AuditText", "Recorded a consent ({value}) in case file {code}"),
    "attachment+": QT_TRANSLATE_NOOP("AuditText", "Added a document to case file {code}"),
    "share_override": QT_TRANSLATE_NOOP("AuditText", "Shared information of case file {code} without consent: {value}"),
    "body_marks+": QT_TRANSLATE_NOOP("AuditText", "Marked {value} injuries on the body map of case file {code}"),
    "body_mark": QT_TRANSLATE_NOOP("AuditText", "Changed mark no. {value} on the body map of case file {code}"),
    "body_mark-": QT_TRANSLATE_NOOP("AuditText", "Removed mark no. {value} from the body map of case file {code}"),
    "body_map": QT_TRANSLATE_NOOP("AuditText", "Changed the body map of case file {code}"),
}
PUPIL = {
    "": QT_TRANSLATE_NOOP("AuditText", "Changed the register entry of pupil {code}"),
    "import": QT_TRANSLATE_NOOP("AuditText", "Updated pupil {code} from a class list"),
    "risk": QT_TRANSLATE_NOOP("AuditText", "Changed the risk factors of pupil {code}"),
    "circumstance+": QT_TRANSLATE_NOOP("AuditText", "Added the special circumstance “{value}” to pupil {code}"),
    "circumstance-": QT_TRANSLATE_NOOP("AuditText", "Ended the special circumstance “{value}” of pupil {code}"),
    "level": QT_TRANSLATE_NOOP("AuditText", "Set the protection level of pupil {code} to “{value}”"),
    "review": QT_TRANSLATE_NOOP("AuditText", "Recorded a review of pupil {code}: “{value}”"),
    "status": QT_TRANSLATE_NOOP("AuditText", "Set the status of pupil {code} to “{value}”"),
    "import status": QT_TRANSLATE_NOOP("AuditText", "Set the status of pupil {code} to “{value}” from a class list"),
}
_KEY = re.compile(r"^(import status|[a-z_]+)([=+-])?(.*)$")


def _label(enum: type[LabelledEnum], ident: str, lang: str) -> str:
    try:
        return enum.from_id(ident).label(lang)
    except ValueError:
        return ident


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def describe(e: AuditEntry, tr: Tr = _same, lang: str = "en") -> str:
    """The sentence for one event, in the language of ``tr`` and ``lang``."""
    text = _describe(e, tr, lang)
    return text if text is not None else _fallback(e, tr, lang)


def _describe(e: AuditEntry, tr: Tr, lang: str) -> str | None:  # noqa: C901, PLR0911, PLR0912
    action, kind, detail, code = e.action, e.record_type, e.detail, e.record_code or "?"
    simple = {
        A.SIGN_IN: QT_TRANSLATE_NOOP("AuditText", "Signed in"),
        A.SIGN_OUT: QT_TRANSLATE_NOOP("AuditText", "Signed out"),
        A.LOCK: QT_TRANSLATE_NOOP("AuditText", "Locked the screen"),
        A.PASSWORD_CHANGE: QT_TRANSLATE_NOOP("AuditText", "Changed their own password"),
        A.RECOVERY_USED: QT_TRANSLATE_NOOP("AuditText", "Used the recovery key"),
    }
    if action in simple and not detail:
        return tr(simple[action])
    if action == A.SIGN_IN_FAILED:
        if detail == "unknown keyslot":
            return tr(QT_TRANSLATE_NOOP(
                "AuditText", "Sign-in refused: a key slot that belongs to no account"))
        return tr(QT_TRANSLATE_NOOP("AuditText", "Failed sign-in: unknown account name") if detail == "unknown account"
                  else QT_TRANSLATE_NOOP("AuditText", "Failed sign-in: wrong password"))
    if action == A.ACCESS_DENIED:
        what = tr(PERMISSIONS[detail]) if detail in PERMISSIONS else ""
        if kind == "case" and e.record_code:
            return tr(QT_TRANSLATE_NOOP("AuditText", "Was refused case file {code}")).format(code=code)
        if what:
            return tr(QT_TRANSLATE_NOOP("AuditText", "Was refused: no permission to {what}")).format(what=what)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Was refused access"))
    if action == A.BACKUP:
        if detail in BACKUPS:
            return tr(BACKUPS[detail])
        return tr(QT_TRANSLATE_NOOP("AuditText", "Made an automatic backup"))
    if action == A.RESTORE:
        match = re.search(r"(\d{4}-\d{2}-\d{2})", detail)
        if match:
            day = format_date(datetime.fromisoformat(match.group(1)).date())
            return tr(QT_TRANSLATE_NOOP("AuditText", "Restored the data from the backup of {date}")).format(date=day)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Restored the data from a backup"))
    if action == A.KEY_ROTATE:
        if detail.startswith("interrupted"):
            return tr(QT_TRANSLATE_NOOP(
                "AuditText", "An interrupted change of the data key was undone; the old key "
                "stays in use"))
        removed = detail.partition("=")[2] if detail.startswith("removed=") else "0"
        if removed in ("", "0"):
            return tr(QT_TRANSLATE_NOOP("AuditText", "Changed the data key"))
        return tr(QT_TRANSLATE_NOOP("AuditText", "Changed the data key; accounts removed: {count}")).format(count=removed)
    if action == A.AUDIT_SIGNING:
        return tr(QT_TRANSLATE_NOOP(
            "AuditText", "From here on every event is signed with its account's key"))
    if kind == "account":
        return _account(e, tr, lang)
    if kind in ("case_access", "sealed_recovery"):
        return _sealed(e, tr)
    if action == A.SETTINGS_CHANGE:
        return _settings(e, tr)
    if kind == "case":
        return _case(e, tr, lang)
    if kind == "pupil":
        return _pupil(e, tr, lang)
    if kind == "attachment":
        about = e.about or "?"
        if action == A.EXPORT:
            return tr(QT_TRANSLATE_NOOP("AuditText", "Saved a copy of a document of case file {code}")).format(code=about)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Opened a document of case file {code}")).format(code=about)
    if kind == "audit" and action in (A.EXPORT, A.PRINT):
        rows = detail.rpartition("rows=")[2] or "?"
        return tr(QT_TRANSLATE_NOOP("AuditText", "Printed the access log ({count} events)") if action == A.PRINT
                  else QT_TRANSLATE_NOOP("AuditText", "Exported the access log to Excel ({count} events)")).format(count=rows)
    if kind in ("cases", "register") and action == A.VIEW and detail.startswith("search:"):
        words = detail.partition(":")[2]
        return tr(QT_TRANSLATE_NOOP("AuditText", "Searched the case files for “{words}”") if kind == "cases"
                  else QT_TRANSLATE_NOOP("AuditText", "Searched the register for “{words}”")).format(words=words)
    if kind == "cases" and action == A.VIEW:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Viewed the list of case files"))
    if kind == "register" and action == A.VIEW:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Viewed the register (sổ theo dõi)"))
    if kind == "register" and action == A.EXPORT:
        rows = detail.rpartition("rows=")[2]
        return tr(QT_TRANSLATE_NOOP("AuditText", "Exported the register to Excel ({count} pupils)")).format(count=rows or "?")
    if kind == "document":
        return _document(e, tr, lang)
    if kind == "handover":
        return _handover(e, tr)
    if kind == "report" and action == A.EXPORT:  # only the statistics sheet is saved as .xlsx
        return tr(QT_TRANSLATE_NOOP("AuditText", "Exported the de-identified statistics to Excel"))
    if kind == "staff":
        staff = {
            "left": QT_TRANSLATE_NOOP("AuditText", "Recorded that staff member {code} left"),
            "back": QT_TRANSLATE_NOOP("AuditText", "Recorded that staff member {code} is back"),
        }
        if detail in staff:
            return tr(staff[detail]).format(code=code)
        if action == A.CREATE:
            return tr(QT_TRANSLATE_NOOP("AuditText", "Added staff member {code}")).format(code=code)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Changed staff member {code}")).format(code=code)
    if kind == "activity":
        if detail == "material+":
            return tr(QT_TRANSLATE_NOOP("AuditText", "Added material to the activity “{code}”")).format(code=code)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Recorded the activity “{code}”") if action == A.CREATE
                  else QT_TRANSLATE_NOOP("AuditText", "Changed the activity “{code}”")).format(code=code)
    if kind == "activity_file":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Saved a copy of a material of the activity “{code}”") if action == A.EXPORT
                  else QT_TRANSLATE_NOOP("AuditText", "Opened a material of the activity “{code}”")).format(code=code)
    if kind in PLAN_RECORDS:
        return _plan_record(e, tr)
    if kind == "target":
        if action == A.DELETE:
            return tr(QT_TRANSLATE_NOOP("AuditText", "Deleted a target of the year's plan"))
        return tr(QT_TRANSLATE_NOOP("AuditText", "Saved the target “{code}”")).format(code=code)
    return None


PLAN_RECORDS = {  # the school plan's own records: (created, changed, deleted)
    "inspection": (QT_TRANSLATE_NOOP("AuditText", "Recorded an inspection of the plan"),
                   QT_TRANSLATE_NOOP("AuditText", "Changed an inspection of the plan"),
                   QT_TRANSLATE_NOOP("AuditText", "Deleted an inspection of the plan")),
    "safety_check": (QT_TRANSLATE_NOOP("AuditText", "Recorded a check of the safe school environment"),
                     QT_TRANSLATE_NOOP("AuditText", "Changed a check of the safe school environment"),
                     QT_TRANSLATE_NOOP("AuditText", "Deleted a check of the safe school environment")),
    "safety_items": (QT_TRANSLATE_NOOP("AuditText", "Changed the safe-environment checklist"),) * 3,
    "report_due": (QT_TRANSLATE_NOOP("AuditText", "Added a report due to the superior body"),
                   QT_TRANSLATE_NOOP("AuditText", "Changed a report due to the superior body"),
                   QT_TRANSLATE_NOOP("AuditText", "Deleted a report due to the superior body")),
}


def _plan_record(e: AuditEntry, tr: Tr) -> str:
    if e.record_type == "inspection" and e.detail == "action":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Marked a follow-up action of an inspection"))
    if e.record_type == "report_due" and e.detail in ("sent", "unsent"):
        return tr(QT_TRANSLATE_NOOP("AuditText", "Marked a report due as sent") if e.detail == "sent"
                  else QT_TRANSLATE_NOOP("AuditText", "Marked a report due as not sent"))
    created, changed, deleted = PLAN_RECORDS[e.record_type]
    return tr(created if e.action == A.CREATE else deleted if e.action == A.DELETE else changed)


def _account(e: AuditEntry, tr: Tr, lang: str) -> str:
    name, detail = e.record_code or "?", e.detail
    if e.action == A.ACCOUNT_CREATE:
        if detail == "setup":
            return tr(QT_TRANSLATE_NOOP("AuditText", "Created the principal's account {name} at the first-time setup")).format(
                name=name)
        role = _label(Role, detail.partition("=")[2], lang) if detail.startswith("role=") else ""
        return tr(QT_TRANSLATE_NOOP("AuditText", "Created the account {name} ({role})")).format(name=name, role=role)
    if e.action == A.ACCOUNT_CHANGE:
        parts = []
        for part in filter(None, detail.split(",")):
            if part.startswith("role="):
                parts.append(tr(QT_TRANSLATE_NOOP("AuditText", "role: {role}")).format(
                    role=_label(Role, part.partition("=")[2], lang)))
            elif part in FIELDS:
                parts.append(tr(FIELDS[part]))
            elif part in PERMISSIONS:
                parts.append(tr(PERMISSIONS[part]))
            else:
                parts.append(part)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Changed the account {name}: {what}")).format(name=name,
                                                                    what=", ".join(parts))
    if e.action == A.ACCOUNT_REMOVE and detail == "key rotation":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Removed the account {name} while changing the data key")).format(name=name)
    if e.action == A.PASSWORD_RESET and detail == "recovery":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Set a new password with the recovery key"))
    sentences = {
        A.ACCOUNT_DEACTIVATE: QT_TRANSLATE_NOOP("AuditText", "Locked the account {name}"),
        A.ACCOUNT_REACTIVATE: QT_TRANSLATE_NOOP("AuditText", "Unlocked the account {name}"),
        A.ACCOUNT_REMOVE: QT_TRANSLATE_NOOP("AuditText", "Removed the account {name}"),
        A.PASSWORD_RESET: QT_TRANSLATE_NOOP("AuditText", "Reset the password of the account {name}"),
        A.PASSWORD_CHANGE: QT_TRANSLATE_NOOP("AuditText", "Changed their own password"),
    }
    if e.action in sentences:
        return tr(sentences[e.action]).format(name=name)
    return _fallback(e, tr, lang)


def _sealed(e: AuditEntry, tr: Tr) -> str | None:
    """Sealed case files: sealing, giving, taking back, the sealed-file recovery key."""
    code, name = e.record_code or "?", e.about or "?"
    if e.action == A.SEALED_RECOVERY:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Made the recovery key for sealed case files"))
    if e.action == A.CASE_SEAL:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Sealed case file {code}: it names a member of staff")
                  if e.detail == "staff" else
                  QT_TRANSLATE_NOOP("AuditText", "Sealed case file {code}, with a reason")).format(code=code)
    if e.action == A.CASE_GRANT:
        if e.detail.endswith(",recovery"):
            return tr(QT_TRANSLATE_NOOP(
                "AuditText", "Gave {name} access to the sealed case file {code} with the sealed-file "
                "recovery key")).format(name=name, code=code)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Gave {name} access to the sealed case file {code}")).format(
            name=name, code=code)
    if e.action == A.CASE_REVOKE:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Took back the sealed case file {code} from {name}")).format(
            name=name, code=code)
    if e.action == A.ACCESS_DENIED:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Was refused: not a holder of sealed case file {code}")).format(
            code=code)
    return None


def _settings(e: AuditEntry, tr: Tr) -> str:
    detail = e.detail
    if e.record_type == "recovery_key":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Made a new recovery key"))
    if detail.startswith("school_year="):
        return tr(QT_TRANSLATE_NOOP("AuditText", "Moved to the school year {year}")).format(year=detail.partition("=")[2])
    names = ", ".join(tr(FIELDS[f]) if f in FIELDS else f for f in filter(None, detail.split(",")))
    if e.record_type == "school_profile":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Changed the school information: {what}")).format(what=names)
    return tr(QT_TRANSLATE_NOOP("AuditText", "Changed the settings: {what}")).format(what=names)


def _split(detail: str) -> tuple[str, str]:
    """``"referral=health"`` → ``("referral", "health")``; ``"task+"`` → ``("task+", "")``;
    ``"circumstance+orphan"`` → ``("circumstance+", "orphan")``."""
    match = _KEY.match(detail)
    if not match:
        return detail, ""
    key, sign, value = match.groups()
    if sign in ("+", "-"):
        return key + sign, value
    return (key, value) if sign == "=" else (detail, "")


def _case(e: AuditEntry, tr: Tr, lang: str) -> str | None:
    code, detail = e.record_code or "?", e.detail
    if e.action == A.VIEW:
        if detail == "alert acknowledged":
            return tr(QT_TRANSLATE_NOOP("AuditText", "Read the warning on case file {code}")).format(code=code)
        return tr(QT_TRANSLATE_NOOP("AuditText", "Opened case file {code}")).format(code=code)
    if e.action == A.CREATE:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Opened case file {code} from a teacher's concern") if detail == "concern"
                  else QT_TRANSLATE_NOOP("AuditText", "Recorded a new case file {code}")).format(code=code)
    if detail in CASE:
        return tr(CASE[detail]).format(code=code)
    key, value = _split(detail)
    if key == "attachment+":
        return tr(CASE[key]).format(code=code)
    enums: dict[str, type[LabelledEnum]] = {
        "step": ProcedureStep, "notification": Recipient, "entry": EntryKind, "task": TaskStatus,
        "consent": ConsentScope, "share_override": ShareReason,
    }
    if key in enums:
        return tr(CASE[key]).format(code=code, value=_lower_first(_label(enums[key], value, lang)))
    if key in ("correction", "body_marks+", "body_mark", "body_mark-"):
        return tr(CASE[key]).format(code=code, value=value)
    if key == "referral":
        if value in {m.value for m in Service}:
            return tr(CASE["referral_new"]).format(
                code=code, value=_lower_first(_label(Service, value, lang)))
        return tr(CASE["referral"]).format(
            code=code, value=_lower_first(_label(ReferralStatus, value, lang)))
    return None


def _pupil(e: AuditEntry, tr: Tr, lang: str) -> str | None:
    code, detail = e.record_code or "?", e.detail
    if e.action == A.VIEW:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Viewed the register entry of pupil {code}")).format(code=code)
    if e.action == A.CREATE:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Added pupil {code} to the register from a class list") if detail == "import"
                  else QT_TRANSLATE_NOOP("AuditText", "Added pupil {code} to the register")).format(code=code)
    if detail in PUPIL:
        return tr(PUPIL[detail]).format(code=code)
    key, value = _split(detail)
    enums: dict[str, type[LabelledEnum]] = {
        "circumstance+": SpecialCircumstance, "circumstance-": SpecialCircumstance,
        "level": ProtectionLevel, "review": ReviewDecision, "status": PupilStatus,
        "import status": PupilStatus,
    }
    if key in enums:
        return tr(PUPIL[key]).format(code=code, value=_lower_first(_label(enums[key], value, lang)))
    return None


_DOCUMENT = re.compile(r"^(\S+) (\S+)(?: (case|activity)=(\d+))?(?: (pdf|docx|printer))?"
                       r"(?: replaced=(\d+) struck=(\d+))?$")


def _handover(e: AuditEntry, tr: Tr) -> str | None:
    """A pupil's handover package (services/handover.py): ``record_id`` is its number in the
    transfer log."""
    number = e.record_id or "?"
    if e.action == A.EXPORT and e.detail.startswith("sent"):
        return tr(QT_TRANSLATE_NOOP("AuditText", "Made handover package no. {number} for a pupil who changed school")).format(number=number)
    if e.action == A.EXPORT:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Opened a document received with handover package no. {number}")).format(number=number)
    if e.action == A.CREATE:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Imported handover package no. {number} from another school")).format(number=number)
    if e.action == A.CHANGE:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Recorded the returned receipt of handover no. {number}")).format(number=number)
    if e.action == A.PRINT and e.detail == "log":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Printed the transfer log"))
    if e.action == A.PRINT:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Printed the papers of handover no. {number}")).format(number=number)
    if e.action == A.VIEW and e.detail == "log":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Viewed the transfer log"))
    if e.action == A.VIEW:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Viewed the records received with handover no. {number}")).format(number=number)
    return None


def _document(e: AuditEntry, tr: Tr, lang: str) -> str | None:
    number = e.record_code or "?"
    if e.action == A.CREATE:
        return tr(QT_TRANSLATE_NOOP("AuditText", "Gave the number {number} to a new document")).format(number=number)
    if e.action == A.CHANGE and e.detail == "void":
        return tr(QT_TRANSLATE_NOOP("AuditText", "Cancelled the document number {number}")).format(number=number)
    match = _DOCUMENT.match(e.detail)
    if match is None:
        return None
    reference, kind_id, about_kind, _about_id, fmt, replaced, struck = match.groups()
    kind = _lower_first(_label(ReportKind, kind_id, lang))
    if e.action == A.PRINT:
        text = tr(QT_TRANSLATE_NOOP("AuditText", "Printed {kind}, no. {number}"))
    elif fmt == "docx":
        text = tr(QT_TRANSLATE_NOOP("AuditText", "Saved {kind}, no. {number}, as a Word file"))
    else:
        text = tr(QT_TRANSLATE_NOOP("AuditText", "Saved {kind}, no. {number}, as a PDF file"))
    text = text.format(kind=kind, number=reference)
    if about_kind == "case" and e.about:
        text += tr(QT_TRANSLATE_NOOP("AuditText", " (case file {code})")).format(code=e.about)
    elif about_kind == "activity" and e.about:
        text += tr(QT_TRANSLATE_NOOP("AuditText", " (activity “{code}”)")).format(code=e.about)
    if replaced is not None:
        text += tr(QT_TRANSLATE_NOOP(
            "AuditText", "; de-identified copy: {replaced} replacement(s), {struck} more "
            "struck out by hand")).format(replaced=replaced, struck=struck)
    return text


_KINDS = {
    "case": QT_TRANSLATE_NOOP("AuditText", "case file"),
    "attachment": QT_TRANSLATE_NOOP("AuditText", "case document"),
    "pupil": QT_TRANSLATE_NOOP("AuditText", "pupil"),
    "activity": QT_TRANSLATE_NOOP("AuditText", "activity"),
    "staff": QT_TRANSLATE_NOOP("AuditText", "staff member"),
    "target": QT_TRANSLATE_NOOP("AuditText", "target"),
    "document": QT_TRANSLATE_NOOP("AuditText", "document"),
    "account": QT_TRANSLATE_NOOP("AuditText", "account"),
}


def _fallback(e: AuditEntry, tr: Tr, lang: str) -> str:
    """An event this version has no sentence for: its action and record, never an id."""
    text = e.action.label(lang) if e.action is not None else e.action_id
    if e.record_type in _KINDS:
        text += " " + tr(_KINDS[e.record_type])
    if e.record_code:
        text += " " + e.record_code
    return text


HEADERS = (QT_TRANSLATE_NOOP("AuditText", "Time"), QT_TRANSLATE_NOOP("AuditText", "Account"), QT_TRANSLATE_NOOP("AuditText", "What was done"), QT_TRANSLATE_NOOP("AuditText", "Record"))
_CODED = frozenset({"case", "pupil", "document", "account"})


def school_time(moment: datetime) -> datetime:
    """A stored (UTC, naive) moment on the school's clock, without the zone (for a cell)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(SCHOOL_TZ).replace(tzinfo=None)


def record_cell(e: AuditEntry) -> str:
    """The record column: a case, pupil, document or account code; a case document's case."""
    return e.record_code if e.record_type in _CODED else e.about


def table(events: list[AuditEntry], tr: Tr = _same, lang: str = "en") -> list[tuple[object, ...]]:
    """The rows the viewer shows, for the Excel file and the printout."""
    return [(school_time(e.at), e.actor, describe(e, tr, lang), record_cell(e)) for e in events]


def export_events(session: AppSession, path: Path | str, f: AuditFilter | None = None, *,
                  password: str, newest_first: bool = True, tr: Tr = _same,
                  lang: str = "en") -> int:
    """The events of ``f`` as an .xlsx encrypted with ``password`` (it names staff and case
    codes); audited."""
    check_password(password)  # before the work: a bad password loses nothing
    events = audit_log.all_events(session, f or AuditFilter(), newest_first=newest_first)
    count = write_rows(Path(path), tr(QT_TRANSLATE_NOOP("AuditText", "Access log")), [tr(h) for h in HEADERS],
                       table(events, tr, lang), (18, 16, 90, 22), password=password)
    session.audit(A.EXPORT, "audit", "", f"xlsx rows={count}")
    return count


def events_to_print(session: AppSession, f: AuditFilter | None = None, *,
                    newest_first: bool = True, tr: Tr = _same,
                    lang: str = "en") -> list[tuple[object, ...]]:
    """The rows to print (the printout is audited by :func:`record_printed` once it is done)."""
    events = audit_log.all_events(session, f or AuditFilter(), newest_first=newest_first)
    return table(events, tr, lang)


def record_printed(session: AppSession, count: int) -> None:
    session.audit(A.PRINT, "audit", "", f"rows={count}")
