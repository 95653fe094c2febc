"""Exporting the register as filtered: the "not encrypted" warning comes first (in the user's
language), the suggested name holds no personal data, text starting with "=" stays text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register import export
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.excel_export import UNENCRYPTED_WARNING
from tests.gui.helpers import run
from tests.gui.test_register_support import (
    YEAR,
    settle,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures


def test_export_after_the_warning_keeps_formula_text_as_text(
    qtbot, page, tmp_path, monkeypatch
) -> None:
    made = run(
        qtbot,
        page.worker,
        reg.save_pupil,
        page.session,
        reg.PupilInput(full_name="=SUM(A1:A9) Lê", sex=Sex.MALE, class_name="3A"),
    )
    assert isinstance(made, int)
    combo = page.filters.class_name
    page._load_choices()
    settle(qtbot, page)
    combo.setCurrentIndex(combo.findData("3A"))
    qtbot.waitUntil(lambda: page.model.query.class_name == "3A", timeout=5000)
    settle(qtbot, page)

    page.export_button.click()  # the warning answered "No": nothing is asked or written
    kind, _title, text = messages.history[-1]
    assert kind == "question"
    assert QCoreApplication.translate("Export", UNENCRYPTED_WARNING) in text
    assert not any(h[0] == "save-file" for h in messages.history)

    starts: list[str] = []
    original = export.choose_save_file

    def spy(parent, title, start, name_filter):
        starts.append(start)
        return original(parent, title, start, name_filter)

    monkeypatch.setattr(export, "choose_save_file", spy)
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    messages.set_next_path(tmp_path / "so-3a")
    page.export_button.click()
    assert Path(starts[0]).name == f"so-theo-doi-{YEAR}.xlsx"  # no name, no class
    qtbot.waitUntil(lambda: messages.history[-1][0] == "information", timeout=10_000)
    out = tmp_path / "so-3a.xlsx"
    assert out.exists()
    assert out.name in messages.history[-1][2]

    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == page.model.total
    classes = {row[4].value for row in rows}
    assert classes == {"3A"}
    cell = next(row[1] for row in rows if str(row[1].value).startswith("="))
    assert cell.value == "=SUM(A1:A9) Lê" and cell.data_type == "s"


def test_cancelling_the_file_dialog_writes_nothing(qtbot, page, tmp_path) -> None:
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    messages.set_next_path("")
    page.export_button.click()
    settle(qtbot, page)
    assert messages.history[-1][0] == "save-file"
    assert list(tmp_path.glob("*.xlsx")) == []


def test_default_file_name() -> None:
    assert export.export_file_name("2024-2025") == "so-theo-doi-2024-2025.xlsx"
    assert export.with_suffix("/tmp/a").name == "a.xlsx"
    assert export.with_suffix("/tmp/b.XLSX").name == "b.XLSX"
