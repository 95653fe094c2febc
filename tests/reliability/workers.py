"""Child-process bodies for the reliability tests (started through a forkserver)."""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from sqlalchemy import text

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.errors import StorageFull
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME


def write_loop(data_dir: str, ack_path: str, prefix: str = "k", count: int = 10**9) -> None:
    """Insert rows, each with its audit event in the same transaction; ack each commit by
    appending a line to ``ack_path`` (a single small write: it lands whole or not at all)."""
    ack_fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    session = unlock(Path(data_dir), USERNAME, PASSWORD)
    for i in range(count):
        key = f"{prefix}{i}"
        with session.write() as s:
            s.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                      {"k": key, "v": "x" * 200})
            session.audit(AuditAction.CREATE, "setting", key, s=s)
        os.write(ack_fd, f"{key}\n".encode())
    session.close()
    os.close(ack_fd)


def fill_disk(data_dir: str, limit_bytes: int, result_path: str) -> None:
    """Write until the file-size limit stops us; report how it ended."""
    result_fd = os.open(result_path, os.O_WRONLY | os.O_CREAT, 0o600)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    session = unlock(Path(data_dir), USERNAME, PASSWORD)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    outcome = "no-error"
    written = 0
    try:
        for i in range(100_000):
            with session.write() as s:
                s.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                          {"k": f"fill{i}", "v": "y" * 2000})
            written += 1
    except StorageFull as exc:
        outcome = "storage-full:" + exc.message
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        outcome = "other:" + type(exc).__name__
    finally:
        os.write(result_fd, f"{outcome}|{written}\n".encode())
        os.close(result_fd)
        session.close()
    sys.exit(0)


def backup_then_hang(data_dir: str, ack_path: str) -> None:
    """The daily automatic backup, stopped for good halfway through writing its zip (the staging
    copy and the partial file exist); says so in ``ack_path`` and waits to be killed."""
    import time

    from kimbai_desktop.services.backup import auto_backup
    from kimbai_desktop.storage import backup as storage_backup

    real_add_member = storage_backup._add_member

    def add_member(*args: object, **kwargs: object) -> object:
        info = real_add_member(*args, **kwargs)
        ack_fd = os.open(ack_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.write(ack_fd, b"halfway\n")
        os.close(ack_fd)
        time.sleep(600)
        return info

    storage_backup._add_member = add_member  # type: ignore[assignment]
    session = unlock(Path(data_dir), USERNAME, PASSWORD)
    auto_backup(session, "daily")
