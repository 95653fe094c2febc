"""Handover package for a pupil who changed school (gói hồ sơ chuyển trường), the sending side:
what can go in it, the principal's approval, the file itself, and the transfer log (sổ chuyển
hồ sơ) with its receipts. Receiving is services/handover_import.py; the file format is
storage/handover_file.py."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import KimbaiError, WrongPassword
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.domain.school import normalize_username
from kimbai_desktop.domain.text import normalize_text
from kimbai_desktop.reports.handover import HandoverPaper, School
from kimbai_desktop.services.cases import visible_clause
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import handover_file, keystore, throttle
from kimbai_desktop.storage.files import atomic_write_bytes
from kimbai_desktop.storage.models import (
    Account,
    Attachment,
    BodyMark,
    Case,
    CaseChild,
    CasePerson,
    CaseStep,
    ChronologyEntry,
    Circumstance,
    Consent,
    Enrolment,
    Guardian,
    LevelChange,
    Notification,
    OutgoingDocument,
    PlanTask,
    Pupil,
    Referral,
    Review,
    Setting,
    Transfer,
)
from kimbai_desktop.storage.sealed import is_open_to, sealed_ids


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


RECORD = "handover"
SETTING_SIGNING_KEY = "handover.signing_key"
RECEIPT_DAYS = 15  # a receipt not back after this many days is a reminder on the overview
SUFFIX = ".kimbai-handover"
SENT, RECEIVED = "sent", "received"

NOT_TRANSFERRED = QT_TRANSLATE_NOOP(
    "Errors", "A handover package is made only for a pupil marked “Chuyển trường” in the "
    "register. Record the transfer first (register, pupil actions, “Chuyển trường”).")
NO_SUCH_PUPIL = QT_TRANSLATE_NOOP(
    "Errors", "No pupil has this pupil number. Check the number in the register.")
NOT_HIS_CASE = QT_TRANSLATE_NOOP(
    "Errors", "Case file {code} is not a case file of this pupil that you may see.")
SEALED_NOT_HELD = QT_TRANSLATE_NOOP(
    "Errors", "Case file {code} is sealed and your account does not hold its key. Leave it "
    "out, or ask one of its holders to make the package.")
NEEDS_PRINCIPAL = QT_TRANSLATE_NOOP(
    "Errors", "A handover package needs the principal's approval: the principal types their "
    "account name and password, or makes the package themselves.")
WRONG_PRINCIPAL = QT_TRANSLATE_NOOP(
    "Errors", "The principal's account name or password is not correct. Nothing was made. "
    "Ask the principal to type them again.")
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Errors", "The package could not be written to this place ({reason}). Nothing was "
    "recorded. Choose another folder or USB drive and try again.")
NO_SUCH_TRANSFER = QT_TRANSLATE_NOOP("Errors", "This handover is not in the transfer log.")
RECEIPT_FUTURE = QT_TRANSLATE_NOOP(
    "Errors", "The receipt date cannot be later than today.")


@dataclass(frozen=True)
class CaseChoice:
    id: int
    code: str
    sealed: bool
    readable: bool  # False: sealed and this account holds no key


@dataclass(frozen=True)
class Approval:
    """The principal's approval when the counsellor makes the package."""

    username: str = ""
    password: str = ""


@dataclass(frozen=True)
class ExportResult:
    transfer_id: int
    package_id: str
    passphrase: str  # shown once, printed on the handover slip; never stored
    path: Path
    fingerprint: str
    paper: HandoverPaper  # for the slip and the receipt (holds the passphrase)


@dataclass(frozen=True)
class TransferRow:
    id: int
    direction: str  # SENT | RECEIVED
    at: datetime  # UTC, aware
    package_id: str
    pupil_id: int | None
    pupil_name: str
    pupil_code: str
    other_school: str
    files: tuple[str, ...]
    by_name: str
    approved_by: str
    receipt_on: date | None
    receipt_by: str
    receipt_due: date | None  # sent ones: the day the receipt should be back
    overdue: bool


def _now(session: AppSession) -> datetime:
    return session.clock.now().replace(tzinfo=None)


def school_today(session: AppSession) -> date:
    return session.clock.now().astimezone(SCHOOL_TZ).date()


# -- the school's signing key ----------------------------------------------------------------


def signing_key(s: Session) -> bytes:
    """The school's Ed25519 signing key, made at the first package and kept inside the
    encrypted database (so a backup carries it and the receiving schools keep trusting it)."""
    row = s.get(Setting, SETTING_SIGNING_KEY)
    if row is not None:
        return base64.b64decode(json.loads(row.value))
    key = handover_file.new_signing_key()
    s.add(Setting(key=SETTING_SIGNING_KEY, value=json.dumps(base64.b64encode(key).decode())))
    s.flush()
    return key


def school_fingerprint(session: AppSession) -> str:
    """The short form of this school's signing key, to read out to a receiving school."""
    with session.write() as s:
        return handover_file.key_fingerprint(handover_file.public_of(signing_key(s)))


# -- what goes into a package --------------------------------------------------------------------


def _value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(timespec="microseconds")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bytes | memoryview):
        return base64.b64encode(bytes(v)).decode("ascii")
    return v


def row_dict(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Every column of an ORM row as JSON values (dates ISO, bytes base64)."""
    return {c.key: _value(getattr(obj, c.key)) for c in inspect(type(obj)).column_attrs
            if c.key not in skip}


def _rows(s: Session, model: Any, column: Any, value: int, order: Any = None,
          skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    stmt = select(model).where(column == value).order_by(order if order is not None
                                                         else model.id)
    return [row_dict(r, skip) for r in s.scalars(stmt)]


def _pupil_for_handover(s: Session, pupil_id: int) -> Pupil:
    pupil = s.get(Pupil, pupil_id)
    if pupil is None:
        raise KimbaiError(NO_SUCH_PUPIL)
    if pupil.status != PupilStatus.TRANSFERRED.value:
        raise KimbaiError(NOT_TRANSFERRED)
    return pupil


def find_pupil(session: AppSession, pupil_code: str) -> int:
    """The id of the pupil with this pupil number (mã định danh)."""
    session.require(Permission.VIEW_REGISTER, "pupil", pupil_code)
    with session.db() as s:
        pid = s.scalar(select(Pupil.id).where(Pupil.student_code == pupil_code.strip()))
    if pid is None:
        raise KimbaiError(NO_SUCH_PUPIL)
    return pid


def case_choices(session: AppSession, pupil_id: int) -> list[CaseChoice]:
    """The case files of this pupil that this account may see, to choose from."""
    session.require(Permission.MANAGE_CASES, RECORD, pupil_id)
    with session.db() as s:
        ids = list(s.scalars(select(Case.id).join(CaseChild, CaseChild.case_id == Case.id)
                             .where(CaseChild.pupil_id == pupil_id, visible_clause(session))
                             .distinct()))
        codes = {r[0]: r[1] for r in s.execute(select(Case.id, Case.code)
                                                .where(Case.id.in_(ids)))}
        sealed = sealed_ids(s, ids)
        return sorted((CaseChoice(i, codes[i], i in sealed, i not in sealed or is_open_to(s, i))
                       for i in ids), key=lambda c: c.code)


def _case_content(s: Session, case: Case) -> dict[str, Any]:
    cid = case.id
    return {
        "case": row_dict(case, ("search_text",)),
        "sealed": bool(sealed_ids(s, [cid])),
        "children": _rows(s, CaseChild, CaseChild.case_id, cid),
        "people": _rows(s, CasePerson, CasePerson.case_id, cid),
        "steps": _rows(s, CaseStep, CaseStep.case_id, cid),
        "notifications": _rows(s, Notification, Notification.case_id, cid),
        "entries": _rows(s, ChronologyEntry, ChronologyEntry.case_id, cid, ChronologyEntry.seq),
        "tasks": _rows(s, PlanTask, PlanTask.case_id, cid),
        "referrals": _rows(s, Referral, Referral.case_id, cid),
        "consents": _rows(s, Consent, Consent.case_id, cid),
        "attachments": _rows(s, Attachment, Attachment.case_id, cid),
        "body_marks": _rows(s, BodyMark, BodyMark.case_id, cid),  # injuries on the body map
    }


def build_content(session: AppSession, s: Session, pupil: Pupil, case_ids: list[int],
                  to_school: str, approved_by: str) -> dict[str, Any]:
    p = session.school_profile()
    cases = []
    for cid in case_ids:
        case = s.scalars(select(Case).where(Case.id == cid, visible_clause(session))).first()
        if case is None:
            raise KimbaiError(NOT_HIS_CASE, code=str(cid))
        cases.append(_case_content(s, case))
    content: dict[str, Any] = {
        "from_school": {"name": p.school_name, "superior_body": p.superior_body,
                        "place": p.place_name, "principal": p.principal_name,
                        "symbol": p.document_symbol, "school_year": p.school_year},
        "to_school": to_school, "made_by": session.user.full_name, "approved_by": approved_by,
        "pupil": row_dict(pupil, ("name_sort", "search_text")),
        "enrolments": _rows(s, Enrolment, Enrolment.pupil_id, pupil.id),
        "guardians": _rows(s, Guardian, Guardian.pupil_id, pupil.id),
        "circumstances": _rows(s, Circumstance, Circumstance.pupil_id, pupil.id),
        "levels": _rows(s, LevelChange, LevelChange.pupil_id, pupil.id, LevelChange.since),
        "reviews": _rows(s, Review, Review.pupil_id, pupil.id),
        "cases": cases,
    }
    # The names of the staff who wrote or did something in these records (only those).
    ids = set(_people_ids(content))
    content["authors"] = {str(a.id): a.full_name
                          for a in s.scalars(select(Account).where(Account.id.in_(ids)))}
    return content


_PEOPLE_KEYS = ("author_id", "done_by", "by_id", "added_by", "changed_by", "reviewer_id",
                "created_by", "owner_id")


def _people_ids(value: Any) -> Any:
    """Every account id under a key of :data:`_PEOPLE_KEYS`, anywhere in ``value``."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in _PEOPLE_KEYS and isinstance(v, int):
                yield v
            else:
                yield from _people_ids(v)
    elif isinstance(value, list):
        for v in value:
            yield from _people_ids(v)


def _approver(session: AppSession, approval: Approval | None) -> str:
    """The principal who approved: the signed-in principal, or one whose password was typed."""
    if session.user.role == Role.PRINCIPAL:
        return session.user.full_name
    if approval is None or not approval.username or not approval.password:
        raise KimbaiError(NEEDS_PRINCIPAL)
    folder, name = session.folder, normalize_username(approval.username)
    keys = keystore.read(folder)
    tag = keys.account_tag(name)
    throttle.begin_attempt(folder, tag, session.clock)
    try:
        keys.unwrap_account(name, approval.password)
    except WrongPassword:
        throttle.attempt_failed(folder, tag, session.clock)
        session.audit(AuditAction.ACCESS_DENIED, RECORD, "", "approval")
        raise KimbaiError(WRONG_PRINCIPAL) from None
    throttle.attempt_succeeded(folder, tag)
    with session.db() as s:
        account = s.scalars(select(Account).where(Account.username == name)).one_or_none()
    if account is None or not account.active or account.role != Role.PRINCIPAL.value:
        raise KimbaiError(WRONG_PRINCIPAL)
    return account.full_name


def export_package(session: AppSession, pupil_id: int, case_ids: list[int], out: Path | str,
                   *, to_school: str = "", approval: Approval | None = None) -> ExportResult:
    """Make the package file at ``out`` and record it in the transfer log (one transaction: a
    file that cannot be written leaves no record, a failed record leaves the file unused)."""
    session.require(Permission.MANAGE_CASES, RECORD, pupil_id)
    to_school = normalize_text(to_school).strip()[:200]  # may be left blank: filled in by hand
    out = Path(out)
    choices = {c.id: c for c in case_choices(session, pupil_id)}
    with session.db() as s:
        codes = {r[0]: r[1] for r in s.execute(select(Case.id, Case.code)
                                                .where(Case.id.in_(case_ids)))}
    for cid in case_ids:
        if cid not in choices:
            raise KimbaiError(NOT_HIS_CASE, code=codes.get(cid, str(cid)))
        if not choices[cid].readable:
            raise KimbaiError(SEALED_NOT_HELD, code=choices[cid].code)
    approved_by = _approver(session, approval)
    p = session.school_profile()
    passphrase = handover_file.new_passphrase()
    package_id = uuid.uuid4().hex
    now = _now(session)
    with session.write() as s:
        pupil = _pupil_for_handover(s, pupil_id)
        content = build_content(session, s, pupil, list(case_ids), to_school, approved_by)
        key = signing_key(s)
        data = handover_file.write_package(
            content, passphrase=passphrase, signing_key=key, package_id=package_id,
            created=now, school_name=p.school_name, school_code=p.document_symbol,
            school_year=p.school_year)
        row = Transfer(package_id=package_id, direction=SENT, at=now, created=now,
                       pupil_id=pupil.id, pupil_code=pupil.student_code or "",
                       other_school=to_school, school_code=p.document_symbol,
                       school_year=p.school_year,
                       signer_public=base64.b64encode(handover_file.public_of(key)).decode(),
                       files=json.dumps([choices[c].code for c in case_ids]),
                       by_id=session.user.id, by_name=session.user.full_name,
                       approved_by=approved_by, receipt_by="", content=None, content_hash="")
        s.add(row)
        s.flush()
        session.audit(AuditAction.EXPORT, RECORD, row.id, f"sent cases={len(case_ids)}", s=s)
        number = _issue_slip_number(s, session, row.id, now, p.document_symbol)
        paper = paper_of(content, sender_school(p), school_today(session),
                         number, package_id, handover_file.key_fingerprint(
                             handover_file.public_of(key)), passphrase)
        try:
            atomic_write_bytes(out, data)
        except OSError as exc:
            raise KimbaiError(CANNOT_WRITE, reason=exc.strerror or type(exc).__name__) from None
        transfer_id = row.id
    return ExportResult(transfer_id, package_id, passphrase, out, paper.fingerprint, paper)


def sender_school(p: Any) -> School:
    return School(p.school_name, p.superior_body, p.place_name, p.principal_name,
                  p.document_symbol)


def paper_of(content: dict[str, Any], sender: School, on: date, number: int | None,
             package_id: str, fingerprint: str, passphrase: str = "") -> HandoverPaper:
    pupil = content["pupil"]
    birth = pupil.get("birth_date")
    return HandoverPaper(
        sender, str(content["to_school"]), on, number, str(pupil["full_name"]),
        str(pupil.get("student_code") or ""), date.fromisoformat(birth) if birth else None,
        str(content["made_by"]), str(content["approved_by"]),
        tuple((str(c["case"]["code"]), len(c["entries"]), len(c["attachments"]))
              for c in content["cases"]), len(content["levels"]), package_id, fingerprint,
        passphrase)


def _issue_slip_number(s: Session, session: AppSession, transfer_id: int, now: datetime,
                       symbol: str) -> int:
    """The slip's number in the outgoing-document register (BB, this calendar year)."""
    from kimbai_desktop.reports.handover import SLIP_SUMMARY

    on = school_today(session)
    last = s.scalar(select(func.max(OutgoingDocument.number)).where(
        OutgoingDocument.year == on.year, OutgoingDocument.doc_type == "BB"))
    number = int(last or 0) + 1
    s.add(OutgoingDocument(
        year=on.year, doc_type="BB", number=number, symbol=f"BB-{symbol}",
        issued_on=on, title="BIÊN BẢN", summary=SLIP_SUMMARY, report_kind="handover",
        record_type=RECORD, record_id=str(transfer_id), signer_name="",
        created_by=session.user.id, created_at=now, voided=False, void_reason=""))
    s.flush()
    return number


# -- the transfer log ----------------------------------------------------------------------------


def _row(t: Transfer, names: dict[int, str], today: date) -> TransferRow:
    aware = t.at.replace(tzinfo=UTC)
    due = (aware.astimezone(SCHOOL_TZ).date() + timedelta(days=RECEIPT_DAYS)
           if t.direction == SENT else None)
    overdue = due is not None and t.receipt_on is None and today > due
    return TransferRow(t.id, t.direction, aware, t.package_id, t.pupil_id,
                       names.get(t.pupil_id or 0, ""), t.pupil_code, t.other_school,
                       tuple(json.loads(t.files)), t.by_name, t.approved_by, t.receipt_on,
                       t.receipt_by, due, overdue)


def transfer_log(session: AppSession) -> list[TransferRow]:
    """Packages sent and received, newest first."""
    session.require(Permission.MANAGE_CASES, RECORD)
    today = school_today(session)
    with session.db() as s:
        rows = list(s.scalars(select(Transfer).order_by(Transfer.at.desc(), Transfer.id.desc())))
        ids = [r.pupil_id for r in rows if r.pupil_id]
        names = {r[0]: r[1] for r in s.execute(select(Pupil.id, Pupil.full_name)
                                                .where(Pupil.id.in_(ids)))}
    session.audit_later(AuditAction.VIEW, RECORD, "", "log")
    return [_row(r, names, today) for r in rows]


def overdue_receipts(session: AppSession) -> list[TransferRow]:
    """Packages sent whose receipt is not back after :data:`RECEIPT_DAYS` days."""
    if not session.can(Permission.MANAGE_CASES):
        return []
    today = school_today(session)
    with session.db() as s:
        rows = list(s.scalars(select(Transfer).where(Transfer.direction == SENT,
                                                     Transfer.receipt_on.is_(None))))
        names = {r[0]: r[1] for r in s.execute(select(Pupil.id, Pupil.full_name).where(
            Pupil.id.in_([r.pupil_id for r in rows if r.pupil_id])))}
    return [r for r in (_row(t, names, today) for t in rows) if r.overdue]


def record_receipt(session: AppSession, transfer_id: int, on: date, by: str) -> None:
    """The receiving school's signed receipt came back (sent packages)."""
    session.require(Permission.MANAGE_CASES, RECORD, transfer_id)
    if on > school_today(session):
        raise KimbaiError(RECEIPT_FUTURE)
    with session.write() as s:
        row = s.get(Transfer, transfer_id)
        if row is None or row.direction != SENT:
            raise KimbaiError(NO_SUCH_TRANSFER)
        row.receipt_on, row.receipt_by = on, normalize_text(by).strip()[:200]
        session.audit(AuditAction.CHANGE, RECORD, transfer_id, "receipt", s=s)


def default_file_name(session: AppSession) -> str:
    """A file name with no personal data in it."""
    stamp = session.clock.now().astimezone(SCHOOL_TZ).strftime("%Y%m%d-%H%M")
    return f"ho-so-chuyen-truong-{stamp}{SUFFIX}"
