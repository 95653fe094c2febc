"""The Vietnamese catalogue: complete, in step with the code, placeholders and mnemonics kept,
and the committed .qm is exactly what lrelease builds from the .ts."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kimbai_desktop.config import project_root
from kimbai_desktop.gui import i18n_build

TS = i18n_build.ts_path("vi")
QM = i18n_build.qm_path("vi")


def messages_of(ts: Path) -> dict[tuple[str, str], tuple[str, ...] | None]:
    """``(context, source)`` -> the finished translation's forms: one for a plain message, one per
    plural form for a numerus (``%n``) message, whose ``<translation>`` holds ``<numerusform>``
    elements; None when unfinished, obsolete or a form is empty."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file
    out: dict[tuple[str, str], tuple[str, ...] | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] | None = None
            if translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                if message.get("numerus") == "yes":
                    forms = tuple(f.text or "" for f in translation.findall("numerusform"))
                else:
                    forms = (translation.text or "",)
                if not forms or not all(forms):
                    forms = None
            out[(name, message.findtext("source") or "")] = forms
    return out


def test_numerus_messages_are_read_form_by_form(tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert messages_of(ts) == {
        ("Page", "%n page(s)"): ("%n trang",),
        ("Page", "%n file(s)"): None,
        ("Page", "Page"): ("Trang",),
    }


def test_no_entry_is_unfinished() -> None:
    assert i18n_build.unfinished(TS) == []
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """Run lupdate on a copy: any tr() string missing from the committed .ts shows up unfinished."""
    copy = tmp_path / "kimbai_vi.ts"
    shutil.copy(TS, copy)
    i18n_build.lupdate("vi", copy, project_root())
    fresh = messages_of(copy)
    committed = messages_of(TS)
    missing = sorted(key for key, text in fresh.items() if not text)
    assert missing == [], "run: python -m kimbai_desktop.gui.i18n_build, then translate"
    assert set(fresh) == set(committed), "the .ts is out of date: rebuild it"


def test_placeholders_and_mnemonics_are_kept() -> None:
    for (context, source), forms in messages_of(TS).items():
        assert forms, (context, source)
        for text in forms:
            assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", text)), (
                context,
                source,
            )
            assert ("%n" in source) == ("%n" in text), (context, source)
            assert source.count("&") == text.count("&"), (context, source)
            assert text == text.strip() or source != source.strip(), (context, source)


def test_vietnamese_is_normalised_and_has_no_english_leftovers() -> None:
    import unicodedata

    keep_english = {"KimBai Desktop", "OK"}
    for (context, source), forms in messages_of(TS).items():
        assert forms is not None
        for text in forms:
            assert unicodedata.normalize("NFC", text) == text, (context, source)
            if source not in keep_english and len(source) > 3 and not source.startswith("Password"):
                assert text != source, f"not translated: [{context}] {source}"


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "kimbai_vi.qm"
    i18n_build.lrelease(TS, built)
    if built.read_bytes() != QM.read_bytes():
        pytest.fail(
            "translations/kimbai_vi.qm is stale: run python -m kimbai_desktop.gui.i18n_build"
        )


def test_every_python_file_is_scanned() -> None:
    files = i18n_build.source_files()
    names = {p.as_posix() for p in files}
    assert "kimbai_desktop/gui/main_window.py" in names
    assert "kimbai_desktop/domain/errors.py" in names
    assert all(p.suffix == ".py" for p in files)


def test_qt_standard_buttons_are_vietnamese(qtbot) -> None:
    """Qt ships no Vietnamese catalogue; ours translates Qt's own buttons and menus."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"&Có", "&Không", "Hủy"}
