"""Verifying the audit trail in slices: the hash chain, every event's signature, and the heads
kept outside the database (kimbai.head, backups, printed reports).

Rules checked (storage/audit.py says how events are written):
- the chain: consecutive ids, each ``prev_hash`` the hash before it, each hash recomputed;
- signatures: events numbered up to ``legacy_until`` (written before migration 0010) may be
  unsigned ("before signing"); every later one must carry a valid Ed25519 signature by a slot of
  the list of keyslots (retired slots included), and that slot must belong to the account named
  as the event's actor (or be the recovery slot, which acts for a principal). Events that one
  account records for another (failed sign-ins audited at the next unlock, a rotation finished
  at the next start) are signed by whoever recorded them: any known slot will do for those;
- the marker event written at the first principal sign-in after the upgrade names the
  ``legacy_until`` it started from: a changed setting is found;
- every principal slot of the list belongs to an account made principal at set-up, before
  signing, or by a signed event of another account: a data-key holder who marks their own slot
  principal and signs the list with it is found here;
- a head (count, hash) must fit the chain: more events than the database holds is a cut tail,
  another hash at that number is a rewritten trail; its signature must be a known slot's, and
  kimbai.head must be signed by the slot that signed its last event.

A :class:`ChainVerifier` walks ``SLICE`` events per :meth:`step` so a caller can yield between
slices (the window's start-up check does, see gui/app_controller.py). Hand-written: it is the
checking half of this program's own format.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kimbai_desktop.storage.audit import GENESIS, event_hash, signed_message
from kimbai_desktop.storage.audit_head import Head
from kimbai_desktop.storage.models import AuditEvent

SETTING_SIGNING = "audit_signing"  # {"legacy_until": N}, written by migration 0010
MARKER = "audit_signing"
SLICE = 500  # about 0.05-0.15 s of Ed25519 checks: the longest the worker is held
FOR_OTHERS = frozenset({"sign_in_failed", "key_rotate", "account_remove"})
RECOVERY = "recovery"


def legacy_until(value: str | None) -> int:
    try:
        return max(0, int(json.loads(value or "{}").get("legacy_until", 0)))
    except (ValueError, TypeError, AttributeError):
        return 0


@dataclass(frozen=True)
class SignerInfo:
    verify: bytes
    owner: str  # "account:<id>", "recovery"


@dataclass(frozen=True)
class Finding:
    """One thing found. ``kind`` is one of the constants below; the rest fills its sentence."""

    kind: str
    event_id: int = 0
    count: int = 0  # how many events are affected (or: the head's count)
    source: str = ""  # "head file", "backup <date>", "report"
    actor: str = ""


BROKEN_LINK = "broken_link"  # event does not fit the chain (edited, deleted, reordered)
UNSIGNED = "unsigned"  # no signature after signing started
BAD_SIGNATURE = "bad_signature"
UNKNOWN_SIGNER = "unknown_signer"
WRONG_SIGNER = "wrong_signer"  # signed by a key of another account than the actor
LEGACY_CHANGED = "legacy_changed"
HEAD_AHEAD = "head_ahead"  # a head shows more events than the database: tail cut
HEAD_MISMATCH = "head_mismatch"  # the event at the head's number has another hash
HEAD_SIGNATURE = "head_signature"  # the head's signature is not a known slot's (or not its last)
HEAD_MISSING = "head_missing"
HEAD_UNREADABLE = "head_unreadable"
PRINCIPAL_UNGRANTED = "principal_ungranted"  # a principal slot no one else ever made principal


@dataclass
class ChainVerifier:
    signers: dict[str, SignerInfo]
    legacy_until: int
    watch: set[int] = field(default_factory=set)  # event numbers whose hash and signer to keep
    prev_hash: str = GENESIS
    next_id: int = 1
    count: int = 0
    legacy: int = 0
    done: bool = False
    findings: list[Finding] = field(default_factory=list)
    seen: dict[int, tuple[str, str]] = field(default_factory=dict)  # number → (hash, signer)
    # Accounts made principal by someone else (a valid event signed by another account), at
    # set-up, or before signing: a principal's slot in the list needs one (module doc).
    granted: set[int] = field(default_factory=set)
    _keys: dict[str, Ed25519PublicKey | None] = field(default_factory=dict)
    _tally: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.count

    def step(self, s: Session, limit: int = SLICE) -> bool:
        """Check the next ``limit`` events; True once the whole trail is checked."""
        if self.done:
            return True
        e = AuditEvent
        rows = s.execute(select(e.id, e.at, e.user_id, e.actor, e.action, e.record_type,
                                e.record_id, e.detail, e.prev_hash, e.hash, e.signer,
                                e.signature).where(e.id >= self.next_id).order_by(e.id)
                         .limit(limit)).all()
        for row in rows:
            self._event(row)
        if len(rows) < limit:
            self.done = True
            self._close()
        return self.done

    def _event(self, row) -> None:  # type: ignore[no-untyped-def]
        (ev_id, at, user_id, actor, action, record_type, record_id, detail, prev_hash,
         hash_hex, signer, signature) = row
        computed = event_hash(self.prev_hash, ev_id, at, actor, action, record_type, record_id,
                              detail)
        if ev_id != self.next_id or prev_hash != self.prev_hash or hash_hex != computed:
            self._find(BROKEN_LINK, ev_id)
        if ev_id in self.watch:
            self.seen[ev_id] = (hash_hex, signer)
        self.prev_hash, self.next_id, self.count = hash_hex, ev_id + 1, self.count + 1
        if action == MARKER and detail != f"legacy {self.legacy_until}":
            self._find(LEGACY_CHANGED, ev_id)
        grant = (action in ("account_create", "account_change") and record_type == "account"
                 and ("role=principal" in detail or detail == "setup"))
        if not signature:
            if ev_id <= self.legacy_until:
                self.legacy += 1
                if grant:
                    self._grant(record_id)
            else:
                self._find(UNSIGNED, ev_id)
            return
        info = self.signers.get(signer)
        key = self._key(signer)
        if info is None or key is None:
            if action != "sign_in_failed":  # a refused key slot signs its own refusal
                self._find(UNKNOWN_SIGNER, ev_id)
            return
        try:
            key.verify(base64.b64decode(signature), signed_message(hash_hex))
        except (InvalidSignature, ValueError):
            self._find(BAD_SIGNATURE, ev_id)
            return
        if info.owner != RECOVERY and action not in FOR_OTHERS and \
                info.owner != f"account:{user_id}":
            self._find(WRONG_SIGNER, ev_id, actor=actor)
        elif grant and (detail == "setup" or info.owner != f"account:{record_id}"):
            self._grant(record_id)  # nobody makes themselves principal

    def _grant(self, record_id: str) -> None:
        if record_id.isdigit():
            self.granted.add(int(record_id))

    def _key(self, slot_id: str) -> Ed25519PublicKey | None:
        if slot_id not in self._keys:
            info = self.signers.get(slot_id)
            try:
                self._keys[slot_id] = (Ed25519PublicKey.from_public_bytes(info.verify)
                                       if info is not None else None)
            except ValueError:
                self._keys[slot_id] = None
        return self._keys[slot_id]

    def _find(self, kind: str, event_id: int, actor: str = "") -> None:
        self._tally[kind] = self._tally.get(kind, 0) + 1
        if self._tally[kind] == 1:
            self.findings.append(Finding(kind, event_id, 0, "", actor))

    def _close(self) -> None:
        self.findings = [Finding(f.kind, f.event_id, self._tally.get(f.kind, 1), f.source, f.actor)
                         for f in self.findings]

    # -- heads ---------------------------------------------------------------------------------

    def compare_head(self, head: Head, source: str, db_id: str, *,
                     same_signer: bool = False) -> list[Finding]:
        """What is wrong with ``head`` (from ``source``) against the checked chain."""
        found: list[Finding] = []
        if head.count > self.count:
            found.append(Finding(HEAD_AHEAD, self.count, head.count, source))
        elif head.count > 0:
            hash_hex, signer = self.seen.get(head.count, ("", ""))
            if not head.hash or not hash_hex.startswith(head.hash):  # printed: a prefix
                found.append(Finding(HEAD_MISMATCH, head.count, head.count, source))
            elif same_signer and signer != head.signer:
                found.append(Finding(HEAD_SIGNATURE, head.count, head.count, source))
        info = self.signers.get(head.signer)
        if head.signer or head.signature:
            if info is None or not head.verified_by(db_id, info.verify):
                found.append(Finding(HEAD_SIGNATURE, head.count, head.count, source))
        return found
