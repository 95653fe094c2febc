"""Key management: the recovery key (forgotten password) and data-key rotation (a departing
staff member), both crash-safe."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    KimbaiError,
    NotInitialized,
    PermissionDenied,
    WrongPassword,
)
from kimbai_desktop.domain.school import normalize_username, validate_new_password
from kimbai_desktop.services.session import AppSession, finish_pending_rotation, open_session
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.engine import create_cipher_engine, raw_connect
from kimbai_desktop.storage.keyslots import KeyslotFile, new_data_key, new_recovery_key
from kimbai_desktop.storage.models import Account
from kimbai_desktop.storage.throttle import UnlockThrottle


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class WrongRecoveryKey(KimbaiError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The recovery key is not correct. Check each group of characters on the "
        "printed sheet and try again.")


def reset_password_with_recovery(data_dir: Path, recovery_key: str, username: str,
                                 new_password: str, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """"Quên mật khẩu": the recovery key lets a principal account get a new password."""
    validate_new_password(new_password)
    folder = DataFolder(Path(data_dir))
    if not folder.is_initialized():
        raise NotInitialized()
    throttle = UnlockThrottle.load(folder.throttle_path, clock)
    throttle.check()
    finish_pending_rotation(folder, recovery_key=recovery_key)
    keys = KeyslotFile.load(folder.keys_path)
    try:
        key = keys.unwrap_recovery(recovery_key)
    except WrongPassword:
        throttle.record_failure("recovery")
        raise WrongRecoveryKey() from None
    name = normalize_username(username)
    session = open_session(folder, keys, key, name, clock, throttle,
                           action=AuditAction.RECOVERY_USED)
    try:
        if session.user.role != Role.PRINCIPAL:
            raise PermissionDenied()
        keys.add_account(name, new_password, key)
        with session.write() as s:
            session.audit(AuditAction.PASSWORD_RESET, "account", session.user.id, "recovery", s=s)
            keys.save(folder.keys_path, key)
    finally:
        session.close()


def new_recovery_key_for(session: AppSession) -> str:
    """Replace the recovery key (the old sheet stops working). Shown once, like at setup."""
    session.require(Permission.ROTATE_KEY)
    keys = session.load_keys()
    recovery = new_recovery_key()
    keys.add_recovery(recovery, session.data_key)
    with session.write() as s:
        session.audit(AuditAction.SETTINGS_CHANGE, "recovery_key", "", "new recovery key", s=s)
        keys.save(session.folder.keys_path, session.data_key)
    return recovery


def rotate_data_key(session: AppSession, remove_usernames: tuple[str, ...] = ()) -> None:
    """Re-encrypt the database under a new data key and re-seal it to the remaining keyslots.

    For a departing staff member who may have copied files: their account loses its keyslot and
    the old data key opens nothing any more. Crash-safe: the new keyslot file is written as
    ``kimbai.keys.pending`` first, then the database is re-keyed, then the pending file replaces
    the old one; :func:`finish_pending_rotation` completes or discards an interrupted rotation.
    Existing backups stay under the old key: make a new backup and destroy the old ones.
    """
    session.require(Permission.ROTATE_KEY)
    folder = session.folder
    keys = session.load_keys()
    removed = []
    with session.db() as s:
        for username in remove_usernames:
            name = normalize_username(username)
            account = s.scalars(select(Account).where(Account.username == name)).one_or_none()
            if account is None:
                raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "That account does not exist."))
            if account.id == session.user.id:
                raise KimbaiError(QT_TRANSLATE_NOOP(
                    "Errors", "You cannot deactivate or remove your own account. Ask another "
                    "principal."))
            removed.append(account.id)
            keys.remove(keys.account_tag(name))
    old_key, new_key = session.data_key, new_data_key()
    with session.write() as s:
        for account_id in removed:
            acc = s.get(Account, account_id)
            assert acc is not None
            acc.active = False
            session.audit(AuditAction.ACCOUNT_REMOVE, "account", account_id, "key rotation", s=s)
        session.audit(AuditAction.KEY_ROTATE, detail=f"removed={len(removed)}", s=s)
    keys.reseal_all(new_key)
    keys.save(folder.pending_keys_path, new_key)
    session.engine.dispose()
    conn = raw_connect(folder.db_path, old_key)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    _commit_pending(folder)
    session._replace_key(create_cipher_engine(folder.db_path, new_key), new_key)


def _commit_pending(folder: DataFolder) -> None:
    os.replace(folder.pending_keys_path, folder.keys_path)
