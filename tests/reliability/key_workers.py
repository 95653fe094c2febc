"""Child-process bodies for the key tests: rotations to kill, guesses and account changes to race.

Each child uses the tests' cheap key derivation (tests/conftest.py's FAST_KDF does not reach a
new process)."""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import KimbaiError, UnlockThrottled, WrongPassword
from kimbai_desktop.storage import keyslots, throttle

FAST_KDF = keyslots.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
keyslots.DEFAULT_KDF = FAST_KDF


def _ack(path: str, line: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, f"{line}\n".encode())
    finally:
        os.close(fd)


def rotate(data_dir: str, username: str, password: str, remove: str, ack_path: str) -> None:
    """Sign in and rotate the key removing ``remove``; ack "done" when it returned."""
    from kimbai_desktop.services.keys import rotate_data_key
    from kimbai_desktop.services.session import unlock

    session = unlock(Path(data_dir), username, password)
    _ack(ack_path, "signed-in")
    try:
        rotate_data_key(session, (remove,))
    finally:
        session.close()
    _ack(ack_path, "done")


def rotate_on_full_disk(data_dir: str, username: str, password: str, remove: str,
                        limit_bytes: int, result_path: str) -> None:
    """The same with every file limited to ``limit_bytes`` (a full disk); report how it ended."""
    from kimbai_desktop.services.keys import rotate_data_key
    from kimbai_desktop.services.session import unlock

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    session = unlock(Path(data_dir), username, password)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, hard))
    outcome = "done"
    try:
        rotate_data_key(session, (remove,))
    except KimbaiError as exc:
        outcome = f"{type(exc).__name__}:{exc.message}"
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        import traceback

        outcome = "other:" + type(exc).__name__ + repr(traceback.format_exc()[-1500:])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        _ack(result_path, outcome)
        session.close()
    sys.exit(0)


def guess(data_dir: str, username: str, password: str, free: int, ack_path: str,
          start_at: float) -> None:
    """One sign-in try (all children start together); ack how it ended."""
    import time

    from kimbai_desktop.services.session import unlock

    throttle.FREE_ATTEMPTS = free
    while time.time() < start_at:
        time.sleep(0.001)
    try:
        unlock(Path(data_dir), username, password).close()
        _ack(ack_path, "ok")
    except WrongPassword:
        _ack(ack_path, "wrong")
    except UnlockThrottled:
        _ack(ack_path, "throttled")


def change_account(data_dir: str, principal: str, password: str, action: str, account: str,
                   secret: str, ack_path: str, start_at: float) -> None:
    """One account change through the services (no window lock: the keys file lock alone must
    keep every update); ack it when it returned."""
    import time

    from kimbai_desktop.services import accounts
    from kimbai_desktop.services.session import unlock

    session = unlock(Path(data_dir), principal, password)
    while time.time() < start_at:
        time.sleep(0.001)
    try:
        if action == "add":
            accounts.add_account(session, account, "Người Thử", Role.TEACHER, secret)
        else:
            target = next(a for a in accounts.list_accounts(session) if a.username == account)
            if action == "passwd":
                accounts.reset_password(session, target.id, secret)
            else:
                accounts.remove_account(session, target.id)
        _ack(ack_path, f"{action} {account}")
    finally:
        session.close()
