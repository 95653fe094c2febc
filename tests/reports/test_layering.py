"""reports/ renders documents from plain service results: no Qt, no SQL, no storage."""

from __future__ import annotations

from tests.test_layers import imported_modules, modules


def test_reports_touch_neither_qt_nor_the_database():
    offenders = []
    for path in modules("reports"):
        for m in imported_modules(path):
            if m.split(".")[0] in {"PySide6", "shiboken6", "sqlalchemy", "sqlcipher3"} or \
                    m.startswith("kimbai_desktop.storage") or m.startswith("kimbai_desktop.gui"):
                offenders.append(f"{path.name}: {m}")
    assert offenders == []
