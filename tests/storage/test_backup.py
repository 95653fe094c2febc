"""The backup file format on real encrypted databases: manifest, checksums, atomic writing,
damaged and foreign files, and a consistent snapshot while another connection writes."""

from __future__ import annotations

import hashlib
import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.errors import BackupDamaged, BackupFileExists, NewerDatabase
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.storage.backup import (
    DB_MEMBER,
    KEYS_MEMBER,
    MANIFEST_MEMBER,
    extract_backup,
    read_manifest,
    verify_backup,
    write_backup,
)
from kimbai_desktop.storage.database import current_revision
from kimbai_desktop.storage.engine import create_cipher_engine, raw_connect
from kimbai_desktop.storage.keyslots import KeyslotFile
from tests.helpers import PASSWORD, USERNAME, files_containing, make_school

CANARIES = ["CANARYSCHOOLbk42", "Trần Thị Canarybảo", "ZZCANARYNOTEq8"]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[AppSession]:
    data_dir = tmp_path / "data"
    make_school(data_dir, school_name=CANARIES[0], principal_name=CANARIES[1])
    s = unlock(data_dir, USERNAME, PASSWORD)
    with s.engine.begin() as c:
        for i in range(50):
            c.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                      {"k": f"note-{i}", "v": json.dumps(CANARIES[2] * 10)})
    yield s
    s.close()


def backup(session: AppSession, target: Path) -> Path:
    write_backup(session.engine, session.data_key, session.folder.keys_path, target,
                 created_at=session.clock.now(), schema_revision=current_revision(session.engine), kind="manual",
                 staging_dir=session.folder.backups_dir)
    return target


def count(conn: Any, prefix: str) -> int:
    return int(conn.execute("SELECT count(*) FROM settings WHERE key LIKE ?",
                            (prefix + "%",)).fetchone()[0])


def test_manifest_describes_the_members_and_holds_nothing_personal(session, tmp_path):
    target = backup(session, tmp_path / "b.kimbai-backup")
    manifest = verify_backup(target)
    assert manifest == read_manifest(target)
    assert manifest.db_id == KeyslotFile.load(session.folder.keys_path).db_id
    assert manifest.schema_revision == current_revision(session.engine)
    assert manifest.created_at.utcoffset().total_seconds() == 0
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == sorted([DB_MEMBER, KEYS_MEMBER, MANIFEST_MEMBER])
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}
        raw = json.loads(zf.read(MANIFEST_MEMBER))
    assert set(raw) == {"format", "version", "app_version", "created_at", "schema_revision",
                        "db_id", "kind", "members"}
    assert files_containing(tmp_path, CANARIES) == []  # backup, staging and data folder
    assert not list(tmp_path.glob(".*tmp")) and not list(session.folder.backups_dir.iterdir())


def test_extracted_copy_opens_under_the_same_key(session, tmp_path):
    target = backup(session, tmp_path / "b.kimbai-backup")
    out = tmp_path / "out"
    extract_backup(target, out)
    conn = raw_connect(out / DB_MEMBER, session.data_key)
    try:
        assert count(conn, "note-") == 50
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert (out / KEYS_MEMBER).read_bytes() == session.folder.keys_path.read_bytes()
    assert not (out / DB_MEMBER).read_bytes().startswith(b"SQLite format 3")


def test_an_existing_file_is_never_replaced(session, tmp_path):
    target = tmp_path / "b.kimbai-backup"
    target.write_bytes(b"an older backup")
    with pytest.raises(BackupFileExists):
        backup(session, target)
    assert target.read_bytes() == b"an older backup"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a backup zip, replacing (or with None dropping) members; adds new names too."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        names = zin.namelist() + [n for n in change if n not in zin.namelist()]
        for name in names:
            data = change.get(name, zin.read(name) if name in zin.namelist() else None)
            if data is not None:
                zout.writestr(name, data)
    return dst


def flipped(src: Path, dst: Path, offset: int) -> Path:
    data = bytearray(src.read_bytes())
    data[offset % len(data)] ^= 0x41
    dst.write_bytes(bytes(data))
    return dst


@pytest.fixture
def good(session, tmp_path) -> Path:
    return backup(session, tmp_path / "good.kimbai-backup")


def damaged_variants(good: Path, tmp: Path) -> dict[str, Path]:
    size = good.stat().st_size
    with zipfile.ZipFile(good) as zf:
        db_start = zf.getinfo(DB_MEMBER).header_offset + 30 + len(DB_MEMBER)
        keys_start = zf.getinfo(KEYS_MEMBER).header_offset + 30 + len(KEYS_MEMBER)
        manifest = json.loads(zf.read(MANIFEST_MEMBER))
    bad_hash = dict(manifest)
    bad_hash["members"] = {**manifest["members"],
                           DB_MEMBER: {**manifest["members"][DB_MEMBER], "sha256": "0" * 64}}
    return {
        "empty": _write(tmp / "empty", b""),
        "garbage": _write(tmp / "garbage", b"not a zip at all " * 100),
        "truncated": _write(tmp / "truncated", good.read_bytes()[: size // 2]),
        "flip-db-page": flipped(good, tmp / "flip1", db_start + 5000),
        "flip-keys": flipped(good, tmp / "flip2", keys_start + 100),
        "flip-directory-name": flipped(good, tmp / "flip3",
                                       good.read_bytes().rfind(KEYS_MEMBER.encode()) + 3),
        "missing-keys": rewrite(good, tmp / "nokeys", {KEYS_MEMBER: None}),
        "missing-manifest": rewrite(good, tmp / "noman", {MANIFEST_MEMBER: None}),
        "extra-member": rewrite(good, tmp / "extra", {"notes.txt": b"hello"}),
        "hash-mismatch": rewrite(good, tmp / "hash", {MANIFEST_MEMBER: json.dumps(bad_hash)
                                                      .encode()}),
        "keys-garbage": rewrite(good, tmp / "kg", {KEYS_MEMBER: b"{}"}),
        "missing-file": tmp / "does-not-exist.kimbai-backup",
    }


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_damaged_files_give_the_clear_error(good, tmp_path):
    for name, path in damaged_variants(good, tmp_path).items():
        with pytest.raises(BackupDamaged):
            verify_backup(path)
        out = tmp_path / f"out-{name}"
        with pytest.raises(BackupDamaged):
            extract_backup(path, out)
        assert not out.exists() or list(out.iterdir()) == [], name


def test_another_schools_files_are_refused(good, tmp_path):
    other = tmp_path / "other"
    make_school(other, school_name="Trường Khác")
    plain = tmp_path / "plain.zip"  # someone zipped another school's data folder
    with zipfile.ZipFile(plain, "w") as zf:
        zf.write(other / "kimbai.db", DB_MEMBER)
        zf.write(other / "kimbai.keys", KEYS_MEMBER)
    keys = (other / "kimbai.keys").read_bytes()
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read(MANIFEST_MEMBER))
    manifest["members"][KEYS_MEMBER] = {"sha256": hashlib.sha256(keys).hexdigest(),
                                        "size": len(keys)}
    mixed = rewrite(good, tmp_path / "mixed.kimbai-backup",
                    {KEYS_MEMBER: keys, MANIFEST_MEMBER: json.dumps(manifest).encode()})
    for path in (plain, mixed):
        with pytest.raises(BackupDamaged):
            verify_backup(path)


def test_a_newer_format_is_named_as_such(good, tmp_path):
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read(MANIFEST_MEMBER))
    manifest["version"] = 99
    newer = rewrite(good, tmp_path / "newer.kimbai-backup",
                    {MANIFEST_MEMBER: json.dumps(manifest).encode()})
    with pytest.raises(NewerDatabase):
        verify_backup(newer)


def test_snapshot_is_consistent_while_another_connection_writes(session, tmp_path):
    writer = create_cipher_engine(session.folder.db_path, session.data_key)
    committed, stop, started = [0], threading.Event(), threading.Event()

    def write_loop() -> None:
        i = 0
        while not stop.is_set():
            with writer.begin() as c:
                c.execute(text("INSERT INTO settings(key, value) VALUES (:k, '1')"),
                          {"k": f"w-{i:06d}"})
            i += 1
            committed[0] = i
            if i == 20:
                started.set()

    thread = threading.Thread(target=write_loop)
    thread.start()
    try:
        assert started.wait(10)
        before = committed[0]
        target = backup(session, tmp_path / "busy.kimbai-backup")
    finally:
        stop.set()
        thread.join()
        writer.dispose()
    after = committed[0]
    extract_backup(target, tmp_path / "out")
    conn = raw_connect(tmp_path / "out" / DB_MEMBER, session.data_key)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        keys = [r[0] for r in conn.execute("SELECT key FROM settings WHERE key LIKE 'w-%' "
                                           "ORDER BY key")]
    finally:
        conn.close()
    assert before <= len(keys) <= after  # committed (WAL) rows included, nothing half-written
    assert keys == [f"w-{i:06d}" for i in range(len(keys))]  # a prefix: one moment in time
