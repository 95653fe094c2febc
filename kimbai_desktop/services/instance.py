"""Single-instance lock on a data folder (``filelock``: an OS lock, released if the process dies).
The window holds it while it runs; every ``kimbai`` command that opens the folder takes it too."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from kimbai_desktop.domain.errors import AlreadyOpen
from kimbai_desktop.storage.database import DataFolder


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.folder = DataFolder(data_dir)
        self._lock: FileLock | None = None

    def acquire(self, wait_s: float = 0.0) -> None:
        """Take the lock, or raise AlreadyOpen if another program holds it (after ``wait_s``
        seconds: a command waits a little for another command to finish)."""
        self.folder.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.folder.lock_path), timeout=wait_s, is_singleton=False,
                        thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            raise AlreadyOpen() from None
        self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
