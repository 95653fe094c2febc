"""Recovery key and key rotation."""

from __future__ import annotations

import pytest

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import DatabaseDamaged, PermissionDenied, WrongPassword
from kimbai_desktop.services import accounts, keys
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.engine import raw_connect
from kimbai_desktop.storage.keyslots import KeyslotFile
from tests.helpers import PASSWORD, USERNAME, make_school


def test_forgotten_password_is_reset_with_the_recovery_key(data_dir):
    recovery = make_school(data_dir)
    with pytest.raises(keys.WrongRecoveryKey):
        keys.reset_password_with_recovery(data_dir, "AAAA-BBBB", USERNAME, "mat-khau-moi-1")
    keys.reset_password_with_recovery(data_dir, recovery.lower(), USERNAME, "mat-khau-moi-1")
    with pytest.raises(WrongPassword):
        unlock(data_dir, USERNAME, PASSWORD)
    unlock(data_dir, USERNAME, "mat-khau-moi-1").close()


def test_recovery_is_for_principal_accounts_only(data_dir):
    recovery = make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(p, "giaovien", "Trần Giáo", Role.TEACHER, "giao-vien-pass-1")
    p.close()
    with pytest.raises(PermissionDenied):
        keys.reset_password_with_recovery(data_dir, recovery, "giaovien", "mat-khau-moi-1")
    unlock(data_dir, "giaovien", "giao-vien-pass-1").close()


def test_new_recovery_key_replaces_the_old_one(data_dir):
    old = make_school(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    new = keys.new_recovery_key_for(p)
    p.close()
    ks = KeyslotFile.load(DataFolder(data_dir).keys_path)
    assert ks.unwrap_recovery(new)
    with pytest.raises(WrongPassword):
        ks.unwrap_recovery(old)


def test_rotation_makes_the_old_key_useless(data_dir):
    recovery = make_school(data_dir)
    folder = DataFolder(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    accounts.add_account(p, "tuvan", "Lê Tư Vấn", Role.COUNSELLOR, "tu-van-pass-1")
    accounts.add_account(p, "roidi", "Ngô Rời Đi", Role.TEACHER, "roi-di-pass-1")
    old_key = p.data_key
    keys.rotate_data_key(p, remove_usernames=("roidi",))
    # the session goes on with the new key
    assert p.school_profile().school_name
    new_key = p.data_key
    p.close()
    assert new_key != old_key
    with pytest.raises(DatabaseDamaged):
        raw_connect(folder.db_path, old_key)
    unlock(data_dir, USERNAME, PASSWORD).close()
    unlock(data_dir, "tuvan", "tu-van-pass-1").close()
    assert KeyslotFile.load(folder.keys_path).unwrap_recovery(recovery) == new_key
    with pytest.raises(WrongPassword):
        unlock(data_dir, "roidi", "roi-di-pass-1")
    assert not folder.pending_keys_path.exists()


def test_interrupted_rotation_is_completed_at_the_next_unlock(data_dir, monkeypatch):
    make_school(data_dir)
    folder = DataFolder(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    import kimbai_desktop.services.rotation as rotation_mod

    def crash(*a, **k):
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(rotation_mod, "_commit_pending", crash)
    with pytest.raises(KeyboardInterrupt):
        keys.rotate_data_key(p)
    monkeypatch.undo()
    p.close()
    assert folder.pending_keys_path.exists()
    again = unlock(data_dir, USERNAME, PASSWORD)  # the database is already re-keyed
    assert again.rotation_outcome is rotation_mod.Outcome.FINISHED
    again.close()
    assert not folder.pending_keys_path.exists()
    assert KeyslotFile.load(folder.keys_path).rotation is None
    unlock(data_dir, USERNAME, PASSWORD).close()


def test_rotation_interrupted_before_rekey_keeps_the_old_key(data_dir, monkeypatch):
    make_school(data_dir)
    folder = DataFolder(data_dir)
    p = unlock(data_dir, USERNAME, PASSWORD)
    import kimbai_desktop.services.rotation as rotation_mod

    def crash(*a, **k):
        raise KeyboardInterrupt("power cut")

    # A failure inside the program rolls back at once; a real power cut is left for the next
    # start (tests/reliability/test_rotation_crash.py).
    monkeypatch.setattr(rotation_mod, "_rekey", crash)
    with pytest.raises(KeyboardInterrupt):
        keys.rotate_data_key(p)
    monkeypatch.undo()
    assert p.school_profile().school_name  # the session goes on under the old key
    p.close()
    assert not folder.pending_keys_path.exists()
    unlock(data_dir, USERNAME, PASSWORD).close()
