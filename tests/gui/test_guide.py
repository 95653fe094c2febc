"""The getting-started guide in the window: Trợ giúp › Hướng dẫn bắt đầu (and F1) and the last
page of the set-up wizard open the printable page in the preview; printing and saving go
through the dialog seams and need no database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kimbai_desktop.gui import messages, printing
from kimbai_desktop.gui.guide_dialog import GuideDialog
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.setup_wizard import SetupWizard
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def session(data_dir: Path):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    yield s
    s.close()


def test_help_menu_opens_the_guide(qtbot, session, worker) -> None:
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.load()
    window.show()
    help_titles = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert help_titles == ["&Hướng dẫn bắt đầu", "&Giới thiệu KimBai Desktop"]
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.guide_action.trigger()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Hướng dẫn bắt đầu sử dụng KimBai Desktop"
    assert dialog.page_count() == 1
    assert dialog.print_button.text() == "&In..." and dialog.save_button.text() == "Lưu P&DF..."
    dialog.close()
    window.dispose()


def test_guide_saves_and_prints_without_a_database(qtbot, tmp_path: Path) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    messages.set_next_path(str(tmp_path / "huong-dan"))  # the .pdf is added
    dialog.save_button.click()
    saved = tmp_path / "huong-dan.pdf"
    assert saved.read_bytes() == dialog.pdf
    assert dialog.status.text() == f"Đã lưu: {saved}"

    printed = tmp_path / "printed.pdf"

    def to_pdf(printer) -> bool:
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(100)
        return True

    printing.set_next_printer_setup(to_pdf)
    dialog.print_button.click()
    assert printed.stat().st_size > 1000
    assert "Đã gửi đến máy in" in dialog.status.text()

    printing.set_next_printer_setup(lambda printer: False)  # cancelled: nothing happens
    messages.set_next_path("")
    dialog.print_button.click()
    dialog.save_button.click()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huong-dan.pdf", "printed.pdf"]


def test_setup_wizard_last_page_links_to_the_guide(qtbot, worker, data_dir: Path) -> None:
    wizard = SetupWizard(data_dir, worker, today=date(2024, 9, 5))
    qtbot.addWidget(wizard)
    assert wizard.guide_button.text() == "Mở &hướng dẫn bắt đầu..."
    assert wizard.guide_button.parent() is wizard.key_page
    wizard.show()
    qtbot.mouseClick(wizard.guide_button, Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible() and dialog.page_count() == 1
    dialog.close()
