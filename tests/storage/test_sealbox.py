"""The sealed box and the account's key material (storage/sealbox.py)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import sealbox
from kimbai_desktop.storage.sealbox import SealBroken
from tests.helpers import PASSWORD, USERNAME, make_school


def test_only_the_addressed_key_opens_and_the_context_is_bound() -> None:
    alice, bob = sealbox.new_private_key(), sealbox.new_private_key()
    blob = sealbox.seal(sealbox.public_of(alice), b"case key", context=b"case:7")
    assert sealbox.open_sealed(alice, blob, context=b"case:7") == b"case key"
    with pytest.raises(SealBroken):
        sealbox.open_sealed(bob, blob, context=b"case:7")
    with pytest.raises(SealBroken):
        sealbox.open_sealed(alice, blob, context=b"case:8")
    changed = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(SealBroken):
        sealbox.open_sealed(alice, changed, context=b"case:7")
    with pytest.raises(SealBroken):
        sealbox.open_sealed(alice, b"short", context=b"case:7")


def test_signing_key_is_derived_and_verifies() -> None:
    private = sealbox.new_private_key()
    keys = sealbox.AccountKeys("slot", private)
    signature = keys.sign(b"event 1")
    assert sealbox.verify(keys.verify_key, signature, b"event 1")
    assert not sealbox.verify(keys.verify_key, signature, b"event 2")
    assert not sealbox.verify(sealbox.verify_key_of(sealbox.new_private_key()), signature,
                              b"event 1")
    assert sealbox.verify_key_of(private) == keys.verify_key  # stable: derived, not stored
    assert "private" not in repr(keys) or private.hex() not in repr(keys)


def test_the_session_holds_the_signed_in_slots_key_pair(data_dir: Path) -> None:
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        keys = session.load_keys()
        slot = next(s for s in keys.slots if s.slot_id == session.account_keys.slot_id)
        assert base64.b64decode(slot.public) == session.account_keys.public
    finally:
        session.close()
    assert not session.has_account_keys
