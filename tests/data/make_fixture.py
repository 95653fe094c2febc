"""Make tests/data/schema-<head>/ from the current code: `python tests/data/make_fixture.py`.

Run it with the code of the current head BEFORE adding a migration, so that the upgrade from
this schema stays tested (tests/storage/test_upgrades.py)."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from kimbai_desktop.domain.clock import FixedClock  # noqa: E402
from kimbai_desktop.storage import keyslots  # noqa: E402

keyslots.DEFAULT_KDF = keyslots.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)

from kimbai_desktop.services.demo import create_demo  # noqa: E402
from kimbai_desktop.services.session import unlock  # noqa: E402
from kimbai_desktop.storage.database import head_revision  # noqa: E402


def main() -> None:
    tmp = Path(tempfile.mkdtemp()) / "data"
    clock = FixedClock(datetime(2025, 3, 20, 3, tzinfo=UTC))
    creds = create_demo(tmp, clock=clock)
    session = unlock(tmp, creds.username, creds.password, clock=clock)
    counts = {}
    with session.engine.connect() as c:
        for (name,) in c.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")):
            counts[name] = c.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()
        # as tests/storage/test_upgrades.py counts them: the keyslot list is added at unlock
        counts["settings"] = c.execute(text(
            "SELECT count(*) FROM settings WHERE key NOT IN ('keyslots', 'keyslots_signature', "
            "'keyslots_pending_verify', 'audit_signing')")).scalar()
    session.close()
    revision = head_revision()
    out = ROOT / "tests" / "data" / f"schema-{revision}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for name in ("kimbai.db", "kimbai.keys"):
        shutil.copy(tmp / name, out / name)
    expected = {"revision": revision, "username": creds.username, "password": creds.password,
                "recovery_key": creds.recovery_key, "counts": counts}
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False),
                                       encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
