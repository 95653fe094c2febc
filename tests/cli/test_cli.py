"""The `kimbai` command: exit codes, passwords only from a prompt or stdin, no tracebacks."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kimbai_desktop import __version__
from kimbai_desktop.cli import main

INIT = ["--school", "Trường Tiểu học Thử", "--superior", "UBND xã Thử", "--place", "Thử",
        "--principal", "Nguyễn Văn Thử", "--symbol", "THT", "--school-year", "2024-2025",
        "--admin", "hieutruong", "--password-stdin"]


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_init_prints_the_recovery_key_then_check_passes(data_dir):
    code, out, err = run(["init", "--data-dir", str(data_dir), *INIT], "mật khẩu 'tốt' \\ 1\n")
    assert code == 0, err
    key_line = [line.strip() for line in out.splitlines() if line.count("-") == 12]
    assert len(key_line) == 1 and len(key_line[0]) == 64
    code, out, err = run(["check", "--data-dir", str(data_dir), "--user", "hieutruong",
                          "--password-stdin"], "mật khẩu 'tốt' \\ 1\n")
    assert code == 0, err
    assert "SQLCipher 4." in out


def test_messages_are_vietnamese_by_default(data_dir):
    code, out, _ = run(["init", "--data-dir", str(data_dir), *INIT], "mat-khau-123\n")
    assert code == 0
    assert "KHÔI PHỤC" in out.upper() and "RECOVERY" not in out


def test_user_errors_exit_1_with_one_line(data_dir):
    run(["init", "--data-dir", str(data_dir), *INIT], "mat-khau-123\n")
    code, out, err = run(["check", "--data-dir", str(data_dir), "--user", "hieutruong",
                          "--password-stdin"], "sai-mat-khau\n")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _, err = run(["init", "--data-dir", str(data_dir), *INIT], "mat-khau-123\n")
    assert code == 1 and err.count("\n") == 1
    code, _, err = run(["check", "--data-dir", str(data_dir.parent / "empty"), "--user", "x",
                        "--password-stdin"], "whatever-1\n")
    assert code == 1 and err.count("\n") == 1


def test_validation_errors_name_the_options(data_dir):
    bad = INIT.copy()
    bad[bad.index("--school-year") + 1] = "2024-2026"
    code, _, err = run(["init", "--data-dir", str(data_dir), *bad], "ngan\n")
    assert code == 1
    assert "--school-year" in err and "password" in err
    assert err.count("\n") == 1


def test_bad_usage_exits_2():
    assert run([])[0] == 2
    assert run(["init"])[0] == 2
    assert run(["check", "--password", "secret"])[0] == 2  # no such option: passwords never in argv
    assert run(["nonsense"])[0] == 2


def test_missing_stdin_password_is_usage_error(data_dir):
    code, _, err = run(["init", "--data-dir", str(data_dir), *INIT], "")
    assert code == 2


def test_demo_prints_the_account(data_dir):
    code, out, err = run(["demo", "--data-dir", str(data_dir), "--seed", "3"])
    assert code == 0, err
    assert "demo" in out and "kimbai-demo" in out
    code, out, _ = run(["check", "--data-dir", str(data_dir), "--user", "demo", "--password-stdin"],
                       "kimbai-demo\n")
    assert code == 0


def test_data_dir_from_the_environment(data_dir, monkeypatch):
    monkeypatch.setenv("KIMBAI_DATA_DIR", str(data_dir))
    code, _, _ = run(["demo"])
    assert code == 0
    assert (data_dir / "kimbai.db").is_file()


def run_process(args: list[str], stdin: str = "", env_extra: dict[str, str] | None = None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kimbai_desktop.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env)


def test_real_process_version_and_no_traceback(tmp_path: Path):
    result = run_process(["--version"])
    assert result.returncode == 0 and __version__ in result.stdout
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "kimbai.db").write_bytes(b"not a database" * 500)
    (bad / "kimbai.keys").write_text("{}")
    result = run_process(["check", "--data-dir", str(bad), "--user", "x", "--password-stdin"],
                         "mat-khau-1\n")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("argv", [["init", "--help"], ["check", "--help"], ["demo", "--help"]])
def test_help_works(argv):
    with pytest.raises(SystemExit):
        raise SystemExit(run(argv)[0])


def test_users_rotate_and_audit_commands(data_dir):
    d = ["--data-dir", str(data_dir)]
    me = ["--user", "hieutruong", "--password-stdin"]
    assert run(["init", *d, *INIT], "mat-khau-123\n")[0] == 0
    code, out, err = run(["users", "add", *d, *me, "giaovien", "--full-name", "Trần Văn Giáo",
                          "--role", "teacher"], "mat-khau-123\ngiao-vien-pass-1\n")
    assert code == 0, err
    code, out, _ = run(["users", "list", *d, *me], "mat-khau-123\n")
    assert code == 0 and "giaovien" in out and "Giáo viên" in out
    # the teacher may not list accounts
    code, _, err = run(["users", "list", *d, "--user", "giaovien", "--password-stdin"],
                       "giao-vien-pass-1\n")
    assert code == 1 and err.count("\n") == 1
    # the teacher changes their own password
    code, _, err = run(["users", "passwd", *d, "--user", "giaovien", "--password-stdin",
                        "giaovien"], "giao-vien-pass-1\nmat-khau-moi-9\n")
    assert code == 0, err
    # the principal resets it, then removes the account
    assert run(["users", "passwd", *d, *me, "giaovien"], "mat-khau-123\nlai-mat-khau-2\n")[0] == 0
    assert run(["check", *d, "--user", "giaovien", "--password-stdin"], "lai-mat-khau-2\n")[0] == 0
    assert run(["users", "remove", *d, *me, "giaovien"], "mat-khau-123\n")[0] == 0
    assert run(["check", *d, "--user", "giaovien", "--password-stdin"], "lai-mat-khau-2\n")[0] == 1
    code, out, err = run(["rotate-key", *d, *me], "mat-khau-123\n")
    assert code == 0, err
    code, out, err = run(["audit", "verify", *d, *me], "mat-khau-123\n")
    assert code == 0, err
    assert "events" in out or "sự kiện" in out


def test_audit_verify_names_the_broken_event(data_dir):
    from sqlalchemy import text

    from kimbai_desktop.services.session import unlock

    d = ["--data-dir", str(data_dir)]
    me = ["--user", "hieutruong", "--password-stdin"]
    assert run(["init", *d, *INIT], "mat-khau-123\n")[0] == 0
    s = unlock(data_dir, "hieutruong", "mat-khau-123")
    with s.write() as db:
        db.execute(text("DROP TRIGGER audit_events_no_update"))
        db.execute(text("UPDATE audit_events SET detail = 'edited' WHERE id = 1"))
    s.close()
    code, _, err = run(["audit", "verify", *d, *me], "mat-khau-123\n")
    assert code == 1 and " 1 " in err and err.count("\n") == 1
