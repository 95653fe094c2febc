"""Unlocking (mở khóa) and the signed-in session: every service call knows the acting user."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    AccountDisabled,
    KeyFileDamaged,
    PermissionDenied,
    WrongPassword,
)
from kimbai_desktop.domain.school import SchoolProfile, normalize_username, validate_school_profile
from kimbai_desktop.storage.database import DataFolder, open_database
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.models import Account, SchoolProfileRow, Setting
from kimbai_desktop.storage.throttle import UnlockThrottle
from kimbai_desktop.services.setup import SETTING_DB_ID
from kimbai_desktop.domain.errors import NotInitialized


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    full_name: str
    role: Role


class AppSession:
    """An unlocked database and the user acting on it. ``close()`` disposes every connection."""

    def __init__(self, folder: DataFolder, engine: Engine, data_key: bytes, user: CurrentUser,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.folder = folder
        self.user = user
        self.clock = clock
        self._engine: Engine | None = engine
        self._data_key: bytes | None = data_key
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def data_dir(self) -> Path:
        return self.folder.root

    @property
    def closed(self) -> bool:
        return self._engine is None

    def db(self) -> Session:
        """A new ORM session for one unit of work (use as a context manager)."""
        if self._engine is None:
            raise RuntimeError("session is closed")
        return self._sessions()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("session is closed")
        return self._engine

    def require(self, *roles: Role) -> None:
        if self.user.role not in roles:
            raise PermissionDenied()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._data_key = None

    # -- school profile -------------------------------------------------------------------------

    def school_profile(self) -> SchoolProfile:
        with self.db() as s:
            row = s.get(SchoolProfileRow, 1)
            if row is None:
                raise KeyFileDamaged()
            return SchoolProfile(row.school_name, row.superior_body, row.place_name,
                                 row.principal_name, row.document_symbol, row.school_year)

    def update_school_profile(self, profile: SchoolProfile) -> SchoolProfile:
        self.require(Role.PRINCIPAL)
        clean = validate_school_profile(profile)
        with self.db() as s, s.begin():
            row = s.get(SchoolProfileRow, 1)
            assert row is not None
            row.school_name = clean.school_name
            row.superior_body = clean.superior_body
            row.place_name = clean.place_name
            row.principal_name = clean.principal_name
            row.document_symbol = clean.document_symbol
            row.school_year = clean.school_year
            row.updated_at = self.clock.now().replace(tzinfo=None)
        return clean


def unlock(data_dir: Path, username: str, password: str, *, clock: Clock = SYSTEM_CLOCK) -> AppSession:
    """Check the password against the account's keyslot and open the database.

    Wrong passwords change nothing but the attempt counter beside the database.
    """
    folder = DataFolder(Path(data_dir))
    if not folder.is_initialized():
        raise NotInitialized()
    throttle = UnlockThrottle.load(folder.throttle_path, clock)
    throttle.check()
    keys = KeyslotFile.load(folder.keys_path)
    name = normalize_username(username)
    try:
        key = keys.unwrap_account(name, password)
    except WrongPassword:
        throttle.record_failure(keys.account_tag(name))
        raise
    engine = open_database(folder, key, now=clock.now())
    try:
        with Session(engine) as s:
            db_id = s.get(Setting, SETTING_DB_ID)
            if db_id is None or json.loads(db_id.value) != keys.db_id:
                raise KeyFileDamaged()
            account = s.scalars(select(Account).where(Account.username == name)).one_or_none()
            if account is None:
                raise WrongPassword()
            if not account.active:
                raise AccountDisabled()
            user = CurrentUser(account.id, account.username, account.full_name, Role(account.role))
    except BaseException:
        engine.dispose()
        raise
    throttle.take_pending_and_reset()
    return AppSession(folder, engine, key, user, clock)
