"""Keyslots: wrap/unwrap, awkward passwords, recovery key, tampering detected, no personal data."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kimbai_desktop.domain.errors import KeyFileDamaged, WrongPassword
from kimbai_desktop.storage import keyslots
from kimbai_desktop.storage.keyslots import (
    KeyslotFile,
    new_data_key,
    new_recovery_key,
    normalize_recovery_key,
)

AWKWARD = [
    "pass'word\"quoted",
    "back\\slash\\\\",
    "emoji 🙂🔒 mật khẩu",
    "x" * 200,
    "'; DROP TABLE accounts; --",
    "x'00'",
]


@pytest.fixture
def keys_path(tmp_path):
    return tmp_path / "kimbai.keys"


@pytest.mark.parametrize("password", AWKWARD)
def test_awkward_passwords_round_trip(keys_path, password):
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("hieutruong", password, key)
    ks.save(keys_path, key)
    assert KeyslotFile.load(keys_path).unwrap_account("hieutruong", password) == key


def test_nfc_and_nfd_passwords_are_the_same():
    key = new_data_key()
    ks = KeyslotFile.new()
    nfc = unicodedata.normalize("NFC", "Mật khẩu Đường")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    ks.add_account("gv", nfc, key)
    assert ks.unwrap_account("gv", nfd) == key


def test_wrong_password_and_unknown_account(keys_path):
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("hieutruong", "dung-roi-1", key)
    with pytest.raises(WrongPassword):
        ks.unwrap_account("hieutruong", "sai-roi-1")
    with pytest.raises(WrongPassword):
        ks.unwrap_account("nobody", "dung-roi-1")


def test_recovery_key_accepts_what_people_type_back():
    key = new_data_key()
    ks = KeyslotFile.new()
    recovery = new_recovery_key()
    assert len(recovery.split("-")) == 13
    ks.add_recovery(recovery, key)
    typed = recovery.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert ks.unwrap_recovery(typed) == key
    assert normalize_recovery_key(typed) == normalize_recovery_key(recovery)
    with pytest.raises(WrongPassword):
        ks.unwrap_recovery(new_recovery_key())


def test_file_holds_no_account_name_or_key(keys_path):
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("nguyenthimai", "mat-khau-123", key)
    ks.save(keys_path, key)
    raw = keys_path.read_bytes()
    assert b"nguyenthimai" not in raw
    assert b"mat-khau-123" not in raw
    assert key not in raw and key.hex().encode() not in raw


def test_accidental_damage_is_detected(keys_path):
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("hieutruong", "mat-khau-123", key)
    ks.save(keys_path, key)
    raw = bytearray(keys_path.read_bytes())
    i = raw.index(b'"sealed_key": "') + 17
    raw[i] = ord("A") if raw[i] != ord("A") else ord("B")
    keys_path.write_bytes(bytes(raw))
    with pytest.raises(KeyFileDamaged):
        KeyslotFile.load(keys_path)
    keys_path.write_bytes(bytes(raw[: len(raw) // 2]))
    with pytest.raises(KeyFileDamaged):
        KeyslotFile.load(keys_path)
    keys_path.write_bytes(b"")
    with pytest.raises(KeyFileDamaged):
        KeyslotFile.load(keys_path)
    keys_path.unlink()
    with pytest.raises(KeyFileDamaged):
        KeyslotFile.load(keys_path)


def test_deliberate_edit_with_fixed_checksum_is_detected_at_unlock(keys_path):
    """Someone swaps in a slot of their own and recomputes the plain checksum: the seal catches it."""
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("hieutruong", "mat-khau-123", key)
    ks.save(keys_path, key)
    loaded = KeyslotFile.load(keys_path)
    loaded.add_account("intruder", "intruder-pass", new_data_key())
    canonical = loaded._canonical()
    import hashlib

    raw = json.loads(keys_path.read_text())
    raw["slots"] = json.loads(canonical)["slots"]
    raw["checksum"] = hashlib.sha256(canonical).hexdigest()
    keys_path.write_text(json.dumps(raw))
    tampered = KeyslotFile.load(keys_path)
    with pytest.raises(KeyFileDamaged):
        tampered.unwrap_account("hieutruong", "mat-khau-123")


def test_a_password_change_rewrites_one_slot(keys_path):
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("a.user", "first-pass-1", key)
    ks.add_account("b.user", "second-pass-2", key)
    before = {s.tag: s for s in ks.slots}
    ks.change_secret(ks.account_tag("a.user"), "first-pass-1", "changed-pass-3")
    with pytest.raises(WrongPassword):
        ks.change_secret(ks.account_tag("b.user"), "wrong-pass", "changed-pass-3")
    after = {s.tag: s for s in ks.slots}
    tag_a, tag_b = ks.account_tag("a.user"), ks.account_tag("b.user")
    assert after[tag_b] == before[tag_b]
    assert after[tag_a] != before[tag_a]
    assert ks.unwrap_account("a.user", "changed-pass-3") == key
    with pytest.raises(WrongPassword):
        ks.unwrap_account("a.user", "first-pass-1")


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_password_round_trips(password):
    key = new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("u.ser", password, key)
    assert ks.unwrap_account("u.ser", password) == key


def test_reseal_gives_everyone_the_new_key_without_passwords(keys_path):
    old, new = new_data_key(), new_data_key()
    ks = KeyslotFile.new()
    ks.add_account("a.user", "first-pass-1", old)
    ks.add_account("leaver", "leaver-pass-2", old)
    recovery = new_recovery_key()
    ks.add_recovery(recovery, old)
    ks.remove(ks.account_tag("leaver"))
    ks.reseal_all(new)
    ks.save(keys_path, new)
    loaded = KeyslotFile.load(keys_path)
    assert loaded.unwrap_account("a.user", "first-pass-1") == new
    assert loaded.unwrap_recovery(recovery) == new
    with pytest.raises(WrongPassword):
        loaded.unwrap_account("leaver", "leaver-pass-2")
    # the old key no longer matches the file's seal
    with pytest.raises(KeyFileDamaged):
        loaded.verify_seal(old)


@pytest.mark.parametrize(("seconds", "passes"), [(0.1, 12), (0.15, 10), (0.25, 6), (0.45, 3),
                                                 (2.0, 3)])
def test_new_slots_take_about_half_a_second_here(monkeypatch, seconds, passes):
    """security.md: 64 MiB and 3 passes at least, tuned to about 0.5 s on this computer."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams())
    monkeypatch.setattr(keyslots, "_measure", lambda _params: seconds)
    keyslots._tuned.cache_clear()
    try:
        tuned = keyslots.new_slot_params()
    finally:
        keyslots._tuned.cache_clear()
    assert tuned.time_cost == passes
    assert tuned.memory_kib == 64 * 1024 and tuned.parallelism == keyslots.KdfParams().parallelism


def test_cheap_test_parameters_are_not_tuned():
    assert keyslots.new_slot_params() == keyslots.DEFAULT_KDF != keyslots.KdfParams()
