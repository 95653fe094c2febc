"""The SQLCipher engine: encrypted file, pragmas on every pooled connection, no leaks in errors."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kimbai_desktop.domain.errors import DatabaseDamaged, UnsupportedCipher
from kimbai_desktop.storage import engine as engine_mod
from kimbai_desktop.storage.database import create_database, integrity_problems
from kimbai_desktop.storage.engine import CACHE_KIB, SCAN_CACHE_KIB, scanning
from kimbai_desktop.storage.keyslots import new_data_key


@pytest.fixture
def db(tmp_path: Path):
    key = new_data_key()
    eng = create_database(tmp_path / "t.db", key)
    yield tmp_path / "t.db", key, eng
    eng.dispose()


def test_file_is_not_plain_sqlite_and_hmac_is_on(db):
    path, _key, eng = db
    with eng.begin() as c:
        c.execute(text("INSERT INTO settings(key, value) VALUES ('a', '1')"))
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with eng.connect() as c:
        settings = [r[0] for r in c.execute(text("PRAGMA cipher_settings"))]
        assert "PRAGMA cipher_use_hmac = 1;" in settings
        assert str(c.execute(text("PRAGMA cipher_version")).scalar()).startswith("4.")
        assert c.execute(text("PRAGMA cipher_provider")).scalar()


def test_every_pooled_connection_has_the_pragmas(db):
    _path, _key, eng = db
    seen = []
    barrier = threading.Barrier(3)

    def check():
        with eng.connect() as c:
            barrier.wait(timeout=10)  # hold three connections open at once
            seen.append((
                c.execute(text("PRAGMA foreign_keys")).scalar(),
                c.execute(text("PRAGMA temp_store")).scalar(),
                c.execute(text("PRAGMA busy_timeout")).scalar(),
                c.execute(text("PRAGMA journal_mode")).scalar(),
                c.execute(text("PRAGMA cache_size")).scalar(),
            ))

    threads = [threading.Thread(target=check) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 3
    for fk, temp, busy, journal, cache in seen:
        assert fk == 1 and temp == 2 and busy >= 5000 and journal == "wal"
        assert cache == -CACHE_KIB


def test_a_whole_file_scan_uses_a_small_cache_then_gives_it_back(db):
    _path, _key, eng = db
    with eng.connect() as c:
        driver = c.connection.driver_connection
        with scanning(driver):
            assert c.execute(text("PRAGMA cache_size")).scalar() == -SCAN_CACHE_KIB
        assert c.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB
    assert integrity_problems(eng) == []
    with eng.connect() as c:
        assert c.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB


def test_exception_text_never_holds_parameters(db):
    _path, _key, eng = db
    canary = "CANARY-Nguyễn-Văn-Lộ-7731"
    with eng.begin() as c:
        c.execute(text("INSERT INTO settings(key, value) VALUES ('dup', 'x')"))
    with pytest.raises(IntegrityError) as info, eng.begin() as c:
        c.execute(text("INSERT INTO settings(key, value) VALUES ('dup', :v)"), {"v": canary})
    assert canary not in str(info.value)
    assert canary not in repr(info.value)


def test_wrong_key_is_refused_without_changing_the_file(db):
    path, _key, eng = db
    eng.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        engine_mod.raw_connect(path, new_data_key())
    assert path.read_bytes() == before


def test_sqlcipher_3_is_refused(monkeypatch, tmp_path):
    real_connect = engine_mod.sqlcipher3.connect

    class Old:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, *a):
            if "cipher_version" in sql:
                return self.conn.execute("SELECT '3.4.2 community'")
            return self.conn.execute(sql, *a)

        def close(self):
            self.conn.close()

    monkeypatch.setattr(engine_mod.sqlcipher3, "connect", lambda *a, **k: Old(real_connect(*a, **k)))
    with pytest.raises(UnsupportedCipher):
        engine_mod.raw_connect(tmp_path / "x.db", new_data_key(), must_exist=False)
    monkeypatch.setattr(engine_mod, "cipher_version", lambda: "3.4.2")
    with pytest.raises(UnsupportedCipher):
        engine_mod.check_cipher_library()


def test_key_must_be_32_bytes(tmp_path):
    with pytest.raises(ValueError):
        engine_mod.raw_connect(tmp_path / "x.db", b"short", must_exist=False)
