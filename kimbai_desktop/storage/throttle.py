"""The lock-out: wrong passwords slow down their own account (or the recovery key), not others.

The counters live in kimbai.keys (``attempts``), so deleting a file resets them only by deleting
the keys too. Each try is counted *before* its password is checked, inside the keyslot file's
lock: parallel guesses all count, and no more than the free tries are ever checked at once.
A right password clears its own account's counter; the wrong ones wait in the file (``failed``,
by lookup tag, never a name) until the next unlock writes them to the audit trail.

This guards the program's own doors. Someone who copies the files attacks the key derivation
(Argon2id in each slot) directly, where no counter can stop them.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.errors import UnlockThrottled
from kimbai_desktop.storage import keystore
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.keyslots import Attempts, FailedSignIn

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30
MAX_DELAY_S = 15 * 60
MAX_TAGS = 500  # counters kept (names that do not exist count too; the oldest go first)


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` consecutive wrong passwords: 0 for the first four,
    then 30 s, doubling up to 15 minutes."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS)))


@dataclass(frozen=True)
class FailedAttempt:
    at: datetime
    tag: str
    event_id: str


def seconds_to_wait(attempts: Attempts, now: datetime) -> int:
    if not attempts.last or attempts.failures < FREE_ATTEMPTS:
        return 0
    try:
        last = datetime.fromisoformat(attempts.last)
    except ValueError:
        last = now
    ready = last + timedelta(seconds=delay_after(attempts.failures))
    return max(0, math.ceil((ready - now).total_seconds()))


def begin_attempt(folder: DataFolder, tag: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """Count one try for ``tag`` before its password is checked, or raise UnlockThrottled."""
    now = clock.now().astimezone(UTC)
    with keystore.locked(folder):
        keys = keystore.read_for_update(folder)
        current = keys.attempts.get(tag, Attempts())
        if keys.attempts_damaged:  # unreadable counters keep a delay rather than none
            current = Attempts(max(current.failures, FREE_ATTEMPTS), now.isoformat())
        wait = seconds_to_wait(current, now)
        if wait > 0:
            if keys.attempts_damaged or folder.throttle_path.exists():
                keys.attempts[tag] = current
                keystore.write(folder, keys)  # takes over the old counter file at once
            raise UnlockThrottled(seconds=wait)
        keys.attempts[tag] = Attempts(current.failures + 1, now.isoformat())
        if len(keys.attempts) > MAX_TAGS:
            oldest = sorted(keys.attempts, key=lambda t: keys.attempts[t].last)
            for old in oldest[: len(keys.attempts) - MAX_TAGS]:
                del keys.attempts[old]
        keystore.write(folder, keys)


def attempt_failed(folder: DataFolder, tag: str, clock: Clock = SYSTEM_CLOCK) -> None:
    """The password was wrong: keep it for the audit trail (it is already counted)."""
    now = clock.now().astimezone(UTC)
    with keystore.locked(folder):
        keys = keystore.read_for_update(folder)
        keys.failed = (keys.failed + [FailedSignIn(now.isoformat(), tag, secrets.token_hex(8))]
                       )[-keystore.MAX_FAILED:]
        keystore.write(folder, keys)


def attempt_succeeded(folder: DataFolder, tag: str) -> None:
    """The right secret: its own counter starts again (other accounts' counters stay)."""
    with keystore.locked(folder):
        keys = keystore.read_for_update(folder)
        if tag in keys.attempts or folder.throttle_path.exists():
            keys.attempts.pop(tag, None)
            keystore.write(folder, keys)


def pending_failures(folder: DataFolder) -> list[FailedAttempt]:
    """The wrong passwords not yet in the audit trail."""
    keys = keystore.read(folder)
    out = []
    for f in keys.failed:
        try:
            at = datetime.fromisoformat(f.at)
        except ValueError:
            continue
        out.append(FailedAttempt(at if at.tzinfo else at.replace(tzinfo=UTC), f.tag, f.event_id))
    return out


def forget_failures(folder: DataFolder, event_ids: set[str]) -> None:
    """After they were written to the audit trail."""
    if not event_ids:
        return
    with keystore.locked(folder):
        keys = keystore.read_for_update(folder)
        keys.failed = [f for f in keys.failed if f.event_id not in event_ids]
        keystore.write(folder, keys)
