"""Unlocking (mở khóa) and the signed-in session: every service call knows the acting user,
checks its permission here and leaves an audit event."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from kimbai_desktop.domain.access import AuditAction, Permission, can
from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    AccountDisabled,
    DatabaseDamaged,
    DatabaseMissing,
    KeyFileDamaged,
    KimbaiError,
    NotInitialized,
    PermissionDenied,
    WrongPassword,
)
from kimbai_desktop.domain.school import SchoolProfile, normalize_username, validate_school_profile
from kimbai_desktop.services import chain_head, rotation, slots
from kimbai_desktop.services.setup import SETTING_DB_ID
from kimbai_desktop.storage import audit, audit_check, keystore, throttle
from kimbai_desktop.storage.backup import remove_leftovers
from kimbai_desktop.storage.database import DataFolder, open_database
from kimbai_desktop.storage.engine import writer
from kimbai_desktop.storage.keyslots import RECOVERY_TAG, KeyslotFile
from kimbai_desktop.storage.models import Account, SchoolProfileRow, Setting
from kimbai_desktop.storage.sealbox import AccountKeys
from kimbai_desktop.storage.sealed import CaseKeyRing, sealed_detail
from kimbai_desktop.storage.throttle import FailedAttempt

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    full_name: str
    role: Role


class AppSession:
    """An unlocked database and the user acting on it. ``close()`` disposes every connection."""

    def __init__(self, folder: DataFolder, engine: Engine, data_key: bytes, user: CurrentUser,
                 clock: Clock = SYSTEM_CLOCK, account_keys: AccountKeys | None = None) -> None:
        self.folder = folder
        self.user = user
        # The signed-in keyslot's key pair (storage/sealbox.py); None only in tests and tools
        # that build a session from a bare data key.
        self._account_keys = account_keys
        self.clock = clock
        self._engine: Engine | None = engine
        self._data_key: bytes | None = data_key
        # The case keys of sealed files this account holds (storage/sealed.py).
        self.case_keys = CaseKeyRing(user.id, account_keys)
        self._make_sessionmakers(engine)
        # Set by unlock when an interrupted key rotation was finished or rolled back.
        self.rotation_outcome: rotation.Outcome | None = None
        self._db_id: str | None = None
        self._close_hooks: list[Callable[[], None]] = []
        # Views audited without a transaction of their own (audit_later): written with the next
        # write, or by flush_audit (the window calls it within a second), or at close.
        self._pending: list[dict[str, Any]] = []
        self._pending_lock = threading.Lock()
        self._profile: SchoolProfile | None = None  # see school_profile

    def on_close(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once the session is closed (the command line's folder lock)."""
        self._close_hooks.append(hook)

    # -- plumbing ----------------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.folder.root

    @property
    def closed(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("session is closed")
        return self._engine

    @property
    def data_key(self) -> bytes:
        """For storage operations that need it (keyslots, backups). Never logged or shown."""
        if self._data_key is None:
            raise RuntimeError("session is closed")
        return self._data_key

    @property
    def account_keys(self) -> AccountKeys:
        """The signed-in account's key pair: opens what was sealed to it, signs its events."""
        if self._account_keys is None or self._engine is None:
            raise RuntimeError("no account key in this session")
        return self._account_keys

    @property
    def has_account_keys(self) -> bool:
        return self._account_keys is not None

    def load_keys(self) -> KeyslotFile:
        """The keyslot file, checked against this session's data key before anyone changes it."""
        keys = KeyslotFile.load(self.folder.keys_path)
        keys.verify_seal(self.data_key)
        return keys

    def _replace_key(self, engine: Engine, data_key: bytes) -> None:
        """After key rotation: continue on the re-keyed database."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._data_key = engine, data_key
        self._make_sessionmakers(engine)

    def _make_sessionmakers(self, engine: Engine) -> None:
        info = {"case_keys": self.case_keys}
        self._sessions = sessionmaker(engine, expire_on_commit=False, info=info)
        self._write_sessions = sessionmaker(writer(engine), expire_on_commit=False, info=info)

    def replace_account_keys(self, account_keys: AccountKeys) -> None:
        """After the account's own password change (a new key pair, services/accounts.py)."""
        self._account_keys = account_keys
        self.case_keys.replace_keys(account_keys)

    def db(self) -> Session:
        """A new ORM session for one unit of work (use as a context manager)."""
        if self._engine is None:
            raise RuntimeError("session is closed")
        return self._sessions()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: commits on success, rolls back on any error.

        A full disk or an I/O failure becomes StorageFull: nothing of the transaction is kept
        and earlier data is intact (SQLite's journal guarantees it).
        """
        if self._engine is None:
            raise RuntimeError("session is closed")
        self._profile = None
        try:
            with self._write_sessions() as s:
                s.info[audit.SIGNER] = self._account_keys  # signs its audit events
                with s.begin():
                    pending = self._take_pending()
                    try:
                        if pending:
                            audit.append_many(s, pending)  # they happened before this change
                        yield s
                    except BaseException:
                        self._put_back(pending)
                        raise
                self._record_head(s.info.pop(audit.HEAD, None))
        finally:
            self._profile = None  # read again after any write (it may have changed it)

    def _record_head(self, head: tuple[int, str, str, str] | None) -> None:
        """After a commit that added audit events: kimbai.head follows (services/chain_head.py)."""
        if head is None or self._engine is None:
            return
        if self._db_id is None:
            try:
                self._db_id = keystore.read(self.folder).db_id
            except KimbaiError:
                return
        chain_head.record(self.folder, self._engine, self._account_keys, self._db_id,
                          head[0], head[1])

    def close(self) -> None:
        if self._engine is not None:
            try:
                self.flush_audit()
            except Exception:  # noqa: BLE001 - closing must not fail; the views are lost
                log.warning("pending audit events could not be written at close")
            self._engine.dispose()
        self._engine = None
        self._data_key = None
        self._account_keys = None
        self.case_keys.replace_keys(None)
        hooks, self._close_hooks = self._close_hooks, []
        for hook in hooks:
            hook()

    def sign_out(self, action: AuditAction = AuditAction.SIGN_OUT) -> None:
        """Audit the sign-out (or lock) and drop every decrypted connection."""
        if self._engine is None:
            return
        try:
            self.audit(action)
        finally:
            self.close()

    # -- permissions and audit ------------------------------------------------------------------

    def can(self, permission: Permission) -> bool:
        return can(self.user.role, permission)

    def require(self, permission: Permission, record_type: str = "",
                record_id: str | int = "") -> None:
        """Raise PermissionDenied (and audit the attempt) unless the user's role allows it."""
        if not self.can(permission):
            self.audit(AuditAction.ACCESS_DENIED, record_type, record_id, detail=permission.value)
            raise PermissionDenied()

    def audit(self, action: AuditAction, record_type: str = "", record_id: str | int = "",
              detail: str = "", s: Session | None = None) -> None:
        """Record an event, inside ``s``'s transaction when given (so it commits with the change)."""
        kwargs = dict(at=self.clock.now(), actor=self.user.username, action=action.value,
                      user_id=self.user.id, record_type=record_type, record_id=str(record_id),
                      detail=detail)
        if s is not None:
            kwargs["detail"] = sealed_detail(s, record_type, record_id, detail)
            audit.append(s, **kwargs)
            return
        with self.write() as own:
            kwargs["detail"] = sealed_detail(own, record_type, record_id, detail)
            audit.append(own, **kwargs)

    def audit_later(self, action: AuditAction, record_type: str = "", record_id: str | int = "",
                    detail: str = "") -> None:
        """Record a view without a transaction of its own (a list page shown on each keystroke
        of a search): it is written with the next write, by :meth:`flush_audit` (the window
        calls it within a second: nothing beyond the last second is lost on a crash), or at
        close. The same view repeated before then is recorded once."""
        event = dict(at=self.clock.now(), actor=self.user.username, action=action.value,
                     user_id=self.user.id, record_type=record_type, record_id=str(record_id),
                     detail=detail)
        same = ("action", "record_type", "record_id", "detail")
        with self._pending_lock:
            if not any(all(p[k] == event[k] for k in same) for p in self._pending):
                self._pending.append(event)

    @property
    def audit_pending(self) -> bool:
        return bool(self._pending)

    def flush_audit(self) -> None:
        """Write the views recorded by :meth:`audit_later` (one transaction)."""
        if self._pending and self._engine is not None:
            with self.write():
                pass

    def _take_pending(self) -> list[dict[str, Any]]:
        with self._pending_lock:
            pending, self._pending = self._pending, []
        return pending

    def _put_back(self, pending: list[dict[str, Any]]) -> None:
        if pending:
            with self._pending_lock:
                self._pending[:0] = pending

    # -- school profile -------------------------------------------------------------------------

    def school_profile(self) -> SchoolProfile:
        """The school profile (most list pages need the school year): read once, then kept
        until this session's next write (every change to it goes through :meth:`write`; one
        program at a time per data folder)."""
        cached = self._profile
        if cached is not None:
            return cached
        p = SchoolProfileRow
        with self.engine.connect() as conn:
            row = conn.execute(select(p.school_name, p.superior_body, p.place_name,
                                      p.principal_name, p.document_symbol, p.school_year)
                               .where(p.id == 1)).first()
        if row is None:
            raise KeyFileDamaged()
        self._profile = SchoolProfile(*row)
        return self._profile

    def update_school_profile(self, profile: SchoolProfile) -> SchoolProfile:
        self.require(Permission.EDIT_SCHOOL_PROFILE, "school_profile", 1)
        clean = validate_school_profile(profile)
        with self.write() as s:
            row = s.get(SchoolProfileRow, 1)
            assert row is not None
            changed = [f for f in ("school_name", "superior_body", "place_name", "principal_name",
                                   "document_symbol", "school_year")
                       if getattr(row, f) != getattr(clean, f)]
            for f in changed:
                setattr(row, f, getattr(clean, f))
            row.updated_at = self.clock.now().replace(tzinfo=None)
            self.audit(AuditAction.SETTINGS_CHANGE, "school_profile", 1, ",".join(changed), s=s)
        return clean


def unlock(data_dir: Path, username: str, password: str, *,
           clock: Clock = SYSTEM_CLOCK) -> AppSession:
    """Check the password against the account's keyslot and open the database.

    The try is counted for this account before the password is checked (storage/throttle.py);
    wrong passwords change nothing else and are written to the audit trail at the next unlock.
    An interrupted key rotation is finished or rolled back first (``session.rotation_outcome``).
    """
    folder = DataFolder(Path(data_dir))
    require_data(folder)
    name = normalize_username(username)
    tag = keystore.read(folder).account_tag(name)
    throttle.begin_attempt(folder, tag, clock)
    outcome = rotation.settle_pending(folder, tag, password)
    keys = keystore.read(folder)
    try:
        key = keys.unwrap_account(name, password)
        return open_session(folder, keys, key, name, clock, tag=tag,
                            slot_id=keys.opened_slot_id, outcome=outcome,
                            account_keys=keys.opened_keys())
    except DatabaseDamaged:
        if folder.pending_keys_path.exists():
            # An interrupted rotation this account is not part of any more (it was removed):
            # its old key no longer opens the database. That is a wrong password, not damage.
            throttle.attempt_failed(folder, tag, clock)
            raise WrongPassword() from None
        raise
    except WrongPassword:
        throttle.attempt_failed(folder, tag, clock)
        raise


def require_data(folder: DataFolder) -> None:
    """NotInitialized for an empty folder; DatabaseMissing when kimbai.keys or backups are there
    without the database (set-up must never run over them)."""
    if folder.is_initialized():
        return
    if folder.has_program_files():
        raise DatabaseMissing()
    raise NotInitialized()


def open_session(folder: DataFolder, keys: KeyslotFile, key: bytes, username: str,
                 clock: Clock, *, tag: str, slot_id: str,
                 action: AuditAction = AuditAction.SIGN_IN,
                 outcome: rotation.Outcome | None = None,
                 account_keys: AccountKeys | None = None) -> AppSession:
    """Open the database with the key unwrapped from slot ``slot_id`` (lookup ``tag``) as
    ``username``: the slot must be a legitimate one (services/slots.py); audits the sign-in and
    the failed ones before."""
    engine = open_database(folder, key, now=clock.now())
    head: tuple[int, str, str, str] | None = None
    try:
        if rotation.complete(engine, folder, key, clock, signer=account_keys):
            outcome = outcome or rotation.Outcome.FINISHED
        refused = False
        # Under the keys lock: the list of legitimate slots is compared with the file as it is
        # (another program may be adding a slot right now).
        with keystore.locked(folder), Session(writer(engine)) as s, s.begin():
            s.info[audit.SIGNER] = account_keys  # every event here is signed by this account
            keys = keystore.read(folder)
            failures = throttle.pending_failures(folder)
            db_id = s.get(Setting, SETTING_DB_ID)
            if db_id is None or json.loads(db_id.value) != keys.db_id:
                raise KeyFileDamaged()
            account = s.scalars(select(Account).where(Account.username == username)).one_or_none()
            if account is None:
                raise WrongPassword()
            registry = slots.prepare(s, keys)
            slots.require_trusted(s)  # KeyListChanged: not signed by a principal
            owner = slots.RECOVERY if tag == RECOVERY_TAG else slots.owner_of_account(account.id)
            try:
                slots.check(registry, keys, slot_id, tag, owner)
            except slots.UnknownKeyslot:
                refused = True
            if not refused and account_keys is not None:
                _start_signing(s, account_keys, account, clock)
            _audit_failures(s, keys, failures)
            if refused:
                audit.append(s, at=clock.now(), actor=account.username,
                             action=AuditAction.SIGN_IN_FAILED.value, user_id=account.id,
                             detail="unknown keyslot")
            else:
                if not account.active:
                    raise AccountDisabled()
                user = CurrentUser(account.id, account.username, account.full_name,
                                   Role(account.role))
                if outcome is rotation.Outcome.ROLLED_BACK:
                    audit.append(s, at=clock.now(), actor=user.username,
                                 action=AuditAction.KEY_ROTATE.value, user_id=user.id,
                                 detail="interrupted, rolled back")
                restored = _read_restore_note(folder)
                if restored:
                    audit.append(s, at=clock.now(), actor=user.username,
                                 action=AuditAction.RESTORE.value, user_id=user.id,
                                 detail=restored)
                audit.append(s, at=clock.now(), actor=user.username, action=action.value,
                             user_id=user.id)
            head = s.info.pop(audit.HEAD, None)
        if head is not None and not refused:  # a refused slot's key signs no head
            chain_head.record(folder, engine, account_keys, keys.db_id, head[0], head[1])
        throttle.forget_failures(folder, {f.event_id for f in failures})
        if refused:
            raise slots.UnknownKeyslot()
    except BaseException:
        engine.dispose()
        raise
    throttle.attempt_succeeded(folder, tag)
    folder.restore_note_path.unlink(missing_ok=True)
    remove_leftovers(folder.backups_dir)  # of backups killed earlier (never a running one)
    session = AppSession(folder, engine, key, user, clock, account_keys=account_keys)
    session.rotation_outcome = outcome
    return session


def _start_signing(s: Session, keys: AccountKeys, account: Account, clock: Clock) -> None:
    """The signed-in slot's verify key into the list of slots (services/slots.py); at the first
    principal sign-in after the upgrade to signed events, the marker that ends "before
    signing" (storage/audit_check.py) and the principal's signature over the list."""
    slots.note_verify_key(s, keys)
    row = s.get(Setting, audit_check.SETTING_SIGNING)
    legacy = audit_check.legacy_until(row.value if row else None)
    if (legacy == 0 or slots.signing_started(s)
            or not slots.is_principal_slot(s, keys.slot_id)):
        return  # a school set up signed (no events before signing), or already marked
    audit.append(s, at=clock.now(), actor=account.username, user_id=account.id,
                 action=AuditAction.AUDIT_SIGNING.value, detail=f"legacy {legacy}")


def _read_restore_note(folder: DataFolder) -> str:
    """"backup of <date>" when the data was restored since the last unlock, else ""."""
    try:
        note = json.loads(folder.restore_note_path.read_text(encoding="utf-8"))
        return f"backup {note.get('kind', '')} {note.get('backup_created_at', '')}"[:200]
    except (OSError, ValueError, AttributeError):
        return ""


def _audit_failures(s: Session, keys: KeyslotFile, pending: list[FailedAttempt]) -> None:
    if not pending:
        return
    by_tag = {keys.account_tag(a.username): a for a in s.scalars(select(Account))}
    for attempt in pending:
        account = by_tag.get(attempt.tag)
        detail = "" if account else ("recovery key" if attempt.tag == RECOVERY_TAG
                                     else "unknown account")
        audit.append(s, at=attempt.at, actor=account.username if account else "?",
                     action=AuditAction.SIGN_IN_FAILED.value,
                     user_id=account.id if account else None, detail=detail)
