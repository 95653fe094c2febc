"""Slows down repeated wrong passwords; the delay survives a restart.

State lives in a small JSON file beside the database, outside the encryption (it is needed before
unlock). It holds counts, times and the keyslot lookup tag of each failed attempt (an HMAC, not a
name), so that failures can be written to the audit trail at the next successful unlock. Deleting
the file only resets the delay; the real protection against guessing is Argon2id in the keyslots.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.errors import UnlockThrottled
from kimbai_desktop.storage.files import atomic_write_bytes

FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30
MAX_DELAY_S = 15 * 60
MAX_PENDING = 200


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


@dataclass
class UnlockThrottle:
    path: Path
    clock: Clock = SYSTEM_CLOCK
    failures: int = 0
    last_failure: datetime | None = None
    pending: list[FailedAttempt] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path, clock: Clock = SYSTEM_CLOCK) -> UnlockThrottle:
        state = cls(path=path, clock=clock)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            state.failures = max(0, int(raw.get("failures", 0)))
            last = raw.get("last_failure")
            state.last_failure = datetime.fromisoformat(last) if last else None
            state.pending = [FailedAttempt(datetime.fromisoformat(p["at"]), str(p["tag"]))
                             for p in raw.get("pending", [])][-MAX_PENDING:]
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            # A damaged counter must not lock everyone out: start again, but keep a delay.
            state.failures = FREE_ATTEMPTS
            state.last_failure = clock.now()
        return state

    def seconds_to_wait(self) -> int:
        if self.last_failure is None:
            return 0
        ready = self.last_failure + timedelta(seconds=delay_after(self.failures))
        remaining = (ready - self.clock.now()).total_seconds()
        return max(0, math.ceil(remaining))

    def check(self) -> None:
        wait = self.seconds_to_wait()
        if wait > 0:
            raise UnlockThrottled(seconds=wait)

    def record_failure(self, tag: str) -> None:
        now = self.clock.now()
        self.failures += 1
        self.last_failure = now
        self.pending = (self.pending + [FailedAttempt(now, tag)])[-MAX_PENDING:]
        self._save()

    def take_pending_and_reset(self) -> list[FailedAttempt]:
        """After a successful unlock: clear the counter and hand over failures for the audit."""
        pending = list(self.pending)
        if self.failures or self.pending or self.path.exists():
            self.failures, self.last_failure, self.pending = 0, None, []
            if self.path.exists():
                self.path.unlink()
        return pending

    def _save(self) -> None:
        data = {
            "failures": self.failures,
            "last_failure": self.last_failure.isoformat() if self.last_failure else None,
            "pending": [{"at": p.at.astimezone(UTC).isoformat(), "tag": p.tag}
                        for p in self.pending],
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(data).encode("utf-8"))
