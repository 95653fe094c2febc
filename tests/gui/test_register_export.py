"""Exporting the register as filtered: the password that protects the file comes first, typed
twice as a user does (a mismatch or a short one is said plainly and loses nothing); the file
cannot be opened without it; the suggested name holds no personal data; text starting with "="
stays text."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
from PySide6.QtCore import Qt

from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register import export
from kimbai_desktop.services import register as reg
from tests.gui.helpers import answer_export_password, run, tr
from tests.gui.test_register_support import (
    YEAR,
    settle,
)
from tests.helpers import files_containing, open_xlsx, unlock_office

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures


def test_export_protected_by_a_password_keeps_formula_text_as_text(
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

    # Esc in the password dialog: nothing is asked or written
    page.export_button.click()
    answer_export_password(qtbot, page, "", "", key=Qt.Key.Key_Escape)
    settle(qtbot, page)
    assert not any(h[0] == "save-file" for h in messages.history)

    starts: list[str] = []
    original = export.choose_save_file

    def spy(parent, title, start, name_filter):
        starts.append(start)
        return original(parent, title, start, name_filter)

    monkeypatch.setattr(export, "choose_save_file", spy)
    # typed differently twice: a plain message beside the field, the dialog stays, nothing lost
    page.export_button.click()
    dialog = answer_export_password(qtbot, page, "Gui-rieng-9", "Gui-rieng-8")
    assert dialog.isVisible() and dialog.password.text() == "Gui-rieng-9"
    assert dialog.boxes["again"].error.message() == tr(
        "Errors", "The two passwords are not the same. Type them again.")
    assert not any(h[0] == "save-file" for h in messages.history)
    dialog.grab().save(str(shots() / "mat-khau-khong-khop.png"))
    qtbot.keyClicks(dialog.again, "Gui-rieng-9")
    messages.set_next_path(tmp_path / "so-3a")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert Path(starts[0]).name == f"so-theo-doi-{YEAR}.xlsx"  # no name, no class
    qtbot.waitUntil(lambda: messages.history[-1][0] == "information", timeout=10_000)
    out = tmp_path / "so-3a.xlsx"
    assert out.exists()
    assert out.name in messages.history[-1][2]

    with pytest.raises(zipfile.BadZipFile):  # protected: not readable without the password
        openpyxl.load_workbook(out)
    with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
        unlock_office(out, "Gui-rieng-8")
    assert not files_containing(tmp_path, ["SUM(A1:A9) Lê"])  # no name in clear anywhere
    sheet = open_xlsx(out, "Gui-rieng-9").active
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == page.model.total
    classes = {row[4].value for row in rows}
    assert classes == {"3A"}
    cell = next(row[1] for row in rows if str(row[1].value).startswith("="))
    assert cell.value == "=SUM(A1:A9) Lê" and cell.data_type == "s"


def test_cancelling_the_file_dialog_writes_nothing(qtbot, page, tmp_path) -> None:
    messages.set_next_path("")
    page.export_button.click()
    answer_export_password(qtbot, page, "Gui-rieng-9")
    settle(qtbot, page)
    assert messages.history[-1][0] == "save-file"
    assert list(tmp_path.glob("*.xlsx")) == []


def test_a_short_password_is_refused_in_plain_words(qtbot, page, tmp_path) -> None:
    page.export_button.click()
    dialog = answer_export_password(qtbot, page, "ngan", "ngan")
    assert dialog.isVisible()
    assert dialog.boxes["password"].error.message() == tr(
        "Errors", "The password must have at least {minimum} characters. Type a longer one."
    ).format(minimum=8)
    dialog.grab().save(str(shots() / "mat-khau-ngan.png"))
    qtbot.keyClick(dialog.again, Qt.Key.Key_Escape)
    assert list(tmp_path.glob("*.xlsx")) == []


def shots() -> Path:
    folder = Path(os.environ.get("KIMBAI_SHOTS_DIR", "/tmp"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_default_file_name() -> None:
    assert export.export_file_name("2024-2025") == "so-theo-doi-2024-2025.xlsx"
    assert export.with_suffix("/tmp/a").name == "a.xlsx"
    assert export.with_suffix("/tmp/b.XLSX").name == "b.XLSX"
