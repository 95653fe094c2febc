"""Audit trail: events for sign-in, failures, changes; append-only; the verifier finds tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.errors import WrongPassword
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import audit
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, make_school, profile


def actions(session):
    with session.db() as s:
        return [(e.actor, e.action) for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_sign_in_failures_and_changes_are_recorded(data_dir):
    make_school(data_dir)
    clock = FixedClock()
    for _ in range(2):
        with pytest.raises(WrongPassword):
            unlock(data_dir, USERNAME, "sai-mat-khau", clock=clock)
    with pytest.raises(WrongPassword):
        unlock(data_dir, "nguoila", "sai-mat-khau", clock=clock)
    session = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    session.update_school_profile(profile(school_year="2025-2026"))
    session.sign_out()
    session = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    try:
        assert actions(session) == [
            (USERNAME, "account_create"),
            (USERNAME, "sign_in_failed"), (USERNAME, "sign_in_failed"), ("?", "sign_in_failed"),
            (USERNAME, "sign_in"), (USERNAME, "settings_change"), (USERNAME, "sign_out"),
            (USERNAME, "sign_in"),
        ]
        with session.db() as s:
            change = s.scalars(select(AuditEvent).where(
                AuditEvent.action == AuditAction.SETTINGS_CHANGE.value)).one()
            assert change.detail == "school_year"  # which field, never its content
            status = audit.verify(s)
        assert status.ok and status.count == 8 and status.first_broken_id is None
    finally:
        session.close()


@pytest.fixture
def chain(data_dir):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    for i in range(5):
        session.audit(AuditAction.VIEW, "case", i)
    yield session
    session.close()


def test_events_cannot_be_updated_or_deleted(chain):
    for sql in ("UPDATE audit_events SET actor = 'x' WHERE id = 3",
                "DELETE FROM audit_events WHERE id = 3"):
        with pytest.raises((IntegrityError, OperationalError)), chain.write() as s:
            s.execute(text(sql))


def _drop_guards(s):
    s.execute(text("DROP TRIGGER audit_events_no_update"))
    s.execute(text("DROP TRIGGER audit_events_no_delete"))


@pytest.mark.parametrize("tamper, broken", [
    ("UPDATE audit_events SET actor = 'someone' WHERE id = 4", 4),
    ("UPDATE audit_events SET record_id = '99' WHERE id = 3", 3),
    ("DELETE FROM audit_events WHERE id = 3", 4),
    ("UPDATE audit_events SET id = 100 WHERE id = 2", 3),
])
def test_verifier_names_the_first_broken_event(chain, tamper, broken):
    with chain.write() as s:
        _drop_guards(s)
        s.execute(text(tamper))
    with chain.db() as s:
        status = audit.verify(s)
    assert not status.ok and status.first_broken_id == broken


def test_reordered_events_are_detected(chain):
    with chain.write() as s:
        _drop_guards(s)
        s.execute(text("UPDATE audit_events SET id = -1 WHERE id = 3"))
        s.execute(text("UPDATE audit_events SET id = 3 WHERE id = 4"))
        s.execute(text("UPDATE audit_events SET id = 4 WHERE id = -1"))
    with chain.db() as s:
        assert audit.verify(s).first_broken_id == 3


def test_head_changes_with_every_event(chain):
    with chain.db() as s:
        count, head = audit.head(s)
    chain.audit(AuditAction.PRINT, "report", "1")
    with chain.db() as s:
        count2, head2 = audit.head(s)
    assert count2 == count + 1 and head2 != head
