"""Backup and restore end to end on real encrypted files: round trip with every way in, restore
beside existing data, damaged backups and databases, rotation, the start-up check, the CLI."""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kimbai_desktop.cli import main
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import (
    AlreadyOpen,
    BackupDamaged,
    BackupFolderMissing,
    DatabaseDamaged,
    PermissionDenied,
)
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.backup import (
    BackupKind,
    RestoreNeedsPrincipal,
    auto_backup,
    auto_backup_due,
    create_backup,
    inspect_backup,
    latest_good_backup,
    list_backups,
    restore_backup,
    startup_check,
)
from kimbai_desktop.services.instance import InstanceLock
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.storage.database import backup_copy
from kimbai_desktop.storage.engine import raw_connect
from kimbai_desktop.storage.keyslots import KeyslotFile
from tests.helpers import PASSWORD, USERNAME, make_school

SCHOOL = "Trường Tiểu học Canaryhoa"
COUNSELLOR, COUNSELLOR_PW = "tuvan", "mật khẩu Tư vấn 2"
PAGE = 4096


@pytest.fixture
def school(tmp_path: Path) -> tuple[Path, str]:
    data_dir = tmp_path / "data"
    recovery = make_school(data_dir, school_name=SCHOOL)
    s = unlock(data_dir, USERNAME, PASSWORD)
    try:
        add_account(s, COUNSELLOR, "Lê Thị Tư Vấn", Role.COUNSELLOR, COUNSELLOR_PW)
        with s.engine.begin() as c:
            for i in range(200):
                c.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                          {"k": f"filler-{i}", "v": '"' + "x" * 300 + '"'})
    finally:
        s.close()
    return data_dir, recovery


@pytest.fixture
def session(school: tuple[Path, str]) -> Iterator[AppSession]:
    s = unlock(school[0], USERNAME, PASSWORD, clock=FixedClock())
    yield s
    s.close()


def content_hash(db: Path, key: bytes) -> str:
    """A hash of every row of every table, read without signing in (which would add an event)."""
    conn = raw_connect(db, key)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))  # noqa: S608
            digest.update(f"{table}:{len(rows)}:{rows}".encode())
        return digest.hexdigest()
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "kimbai.lock"}


def test_round_trip_opens_with_every_password_and_the_recovery_key(school, session, tmp_path):
    data_dir, recovery = school
    usb = tmp_path / "usb"
    usb.mkdir()
    before = content_hash(session.folder.db_path, session.data_key)
    info = create_backup(session, usb)
    assert info.ok and info.kind is BackupKind.MANUAL and info.path.parent == usb
    assert re.fullmatch(r"kimbai-2024-09-0[45]-\d{4}\.kimbai-backup", info.path.name)
    assert SCHOOL.encode() not in info.path.read_bytes()
    assert SCHOOL.encode("utf-16-le") not in info.path.read_bytes()

    new = tmp_path / "elsewhere" / "restored"
    result = restore_backup(info.path, new)
    assert result.data_dir == new and result.kept_dir is None
    assert not [p for p in new.parent.iterdir() if p.name.startswith(".kimbai-restore")]
    keys = KeyslotFile.load(new / "kimbai.keys")
    for key in (keys.unwrap_account(USERNAME, PASSWORD),
                keys.unwrap_account(COUNSELLOR, COUNSELLOR_PW), keys.unwrap_recovery(recovery)):
        assert content_hash(new / "kimbai.db", key) == before
    for user, password in ((USERNAME, PASSWORD), (COUNSELLOR, COUNSELLOR_PW)):
        s = unlock(new, user, password)
        assert s.school_profile().school_name == SCHOOL
        s.close()


def test_restore_over_existing_data_keeps_it_aside(school, session, tmp_path):
    data_dir, _ = school
    info = create_backup(session, tmp_path)
    with session.write() as s:  # a change made after the backup
        s.execute(text("INSERT INTO settings(key, value) VALUES ('later', '1')"))
    session.close()
    with pytest.raises(RestoreNeedsPrincipal):  # live data: its principal must agree
        restore_backup(info.path, data_dir)
    with pytest.raises(PermissionDenied):
        restore_backup(info.path, data_dir, username=COUNSELLOR, password=COUNSELLOR_PW)
    result = restore_backup(info.path, data_dir, username=USERNAME, password=PASSWORD)
    assert result.kept_dir is not None and result.kept_dir.parent == data_dir
    kept = unlock(result.kept_dir, USERNAME, PASSWORD)
    with kept.db() as s:
        assert s.execute(text("SELECT count(*) FROM settings WHERE key = 'later'")).scalar() == 1
    kept.close()
    restored = unlock(data_dir, USERNAME, PASSWORD)
    with restored.db() as s:
        assert s.execute(text("SELECT count(*) FROM settings WHERE key = 'later'")).scalar() == 0
        actions = [r[0] for r in s.execute(text(
            "SELECT action FROM audit_events ORDER BY id DESC LIMIT 2"))]
    restored.close()
    assert actions == ["sign_in", "restore"]  # the restore is audited at the next unlock
    assert not (data_dir / "restored.json").exists()
    assert inspect_backup(info.path).created_at == info.created_at


def test_damaged_backups_change_nothing(school, session, tmp_path):
    data_dir, _ = school
    good = create_backup(session, tmp_path).path
    session.close()
    raw = good.read_bytes()
    bad = {"truncated": raw[: len(raw) // 3], "not-a-zip": b"hello " * 500,
           "flipped": raw[:9000] + bytes([raw[9000] ^ 1]) + raw[9001:]}
    before = snapshot(data_dir)
    parent_before = sorted(p.name for p in data_dir.parent.iterdir())
    for name, data in bad.items():
        path = tmp_path / f"{name}.kimbai-backup"
        path.write_bytes(data)
        for target in (data_dir, tmp_path / f"new-{name}"):
            with pytest.raises(BackupDamaged):
                restore_backup(path, target)
            assert not target.exists() or target == data_dir
    assert snapshot(data_dir) == before
    assert sorted(p.name for p in data_dir.parent.iterdir() if not p.name.startswith(
        ("new-", "truncated", "not-a-zip", "flipped"))) == parent_before


def test_restore_waits_for_the_program_to_close_the_folder(school, session, tmp_path):
    data_dir, _ = school
    good = create_backup(session, tmp_path).path
    before = snapshot(data_dir)
    with InstanceLock(data_dir), pytest.raises(AlreadyOpen):
        restore_backup(good, data_dir)
    assert snapshot(data_dir) == before


def damage(data_dir: Path) -> None:
    """Flip a byte in a middle page (filler rows): the database opens, the check fails."""
    db = data_dir / "kimbai.db"
    data = bytearray(db.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 1000] ^= 0x5A
    db.write_bytes(bytes(data))


def test_a_damaged_database_is_never_backed_up(school, session, tmp_path):
    data_dir, _ = school
    auto = auto_backup(session, "exit")
    assert auto is not None
    session.close()
    saved = {p: p.read_bytes() for p in (data_dir / "backups").rglob("*") if p.is_file()}
    damage(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD, clock=FixedClock())
    try:
        check = startup_check(s)
        assert not check.ok and check.problems
        assert check.latest_good_backup is not None and check.latest_good_backup.path == auto
        with pytest.raises(DatabaseDamaged):
            create_backup(s, tmp_path)
        for _ in range(3):
            s.clock.advance(hours=25)  # type: ignore[attr-defined]
            assert auto_backup(s, "daily", keep=1) is None
    finally:
        s.close()
    assert {p: p.read_bytes() for p in (data_dir / "backups").rglob("*") if p.is_file()} == saved
    assert not list(tmp_path.glob("*.kimbai-backup"))
    assert latest_good_backup(data_dir).path == auto


def test_rotation_keeps_the_last_auto_backups_and_nothing_else(school, session, tmp_path):
    data_dir = school[0]
    backups = data_dir / "backups"
    backups.mkdir()
    manual = create_backup(session, backups / "kept-by-hand.kimbai-backup").path
    pre = backup_copy(session.engine, session.folder, "before-upgrade-0001")
    made = []
    for _ in range(5):
        session.clock.advance(hours=1)  # type: ignore[attr-defined]
        made.append(auto_backup(session, "exit", keep=3))
    remaining = sorted((backups / "auto").iterdir())
    assert remaining == sorted(made[-3:])
    assert manual.is_file() and pre.is_file() and pre.with_suffix(".keys").is_file()
    listed = list_backups(data_dir)
    assert [b.kind for b in listed].count(BackupKind.AUTO) == 3
    assert {b.kind for b in listed} == {BackupKind.AUTO, BackupKind.MANUAL, BackupKind.PRE_UPGRADE}
    assert all(b.ok for b in listed)
    assert listed == sorted(listed, key=lambda b: b.created_at, reverse=True)


def test_daily_auto_backup_is_due_after_24_hours(session):
    assert auto_backup_due(session)
    auto_backup(session, "daily")
    assert not auto_backup_due(session)
    session.clock.advance(hours=23)  # type: ignore[attr-defined]
    assert not auto_backup_due(session)
    assert auto_backup_due(session, datetime(2024, 9, 6, 8, 1, tzinfo=UTC))


def test_latest_good_backup_skips_a_damaged_newer_one(school, session, tmp_path):
    data_dir = school[0]
    older = auto_backup(session, "exit")
    session.clock.advance(hours=1)  # type: ignore[attr-defined]
    newer = auto_backup(session, "exit")
    assert older and newer
    data = newer.read_bytes()
    newer.write_bytes(data[:5000] + bytes([data[5000] ^ 1]) + data[5001:])
    assert latest_good_backup(data_dir).path == older
    assert [b.ok for b in list_backups(data_dir)] == [False, True]


def test_pre_upgrade_copies_can_be_restored(school, session, tmp_path):
    pre = backup_copy(session.engine, session.folder, "before-upgrade-0002")
    result = restore_backup(pre, tmp_path / "from-pre")
    assert result.backup.kind is BackupKind.PRE_UPGRADE
    unlock(tmp_path / "from-pre", USERNAME, PASSWORD).close()


def test_permission_and_missing_folder(school, tmp_path):
    data_dir = school[0]
    s = unlock(data_dir, USERNAME, PASSWORD)
    add_account(s, "giaovien", "Phạm Văn Giáo", Role.TEACHER, "mật khẩu GV 3")
    with pytest.raises(BackupFolderMissing):
        create_backup(s, tmp_path / "unplugged-usb" / "x.kimbai-backup")
    s.close()
    teacher = unlock(data_dir, "giaovien", "mật khẩu GV 3")
    try:
        with pytest.raises(PermissionDenied):
            create_backup(teacher, tmp_path)
    finally:
        teacher.close()
    assert not list(tmp_path.glob("*.kimbai-backup"))


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_backup_and_restore(school, tmp_path):
    data_dir = school[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run(["backup", "--data-dir", str(data_dir), "--user", USERNAME,
                          "--password-stdin", "--to", str(usb)], PASSWORD + "\n")
    assert code == 0, err
    files = list(usb.glob("*.kimbai-backup"))
    assert len(files) == 1 and str(files[0]) in out
    code, out, err = run(["restore", "--from", str(files[0]), "--data-dir", str(data_dir)])
    assert code == 1 and "hiệu trưởng" in err and "kept-" not in out  # live data: refused
    code, out, err = run(["restore", "--from", str(files[0]), "--data-dir", str(data_dir),
                          "--user", COUNSELLOR, "--password-stdin"], COUNSELLOR_PW + "\n")
    assert code == 1 and "không có quyền" in err  # a principal of the data being replaced
    code, out, err = run(["restore", "--from", str(files[0]), "--data-dir", str(data_dir),
                          "--user", USERNAME, "--password-stdin"], PASSWORD + "\n")
    assert code == 0, err
    assert str(data_dir) in out and "kept-" in out
    unlock(data_dir, COUNSELLOR, COUNSELLOR_PW).close()


def test_cli_errors_are_one_line(school, tmp_path):
    data_dir = school[0]
    garbage = tmp_path / "x.kimbai-backup"
    garbage.write_bytes(b"garbage")
    cases = [
        (["backup", "--data-dir", str(data_dir), "--user", USERNAME, "--password-stdin",
          "--to", str(tmp_path)], "wrong password\n"),
        (["backup", "--data-dir", str(data_dir), "--user", USERNAME, "--password-stdin",
          "--to", str(tmp_path / "missing" / "b")], PASSWORD + "\n"),
        (["restore", "--from", str(garbage), "--data-dir", str(tmp_path / "new")], ""),
        (["restore", "--from", str(tmp_path / "nope"), "--data-dir", str(tmp_path / "new")], ""),
    ]
    for argv, stdin in cases:
        code, out, err = run(argv, stdin)
        assert code == 1, (argv, err)
        assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "new").exists()
    code, _, _ = run(["restore", "--data-dir", str(tmp_path / "new")])
    assert code == 2
