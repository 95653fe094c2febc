"""30,000 pupils: the list loads page by page while scrolling to the end, never holds more than
the pages fetched, and every page is read on the worker thread, never on the window's (how long
a page takes is measured by the benchmarks: python -m tests.bench)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication

from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.gui.paged_model import PAGE_SIZE
from kimbai_desktop.services import register as reg
from tests.gui.helpers import run
from tests.gui.test_register_support import (
    make_page,
    settle,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures

EXTRA = 30_000
GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Đức",
    "Giang",
    "Hà",
    "Khánh",
    "Linh",
    "Minh",
    "Ngọc",
    "Phúc",
    "Quân",
    "Sơn",
    "Thảo",
    "Uyên",
    "Vy",
    "Yến",
]


@pytest.fixture
def crowded(qtbot, principal, worker):
    """The demo school plus 30,000 pupils, written in one bulk call on the worker."""
    rows = [
        reg.PupilInput(full_name=f"Trần Thị {GIVEN[i % len(GIVEN)]} {i}", sex=Sex.FEMALE)
        for i in range(EXTRA)
    ]  # without a class: the bulk write takes a few seconds
    # Setting up 30,000 pupils is not what this test measures: give it room on a loaded machine.
    result = run(qtbot, worker, reg.bulk_upsert_pupils, principal, rows, timeout=180_000)
    assert isinstance(result, reg.BulkResult) and result.created == EXTRA
    return principal


@pytest.mark.slow
def test_thirty_thousand_pupils_scroll_to_the_end(qtbot, qtmodeltester, crowded, worker) -> None:
    page = make_page(qtbot, crowded, worker, height=480)
    model = page.model
    total = EXTRA + 248
    assert model.total == total
    assert model.rowCount() == PAGE_SIZE
    inserted = [model.rowCount()]
    model.rowsInserted.connect(lambda _p, first, last: inserted.append(last - first + 1))

    threads: set[str] = set()
    fetch = model.fetch_page
    cursors: list[bool] = []

    def fetch_and_note(*args):  # runs wherever the model runs it
        threads.add(threading.current_thread().name)
        cursors.append(args[-1] is not None)  # pages after the first come from the last row
        return fetch(*args)

    model.fetch_page = fetch_and_note
    idle_scrolls = 0
    while not model.exhausted:
        page.table.scrollToBottom()  # the view asks the model for more, as a user scrolling
        QCoreApplication.processEvents()
        assert model.rowCount() == sum(inserted) <= model.pages_fetched * PAGE_SIZE
        if model.fetching:
            idle_scrolls = 0
            with qtbot.waitSignal(model.loaded, timeout=10_000):
                pass
        elif not model.exhausted:
            # On a loaded machine the view may not have laid out the new rows yet, so the scroll
            # bar is not at its end; a user scrolls again a moment later.
            idle_scrolls += 1
            if idle_scrolls > 100:
                pytest.fail("scrolling to the end did not fetch the next page")
            qtbot.wait(20)
    assert model.rowCount() == sum(inserted) == total
    assert model.pages_fetched == -(-total // PAGE_SIZE)
    assert len({row.id for row in model.rows}) == total  # every pupil once
    assert threads and threading.main_thread().name not in threads  # the window never waits
    assert cursors and all(cursors)  # keyset paging: a deep page costs what the first does
    qtmodeltester.check(model)

    # a new query starts from one page again, sorted in SQL over all 30,248 pupils
    page.filters.search.setText("tran thi giang")
    page.filters._now()
    settle(qtbot, page)
    giang = sum(1 for i in range(EXTRA) if GIVEN[i % len(GIVEN)] == "Giang")
    assert model.rowCount() == PAGE_SIZE and model.total == giang
    settle(qtbot, page)
    page.clear()
