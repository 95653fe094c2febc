"""The overview (Tổng quan): counts as tiles, what is due with overdue first, one click or Enter
to open a case or a pupil, new teacher concerns with "mark as read", and who sees which page."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from PySide6.QtCore import Qt

from kimbai_desktop.domain.deadlines import DeadlineState, Owner
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.pages import cases_page, concerns_page, overview_page
from kimbai_desktop.gui.pages.overview_page import OverviewPage
from tests.gui.test_cases_support import TIMEOUT, clock, demo, show, sign_in  # noqa: F401

ORDER = [
    DeadlineState.OVERDUE,
    DeadlineState.DUE_TODAY,
    DeadlineState.DUE_SOON,
    DeadlineState.WAITING,
    DeadlineState.UPCOMING,
]


def loaded_overview(qtbot, session, worker) -> OverviewPage:
    page = OverviewPage(session, worker)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        show(qtbot, page)  # refreshes when shown
    return page


def test_overdue_items_come_first_and_open_their_case(qtbot, worker, sign_in) -> None:
    page = loaded_overview(qtbot, sign_in("tuvan"), worker)
    items = page.due_items()
    assert items and items == list(page.overview.items)
    states = [ORDER.index(i.state) for i in items]
    assert states == sorted(states)
    overdue = [i for i in items if i.state == DeadlineState.OVERDUE]
    assert len(overdue) >= 5
    assert [i.due for i in overdue] == sorted(i.due for i in overdue)
    first = page.items.topLevelItem(0)
    assert first.text(0) == labels.label(DeadlineState.OVERDUE)  # words, not colour alone
    assert not first.icon(0).isNull()
    assert page.tiles["overdue"].count == len(overdue)
    assert page.tiles["open_cases"].count == 6  # the restricted case is the principal's only
    assert page.tiles["new_concerns"].count == 1

    assert items[0].kind == "step"
    page.items.setFocus()
    page.items.setCurrentItem(first)
    with qtbot.waitSignal(page.open_case, timeout=TIMEOUT) as opened:
        qtbot.keyClick(page.items, Qt.Key.Key_Return)
    assert opened.args == [items[0].record_id]

    row = next(n for n, i in enumerate(items) if i.kind == "review")
    with qtbot.waitSignal(page.open_pupil, timeout=TIMEOUT) as opened:
        page.open_item(page.items.topLevelItem(row))
    assert opened.args == [items[row].record_id]


def test_a_tile_shows_only_what_it_counts(qtbot, worker, sign_in) -> None:
    page = loaded_overview(qtbot, sign_in("tuvan"), worker)
    qtbot.mouseClick(page.tiles["due_today"], Qt.MouseButton.LeftButton)
    assert {i.state for i in page.due_items()} == {DeadlineState.DUE_TODAY}
    qtbot.mouseClick(page.tiles["due_today"], Qt.MouseButton.LeftButton)
    assert len(page.due_items()) == len(page.overview.items)


def test_new_concerns_show_only_code_and_time_and_can_be_marked_read(
    qtbot, worker, sign_in
) -> None:
    page = loaded_overview(qtbot, sign_in("tuvan"), worker)
    assert [a.code for a in page.alerts] == ["VV-2024-2025/001"]
    item = page.alert_list.item(0)
    assert item.text() == "VV-2024-2025/001\n09:00 10/10/2024"
    with qtbot.waitSignal(page.open_case, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(page.open_alert_button, Qt.MouseButton.LeftButton)
    assert opened.args == [page.alerts[0].case_id]
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    assert page.alerts == [] and page.tiles["new_concerns"].count == 0
    assert not page.read_button.isEnabled()


def test_the_report_due_today_on_the_day_it_falls_due(qtbot, worker, sign_in, clock) -> None:
    """Case 001 was discovered on 10/10 at 09:00: its written report falls due on 13/10."""
    session = sign_in("tuvan")
    clock.advance(days=3)
    page = loaded_overview(qtbot, session, worker)
    report = [
        (n, i)
        for n, i in enumerate(page.due_items())
        if i.label == "VV-2024-2025/001" and i.step == ProcedureStep.RESULT_REPORT
    ]
    assert len(report) == 1
    row, item = report[0]
    assert item.state == DeadlineState.DUE_TODAY
    assert page.items.topLevelItem(row).text(0) == "Đến hạn hôm nay"
    assert page.items.topLevelItem(row).text(1) == "23:59 13/10/2024"
    assert page.today.text().endswith("13/10/2024")
    clock.advance(days=1)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    again = [
        i
        for i in page.due_items()
        if i.label == "VV-2024-2025/001" and i.step == ProcedureStep.RESULT_REPORT
    ]
    assert again[0].state == DeadlineState.OVERDUE


def test_the_communes_plan_is_shown_as_waiting_with_a_reminder(
    qtbot, worker, sign_in, clock
) -> None:
    """Case 001 was received on Thursday 10/10: the commune's plan falls due on 17/10."""
    session = sign_in("tuvan")
    clock.advance(days=8)  # Friday 18/10
    page = loaded_overview(qtbot, session, worker)
    rows = [
        n
        for n, i in enumerate(page.due_items())
        if i.label == "VV-2024-2025/001" and i.step == ProcedureStep.PLANNING
    ]
    assert len(rows) == 1
    item = page.due_items()[rows[0]]
    assert item.state == DeadlineState.WAITING and item.follow_up
    row = page.items.topLevelItem(rows[0])
    assert row.text(0) == "Đang chờ"
    # The commune as the school names it in Cài đặt (issue 19, point 2).
    assert row.text(3).startswith("Đang chờ ") and "lập kế hoạch" in row.text(3)
    assert labels.label(Owner.COMMUNE) in row.text(3)
    assert "hỏi lại" in row.text(3)
    assert not row.icon(0).isNull()
    overdue = [i for i in page.due_items() if i.state == DeadlineState.OVERDUE]
    assert item not in overdue and page.tiles["overdue"].count == len(overdue)


def test_each_page_says_who_it_is_for(sign_in) -> None:
    """The report viewer gets the overview too, as charts only (tests/gui/test_overview_charts)."""
    for username, overview, manages, records in (
        ("demo", True, True, False),
        ("tuvan", True, True, False),
        ("giaovien", False, False, True),
        ("thongke", True, False, False),
    ):
        session = sign_in(username)
        assert overview_page.available(session) is overview
        assert overview_page.manages_cases(session) is manages
        assert cases_page.available(session) is manages
        assert concerns_page.available(session) is records
