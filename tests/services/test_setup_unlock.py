"""First-run setup and unlocking on real encrypted databases."""

from __future__ import annotations

import os
import sqlite3

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.errors import (
    AlreadyInitialized,
    KeyFileDamaged,
    NotInitialized,
    StorageFull,
    UnlockThrottled,
    ValidationError,
    WrongPassword,
)
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.keyslots import KeyslotFile
from tests.helpers import PASSWORD, USERNAME, make_school, profile


def snapshot(folder: DataFolder) -> dict[str, object]:
    """The database's bytes and time, and the sealed part of kimbai.keys (its slots): a wrong
    password may change only the lock-out counters beside them."""
    keys = KeyslotFile.load(folder.keys_path)
    return {folder.db_path.name: (folder.db_path.read_bytes(), folder.db_path.stat().st_mtime_ns),
            "slots": (keys.slots, keys.mac)}


def test_setup_then_unlock_round_trip(data_dir):
    recovery = make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        assert session.user.username == USERNAME
        assert session.user.role.value == "principal"
        assert session.school_profile() == profile()
    finally:
        session.close()
    assert session.closed
    folder = DataFolder(data_dir)
    assert KeyslotFile.load(folder.keys_path).unwrap_recovery(recovery)
    names = sorted(p.name for p in data_dir.iterdir())
    # The lock holds nothing; kimbai.head is the audit trail's signed head (issue 14).
    assert names == ["kimbai.db", "kimbai.head", "kimbai.keys", "kimbai.keys.lock"]
    assert (data_dir / "kimbai.keys.lock").stat().st_size == 0


def test_text_is_stored_nfc(data_dir):
    import unicodedata

    nfd_name = unicodedata.normalize("NFD", "Trường Tiểu học Hòa Bình")
    make_school(data_dir, school_name=nfd_name, place_name="  Hòa   Bình ")
    session = unlock(data_dir, USERNAME, PASSWORD)
    p = session.school_profile()
    session.close()
    assert p.school_name == unicodedata.normalize("NFC", nfd_name)
    assert p.place_name == "Hòa Bình"


def test_username_is_case_insensitive(data_dir):
    make_school(data_dir)
    unlock(data_dir, "  HieuTruong ", PASSWORD).close()


def test_second_setup_is_refused(data_dir):
    make_school(data_dir)
    with pytest.raises(AlreadyInitialized):
        make_school(data_dir)


def test_setup_names_every_wrong_field_and_writes_nothing(data_dir):
    with pytest.raises(ValidationError) as info:
        make_school(data_dir, password="short", username="Ngô Văn", school_year="2024",
                    document_symbol="th kb!", school_name="")
    assert set(info.value.field_errors) == {
        "password", "username", "school_year", "document_symbol", "school_name"}
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_unlock_an_empty_folder(data_dir):
    with pytest.raises(NotInitialized):
        unlock(data_dir, USERNAME, PASSWORD)


@pytest.mark.parametrize("password", ["pass'word\"q", "back\\slash", "🙂 emoji mật khẩu", "x" * 200])
def test_awkward_passwords_unlock_the_same_data(data_dir, password):
    make_school(data_dir, password=password)
    session = unlock(data_dir, USERNAME, password)
    assert session.school_profile() == profile()
    session.close()


def test_nfd_password_unlocks_nfc(data_dir):
    import unicodedata

    make_school(data_dir, password=unicodedata.normalize("NFC", "Mật khẩu của tôi"))
    unlock(data_dir, USERNAME, unicodedata.normalize("NFD", "Mật khẩu của tôi")).close()


def test_wrong_password_changes_nothing_in_the_database(data_dir):
    make_school(data_dir)
    folder = DataFolder(data_dir)
    before = snapshot(folder)
    for wrong in ["sai-mat-khau", PASSWORD + " ", PASSWORD.upper(), ""]:
        with pytest.raises(WrongPassword) as info:
            unlock(data_dir, USERNAME, wrong)
        assert "Check the keyboard language" in info.value.message
    with pytest.raises(WrongPassword):
        unlock(data_dir, "khongco", PASSWORD)
    assert snapshot(folder) == before


def test_failures_are_slowed_down_and_the_delay_survives_a_restart(data_dir):
    make_school(data_dir)
    clock = FixedClock()
    for _ in range(5):
        with pytest.raises(WrongPassword):
            unlock(data_dir, USERNAME, "wrong-password", clock=clock)
    # Even the right password waits now; a new process reads the same counter from disk.
    with pytest.raises(UnlockThrottled) as info:
        unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    assert info.value.params["seconds"] == 30
    clock.advance(seconds=31)
    with pytest.raises(WrongPassword):
        unlock(data_dir, USERNAME, "wrong-again", clock=clock)
    with pytest.raises(UnlockThrottled) as info:
        unlock(data_dir, USERNAME, PASSWORD, clock=clock)
    assert info.value.params["seconds"] == 60
    clock.advance(seconds=61)
    unlock(data_dir, USERNAME, PASSWORD, clock=clock).close()
    # success resets the counter
    with pytest.raises(WrongPassword):
        unlock(data_dir, USERNAME, "wrong", clock=clock)
    unlock(data_dir, USERNAME, PASSWORD, clock=clock).close()


def test_keyslot_file_from_another_school_is_detected(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    make_school(a)
    make_school(b)
    (a / "kimbai.keys").write_bytes((b / "kimbai.keys").read_bytes())
    with pytest.raises((KeyFileDamaged, Exception)) as info:
        unlock(a, USERNAME, PASSWORD)
    assert info.type.__name__ in {"KeyFileDamaged", "DatabaseDamaged"}


def test_update_profile_validates_and_needs_the_principal(data_dir):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        with pytest.raises(ValidationError):
            session.update_school_profile(profile(school_year="2025-2027"))
        updated = session.update_school_profile(profile(school_year="2025 - 2026"))
        assert updated.school_year == "2025-2026"
        assert session.school_profile().school_year == "2025-2026"
    finally:
        session.close()


def test_interrupted_setup_leaves_no_database(data_dir, monkeypatch):
    from kimbai_desktop.storage import keyslots

    def boom(*a, **k):
        raise OSError("disk unplugged")

    monkeypatch.setattr(keyslots, "atomic_write_bytes", boom)
    with pytest.raises(StorageFull):
        make_school(data_dir)
    assert not DataFolder(data_dir).has_any_database_file()
    assert [p.name for p in data_dir.iterdir()] == ["kimbai.keys.lock"]
    monkeypatch.undo()
    from tests.conftest import FAST_KDF

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
    make_school(data_dir)  # setup can simply be run again


def test_plain_sqlite_cannot_read_the_file(data_dir):
    make_school(data_dir)
    conn = sqlite3.connect(data_dir / "kimbai.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    assert os.path.getsize(data_dir / "kimbai.db") > 0
