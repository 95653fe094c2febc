"""`kimbai check`, `kimbai audit verify` and the window's start-up check of the audit trail: the
chain, every signature, and the heads kept outside the database (kimbai.head, the backups in
the data folder, a head typed from a printed report), in slices, told in plain sentences.

The checking itself is storage/audit_check.py; this module gathers what it checks against and
words what it found. No permission is needed to run it (it shows no record); the start-up check
runs for every sign-in and only the principal's window shows its details.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.domain.when import school_time
from kimbai_desktop.services import slots
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import audit_check, audit_head
from kimbai_desktop.storage.audit_check import ChainVerifier, Finding, SignerInfo
from kimbai_desktop.storage.audit_head import Head
from kimbai_desktop.storage.backup import SUFFIX, read_manifest
from kimbai_desktop.storage.models import Account, AuditEvent, Setting

Tr = Callable[[str], str]
SLICE = audit_check.SLICE
BACKUP_SUBDIRS = ("auto", "")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


HEAD_FILE_SOURCE = "head file"
REPORT_SOURCE = "report"


@dataclass
class AuditCheck:
    """A check under way: :func:`step` it until it returns True, then :func:`finish` it."""

    verifier: ChainVerifier
    db_id: str
    head_file: audit_head.HeadFile
    backups: list[tuple[datetime, Head]] = field(default_factory=list)
    typed: list[Head] = field(default_factory=list)
    restored_at: datetime | None = None
    principals: dict[int, str] = field(default_factory=dict)  # accounts with a principal slot


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    count: int
    legacy: int  # events from before signing, accepted as such
    head_hash: str
    findings: tuple[Finding, ...]
    backups_compared: int
    backups_skipped: int  # older than the last restore: they show a past that was replaced


def start(session: AppSession, typed_heads: tuple[Head, ...] = ()) -> AuditCheck:
    """Gather the list of signing keys and every head to compare (cheap: no event is read)."""
    db_id = session.load_keys().db_id
    with session.db() as s:
        signers = {}
        for slot_id, entry in slots.effective(s).items():
            try:
                verify_key = base64.b64decode(entry.get("verify", ""), validate=True)
            except ValueError:
                continue
            if verify_key:
                signers[slot_id] = SignerInfo(verify_key, entry["owner"])
        ids = {int(e["owner"].split(":", 1)[1]) for e in slots.effective(s).values()
               if e.get("principal") == "1" and not e.get("retired")
               and e["owner"].startswith("account:")}
        principals = dict(s.execute(select(Account.id, Account.username)
                                    .where(Account.id.in_(ids))).tuples().all())
        row = s.get(Setting, audit_check.SETTING_SIGNING)
        legacy = audit_check.legacy_until(row.value if row else None)
        restored = s.scalar(select(func.max(AuditEvent.at)).where(
            AuditEvent.action == AuditAction.RESTORE.value, AuditEvent.detail.like("backup%")))
    head_file = audit_head.read(session.folder.root)
    backups = _backup_heads(session, db_id)
    watch = {h.count for _at, h in backups} | {h.count for h in typed_heads}
    if head_file.head is not None:
        watch.add(head_file.head.count)
    verifier = ChainVerifier(signers, legacy, watch=watch)
    return AuditCheck(verifier, db_id, head_file, backups, list(typed_heads),
                      restored.replace(tzinfo=UTC) if restored is not None else None,
                      principals)


def _backup_heads(session: AppSession, db_id: str) -> list[tuple[datetime, Head]]:
    found = []
    for sub in BACKUP_SUBDIRS:
        folder = session.folder.backups_dir / sub if sub else session.folder.backups_dir
        for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
            try:
                manifest = read_manifest(path)
            except KimbaiError:  # a damaged backup is the backup check's business
                manifest = None
            if manifest is None:
                continue
            if manifest.db_id == db_id and manifest.audit_head is not None:
                found.append((manifest.created_at, manifest.audit_head))
    return found


def step(session: AppSession, check: AuditCheck, limit: int = audit_check.SLICE) -> bool:
    """Check the next slice of events; True when the whole trail is done."""
    with session.db() as s:
        return check.verifier.step(s, limit)


def finish(check: AuditCheck) -> AuditReport:
    v = check.verifier
    findings = list(v.findings)
    hf = check.head_file
    if not hf.present:
        findings.append(Finding(audit_check.HEAD_MISSING))
    elif not hf.readable or hf.head is None or hf.db_id != check.db_id:
        findings.append(Finding(audit_check.HEAD_UNREADABLE))
    else:
        found = v.compare_head(hf.head, HEAD_FILE_SOURCE, check.db_id, same_signer=True)
        if not hf.head.signature:
            found.append(Finding(audit_check.HEAD_SIGNATURE, hf.head.count, hf.head.count,
                                 HEAD_FILE_SOURCE))
        findings += found
    for account_id in sorted(set(check.principals) - v.granted):
        findings.append(Finding(audit_check.PRINCIPAL_UNGRANTED, account_id,
                                actor=check.principals[account_id]))
    compared = skipped = 0
    for created, head in check.backups:
        if check.restored_at is not None and created < check.restored_at:
            skipped += 1
            continue
        compared += 1
        source = "backup " + created.isoformat()
        findings += v.compare_head(head, source, check.db_id)
    for head in check.typed:
        findings += v.compare_head(head, REPORT_SOURCE, check.db_id)
    return AuditReport(not findings, v.count, v.legacy, v.prev_hash, tuple(findings), compared,
                       skipped)


def verify_all(session: AppSession, typed_heads: tuple[Head, ...] = ()) -> AuditReport:
    check = start(session, typed_heads)
    while not step(session, check):
        pass
    return finish(check)


def parse_head(text: str) -> Head | None:
    """A head typed from a printed report: "COUNT:HASH", the hash whole (the audit certificate,
    spaces allowed) or its first characters (at least 8, as the periodic report prints it)."""
    count, _sep, hash_text = text.partition(":")
    hash_hex = "".join(hash_text.split()).lower()
    if not count.strip().isdigit() or not 8 <= len(hash_hex) <= 64:
        return None
    try:
        int(hash_hex, 16)
    except ValueError:
        return None
    return Head(int(count.strip()), hash_hex)


# -- in words ----------------------------------------------------------------------------------

_TEXT = {
    audit_check.BROKEN_LINK: QT_TRANSLATE_NOOP(
        "AuditCheck", "Event no. {event} does not fit the chain ({count} place(s) in all): events "
        "were changed, removed or put in another order."),
    audit_check.UNSIGNED: QT_TRANSLATE_NOOP(
        "AuditCheck", "Event no. {event} carries no signature although it was written after "
        "signing began ({count} such event(s)): it was added or rewritten outside KimBai."),
    audit_check.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "AuditCheck", "The signature of event no. {event} does not match it ({count} such "
        "event(s)): the event was changed after it was signed."),
    audit_check.UNKNOWN_SIGNER: QT_TRANSLATE_NOOP(
        "AuditCheck", "Event no. {event} is signed with a key that is not in the school's list "
        "of keys ({count} such event(s))."),
    audit_check.WRONG_SIGNER: QT_TRANSLATE_NOOP(
        "AuditCheck", "Event no. {event} names the account {actor} but was signed with another "
        "account's key ({count} such event(s)): someone rebuilt the trail under other people's "
        "names."),
    audit_check.LEGACY_CHANGED: QT_TRANSLATE_NOOP(
        "AuditCheck", "The number of events from before signing was changed after signing began "
        "(see event no. {event})."),
    audit_check.HEAD_AHEAD: QT_TRANSLATE_NOOP(
        "AuditCheck", "{source} shows {count} events, but the database holds only {event}: the "
        "last events were cut off."),
    audit_check.HEAD_MISMATCH: QT_TRANSLATE_NOOP(
        "AuditCheck", "{source} shows event no. {event} differently from the database: the trail "
        "was rewritten from that point on."),
    audit_check.HEAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "AuditCheck", "{source} is not signed by an account of the school (or not by the one that "
        "wrote its last event): it was written outside KimBai."),
    audit_check.PRINCIPAL_UNGRANTED: QT_TRANSLATE_NOOP(
        "AuditCheck", "The list of keys makes the account {actor} a principal, but no other "
        "principal ever gave it that role in the trail: someone made themselves principal "
        "outside KimBai."),
    audit_check.HEAD_MISSING: QT_TRANSLATE_NOOP(
        "AuditCheck", "The file kimbai.head beside the keys is missing: it was deleted."),
    audit_check.HEAD_UNREADABLE: QT_TRANSLATE_NOOP(
        "AuditCheck", "The file kimbai.head beside the keys cannot be read or belongs to another "
        "database: it was changed by hand."),
}
_HEAD_FILE = QT_TRANSLATE_NOOP("AuditCheck", "The head kept beside the keys (kimbai.head)")
_BACKUP = QT_TRANSLATE_NOOP("AuditCheck", "The backup of {date}")
_REPORT = QT_TRANSLATE_NOOP("AuditCheck", "The printed report")
INTACT = QT_TRANSLATE_NOOP(
    "AuditCheck", "Audit trail intact: {count} events, each signed by the account that acted "
    "({legacy} from before signing began); head {head}. Compared with kimbai.head and {backups} "
    "backup(s).")
NOT_INTACT = QT_TRANSLATE_NOOP("AuditCheck", "The audit trail is NOT intact:")
WHAT_TO_DO = QT_TRANSLATE_NOOP(
    "AuditCheck", "Do not delete anything. Tell the principal and the chair of the school's "
    "child-protection board; keep the backups and the printed reports: they show what the trail "
    "held.")


def source_text(source: str, tr: Tr) -> str:
    if source == HEAD_FILE_SOURCE:
        return tr(_HEAD_FILE)
    if source == REPORT_SOURCE:
        return tr(_REPORT)
    if source.startswith("backup "):
        when = datetime.fromisoformat(source.removeprefix("backup "))
        return tr(_BACKUP).format(date=format_date(school_time(when).date()))
    return source


def finding_text(f: Finding, tr: Tr) -> str:
    return tr(_TEXT[f.kind]).format(event=f.event_id, count=f.count, actor=f.actor,
                                    source=source_text(f.source, tr))


def report_lines(report: AuditReport, tr: Tr) -> list[str]:
    """The verdict in sentences: one line when intact, else a title, each finding, what to do."""
    if report.ok:
        return [tr(INTACT).format(count=report.count, legacy=report.legacy,
                                  head=report.head_hash, backups=report.backups_compared)]
    return [tr(NOT_INTACT), *(finding_text(f, tr) for f in report.findings), tr(WHAT_TO_DO)]
