"""Alembic migrations: models match the migrations; older databases are backed up then upgraded;
newer ones are refused untouched."""

from __future__ import annotations

import shutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from kimbai_desktop.domain.errors import NewerDatabase
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import database
from kimbai_desktop.storage.database import DataFolder, head_revision
from kimbai_desktop.storage.engine import create_cipher_engine
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.models import Base
from kimbai_desktop.storage.search import SEARCH_TABLE_PREFIX
from tests.helpers import PASSWORD, USERNAME, make_school

EXTRA_REVISION = '''
"""Test-only revision: adds a column."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("accounts") as b:
        b.add_column(sa.Column("test_extra", sa.String(10), nullable=True))


def downgrade():
    with op.batch_alter_table("accounts") as b:
        b.drop_column("test_extra")
'''


def _not_search_index(name, kind, _parent):
    """The FTS5 table of migration 0007 and its shadow tables are not mapped."""
    return not (kind == "table" and name and name.startswith(SEARCH_TABLE_PREFIX))


def test_models_match_the_migrations(data_dir):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        with session.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _not_search_index})
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        session.close()


def test_the_schema_head_constant_is_alembics_head():
    """Opening a database compares with SCHEMA_HEAD so that Alembic loads only to migrate."""
    assert database.SCHEMA_HEAD == head_revision()


def test_an_older_database_is_backed_up_then_upgraded(data_dir, tmp_path, monkeypatch):
    make_school(data_dir)
    old_head = head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9001_test_extra.py").write_text(
        EXTRA_REVISION.replace("{head}", old_head), encoding="utf-8")
    monkeypatch.setattr(database, "MIGRATIONS_DIR", migrations)
    monkeypatch.setattr(database, "SCHEMA_HEAD", "9001")

    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        cols = {c["name"] for c in inspect(session.engine).get_columns("accounts")}
        assert "test_extra" in cols
        assert database.current_revision(session.engine) == "9001"
    finally:
        session.close()

    backups = list(DataFolder(data_dir).backups_dir.glob(f"*before-upgrade-{old_head}.db"))
    assert len(backups) == 1
    # The backup is encrypted with the same key, still at the old revision, and has its keyslots.
    keys = KeyslotFile.load(backups[0].with_suffix(".keys"))
    key = keys.unwrap_account(USERNAME, PASSWORD)
    eng = create_cipher_engine(backups[0], key)
    try:
        assert database.current_revision(eng) == old_head
    finally:
        eng.dispose()
    assert backups[0].read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_newer_database_is_refused_and_untouched(data_dir):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    with session.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'zz99'"))
    session.close()
    db = data_dir / "kimbai.db"
    before = db.read_bytes()
    with pytest.raises(NewerDatabase):
        unlock(data_dir, USERNAME, PASSWORD)
    assert db.read_bytes() == before
    assert not DataFolder(data_dir).backups_dir.exists()


def test_opening_a_current_database_makes_no_backup(data_dir):
    make_school(data_dir)
    unlock(data_dir, USERNAME, PASSWORD).close()
    assert not DataFolder(data_dir).backups_dir.exists()
