"""Renders every screen at the size of an old office monitor (1366x768) and saves PNGs.

The images go to ``$KIMBAI_SHOTS_DIR`` when set (e.g. /tmp/shots, to look at them), else to the
test's temporary folder. The test also checks that nothing forces a horizontal scroll bar.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.setup_wizard import SetupWizard
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import type_text
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path / "shots")
    target.mkdir(parents=True, exist_ok=True)
    return target


def save(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()  # let pending layout requests settle before grabbing
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 0


def test_wizard_screens(qtbot, worker, data_dir, shots) -> None:
    wizard = SetupWizard(data_dir, worker, today=date(2024, 9, 5))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    save(wizard, shots, "wizard-1-welcome")
    wizard.next()
    form = wizard.school_page.form
    wizard.next()  # empty fields: messages beside each
    save(wizard, shots, "wizard-2-school-errors")
    for name, value in {
        "school_name": "Trường Tiểu học Hòa Bình",
        "superior_body": "UBND xã Hòa Bình",
        "place_name": "Hòa Bình",
        "principal_name": "Nguyễn Thị Hương",
        "document_symbol": "THHB",
    }.items():
        type_text(form.fields[name], value)
    save(wizard, shots, "wizard-2-school")
    wizard.next()
    page = wizard.account_page
    type_text(page.password, "ngắn")
    wizard.next()
    save(wizard, shots, "wizard-3-account-errors")
    type_text(page.password, PASSWORD)
    type_text(page.confirm, PASSWORD)
    page.set_busy(True)
    save(wizard, shots, "wizard-3-account-busy")
    page.set_busy(False)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=20_000)
    save(wizard, shots, "wizard-4-recovery-key")
    assert wizard.width() <= 1366 and wizard.height() <= 768


def test_unlock_screens(qtbot, worker, data_dir, shots) -> None:
    make_school(data_dir)
    dialog = UnlockDialog(data_dir, worker, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save(dialog, shots, "unlock-1-empty")
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, "sai")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    save(dialog, shots, "unlock-2-wrong-password")


def test_main_window_screens(qtbot, worker, data_dir, shots) -> None:
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        window = MainWindow(session, worker, AppSettings(), "vi")
        qtbot.addWidget(window)
        window.load()
        window.show()
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=10_000)
        save(window, shots, "main-1-school")
        type_text(window.school_page.form.fields["school_year"], "2024")
        window.school_page.save()
        qtbot.waitUntil(lambda: not window.school_page.saving, timeout=10_000)
        save(window, shots, "main-2-school-error")
        window.nav.setCurrentRow(1)
        save(window, shots, "main-3-settings")
        assert window.width() == 1366 and window.height() == 768
        window.dispose()
    finally:
        session.close()
