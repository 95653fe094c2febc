"""Fixtures: one demo school made once per test session (cheap key derivation, a fixed clock),
copied into each test's own folder; a signed-in session on the copy."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.services.demo import DEMO_PASSWORD, create_demo
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.storage import keyslots
from tests.conftest import FAST_KDF

DEMO_NOW = datetime(2024, 11, 20, 2, 0, tzinfo=UTC)  # 09:00 at the school


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        create_demo(folder, clock=FixedClock(DEMO_NOW))
    return folder


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEMO_NOW)


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def sign_in(demo_dir: Path, clock: FixedClock) -> Iterator[Callable[[str], AppSession]]:
    """``sign_in("tuvan")`` → a session as that demo account (closed after the test)."""
    opened: list[AppSession] = []

    def _sign_in(username: str = "demo") -> AppSession:
        session = unlock(demo_dir, username, DEMO_PASSWORD, clock=clock)
        opened.append(session)
        return session

    yield _sign_in
    for session in opened:
        session.close()


@pytest.fixture
def principal(sign_in: Callable[[str], AppSession]) -> AppSession:
    return sign_in("demo")
