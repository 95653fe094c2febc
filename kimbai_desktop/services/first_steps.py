"""A new school's first steps (import the class lists, add the staff accounts, set the year's
targets, keep the recovery key, back up): each one done or not, read from the data itself.

Only "the recovery key is kept" cannot be read from the data: it is recorded as a fact (the day
it was confirmed, no personal data) when the principal confirms having printed or written it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import func, select

from kimbai_desktop.domain import when
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.services.preferences import load_preferences
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Account, AuditEvent, Enrolment, Setting, Target

RECOVERY_KEY_KEPT = "first_steps.recovery_key_kept"  # Setting: the day it was confirmed


class Step(Enum):
    CLASS_LISTS = "class_lists"
    STAFF_ACCOUNTS = "staff_accounts"
    TARGETS = "targets"
    RECOVERY_KEY = "recovery_key"
    BACKUP = "backup"


@dataclass(frozen=True)
class FirstSteps:
    """``done`` by step, in the order to take them; ``None`` for a user who does not set up the
    school (only the principal sees the checklist)."""

    done: tuple[tuple[Step, bool], ...]

    @property
    def all_done(self) -> bool:
        return all(ok for _step, ok in self.done)

    def is_done(self, step: Step) -> bool:
        return dict(self.done)[step]


def first_steps(session: AppSession) -> FirstSteps | None:
    """Which first steps are done; None for anyone but the principal."""
    if not session.can(Permission.MANAGE_ACCOUNTS):
        return None
    year = session.school_profile().school_year
    daily = load_preferences(session).daily_backup
    with session.db() as s:
        pupils = s.scalar(select(func.count()).select_from(Enrolment)
                          .where(Enrolment.school_year == year)) or 0
        accounts = s.scalar(select(func.count()).select_from(Account)) or 0
        targets = s.scalar(select(func.count()).select_from(Target)
                           .where(Target.school_year == year)) or 0
        key_kept = s.get(Setting, RECOVERY_KEY_KEPT) is not None
        copied = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == AuditAction.BACKUP.value, AuditEvent.detail == "manual")) or 0
    return FirstSteps((
        (Step.CLASS_LISTS, pupils > 0),
        (Step.STAFF_ACCOUNTS, accounts > 1),
        (Step.TARGETS, targets > 0),
        (Step.RECOVERY_KEY, key_kept),
        (Step.BACKUP, daily and copied > 0),
    ))


def record_recovery_key_kept(session: AppSession) -> None:
    """The principal confirmed having printed or written down the recovery key (at set-up or
    after making a new one): remembered as the school day it happened, nothing else."""
    session.require(Permission.ROTATE_KEY)
    day = when.school_today(session.clock.now()).isoformat()
    with session.write() as s:
        row = s.get(Setting, RECOVERY_KEY_KEPT)
        if row is None:
            s.add(Setting(key=RECOVERY_KEY_KEPT, value=json.dumps(day)))
        else:
            row.value = json.dumps(day)
