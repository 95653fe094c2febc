"""kimbai.keys on disk: the file lock every change takes, read-modify-write inside it, and the
one-time move of an earlier version's file (format 1, unlock-attempts.json) into format 2.

Every writer of kimbai.keys (accounts, passwords, recovery key, rotation, the wrong-password
counters) holds :func:`locked` from its read to its atomic replace, so two programs changing it at
the same moment never lose an update. ``filelock`` gives the OS lock (released if the process
dies); an in-process re-entrant lock makes nested use from one thread safe and keeps threads apart.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from kimbai_desktop.domain.errors import DatabaseBusy, StorageFull
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.files import fsync_dir
from kimbai_desktop.storage.keyslots import Attempts, FailedSignIn, KeyslotFile

LOCK_SUFFIX = ".lock"
LOCK_TIMEOUT_S = 60.0  # a rotation of a large school holds it for a few seconds
MAX_FAILED = 200  # failed sign-ins kept for the audit trail (the oldest go first)
_threads = threading.RLock()


def lock_path(folder: DataFolder) -> Path:
    return folder.keys_path.with_name(folder.keys_path.name + LOCK_SUFFIX)


@contextmanager
def locked(folder: DataFolder) -> Iterator[None]:
    """Hold the keyslot file's lock (re-entrant in one thread). DatabaseBusy after a minute."""
    with _threads:
        lock = FileLock(str(lock_path(folder)), timeout=LOCK_TIMEOUT_S, is_singleton=True,
                        thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            raise DatabaseBusy() from None
        except OSError:
            raise StorageFull() from None
        try:
            yield
        finally:
            lock.release()


def read(folder: DataFolder) -> KeyslotFile:
    """The current file (no lock needed to read: it is only ever replaced whole)."""
    return KeyslotFile.load(folder.keys_path)


def read_for_update(folder: DataFolder) -> KeyslotFile:
    """Inside :func:`locked`: the current file, with an earlier version's unlock-attempts.json
    taken into it (written back by the next :func:`write`)."""
    keys = read(folder)
    _take_old_counter(folder, keys)
    return keys


def write(folder: DataFolder, keys: KeyslotFile, data_key: bytes | None = None,
          *, pending: bool = False) -> None:
    """Inside :func:`locked`: replace kimbai.keys (or kimbai.keys.pending) atomically, sealed
    with ``data_key`` when given (else only the counters changed). The first write over a
    version 1 file keeps a copy of it in backups/ first. A full disk raises StorageFull and
    leaves the file as it was."""
    path = folder.pending_keys_path if pending else folder.keys_path
    try:
        if not pending:
            _keep_version_1(folder)
        if data_key is None:
            keys.save_unsealed_part(path)
        else:
            keys.save(path, data_key)
        if not pending:
            folder.throttle_path.unlink(missing_ok=True)  # its content is in kimbai.keys now
    except OSError:
        raise StorageFull() from None


def _keep_version_1(folder: DataFolder) -> None:
    try:
        on_disk = json.loads(folder.keys_path.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        return
    if on_disk != 1:
        return
    folder.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder.backups_dir / f"kimbai-keys-format1-{stamp}.keys"
    n = 1
    while target.exists():
        n += 1
        target = folder.backups_dir / f"kimbai-keys-format1-{stamp}-{n}.keys"
    shutil.copy2(folder.keys_path, target)
    fsync_dir(folder.backups_dir)


def _take_old_counter(folder: DataFolder, keys: KeyslotFile) -> None:
    """unlock-attempts.json (one counter for everyone, earlier versions): each failed sign-in it
    still holds counts against its own account and waits for the audit trail as before."""
    path = folder.throttle_path
    if not path.exists():
        return
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        pending = [(str(p["at"]), str(p["tag"])) for p in raw.get("pending", [])]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        keys.attempts_damaged = True  # a damaged counter keeps a delay, as it did before
        return
    for at, tag in pending:
        before = keys.attempts.get(tag, Attempts())
        keys.attempts[tag] = Attempts(before.failures + 1, max(before.last, at))
        keys.failed.append(FailedSignIn(at, tag, f"old-{len(keys.failed)}-{at}"))
    keys.failed = keys.failed[-MAX_FAILED:]
