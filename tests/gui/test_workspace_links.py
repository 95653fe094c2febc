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


def test_who_has_seen_a_case_file_or_a_pupil_opens_the_access_log_on_it(qtbot, worker,
                                                                         sign_in) -> None:
    """Primero's "who viewed it": the principal goes from a case file or a pupil's entry to the
    access log filtered on that record alone (a case and a pupil may share a number)."""
    session = sign_in("demo")
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.load()
    window.show()
    ws = window.workspace
    assert ws is not None and ws.cases_page is not None and ws.audit_page is not None
    ws.open_case(3)
    view = ws.cases_page.case_view
    qtbot.waitUntil(lambda: view.detail is not None and not view.loading, timeout=TIMEOUT)
    assert view.history_button.isVisible()
    view.history_button.click()
    audit = ws.audit_page
    assert window.stack.currentWidget() is audit
    assert audit.kind.currentData() == "case"
    # the record by its code, never by the internal number
    qtbot.waitUntil(lambda: audit.record_id.text() == view.detail.brief.code
                    and audit.model.rowCount() > 0, timeout=TIMEOUT)
    events = audit.model.rows
    assert {(e.record_type, e.record_id) for e in events} == {("case", "3")}
    assert any(e.action is not None and e.action.value == "view" for e in events)

    ws.open_pupil(3)
    pane = ws.register_page.pane
    qtbot.waitUntil(lambda: pane.pupil is not None and pane.pupil.id == 3, timeout=TIMEOUT)
    assert pane.history_link.isVisibleTo(pane)
    pane.history_link.linkActivated.emit("history")
    assert window.stack.currentWidget() is audit
    qtbot.waitUntil(lambda: audit.kind.currentData() == "pupil" and audit.model.rowCount() > 0
                    and all(e.record_type == "pupil" for e in audit.model.rows), timeout=TIMEOUT)
    assert {e.record_id for e in audit.model.rows} == {"3"}
    window.dispose()


def test_the_counsellor_has_no_access_log_links(qtbot, worker, sign_in) -> None:
    session = sign_in("tuvan")
    window = MainWindow(session, worker, AppSettings(), "vi")
    qtbot.addWidget(window)
    window.load()
    window.show()
    ws = window.workspace
    assert ws is not None and ws.audit_page is None
    assert not ws.cases_page.case_view.history_button.isVisibleTo(ws.cases_page.case_view)
    assert not ws.register_page.pane.history_link.isVisibleTo(ws.register_page.pane)
    window.dispose()
