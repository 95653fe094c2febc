"""Retention (thời hạn bảo quản) and destruction (hủy): the closed case files and the register
entries of pupils who left whose period is over ("Đến hạn hủy"), the destruction record (biên
bản hủy) the principal prints with a second signer, and the deletion for good that may follow.

Order, and why: the record is numbered in the outgoing-document register when it is printed
or saved (services/documents.issue_number); only a destruction naming that issued number, and
confirmed, deletes. The deletion removes every row of the record, its attachments and drafts,
its words from the search index (FTS5 ``optimize`` merges away the deleted entries), writes a
tombstone (code, dates, SHA-256 of the content, the record's number) and an audit event (no
content), then checkpoints the WAL and VACUUMs so that no page of the file still holds the
text (SQLCipher also forces ``secure_delete``, which zeroes freed pages).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from kimbai_desktop.domain import when
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.domain.retention import RecordKind, due_on, retention_rules
from kimbai_desktop.reports import destruction
from kimbai_desktop.reports.document import DocumentSpec, DocumentType, Signer
from kimbai_desktop.services import documents
from kimbai_desktop.services.preferences import load_preferences
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import (
    Account,
    Attachment,
    Case,
    CaseChild,
    CasePerson,
    CaseStep,
    ChronologyEntry,
    Circumstance,
    Consent,
    DestroyedRecord,
    Draft,
    Enrolment,
    Guardian,
    LevelChange,
    Notification,
    OutgoingDocument,
    PlanTask,
    Pupil,
    PupilAttendance,
    Referral,
    Review,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NOT_DUE = QT_TRANSLATE_NOOP(
    "Errors", "This record has not reached the end of its retention period: it cannot be "
    "destroyed yet.")
NOT_PRINTED = QT_TRANSLATE_NOOP(
    "Errors", "Print or save the destruction record first, then have it signed.")
SAME_SIGNER = QT_TRANSLATE_NOOP(
    "Errors", "Choose a second person to sign the record, other than the principal.")
REPORT_KIND = "destruction"
_CASE_TABLES: tuple[Any, ...] = (CaseChild, CasePerson, CaseStep, Notification, ChronologyEntry, PlanTask,
                Referral, Consent, Attachment)
_PUPIL_TABLES: tuple[Any, ...] = (Enrolment, Guardian, Circumstance, LevelChange, Review, PupilAttendance)
_PUPIL_FORMS = ("circumstance", "protection_level", "pupil", "pupil_status", "review", "risk")


@dataclass(frozen=True)
class DueRecord:
    """A record whose retention period is over (no content: its code and dates)."""

    kind: RecordKind
    record_id: int
    code: str
    started_on: date | None
    ended_on: date
    due_on: date
    years: int


@dataclass(frozen=True)
class DestructionRecord:
    """A biên bản hủy ready to preview, then to number (print / save)."""

    record: DueRecord
    spec: DocumentSpec
    content_hash: str
    second_signer: str
    entry: documents.RegisterEntry | None = None  # set once printed or saved (numbered)


@dataclass(frozen=True)
class Tombstone:
    kind: RecordKind
    code: str
    started_on: date | None
    ended_on: date | None
    destroyed_on: date
    content_hash: str
    document_ref: str


def _pupil_code(p: Pupil) -> str:
    return p.student_code or f"HS-{p.id:06d}"


def due_records(session: AppSession) -> list[DueRecord]:
    """Closed cases and pupils who left whose period is over, oldest first (principal only;
    others get an empty list: the overview shows nothing)."""
    if not session.can(Permission.DESTROY_RECORDS):
        return []
    prefs = load_preferences(session)
    today = documents.school_today(session)
    out: list[DueRecord] = []
    with session.db() as s:
        for cid, code, received, closed in s.execute(select(
                Case.id, Case.code, Case.received_at, Case.closed_at).where(
                Case.closed_at.is_not(None))):
            assert closed is not None
            ended = when.school_time(closed).date()  # stored in UTC
            due = due_on(ended, prefs.case_retention_years)
            if today >= due:
                out.append(DueRecord(RecordKind.CASE, cid, code, when.school_time(received).date(),
                                     ended, due,
                                     prefs.case_retention_years))
        for p in s.scalars(select(Pupil).where(Pupil.status != PupilStatus.ACTIVE.value,
                                               Pupil.left_on.is_not(None))):
            assert p.left_on is not None
            due = due_on(p.left_on, prefs.leaver_retention_years)
            if today >= due:
                out.append(DueRecord(RecordKind.PUPIL, p.id, _pupil_code(p), p.registered_on,
                                     p.left_on, due, prefs.leaver_retention_years))
    return sorted(out, key=lambda r: (r.due_on, r.code))


def _find_due(session: AppSession, kind: RecordKind, record_id: int) -> DueRecord:
    session.require(Permission.DESTROY_RECORDS, kind.value, record_id)
    for r in due_records(session):
        if r.kind == kind and r.record_id == record_id:
            return r
    raise KimbaiError(NOT_DUE)


def _rows(s: Session, model: Any, where: Any) -> list[dict[str, str]]:
    cols = model.__table__.columns
    return [{c.name: "" if v is None else (v.hex() if isinstance(v, bytes) else str(v))
             for c, v in zip(cols, row, strict=True)}
            for row in s.execute(select(*cols).where(where).order_by(cols["id"]))]


def _content(s: Session, kind: RecordKind, record_id: int) -> dict[str, list[dict[str, str]]]:
    """Every row of the record, as text (what the hash covers)."""
    if kind == RecordKind.CASE:
        out = {"cases": _rows(s, Case, Case.id == record_id)}
        for model in _CASE_TABLES:
            out[model.__tablename__] = _rows(s, model, model.case_id == record_id)
    else:
        out = {"pupils": _rows(s, Pupil, Pupil.id == record_id)}
        for model in _PUPIL_TABLES:
            out[model.__tablename__] = _rows(s, model, model.pupil_id == record_id)
    return out


def content_hash(session: AppSession, kind: RecordKind, record_id: int) -> str:
    """SHA-256 of the record's rows in a canonical JSON form (printed and kept in the tombstone:
    a copy restored from an old backup can be shown to be the record that was destroyed)."""
    with session.db() as s:
        data = _content(s, kind, record_id)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def signer_choices(session: AppSession) -> list[tuple[int, str]]:
    """The accounts that may sign beside the principal (id, full name), not the principal."""
    session.require(Permission.DESTROY_RECORDS, "settings")
    with session.db() as s:
        return [(i, n) for i, n in s.execute(select(Account.id, Account.full_name).where(
            Account.id != session.user.id).order_by(Account.full_name))]


def prepare_destruction(session: AppSession, kind: RecordKind, record_id: int,
                        second_signer: str, position: str = "") -> DestructionRecord:
    """The unnumbered biên bản hủy (preview)."""
    record = _find_due(session, kind, record_id)
    second = " ".join(second_signer.split())
    principal = session.school_profile().principal_name
    if not second or second == principal:
        raise KimbaiError(SAME_SIGNER)
    digest = content_hash(session, kind, record_id)
    p = session.school_profile()
    rule = next(r for r in retention_rules() if r.kind == kind)
    on = documents.school_today(session)
    body = destruction.destruction_body(destruction.DestructionFacts(
        kind_label=kind.vi, code=record.code, started_on=record.started_on,
        ended_on=record.ended_on, years=record.years, due_on=record.due_on,
        source=rule.source, content_hash=digest, school=p.school_name, on=on,
        principal=principal, second=second))
    spec = DocumentSpec(
        kind=DocumentType.MINUTES, superior_body=p.superior_body, issuer=p.school_name,
        symbol=p.document_symbol, summary=destruction.SUMMARY, signer=Signer(principal),
        place=p.place_name, date=on, body=tuple(body), recipients=(),
        co_signer=Signer(second, position or "NGƯỜI CHỨNG KIẾN"))
    return DestructionRecord(record, spec, digest, second)


def output_destruction(session: AppSession, prepared: DestructionRecord,
                       deliver: Callable[[bytes], bool | None],
                       action: AuditAction = AuditAction.PRINT) -> DestructionRecord:
    """Number the record, render it and hand the PDF to ``deliver`` (a printer, a file); a
    failed or cancelled output voids the number. Returns the record with its register entry."""
    if prepared.entry is not None:  # printed before: print the same number again
        deliver(documents.RENDERERS["pdf"](prepared.spec))
        documents.record_output(session, prepared.entry, action, "pdf")
        return prepared
    issued = documents.issue_number(session, prepared.spec, REPORT_KIND, prepared.record.kind.value,
                                    str(prepared.record.record_id))
    spec = replace(prepared.spec, number=issued.number)
    try:
        delivered = deliver(documents.RENDERERS["pdf"](spec))
    except BaseException:
        documents.void_document(session, issued.id, "Không xuất được biên bản hủy")
        raise
    if delivered is False:
        documents.void_document(session, issued.id, "Người dùng hủy sau khi đã cấp số")
        return prepared
    documents.record_output(session, issued, action, "pdf")
    return replace(prepared, spec=spec, entry=issued)


def destroy(session: AppSession, prepared: DestructionRecord) -> Tombstone:
    """Delete the record's content for good, after its biên bản hủy was printed or saved."""
    record = _find_due(session, prepared.record.kind, prepared.record.record_id)
    entry = prepared.entry
    if entry is None:
        raise KimbaiError(NOT_PRINTED)
    if content_hash(session, record.kind, record.record_id) != prepared.content_hash:
        raise KimbaiError(NOT_PRINTED)  # changed since printing: print a new record
    now = session.clock.now()
    with session.write() as s:
        doc = s.get(OutgoingDocument, entry.id)
        if doc is None or doc.voided or doc.report_kind != REPORT_KIND:
            raise KimbaiError(NOT_PRINTED)
        rid = record.record_id
        if record.kind == RecordKind.CASE:
            # The case row first: its chronology refuses deletion while the case exists
            # (migration 0004); the foreign keys cascade to every part of it.
            s.execute(delete(Case).where(Case.id == rid))
            for model in _CASE_TABLES:
                s.execute(delete(model).where(model.case_id == rid))
            s.execute(delete(Draft).where(Draft.form.like("case%"), or_(
                Draft.context == str(rid), Draft.context.like(f"{rid}/%"))))
        else:
            circ = [str(c) for c in s.scalars(select(Circumstance.id).where(
                Circumstance.pupil_id == rid))]
            s.execute(delete(Draft).where(or_(
                Draft.form.in_(_PUPIL_FORMS) & (Draft.context == str(rid)),
                (Draft.form == "circumstance_end") & Draft.context.in_(circ))))
            s.execute(update(CaseChild).where(CaseChild.pupil_id == rid).values(pupil_id=None))
            for model in _PUPIL_TABLES:
                s.execute(delete(model).where(model.pupil_id == rid))
            s.execute(delete(Pupil).where(Pupil.id == rid))  # its trigger clears pupil_search
        signers = f"{session.school_profile().principal_name}; {prepared.second_signer}"
        s.add(DestroyedRecord(
            kind=record.kind.value, record_id=rid, code=record.code, started_on=record.started_on,
            ended_on=record.ended_on, retention_years=record.years,
            destroyed_at=now.replace(tzinfo=None), destroyed_by=session.user.id,
            content_hash=prepared.content_hash, document_id=entry.id,
            document_ref=entry.reference, signers=signers[:300]))
        session.audit(AuditAction.DELETE, record.kind.value, rid,
                      f"destroyed document={entry.id}", s=s)
    _scrub(session)
    return Tombstone(record.kind, record.code, record.started_on, record.ended_on,
                     now.date(), prepared.content_hash, entry.reference)


def _scrub(session: AppSession) -> None:
    """Leave no copy of the deleted text in the file: merge the search index, fold the WAL into
    the database, then rebuild the file (VACUUM) so freed pages are gone."""
    raw = session.engine.raw_connection()  # driver autocommit: VACUUM needs no transaction
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("INSERT INTO pupil_search (pupil_search) VALUES ('optimize')")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def tombstones(session: AppSession) -> list[Tombstone]:
    session.require(Permission.DESTROY_RECORDS, "settings")
    with session.db() as s:
        return [Tombstone(RecordKind(t.kind), t.code, t.started_on, t.ended_on,
                          t.destroyed_at.date(), t.content_hash, t.document_ref)
                for t in s.scalars(select(DestroyedRecord).order_by(DestroyedRecord.id))]


def save_destruction(session: AppSession, prepared: DestructionRecord,
                     path: str) -> DestructionRecord:
    """Save the numbered biên bản hủy as a PDF (written atomically; audited as an export)."""
    from pathlib import Path

    return output_destruction(session, prepared,
                              lambda data: documents.write_atomic(Path(path), data),
                              AuditAction.EXPORT)
