"""Handover package, the receiving side: open and show what a package holds before anything is
written, match the pupil, keep the sending school's records read-only with their own hash chains
(verifiable here), record the receipt; the same package twice changes nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.enums import Role, Sex
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.register import GuardianRelation
from kimbai_desktop.services import register
from kimbai_desktop.services.handover import (
    NO_SUCH_PUPIL,
    NO_SUCH_TRANSFER,
    RECEIVED,
    RECORD,
    school_today,
)
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import chronology, handover_file
from kimbai_desktop.storage.handover_file import Header
from kimbai_desktop.storage.models import Pupil, Transfer
from kimbai_desktop.storage.sealed import PLACEHOLDER


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


YEAR_NOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "This package was made in school year {year}, which this school has not opened "
    "yet (it is in {current}). Nothing was imported. Open the new school year first "
    "(register, “Năm học mới”), then import the package again.")
CANNOT_READ = QT_TRANSLATE_NOOP(
    "Errors", "The file could not be read ({reason}). Check that the USB drive is plugged in "
    "and choose the file again.")
NEEDS_MATCH = QT_TRANSLATE_NOOP(
    "Errors", "No pupil in the register has pupil number {code}. Choose the pupil this "
    "package is about, or add them as a new pupil.")
MAX_PACKAGE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class CaseSummary:
    code: str
    entries: int
    attachments: int
    sealed: bool


@dataclass(frozen=True)
class KeyStatus:
    NEW = "new"  # first package from this school
    SAME = "same"  # the same key as the earlier packages from this school
    CHANGED = "changed"  # this school signed earlier packages with another key: check by phone


@dataclass(frozen=True)
class PackagePreview:
    """What a package holds, shown before anything is written."""

    package_id: str
    school_name: str
    school_code: str
    school_year: str
    created: datetime  # UTC, aware
    fingerprint: str
    key_status: str  # KeyStatus.*
    made_by: str
    approved_by: str
    to_school: str
    pupil_name: str
    pupil_code: str
    birth_date: date | None
    levels: int
    circumstances: int
    reviews: int
    cases: tuple[CaseSummary, ...]
    already_imported: bool
    match_id: int | None  # the pupil here with the same pupil number
    match_name: str


@dataclass(frozen=True)
class OpenedPackage:
    header: Header
    content: dict[str, Any]
    preview: PackagePreview


@dataclass(frozen=True)
class ImportResult:
    transfer_id: int
    pupil_id: int
    already: bool  # the package had been imported before: nothing was written


@dataclass(frozen=True)
class HistoryStatus:
    ok: bool
    cases: int
    entries: int
    broken_case: str | None  # the first case whose chain is broken
    broken_seq: int | None


def read_file(path: Path | str) -> bytes:
    try:
        path = Path(path)
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise handover_file.NotAPackage()
        return path.read_bytes()
    except OSError as exc:
        raise KimbaiError(CANNOT_READ, reason=exc.strerror or type(exc).__name__) from None


def _key_status(session: AppSession, header: Header) -> str:
    public = base64.b64encode(header.public_key).decode()
    with session.db() as s:
        keys = set(s.scalars(select(Transfer.signer_public).where(
            Transfer.direction == RECEIVED, Transfer.school_code == header.school_code,
            Transfer.other_school == header.school_name)))
    if not keys:
        return KeyStatus.NEW
    return KeyStatus.SAME if public in keys else KeyStatus.CHANGED


def open_package(session: AppSession, data: bytes, passphrase: str) -> OpenedPackage:
    """Check and decrypt a package; writes nothing. Raises a plain message for a damaged, cut,
    newer or wrongly unlocked package, or one from a school year not opened here."""
    session.require(Permission.MANAGE_CASES, RECORD)
    header, content = handover_file.open_package(data, passphrase)
    current = session.school_profile().school_year
    if header.school_year > current:
        raise KimbaiError(YEAR_NOT_OPEN, year=header.school_year, current=current)
    try:
        preview = _preview(session, header, content)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise handover_file.PackageDamaged() from None
    return OpenedPackage(header, content, preview)


def _preview(session: AppSession, header: Header, content: dict[str, Any]) -> PackagePreview:
    pupil = content["pupil"]
    code = str(pupil.get("student_code") or "")
    with session.db() as s:
        already = s.scalar(select(Transfer.id).where(
            Transfer.direction == RECEIVED, Transfer.package_id == header.package_id)) is not None
        match = s.execute(select(Pupil.id, Pupil.full_name).where(
            Pupil.student_code == code)).first() if code else None
    birth = pupil.get("birth_date")
    return PackagePreview(
        header.package_id, header.school_name, header.school_code, header.school_year,
        header.created.replace(tzinfo=UTC), header.fingerprint, _key_status(session, header),
        str(content.get("made_by", "")), str(content.get("approved_by", "")),
        str(content.get("to_school", "")), str(pupil["full_name"]), code,
        date.fromisoformat(birth) if birth else None, len(content["levels"]),
        len(content["circumstances"]), len(content["reviews"]),
        tuple(CaseSummary(str(c["case"]["code"]), len(c["entries"]), len(c["attachments"]),
                          bool(c.get("sealed"))) for c in content["cases"]),
        already, match[0] if match else None, match[1] if match else "")


def _new_pupil(session: AppSession, pupil: dict[str, Any], guardians: list[dict[str, Any]]
               ) -> int:
    def relation(value: str) -> GuardianRelation:
        try:
            return GuardianRelation(value)
        except ValueError:
            return list(GuardianRelation)[-1]

    birth = pupil.get("birth_date")
    data = register.PupilInput(
        full_name=str(pupil["full_name"]), sex=Sex(pupil["sex"]),
        student_code=str(pupil.get("student_code") or ""),
        birth_date=date.fromisoformat(birth) if birth else None,
        estimated_age=pupil.get("estimated_age") if not birth else None,
        ethnicity=str(pupil.get("ethnicity") or ""), address=str(pupil.get("address") or ""),
        guardians=tuple(register.GuardianInfo(str(g["full_name"]), relation(str(g["relation"])),
                                              str(g.get("phone") or "")) for g in guardians))
    return register.save_pupil(session, data)


def import_package(session: AppSession, opened: OpenedPackage, *, pupil_id: int | None = None,
                   new_pupil: bool = False) -> ImportResult:
    """Keep the package's records for the pupil ``pupil_id`` (default: the one with the same
    pupil number; ``new_pupil``: add them to the register). Returns ``already`` when this
    package was imported before (nothing is written then)."""
    session.require(Permission.MANAGE_CASES, RECORD)
    header, content, preview = opened.header, opened.content, opened.preview
    with session.db() as s:
        done = s.execute(select(Transfer.id, Transfer.pupil_id).where(
            Transfer.direction == RECEIVED, Transfer.package_id == header.package_id)).first()
    if done is not None:
        return ImportResult(done[0], done[1] or 0, True)
    target = pupil_id if pupil_id is not None else preview.match_id
    if target is None and not new_pupil:
        raise KimbaiError(NEEDS_MATCH, code=preview.pupil_code or "—")
    if target is None:
        target = _new_pupil(session, content["pupil"], content.get("guardians", []))
    stored = zlib.compress(json.dumps(content, ensure_ascii=False).encode("utf-8"), 9)
    now = session.clock.now().replace(tzinfo=None)
    with session.write() as s:
        if s.get(Pupil, target) is None:
            raise KimbaiError(NO_SUCH_PUPIL)
        row = Transfer(
            package_id=header.package_id, direction=RECEIVED, at=now,
            created=header.created, pupil_id=target, pupil_code=preview.pupil_code,
            other_school=header.school_name, school_code=header.school_code,
            school_year=header.school_year,
            signer_public=base64.b64encode(header.public_key).decode(),
            files=json.dumps([c.code for c in preview.cases]), by_id=session.user.id,
            by_name=session.user.full_name, approved_by=preview.approved_by,
            receipt_on=school_today(session), receipt_by=session.user.full_name,
            content=stored, content_hash=hashlib.sha256(stored).hexdigest())
        s.add(row)
        s.flush()
        session.audit(AuditAction.CREATE, RECORD, row.id, f"received cases={len(preview.cases)}",
                      s=s)
        return ImportResult(row.id, target, False)


# -- the received records, read-only -------------------------------------------------------------


SEALED_HERE = QT_TRANSLATE_NOOP(
    "Errors", "This case file was sealed at the sending school: only the principal can open "
    "what came with it.")


def _may_read_sealed(session: AppSession) -> bool:
    """A case file sealed at the sending school stays closed here to all but the principal
    (its holders there have no account here)."""
    return session.user.role == Role.PRINCIPAL


def received_content(session: AppSession, transfer_id: int) -> dict[str, Any]:
    """The sending school's records as they came (read-only), after checking their hash; a
    case file sealed there shows only its code and counts to anyone but the principal."""
    content = _stored_content(session, transfer_id)
    if not _may_read_sealed(session):
        for c in content["cases"]:
            if c.get("sealed"):
                c["case"] = {"code": c["case"]["code"]}
                c["entries"] = [{**e, "text": PLACEHOLDER} for e in c["entries"]]
                c["attachments"] = [{"filename": "", "data": "", "sha256": ""}
                                    for _ in c["attachments"]]
                for key in ("children", "people", "steps", "notifications", "tasks",
                            "referrals", "consents", "body_marks"):
                    c[key] = []
    return content


def _stored_content(session: AppSession, transfer_id: int) -> dict[str, Any]:
    session.require(Permission.MANAGE_CASES, RECORD, transfer_id)
    with session.db() as s:
        row = s.get(Transfer, transfer_id)
        if row is None or row.direction != RECEIVED or row.content is None:
            raise KimbaiError(NO_SUCH_TRANSFER)
        data, digest = bytes(row.content), row.content_hash
    if hashlib.sha256(data).hexdigest() != digest:
        raise handover_file.PackageDamaged()
    session.audit_later(AuditAction.VIEW, RECORD, transfer_id)
    content: dict[str, Any] = json.loads(zlib.decompress(data).decode("utf-8"))
    return content


def verify_history(session: AppSession, transfer_id: int) -> HistoryStatus:
    """Recompute each received case's chronology chain (storage/chronology.py's hash, with the
    sending school's case ids): any entry changed, removed or reordered since it was written
    at the sending school breaks it."""
    content = _stored_content(session, transfer_id)
    total = 0
    for c in content["cases"]:
        prev, expected = chronology.GENESIS, 1
        code = str(c["case"]["code"])
        for e in c["entries"]:
            corrects = e.get("corrects_id")
            computed = chronology.entry_hash(
                prev, int(e["case_id"]), int(e["seq"]), str(e["kind"]),
                datetime.fromisoformat(e["event_at"]), datetime.fromisoformat(e["entered_at"]),
                int(e["author_id"]), str(e["text"]), int(corrects) if corrects else None)
            if e["seq"] != expected or e["prev_hash"] != prev or e["hash"] != computed:
                return HistoryStatus(False, len(content["cases"]), total, code, int(e["seq"]))
            prev, expected, total = e["hash"], expected + 1, total + 1
    return HistoryStatus(True, len(content["cases"]), total, None, None)


def read_received_attachment(session: AppSession, transfer_id: int, case_code: str,
                             index: int) -> tuple[str, bytes]:
    """One attachment of a received case file: (file name, bytes), checked against its hash."""
    content = _stored_content(session, transfer_id)
    case = next(c for c in content["cases"] if c["case"]["code"] == case_code)
    if case.get("sealed") and not _may_read_sealed(session):
        session.audit(AuditAction.ACCESS_DENIED, RECORD, transfer_id, "sealed")
        raise KimbaiError(SEALED_HERE)
    att = case["attachments"][index]
    data = base64.b64decode(att["data"])
    if hashlib.sha256(data).hexdigest() != att["sha256"]:
        raise handover_file.PackageDamaged()
    session.audit(AuditAction.EXPORT, RECORD, transfer_id, "attachment")
    return str(att["filename"]), data
