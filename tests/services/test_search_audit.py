"""Searches are audited (who searched for what) without a write per keystroke (issue 20, point 2):
the views wait in memory and are written with the next write, by flush_audit (the window calls
it every second), or at close; a crash loses at most what was not flushed."""

from __future__ import annotations

import multiprocessing
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.services import cases
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.register import PupilInput, PupilQuery
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.storage import audit
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school

CLOCK = FixedClock(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))


@pytest.fixture
def session(data_dir: Path):  # type: ignore[no-untyped-def]
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD, clock=CLOCK)
    reg.save_pupil(s, PupilInput(full_name="Nguyễn Văn An", sex=Sex.MALE, class_name="3A"))
    yield s
    s.close()


def events(session: AppSession) -> list[tuple[str, str, str]]:
    with session.db() as s:
        return [(e.action, e.record_type, e.detail)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def count(session: AppSession) -> int:
    with session.db() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_typing_a_search_writes_nothing_until_flushed_then_each_search_once(session) -> None:  # type: ignore[no-untyped-def]
    before = count(session)
    for typed in ("n", "ng", "ngu", "nguy", "nguyen", "nguyen", "nguyen"):
        reg.list_pupils(session, PupilQuery(text=typed))
    assert count(session) == before  # no transaction per keystroke
    assert session.audit_pending
    session.flush_audit()
    assert not session.audit_pending
    searched = [d for a, r, d in events(session)[before:] if r == "register"]
    assert searched == ["search:n", "search:ng", "search:ngu", "search:nguy", "search:nguyen"]
    assert audit.verify(session.db()).ok


def test_pending_views_go_with_the_next_write_in_order(session) -> None:  # type: ignore[no-untyped-def]
    before = count(session)
    reg.list_pupils(session, PupilQuery())
    cases.list_cases(session, cases.CaseQuery(text="Ánh"))
    reg.save_pupil(session, PupilInput(full_name="Trần Thị Bình", sex=Sex.FEMALE,
                                       class_name="3A"))
    written = events(session)[before:]
    assert written[0] == ("view", "register", "list")
    assert ("view", "cases", "search:anh") in written
    assert written[-1][0] == "create"
    assert not session.audit_pending


def test_close_writes_what_is_pending(data_dir: Path, session) -> None:  # type: ignore[no-untyped-def]
    reg.list_pupils(session, PupilQuery(text="an"))
    session.close()
    again = unlock(data_dir, USERNAME, PASSWORD, clock=CLOCK)
    try:
        assert ("view", "register", "search:an") in events(again)
    finally:
        again.close()


def _search_then_die(data_dir: str, flush: bool) -> None:
    s = unlock(Path(data_dir), USERNAME, PASSWORD, clock=CLOCK)
    reg.list_pupils(s, PupilQuery(text="binh"))
    if flush:
        s.flush_audit()
    reg.list_pupils(s, PupilQuery(text="chi"))
    os._exit(0)  # a crash: no close, nothing else flushed


def test_a_crash_loses_only_what_was_not_flushed(data_dir: Path, session) -> None:  # type: ignore[no-untyped-def]
    session.close()
    ctx = multiprocessing.get_context("fork")
    child = ctx.Process(target=_search_then_die, args=(str(data_dir), True))
    child.start()
    child.join(60)
    again = unlock(data_dir, USERNAME, PASSWORD, clock=CLOCK)
    try:
        details = [d for _, r, d in events(again) if r == "register"]
        assert "search:binh" in details and "search:chi" not in details
        with again.db() as s:
            assert audit.verify(s).ok
    finally:
        again.close()
