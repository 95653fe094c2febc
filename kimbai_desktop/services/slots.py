"""Which keyslots may open the database: the list of legitimate slots kept *inside* the encrypted
database, checked at every unlock, and the view of every slot for ``users list``.

Why inside the database: kimbai.keys can be edited by anyone who can write the folder. A slot that
is not in this list (by slot id and public key, for its own account or as the recovery slot)
cannot sign in, whatever kimbai.keys says, and a rotation never carries it over. Without the data
key nobody can add to the list; a holder of the data key still could, which the principals'
signatures (issue 14, point 4) will close. The list is a setting (JSON), so no schema change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.storage.keyslots import RECOVERY_TAG, KeyslotFile, Slot
from kimbai_desktop.storage.models import Account, Setting

SETTING_KEYSLOTS = "keyslots"
RECOVERY = "recovery"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


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


def read_registry(s: Session) -> dict[str, dict[str, str]] | None:
    """slot id → {"owner": "account:<id>" | "recovery", "public": <key>}; None before the first
    unlock after an upgrade."""
    row = s.get(Setting, SETTING_KEYSLOTS)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
        return {str(k): {"owner": str(v["owner"]), "public": str(v["public"])}
                for k, v in dict(value).items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}  # unreadable: nothing is legitimate until a principal rotates the key


def write_registry(s: Session, registry: dict[str, dict[str, str]]) -> None:
    value = json.dumps(registry, sort_keys=True)
    row = s.get(Setting, SETTING_KEYSLOTS)
    if row is None:
        s.add(Setting(key=SETTING_KEYSLOTS, value=value))
    else:
        row.value = value


def register(s: Session, slot: Slot, owner: str, *, replace: bool = False) -> None:
    """Make ``slot`` legitimate for ``owner`` (``replace``: its earlier slots stop being so)."""
    registry = read_registry(s) or {}
    if replace:
        registry = {k: v for k, v in registry.items() if v["owner"] != owner}
    registry[slot.slot_id] = {"owner": owner, "public": slot.public}
    write_registry(s, registry)


def unregister_owner(s: Session, owner: str) -> None:
    registry = read_registry(s) or {}
    write_registry(s, {k: v for k, v in registry.items() if v["owner"] != owner})


def is_legitimate(registry: dict[str, dict[str, str]], slot: Slot, owner: str) -> bool:
    entry = registry.get(slot.slot_id)
    return entry is not None and entry["owner"] == owner and entry["public"] == slot.public


def prepare(s: Session, keys: KeyslotFile) -> dict[str, dict[str, str]]:
    """At unlock: the list, made from kimbai.keys the first time (a school from an earlier
    version: each active account's slot and the recovery slot), and without the entries whose
    slot is no longer in the file (a crash between a database change and the file's)."""
    registry = read_registry(s)
    if registry is None:
        registry = {}
        for account in s.scalars(select(Account).where(Account.active.is_(True))):
            tag = keys.account_tag(account.username)
            if keys.count_tag(tag) == 1:
                slot = keys.find(tag)
                assert slot is not None
                registry[slot.slot_id] = {"owner": owner_of_account(account.id),
                                          "public": slot.public}
        recovery = keys.find(RECOVERY_TAG)
        if recovery is not None and keys.count_tag(RECOVERY_TAG) == 1:
            registry[recovery.slot_id] = {"owner": RECOVERY, "public": recovery.public}
        write_registry(s, registry)
        return registry
    present = {slot.slot_id: slot.public for slot in keys.slots}
    kept = {k: v for k, v in registry.items() if present.get(k) == v["public"]}
    if kept != registry:
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
    registry = read_registry(s) or {}
    accounts = {owner_of_account(a.id): a for a in s.scalars(select(Account))}
    views = []
    for slot in keys.slots:
        entry = registry.get(slot.slot_id)
        owner, active = "", False
        if entry is not None and entry["public"] == slot.public:
            if entry["owner"] == RECOVERY and slot.tag == RECOVERY_TAG:
                owner, active = RECOVERY, True
            elif entry["owner"] in accounts:
                account = accounts[entry["owner"]]
                if keys.account_tag(account.username) == slot.tag:
                    owner = account.username
                    active = account.active
        views.append(SlotView(slot.slot_id, owner, active))
    return views
