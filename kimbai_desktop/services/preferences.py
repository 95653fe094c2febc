"""Settings kept inside the encrypted database (cài đặt), declared once with type, default and
allowed range; everything not needed before unlock lives here, not in QSettings."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.deadlines import (
    DEFAULT_RULES,
    REPORT_NOW_HOURS,
    DeadlineRule,
    WorkingCalendar,
)
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.retention import CASE_YEARS, LEAVER_YEARS, MAX_YEARS, TRAINING_YEARS
from kimbai_desktop.domain.text import DEFAULT_NAME_ORDER, NameOrder
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Setting
from kimbai_desktop.storage.name_keys import recompute_name_keys


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Preferences:
    auto_lock_minutes: int = 5  # lock the screen after this long without input
    clipboard_clear_seconds: int = 30  # text copied from a record is wiped after this long
    auto_backup_keep: int = 10  # automatic backups kept in the data folder
    daily_backup: bool = True  # one automatic backup a day, and one on exit
    review_interval_days: int = 135  # rà soát: about once per semester
    first_review_days: int = 30  # first review after a child enters the register
    # The school's own days off (ISO dates). Vietnam's public holidays, Tết included, come from
    # the ``holidays`` package (domain/public_holidays.py); a list typed before that (Tết by hand)
    # keeps working: those days simply are days off twice.
    holidays: tuple[str, ...] = ()
    workdays: tuple[str, ...] = ()  # the school's make-up working days (a Saturday worked)
    report_now_hours: int = REPORT_NOW_HOURS  # "thông báo ngay": one working session
    emergency_hours: int = 12  # emergency measures after receipt (urgent cases)
    plan_working_days: int = 5  # support / intervention plan after receipt
    result_report_days: int = 3  # the written result report after discovery
    case_review_days: int = 30  # review of the case after the plan is approved
    # Pupils (and staff) sharing a given name: family name first as the schools' lists do, or
    # middle name first. Changing it rewrites the stored sort keys (storage/name_keys.py).
    name_order: str = DEFAULT_NAME_ORDER.value
    # Retention (thời hạn bảo quản), years after the end: the school's own choice, since no
    # text found fixes them (domain/retention.py says what was searched).
    case_retention_years: int = CASE_YEARS  # after a case is closed
    leaver_retention_years: int = LEAVER_YEARS  # after a pupil left the school
    training_retention_years: int = TRAINING_YEARS  # after a training or awareness activity


RANGES: dict[str, tuple[int, int]] = {
    "auto_lock_minutes": (1, 60),
    "clipboard_clear_seconds": (5, 300),
    "auto_backup_keep": (1, 100),
    "review_interval_days": (7, 400),
    "first_review_days": (1, 180),
    "report_now_hours": (1, 24),
    "emergency_hours": (1, 72),
    "plan_working_days": (1, 30),
    "result_report_days": (1, 30),
    "case_review_days": (1, 365),
    "case_retention_years": (1, MAX_YEARS),
    "leaver_retention_years": (1, MAX_YEARS),
    "training_retention_years": (1, MAX_YEARS),
}
CHOICES: dict[str, frozenset[str]] = {
    "name_order": frozenset(m.value for m in NameOrder),
}
_PREFIX = "pref."


def load_preferences(session: AppSession) -> Preferences:
    """Stored values over the defaults; an unreadable or out-of-range value falls back."""
    defaults = Preferences()
    values = {}
    with session.db() as s:
        for f in fields(Preferences):
            row = s.get(Setting, _PREFIX + f.name)
            if row is None:
                continue
            try:
                value = json.loads(row.value)
            except ValueError:
                continue
            default = getattr(defaults, f.name)
            if isinstance(default, tuple) and isinstance(value, list):
                value = tuple(str(v) for v in value)
            if type(value) is not type(default):
                continue
            lo_hi = RANGES.get(f.name)
            if lo_hi and not lo_hi[0] <= value <= lo_hi[1]:
                continue
            if f.name in CHOICES and value not in CHOICES[f.name]:
                continue
            values[f.name] = value
    return replace(defaults, **values)


def save_preferences(session: AppSession, prefs: Preferences) -> Preferences:
    """Validate and store (principal only); audited with the names of the changed settings."""
    session.require(Permission.EDIT_SETTINGS, "settings")
    errors: dict[str, str] = {}
    for name, (lo, hi) in RANGES.items():
        value = getattr(prefs, name)
        if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
            errors[name] = QT_TRANSLATE_NOOP("Errors", "Choose a number from {low} to {high}.")
    for name, allowed in CHOICES.items():
        if getattr(prefs, name) not in allowed:
            errors[name] = QT_TRANSLATE_NOOP("Errors", "Choose one of the options in the list.")
    for name in ("holidays", "workdays"):
        for day in getattr(prefs, name):
            try:
                date.fromisoformat(day)
            except ValueError:
                errors[name] = QT_TRANSLATE_NOOP(
                    "Errors", "A date is not valid: type it as dd/mm/yyyy, one per line.")
    if "workdays" not in errors and set(prefs.holidays) & set(prefs.workdays):
        errors["workdays"] = QT_TRANSLATE_NOOP(
            "Errors", "A day cannot be both a day off and a working day: remove it from one list.")
    if errors:
        first = next(iter(errors))
        low, high = RANGES.get(first, (0, 0))
        raise ValidationError(errors, low=low, high=high)
    current = load_preferences(session)
    changed = [f.name for f in fields(Preferences) if getattr(prefs, f.name) != getattr(current, f.name)]
    if not changed:
        return current
    with session.write() as s:
        for name in changed:
            row = s.get(Setting, _PREFIX + name)
            value = json.dumps(getattr(prefs, name))  # tuples are written as lists
            if row is None:
                s.add(Setting(key=_PREFIX + name, value=value))
            else:
                row.value = value
        if "name_order" in changed:
            recompute_name_keys(s, NameOrder(prefs.name_order))
        session.audit(AuditAction.SETTINGS_CHANGE, "settings", "", ",".join(changed), s=s)
    return prefs


def load_name_order(session: AppSession) -> NameOrder:
    """The order of pupils (and staff) who share a given name (one setting, read cheaply)."""
    with session.db() as s:
        row = s.get(Setting, _PREFIX + "name_order")
    try:
        return NameOrder(json.loads(row.value)) if row is not None else DEFAULT_NAME_ORDER
    except (ValueError, TypeError):
        return DEFAULT_NAME_ORDER


def holiday_dates(prefs: Preferences) -> frozenset[date]:
    """The school's own days off."""
    return frozenset(date.fromisoformat(d) for d in prefs.holidays)


def working_calendar(prefs: Preferences) -> WorkingCalendar:
    """Vietnam's public holidays plus the school's own days off and make-up working days."""
    return WorkingCalendar.with_holidays(
        holiday_dates(prefs), (date.fromisoformat(d) for d in prefs.workdays))


def deadline_rules(prefs: Preferences) -> tuple[DeadlineRule, ...]:
    """The procedure deadlines with the school's own numbers (defaults: domain-vn.md)."""
    amounts = {
        ProcedureStep.REPORTED: prefs.report_now_hours,
        ProcedureStep.EMERGENCY_INTERVENTION: prefs.emergency_hours,
        ProcedureStep.PLANNING: prefs.plan_working_days,
        ProcedureStep.RESULT_REPORT: prefs.result_report_days,
        ProcedureStep.REVIEW: prefs.case_review_days,
    }
    return tuple(replace(rule, amount=amounts.get(rule.step, rule.amount))
                 for rule in DEFAULT_RULES)


# -- one account's own choices --------------------------------------------------------------------
# Kept in the encrypted database (never QSettings: the key would say who uses the computer),
# one row per account; any signed-in user may set their own, and it is not audited (it changes
# only what this account's screen shows).


def _own_key(session: AppSession, name: str) -> str:
    return f"account.{session.user.id}.{name}"


def load_hide_names(session: AppSession) -> bool:
    """Whether this account last chose to hide children's names (codes and initials instead)."""
    with session.db() as s:
        row = s.get(Setting, _own_key(session, "hide_names"))
    try:
        return bool(json.loads(row.value)) if row is not None else False
    except (ValueError, TypeError):
        return False


def save_hide_names(session: AppSession, hide: bool) -> bool:
    key = _own_key(session, "hide_names")
    with session.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=json.dumps(bool(hide))))
        else:
            row.value = json.dumps(bool(hide))
    return bool(hide)
