"""Work on an open case: notifications made, chronology entries and corrections, the plan and the
school's tasks, referrals, consent records and attachments (kept encrypted in the database)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.agencies import name_of
from kimbai_desktop.domain.body_map import MarkInput
from kimbai_desktop.domain.cases import (
    LEGAL_REPORT_RECIPIENTS,
    Channel,
    ConsentScope,
    EntryKind,
    Recipient,
    ReferralStatus,
    Service,
    TaskStatus,
)
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import fold, normalize_multiline, normalize_text
from kimbai_desktop.domain.when import check_not_future, future_errors
from kimbai_desktop.services import sharing
from kimbai_desktop.services.agencies import load_agencies
from kimbai_desktop.services.body_map import clean_marks, store_marks
from kimbai_desktop.services.cases import (
    RECORD,
    _ensure_open,
    _load_visible,
    _mark_step,
    aware,
    require_case_manager,
    require_readable,
    utc,
)
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import chronology
from kimbai_desktop.storage.models import (
    Account,
    Attachment,
    Case,
    ChronologyEntry,
    Consent,
    Notification,
    PlanTask,
    Referral,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_ATTACHMENTS = 100


def _load_readable(s: Session, session: AppSession, case_id: int) -> Case:
    """The case, if visible and (when sealed) this account holds its key."""
    case = _load_visible(s, session, case_id)
    require_readable(s, session, case_id)
    return case


def _not_future(session: AppSession, field: str, at: datetime) -> None:
    check_not_future(session.clock.now(), times={field: at})


def _append_search(case: Case, text: str) -> None:
    case.search_text = f"{case.search_text} {fold(text)}".strip()


# -- notifications ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    recipient: Recipient
    channel: Channel
    at: datetime
    person_reached: str
    reference: str
    outcome: str
    by: str


def record_notification(session: AppSession, case_id: int, recipient: Recipient,
                        channel: Channel, at: datetime, person_reached: str = "",
                        reference: str = "", outcome: str = "") -> int:
    """"Ghi nhận cuộc gọi": a notification made; reaching 111, the commune, the police or the
    child protection authority completes the reporting step (thông báo). That is the school's
    legal duty: it never needs a consent, and the chronology says so."""
    require_case_manager(session, case_id)
    _not_future(session, "at", at)
    person_reached, reference = normalize_text(person_reached), normalize_text(reference)
    outcome = normalize_multiline(outcome)
    check_lengths({"person_reached": (person_reached, limits.LABEL),
                   "reference": (reference, limits.REFERENCE),
                   "outcome": (outcome, limits.NARRATIVE)})
    now = session.clock.now()
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        row = Notification(case_id=case_id, recipient=recipient.value, channel=channel.value,
                           at=utc(at), person_reached=person_reached, reference=reference,
                           outcome=outcome, by_id=session.user.id)
        s.add(row)
        s.flush()
        # The name the school set for the body at the time (Cài đặt); kept as written.
        name = name_of(recipient, load_agencies(session))
        text = f"Thông báo {name} ({channel.vi})"
        if row.person_reached:
            text += f" – người tiếp nhận: {row.person_reached}"
        if recipient in LEGAL_REPORT_RECIPIENTS:
            text += f" ({sharing.LEGAL_DUTY})"
        if row.outcome:
            text += f". {row.outcome}"
        chronology.append(s, case_id, kind=EntryKind.CALL.value, event_at=utc(at),
                          entered_at=utc(now), author_id=session.user.id, text=text)
        _append_search(case, text)
        if recipient in LEGAL_REPORT_RECIPIENTS:
            from kimbai_desktop.storage.models import CaseStep

            already = s.scalar(select(CaseStep.id).where(
                CaseStep.case_id == case_id, CaseStep.step == ProcedureStep.REPORTED.value))
            if already is None:
                _mark_step(s, session, case, ProcedureStep.REPORTED, at, name, now)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"notification={recipient.value}", s=s)
        return row.id


def list_notifications(session: AppSession, case_id: int) -> list[NotificationInfo]:
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        names = dict(s.execute(select(Account.id, Account.full_name)).all())
        return [NotificationInfo(n.id, Recipient(n.recipient), Channel(n.channel), aware(n.at),
                                 n.person_reached, n.reference, n.outcome, names.get(n.by_id, "?"))
                for n in s.scalars(select(Notification).where(Notification.case_id == case_id)
                                   .order_by(Notification.at))]


# -- chronology ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryInfo:
    id: int
    seq: int
    kind: EntryKind
    event_at: datetime
    entered_at: datetime
    author: str
    text: str
    corrects_id: int | None
    corrected_by: tuple[int, ...]
    backdated: bool  # entered more than a day after the event


BACKDATED_AFTER = timedelta(hours=24)


def add_entry(session: AppSession, case_id: int, kind: EntryKind, text: str,
              event_at: datetime | None = None, marks: tuple[MarkInput, ...] = ()) -> int:
    """"Thêm ghi chép": a new chronology entry; a past event time places it in the story.
    ``marks``: injuries seen, put on the case's body map with this entry."""
    require_case_manager(session, case_id)
    text = normalize_multiline(text)
    if not text:
        raise ValidationError({"text": QT_TRANSLATE_NOOP("Errors", "Write what happened.")})
    check_lengths({"text": (text, limits.NARRATIVE)})
    clean = clean_marks(marks)
    now = session.clock.now()
    at = event_at or now
    _not_future(session, "event_at", at)
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        entry = chronology.append(s, case_id, kind=kind.value, event_at=utc(at),
                                  entered_at=utc(now), author_id=session.user.id, text=text)
        _append_search(case, text)
        store_marks(s, session, case_id, clean, entry.id, now)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"entry={kind.value}", s=s)
        return entry.id


def correct_entry(session: AppSession, case_id: int, entry_id: int, text: str) -> int:
    """A correction is a new entry pointing to the one it corrects; the old one stays."""
    require_case_manager(session, case_id)
    text = normalize_multiline(text)
    if not text:
        raise ValidationError({"text": QT_TRANSLATE_NOOP(
            "Errors", "Write the correction.")})
    check_lengths({"text": (text, limits.NARRATIVE)})
    now = session.clock.now()
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        old = s.get(ChronologyEntry, entry_id)
        if old is None or old.case_id != case_id:
            raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "That entry does not exist."))
        entry = chronology.append(s, case_id, kind=EntryKind.CORRECTION.value,
                                  event_at=old.event_at, entered_at=utc(now),
                                  author_id=session.user.id, text=text, corrects_id=entry_id)
        _append_search(case, text)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"correction={old.seq}", s=s)
        return entry.id


def list_entries(session: AppSession, case_id: int, *, newest_first: bool = True) -> list[EntryInfo]:
    """The chronology in event order (back-dated entries fall into place and are marked)."""
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        names = dict(s.execute(select(Account.id, Account.full_name)).all())
        rows = list(s.scalars(select(ChronologyEntry).where(ChronologyEntry.case_id == case_id)))
    corrected: dict[int, list[int]] = {}
    for e in rows:
        if e.corrects_id:
            corrected.setdefault(e.corrects_id, []).append(e.id)
    rows.sort(key=lambda e: (e.event_at, e.seq), reverse=newest_first)
    return [EntryInfo(e.id, e.seq, EntryKind(e.kind), aware(e.event_at), aware(e.entered_at),
                      names.get(e.author_id, "?"), e.text, e.corrects_id,
                      tuple(corrected.get(e.id, ())), e.entered_at - e.event_at > BACKDATED_AFTER)
            for e in rows]


def verify_chronology(session: AppSession, case_id: int) -> chronology.ChronologyStatus:
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        return chronology.verify(s, case_id)


# -- plan, tasks, referrals --------------------------------------------------------------------------


def record_plan(session: AppSession, case_id: int, approver: str, approved_on: date,
                summary: str) -> None:
    """The support / intervention plan as received from the commune (approver, date)."""
    require_case_manager(session, case_id)
    errors = {}
    approver, summary = normalize_text(approver), normalize_multiline(summary)
    if not approver:
        errors["approver"] = QT_TRANSLATE_NOOP("Errors", "Enter who approved the plan.")
    errors.update(future_errors(session.clock.now(), dates={"approved_on": approved_on}))
    now = session.clock.now()
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        check_lengths({"approver": (approver, limits.LABEL),
                       "summary": (summary, limits.NARRATIVE)}, errors=errors,
                      previous={"approver": case.plan_approver, "summary": case.plan_summary})
        _ensure_open(case)
        case.plan_approver, case.plan_approved_on = approver, approved_on
        case.plan_summary = summary
        at = datetime.combine(approved_on, datetime.min.time(), now.tzinfo)
        _mark_step(s, session, case, ProcedureStep.PLANNING, max(at, aware(case.received_at)),
                   f"Phê duyệt: {case.plan_approver}", now)
        _append_search(case, case.plan_summary)
        session.audit(AuditAction.CHANGE, RECORD, case_id, "plan", s=s)


@dataclass(frozen=True)
class TaskInfo:
    id: int
    case_id: int
    title: str
    owner: str
    due: date | None
    status: TaskStatus
    done_at: datetime | None


def add_task(session: AppSession, case_id: int, title: str, due: date | None,
             owner_id: int | None = None, owner_name: str = "") -> int:
    """One of the school's own tasks in the plan (owner, due date, status)."""
    require_case_manager(session, case_id)
    title = normalize_text(title)
    if not title:
        raise ValidationError({"title": QT_TRANSLATE_NOOP("Errors", "Write the task.")})
    owner_name = normalize_text(owner_name)
    check_lengths({"title": (title, limits.SHORT), "owner": (owner_name, limits.NAME)})
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        if owner_id is not None and not owner_name:
            owner_name = s.scalar(select(Account.full_name).where(Account.id == owner_id)) or ""
        task = PlanTask(case_id=case_id, title=title, owner_id=owner_id,
                        owner_name=owner_name, due=due,
                        status=TaskStatus.OPEN.value, done_at=None)
        s.add(task)
        s.flush()
        session.audit(AuditAction.CHANGE, RECORD, case_id, "task+", s=s)
        return task.id


def set_task_status(session: AppSession, task_id: int, status: TaskStatus) -> None:
    with session.db() as s:
        task = s.get(PlanTask, task_id)
        case_id = task.case_id if task else None
    if case_id is None:
        raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "That task does not exist."))
    require_case_manager(session, case_id)
    now = session.clock.now()
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        task = s.get(PlanTask, task_id)
        assert task is not None
        task.status = status.value
        task.done_at = utc(now) if status == TaskStatus.DONE else None
        if status == TaskStatus.DONE:
            chronology.append(s, case_id, kind=EntryKind.TASK_DONE.value, event_at=utc(now),
                              entered_at=utc(now), author_id=session.user.id, text=task.title)
            if ProcedureStep(case.step).index < ProcedureStep.IMPLEMENTATION.index:
                _mark_step(s, session, case, ProcedureStep.IMPLEMENTATION, now, "", now)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"task={status.value}", s=s)


def list_tasks(session: AppSession, case_id: int) -> list[TaskInfo]:
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        return [TaskInfo(t.id, t.case_id, t.title, t.owner_name, t.due, TaskStatus(t.status),
                         aware(t.done_at) if t.done_at else None)
                for t in s.scalars(select(PlanTask).where(PlanTask.case_id == case_id)
                                   .order_by(PlanTask.due.is_(None), PlanTask.due, PlanTask.id))]


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    service: Service
    to_whom: str
    sent_on: date
    status: ReferralStatus
    note: str


def add_referral(session: AppSession, case_id: int, service: Service, to_whom: str,
                 sent_on: date, note: str = "", *,
                 override: sharing.ShareOverride | None = None) -> int:
    """"Chuyển tuyến": a referral to a service, with its status followed up.

    It shares the child's information, so it needs a recorded consent that covers it or an
    ``override`` with a reason the law allows (services/sharing.py), else ConsentNeeded and
    nothing is saved. A referral to the police is the duty to notify: never blocked."""
    require_case_manager(session, case_id)
    if override is not None:
        override = sharing.check_override(override)
    to_whom, note = normalize_text(to_whom), normalize_multiline(note)
    if not to_whom:
        raise ValidationError({"to_whom": QT_TRANSLATE_NOOP(
            "Errors", "Enter the service or person the child is referred to.")})
    check_lengths({"to_whom": (to_whom, limits.LABEL), "note": (note, limits.NOTE)})
    now = session.clock.now()
    check_not_future(now, dates={"sent_on": sent_on})  # a referral still to send is a task
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        clearance = sharing.clearance_in(s, case_id, sharing.Purpose.REFERRAL, override,
                                         legal_duty=service == Service.POLICE)
        row = Referral(case_id=case_id, service=service.value, to_whom=to_whom,
                       sent_on=sent_on, status=ReferralStatus.SENT.value,
                       note=note, updated_at=utc(now))
        s.add(row)
        s.flush()
        at = datetime.combine(sent_on, datetime.min.time(), now.tzinfo)
        chronology.append(s, case_id, kind=EntryKind.REFERRAL.value,
                          event_at=utc(min(max(at, aware(case.received_at)), now)),
                          entered_at=utc(now), author_id=session.user.id,
                          text=f"Chuyển tuyến {service.vi}: {row.to_whom}"
                               + (f" ({clearance.sentence()})" if clearance.sentence() else ""))
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"referral={service.value}", s=s)
        if clearance.override is not None:
            session.audit(AuditAction.CHANGE, RECORD, case_id,
                          f"share_override={clearance.override.reason.value}", s=s)
        return row.id


def set_referral_status(session: AppSession, referral_id: int, status: ReferralStatus,
                        note: str = "") -> None:
    with session.db() as s:
        row = s.get(Referral, referral_id)
        case_id = row.case_id if row else None
    if case_id is None:
        raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "That referral does not exist."))
    require_case_manager(session, case_id)
    note = normalize_multiline(note)
    check_lengths({"note": (note, limits.NOTE)})
    now = session.clock.now()
    with session.write() as s:
        _ensure_open(_load_readable(s, session, case_id))
        ref = s.get(Referral, referral_id)
        assert ref is not None
        ref.status, ref.updated_at = status.value, utc(now)
        if note:
            ref.note = normalize_multiline(f"{ref.note}\n{note}")
        chronology.append(s, case_id, kind=EntryKind.REFERRAL.value, event_at=utc(now),
                          entered_at=utc(now), author_id=session.user.id,
                          text=f"Chuyển tuyến {ref.to_whom}: {status.vi}")
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"referral={status.value}", s=s)


def list_referrals(session: AppSession, case_id: int) -> list[ReferralInfo]:
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        return [ReferralInfo(r.id, Service(r.service), r.to_whom, r.sent_on,
                             ReferralStatus(r.status), r.note)
                for r in s.scalars(select(Referral).where(Referral.case_id == case_id)
                                   .order_by(Referral.sent_on, Referral.id))]


# -- consent -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    consenter: str
    relation: str
    scope: ConsentScope
    given_on: date
    child_age: int | None
    child_agreed: bool
    legal_basis: str
    note: str


CHILD_CONSENT_AGE = sharing.CHILD_CONSENT_AGE


def record_consent(session: AppSession, case_id: int, consenter: str, relation: str,
                   scope: ConsentScope, given_on: date, child_age: int | None,
                   child_agreed: bool, legal_basis: str = "", note: str = "") -> int:
    require_case_manager(session, case_id)
    errors = {}
    consenter, relation = normalize_text(consenter), normalize_text(relation)
    legal_basis, note = normalize_text(legal_basis), normalize_multiline(note)
    if not consenter:
        errors["consenter"] = QT_TRANSLATE_NOOP("Errors", "Enter who gave consent.")
    if (scope == ConsentScope.DISCLOSURE and child_age is not None
            and child_age >= CHILD_CONSENT_AGE and not child_agreed):
        errors["child_agreed"] = QT_TRANSLATE_NOOP(
            "Errors", "From age 7 the child's own agreement is needed as well.")
    errors.update(future_errors(session.clock.now(), dates={"given_on": given_on}))
    check_lengths({"consenter": (consenter, limits.NAME), "relation": (relation, limits.WORD),
                   "legal_basis": (legal_basis, limits.LABEL), "note": (note, limits.NOTE)},
                  errors=errors)
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        row = Consent(case_id=case_id, consenter=consenter, relation=relation,
                      scope=scope.value, given_on=given_on, child_age=child_age,
                      child_agreed=child_agreed, legal_basis=legal_basis, note=note)
        s.add(row)
        s.flush()
        case.updated_at = utc(session.clock.now())
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"consent={scope.value}", s=s)
        return row.id


def list_consents(session: AppSession, case_id: int) -> list[ConsentInfo]:
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        return [ConsentInfo(c.id, c.consenter, c.relation, ConsentScope(c.scope), c.given_on,
                            c.child_age, c.child_agreed, c.legal_basis, c.note)
                for c in s.scalars(select(Consent).where(Consent.case_id == case_id)
                                   .order_by(Consent.given_on, Consent.id))]


# -- attachments -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime: str
    size: int
    added_at: datetime
    added_by: str


def add_attachment(session: AppSession, case_id: int, filename: str, data: bytes,
                   mime: str = "application/octet-stream") -> int:
    """Keep a file inside the encrypted database (at most 20 MB, 100 per case)."""
    require_case_manager(session, case_id)
    name = normalize_text(filename).replace("/", "_").replace("\\", "_") or "tep"
    check_lengths({"file": (name, limits.FILE_NAME)})
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError({"file": QT_TRANSLATE_NOOP(
            "Errors", "The file is larger than 20 MB. Make it smaller (scan at a lower "
            "resolution) and try again.")})
    if not data:
        raise ValidationError({"file": QT_TRANSLATE_NOOP("Errors", "The file is empty.")})
    now = session.clock.now()
    with session.write() as s:
        case = _load_readable(s, session, case_id)
        _ensure_open(case)
        count = s.scalar(select(func.count(Attachment.id)).where(Attachment.case_id == case_id))
        if (count or 0) >= MAX_ATTACHMENTS:
            raise ValidationError({"file": QT_TRANSLATE_NOOP(
                "Errors", "A case can hold at most 100 files.")})
        row = Attachment(case_id=case_id, filename=name, mime=mime, size=len(data),
                         sha256=hashlib.sha256(data).hexdigest(), data=data,
                         added_by=session.user.id, added_at=utc(now))
        s.add(row)
        s.flush()
        chronology.append(s, case_id, kind=EntryKind.DOCUMENT.value, event_at=utc(now),
                          entered_at=utc(now), author_id=session.user.id,
                          text=f"Thêm tài liệu: {name}")
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"attachment+{row.id}", s=s)
        return row.id


def list_attachments(session: AppSession, case_id: int) -> list[AttachmentInfo]:
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        names = dict(s.execute(select(Account.id, Account.full_name)).all())
        # Whole objects (a sealed file's name is decrypted on load), without the bytes.
        rows = [(a.id, a.filename, a.mime, a.size, a.added_at, a.added_by)
                for a in s.scalars(select(Attachment).options(defer(Attachment.data))
                                   .where(Attachment.case_id == case_id).order_by(Attachment.id))]
    return [AttachmentInfo(i, f, m, z, aware(a), names.get(b, "?")) for i, f, m, z, a, b in rows]


def read_attachment(session: AppSession, attachment_id: int, *, for_export: bool = False) -> bytes:
    """The file's bytes, in memory only. Viewing is audited; ``for_export`` (saving a copy out,
    an explicit user action) is audited as an export."""
    with session.db() as s:
        row = s.get(Attachment, attachment_id)
        case_id = row.case_id if row else None
    if row is None or case_id is None:
        raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "That file does not exist."))
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_readable(s, session, case_id)
        attachment = s.get(Attachment, attachment_id)  # an object: sealed bytes are decrypted
        data = attachment.data if attachment is not None else b""
    action = AuditAction.EXPORT if for_export else AuditAction.VIEW
    session.audit(action, "attachment", attachment_id, f"case={case_id}")
    return bytes(data or b"")
