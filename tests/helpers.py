"""Shared test helpers: make a school database, scan folders for canary strings."""

from __future__ import annotations

from pathlib import Path

from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.services.setup import initialize_school

PASSWORD = "mật-khẩu-Thử-1"
USERNAME = "hieutruong"


def profile(**overrides: str) -> SchoolProfile:
    values = dict(
        school_name="Trường Tiểu học Thử Nghiệm",
        superior_body="UBND xã Thử Nghiệm",
        place_name="Thử Nghiệm",
        principal_name="Nguyễn Thị Thử",
        document_symbol="THTN",
        school_year="2024-2025",
    )
    values.update(overrides)
    return SchoolProfile(**values)


def make_school(data_dir: Path, password: str = PASSWORD, username: str = USERNAME,
                **overrides: str) -> str:
    """Create a school database; returns the recovery key."""
    p = profile(**overrides)
    return initialize_school(data_dir, p, username, p.principal_name, password)


def files_containing(root: Path, needles: list[str]) -> list[tuple[Path, str]]:
    """Every (file, needle) where the needle's UTF-8 or UTF-16 bytes occur in a file under root."""
    patterns = []
    for n in needles:
        patterns += [(n, n.encode("utf-8")), (n, n.encode("utf-16-le")), (n, n.encode("utf-16-be"))]
    hits = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle, raw in patterns:
            if raw in data:
                hits.append((path, needle))
    return hits
