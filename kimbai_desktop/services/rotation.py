"""Data-key rotation as a transaction: a departing staff member's access ends only when the new key
is committed and the old slots are gone; a crash or a full disk at any point is finished or rolled
back at the next start, which says which.

Steps (all under the keyslot file's lock):
1. ``kimbai.keys.pending``: the legitimate slots only (services/slots.py) minus the removed
   accounts', sealed to a new data key, with the rotation record (who is removed) inside the seal.
2. ``PRAGMA rekey``: one SQLite transaction; the database is under the old key or the new one.
3. The pending file replaces kimbai.keys: the old slots are gone.
4. One database transaction: the removed accounts are marked removed, their slots leave the list
   of legitimate slots, the audit events are written, the rotation id is recorded.
5. The rotation record leaves kimbai.keys; automatic backups under the old key are retired.
At the next unlock, whichever key opens the database decides: the pending file's (finish 3-5) or
the current one's (roll back: the pending file is deleted).
"""

from __future__ import annotations

import os
import secrets
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.clock import Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    DatabaseDamaged,
    KimbaiError,
    StorageFull,
    WrongPassword,
)
from kimbai_desktop.domain.school import normalize_username
from kimbai_desktop.services import chain_head, slots
from kimbai_desktop.storage import audit, keystore
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.engine import create_cipher_engine, raw_connect, writer
from kimbai_desktop.storage.files import fsync_dir
from kimbai_desktop.storage.keyslots import KeyslotFile, new_data_key
from kimbai_desktop.storage.models import Account, Setting
from kimbai_desktop.storage.sealbox import AccountKeys

if TYPE_CHECKING:
    from kimbai_desktop.services.session import AppSession

SETTING_LAST_ROTATION = "last_key_rotation"
AUTO_DIR = "auto"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "That account does not exist.")
NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "Errors", "You cannot deactivate or remove your own account. Ask another principal.")
LAST_PRINCIPAL = QT_TRANSLATE_NOOP(
    "Errors", "The school must keep at least one active principal account. Add another principal "
    "first.")


class RotationUnfinished(KimbaiError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The database is already under the new key, but the disk is full, so the "
        "change of accounts could not be recorded yet. Free some space and sign in again: the "
        "program will finish the change.")


class Outcome(Enum):
    FINISHED = "finished"  # an interrupted rotation was completed
    ROLLED_BACK = "rolled_back"  # an interrupted rotation was undone: nothing changed


OUTCOME_TEXT = {
    Outcome.FINISHED: QT_TRANSLATE_NOOP(
        "Errors", "A change of the data key had been interrupted; it has now been finished. The "
        "removed accounts can no longer sign in."),
    Outcome.ROLLED_BACK: QT_TRANSLATE_NOOP(
        "Errors", "A change of the data key had been interrupted before it took effect; it has "
        "been undone and nothing was changed. Run it again (kimbai rotate-key)."),
}


# -- rotating ---------------------------------------------------------------------------------


def rotate_data_key(session: AppSession, remove_usernames: tuple[str, ...] = ()) -> None:
    """Re-encrypt the database under a new data key, sealed only to the legitimate slots of the
    accounts that stay and the recovery slot. ``remove_usernames`` lose their access, recorded
    only once it is gone. Existing automatic backups (under the old key) are replaced by one
    under the new key."""
    session.require(Permission.ROTATE_KEY)
    folder, old_key = session.folder, session.data_key
    removed = _accounts_to_remove(session, remove_usernames)
    with keystore.locked(folder):
        keys = keystore.read_for_update(folder)
        keys.verify_seal(old_key)
        with session.db() as s:
            registry = slots.prepare(s, keys)
            active = {a.id: a for a in s.scalars(select(Account).where(Account.active.is_(True)))}
        keep = []
        for slot in keys.slots:
            entry = registry.get(slot.slot_id)
            if entry is None or entry["public"] != slot.public or entry.get("retired"):
                continue  # a slot that belongs to no account is never carried over
            owner = entry["owner"]
            if owner == slots.RECOVERY:
                keep.append(slot)
            elif owner.startswith("account:"):
                account = active.get(int(owner.split(":", 1)[1]))
                if (account is not None and account.id not in removed
                        and keys.account_tag(account.username) == slot.tag):
                    keep.append(slot)
        new_key = new_data_key()
        started = datetime.now(UTC)  # compared with file times (backups to retire): real time
        pending = KeyslotFile(db_id=keys.db_id, tag_salt=keys.tag_salt, slots=keep,
                              attempts=dict(keys.attempts), failed=list(keys.failed))
        pending.reseal_all(new_key)
        pending.rotation = {"id": secrets.token_hex(8), "removed": sorted(removed),
                            "by": session.user.id, "started_at": started.isoformat(),
                            "slots": sorted(s.slot_id for s in keep)}
        try:
            keystore.write(folder, pending, new_key, pending=True)
        except StorageFull:
            folder.pending_keys_path.unlink(missing_ok=True)
            raise
        session.engine.dispose()
        failure: BaseException | None = None
        try:
            _rekey(folder.db_path, old_key, new_key)
        except BaseException as exc:  # noqa: BLE001 - decided below by what opens the file
            failure = exc
        # The re-key is one SQLite transaction, but SQLCipher can fail without saying so, or
        # fail after its commit (the checkpoint on a full disk): only the key that opens the
        # database decides, and the new slots replace the old ones only if it is the new key.
        opener = _which_key(folder.db_path, new_key, old_key)
        if opener is not new_key:
            if opener is old_key:
                folder.pending_keys_path.unlink(missing_ok=True)  # rolled back: nothing changed
                session._replace_key(create_cipher_engine(folder.db_path, old_key), old_key)
            # else undecided: the next start settles it with the pending file
            if isinstance(failure, KimbaiError) or (
                    failure is not None and not isinstance(failure, Exception)):
                raise failure  # a domain error, or an interruption (Ctrl+C)
            raise StorageFull() from None  # SQLite's own failure to write: the disk
        _commit_pending(folder)
        session._replace_key(create_cipher_engine(folder.db_path, new_key), new_key)
        try:
            complete(session.engine, folder, new_key, session.clock,
                     signer=session.account_keys if session.has_account_keys else None)
        except StorageFull:
            raise RotationUnfinished() from None
    _fresh_auto_backup(session)


def _accounts_to_remove(session: AppSession, usernames: tuple[str, ...]) -> set[int]:
    removed: set[int] = set()
    with session.db() as s:
        for username in usernames:
            name = normalize_username(username)
            account = s.scalars(select(Account).where(Account.username == name)).one_or_none()
            if account is None:
                raise KimbaiError(NO_SUCH_ACCOUNT)
            if account.id == session.user.id:
                raise KimbaiError(NOT_YOURSELF)
            removed.add(account.id)
        principals = {a.id for a in s.scalars(select(Account).where(
            Account.role == Role.PRINCIPAL.value, Account.active.is_(True)))}
    if principals and principals <= removed:
        raise KimbaiError(LAST_PRINCIPAL)
    return removed


def _rekey(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = raw_connect(db_path, old_key)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _which_key(db_path: Path, *candidates: bytes) -> bytes | None:
    for key in candidates:
        try:
            raw_connect(db_path, key).close()
            return key
        except KimbaiError:
            continue
    return None


def _commit_pending(folder: DataFolder) -> None:
    """Step 3, under the lock: the counters written since step 1 move over with the slots."""
    pending = KeyslotFile.load(folder.pending_keys_path)
    current = keystore.read_for_update(folder)
    pending.attempts, pending.failed = current.attempts, current.failed
    pending.save_unsealed_part(folder.pending_keys_path)
    os.replace(folder.pending_keys_path, folder.keys_path)
    fsync_dir(folder.root)


def _fresh_auto_backup(session: AppSession) -> None:
    from kimbai_desktop.services.backup import auto_backup

    try:
        auto_backup(session, "after-rotation")
    except KimbaiError:
        pass  # the daily backup makes one; the rotation itself is complete


# -- finishing or rolling back --------------------------------------------------------------


def settle_pending(folder: DataFolder, tag: str, secret: str) -> Outcome | None:
    """Before an unlock: if a rotation was interrupted, keep whichever keyslot file opens the
    database with this secret. None when there was none, or this secret cannot tell (its
    account is not in the file whose key opens the database: it stays for the next one)."""
    if not folder.pending_keys_path.exists():
        return None
    with keystore.locked(folder):
        if not folder.pending_keys_path.exists():
            return None
        try:
            pending = KeyslotFile.load(folder.pending_keys_path)
        except KimbaiError:
            folder.pending_keys_path.unlink(missing_ok=True)  # never fully written
            return Outcome.ROLLED_BACK
        if _opens(pending, tag, secret, folder):
            _commit_pending(folder)
            return Outcome.FINISHED
        current = keystore.read(folder)
        if _opens(current, tag, secret, folder):
            folder.pending_keys_path.unlink()
            fsync_dir(folder.root)
            return Outcome.ROLLED_BACK
    return None


def _opens(keys: KeyslotFile, tag: str, secret: str, folder: DataFolder) -> bool:
    if keys.find(tag) is None:
        return False
    try:
        key = keys.unwrap(tag, secret)
        raw_connect(folder.db_path, key).close()
        return True
    except (WrongPassword, DatabaseDamaged, KimbaiError):
        return False


def complete(engine: Engine, folder: DataFolder, key: bytes, clock: Clock,
             signer: AccountKeys | None = None) -> bool:
    """Steps 4 and 5 of a rotation whose record is in kimbai.keys (now or after a crash).
    Returns True when there was one. Raises StorageFull when the database cannot be written.
    ``signer``: the account whose key signs the events (the rotating principal, or whoever
    opens the database next after a crash)."""
    with keystore.locked(folder):
        keys = keystore.read_for_update(folder)
        record = keys.rotation
        if record is None:
            return False
        keys.verify_seal(key)
        with Session(writer(engine)) as s:
            s.info[audit.SIGNER] = signer
            with s.begin():
                done = s.get(Setting, SETTING_LAST_ROTATION)
                if done is None or done.value != f'"{record["id"]}"':
                    _record(s, keys, record, clock)
            head = s.info.pop(audit.HEAD, None)
        if head is not None:
            chain_head.record(folder, engine, signer, keys.db_id, head[0], head[1])
        keys.rotation = None
        keystore.write(folder, keys, key)
    try:
        retire_old_backups(folder, datetime.fromisoformat(str(record["started_at"])))
    except (OSError, ValueError):
        pass
    return True


def _record(s: Session, keys: KeyslotFile, record: dict[str, Any], clock: Clock) -> None:
    now = clock.now()
    by = s.get(Account, int(record.get("by", 0)))
    actor = by.username if by is not None else "?"
    kept_slots = set(record.get("slots", []))
    registry = {k: (v if k in kept_slots else {**v, "retired": "1"})
                for k, v in slots.effective(s).items()}
    removed = [int(i) for i in record.get("removed", [])]
    for account_id in removed:
        account = s.get(Account, account_id)
        if account is None:
            continue
        account.active = False
        registry = {k: ({**v, "retired": "1"} if v["owner"] == slots.owner_of_account(account_id)
                        else v) for k, v in registry.items()}
        audit.append(s, at=now, actor=actor, action=AuditAction.ACCOUNT_REMOVE.value,
                     user_id=by.id if by else None, record_type="account",
                     record_id=str(account_id), detail="key rotation")
    slots.write_registry(s, registry)
    audit.append(s, at=now, actor=actor, action=AuditAction.KEY_ROTATE.value,
                 user_id=by.id if by else None, detail=f"removed={len(removed)}")
    value = f'"{record["id"]}"'
    row = s.get(Setting, SETTING_LAST_ROTATION)
    if row is None:
        s.add(Setting(key=SETTING_LAST_ROTATION, value=value))
    else:
        row.value = value


def retire_old_backups(folder: DataFolder, before: datetime) -> int:
    """Delete the automatic backups (backups/auto, and the copies made before a schema upgrade)
    made before ``before``: they are under the old key, which the removed accounts can open.
    Backups copied elsewhere are not touched (the README says what to do with them)."""
    limit = before.timestamp()
    removed = 0
    candidates = list((folder.backups_dir / AUTO_DIR).glob("*")) if (
        folder.backups_dir / AUTO_DIR).is_dir() else []
    if folder.backups_dir.is_dir():
        for db in folder.backups_dir.glob("kimbai-*-before-upgrade-*.db"):
            candidates += [db, db.with_suffix(".keys")]
        candidates += list(folder.backups_dir.glob("kimbai-keys-format1-*.keys"))
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
