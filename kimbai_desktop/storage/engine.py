"""The SQLAlchemy engine over SQLCipher 4 (sqlcipher3), keyed on every new connection.

Follows security.md: a ``creator=`` function keys each connection first with the raw hex key
(never a URL, never logged), then sets foreign_keys, temp_store=MEMORY, busy_timeout and WAL;
``hide_parameters=True`` keeps record contents out of exception text. Another writer holding the
lock beyond the busy timeout becomes DatabaseBusy, a full disk StorageFull, a bad page
DatabaseDamaged. Transactions are handled
the way SQLAlchemy's SQLite docs recommend (driver autocommit off, explicit BEGIN), so that
SAVEPOINT and transactional DDL behave.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from kimbai_desktop.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    StorageFull,
    UnsupportedCipher,
)

BUSY_TIMEOUT_MS = 10_000
# Tests that make another process hold the lock shorten the wait with this variable; it can only
# shorten it (at least 100 ms), never lengthen it.
BUSY_TIMEOUT_ENV = "KIMBAI_BUSY_TIMEOUT_MS"
# SQLCipher decrypts a page each time it is read into the page cache (default 8 MiB). A search
# matching 16,000 of a district's 100,000 pupils then spent 70 ms decrypting the same pages again;
# with 64 MiB they stay decrypted in memory (only pages actually read take room): 6 ms.
CACHE_KIB = 64 * 1024
SCAN_CACHE_KIB = 2 * 1024  # while a job reads every page once (integrity check, backup copy)
WRITER_OPTION = "kimbai_writer"
REQUIRED_PRAGMAS = {"foreign_keys": 1, "temp_store": 2}


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def busy_timeout_ms() -> int:
    """How long a connection waits for another writer: :data:`BUSY_TIMEOUT_MS`, or less when
    :data:`BUSY_TIMEOUT_ENV` says so."""
    try:
        wanted = int(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_MS))
    except ValueError:
        return BUSY_TIMEOUT_MS
    return min(max(wanted, 100), BUSY_TIMEOUT_MS)


def raw_connect(path: Path, key: bytes, *, wal: bool = True, must_exist: bool = True) -> Any:
    """Open one keyed DB-API connection with every pragma set. Raises domain errors.

    With ``must_exist`` (everything but creating a database) a missing, empty or schema-less
    file is refused before anything is written to it.
    """
    if must_exist and (not path.is_file() or path.stat().st_size == 0):
        raise DatabaseDamaged()
    timeout_ms = busy_timeout_ms()
    conn = sqlcipher3.connect(str(path), timeout=timeout_ms / 1000,
                              check_same_thread=False, isolation_level=None)
    try:
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_log_level = NONE")  # no page-error chatter on stderr
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not str(version[0]).startswith("4."):
            raise UnsupportedCipher()
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlcipher3.OperationalError as exc:
            if "disk i/o error" in str(exc).lower() and not _can_write(path.parent):
                raise StorageFull() from None  # the -shm file cannot be made: not damage
            raise DatabaseDamaged() from None
        except sqlcipher3.DatabaseError:
            # The key came from a sealed keyslot, so a refusal here means the file is damaged,
            # was changed outside KimBai, or belongs to another database.
            raise DatabaseDamaged() from None
        if must_exist and tables == 0:
            raise DatabaseDamaged()
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        if not provider or not provider[0]:
            raise UnsupportedCipher()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
            raise UnsupportedCipher()
        return conn
    except sqlcipher3.OperationalError as exc:
        conn.close()
        if _is_busy(exc):
            raise DatabaseBusy() from None
        raise
    except BaseException:
        conn.close()
        raise


def create_cipher_engine(path: Path, key: bytes, *, pool_size: int = 2,
                         new_file: bool = False) -> Engine:
    """An engine whose every pooled connection is keyed and configured."""
    first = [new_file]

    def creator() -> Any:
        if first[0]:
            first[0] = False
            return raw_connect(path, key, must_exist=False)
        return raw_connect(path, key)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=pool_size,
        pool_use_lifo=True,  # reuse the connection whose page cache is warm
        max_overflow=2,
        hide_parameters=True,
    )
    _install_transaction_hooks(engine)
    return engine


_DAMAGED = ("malformed", "not a database", "hmac check failed")
_STORAGE = ("disk is full", "readonly database", "unable to open database")
_READS = ("select", "pragma", "with", "explain")
_BUSY = ("database is locked", "database table is locked", "database is busy")


def _can_write(folder: Path) -> bool:
    """Whether 64 KiB can be written beside the database (an I/O error at opening is then the
    file's, not a full disk's)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0" * 65536)
            probe.flush()
            os.fsync(probe.fileno())
        return True
    except OSError:
        return False


def _is_busy(exc: BaseException) -> bool:
    return any(m in str(exc).lower() for m in _BUSY)


def translate_driver_error(exc: BaseException, statement: str | None = None) -> Exception | None:
    """The domain error a driver error means for the user, or None to let it through.

    SQLite reports a full disk (or a file-size limit) and a page that fails SQLCipher's check
    alike as "disk I/O error": while writing it means the disk, while reading the file."""
    text = str(exc).lower()
    if _is_busy(exc):
        return DatabaseBusy()
    if any(m in text for m in _STORAGE):
        return StorageFull()
    if isinstance(exc, sqlcipher3.DatabaseError) and any(m in text for m in _DAMAGED):
        return DatabaseDamaged()
    if "disk i/o error" in text:
        reading = (statement or "").lstrip().lower().startswith(_READS)
        return DatabaseDamaged() if reading else StorageFull()
    return None


def _install_transaction_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "handle_error")
    def handle_error(context: Any) -> Exception | None:
        # A damaged page or a full disk reaches every caller as a plain domain error.
        return translate_driver_error(context.original_exception, context.statement)

    @event.listens_for(engine, "begin")
    def begin(conn: Any) -> None:
        # Writers take the write lock at the start (BEGIN IMMEDIATE): two writers queue on
        # busy_timeout instead of failing when a read transaction tries to upgrade, and the
        # audit chain head cannot be read by two writers at once. Readers stay deferred, so a
        # read inside a write (same thread, another connection) never waits for the lock.
        immediate = conn.get_execution_options().get(WRITER_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def cipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


def check_cipher_library() -> None:
    if not cipher_version().startswith("4."):
        raise UnsupportedCipher()


def writer(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions begin with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITER_OPTION: True})


@contextmanager
def scanning(dbapi_connection: Any) -> Iterator[Any]:
    """A small page cache while a job reads the whole file once: those pages would only push out
    the ones the lists use and hold memory (64 MiB) for nothing. The usual size comes back after.
    """
    dbapi_connection.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
    try:
        yield dbapi_connection
    finally:
        dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
