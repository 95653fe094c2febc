"""The audit trail for the principal (nhật ký truy cập): filtered pages of events with the codes
of the records they are about (never internal ids), the chain check and the head to print on
reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.reports.text import initials
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import audit
from kimbai_desktop.storage.audit import ChainStatus
from kimbai_desktop.storage.models import (
    Account,
    Activity,
    ActivityFile,
    AuditEvent,
    Case,
    DestroyedRecord,
    OutgoingDocument,
    Pupil,
    StaffMember,
    Target,
)
from kimbai_desktop.storage.sealed import open_detail


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: AuditAction | None = None
    record_type: str = ""
    record_id: str = ""
    record_code: str = ""  # a case code, a pupil's identifier, a document number, an account name
    since: datetime | None = None  # inclusive, UTC
    until: datetime | None = None  # exclusive, UTC


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # UTC, naive
    actor: str
    action: AuditAction | None  # None for an action this version does not know
    action_id: str
    record_type: str
    record_id: str
    detail: str
    record_code: str = ""  # how people name the record: VV-2026-2027/007, a pupil's identifier
    about: str = ""  # the code of the record it belongs to (a document's case, a file's case)


def _filtered(query: Select[Any], f: AuditFilter, s: Session | None = None) -> Select[Any]:
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.action is not None:
        query = query.where(AuditEvent.action == f.action.value)
    if f.record_type:
        query = query.where(AuditEvent.record_type == f.record_type)
    if f.record_id:
        query = query.where(AuditEvent.record_id == f.record_id)
    if f.record_code and s is not None:
        records = records_with_code(s, f.record_code)
        query = query.where(or_(false(), *(
            (AuditEvent.record_type == kind) & (AuditEvent.record_id == str(rid))
            for kind, rid in records)))
    if f.since is not None:
        query = query.where(AuditEvent.at >= f.since.replace(tzinfo=None))
    if f.until is not None:
        query = query.where(AuditEvent.at < f.until.replace(tzinfo=None))
    return query


def count_events(session: AppSession, f: AuditFilter = AuditFilter()) -> int:
    session.require(Permission.VIEW_AUDIT)
    with session.db() as s:
        return int(s.scalar(_filtered(select(func.count(AuditEvent.id)), f, s)) or 0)


def list_events(session: AppSession, f: AuditFilter = AuditFilter(), *, offset: int = 0,
                limit: int = 200, newest_first: bool = True) -> list[AuditEntry]:
    """One page of events, filtered and sorted in SQL."""
    session.require(Permission.VIEW_AUDIT)
    order = AuditEvent.id.desc() if newest_first else AuditEvent.id.asc()
    with session.db() as s:
        rows = s.scalars(_filtered(select(AuditEvent), f, s).order_by(order).offset(offset)
                         .limit(limit)).all()
        codes = _codes(s, rows)
        # A sealed case's details: readable by its holders only (storage/sealed.py).
        details = {r.id: open_detail(s, r.record_id, r.detail) for r in rows}
    known = {a.value: a for a in AuditAction}
    return [AuditEntry(r.id, r.at, r.actor, known.get(r.action), r.action, r.record_type,
                       r.record_id, details[r.id], codes.get((r.record_type, r.record_id), ""),
                       _about(r, codes)) for r in rows]


def all_events(session: AppSession, f: AuditFilter = AuditFilter(), *,
               newest_first: bool = True) -> list[AuditEntry]:
    """Every event of the filter (for the Excel export and the printout), page by page."""
    events: list[AuditEntry] = []
    while True:
        page = list_events(session, f, offset=len(events), limit=_PAGE, newest_first=newest_first)
        events.extend(page)
        if len(page) < _PAGE:
            return events


_PAGE = 1000
_PAIR = re.compile(r"\b(case|activity)=(\d+)\b")
_ACCOUNT = re.compile(r"\baccount=(\d+)\b")


def _about(row: AuditEvent, codes: dict[tuple[str, str], str]) -> str:
    """A file's case, a printed document's case or activity: named by code, from the detail."""
    if row.record_type == "case_access":  # the account given or taken back a sealed file
        account = _ACCOUNT.search(row.detail)
        return codes.get(("account", account.group(1)), "") if account else ""
    match = _PAIR.search(row.detail) if row.record_type in ("attachment", "document") else None
    return codes.get((match.group(1), match.group(2)), "") if match else ""


def _codes(s: Session, rows: Sequence[AuditEvent]) -> dict[tuple[str, str], str]:
    """(record type, id) → the code people use for it, for every record a page of events names."""
    wanted: dict[str, set[int]] = {}
    for r in rows:
        if r.record_id.isdigit():
            wanted.setdefault(r.record_type, set()).add(int(r.record_id))
        if r.record_type == "case_access" and r.record_id.isdigit():
            wanted.setdefault("case", set()).add(int(r.record_id))
            for rid in _ACCOUNT.findall(r.detail):
                wanted.setdefault("account", set()).add(int(rid))
        if r.record_type in ("attachment", "document"):
            for kind, rid in _PAIR.findall(r.detail):
                wanted.setdefault(kind, set()).add(int(rid))
    codes: dict[tuple[str, str], str] = {}

    def put(kind: str, pairs: Any) -> None:
        for rid, code in pairs:
            codes[(kind, str(rid))] = str(code or "")

    for kind in ("case", "pupil"):  # destroyed at the end of retention: their tombstone's code
        if ids := wanted.get(kind):
            put(kind, s.execute(select(DestroyedRecord.record_id, DestroyedRecord.code).where(
                DestroyedRecord.kind == kind, DestroyedRecord.record_id.in_(ids))))
    if ids := wanted.get("case"):
        put("case", s.execute(select(Case.id, Case.code).where(Case.id.in_(ids))))
        for rid, code in list(codes.items()):
            if rid[0] == "case":
                codes[("case_access", rid[1])] = code
    if ids := wanted.get("pupil"):
        for rid, student_code, name in s.execute(
                select(Pupil.id, Pupil.student_code, Pupil.full_name).where(Pupil.id.in_(ids))):
            # A pupil without an identifier is named by initials: never by an internal number.
            codes[("pupil", str(rid))] = student_code or initials(name)
    if ids := wanted.get("document"):
        for rid, number, symbol in s.execute(select(
                OutgoingDocument.id, OutgoingDocument.number, OutgoingDocument.symbol)
                .where(OutgoingDocument.id.in_(ids))):
            codes[("document", str(rid))] = f"{number:02d}/{symbol}"
    if ids := wanted.get("account"):
        put("account", s.execute(select(Account.id, Account.username)
                                 .where(Account.id.in_(ids))))
    if ids := wanted.get("staff"):
        put("staff", s.execute(select(StaffMember.id, StaffMember.full_name)
                               .where(StaffMember.id.in_(ids))))
    if ids := wanted.get("activity"):
        put("activity", s.execute(select(Activity.id, Activity.title)
                                  .where(Activity.id.in_(ids))))
    if ids := wanted.get("activity_file"):
        put("activity_file", s.execute(select(ActivityFile.id, Activity.title)
                                       .join(Activity, Activity.id == ActivityFile.activity_id)
                                       .where(ActivityFile.id.in_(ids))))
    if ids := wanted.get("target"):
        put("target", s.execute(select(Target.id, Target.description)
                                .where(Target.id.in_(ids))))
    return codes


def records_with_code(s: Session, code: str) -> list[tuple[str, int]]:
    """The records a typed code names: a case code, a pupil's identifier, a document number
    ("01/BC-THMAU", the year's number and symbol) or an account name; accents and case ignored
    for account names."""
    text = code.strip()
    found: list[tuple[str, int]] = []
    found += [("case", i) for i in s.scalars(select(Case.id).where(
        func.upper(Case.code) == text.upper()))]
    found += [("pupil", i) for i in s.scalars(select(Pupil.id).where(Pupil.student_code == text))]
    number, _, symbol = text.partition("/")
    if number.isdigit() and symbol:
        found += [("document", i) for i in s.scalars(select(OutgoingDocument.id).where(
            OutgoingDocument.number == int(number),
            func.upper(OutgoingDocument.symbol) == symbol.upper()))]
    found += [("account", i) for i in s.scalars(select(Account.id).where(
        Account.username == text.lower()))]
    return found


def record_code(session: AppSession, record_type: str, record_id: int | str) -> str:
    """The code of one record (to fill the viewer's record filter from a case or pupil page)."""
    session.require(Permission.VIEW_AUDIT)
    fake = AuditEvent(record_type=record_type, record_id=str(record_id), detail="")
    with session.db() as s:
        return _codes(s, [fake]).get((record_type, str(record_id)), "")


def actors(session: AppSession) -> list[str]:
    """Account names that appear in the trail, for the viewer's filter."""
    session.require(Permission.VIEW_AUDIT)
    with session.db() as s:
        return sorted(str(a) for a in s.scalars(select(AuditEvent.actor).distinct()))


def actor_labels(session: AppSession) -> list[tuple[str, str]]:
    """(account name, "Full Name (account name)") for the viewer's person filter: people are
    known by their names; an account removed since shows its account name only."""
    names = actors(session)
    with session.db() as s:
        full = dict(s.execute(select(Account.username, Account.full_name)
                              .where(Account.username.in_(names))).all())
    return [(n, f"{full[n]} ({n})" if full.get(n) else n) for n in names]


def verify_chain(session: AppSession) -> ChainStatus:
    session.require(Permission.VIEW_AUDIT)
    with session.db() as s:
        return audit.verify(s)


def chain_head(session: AppSession) -> tuple[int, str]:
    """(event count, head hash): printed on periodic reports so a rewrite can be noticed."""
    with session.db() as s:
        return audit.head(s)
