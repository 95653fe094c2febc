"""The audit trail: append-only, hash-chained events (who, when, what, which record).

Each event's hash covers its fields and the previous event's hash, so an edited, deleted or
reordered event breaks the chain from that point; ids are consecutive, so a gap is a deletion.
SQLite triggers refuse UPDATE and DELETE on the table. The head (count and last hash) is shown so
it can be printed on reports and compared later: that is what reveals a truncated tail.
Events never hold record contents.

Since migration 0010 each event is also signed (Ed25519, storage/sealbox.py) by the key of the
account that writes it: ``signer`` is its keyslot id, ``signature`` covers the event hash (which
chains), so someone holding only the data key cannot rebuild the chain under other accounts'
names. The signing key is the one the writing session put in ``s.info[SIGNER]`` (the services'
sessions do it; see services/session.py), or ``signer=`` given. The verifier is
storage/audit_check.py; the head kept beside the keys is storage/audit_head.py.
"""

from __future__ import annotations

import base64
import hashlib
import weakref
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimbai_desktop.storage.models import AuditEvent
from kimbai_desktop.storage.sealbox import AccountKeys, signing_key_of

GENESIS = "0" * 64
SIGNER = "kimbai_audit_signer"  # Session.info key: the AccountKeys that sign this session's events
HEAD = "kimbai_audit_head"  # Session.info key: (count, hash, signer, signature) of its last event
_SIGNED = b"kimbai audit event v1\x1f"


def signed_message(event_hash_hex: str) -> bytes:
    """What an event's signature covers: its hash (which covers the previous one)."""
    return _SIGNED + event_hash_hex.encode("ascii")


# The Ed25519 key of each live AccountKeys, derived once (HKDF on every event tripled the cost of
# signing); weak, so it goes with the session's keys when the session closes.
_SIGNING_KEYS: weakref.WeakKeyDictionary[AccountKeys, Ed25519PrivateKey] = (
    weakref.WeakKeyDictionary())


def _sign(s: Session, signer: AccountKeys | None, hash_hex: str) -> tuple[str, str]:
    keys = signer if signer is not None else s.info.get(SIGNER)
    if keys is None:
        return "", ""
    key = _SIGNING_KEYS.get(keys)
    if key is None:
        key = _SIGNING_KEYS[keys] = signing_key_of(keys.private)
    signature = key.sign(signed_message(hash_hex))
    return keys.slot_id, base64.b64encode(signature).decode("ascii")


def event_hash(prev_hash: str, event_id: int, at: datetime, actor: str, action: str,
               record_type: str, record_id: str, detail: str) -> str:
    fields = [prev_hash, str(event_id), at.isoformat(timespec="microseconds"), actor, action,
              record_type, record_id, detail]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def append(s: Session, *, at: datetime, actor: str, action: str, user_id: int | None = None,
           record_type: str = "", record_id: str = "", detail: str = "",
           signer: AccountKeys | None = None) -> AuditEvent:
    """Add the next event inside the caller's transaction (it commits with the change it records),
    signed by ``signer`` or the session's signing key.

    The engine begins every transaction with BEGIN IMMEDIATE, so two writers cannot read the
    same chain head.
    """
    last = s.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc())
                     .limit(1)).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    event_id = prev_id + 1
    at = at.replace(tzinfo=None)
    hash_hex = event_hash(prev_hash, event_id, at, actor, action, record_type, record_id, detail)
    slot_id, signature = _sign(s, signer, hash_hex)
    event = AuditEvent(
        id=event_id, at=at, user_id=user_id, actor=actor, action=action,
        record_type=record_type, record_id=record_id, detail=detail, prev_hash=prev_hash,
        hash=hash_hex, signer=slot_id, signature=signature,
    )
    s.add(event)
    s.flush()
    s.info[HEAD] = (event_id, hash_hex, slot_id, signature)
    return event


def append_many(s: Session, events: list[dict[str, object]],
                signer: AccountKeys | None = None) -> None:
    """Add many events (same keywords as :func:`append`) with one read of the chain head."""
    if not events:
        return
    last = s.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc())
                     .limit(1)).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    rows: list[AuditEvent] = []
    for e in events:
        prev_id += 1
        at = e["at"].replace(tzinfo=None)  # type: ignore[attr-defined]
        actor, action = str(e["actor"]), str(e["action"])
        record_type, record_id = str(e.get("record_type", "")), str(e.get("record_id", ""))
        detail = str(e.get("detail", ""))
        prev_hash = event_hash(prev_hash, prev_id, at, actor, action, record_type, record_id,
                               detail)
        slot_id, signature = _sign(s, signer, prev_hash)
        rows.append(AuditEvent(id=prev_id, at=at, user_id=e.get("user_id"), actor=actor,
                               action=action, record_type=record_type, record_id=record_id,
                               detail=detail, prev_hash=rows[-1].hash if rows else
                               (last[1] if last else GENESIS), hash=prev_hash, signer=slot_id,
                               signature=signature))
    s.add_all(rows)
    s.flush()
    s.info[HEAD] = (rows[-1].id, rows[-1].hash, rows[-1].signer, rows[-1].signature)


@dataclass(frozen=True)
class ChainStatus:
    ok: bool
    count: int
    head_hash: str
    first_broken_id: int | None  # the first event that does not fit the chain


def verify(s: Session) -> ChainStatus:
    prev_hash, expected_id, count = GENESIS, 1, 0
    for ev in s.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(500):
        computed = event_hash(prev_hash, ev.id, ev.at, ev.actor, ev.action, ev.record_type,
                              ev.record_id, ev.detail)
        if ev.id != expected_id or ev.prev_hash != prev_hash or ev.hash != computed:
            return ChainStatus(False, count, prev_hash, ev.id)
        prev_hash, expected_id, count = ev.hash, expected_id + 1, count + 1
    return ChainStatus(True, count, prev_hash, None)


def head(s: Session) -> tuple[int, str]:
    last = s.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc())
                     .limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)
