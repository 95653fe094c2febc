"""One version number everywhere a release shows it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kimbai_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_the_same_everywhere() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    iss = (ROOT / "resources" / "windows" / "kimbai.iss").read_text(encoding="utf-8")
    installer = re.search(r'#define AppVersion "([^"]+)"', iss)
    assert installer is not None
    assert project["version"] == __version__ == installer.group(1)
