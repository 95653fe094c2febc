"""Stored text saved before input was cleaned (legacy rows holding escapes, NUL, overrides) still
exports to Excel and prints in the terminal safely; a database held by another writer is "busy"."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import text

from kimbai_desktop.cli import main
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.excel_export import export_register
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.engine import BUSY_TIMEOUT_ENV
from tests.helpers import EXPORT_PASSWORD, PASSWORD, USERNAME, make_school, open_xlsx

LEGACY_NAME = "Trần\x1b[31m Thị\x00 Bé\u202egnp.exe\x07\x9b2J"
LEGACY_CODE = "=1+2\x1b]0;pwned\x07"
CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))] + ["\u202e", "\u2066", "\u200f"]


@pytest.fixture
def legacy(data_dir):
    """A school whose register holds a pupil written raw into the database by an old version."""
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    pupil = reg.save_pupil(session, reg.PupilInput("Trần Thị Bé", Sex.FEMALE, "3A"))
    with session.write() as s:
        s.execute(text("UPDATE pupils SET full_name = :n, student_code = :c WHERE id = :i"),
                  {"n": LEGACY_NAME, "c": LEGACY_CODE, "i": pupil})
    yield session
    session.close()


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_legacy_control_characters_still_export_to_excel(legacy, tmp_path):
    target = tmp_path / "so-theo-doi.xlsx"
    assert export_register(legacy, target, password=EXPORT_PASSWORD) == 1
    ws = open_xlsx(target).active
    code_cell, name_cell = ws["A2"], ws["B2"]
    assert name_cell.value == "Trần[31m Thị Bégnp.exe2J"
    assert not any(c in name_cell.value for c in CONTROLS)
    # Formula-looking text stays text (quoted), after the cleaning too.
    assert code_cell.data_type == "s" and code_cell.quotePrefix
    assert code_cell.value == "=1+2]0;pwned"


def test_legacy_control_characters_never_reach_the_terminal(legacy, data_dir):
    code, out, err = run(["students", "list", "--data-dir", str(data_dir), "--user", USERNAME,
                          "--password-stdin"], PASSWORD + "\n")
    assert code == 0, err
    assert "Trần[31m Thị Bégnp.exe2J" in out
    assert not any(c in out for c in CONTROLS if c != "\n")
    code, out, err = run(["students", "list", "--format", "csv", "--data-dir", str(data_dir),
                          "--user", USERNAME, "--password-stdin"], PASSWORD + "\n")
    assert code == 0, err
    assert "\x1b" not in out and "\u202e" not in out


HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kimbai_desktop.storage.engine import raw_connect
    conn = raw_connect(Path(sys.argv[1]), bytes.fromhex(sys.stdin.readline().strip()))
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings (key, value) VALUES ('held-by-test', '1')")
    print("held", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
""")


def test_a_database_held_by_another_writer_is_reported_as_busy(data_dir, monkeypatch):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    key, db_path = session.data_key, session.folder.db_path
    session.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        holder.stdin.write(key.hex() + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setenv(BUSY_TIMEOUT_ENV, "300")  # production waits 10 s
        code, out, err = run(["students", "list", "--data-dir", str(data_dir), "--user",
                              USERNAME, "--password-stdin"], PASSWORD + "\n")
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert code == 1
    assert err == ("kimbai: Cơ sở dữ liệu đang bận vì một chương trình khác đang ghi (có thể "
                   "KimBai Desktop đang mở). Hãy đợi một lát rồi chạy lại lệnh, hoặc đóng "
                   "chương trình kia.\n")
    # Once the other writer is done, the same command works.
    monkeypatch.delenv(BUSY_TIMEOUT_ENV)
    code, out, err = run(["students", "list", "--data-dir", str(data_dir), "--user",
                          USERNAME, "--password-stdin"], PASSWORD + "\n")
    assert code == 0, err


def test_the_busy_timeout_can_only_be_shortened(monkeypatch):
    from kimbai_desktop.storage.engine import BUSY_TIMEOUT_MS, busy_timeout_ms

    assert busy_timeout_ms() == BUSY_TIMEOUT_MS == 10_000
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "60000")
    assert busy_timeout_ms() == BUSY_TIMEOUT_MS
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0")
    assert busy_timeout_ms() == 100
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "soon")
    assert busy_timeout_ms() == BUSY_TIMEOUT_MS
