"""Rebuild the translations: ``python -m kimbai_desktop.gui.i18n_build [--check]``.

``pyside6-lupdate`` reads every ``.py`` file of the package (Qt-free modules mark their strings
with ``QT_TRANSLATE_NOOP``) into ``translations/kimbai_<lang>.ts``, the source of truth, dropping
strings that left the code; ``pyside6-lrelease`` then compiles ``kimbai_<lang>.qm``, which is
committed. ``--check`` only reports entries still waiting for a translation (exit code 1 if any).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own translation files
from pathlib import Path

from kimbai_desktop.config import project_root

LANGUAGES = ("vi",)
PACKAGE = "kimbai_desktop"


def source_files(root: Path | None = None) -> list[Path]:
    """Every Python file of the package, relative to the project root, in a stable order."""
    root = root or project_root()
    files = [
        p.relative_to(root) for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts
    ]
    return sorted(files, key=lambda p: p.as_posix())


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (a venv), on PATH, or inside the PySide6 package."""
    script = f"pyside6-{name}"
    beside = Path(sys.executable).with_name(script)
    if beside.exists():
        return str(beside)
    found = shutil.which(script)
    if found:
        return found
    import PySide6

    bundled = Path(PySide6.__file__).with_name(name)
    if bundled.exists():
        return str(bundled)
    raise FileNotFoundError(script)


def ts_path(lang: str, root: Path | None = None) -> Path:
    return (root or project_root()) / "translations" / f"kimbai_{lang}.ts"


def qm_path(lang: str, root: Path | None = None) -> Path:
    return (root or project_root()) / "translations" / f"kimbai_{lang}.qm"


def lupdate(lang: str, ts: Path, root: Path | None = None) -> None:
    root = root or project_root()
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("lupdate"),
        *[str(p) for p in source_files(root)],
        "-ts",
        str(ts),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        lang,
        "-silent",
    ]
    subprocess.run(command, cwd=root, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every message without a finished translation."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            texts = [f.text for f in forms] if forms else [translation.text]
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report untranslated entries")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not args.check:
            lupdate(lang, ts)
            lrelease(ts, qm_path(lang))
        missing = unfinished(ts)
        for context, source in missing:
            print(f"{ts.name}: untranslated [{context}] {source!r}")
        if missing:
            status = 1
        print(f"{ts.name}: {len(missing)} untranslated")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
