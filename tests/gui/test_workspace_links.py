"""Records open each other: the overview's charts open the register filtered, the case list by
status and the training targets."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.enums import ProtectionLevel
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.services.cases import CaseQuery
from kimbai_desktop.services.register import PupilQuery
from tests.gui.test_cases_support import TIMEOUT, clock, demo, sign_in  # noqa: F401


def test_overview_links_open_their_lists(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.load()
    window.show()
    ws = window.workspace
    assert ws is not None and ws.overview_page is not None
    ws.overview_page.open_register.emit(PupilQuery(level=ProtectionLevel.INTERVENTION,
                                                   in_register_only=True))
    assert window.stack.currentWidget() is ws.register_page
    filters = ws.register_page.filters
    assert filters.level.currentData() == ProtectionLevel.INTERVENTION
    assert filters.in_register.isChecked()
    qtbot.waitUntil(lambda: ws.register_page.model.rowCount() > 0, timeout=TIMEOUT)
    ws.overview_page.open_case_list.emit(CaseQuery(status=CaseStatus.CLOSED))
    assert window.stack.currentWidget() is ws.cases_page
    assert ws.cases_page.status_filter.currentData() == CaseStatus.CLOSED
    ws.overview_page.open_targets.emit(1)
    assert window.stack.currentWidget() is ws.training_page
    assert ws.training_page.tabs.currentWidget() is ws.training_page.targets
    window.dispose()
