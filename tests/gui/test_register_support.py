"""Shared fixtures and helpers for the register page tests (imported by test_register_*.py).

A demo school (about 250 invented pupils, every group, reviews due and overdue) is made once per
test session with a fixed clock and copied for each test, so every test has its own encrypted
database in a known state.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from shiboken6 import isValid

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.gui.pages.register_page import RegisterPage
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import keyslots
from tests.conftest import FAST_KDF
from tests.gui.helpers import run

NOW = datetime(2024, 10, 15, 3, 0, tzinfo=UTC)
TODAY = date(2024, 10, 15)
YEAR = "2024-2025"


def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("register-demo") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        create_demo(folder, seed=1, clock=clock())
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


class Sessions:
    """Opens sessions on the worker (as the application does) and closes them after the test."""

    def __init__(self, qtbot: Any, worker: Any, data_dir: Path) -> None:
        self.qtbot, self.worker, self.data_dir = qtbot, worker, data_dir
        self.opened: list[Any] = []

    def open(self, username: str = DEMO_USERNAME, password: str = DEMO_PASSWORD) -> Any:
        session = run(
            self.qtbot, self.worker, unlock, self.data_dir, username, password, clock=clock()
        )
        assert not isinstance(session, BaseException), session
        self.opened.append(session)
        return session

    def close(self) -> None:
        for session in self.opened:
            run(self.qtbot, self.worker, session.close)
        self.opened.clear()


@pytest.fixture
def sessions(qtbot: Any, worker: Any, demo_dir: Path) -> Iterator[Sessions]:
    made = Sessions(qtbot, worker, demo_dir)
    yield made
    made.close()


@pytest.fixture
def principal(sessions: Sessions) -> Any:
    return sessions.open()


def settle(qtbot: Any, page: RegisterPage) -> None:
    """Wait until the list has its count and first page and nothing is pending."""
    qtbot.waitUntil(lambda: not page.model.fetching and not page.worker.busy, timeout=15_000)
    QCoreApplication.processEvents()


def make_page(
    qtbot: Any, session: Any, worker: Any, width: int = 1180, height: int = 640
) -> RegisterPage:
    page = RegisterPage(session, worker)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.total > 0, timeout=15_000)
    settle(qtbot, page)
    return page


@pytest.fixture
def page(qtbot: Any, principal: Any, worker: Any) -> Iterator[RegisterPage]:
    made = make_page(qtbot, principal, worker)
    yield made
    qtbot.waitUntil(lambda: not worker.busy, timeout=15_000)
    if isValid(made):  # pytest-qt may have closed and deleted it already
        made.clear()


def names(page: RegisterPage) -> list[str]:
    return [row.full_name for row in page.model.rows]


def select(qtbot: Any, page: RegisterPage, full_name: str) -> Any:
    """Select the pupil called ``full_name`` in the list and wait for the detail pane."""
    row = next(i for i, r in enumerate(page.model.rows) if r.full_name == full_name)
    page.select_row(row)
    pupil_id = page.model.pupil(row).id
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == pupil_id, timeout=10_000)
    settle(qtbot, page)
    return page.detail


def active_dialog(qtbot: Any, page: RegisterPage) -> Any:
    """The dialog the page opened, once it is the active window (shortcuts go to it)."""
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isActiveWindow(), timeout=5_000)
    return page.dialog


def wait_dialog_closed(qtbot: Any, page: RegisterPage) -> None:
    qtbot.waitUntil(lambda: page.dialog is None, timeout=15_000)
    settle(qtbot, page)
