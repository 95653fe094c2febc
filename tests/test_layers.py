"""Layering: only gui/, app.py and __main__.py may import Qt; domain/ imports no SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kimbai_desktop"
QT_ALLOWED = {"app.py", "__main__.py"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(sub: str = "") -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def test_no_qt_outside_the_gui():
    offenders = []
    for path in modules():
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui" or str(rel) in QT_ALLOWED:
            continue
        if any(m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
               for m in imported_modules(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_domain_is_pure():
    offenders = []
    for path in modules("domain"):
        banned = {"sqlalchemy", "alembic", "sqlcipher3", "PySide6"}
        inner = {"kimbai_desktop.storage", "kimbai_desktop.services", "kimbai_desktop.gui"}
        for m in imported_modules(path):
            if m.split(".")[0] in banned or any(m.startswith(p) for p in inner):
                offenders.append(f"{path.name}: {m}")
    assert offenders == []


def test_gui_does_not_touch_storage_or_sql():
    offenders = []
    for path in modules("gui"):
        for m in imported_modules(path):
            if m.split(".")[0] in {"sqlalchemy", "sqlcipher3", "alembic"} or m.startswith(
                    "kimbai_desktop.storage"):
                offenders.append(f"{path.name}: {m}")
    assert offenders == []


def test_cli_runs_without_qt():
    import subprocess
    import sys

    code = ("import sys, kimbai_desktop.cli, kimbai_desktop.services.session, "
            "kimbai_desktop.services.demo; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
