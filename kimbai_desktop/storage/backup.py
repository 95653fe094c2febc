"""The backup file (``*.kimbai-backup``): one zip holding the encrypted database, the keyslot file
and a manifest of checksums, written atomically and verified before it gets its final name.

The zip is STORED (the members are already encrypted, so compression gains nothing). The database
member is a ``VACUUM INTO`` snapshot under the same data key: one read transaction, so it is
consistent and includes committed WAL content while other connections keep writing. The manifest
holds versions, times, sizes and hashes only, never the school's name or any personal data,
and the audit trail's signed head at the time of the backup (storage/audit_head.py), so a trail
cut or rewritten later is found against every backup (storage/audit_check.py).

A backup that is killed leaves its staging folder (a copy of the database) and its half-written
zip behind. Each backup holds an OS file lock (``filelock``: released when the process dies) named
after its staging folder for as long as it runs; :func:`remove_leftovers` removes what belongs to
no live lock, so it never touches a backup running in another program at the same time.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine

from kimbai_desktop import __version__
from kimbai_desktop.domain.errors import (
    BackupDamaged,
    BackupFileExists,
    DatabaseDamaged,
    KeyFileDamaged,
    KimbaiError,
    NewerDatabase,
    StorageFull,
)
from kimbai_desktop.storage.audit_head import Head
from kimbai_desktop.storage.engine import raw_connect, scanning
from kimbai_desktop.storage.files import fsync_dir
from kimbai_desktop.storage.keyslots import KeyslotFile

SUFFIX = ".kimbai-backup"
FORMAT = "kimbai-backup"
VERSION = 1
DB_MEMBER = "kimbai.db"
KEYS_MEMBER = "kimbai.keys"
MANIFEST_MEMBER = "manifest.json"
DATA_MEMBERS = (DB_MEMBER, KEYS_MEMBER)
STAGING_PREFIX = ".staging-"
_LOCK_SUFFIX = ".lock"
_CHUNK = 1 << 20
_MAX_MANIFEST = 64 * 1024
# Everything a damaged, truncated or foreign file can make zipfile/json raise while reading.
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError,
                TypeError, AttributeError, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class MemberInfo:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    created_at: datetime  # UTC
    app_version: str
    schema_revision: str
    db_id: str
    kind: str  # "manual", "auto", "pre-upgrade"
    members: Mapping[str, MemberInfo]
    audit_head: Head | None = None  # the signed audit head when the backup was made

    def to_json(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "app_version": self.app_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "schema_revision": self.schema_revision,
            "db_id": self.db_id,
            "kind": self.kind,
            "members": {n: {"sha256": m.sha256, "size": m.size} for n, m in self.members.items()},
        }
        if self.audit_head is not None:
            data["audit_head"] = self.audit_head.to_dict()
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        """Parse and check the structure; BackupDamaged or NewerDatabase otherwise."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if data["format"] != FORMAT or not isinstance(data["version"], int):
                raise ValueError("format")
            if data["version"] > VERSION:
                raise NewerDatabase()
            created = datetime.fromisoformat(str(data["created_at"]))
            if created.tzinfo is None:
                raise ValueError("naive time")
            members = {str(name): MemberInfo(str(m["sha256"]), int(m["size"]))
                       for name, m in dict(data["members"]).items()}
            if set(members) != set(DATA_MEMBERS):
                raise ValueError("members")
            return cls(created.astimezone(UTC), str(data["app_version"]),
                       str(data["schema_revision"]), str(data["db_id"]), str(data["kind"]),
                       members, Head.from_dict(data.get("audit_head")))
        except _READ_ERRORS:
            raise BackupDamaged() from None


def write_backup(engine: Engine, data_key: bytes, keys_path: Path, target: Path, *,
                 created_at: datetime, schema_revision: str, kind: str,
                 staging_dir: Path, audit_head: Head | None = None) -> Manifest:
    """Snapshot the live database into ``target`` (which must not exist yet).

    The snapshot is staged in ``staging_dir`` (inside the data folder: private, local, fast);
    the zip is written to a hidden temporary sibling of ``target``, fsynced, verified, and only
    then renamed, so the final name never holds a half-written or unverified file.
    """
    if target.exists():
        raise BackupFileExists()
    try:
        with _staging(staging_dir) as (stage, token):
            return _write(engine, data_key, keys_path, target, stage,
                          target.with_name(f".{target.name}.{token}.tmp"), created_at=created_at,
                          schema_revision=schema_revision, kind=kind, audit_head=audit_head)
    except OSError:
        raise StorageFull() from None


def _write(engine: Engine, data_key: bytes, keys_path: Path, target: Path, stage: Path, tmp: Path,
           *, created_at: datetime, schema_revision: str, kind: str,
           audit_head: Head | None = None) -> Manifest:
    try:
        shutil.copyfile(keys_path, stage / KEYS_MEMBER)
        keys = _load_keys(stage / KEYS_MEMBER)
        keys.verify_seal(data_key)  # the pair must open together: same data key
        _snapshot(engine, data_key, stage / DB_MEMBER)
        with zipfile.ZipFile(tmp, "x", compression=zipfile.ZIP_STORED) as zf:
            members = {name: _add_member(zf, name, stage / name, created_at)
                       for name in DATA_MEMBERS}
            when = created_at.astimezone(UTC).replace(microsecond=0)
            manifest = Manifest(when, __version__, schema_revision, keys.db_id, kind, members,
                                audit_head)
            zf.writestr(_zip_info(MANIFEST_MEMBER, created_at), manifest.to_json())
        _fsync_file(tmp)
        try:
            verify_backup(tmp)  # read back: a failing USB stick shows up here, not at restore
        except BackupDamaged:
            raise StorageFull() from None
        if target.exists():  # never replace an existing backup
            raise BackupFileExists()
        os.replace(tmp, target)
        fsync_dir(target.parent)
        return manifest
    except OSError:
        raise StorageFull() from None
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def _staging(staging_dir: Path) -> Iterator[tuple[Path, str]]:
    """A new private staging folder under its own lock, taken before the folder exists (so
    :func:`remove_leftovers` never sees it unlocked) and given back after it is removed."""
    staging_dir.mkdir(parents=True, exist_ok=True)
    token = secrets.token_hex(8)
    lock = _lock(staging_dir, token)
    lock.acquire()
    stage = staging_dir / f"{STAGING_PREFIX}{token}"
    try:
        stage.mkdir(mode=0o700)
        yield stage, token
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        lock.release()
        Path(lock.lock_file).unlink(missing_ok=True)


def _lock(staging_dir: Path, token: str) -> FileLock:
    return FileLock(str(staging_dir / f"{STAGING_PREFIX}{token}{_LOCK_SUFFIX}"), timeout=0,
                    is_singleton=False, thread_local=False)


def remove_leftovers(staging_dir: Path) -> int:
    """Remove what killed backups left in ``staging_dir`` (the data folder's ``backups/``): their
    staging folders, and their half-written zips there and in its subfolders (``auto/``). A backup
    still running, in this program or another, holds its lock and is left alone. Returns how many
    leftovers were removed; errors are skipped (the next start tries again)."""
    if not staging_dir.is_dir():
        return 0
    tokens: dict[str, list[Path]] = {}
    try:
        for entry in staging_dir.glob(f"{STAGING_PREFIX}*"):
            token = entry.name[len(STAGING_PREFIX):].removesuffix(_LOCK_SUFFIX)
            tokens.setdefault(token, [])
            if entry.is_dir():
                tokens[token].append(entry)
        folders = [staging_dir, *(p for p in staging_dir.iterdir()
                                  if p.is_dir() and not p.name.startswith("."))]
        for folder in folders:
            for tmp in folder.glob(f".*{SUFFIX}.*.tmp"):
                tokens.setdefault(tmp.name.removesuffix(".tmp").rsplit(".", 1)[-1], []).append(tmp)
    except OSError:
        return 0
    removed = 0
    for token, leftovers in tokens.items():
        lock = _lock(staging_dir, token)
        try:
            lock.acquire()
        except (Timeout, OSError):
            continue  # running right now (or the folder is read-only): leave it
        try:
            for leftover in leftovers:
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)
                removed += not leftover.exists()
        except OSError:
            continue
        finally:
            lock.release()
            Path(lock.lock_file).unlink(missing_ok=True)
    return removed


def _snapshot(engine: Engine, data_key: bytes, dest: Path) -> None:
    raw = engine.raw_connection()  # driver autocommit: VACUUM needs no open transaction
    try:
        with scanning(raw.driver_connection) as driver:
            driver.execute("VACUUM INTO ?", (str(dest),))
    except Exception as exc:  # noqa: BLE001 - a page that cannot be read is damage
        if "full" in str(exc).lower() or "disk i/o" in str(exc).lower():
            raise StorageFull() from None
        raise DatabaseDamaged() from None
    finally:
        raw.close()
    conn = raw_connect(dest, data_key, wal=False)  # the copy opens under the same key...
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()  # ...and is whole
    finally:
        conn.close()
    if [str(r[0]).lower() for r in rows] != ["ok"]:
        raise DatabaseDamaged()


def read_manifest(path: Path) -> Manifest:
    """The manifest alone (no checksums): quick, for listing backups."""
    try:
        with zipfile.ZipFile(path) as zf:
            return Manifest.from_json(_read_small(zf, MANIFEST_MEMBER))
    except _READ_ERRORS:
        raise BackupDamaged() from None


def verify_backup(path: Path) -> Manifest:
    """Check the whole file: a zip, exactly the expected members, sizes and SHA-256 as in the
    manifest, and a keyslot file that loads and names the same database."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _checked_manifest(zf)
            for name, expected in manifest.members.items():
                with zf.open(name) as src:
                    _copy_checked(src, None, expected)
            with tempfile.TemporaryDirectory(prefix="kimbai-verify-") as tmp:
                # The keyslot file holds no personal data; KeyslotFile reads from a path.
                keys_file = Path(tmp) / KEYS_MEMBER
                keys_file.write_bytes(zf.read(KEYS_MEMBER))
                keys = _load_keys(keys_file)
    except KimbaiError:
        raise
    except _READ_ERRORS:
        raise BackupDamaged() from None
    if keys.db_id != manifest.db_id:
        raise BackupDamaged()
    return manifest


def extract_backup(path: Path, target_dir: Path) -> Manifest:
    """Write ``kimbai.db`` and ``kimbai.keys`` into ``target_dir``, checking every byte against
    the manifest on the way; on any mismatch nothing extracted is left behind."""
    target_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = _checked_manifest(zf)
            for name, expected in manifest.members.items():
                dest = target_dir / name
                with zf.open(name) as src, open(dest, "xb") as out:
                    written.append(dest)
                    _copy_checked(src, out, expected)
                    _flush(out)
        if _load_keys(target_dir / KEYS_MEMBER).db_id != manifest.db_id:
            raise BackupDamaged()
        return manifest
    except BaseException as exc:
        for dest in written:
            dest.unlink(missing_ok=True)
        if isinstance(exc, KimbaiError) or not isinstance(exc, _READ_ERRORS):
            raise
        raise BackupDamaged() from None




# -- internals -------------------------------------------------------------------------------


def _checked_manifest(zf: zipfile.ZipFile) -> Manifest:
    manifest = Manifest.from_json(_read_small(zf, MANIFEST_MEMBER))
    if sorted(zf.namelist()) != sorted((*DATA_MEMBERS, MANIFEST_MEMBER)):
        raise BackupDamaged()
    for name, expected in manifest.members.items():
        if zf.getinfo(name).file_size != expected.size:
            raise BackupDamaged()
    return manifest


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    if zf.getinfo(name).file_size > _MAX_MANIFEST:
        raise BackupDamaged()
    return zf.read(name)


def _copy_checked(src: IO[bytes], out: IO[bytes] | None, expected: MemberInfo) -> None:
    digest, size = hashlib.sha256(), 0
    while chunk := src.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if out is not None:
            try:
                out.write(chunk)
            except OSError:
                raise StorageFull() from None
    if size != expected.size or digest.hexdigest() != expected.sha256:
        raise BackupDamaged()


def _load_keys(path: Path) -> KeyslotFile:
    try:
        return KeyslotFile.load(path)
    except KeyFileDamaged:
        raise BackupDamaged() from None


def _zip_info(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.astimezone(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    return info


def _add_member(zf: zipfile.ZipFile, name: str, src: Path, when: datetime) -> MemberInfo:
    size = src.stat().st_size
    info = _zip_info(name, when)
    info.file_size = size
    digest = hashlib.sha256()
    with open(src, "rb") as fh, zf.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as out:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
    return MemberInfo(digest.hexdigest(), size)


def _flush(out: IO[bytes]) -> None:
    try:
        out.flush()
        os.fsync(out.fileno())
    except OSError:
        raise StorageFull() from None


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
