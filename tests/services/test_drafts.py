"""Drafts: each account reads only its own, saving replaces, discarding deletes, nothing is
audited per save, and a draft is never readable on disk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.services import accounts
from kimbai_desktop.services.drafts import (
    MAX_PAYLOAD_CHARS,
    discard_draft,
    load_draft,
    my_drafts,
    save_draft,
)
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import PASSWORD, USERNAME, files_containing, make_school

NOW = datetime(2026, 12, 1, 2, 12, tzinfo=UTC)


@pytest.fixture
def two_accounts(data_dir):
    make_school(data_dir)
    clock = FixedClock(NOW)
    principal = unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    accounts.add_account(principal, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tuvan-pass-123")
    counsellor = unlock(data_dir, "tuvan", "tuvan-pass-123", clock=clock)
    yield principal, counsellor, clock
    principal.close()
    counsellor.close()


def test_one_account_cannot_read_or_delete_another_accounts_draft(two_accounts) -> None:
    principal, counsellor, _clock = two_accounts
    save_draft(principal, "case_entry", 7, {"text": "Của hiệu trưởng"})
    assert load_draft(counsellor, "case_entry", 7) is None
    assert my_drafts(counsellor) == []
    save_draft(counsellor, "case_entry", 7, {"text": "Của tư vấn"})
    discard_draft(counsellor, "case_entry", 7)
    assert load_draft(counsellor, "case_entry", 7) is None
    mine = load_draft(principal, "case_entry", "7")
    assert mine is not None and mine.payload == {"text": "Của hiệu trưởng"}


def test_saving_replaces_and_keeps_the_time_and_nfc(two_accounts) -> None:
    principal, _counsellor, clock = two_accounts
    save_draft(principal, "intake", "", {"summary": "cu\u0303"})  # NFD, as some keyboards send
    first = load_draft(principal, "intake", "")
    assert first is not None and first.payload == {"summary": "c\u0169"}
    clock.advance(minutes=3)
    when = save_draft(principal, "intake", "", {"summary": "Em bị đánh", "n": [1, True]})
    draft = load_draft(principal, "intake", "")
    assert draft is not None
    assert draft.payload == {"summary": "Em bị đánh", "n": [1, True]}
    assert draft.updated_at == when == NOW + timedelta(minutes=3)
    assert len(my_drafts(principal)) == 1
    discard_draft(principal, "intake", "")
    discard_draft(principal, "intake", "")  # nothing left: no error
    assert load_draft(principal, "intake", "") is None


def test_drafts_are_not_audited_and_have_a_limit(two_accounts) -> None:
    principal, _counsellor, _clock = two_accounts
    with principal.db() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    for i in range(20):
        save_draft(principal, "case_entry", 1, {"text": "x" * i})
    with principal.db() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before
    with pytest.raises(ValidationError):
        save_draft(principal, "case_entry", 1, {"text": "x" * (MAX_PAYLOAD_CHARS + 1)})
    with pytest.raises(ValueError):
        save_draft(principal, "", 1, {})


def test_a_draft_is_never_readable_on_disk(two_accounts, data_dir) -> None:
    principal, _counsellor, _clock = two_accounts
    canaries = ["CANARYDRAFTqx81", "Nguyễn Văn Canarynháp"]
    save_draft(principal, "case_entry", 3, {"text": " ".join(canaries) * 50})
    assert load_draft(principal, "case_entry", 3) is not None
    principal.close()
    assert files_containing(data_dir, canaries) == []
