"""Only the GUI package, ``app.py`` and ``__main__.py`` may import Qt: the core, the CLI and the
reports stay usable without it."""

from __future__ import annotations

import ast
from pathlib import Path

import kimbai_desktop

PACKAGE = Path(kimbai_desktop.__file__).parent
ALLOWED = {"app.py", "__main__.py"}


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                a.name for a in node.names if a.name.split(".")[0] in ("PySide6", "shiboken6")
            ]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in ("PySide6", "shiboken6"):
                found.append(node.module)
    return found


def test_qt_is_imported_only_by_the_gui() -> None:
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui" or relative.as_posix() in ALLOWED:
            continue
        if imports := qt_imports(path):
            offenders[relative.as_posix()] = imports
    assert offenders == {}


def test_the_gui_does_not_touch_storage() -> None:
    """The GUI calls services and gets plain data back; it never holds ORM objects or SQL."""
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in [module or "", *names]:
                if name.startswith(("kimbai_desktop.storage", "sqlalchemy", "sqlcipher3")):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
