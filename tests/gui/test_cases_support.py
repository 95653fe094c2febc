"""Shared set-up of the case-file GUI tests (this module holds no tests): the demo school on a
fixed clock, sessions for its accounts, and helpers to wait for pages and read their texts.

The demo is made at 09:00 school time on Thursday 10/10/2024; the tests' clock starts an hour
later and moves only when a test moves it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.demo import DEMO_PASSWORD, create_demo
from kimbai_desktop.services.session import unlock

DEMO_AT = datetime(2024, 10, 10, 2, 0, tzinfo=UTC)  # 09:00 in Vietnam
START = DEMO_AT + timedelta(hours=1)
TIMEOUT = 15_000


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def demo(data_dir: Path) -> Path:
    # The case views are tried on a school that has not made its sealed-file key yet.
    create_demo(data_dir, clock=FixedClock(DEMO_AT), sealed_key=False)
    return data_dir


@pytest.fixture
def sign_in(demo: Path, clock: FixedClock, worker: DbWorker) -> Iterator[Callable[[str], Any]]:
    """``sign_in("tuvan")`` opens a session for a demo account on the test clock."""
    opened: list[Any] = []

    def open_session(username: str) -> Any:
        session = unlock(demo, username, DEMO_PASSWORD, clock=clock)
        opened.append(session)
        return session

    yield open_session
    worker.shutdown()  # queued jobs end before their sessions close
    for session in opened:
        session.close()


def tr(context: str, text: str) -> str:
    """A GUI text as the interface shows it (translated once the catalogue has it)."""
    return QCoreApplication.translate(context, text)


def show(qtbot: Any, widget: Any, width: int = 1126, height: int = 640) -> Any:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


def open_case(qtbot: Any, page: Any, case_id: int) -> Any:
    """Open ``case_id`` in a CasesPage and wait until the view and its chronology are loaded."""
    view = page.case_view
    page.show_case(case_id)
    qtbot.waitUntil(
        lambda: (
            view.detail is not None
            and view.detail.brief.id == case_id
            and not view.loading
            and not view.chronology.loading
        ),
        timeout=TIMEOUT,
    )
    return view


def run_dialog(qtbot: Any, view: Any, dialog: Any) -> None:
    """Submit a ServiceDialog opened by the case view and wait until the view reloaded."""
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        dialog.submit()
    qtbot.waitUntil(lambda: not view.chronology.loading, timeout=TIMEOUT)
