"""The training log's table models checked with pytest-qt's model tester, who may open the page
(``available``), and how durations, numbers and school years read."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kimbai_desktop.domain.training import Audience, TargetMetric
from kimbai_desktop.gui.pages.training_page import available
from kimbai_desktop.gui.training import texts
from kimbai_desktop.gui.training.audiences import AudienceModel
from kimbai_desktop.gui.training.checklist import CheckList
from kimbai_desktop.gui.training.models import ActivityTableModel, StaffTableModel
from kimbai_desktop.services import training
from kimbai_desktop.services.training import AudienceCount
from tests.gui.helpers import tr
from tests.gui.test_training_support import YEAR, open_demo, sign_in_as


@pytest.fixture
def session(data_dir):
    s = open_demo(data_dir)
    yield s
    s.close()


def test_activity_models(qtmodeltester, session) -> None:
    activities = training.list_activities(session, YEAR)
    model = ActivityTableModel()
    model.set_rows(activities)
    qtmodeltester.check(model)
    assert model.rowCount() == 7 and model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert all(headers) and len(set(headers)) == 5  # wording comes from the catalogue
    first = activities[0]
    assert model.index(0, 0).data() == first.held_on.strftime("%d/%m/%Y")
    assert model.index(0, 4).data() == "210"
    male = tr("TrainingTexts", "male {n}").format(n=70)
    female = tr("TrainingTexts", "female {n}").format(n=140)
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Cha mẹ học sinh: 210 ({male}, {female})")

    history = ActivityTableModel(("date", "title", "duration"))
    history.set_rows(training.staff_history(session, first.id).activities)
    qtmodeltester.check(history)
    history.clear()
    qtmodeltester.check(history)


def test_staff_models(qtmodeltester, session) -> None:
    people = training.list_staff(session)
    training.archive_staff(session, people[1].id, date(2025, 3, 15))
    everyone = training.list_staff(session, include_left=True)
    model = StaffTableModel()
    model.set_rows(everyone)
    model.set_hours(training.training_hours(session, YEAR))
    qtmodeltester.check(model)
    row = model.row_of(people[1].id)
    assert model.index(row, 0).data() == tr("StaffTableModel", "{name} (left {date})").format(
        name=people[1].full_name, date="15/03/2025")
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    status = StaffTableModel(("name", "status"))
    status.set_rows(everyone)
    qtmodeltester.check(status)
    assert status.index(row, 1).data() == tr("StaffTableModel", "Left {date}").format(
        date="15/03/2025")
    assert status.index(status.row_of(people[2].id), 1).data() == tr("StaffTableModel", "Working")


def test_checklist_and_audience_models(qtbot, qtmodeltester) -> None:
    checklist = CheckList("Staff member", "Position")
    qtbot.addWidget(checklist)
    checklist.set_items([(1, "Nguyễn Thị Hoa", "Giáo viên"), (2, "Đặng Văn Đức", "Bảo vệ"),
                         (3, "Lê Thị Ánh", "Giáo viên chủ nhiệm")])
    qtmodeltester.check(checklist.model)
    checklist.search.setText("dang duc")
    assert checklist.proxy.rowCount() == 1
    qtmodeltester.check(checklist.proxy)
    checklist.tick_shown()
    assert checklist.ticked() == (2,)
    checklist.search.setText("giao vien")
    checklist.tick_shown()
    assert checklist.ticked() == (1, 2, 3)
    assert checklist.count.text() == tr("CheckList", "{ticked} of {total} ticked").format(
        ticked=3, total=3)
    index = checklist.model.index(0, 0)
    assert checklist.model.setData(index, Qt.CheckState.Unchecked.value,
                                   Qt.ItemDataRole.CheckStateRole)
    assert checklist.ticked() == (2, 3)
    checklist.none_button.click()
    assert checklist.ticked() == ()

    audiences = AudienceModel()
    audiences.set_counts([AudienceCount(Audience.PARENTS, 10, 25, 3)])
    qtmodeltester.check(audiences)
    parents = audiences.groups.index(Audience.PARENTS)
    assert audiences.index(parents, 4).data() == "38"
    assert not audiences.setData(audiences.index(parents, 1), -1)  # never negative
    assert not audiences.setData(audiences.index(parents, 0), 5)  # the group is not a number
    audiences.set_value(Audience.COMMUNITY, 2, 12)
    audiences.set_by_name(Audience.STAFF, 16)
    assert audiences.index(audiences.groups.index(Audience.STAFF), 4).data() == tr(
        "AudienceModel", "{n} by name").format(n=16)
    assert audiences.counts() == (AudienceCount(Audience.PARENTS, 10, 25, 3),
                                  AudienceCount(Audience.COMMUNITY, 0, 12, 0))
    qtmodeltester.check(audiences)


def test_only_the_principal_and_the_counsellor_see_the_page(data_dir) -> None:
    principal = open_demo(data_dir)
    try:
        assert available(principal)
    finally:
        principal.close()
    for username, expected in (("tuvan", True), ("giaovien", False), ("thongke", False)):
        other = sign_in_as(data_dir, username)
        try:
            assert available(other) is expected, username
        finally:
            other.close()
    assert not available(None)


def test_how_values_read() -> None:
    assert texts.duration_text(45) == tr("TrainingTexts", "{m} min").format(m=45)
    assert texts.duration_text(90) == tr("TrainingTexts", "{h} h {m} min").format(h=1, m=30)
    assert texts.duration_text(180) == tr("TrainingTexts", "{h} h").format(h=3)
    assert texts.hours_text(5.5) == tr("TrainingTexts", "{h} h").format(h="5,5")  # decimal comma
    assert texts.measure_text(TargetMetric.STAFF_COVERAGE, 76.19) == "76,2%"
    assert texts.measure_text(TargetMetric.PARTICIPANTS, 1513) == "1.513"
    assert texts.school_years("2024-2025", 2) == ["2024-2025", "2023-2024", "2022-2023"]
