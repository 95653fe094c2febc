"""The training page tried as a new user would: record a parents' meeting on online safety and a
positive-discipline workshop with the staff who came, correct an attendance list, mark a teacher
as having left, and watch the year's targets move; who has not been trained yet."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.text import fold
from kimbai_desktop.domain.training import ActivityKind, Audience, Topic
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.training.texts import hours_text
from kimbai_desktop.services import training
from tests.gui.helpers import run, tr, type_text
from tests.gui.test_training_support import (
    COVERAGE,
    ONLINE_PARENTS,
    PARENTS_EACH_SEMESTER,
    WORKSHOP,
    YEAR,
    bars,
    card,
    idle,
    open_demo,
    show_page,
)


@pytest.fixture
def session(data_dir):
    s = open_demo(data_dir)
    yield s
    s.close()


@pytest.fixture
def page(qtbot, worker, session):
    return show_page(qtbot, worker, session)


def met() -> str:
    """What a target card says of a target reached."""
    return tr("TargetCard", "Met")


def new_activity_dialog(qtbot: Any, page: Any) -> Any:
    """Ctrl+N on the activities tab, as the user presses it."""
    page.tabs.setCurrentWidget(page.activities)
    page.activateWindow()
    page.activities.table.setFocus()
    qtbot.keyClick(page.activities.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.activities.dialog is not None, timeout=10_000)
    dialog = page.activities.dialog
    qtbot.waitExposed(dialog)
    return dialog


def tick_topic(qtbot: Any, dialog: Any, topic: Topic) -> None:
    topics = dialog.topics
    topics.setFocus()
    row = next(i for i in range(topics.count())
               if topics.item(i).data(Qt.ItemDataRole.UserRole) == topic)
    topics.setCurrentRow(row)
    qtbot.keyClick(topics, Qt.Key.Key_Space)


def tick_person(qtbot: Any, checklist: Any, name: str) -> None:
    """Search the name without accents, then tick the row with Space."""
    type_text(checklist.search, fold(name))
    rows = [r for r in range(checklist.proxy.rowCount())
            if checklist.proxy.index(r, 0).data() == name]
    assert rows, name
    checklist.view.setFocus()
    checklist.view.setCurrentIndex(checklist.proxy.index(rows[0], 0))
    qtbot.keyClick(checklist.view, Qt.Key.Key_Space)


def save(qtbot: Any, worker: Any, owner: Any, dialog: Any) -> None:
    """Click the dialog's save button; wait until it closed and the page has reloaded."""
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: owner.dialog is None, timeout=10_000)
    idle(qtbot, worker)


def test_parents_meeting_on_online_safety_moves_the_targets(qtbot, worker, page) -> None:
    assert page.year == YEAR and page.year_combo.currentData() == YEAR
    assert page.activities.model.rowCount() == 7
    assert bars(page, ONLINE_PARENTS) == [95]  # 475 of 500
    assert bars(page, PARENTS_EACH_SEMESTER) == [100, 50]  # 2 of 2, then 1 of 2
    assert card(page, PARENTS_EACH_SEMESTER).marker_texts()[1] == tr(
        "TargetCard", "{n} to go").format(n=1)

    dialog = new_activity_dialog(qtbot, page)
    assert dialog.held_on.edit.text() == "20/03/2025"  # today, ready to change
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.PARENT_AWARENESS))
    type_text(dialog.title, "Họp cha mẹ học sinh lớp 3A: an toàn trên mạng")
    dialog.duration.minutes.setFocus()
    dialog.duration.minutes.selectAll()
    qtbot.keyClicks(dialog.duration.minutes, "90")
    type_text(dialog.place, "Phòng học lớp 3A")
    type_text(dialog.facilitators, "Cô Lê Thị Tư Vấn")
    tick_topic(qtbot, dialog, Topic.ONLINE_SAFETY)
    assert dialog.topics.topics() == (Topic.ONLINE_SAFETY,)

    table = dialog.participants.table
    model = dialog.participants.audiences
    table.setFocus()
    table.setCurrentIndex(model.index(model.groups.index(Audience.PARENTS), 3))
    qtbot.keyClick(table, "3")  # typing a digit opens the cell
    editor = table.indexWidget(table.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, "8")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter keeps the number, as in a spreadsheet
    qtbot.waitUntil(lambda: model.total(Audience.PARENTS) == 38, timeout=5000)
    assert dialog.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # and Enter again saves
    qtbot.waitUntil(lambda: page.activities.dialog is None, timeout=10_000)
    idle(qtbot, worker)

    first = page.activities.model.row_value(0)
    assert first.title == "Họp cha mẹ học sinh lớp 3A: an toàn trên mạng"
    assert first.duration_minutes == 90 and first.participants == 38
    assert page.activities.current().id == first.id
    assert page.activities.detail.text("audiences").startswith("Cha mẹ học sinh: 38")
    assert page.activities.detail.text("duration") == tr(
        "TrainingTexts", "{h} h {m} min").format(h=1, m=30)
    assert bars(page, ONLINE_PARENTS) == [100]  # 513 of 500
    assert card(page, ONLINE_PARENTS).marker_texts() == [met()]
    assert bars(page, PARENTS_EACH_SEMESTER) == [100, 100]
    assert card(page, PARENTS_EACH_SEMESTER).marker_texts() == [met(), met()]
    assert page.targets.summary.text() == tr(
        "TargetsTab", "{met} of {n} targets met in {year}.").format(met=2, n=4, year=YEAR)


def test_positive_discipline_workshop_attendance_moves_staff_coverage(
        qtbot, worker, page, session) -> None:
    assert bars(page, COVERAGE) == [76]  # 16 of 21 trained
    missing = [s.full_name for s in page.staff.missing_model.rows]
    assert len(missing) == 5
    assert page.staff.topic.currentData() == Topic.POSITIVE_DISCIPLINE

    dialog = new_activity_dialog(qtbot, page)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.POSITIVE_DISCIPLINE))
    type_text(dialog.title, "Chuyên đề kỷ luật tích cực: buổi bổ sung")
    dialog.duration.hours.setValue(2)
    tick_topic(qtbot, dialog, Topic.POSITIVE_DISCIPLINE)
    staff = dialog.participants.staff_list
    dialog.participants.tabs.setCurrentWidget(staff)
    tick_person(qtbot, staff, missing[0])
    tick_person(qtbot, staff, missing[1])
    assert len(staff.ticked()) == 2
    assert dialog.participants.audiences.total(Audience.STAFF) == 2  # counted by name
    save(qtbot, worker, page.activities, dialog)

    assert bars(page, COVERAGE) == [85]  # 18 of 21
    assert [s.full_name for s in page.staff.missing_model.rows] == missing[2:]

    # everybody else came to the demo's workshop, after all: correct its attendance
    activities = page.activities
    activities.select(next(a.id for a in activities.model.rows if a.title == WORKSHOP))
    activities.attendance_button.click()
    qtbot.waitUntil(lambda: activities.dialog is not None, timeout=10_000)
    attendance = activities.dialog
    assert len(attendance.list.ticked()) == 16
    attendance.list.all_button.click()
    assert attendance.list.count.text() == tr("CheckList", "{ticked} of {total} ticked").format(
        ticked=21, total=21)
    save(qtbot, worker, activities, attendance)

    assert bars(page, COVERAGE) == [100]
    assert card(page, COVERAGE).marker_texts() == [met()]
    assert page.staff.missing_model.rowCount() == 0
    assert page.staff.missing_count.text() == tr(
        "StaffTab", 'Everyone has attended an activity on "{topic}".').format(
        topic=labels.label(Topic.POSITIVE_DISCIPLINE))
    info = run(qtbot, worker, training.get_activity, session, activities.current().id)
    assert info.title == WORKSHOP and len(info.staff_ids) == 21


def test_attendance_edits_change_hours_and_history(qtbot, worker, page, session) -> None:
    staff_tab = page.staff
    workshop = next(a for a in page.activities.model.rows if a.title == WORKSHOP)
    person_id = workshop.staff_ids[0]
    before = staff_tab.model.hours[person_id]

    page.activities.select(workshop.id)
    page.activities.attendance_button.click()
    qtbot.waitUntil(lambda: page.activities.dialog is not None, timeout=10_000)
    dialog = page.activities.dialog
    dialog.list.model.tick([person_id], on=False)
    assert len(dialog.list.ticked()) == 15
    save(qtbot, worker, page.activities, dialog)

    assert staff_tab.model.hours[person_id] == before - 2.5
    page.tabs.setCurrentWidget(staff_tab)
    staff_tab.select(person_id)
    idle(qtbot, worker)
    assert staff_tab.history_model.rowCount() > 0  # last year's training stays
    assert WORKSHOP not in [a.title for a in staff_tab.history_model.rows
                            if a.school_year == YEAR]
    year_hours = hours_text(staff_tab.model.hours[person_id])
    history = run(qtbot, worker, training.staff_history, session, person_id)
    assert staff_tab.hours.text() == tr(
        "StaffTab", "{n} activities attended, {hours} in all; {year_hours} in {year}.").format(
        n=len(history.activities), hours=hours_text(history.hours), year_hours=year_hours,
        year=YEAR)
    assert page.activities.detail.text("staff").startswith(
        tr("ActivityDetail", "{n} people: {names}").format(n=15, names=""))


def test_a_leaver_leaves_the_coverage_pool_and_can_come_back(qtbot, worker, page) -> None:
    staff_tab = page.staff
    page.tabs.setCurrentWidget(staff_tab)
    leaver = staff_tab.missing_model.rows[0]  # not trained in positive discipline this year
    staff_tab.select(leaver.id)
    assert staff_tab.leave_button.isEnabled() and not staff_tab.back_button.isEnabled()
    staff_tab.leave_button.click()
    dialog = staff_tab.dialog
    assert dialog is not None and dialog.left_on.edit.text() == "20/03/2025"
    type_text(dialog.left_on.edit, "15/03/2025")
    save(qtbot, worker, staff_tab, dialog)

    assert bars(page, COVERAGE) == [80]  # 16 of 20: the leaver is out of the pool
    assert staff_tab.model.rowCount() == 20
    assert leaver.id not in [s.id for s in staff_tab.missing_model.rows]
    staff_tab.show_left.setChecked(True)
    idle(qtbot, worker)
    assert staff_tab.model.rowCount() == 21
    row = staff_tab.model.row_of(leaver.id)
    assert staff_tab.model.index(row, 0).data() == tr(
        "StaffTableModel", "{name} (left {date})").format(name=leaver.full_name, date="15/03/2025")

    staff_tab.select(leaver.id)
    assert staff_tab.back_button.isEnabled() and not staff_tab.leave_button.isEnabled()
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    staff_tab.back_button.click()
    idle(qtbot, worker)
    assert bars(page, COVERAGE) == [76]
    assert leaver.id in [s.id for s in staff_tab.missing_model.rows]


def test_not_trained_this_year_or_ever(qtbot, worker, page, session) -> None:
    staff_tab = page.staff
    staff_tab.topic.setCurrentIndex(staff_tab.topic.findData(Topic.ABUSE_PREVENTION))
    idle(qtbot, worker)
    this_year = run(qtbot, worker, training.not_trained, session, Topic.ABUSE_PREVENTION, YEAR)
    assert [s.id for s in staff_tab.missing_model.rows] == [s.id for s in this_year]
    assert staff_tab.missing_count.text() == tr(
        "StaffTab", '{n} people have not attended any activity on "{topic}".').format(
        n=len(this_year), topic=labels.label(Topic.ABUSE_PREVENTION))

    staff_tab.scope.setCurrentIndex(staff_tab.scope.findData("all"))
    idle(qtbot, worker)
    ever = run(qtbot, worker, training.not_trained, session, Topic.ABUSE_PREVENTION, "all")
    assert [s.id for s in staff_tab.missing_model.rows] == [s.id for s in ever]
    assert len(ever) < len(this_year)  # some were trained last year only

    staff_tab.topic.setCurrentIndex(staff_tab.topic.findData(Topic.PARENTING))
    idle(qtbot, worker)
    assert staff_tab.missing_model.rowCount() == 21  # no staff activity on parenting


def test_filters_search_without_accents_and_other_years(qtbot, worker, page) -> None:
    activities = page.activities
    type_text(activities.search, "hoc ky ii an toan")
    activities.reload()
    idle(qtbot, worker)
    titles = [a.title for a in activities.model.rows]
    assert titles == ["Họp cha mẹ học sinh học kỳ II: an toàn trên mạng"]
    activities.search.clear()
    activities.kind.setCurrentIndex(activities.kind.findData(ActivityKind.PARENT_AWARENESS))
    idle(qtbot, worker)
    assert activities.model.rowCount() == 3
    activities.kind.setCurrentIndex(0)
    activities.topic.setCurrentIndex(activities.topic.findData(Topic.HOTLINE_111))
    idle(qtbot, worker)
    assert activities.model.rowCount() == 2
    people = sum(a.participants for a in activities.model.rows)
    assert activities.count.text() == tr(
        "ActivitiesTab", "{n} activities, {people} participants").format(
        n=2, people=format_number(people))
    dates = [a.held_on for a in activities.model.rows]
    assert dates == sorted(dates, reverse=True)  # newest first

    page.year_combo.setCurrentIndex(page.year_combo.findData("2023-2024"))
    idle(qtbot, worker)
    assert page.year == "2023-2024"
    assert activities.model.rowCount() == 2
    assert all(a.school_year == "2023-2024" for a in activities.model.rows)
    assert page.targets.cards == [] and page.targets.empty.isVisibleTo(page.targets)


def test_clear_forgets_everything(qtbot, worker, page) -> None:
    page.activities.reload()
    page.staff.reload()
    page.targets.reload()
    page.clear()  # at lock, with answers still on their way
    idle(qtbot, worker)
    assert page.session is None
    assert page.activities.model.rowCount() == 0
    assert page.staff.model.rowCount() == 0 and page.staff.history_model.rowCount() == 0
    assert page.targets.cards == []
    assert page.activities.detail.text("place") == ""
