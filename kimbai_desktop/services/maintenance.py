"""Health checks of an unlocked database (kiểm tra): quick_check and cipher_integrity_check."""

from __future__ import annotations

from dataclasses import dataclass

from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.database import current_revision, integrity_problems
from kimbai_desktop.storage.engine import cipher_version


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...]
    cipher_version: str
    schema_revision: str


def check_database(session: AppSession) -> CheckResult:
    problems = integrity_problems(session.engine)
    return CheckResult(
        ok=not problems,
        problems=tuple(problems),
        cipher_version=cipher_version(),
        schema_revision=current_revision(session.engine) or "",
    )
