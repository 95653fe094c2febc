"""The table models of the case screens pass Qt's model tester, and the case list searches
without accents, filters by status and sorts both ways (in SQL, through the service)."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from PySide6.QtCore import Qt

from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.text import fold
from kimbai_desktop.gui.cases.case_list_model import CaseListModel
from kimbai_desktop.gui.cases.chronology_model import ChronologyModel
from kimbai_desktop.gui.pages.cases_page import CasesPage
from kimbai_desktop.services import case_work
from kimbai_desktop.services.cases import CaseQuery
from tests.gui.helpers import run, type_text
from tests.gui.test_cases_support import TIMEOUT, clock, demo, show, sign_in, tr  # noqa: F401


def load(qtbot, model: CaseListModel, query: CaseQuery) -> list:
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload(query)
    return [b.code for b in model.rows]


def test_case_list_model(qtbot, qtmodeltester, worker, sign_in) -> None:
    session = sign_in("demo")
    model = CaseListModel(session, worker, None)
    codes = load(qtbot, model, CaseQuery())
    assert len(codes) == 8 and codes[0] == "VV-2024-2025/001"  # newest first
    qtmodeltester.check(model)
    restricted = model.index(codes.index("VV-2024-2025/008"), 6)
    assert model.data(restricted) == tr("CaseListModel", "{status}, principal only").format(
        status="Đang xử lý"
    )
    urgent = model.index(codes.index("VV-2024-2025/007"), 0)
    assert model.data(urgent, Qt.ItemDataRole.DecorationRole) is not None
    assert load(qtbot, model, CaseQuery(newest_first=False))[0] == "VV-2024-2025/006"
    closed = load(qtbot, model, CaseQuery(status=CaseStatus.CLOSED))
    assert closed == ["VV-2024-2025/006"]
    assert model.data(model.index(0, 6)) == "Đã kết thúc"
    name = model.rows[0].children[0]
    assert load(qtbot, model, CaseQuery(text=fold(name).upper())) == closed
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_chronology_model(qtbot, qtmodeltester, worker, sign_in) -> None:
    session = sign_in("tuvan")
    entries = run(qtbot, worker, case_work.list_entries, session, 4)
    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    qtbot.addWidget(holder)
    model = ChronologyModel(holder)
    model.set_entries(entries)
    assert model.rowCount() == len(entries) > 5
    qtmodeltester.check(model)


def test_the_list_page_searches_without_accents(qtbot, worker, sign_in) -> None:
    page = CasesPage(sign_in("tuvan"), worker)
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        show(qtbot, page)
    qtbot.waitUntil(
        lambda: page.year_filter.count() == 2 and not page.model.fetching, timeout=TIMEOUT
    )
    assert page.year_filter.currentData() == "2024-2025"  # opens on the current school year
    assert page.model.rowCount() == 7  # the principal-only case is not listed
    assert page.count_label.text().startswith("7")
    with qtbot.waitSignal(page.model.loaded, timeout=TIMEOUT):
        type_text(page.search, "xo xat")  # "xô xát" in case 002
        page.apply_filter()
    assert [b.code for b in page.model.rows] == ["VV-2024-2025/002"]
    assert not page.table.horizontalScrollBar().isVisible()
