"""One school's encrypted database on disk: create, open (migrating after a backup), check, copy.

Migrations are Alembic's, run programmatically on the keyed connection. Before an older database
is upgraded, an encrypted copy (``VACUUM INTO``, same key) and the keyslot file are put in
``backups/``; a database newer than this program is refused, never touched.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from kimbai_desktop import config
from kimbai_desktop.domain.errors import DatabaseDamaged, NewerDatabase, NotInitialized
from kimbai_desktop.storage.engine import create_cipher_engine, raw_connect, scanning

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision: opening a database at this version loads no Alembic (launch
# time, issue 20). tests/storage/test_migrations.py checks it against Alembic's own head.
SCHEMA_HEAD = "0015"


class DataFolder:
    """The files of one data folder. None of the file names holds personal data."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def db_path(self) -> Path:
        return self.root / config.DATABASE_FILE

    @property
    def keys_path(self) -> Path:
        return self.root / config.KEYSLOT_FILE

    @property
    def pending_keys_path(self) -> Path:
        return self.root / config.PENDING_KEYSLOT_FILE

    @property
    def restore_note_path(self) -> Path:
        return self.root / config.RESTORE_NOTE_FILE

    @property
    def head_path(self) -> Path:
        return self.root / config.AUDIT_HEAD_FILE

    @property
    def throttle_path(self) -> Path:
        return self.root / config.THROTTLE_FILE

    @property
    def lock_path(self) -> Path:
        return self.root / config.LOCK_FILE

    @property
    def backups_dir(self) -> Path:
        return self.root / config.BACKUP_DIR

    def is_initialized(self) -> bool:
        return self.db_path.is_file() and self.keys_path.is_file()

    def has_any_database_file(self) -> bool:
        return self.db_path.exists() or self.keys_path.exists()

    def program_files(self) -> list[Path]:
        """What a school's data leaves here: the database (and its journal), the keys, their
        rotation file, backups, a restore note, the old counter file, data kept aside by a
        restore. Not the lock files and logs, which any start of the program creates."""
        if not self.root.is_dir():
            return []
        names = {config.DATABASE_FILE, config.KEYSLOT_FILE, config.PENDING_KEYSLOT_FILE,
                 config.THROTTLE_FILE, config.RESTORE_NOTE_FILE, config.BACKUP_DIR,
                 config.AUDIT_HEAD_FILE}
        found = []
        for path in self.root.iterdir():
            if (path.name in names or path.name.startswith(config.DATABASE_FILE + "-")
                    or path.name.startswith("kept-")):
                found.append(path)
        return sorted(found)

    def has_program_files(self) -> bool:
        return bool(self.program_files())


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema version the database carries (Alembic's table, read with plain SQL so that
    opening an up-to-date database does not load Alembic)."""
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                   "AND name = 'alembic_version'")).first()
        if exists is None:
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def create_database(db_path: Path, key: bytes) -> Engine:
    """Make a new encrypted database file at the head schema."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_cipher_engine(db_path, key, new_file=True)
    try:
        _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_database(folder: DataFolder, key: bytes, *, now: datetime | None = None) -> Engine:
    """Open and, if it is older, back up and migrate. Raises domain errors, never half-opens."""
    if not folder.db_path.is_file():
        raise NotInitialized()
    raw_connect(folder.db_path, key).close()  # key, cipher and readability checks
    engine = create_cipher_engine(folder.db_path, key)
    try:
        current = current_revision(engine)
        if current is None:
            # Every database KimBai writes carries a schema version; an empty or foreign file
            # is never "upgraded" into one.
            raise DatabaseDamaged()
        if current != SCHEMA_HEAD:
            if current not in known_revisions():
                raise NewerDatabase()
            backup_copy(engine, folder, f"before-upgrade-{current}", now=now)
            _upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def backup_copy(engine: Engine, folder: DataFolder, label: str, *, now: datetime | None = None) -> Path:
    """An encrypted copy of the live database (same key) plus the keyslot file, in backups/."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    folder.backups_dir.mkdir(parents=True, exist_ok=True)
    target = folder.backups_dir / f"kimbai-{stamp}-{label}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder.backups_dir / f"kimbai-{stamp}-{label}-{n}.db"
    raw = engine.raw_connection()  # driver in autocommit mode: VACUUM needs no open transaction
    try:
        with scanning(raw.driver_connection) as driver:
            driver.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    shutil.copy2(folder.keys_path, target.with_suffix(".keys"))
    return target


def integrity_problems(engine: Engine) -> list[str]:
    """Run quick_check and cipher_integrity_check; return what they report (empty = healthy).

    The reports name pages and tables, never row contents.
    """
    problems: list[str] = []
    try:
        with engine.connect() as conn, scanning(conn.connection.driver_connection):
            rows = conn.execute(text("PRAGMA quick_check")).fetchall()
            problems += [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
            rows = conn.execute(text("PRAGMA cipher_integrity_check")).fetchall()
            problems += [str(r[0]) for r in rows]
    except Exception as exc:  # noqa: BLE001 - any failure to read is itself the finding
        raise DatabaseDamaged() from exc
    return problems
