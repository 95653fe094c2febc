"""`kimbai backup --to`: a file name is written under exactly that name, a folder gets a dated name
inside it, and the command says where. What an interrupted backup leaves (its staging copy of the
database, its half-written zip) is removed at the next start, never while that backup still runs.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from filelock import FileLock

from kimbai_desktop.cli import main
from kimbai_desktop.services.backup import create_backup, remove_interrupted_backups
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.backup import verify_backup
from tests.helpers import PASSWORD, USERNAME, make_school


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def backup_cli(data_dir: Path, to: str) -> tuple[int, str, str]:
    return run(["backup", "--data-dir", str(data_dir), "--user", USERNAME, "--password-stdin",
                "--to", to], PASSWORD + "\n")


def make_leftovers(backups: Path) -> list[Path]:
    """What a killed backup leaves (its lock is free: the process is gone): a staging folder with
    the database copy, the half-written zip in ``auto/``, and an orphaned lock file."""
    stage = backups / ".staging-0123456789abcdef"
    stage.mkdir(parents=True)
    (stage / "kimbai.db").write_bytes(b"\0" * 200_000)
    (backups / "auto").mkdir(exist_ok=True)
    partial = backups / "auto" / ".kimbai-2026-01-01-080000.kimbai-backup.0123456789abcdef.tmp"
    partial.write_bytes(b"PK\3\4 half")
    old_style = backups / ".staging-k3x_9q"  # tempfile.mkdtemp's name, before the locks
    old_style.mkdir()
    (old_style / "kimbai.keys").write_bytes(b"{}")
    orphan = backups / ".staging-fedcba9876543210.lock"
    orphan.write_bytes(b"")
    return [stage, partial, old_style, orphan]


def test_backup_to_a_file_name_writes_that_name(tmp_path):
    data_dir = tmp_path / "data"
    make_school(data_dir)
    target = tmp_path / "usb" / "sao-luu.kbk"
    target.parent.mkdir()
    code, out, err = backup_cli(data_dir, str(target))
    assert code == 0, err
    assert [p.name for p in target.parent.iterdir()] == ["sao-luu.kbk"]
    verify_backup(target)
    assert out.strip() == f"Đã ghi bản sao lưu: {target}"

    code, _, err = backup_cli(data_dir, str(target))  # never overwritten
    assert code == 1 and "đã có" in err.lower() and err.count("\n") == 1


def test_backup_to_a_relative_file_name_says_the_full_path(tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    make_school(data_dir)
    monkeypatch.chdir(tmp_path)
    code, out, err = backup_cli(data_dir, "sao-luu")
    assert code == 0, err
    assert (tmp_path / "sao-luu").is_file()
    assert str(tmp_path / "sao-luu") in out


def test_backup_to_a_folder_gets_a_dated_name_inside(tmp_path):
    data_dir = tmp_path / "data"
    make_school(data_dir)
    usb = tmp_path / "USB"
    usb.mkdir()
    code, out, err = backup_cli(data_dir, str(usb) + "/")
    assert code == 0, err
    (written,) = usb.iterdir()
    assert re.fullmatch(r"kimbai-\d{4}-\d{2}-\d{2}-\d{4}\.kimbai-backup", written.name)
    assert str(written) in out

    missing = tmp_path / "not-plugged-in"
    code, _, err = backup_cli(data_dir, str(missing) + "/")  # a folder meant, not a file
    assert code == 1 and "USB" in err and err.count("\n") == 1
    assert not missing.exists()


def test_the_next_sign_in_removes_leftovers_and_spares_a_running_backup(tmp_path):
    data_dir = tmp_path / "data"
    make_school(data_dir)
    backups = data_dir / "backups"
    dead = make_leftovers(backups)
    running = backups / ".staging-aaaaaaaaaaaaaaaa"  # another program's backup, still running
    running.mkdir()
    (running / "kimbai.db").write_bytes(b"\0" * 1000)
    running_zip = backups / "auto" / ".kimbai-x.kimbai-backup.aaaaaaaaaaaaaaaa.tmp"
    running_zip.write_bytes(b"PK")
    lock = FileLock(str(backups / ".staging-aaaaaaaaaaaaaaaa.lock"), timeout=0,
                    is_singleton=False, thread_local=False)
    with lock:
        unlock(data_dir, USERNAME, PASSWORD).close()  # the next start (GUI or command line)
        assert [p for p in dead if p.exists()] == []
        assert running.is_dir() and running_zip.is_file()
    assert remove_interrupted_backups(data_dir) == 2  # once it has ended without cleaning up
    assert sorted(p.name for p in backups.rglob("*")) == ["auto"]


def test_leftovers_go_before_a_backup_and_a_backup_leaves_nothing(tmp_path):
    data_dir = tmp_path / "data"
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        dead = make_leftovers(session.folder.backups_dir)  # e.g. a crash during this session
        create_backup(session, tmp_path / "b.kbk")
    finally:
        session.close()
    assert [p for p in dead if p.exists()] == []
    assert sorted(p.name for p in session.folder.backups_dir.rglob("*")) == ["auto"]
