"""First-run setup (khởi tạo): a new encrypted database with the school profile, the principal's
account and a recovery key."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import AlreadyInitialized, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.school import (
    SchoolProfile,
    validate_new_password,
    validate_school_profile,
    validate_username,
)
from kimbai_desktop.domain.text import normalize_text
from kimbai_desktop.services import slots
from kimbai_desktop.storage import audit, audit_head, keystore
from kimbai_desktop.storage.database import DataFolder, create_database
from kimbai_desktop.storage.engine import writer
from kimbai_desktop.storage.keyslots import (
    RECOVERY_TAG,
    KeyslotFile,
    new_data_key,
    new_recovery_key,
)
from kimbai_desktop.storage.models import Account, SchoolProfileRow, Setting

SETTING_DB_ID = "db_id"
_INIT_SUFFIX = ".init"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def is_initialized(data_dir: Path) -> bool:
    return DataFolder(data_dir).is_initialized()


def has_school_files(data_dir: Path) -> bool:
    """Any file a school leaves (keys, backups...): set-up must not run here."""
    return DataFolder(data_dir).has_program_files()


def initialize_school(
    data_dir: Path,
    profile: SchoolProfile,
    admin_username: str,
    admin_full_name: str,
    password: str,
    *,
    clock: Clock = SYSTEM_CLOCK,
) -> str:
    """Create the database and return the recovery key (shown once, never stored in clear).

    The database is built under a temporary name and renamed into place only when complete, so
    an interrupted setup leaves nothing that looks like a school's database.
    """
    errors: dict[str, str] = {}
    field_params: dict[str, dict[str, object]] = {}
    try:
        profile = validate_school_profile(profile)
    except ValidationError as exc:
        errors.update(exc.field_errors)
        field_params.update(exc.field_params)
    try:
        username = validate_username(admin_username)
    except ValidationError as exc:
        errors.update(exc.field_errors)
    full_name = normalize_text(admin_full_name)
    if not full_name:
        errors["full_name"] = QT_TRANSLATE_NOOP("Errors", "Enter the account holder's full name.")
    params: dict[str, object] = {}
    try:
        validate_new_password(password)
    except ValidationError as exc:
        errors.update(exc.field_errors)
        params.update(exc.params)
    check_lengths({"full_name": (full_name, limits.NAME)}, errors=errors, params=params,
                  field_params=field_params)

    folder = DataFolder(Path(data_dir))
    if folder.has_program_files():  # never over a school's keys, backups or database
        raise AlreadyInitialized()
    folder.root.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.root.chmod(0o700)
    tmp_db = folder.db_path.with_name(folder.db_path.name + _INIT_SUFFIX)
    _remove_db_files(tmp_db)

    key = new_data_key()
    keys = KeyslotFile.new()
    keys.add_account(username, password, key)
    recovery = new_recovery_key()
    keys.add_recovery(recovery, key)
    now = clock.now().replace(tzinfo=None)

    try:
        engine = create_database(tmp_db, key)
        try:
            with Session(writer(engine)) as s, s.begin():
                # The first principal signs the first events and the list of slots.
                principal_keys = keys.added_keys(keys.find(keys.account_tag(username)).slot_id)  # type: ignore[union-attr]
                s.info[audit.SIGNER] = principal_keys
                s.add(Setting(key=SETTING_DB_ID, value=f'"{keys.db_id}"'))
                s.add(_profile_row(profile, now))
                account = Account(username=username, full_name=full_name,
                                  role=Role.PRINCIPAL.value, active=True, created_at=now)
                s.add(account)
                s.flush()
                principal_slot = keys.find(keys.account_tag(username))
                recovery_slot = keys.find(RECOVERY_TAG)
                assert principal_slot is not None and recovery_slot is not None  # made above
                slots.register(s, principal_slot, slots.owner_of_account(account.id),
                               verify_key=keys.verify_key_b64(principal_slot.slot_id),
                               principal=True)
                slots.register(s, recovery_slot, slots.RECOVERY,
                               verify_key=keys.verify_key_b64(recovery_slot.slot_id))
                audit.append(s, at=now, actor=username, user_id=account.id,
                             action=AuditAction.ACCOUNT_CREATE.value, record_type="account",
                             record_id=str(account.id), detail="setup")
                head = s.info[audit.HEAD]
        finally:
            engine.dispose()
        with keystore.locked(folder):
            if folder.keys_path.exists():  # another set-up got here first
                raise AlreadyInitialized()
            keystore.write(folder, keys, key)
            try:
                audit_head.write(folder.root, keys.db_id,
                                 audit_head.signed(principal_keys, keys.db_id, head[0], head[1]),
                                 durable=True)
            except OSError:
                pass  # the next write makes it

        os.replace(tmp_db, folder.db_path)
    except BaseException:
        _remove_db_files(tmp_db)
        raise
    return recovery


def _profile_row(profile: SchoolProfile, now: datetime) -> SchoolProfileRow:
    return SchoolProfileRow(
        id=1,
        school_name=profile.school_name,
        superior_body=profile.superior_body,
        place_name=profile.place_name,
        principal_name=profile.principal_name,
        document_symbol=profile.document_symbol,
        school_year=profile.school_year,
        updated_at=now,
    )


def _remove_db_files(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = db.with_name(db.name + suffix)
        if candidate.exists():
            candidate.unlink()
