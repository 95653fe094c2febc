"""The audit trail for the principal (nhật ký truy cập): filtered pages of events, the chain
check and the head to print on reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import audit
from kimbai_desktop.storage.audit import ChainStatus
from kimbai_desktop.storage.models import AuditEvent


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: AuditAction | None = None
    record_type: str = ""
    record_id: str = ""
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


def _filtered(query: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.action is not None:
        query = query.where(AuditEvent.action == f.action.value)
    if f.record_type:
        query = query.where(AuditEvent.record_type == f.record_type)
    if f.record_id:
        query = query.where(AuditEvent.record_id == f.record_id)
    if f.since is not None:
        query = query.where(AuditEvent.at >= f.since.replace(tzinfo=None))
    if f.until is not None:
        query = query.where(AuditEvent.at < f.until.replace(tzinfo=None))
    return query


def count_events(session: AppSession, f: AuditFilter = AuditFilter()) -> int:
    session.require(Permission.VIEW_AUDIT)
    with session.db() as s:
        return int(s.scalar(_filtered(select(func.count(AuditEvent.id)), f)) or 0)


def list_events(session: AppSession, f: AuditFilter = AuditFilter(), *, offset: int = 0,
                limit: int = 200, newest_first: bool = True) -> list[AuditEntry]:
    """One page of events, filtered and sorted in SQL."""
    session.require(Permission.VIEW_AUDIT)
    order = AuditEvent.id.desc() if newest_first else AuditEvent.id.asc()
    with session.db() as s:
        rows = s.scalars(_filtered(select(AuditEvent), f).order_by(order).offset(offset)
                         .limit(limit)).all()
    known = {a.value: a for a in AuditAction}
    return [AuditEntry(r.id, r.at, r.actor, known.get(r.action), r.action, r.record_type,
                       r.record_id, r.detail) for r in rows]


def actors(session: AppSession) -> list[str]:
    """Account names that appear in the trail, for the viewer's filter."""
    session.require(Permission.VIEW_AUDIT)
    with session.db() as s:
        return sorted(str(a) for a in s.scalars(select(AuditEvent.actor).distinct()))


def verify_chain(session: AppSession) -> ChainStatus:
    session.require(Permission.VIEW_AUDIT)
    with session.db() as s:
        return audit.verify(s)


def chain_head(session: AppSession) -> tuple[int, str]:
    """(event count, head hash): printed on periodic reports so a rewrite can be noticed."""
    with session.db() as s:
        return audit.head(s)
