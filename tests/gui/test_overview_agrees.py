"""The overview and the pages agree on every figure (issue 18, point 6): each bar and tile of the
overview against what the page it opens counts (the case list, the register, the targets tab),
and each target names the period it counts, as the targets tab names its row."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.gui.pages.overview_page import OverviewPage
from kimbai_desktop.gui.training.targets_tab import TargetsTab
from kimbai_desktop.services import cases, register
from tests.gui.test_cases_support import TIMEOUT, clock, demo, show, sign_in  # noqa: F401

SEMESTER_TWO = datetime(2025, 3, 10, 2, 0, tzinfo=UTC)


def loaded(qtbot, session, worker) -> tuple[OverviewPage, TargetsTab]:
    page = OverviewPage(session, worker)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        show(qtbot, page)
    tab = TargetsTab(session, worker)
    tab.set_year(page.charts.dashboard.school_year)
    with qtbot.waitSignal(tab.loaded, timeout=TIMEOUT):
        tab.reload()
    return page, tab


@pytest.mark.parametrize("when", [None, SEMESTER_TWO], ids=["semester-I", "semester-II"])
def test_every_overview_figure_is_the_pages_figure(qtbot, worker, sign_in, when) -> None:
    session = sign_in("demo")
    if when is not None:
        session.clock = FixedClock(when)
    page, tab = loaded(qtbot, session, worker)
    d = page.charts.dashboard
    year = d.school_year

    # Cases by status: the case list a click opens (that status, that year).
    bars = dict(page.charts.case_status.bar_texts())
    for status in CaseStatus:
        shown = cases.count_cases(session, cases.CaseQuery(status=status, school_year=year))
        assert d.cases.status_count(status) == shown
        if d.cases.total:
            assert bars[page.charts.case_status.rows[list(CaseStatus).index(status)]
                        .data.label] == str(shown)
    assert page.tiles["open_cases"].count == cases.count_cases(
        session, cases.CaseQuery(status=CaseStatus.OPEN))

    # The register's bars: the register list a click opens.
    for chart, queries in (
            (page.charts.levels, lambda key: register.PupilQuery(level=key, in_register_only=True)),
            (page.charts.groups, lambda key: register.PupilQuery(group=key)),
            (page.charts.reviews, lambda key: register.PupilQuery(review=key))):
        for row in chart.rows:
            assert int(row.data.number().replace(".", "")) == register.count_pupils(
                session, queries(row.data.key)), row.data.label

    # Targets: the same value, the same words and the period named like the tab's row.
    overview_rows = page.charts.targets.rows
    assert len(overview_rows) == len(tab.cards) > 0
    for row in overview_rows:
        card = tab.card(row.line.id) if hasattr(tab, "card") else next(
            c for c in tab.cards if c.target.id == row.line.id)
        if row.line.semester is not None:
            caption = row.period.text().removesuffix(f" năm học {year}")
            tab_row = next(r for r in card.rows if r.caption.text() == caption)
        else:
            assert row.period.text() == f"Năm học {year}"
            tab_row = card.rows[0]
        assert row.numbers.text() == tab_row.numbers.text()
        assert row.marker.text() == tab_row.marker.text()
        assert row.period.text().endswith(year)
    shots = os.environ.get("KIMBAI_SHOTS_DIR")
    if shots:
        page.resize(1366, 768)
        page.charts.cards["targets"].grab().save(
            str(Path(shots) / f"overview-targets-{'II' if when else 'I'}.png"))
    per_semester = [r for r in overview_rows if r.line.per_semester]
    if when is None and per_semester:  # in semester I only semester I is counted
        assert {r.period.text() for r in per_semester} == {f"Học kỳ I năm học {year}"}
