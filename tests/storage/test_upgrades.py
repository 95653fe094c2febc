"""Upgrades: a database made by each released schema (tests/data/schema-*) opens with today's
code, is backed up before any migration, and keeps every record and every account.

When a migration is added, keep the previous head's folder (make one with the snippet in
tests/data/README.txt) so that the upgrade path from it stays tested."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from kimbai_desktop.domain.text import fold, name_sort_key
from kimbai_desktop.services import drafts, register
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage.database import DataFolder, head_revision
from kimbai_desktop.storage.keyslots import KeyslotFile

DATA = Path(__file__).resolve().parent.parent / "data"
FIXTURES = sorted(p for p in DATA.glob("schema-*") if p.is_dir())


def test_there_is_a_fixture_of_the_current_schema() -> None:
    assert any(p.name == f"schema-{head_revision()}" for p in FIXTURES), (
        "add tests/data/schema-<head> for the new schema (see tests/data/README.txt)")


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_an_older_database_opens_and_keeps_every_record(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    data_dir = tmp_path / "data"
    shutil.copytree(fixture, data_dir, ignore=shutil.ignore_patterns("expected.json"))
    session = unlock(data_dir, expected["username"], expected["password"])
    try:
        with session.engine.connect() as c:
            for table, count in expected["counts"].items():
                got = c.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                if table == "settings":  # the list of legitimate keyslots (and its signature,
                    # the start of signed events) are added at the upgrade and unlock
                    got = c.execute(text(
                        "SELECT count(*) FROM settings WHERE key NOT IN ('keyslots', "
                        "'keyslots_signature', 'keyslots_pending_verify', 'audit_signing')")).scalar()
                if table == "audit_events":
                    assert got >= count  # the sign-in (and the upgrade) add events
                elif table != "alembic_version":
                    assert got == count, table
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                head_revision()
            # The search index (0007) covers the pupils written before it existed.
            assert c.execute(text("SELECT count(*) FROM pupil_search")).scalar() == \
                c.execute(text("SELECT count(*) FROM pupils")).scalar() > 0
            # The stored name keys are those of today's default order (0008 recomputed them).
            for table in ("pupils", "staff"):
                rows = c.execute(text(f"SELECT full_name, name_sort FROM {table}")).all()
                assert rows and all(key == name_sort_key(n) for n, key in rows), table
            name = c.execute(text("SELECT full_name FROM pupils WHERE status = 'active' "
                                  "ORDER BY id LIMIT 1")).scalar()
        found = register.list_pupils(session, register.PupilQuery(text=fold(name)))
        assert name in [r.full_name for r in found]
        # Drafts (0009) can be kept in a database made before they existed.
        drafts.save_draft(session, "case_entry", 1, {"text": "Bản nháp sau khi nâng cấp"})
        kept = drafts.load_draft(session, "case_entry", 1)
        assert kept is not None and kept.payload == {"text": "Bản nháp sau khi nâng cấp"}
    finally:
        session.close()
    backups = list(DataFolder(data_dir).backups_dir.glob("*before-upgrade*.db"))
    assert len(backups) == (0 if expected["revision"] == head_revision() else 1)
    keys = KeyslotFile.load(data_dir / "kimbai.keys")
    assert keys.unwrap_recovery(expected["recovery_key"])
