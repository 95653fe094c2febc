"""Which keyslots may open the database: the list of legitimate slots kept *inside* the encrypted
database, checked at every unlock, and the view of every slot for ``users list``.

Why inside the database: kimbai.keys can be edited by anyone who can write the folder. A slot that
is not in this list (by slot id and public key, for its own account or as the recovery slot)
cannot sign in, whatever kimbai.keys says, and a rotation never carries it over. The list is a
setting (JSON), so no schema change.

Signed by a principal (issue 14): each entry also holds the slot's Ed25519 verify key
(``verify``, the key its account signs audit events with), whether it is a principal's slot
(``principal``: a principal account's, or the recovery slot) and whether it is ``retired`` (a
replaced or removed slot: never deleted, so the events it signed stay verifiable). The whole list
is signed ("keyslots_signature") by a principal slot of the list over its canonical JSON and the
database id. The rule, for every writer of the list:

- A principal (or the recovery key's session, which acts for a principal) writes and signs:
  set-up (the first principal), adding an account, a password reset, a new recovery key, a key
  rotation and a removal are all principal actions, so they sign as they write.
- Anyone else never rewrites a signed list. Their own password change (a new slot for their own
  account) is kept aside as pending ("keyslots_pending"), signed by the slot it replaces: it
  takes effect because that signature proves it, and no one can add a slot for another account
  that way. At their sign-in, retirements (a slot gone from kimbai.keys) apply in memory only,
  and the verify key of a slot made before signing waits in "keyslots_pending_verify". The next
  principal sign-in counter-signs all of it into the list.
- A list without a valid principal signature is accepted only before signing started (a school
  upgraded from schema 0009, until its first principal sign-in writes the audit marker event,
  storage/audit_check.py); after that, every sign-in refuses it (KeyListChanged), because a
  holder of the data key who is not a principal cannot sign it: a ghost slot added by hand, a
  verify key swapped, a teacher marked principal, all show as a bad signature.
- The signer must be an active principal entry whose account is an active principal in the
  database (or the recovery slot).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import DatabaseDamaged, KimbaiError
from kimbai_desktop.storage.audit import SIGNER
from kimbai_desktop.storage.keyslots import RECOVERY_TAG, KeyslotFile, Slot
from kimbai_desktop.storage.models import Account, AuditEvent, Setting
from kimbai_desktop.storage.sealbox import AccountKeys, verify

SETTING_KEYSLOTS = "keyslots"
SETTING_SIGNATURE = "keyslots_signature"
SETTING_PENDING = "keyslots_pending"  # own new slots of non-principals, signed by the old slot
SETTING_PENDING_VERIFY = "keyslots_pending_verify"  # slot id → verify key (slots before signing)
RECOVERY = "recovery"
MARKER_ACTION = "audit_signing"  # AuditAction.AUDIT_SIGNING: signing started (see module doc)
_FIELDS = ("owner", "public", "verify", "principal", "retired")
_SIGNED = b"kimbai keyslot list v1\x1f"
_PENDING = b"kimbai pending keyslot v1\x1f"
Registry = dict[str, dict[str, str]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class KeyListChanged(DatabaseDamaged):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The school's list of keys was changed by someone who is not a principal (it "
        "no longer carries a principal's signature). Nobody can sign in until it is put right: "
        "the principal restores the latest good backup (Data > Restore from a backup) and "
        "changes the passwords of the accounts that could reach the data folder.")


class UnknownKeyslot(KimbaiError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This password opens a key that does not belong to any account of the school "
        "(the key file was changed by hand). It was refused and recorded. Tell the principal.")


def owner_of_account(account_id: int) -> str:
    return f"account:{account_id}"


@dataclass(frozen=True)
class SlotView:
    """One slot of kimbai.keys as ``users list`` shows it."""

    slot_id: str
    owner: str  # account name, "recovery", or "" (belongs to no account)
    active: bool  # may open the database


def read_registry(s: Session) -> Registry | None:
    """The stored list: slot id → {"owner": "account:<id>" | "recovery", "public", "verify",
    "principal", "retired"}; None before the first unlock after an upgrade."""
    row = s.get(Setting, SETTING_KEYSLOTS)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
        return {str(k): {"owner": str(v["owner"]), "public": str(v["public"]),
                         **{f: str(v.get(f, "")) for f in _FIELDS[2:]}}
                for k, v in dict(value).items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}  # unreadable: nothing is legitimate until a principal rotates the key


def _set(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def _drop(s: Session, key: str) -> None:
    row = s.get(Setting, key)
    if row is not None:
        s.delete(row)
        s.flush()


def write_registry(s: Session, registry: Registry) -> None:
    """Store the list (pending changes are in it now), signed by the writing session's key when
    it is a principal's (module doc)."""
    signer: AccountKeys | None = s.info.get(SIGNER)
    principal = signer is not None and _is_principal_slot(s, registry, signer.slot_id)
    if signer is not None and principal and not registry[signer.slot_id].get("verify"):
        # Its own entry, made before signing: the principal's own verify key goes in.
        own = base64.b64encode(signer.verify_key).decode()
        registry = {**registry, signer.slot_id: {**registry[signer.slot_id], "verify": own}}
    _set(s, SETTING_KEYSLOTS, json.dumps(registry, sort_keys=True))
    _drop(s, SETTING_PENDING)
    _drop(s, SETTING_PENDING_VERIFY)
    if signer is not None and principal:
        sign_registry(s, signer)


def register(s: Session, slot: Slot, owner: str, *, replace: bool = False, verify_key: str = "",
             principal: bool = False) -> None:
    """Make ``slot`` legitimate for ``owner`` (``replace``: its earlier slots are retired).

    Written into the list by a principal (or before signing started); an account that is not a
    principal changing its own password adds it as pending, signed by the slot it replaces."""
    registry = effective(s)
    signer = s.info.get(SIGNER)
    entry = {"owner": owner, "public": slot.public, "verify": verify_key,
             "principal": "1" if principal or owner == RECOVERY else "", "retired": ""}
    if (signer is not None and not _is_principal_slot(s, registry, signer.slot_id)
            and _signed_mode(s)):
        by = registry.get(signer.slot_id)
        if by is None or by["owner"] != owner or entry["principal"]:
            raise KeyListChanged()  # only one's own, non-principal slot can be pending
        pending = _pending(s)
        body = {**entry, "by": signer.slot_id, "replace": "1" if replace else ""}
        body["signature"] = base64.b64encode(
            signer.sign(_pending_message(slot.slot_id, body))).decode()
        pending[slot.slot_id] = body
        _set(s, SETTING_PENDING, json.dumps(pending, sort_keys=True))
        return
    if replace:
        registry = _retired(registry, lambda k, v: v["owner"] == owner and k != slot.slot_id)
    registry[slot.slot_id] = entry
    write_registry(s, registry)


def unregister_owner(s: Session, owner: str) -> None:
    write_registry(s, _retired(effective(s), lambda _k, v: v["owner"] == owner))


def set_principal(s: Session, owner: str, principal: bool) -> None:
    """A role change by a principal: the account's active slots are (no longer) principal ones."""
    flag = "1" if principal else ""
    registry = effective(s)
    changed = {k: ({**v, "principal": flag} if v["owner"] == owner and not v.get("retired")
                   else v) for k, v in registry.items()}
    write_registry(s, changed)


def _retired(registry: Registry, which: Callable[[str, dict[str, str]], bool]) -> Registry:
    return {k: ({**v, "retired": "1"} if which(k, v) else v) for k, v in registry.items()}


def is_legitimate(registry: Registry, slot: Slot, owner: str) -> bool:
    entry = registry.get(slot.slot_id)
    return (entry is not None and not entry.get("retired") and entry["owner"] == owner
            and entry["public"] == slot.public)


# -- pending changes of non-principals -----------------------------------------------------------


def _pending(s: Session) -> Registry:
    row = s.get(Setting, SETTING_PENDING)
    try:
        return ({str(k): {str(f): str(x) for f, x in dict(v).items()}
                 for k, v in dict(json.loads(row.value)).items()} if row else {})
    except (ValueError, TypeError, AttributeError):
        return {}


def _pending_message(slot_id: str, body: dict[str, str]) -> bytes:
    fields = {k: v for k, v in body.items() if k != "signature"}
    return _PENDING + slot_id.encode() + b"\x1f" + json.dumps(
        fields, sort_keys=True, separators=(",", ":")).encode("utf-8")


def pending_verify_keys(s: Session) -> dict[str, str]:
    row = s.get(Setting, SETTING_PENDING_VERIFY)
    try:
        return {str(k): str(v) for k, v in dict(json.loads(row.value)).items()} if row else {}
    except (ValueError, TypeError, AttributeError):
        return {}


def effective(s: Session, stored: Registry | None = None) -> Registry:
    """The stored list with the pending changes that prove themselves: a new slot signed by an
    active slot of the same account (its own password change), and the verify keys of slots made
    before signing (only for entries that have none)."""
    registry = dict(stored if stored is not None else (read_registry(s) or {}))
    pending = _pending(s)
    changed = True
    while changed:
        changed = False
        for slot_id, body in list(pending.items()):
            by = registry.get(body.get("by", ""))
            if slot_id in registry or by is None or by.get("retired") or not by.get("verify"):
                continue
            try:
                signature = base64.b64decode(body.get("signature", ""), validate=True)
                by_key = base64.b64decode(by["verify"], validate=True)
            except ValueError:
                continue
            if (by["owner"] != body.get("owner") or body.get("principal")
                    or not verify(by_key, signature, _pending_message(slot_id, body))):
                continue
            if body.get("replace"):
                owner = body["owner"]
                registry = _retired(registry, lambda _k, v: v["owner"] == owner)  # noqa: B023
            registry[slot_id] = {f: body.get(f, "") for f in _FIELDS}
            del pending[slot_id]
            changed = True
    for slot_id, verify_key in pending_verify_keys(s).items():
        item = registry.get(slot_id)
        if item is not None and not item.get("verify"):
            registry[slot_id] = {**item, "verify": verify_key}
    return registry


# -- the principal's signature ------------------------------------------------------------------


def _db_id(s: Session) -> str:
    row = s.get(Setting, "db_id")
    return str(json.loads(row.value)) if row is not None else ""


def _message(s: Session, registry: Registry) -> bytes:
    canonical = json.dumps(registry, sort_keys=True, separators=(",", ":"))
    return _SIGNED + _db_id(s).encode("utf-8") + b"\x1f" + canonical.encode("utf-8")


def sign_registry(s: Session, keys: AccountKeys) -> None:
    """Sign the stored list with ``keys`` (a principal's slot; see the module doc)."""
    signature = keys.sign(_message(s, read_registry(s) or {}))
    _set(s, SETTING_SIGNATURE, json.dumps({"signer": keys.slot_id,
                                           "signature": base64.b64encode(signature).decode()}))


def signing_started(s: Session) -> bool:
    """Whether the marker event was written (after it, the list must carry a signature)."""
    return s.scalar(select(AuditEvent.id).where(AuditEvent.action == MARKER_ACTION)
                    .limit(1)) is not None


def _any_signed_event(s: Session) -> bool:
    return s.scalar(select(AuditEvent.id).where(AuditEvent.signature != "")
                    .order_by(AuditEvent.id.desc()).limit(1)) is not None


def _signed_mode(s: Session) -> bool:
    """A new school signs from set-up; an upgraded one from its marker event. Once any event
    is signed, so must the list be."""
    return (s.get(Setting, SETTING_SIGNATURE) is not None or signing_started(s)
            or _any_signed_event(s))


def _account_of(s: Session, owner: str) -> Account | None:
    if not owner.startswith("account:"):
        return None
    try:
        return s.get(Account, int(owner.split(":", 1)[1]))
    except ValueError:
        return None


def _is_principal_slot(s: Session, registry: Registry, slot_id: str) -> bool:
    entry = registry.get(slot_id)
    if entry is None or entry.get("retired") or entry.get("principal") != "1":
        return False
    if entry["owner"] == RECOVERY:
        return True
    account = _account_of(s, entry["owner"])
    return account is not None and account.role == Role.PRINCIPAL.value and bool(account.active)


def is_principal_slot(s: Session, slot_id: str) -> bool:
    """Whether ``slot_id`` may sign the list (an active principal's slot, or the recovery's)."""
    return _is_principal_slot(s, effective(s), slot_id)


def principal_signer(s: Session) -> str | None:
    """The principal slot whose valid signature the stored list carries, or None."""
    row = s.get(Setting, SETTING_SIGNATURE)
    registry = read_registry(s)
    if row is None or registry is None:
        return None
    try:
        raw = json.loads(row.value)
        signer, signature = str(raw["signer"]), base64.b64decode(str(raw["signature"]))
        verify_key = base64.b64decode(registry[signer]["verify"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    if not verify_key or not _is_principal_slot(s, registry, signer):
        return None
    return signer if verify(verify_key, signature, _message(s, registry)) else None


def require_trusted(s: Session) -> None:
    """KeyListChanged unless the stored list carries a principal's signature, or signing has not
    started (a school upgraded from schema 0009, before its first principal sign-in)."""
    if principal_signer(s) is not None:
        return
    if not _signed_mode(s):
        return
    raise KeyListChanged()


def note_verify_key(s: Session, keys: AccountKeys) -> None:
    """At sign-in: make the signed-in slot's verify key known. A principal writes it and every
    pending change into the list and signs it (the counter-signature); anyone else leaves a
    verify key that was unknown (a slot made before signing) pending."""
    own = base64.b64encode(keys.verify_key).decode()
    registry = effective(s)
    if _is_principal_slot(s, registry, keys.slot_id):
        mine = registry[keys.slot_id]
        if mine.get("verify") != own:
            registry[keys.slot_id] = {**mine, "verify": own}
        if (registry != read_registry(s) or principal_signer(s) != keys.slot_id
                or s.get(Setting, SETTING_PENDING) is not None
                or s.get(Setting, SETTING_PENDING_VERIFY) is not None):
            write_registry(s, registry)
            sign_registry(s, keys)
        return
    item = registry.get(keys.slot_id)
    if item is not None and not item.get("verify"):
        pending = pending_verify_keys(s)
        pending[keys.slot_id] = own
        _set(s, SETTING_PENDING_VERIFY, json.dumps(pending, sort_keys=True))


def prepare(s: Session, keys: KeyslotFile) -> Registry:
    """At unlock: the list in effect, made from kimbai.keys the first time (a school from an
    earlier version: each active account's slot and the recovery slot), with the entries whose
    slot is no longer in the file retired (a crash between a database change and the file's).
    The retirements are stored only by a principal or before signing (module doc)."""
    stored = read_registry(s)
    if stored is None:
        registry: Registry = {}
        for account in s.scalars(select(Account).where(Account.active.is_(True))):
            tag = keys.account_tag(account.username)
            if keys.count_tag(tag) == 1:
                slot = keys.find(tag)
                assert slot is not None
                registry[slot.slot_id] = {
                    "owner": owner_of_account(account.id), "public": slot.public, "verify": "",
                    "principal": "1" if account.role == Role.PRINCIPAL.value else "",
                    "retired": ""}
        recovery = keys.find(RECOVERY_TAG)
        if recovery is not None and keys.count_tag(RECOVERY_TAG) == 1:
            registry[recovery.slot_id] = {"owner": RECOVERY, "public": recovery.public,
                                          "verify": "", "principal": "1", "retired": ""}
        write_registry(s, registry)
        return registry
    registry = effective(s, stored)
    present = {slot.slot_id: slot.public for slot in keys.slots}
    kept = _retired(registry, lambda k, v: not v.get("retired") and present.get(k) != v["public"])
    signer = s.info.get(SIGNER)
    if kept != registry and (not _signed_mode(s) or (
            signer is not None and _is_principal_slot(s, kept, signer.slot_id))):
        write_registry(s, kept)
    return kept


def check(registry: dict[str, dict[str, str]], keys: KeyslotFile, slot_id: str, tag: str,
          owner: str) -> None:
    """Raise UnknownKeyslot unless the slot that opened (``slot_id``, found by ``tag``) is one
    registered for ``owner``."""
    slot = next((s for s in keys.slots if s.slot_id == slot_id and s.tag == tag), None)
    if slot is None or not is_legitimate(registry, slot, owner):
        raise UnknownKeyslot()


def slot_views(s: Session, keys: KeyslotFile) -> list[SlotView]:
    """Every slot in kimbai.keys, with whom it belongs to according to the database."""
    registry = effective(s)
    accounts = {owner_of_account(a.id): a for a in s.scalars(select(Account))}
    views = []
    for slot in keys.slots:
        entry = registry.get(slot.slot_id)
        owner, active = "", False
        if entry is not None and entry["public"] == slot.public and not entry.get("retired"):
            if entry["owner"] == RECOVERY and slot.tag == RECOVERY_TAG:
                owner, active = RECOVERY, True
            elif entry["owner"] in accounts:
                account = accounts[entry["owner"]]
                if keys.account_tag(account.username) == slot.tag:
                    owner = account.username
                    active = account.active
        views.append(SlotView(slot.slot_id, owner, active))
    return views
