"""Backups (sao lưu) and restore (khôi phục): a manual backup to a chosen folder, automatic ones
with rotation, the start-up check, and a restore that never destroys the data it replaces.

Only a healthy database is backed up, so a damaged one can never push good backups out of the
rotation. A restore is a byte copy under the same data key: it opens with the passwords and the
recovery key that were valid when the backup was made.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    BackupDamaged,
    BackupFolderMissing,
    DatabaseDamaged,
    DatabaseMissing,
    KimbaiError,
    NewerDatabase,
    PermissionDenied,
    StorageFull,
    WrongPassword,
)
from kimbai_desktop.services.instance import InstanceLock
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import audit, audit_head
from kimbai_desktop.storage.audit_head import Head
from kimbai_desktop.storage.backup import (
    SUFFIX,
    Manifest,
    extract_backup,
    read_manifest,
    remove_leftovers,
    verify_backup,
    write_backup,
)
from kimbai_desktop.storage.database import (
    DataFolder,
    current_revision,
    integrity_problems,
    known_revisions,
)
from kimbai_desktop.storage.files import fsync_dir
from kimbai_desktop.storage.keyslots import KeyslotFile


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


AUTO_DIR = "auto"
DEFAULT_KEEP = 10
DAILY = timedelta(hours=24)
_STALE_S = 3600  # half-written backups in another folder (a USB drive) older than this go
_SQLITE_HEADER = b"SQLite format 3\0"
_PRE_UPGRADE = re.compile(r"kimbai-(\d{8}-\d{6})-before-upgrade-(\w+?)(?:-\d+)?\.db$")


class BackupKind(Enum):
    AUTO = "auto"
    MANUAL = "manual"
    PRE_UPGRADE = "pre-upgrade"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    size: int
    kind: BackupKind
    ok: bool  # checked (checksums and keyslot file); False when damaged or unreadable
    schema_revision: str = ""


@dataclass(frozen=True)
class RestoreResult:
    data_dir: Path
    kept_dir: Path | None  # where the data that was there before now is (None: there was none)
    backup: BackupInfo


@dataclass(frozen=True)
class StartupCheck:
    ok: bool
    problems: tuple[str, ...]  # page and table names from SQLite, never row contents
    latest_good_backup: BackupInfo | None  # looked up only when the check failed


# -- making backups ----------------------------------------------------------------------------


def create_backup(session: AppSession, target: Path) -> BackupInfo:
    """A backup file at ``target``: written under exactly that name (any extension), or, when
    ``target`` is an existing folder, inside it under a name that is only the date and time
    (never the school's name). Refuses a damaged database (DatabaseDamaged)."""
    session.require(Permission.BACKUP)
    path = _manual_target(Path(target), session.clock.now())
    info = _make(session, path, BackupKind.MANUAL)
    session.audit(AuditAction.BACKUP, "backup", "", "manual")  # a typed file name may say anything
    return info


def auto_backup(session: AppSession, reason: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """An automatic backup into ``<data>/backups/auto/`` (on exit, daily), keeping the last
    ``keep`` automatic ones; manual and pre-upgrade backups are never touched.

    Needs no permission: the file stays in the data folder, encrypted under the same keys.
    Returns None, writing and removing nothing, when the database fails its integrity check
    (the start-up check explains that and offers the latest good backup).
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    auto_dir = session.folder.backups_dir / AUTO_DIR
    try:
        auto_dir.mkdir(parents=True, exist_ok=True)
        path = _unique(auto_dir, _local_stamp(session.clock.now(), seconds=True))
    except OSError:
        raise StorageFull() from None
    try:
        _make(session, path, BackupKind.AUTO)
    except DatabaseDamaged:
        return None
    label = re.sub(r"[^a-z0-9-]", "", reason.lower())[:20]
    session.audit(AuditAction.BACKUP, "backup", "", f"auto {label}")
    _rotate(auto_dir, keep)
    return path


def auto_backup_due(session: AppSession, now: datetime | None = None) -> bool:
    """True when no automatic backup is younger than 24 hours."""
    now = now or session.clock.now()
    auto = [b for b in _scan(session.folder.backups_dir / AUTO_DIR, BackupKind.AUTO) if b.ok]
    return not auto or now - max(b.created_at for b in auto) >= DAILY


def _make(session: AppSession, path: Path, kind: BackupKind) -> BackupInfo:
    if integrity_problems(session.engine):  # raises DatabaseDamaged when unreadable
        raise DatabaseDamaged()
    folder = session.folder
    remove_leftovers(folder.backups_dir)
    if not path.parent.resolve().is_relative_to(folder.backups_dir.resolve()):
        _remove_stale(path.parent, f".*{SUFFIX}.*.tmp")  # another folder (USB): only old ones
    manifest = write_backup(
        session.engine, session.data_key, folder.keys_path, path,
        created_at=session.clock.now(), schema_revision=current_revision(session.engine) or "",
        kind=kind.value, staging_dir=folder.backups_dir, audit_head=_signed_head(session))
    return BackupInfo(path, manifest.created_at, path.stat().st_size, kind, True,
                      manifest.schema_revision)


def _signed_head(session: AppSession) -> Head | None:
    """The audit trail's head now (the snapshot holds at least these events), signed by the
    account making the backup: kept in its manifest (storage/audit_check.py compares it)."""
    if not session.has_account_keys:
        return None
    with session.db() as s:
        count, hash_hex = audit.head(s)
    db_id = session.load_keys().db_id
    return audit_head.signed(session.account_keys, db_id, count, hash_hex)


def _manual_target(target: Path, now: datetime) -> Path:
    if target.is_dir():
        return _unique(target, _local_stamp(now, seconds=False))
    if not target.parent.is_dir():
        raise BackupFolderMissing()
    return target


def _local_stamp(now: datetime, *, seconds: bool) -> str:
    # Local time: the name is what a person sees on the USB stick.
    return now.astimezone().strftime("%Y-%m-%d-%H%M%S" if seconds else "%Y-%m-%d-%H%M")


def _unique(folder: Path, stamp: str) -> Path:
    path, n = folder / f"kimbai-{stamp}{SUFFIX}", 1
    while path.exists():
        n += 1
        path = folder / f"kimbai-{stamp}-{n}{SUFFIX}"
    return path


def _rotate(auto_dir: Path, keep: int) -> None:
    backups = sorted(_scan(auto_dir, BackupKind.AUTO), key=lambda b: b.created_at, reverse=True)
    for old in backups[keep:]:
        old.path.unlink(missing_ok=True)


def remove_interrupted_backups(data_dir: Path) -> int:
    """At start-up: remove the staging folders and half-written files of backups that were
    killed (power cut, crash), but never those of a backup running right now in another program.
    Returns how many were removed."""
    return remove_leftovers(DataFolder(Path(data_dir)).backups_dir)


def _remove_stale(folder: Path, pattern: str) -> None:
    limit = time.time() - _STALE_S
    for leftover in folder.glob(pattern) if folder.is_dir() else []:
        try:
            if leftover.stat().st_mtime < limit:
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink()
        except OSError:
            continue


# -- listing -----------------------------------------------------------------------------------


def list_backups(data_dir: Path, *, verify: bool = True) -> list[BackupInfo]:
    """The backups kept in the data folder, newest first. ``verify`` checks every checksum
    (reads every file); without it only the manifests are read."""
    backups_dir = DataFolder(Path(data_dir)).backups_dir
    found = _scan(backups_dir / AUTO_DIR, BackupKind.AUTO, verify)
    found += _scan(backups_dir, BackupKind.MANUAL, verify)
    if backups_dir.is_dir():
        found += [_pre_upgrade_info(p) for p in sorted(backups_dir.glob("*.db"))
                  if p.with_suffix(".keys").is_file()]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def latest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes verification, for "restore the latest good backup"."""
    for candidate in list_backups(data_dir, verify=False):
        if candidate.kind is not BackupKind.PRE_UPGRADE and candidate.ok:
            candidate = _zip_info(candidate.path, candidate.kind, verify=True)
        if candidate.ok:
            return candidate
    return None


def _scan(folder: Path, default_kind: BackupKind, verify: bool = False) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    return [_zip_info(p, default_kind, verify) for p in sorted(folder.glob(f"*{SUFFIX}"))
            if p.is_file()]


def _zip_info(path: Path, default_kind: BackupKind, verify: bool) -> BackupInfo:
    try:
        manifest = verify_backup(path) if verify else read_manifest(path)
    except KimbaiError:
        return BackupInfo(path, _mtime(path), path.stat().st_size, default_kind, False)
    return _info_from(path, manifest, default_kind)


def _info_from(path: Path, manifest: Manifest, default_kind: BackupKind) -> BackupInfo:
    kind = default_kind
    if default_kind is not BackupKind.AUTO:  # in auto/ it is an automatic one, whatever it says
        kind = next((k for k in BackupKind if k.value == manifest.kind), default_kind)
    return BackupInfo(path, manifest.created_at, path.stat().st_size, kind, True,
                      manifest.schema_revision)


def _is_pair(path: Path) -> bool:
    return path.suffix == ".db" and path.with_suffix(".keys").is_file()


def _pre_upgrade_info(db: Path) -> BackupInfo:
    """The copy made before a schema upgrade (storage/database.py): a .db with its .keys."""
    match = _PRE_UPGRADE.search(db.name)
    created = _mtime(db)
    if match:
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    keys = db.with_suffix(".keys")
    try:
        KeyslotFile.load(keys)
        with open(db, "rb") as fh:
            ok = fh.read(16) not in (b"", _SQLITE_HEADER)
        size = db.stat().st_size + keys.stat().st_size
    except (KimbaiError, OSError):
        ok, size = False, 0
    return BackupInfo(db, created, size, BackupKind.PRE_UPGRADE, ok,
                      match.group(2) if match else "")


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


# -- start-up check ----------------------------------------------------------------------------


def startup_check(session: AppSession) -> StartupCheck:
    """quick_check and cipher_integrity_check; on failure, the backup to offer for restore."""
    try:
        problems = tuple(integrity_problems(session.engine))
    except DatabaseDamaged:
        problems = ("unreadable",)
    if not problems:
        return StartupCheck(True, (), None)
    return StartupCheck(False, problems, latest_good_backup(session.data_dir))


# -- restore -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreAuthorisation:
    """A principal of the live data agreed, while signed in (the window's restore)."""

    db_id: str
    username: str


class RestoreNeedsPrincipal(KimbaiError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Restoring replaces the school's current data, so a principal of that data must "
        "confirm it with their password. Nothing was changed. (kimbai restore: give --user and "
        "put the password on the first line of standard input.)")


def authorise_restore(session: AppSession) -> RestoreAuthorisation:
    """The signed-in principal agrees to replace this data (asked before the session closes)."""
    if session.user.role != Role.PRINCIPAL:
        session.audit(AuditAction.ACCESS_DENIED, "backup", "", "restore")
        raise PermissionDenied()
    return RestoreAuthorisation(session.load_keys().db_id, session.user.username)


def restore_backup(backup_file: Path, data_dir: Path, *, clock: Clock = SYSTEM_CLOCK,
                   authorisation: RestoreAuthorisation | None = None, username: str = "",
                   password: str = "") -> RestoreResult:
    """Put a backup's database and keyslot file into ``data_dir``.

    The backup is verified before anything changes. When ``data_dir`` holds a school's keys, a
    principal of that school must agree: ``authorisation`` from a signed-in principal, or
    ``username`` and ``password`` (checked here, audited in the data being replaced). Data
    already there is moved, not deleted, into ``<data_dir>/kept-<time>/`` (reported). Needs the
    folder closed: raises AlreadyOpen while the program has it open.
    """
    source, data_dir = Path(backup_file), Path(data_dir)
    info = _checked_source(source)
    folder = DataFolder(data_dir)
    created = not data_dir.exists()
    try:
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        with InstanceLock(data_dir):
            if created and os.name == "posix":
                data_dir.chmod(0o700)
            _check_authorised(folder, authorisation, username, password, clock)
            stage = Path(tempfile.mkdtemp(prefix=".kimbai-restore-", dir=data_dir.parent))
            try:
                _stage(source, stage)
                kept = _move_aside(folder, clock.now())
                _move_in(stage, folder, kept)
                _write_restore_note(folder, info, clock.now())
            finally:
                shutil.rmtree(stage, ignore_errors=True)
    except OSError:
        raise StorageFull() from None
    return RestoreResult(data_dir, kept, info)


def _check_authorised(folder: DataFolder, authorisation: RestoreAuthorisation | None,
                      username: str, password: str, clock: Clock) -> None:
    """Live data (a key file) is replaced only with its principal's agreement."""
    if not folder.keys_path.exists():
        return  # nothing there to protect (an empty folder, or files that open nothing)
    if authorisation is not None:
        try:
            if KeyslotFile.load(folder.keys_path).db_id == authorisation.db_id:
                return
        except KimbaiError:
            pass
        raise RestoreNeedsPrincipal()
    if not username or not password:
        raise RestoreNeedsPrincipal()
    from kimbai_desktop.services.session import unlock

    try:
        session = unlock(folder.root, username, password, clock=clock)
    except (DatabaseDamaged, DatabaseMissing):
        # The database to be replaced cannot be read (the reason to restore): the password must
        # still open a slot of its key file. The role cannot be read without the database.
        _check_password_only(folder, username, password, clock)
        return
    try:
        if session.user.role != Role.PRINCIPAL:
            session.audit(AuditAction.ACCESS_DENIED, "backup", "", "restore")
            raise PermissionDenied()
        session.audit(AuditAction.RESTORE, "backup", "", "replaced by a restore")
    finally:
        session.close()


def _check_password_only(folder: DataFolder, username: str, password: str, clock: Clock) -> None:
    from kimbai_desktop.domain.school import normalize_username
    from kimbai_desktop.storage import keystore, throttle

    keys = keystore.read(folder)
    name = normalize_username(username)
    tag = keys.account_tag(name)
    throttle.begin_attempt(folder, tag, clock)
    try:
        keys.unwrap_account(name, password)
    except WrongPassword:
        throttle.attempt_failed(folder, tag, clock)
        raise
    except KimbaiError:
        raise RestoreNeedsPrincipal() from None
    throttle.attempt_succeeded(folder, tag)


def inspect_backup(path: Path) -> BackupInfo:
    """Check a backup file (e.g. on a USB stick) and say what it holds, before restoring it.
    Raises BackupDamaged or NewerDatabase."""
    return _checked_source(Path(path))


def _write_restore_note(folder: DataFolder, info: BackupInfo, now: datetime) -> None:
    """The restore cannot audit (no key yet): leave a note the next unlock writes to the trail."""
    import json

    note = {"restored_at": now.astimezone(UTC).isoformat(),
            "backup_created_at": info.created_at.isoformat(), "kind": info.kind.value}
    folder.restore_note_path.write_text(json.dumps(note), encoding="utf-8")


def _checked_source(source: Path) -> BackupInfo:
    if _is_pair(source):
        info = _pre_upgrade_info(source)
        if not info.ok:
            raise BackupDamaged()
        return info
    manifest = verify_backup(source)  # BackupDamaged or NewerDatabase
    if manifest.schema_revision not in known_revisions():
        raise NewerDatabase()
    return _info_from(source, manifest, BackupKind.MANUAL)


def _stage(source: Path, stage: Path) -> None:
    folder = DataFolder(stage)
    if not _is_pair(source):
        extract_backup(source, stage)  # checks every byte again as it writes
        return
    shutil.copyfile(source, folder.db_path)
    shutil.copyfile(source.with_suffix(".keys"), folder.keys_path)
    try:
        KeyslotFile.load(folder.keys_path)
    except KimbaiError:
        raise BackupDamaged() from None


def _data_files(folder: DataFolder) -> list[Path]:
    db = folder.db_path
    wal_etc = [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]
    # kimbai.head goes with the data it describes: the restored data starts its own.
    return [db, *wal_etc, folder.keys_path, folder.pending_keys_path, folder.throttle_path,
            folder.head_path]


def _move_aside(folder: DataFolder, now: datetime) -> Path | None:
    present = [p for p in _data_files(folder) if p.exists()]
    if not present:
        return None
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    kept, n = folder.root / f"kept-{stamp}", 1
    while kept.exists():
        n += 1
        kept = folder.root / f"kept-{stamp}-{n}"
    kept.mkdir()
    moved: list[Path] = []
    try:
        for p in present:
            os.replace(p, kept / p.name)
            moved.append(p)
    except OSError:
        for p in moved:
            os.replace(kept / p.name, p)
        raise
    fsync_dir(folder.root)
    return kept


def _move_in(stage: Path, folder: DataFolder, kept: Path | None) -> None:
    staged = DataFolder(stage)
    moved: list[Path] = []
    try:
        for src, dest in ((staged.db_path, folder.db_path), (staged.keys_path, folder.keys_path)):
            os.replace(src, dest)
            moved.append(dest)
    except OSError:
        for dest in moved:
            dest.unlink(missing_ok=True)
        if kept is not None:  # put the previous data back where it was
            for p in kept.iterdir():
                os.replace(p, folder.root / p.name)
            kept.rmdir()
        raise
    fsync_dir(folder.root)
