"""Every page and every main dialog of the demo school at the size of an old office monitor
(1366x768 less a 40-pixel taskbar) and of the default 1280x720 window: nothing is larger than
the screen, no list scrolls sideways, and each screen is saved as a PNG.

The images go to ``$KIMBAI_SCREENSHOTS`` when set (CI keeps that folder as an artefact; .ci/run
sets it), else to the test's temporary folder. Look at them after a layout change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget

from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from tests.gui.test_training_support import idle, open_demo

SCREEN = QSize(1366, 768 - 40)  # an old office monitor with the Windows taskbar
SIZES = {"1366": SCREEN, "1280": QSize(1280, 720)}


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KIMBAI_SCREENSHOTS") or tmp_path / "screens")
    target.mkdir(parents=True, exist_ok=True)
    return target


def save(widget: QWidget, folder: Path, name: str) -> None:
    QCoreApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def fits(widget: QWidget, name: str) -> None:
    """Not larger than the screen, and no list that needs a sideways scroll bar."""
    assert widget.width() <= SCREEN.width() and widget.height() <= SCREEN.height(), name
    assert widget.minimumSizeHint().height() <= SCREEN.height(), name
    for area in widget.findChildren(QAbstractScrollArea):
        if area.isVisible():
            assert not area.horizontalScrollBar().isVisible(), (name, area.objectName(), area)


def new_dialog(before: set[int]) -> QDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before:
            return w
    return None


@pytest.fixture
def demo_window(qtbot, worker, data_dir) -> Any:
    session = open_demo(data_dir)
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.load()
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=10_000)
    yield window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.done(0)
    window.dispose()
    session.close()


def test_every_page_fits(qtbot, worker, demo_window, shots) -> None:
    window = demo_window
    workspace = window.workspace
    for size_name, size in SIZES.items():
        window.resize(size)
        for number, page in enumerate(workspace.pages, 1):
            workspace.show_page(page)
            idle(qtbot, worker)
            tabs = getattr(page, "tabs", None)
            for tab in range(tabs.count()) if tabs is not None else [None]:
                if tab is not None:
                    tabs.setCurrentIndex(tab)
                    idle(qtbot, worker)
                name = f"page-{size_name}-{number}-{type(page).__name__}" + (
                    f"-{tab + 1}" if tab is not None else "")
                save(window, shots, name)
                fits(window, name)
                assert window.size() == size, (name, window.minimumSizeHint())  # no page widens it


def test_every_main_dialog_fits(qtbot, worker, demo_window, shots) -> None:
    window = demo_window
    workspace = window.workspace
    register, cases, training = (workspace.register_page, workspace.cases_page,
                                 workspace.training_page)
    openers = {
        "pupil": (register, register.add_pupil),
        "import": (register, register.import_excel),
        "new-year": (register, register.new_school_year),
        "new-case": (cases, cases.new_case),
        "activity": (training, training.activities.add),
        "staff": (training, training.staff.add),
        "target": (training, training.targets.add),
        "account": (window.settings_page, window.settings_page.accounts.add_button.click),
        "password": (None, window.change_password_action.trigger),
        "guide": (None, window.show_guide),
        "about": (None, window.show_about),
        "restore": (None, window.restore_action.trigger),
    }
    for name, (page, opener) in openers.items():
        if page is not None:
            workspace.show_page(page)
            idle(qtbot, worker)
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        opener()
        qtbot.waitUntil(lambda b=before: new_dialog(b) is not None, timeout=10_000)
        dialog = new_dialog(before)
        qtbot.waitExposed(dialog)
        idle(qtbot, worker)
        save(dialog, shots, f"dialog-{name}")
        fits(dialog, name)
        dialog.done(0)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5000)
        idle(qtbot, worker)
