"""GUI test set-up: Vietnamese translations loaded, QSettings in a temporary folder, every message
box and print dialog answered through the seams, one database worker per test."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from kimbai_desktop.config import resource_path
from kimbai_desktop.gui import labels, messages, printing
from kimbai_desktop.gui.app_controller import AppController
from kimbai_desktop.gui.gc_guard import GcGuard
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.worker import DbWorker

_translators: list[QTranslator] = []


@pytest.fixture(scope="session", autouse=True)
def _vietnamese(qapp: QApplication) -> Iterator[None]:
    QCoreApplication.setOrganizationName("KimBai-tests")
    QCoreApplication.setApplicationName("KimBai Desktop tests")
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "kimbai_vi.qm")))
    qapp.installTranslator(translator)
    _translators.append(translator)
    labels.set_language("vi")
    guard = GcGuard()  # as in the app: collect garbage on the GUI thread only
    yield
    guard.stop()
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings go to an INI file under tmp_path, never to the real user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(tmp_path / "qs"))
    yield


@pytest.fixture(autouse=True)
def _seams() -> Iterator[None]:
    """No modal box ever blocks: unanswered boxes get their default (safe) answer."""
    messages.reset()
    printing.reset()
    messages.set_auto_answer(QMessageBox.StandardButton.No)
    yield
    messages.reset()
    printing.reset()


@pytest.fixture(autouse=True)
def _agency_names() -> Iterator[None]:
    """Each test starts with the agencies' default labels (Cài đặt sets the school's names)."""
    labels.set_agencies({})
    yield
    labels.set_agencies({})


@pytest.fixture
def worker() -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    w.shutdown()


@pytest.fixture
def settings() -> AppSettings:
    return AppSettings()


@pytest.fixture
def make_controller(worker: DbWorker) -> Iterator[Callable[..., AppController]]:
    """Controllers for the data folder, shut down after the test whatever happens."""
    made: list[AppController] = []

    def make(data_dir: Path, **kwargs: Any) -> AppController:
        controller = AppController(data_dir, worker, AppSettings(), "vi", **kwargs)
        controller.backup_quiet_seconds = 0  # no pause to wait for (tests that need one set it)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
