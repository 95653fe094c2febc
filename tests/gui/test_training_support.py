"""Shared set-up of the training page tests (no tests here): the demo school opened at a fixed
moment of the second semester, so every activity of the demo's school year has been held."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo
from kimbai_desktop.services.session import AppSession, unlock
from tests.gui.helpers import tr

# 20/03/2025, Học kỳ II of 2024-2025: the demo's seven activities of the year are all held.
TODAY = datetime(2025, 3, 20, 3, 0, tzinfo=UTC)
YEAR = "2024-2025"
ONLINE_PARENTS = "500 lượt cha mẹ được tuyên truyền về an toàn trên mạng"
PARENTS_EACH_SEMESTER = "2 buổi tuyên truyền cho cha mẹ học sinh mỗi học kỳ"
COVERAGE = "100% cán bộ, giáo viên, nhân viên được tập huấn kỷ luật tích cực"
WORKSHOP = "Chuyên đề: kỷ luật tích cực trong lớp học"


def open_demo(data_dir: Path, username: str = DEMO_USERNAME) -> AppSession:
    clock = FixedClock(TODAY)
    create_demo(data_dir, clock=clock)
    return unlock(data_dir, username, DEMO_PASSWORD, clock=clock)


def sign_in_as(data_dir: Path, username: str) -> AppSession:
    return unlock(data_dir, username, DEMO_PASSWORD, clock=FixedClock(TODAY))


def idle(qtbot: Any, worker: Any) -> None:
    """Wait until every queued database job ran and its result reached the window."""
    qtbot.waitUntil(lambda: not worker.busy, timeout=15_000)
    QCoreApplication.processEvents()


def show_page(qtbot: Any, worker: Any, session: AppSession) -> Any:
    from kimbai_desktop.gui.pages.training_page import TrainingPage

    page = TrainingPage(session, worker)
    qtbot.addWidget(page)
    page.resize(1150, 640)
    page.show()
    qtbot.waitUntil(lambda: page.year != "", timeout=15_000)
    idle(qtbot, worker)
    return page


def card(page: Any, description: str) -> Any:
    return next(c for c in page.targets.cards if c.target.description == description)


def bars(page: Any, description: str) -> list[int]:
    return [bar.value() for bar in card(page, description).bars]


def errors(exc_or_messages: Any) -> str:
    return tr("Errors", exc_or_messages)
