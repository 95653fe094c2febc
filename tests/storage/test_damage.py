"""Damaged, truncated, foreign and tampered database files: a clear error, no crash, no writes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.errors import DatabaseDamaged, KeyFileDamaged
from kimbai_desktop.services.maintenance import check_database
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school

PAGE = 4096


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A school database of several pages."""
    data_dir = tmp_path / "data"
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    with session.engine.begin() as c:
        for i in range(300):
            c.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                      {"k": f"filler-{i}", "v": "x" * 400})
    session.close()
    assert (data_dir / "kimbai.db").stat().st_size >= 20 * PAGE
    return data_dir


def damage_found(data_dir: Path) -> bool:
    """True when opening or checking reports the damage through the domain errors."""
    try:
        session = unlock(data_dir, USERNAME, PASSWORD)
    except (DatabaseDamaged, KeyFileDamaged):
        return True
    try:
        return not check_database(session).ok
    except DatabaseDamaged:
        return True
    finally:
        session.close()


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["first", "salt", "middle", "last"])
def test_a_flipped_byte_is_detected(school, where):
    db = school / "kimbai.db"
    size = db.stat().st_size
    offset = {"salt": 3, "first": PAGE // 2, "middle": (size // PAGE // 2) * PAGE + 1000,
              "last": size - 100}[where]
    flip(db, offset)
    assert damage_found(school)


def test_truncated_file(school):
    db = school / "kimbai.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 123])
    assert damage_found(school)


def test_empty_file_is_not_turned_into_a_database(school):
    db = school / "kimbai.db"
    db.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        unlock(school, USERNAME, PASSWORD)
    assert db.read_bytes() == b""


def test_appended_garbage(school):
    db = school / "kimbai.db"
    db.write_bytes(db.read_bytes() + b"\x00garbage" * 700)
    assert damage_found(school)


def test_plaintext_sqlite_file(school):
    db = school / "kimbai.db"
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseDamaged):
        unlock(school, USERNAME, PASSWORD)
    assert db.read_bytes() == before


def test_another_schools_database(school, tmp_path):
    other = tmp_path / "other"
    make_school(other)
    shutil.copy(other / "kimbai.db", school / "kimbai.db")
    with pytest.raises(DatabaseDamaged):
        unlock(school, USERNAME, PASSWORD)


def test_error_messages_say_what_to_do(school):
    (school / "kimbai.db").write_bytes(b"junk" * 2000)
    with pytest.raises(DatabaseDamaged) as info:
        unlock(school, USERNAME, PASSWORD)
    assert "restore the latest backup" in info.value.message
