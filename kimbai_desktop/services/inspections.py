"""The inspection log (kiểm tra, giám sát việc thực hiện kế hoạch): the school's own checks of its
plan, with who inspected, what was checked, the findings and the follow-up actions, each with an
owner and a due date. Overdue actions go to the overview; an inspection prints as a biên bản.

Names of the inspectors and owners are staff's personal data: they live only in the encrypted
database, and the audit log records the inspection's id, never its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import normalize_multiline, normalize_text
from kimbai_desktop.domain.when import FUTURE_DATE, future_errors, school_today
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Inspection, InspectionAction

RECORD = "inspection"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This inspection no longer exists. Reload the list.")
NEEDS_INSPECTORS = QT_TRANSLATE_NOOP("Errors", "Write who inspected (names and roles).")
NEEDS_SCOPE = QT_TRANSLATE_NOOP("Errors", "Write what was checked.")
NEEDS_FINDINGS = QT_TRANSLATE_NOOP("Errors", "Write what the inspection found.")
ACTION_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors", "Each follow-up action needs what to do and who does it.")
ACTION_DONE_EARLY = QT_TRANSLATE_NOOP(
    "Errors", "An action cannot be done before the inspection that decided it.")


@dataclass(frozen=True)
class ActionInput:
    action: str
    owner: str
    due: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class InspectionInput:
    held_on: date
    inspectors: str  # names and roles, one per line
    scope: str  # what was checked
    findings: str
    actions: tuple[ActionInput, ...] = ()


@dataclass(frozen=True)
class ActionInfo:
    id: int
    inspection_id: int
    action: str
    owner: str
    due: date | None
    done_on: date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    school_year: str
    held_on: date
    inspectors: str
    scope: str
    findings: str
    actions: tuple[ActionInfo, ...]

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if not a.done)


def _clean(data: InspectionInput, now: datetime) -> InspectionInput:
    m, t = normalize_multiline, normalize_text
    clean = InspectionInput(
        data.held_on, m(data.inspectors), m(data.scope), m(data.findings),
        tuple(ActionInput(t(a.action), t(a.owner), a.due, a.done_on) for a in data.actions
              if t(a.action) or t(a.owner)))
    errors: dict[str, str] = dict(future_errors(now, dates={"held_on": clean.held_on}))
    if not clean.inspectors:
        errors["inspectors"] = NEEDS_INSPECTORS
    if not clean.scope:
        errors["scope"] = NEEDS_SCOPE
    if not clean.findings:
        errors["findings"] = NEEDS_FINDINGS
    if any(not a.action or not a.owner for a in clean.actions):
        errors["actions"] = ACTION_INCOMPLETE
    elif any(a.done_on is not None and a.done_on < clean.held_on for a in clean.actions):
        errors["actions"] = ACTION_DONE_EARLY
    elif any(future_errors(now, dates={"done": a.done_on}) for a in clean.actions):
        errors["actions"] = FUTURE_DATE
    longest = max((a.action for a in clean.actions), key=len, default="")
    longest_owner = max((a.owner for a in clean.actions), key=len, default="")
    check_lengths({
        "inspectors": (clean.inspectors, limits.NOTE), "scope": (clean.scope, limits.NOTE),
        "findings": (clean.findings, limits.NARRATIVE), "actions": (longest, limits.SHORT),
        "owner": (longest_owner, limits.NAME)}, errors=errors)
    if errors:
        raise ValidationError(errors)
    return clean


def save_inspection(session: AppSession, data: InspectionInput,
                    inspection_id: int | None = None) -> int:
    """Record an inspection (or change one); its actions are replaced by ``data.actions``."""
    session.require(Permission.MANAGE_TRAINING, RECORD, inspection_id or "")
    now = session.clock.now()
    clean = _clean(data, now)
    year = session.school_profile().school_year
    with session.write() as s:
        if inspection_id is None:
            row = Inspection(school_year=year, created_by=session.user.id,
                             created_at=now.replace(tzinfo=None))
            s.add(row)
        else:
            found = s.get(Inspection, inspection_id)
            if found is None:
                raise KimbaiError(NOT_FOUND)
            row = found
            s.execute(delete(InspectionAction).where(
                InspectionAction.inspection_id == inspection_id))
        row.held_on, row.inspectors, row.scope = clean.held_on, clean.inspectors, clean.scope
        row.findings, row.updated_at = clean.findings, now.replace(tzinfo=None)
        s.flush()
        for a in clean.actions:
            s.add(InspectionAction(inspection_id=row.id, action=a.action, owner=a.owner,
                                   due=a.due, done_on=a.done_on))
        session.audit(AuditAction.CREATE if inspection_id is None else AuditAction.CHANGE,
                      RECORD, row.id, s=s)
        return row.id


def delete_inspection(session: AppSession, inspection_id: int) -> None:
    session.require(Permission.MANAGE_TRAINING, RECORD, inspection_id)
    with session.write() as s:
        s.execute(delete(InspectionAction).where(
            InspectionAction.inspection_id == inspection_id))
        s.execute(delete(Inspection).where(Inspection.id == inspection_id))
        session.audit(AuditAction.DELETE, RECORD, inspection_id, s=s)


def set_action_done(session: AppSession, action_id: int, done_on: date | None) -> None:
    """Mark a follow-up action done on ``done_on`` (None: not done after all)."""
    session.require(Permission.MANAGE_TRAINING, RECORD)
    now = session.clock.now()
    with session.write() as s:
        action = s.get(InspectionAction, action_id)
        if action is None:
            raise KimbaiError(NOT_FOUND)
        held_on = s.get(Inspection, action.inspection_id).held_on  # type: ignore[union-attr]
        if done_on is not None:
            errors = future_errors(now, dates={"done_on": done_on})
            if done_on < held_on:
                errors["done_on"] = ACTION_DONE_EARLY
            if errors:
                raise ValidationError(errors)
        action.done_on = done_on
        session.audit(AuditAction.CHANGE, RECORD, action.inspection_id, "action", s=s)


def _infos(s: object, rows: list[Inspection]) -> list[InspectionInfo]:
    ids = [r.id for r in rows]
    actions: dict[int, list[ActionInfo]] = {}
    if ids:
        for a in s.scalars(select(InspectionAction).where(  # type: ignore[attr-defined]
                InspectionAction.inspection_id.in_(ids)).order_by(InspectionAction.id)):
            actions.setdefault(a.inspection_id, []).append(
                ActionInfo(a.id, a.inspection_id, a.action, a.owner, a.due, a.done_on))
    return [InspectionInfo(r.id, r.school_year, r.held_on, r.inspectors, r.scope, r.findings,
                           tuple(actions.get(r.id, ()))) for r in rows]


def list_inspections(session: AppSession, school_year: str = "") -> list[InspectionInfo]:
    """The inspections of a school year (default: the current one), newest first."""
    session.require(Permission.MANAGE_TRAINING, RECORD)
    year = school_year or session.school_profile().school_year
    with session.db() as s:
        rows = list(s.scalars(select(Inspection).where(Inspection.school_year == year)
                              .order_by(Inspection.held_on.desc(), Inspection.id.desc())))
        return _infos(s, rows)


def get_inspection(session: AppSession, inspection_id: int) -> InspectionInfo:
    session.require(Permission.MANAGE_TRAINING, RECORD, inspection_id)
    with session.db() as s:
        row = s.get(Inspection, inspection_id)
        if row is None:
            raise KimbaiError(NOT_FOUND)
        return _infos(s, [row])[0]


def open_actions(session: AppSession) -> list[ActionInfo]:
    """Follow-up actions not done yet, of every year, soonest due first (for the overview)."""
    if not session.can(Permission.MANAGE_TRAINING):
        return []
    with session.db() as s:
        rows = s.scalars(select(InspectionAction).where(InspectionAction.done_on.is_(None))
                         .order_by(InspectionAction.due.is_(None), InspectionAction.due))
        return [ActionInfo(a.id, a.inspection_id, a.action, a.owner, a.due, a.done_on)
                for a in rows]


def today(session: AppSession) -> date:
    return school_today(session.clock.now())
