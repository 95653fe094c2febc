"""Key management: the recovery key (forgotten password) and data-key rotation (a departing
staff member), both crash-safe."""

from __future__ import annotations

from pathlib import Path

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied, WrongPassword
from kimbai_desktop.domain.school import normalize_username, validate_new_password
from kimbai_desktop.services import rotation, slots
from kimbai_desktop.services.session import AppSession, open_session, require_data
from kimbai_desktop.storage import keystore, throttle
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.keyslots import (
    RECOVERY_TAG,
    new_recovery_key,
    normalize_recovery_key,
)


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
    require_data(folder)
    throttle.begin_attempt(folder, RECOVERY_TAG, clock)
    secret = normalize_recovery_key(recovery_key)
    outcome = rotation.settle_pending(folder, RECOVERY_TAG, secret)
    keys = keystore.read(folder)
    try:
        key = keys.unwrap_recovery(recovery_key)
    except WrongPassword:
        throttle.attempt_failed(folder, RECOVERY_TAG, clock)
        raise WrongRecoveryKey() from None
    name = normalize_username(username)
    session = open_session(folder, keys, key, name, clock, tag=RECOVERY_TAG,
                           slot_id=keys.opened_slot_id, action=AuditAction.RECOVERY_USED,
                           outcome=outcome, account_keys=keys.opened_keys())
    try:
        if session.user.role != Role.PRINCIPAL:
            raise PermissionDenied()
        _new_account_slot(session, new_password)
    finally:
        session.close()


def _new_account_slot(session: AppSession, new_password: str) -> None:
    from kimbai_desktop.services.accounts import _new_slot

    _new_slot(session, session.user.username, session.user.id, new_password,
              AuditAction.PASSWORD_RESET, "recovery")


def new_recovery_key_for(session: AppSession) -> str:
    """Replace the recovery key (the old sheet stops working). Shown once, like at setup."""
    session.require(Permission.ROTATE_KEY)
    recovery = new_recovery_key()
    with keystore.locked(session.folder):
        keys = keystore.read_for_update(session.folder)
        keys.verify_seal(session.data_key)
        slot = keys.add_recovery(recovery, session.data_key)
        with session.write() as s:
            slots.register(s, slot, slots.RECOVERY, verify_key=keys.verify_key_b64(slot.slot_id))
            session.audit(AuditAction.SETTINGS_CHANGE, "recovery_key", "", "new recovery key", s=s)
        keystore.write(session.folder, keys, session.data_key)
        with session.write() as s:
            slots.register(s, slot, slots.RECOVERY, replace=True,
                           verify_key=keys.verify_key_b64(slot.slot_id))
    return recovery


def rotate_data_key(session: AppSession, remove_usernames: tuple[str, ...] = ()) -> None:
    """See services/rotation.py."""
    rotation.rotate_data_key(session, remove_usernames)
