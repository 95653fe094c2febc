"""Nothing readable on disk: canary strings never appear in the data folder or the temp folder."""

from __future__ import annotations

import tempfile

from sqlalchemy import text

from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, files_containing, make_school


def test_canaries_never_reach_disk_in_clear(tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    data_dir = tmp_path / "data"
    canaries = ["CANARYSCHOOLzq71", "Nguyễn Thị Canaryđặc", "CANARYPRINCIPALx9", "ZZCANARYUSER"]
    make_school(data_dir, school_name=canaries[0], principal_name=canaries[1],
                place_name=canaries[2])
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        with session.engine.begin() as c:
            for i in range(2000):  # enough rows that a big sort would spill to temp files
                c.execute(text("INSERT INTO settings(key, value) VALUES (:k, :v)"),
                          {"k": f"{canaries[3]}-{i}", "v": canaries[1] * 20})
        with session.engine.connect() as c:
            rows = c.execute(text("SELECT key, value FROM settings ORDER BY value, key DESC")).all()
            assert len(rows) > 2000
        assert session.school_profile().school_name == canaries[0]
    finally:
        session.close()
    assert files_containing(data_dir, canaries) == []
    assert files_containing(tmp, canaries) == []
