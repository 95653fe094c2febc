"""`kimbai-desktop --self-test` checks an installation end to end and exits 0 when all is well."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes_in_a_fresh_process(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIMBAI_DATA_DIR": str(tmp_path / "d"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-m", "kimbai_desktop", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    lines = result.stdout.splitlines()
    for name in ("SQLCipher 4", "demo database", "integrity", "audit trail", "reports",
                 "Excel export", "backup and restore", "translations", "about and licences",
                 "main window"):
        assert any(line.startswith("OK") and name in line for line in lines), name
    assert lines[-1].endswith("0 failed")
    assert not (tmp_path / "d").exists()  # the real data folder is never touched


def test_the_licences_check_fails_when_a_library_has_no_metadata(monkeypatch) -> None:
    """What a bundle built without the packages' dist-info would show: no version, no licence."""
    from kimbai_desktop.gui import about_dialog, selftest

    monkeypatch.setattr(about_dialog, "licence_of", lambda name: ("", "") if name == "babel"
                        else ("1.0", "MIT"))
    check = selftest._licences_check()
    assert not check.ok and "babel" in check.detail
