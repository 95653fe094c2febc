"""The training log's dialogs: messages beside the fields, asking before typed data is lost,
"other" kinds, correcting an activity, pupils ticked class by class, materials, targets and the
staff directory."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from reportlab.pdfgen import canvas

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.training import (
    ActivityKind,
    Audience,
    StaffCategory,
    TargetMetric,
    Topic,
)
from kimbai_desktop.gui import messages
from kimbai_desktop.services import audit_log, training
from tests.gui.helpers import run, tr, type_text
from tests.gui.test_training_support import (
    WORKSHOP,
    bars,
    errors,
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


def opened(qtbot: Any, owner: Any) -> Any:
    qtbot.waitUntil(lambda: owner.dialog is not None, timeout=10_000)
    dialog = owner.dialog
    qtbot.waitExposed(dialog)
    return dialog


def submit(qtbot: Any, worker: Any, dialog: Any) -> None:
    dialog.ok_button.click()
    idle(qtbot, worker)


def test_validation_messages_appear_beside_the_fields(qtbot, worker, page) -> None:
    page.activities.add()
    dialog = opened(qtbot, page.activities)
    assert dialog.focusWidget() is dialog.title
    submit(qtbot, worker, dialog)
    assert dialog.isVisible()
    assert dialog.field_error("title") == errors("Enter the activity's title.")
    assert dialog.field_error("topics") == errors("Choose at least one topic.")
    assert dialog.field_error("duration_minutes") == errors(
        "Enter the duration in hours and minutes (for example 1 hour 30 minutes).")
    assert dialog.focusWidget() is dialog.title  # the first field to fix

    type_text(dialog.title, "Tập huấn kỹ năng sơ cứu")
    dialog.title.textEdited.emit(dialog.title.text())
    assert dialog.field_error("title") == ""
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.OTHER))
    assert dialog.boxes["custom_kind"].isVisibleTo(dialog)
    dialog.topics.tick(Topic.LIFE_SKILLS)
    dialog.duration.hours.setValue(1)
    submit(qtbot, worker, dialog)
    assert dialog.field_error("custom_kind") == errors("Name the kind of activity.")
    assert dialog.field_error("topics") == "" and dialog.field_error("duration_minutes") == ""

    type_text(dialog.custom_kind.lineEdit(), "Ngoại khóa")
    type_text(dialog.held_on.edit, "31/02/2025")
    history = len(messages.history)
    submit(qtbot, worker, dialog)
    assert dialog.field_error("held_on") == tr(  # before saving: written right, but no such day
        "Errors", "This day is not on the calendar. Check the day and the month.")
    type_text(dialog.held_on.edit, "20/03/2027")
    submit(qtbot, worker, dialog)
    assert dialog.field_error("held_on") == errors("Check the date of the activity.")
    assert len(messages.history) == history  # no message box: everything beside the fields

    type_text(dialog.held_on.edit, "19/03/2025")
    submit(qtbot, worker, dialog)
    qtbot.waitUntil(lambda: page.activities.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    first = page.activities.model.row_value(0)
    assert first.kind_label == "Ngoại khóa" and first.held_on == date(2025, 3, 19)
    assert page.activities.model.index(0, 1).data() == "Ngoại khóa"


def test_typed_data_is_not_lost_by_mistake(qtbot, worker, page) -> None:
    page.activities.add()
    dialog = opened(qtbot, page.activities)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: page.activities.dialog is None, timeout=5000)
    assert not [h for h in messages.history if h[0] == "question"]

    page.activities.add()
    dialog = opened(qtbot, page.activities)
    type_text(dialog.title, "Buổi nói chuyện chuyên đề")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert messages.history[-1][:2] == ("question", tr("Drafts", "Discard what you typed?"))
    assert dialog.isVisible() and dialog.title.text() == "Buổi nói chuyện chuyên đề"  # No
    messages.set_next_answer(QMessageBox.StandardButton.Discard)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: page.activities.dialog is None, timeout=5000)
    assert page.activities.model.rowCount() == 7


def test_other_kinds_named_before_are_offered(qtbot, worker, page, session) -> None:
    run(qtbot, worker, training.save_activity, session, training.ActivityInput(
        ActivityKind.OTHER, "Hội thi vẽ tranh về quyền trẻ em", date(2025, 3, 1), 120,
        (Topic.AWARENESS,), (training.AudienceCount(Audience.PUPILS, 40, 45),),
        custom_kind="Hội thi"))
    page.activities.add()
    dialog = opened(qtbot, page.activities)
    offered = [dialog.custom_kind.itemText(i) for i in range(dialog.custom_kind.count())]
    assert offered == ["Hội thi"]
    assert not dialog.boxes["custom_kind"].isVisibleTo(dialog)  # only for "other"


def test_correcting_an_activity_shows_what_was_recorded(qtbot, worker, page) -> None:
    activities = page.activities
    workshop = next(a for a in activities.model.rows if a.title == WORKSHOP)
    activities.select(workshop.id)
    qtbot.keyClick(activities.table, Qt.Key.Key_Return)  # Enter on a row opens it
    dialog = opened(qtbot, activities)
    assert dialog.title.text() == WORKSHOP
    assert dialog.held_on.edit.text() == "25/09/2024"
    assert (dialog.duration.hours.value(), dialog.duration.minutes.value()) == (2, 30)
    assert dialog.topics.topics() == (Topic.POSITIVE_DISCIPLINE,)
    assert dialog.participants.staff_ids() == workshop.staff_ids
    audiences = dialog.participants.audiences
    assert audiences.counts() == ()  # the staff row only counted the names ticked
    staff_row = audiences.groups.index(Audience.STAFF)
    assert audiences.index(staff_row, 4).data() == tr("AudienceModel", "{n} by name").format(n=16)
    assert not dialog.dirty

    dialog.evaluation.selectAll()
    type_text(dialog.evaluation, "Giáo viên đề nghị tổ chức thêm buổi thực hành.")
    submit(qtbot, worker, dialog)
    qtbot.waitUntil(lambda: activities.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    assert activities.current().id == workshop.id
    assert activities.current().participants == 16
    assert activities.detail.text("evaluation") == "Giáo viên đề nghị tổ chức thêm buổi thực hành."


def test_pupils_ticked_class_by_class(qtbot, worker, page, session) -> None:
    page.activities.add()
    dialog = opened(qtbot, page.activities)
    pupils = dialog.participants.pupils
    assert pupils is not None
    dialog.participants.tabs.setCurrentWidget(pupils)
    pupils.klass.setCurrentIndex(pupils.klass.findData("3A"))
    idle(qtbot, worker)
    first = [pupils.list.model.items[i][0] for i in (0, 1)]
    assert pupils.list.model.rowCount() > 20
    pupils.list.model.tick(first)
    pupils.klass.setCurrentIndex(pupils.klass.findData("3B"))
    idle(qtbot, worker)
    pupils.list.tick_shown()
    in_3b = pupils.list.model.rowCount()
    assert len(dialog.participants.pupil_ids()) == 2 + in_3b
    assert pupils.list.count.text() == (
        tr("CheckList", "{ticked} of {total} ticked").format(ticked=in_3b, total=in_3b)
        + tr("CheckList", " (and {n} more in other lists)").format(n=2))
    assert dialog.participants.tabs.tabText(1) == tr(
        "ParticipantsPanel", "Pupils by class ({n})").format(n=2 + in_3b)

    type_text(dialog.title, "Tiết sinh hoạt chung: Tổng đài 111")
    dialog.duration.minutes.setValue(35)
    dialog.topics.tick(Topic.HOTLINE_111)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.PUPIL_SKILLS))
    submit(qtbot, worker, dialog)
    qtbot.waitUntil(lambda: page.activities.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    saved = page.activities.current()
    assert len(saved.pupil_ids) == 2 + in_3b and saved.participants == 2 + in_3b
    assert page.activities.detail.text("pupils") == tr(
        "ActivityDetail", "{n} pupils ticked").format(n=2 + in_3b)


def test_materials_are_added_opened_in_memory_and_limited(qtbot, worker, page, tmp_path) -> None:
    activities = page.activities
    activities.materials_button.click()
    dialog = opened(qtbot, activities)
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    assert dialog.table.rowCount() == 0 and not dialog.view_button.isEnabled()

    notes = tmp_path / "so-tay-tap-huan.txt"
    notes.write_text("Những điều cần nhớ khi trẻ kể về việc bị xâm hại.", encoding="utf-8")
    messages.set_next_path(notes)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 0).text() == "so-tay-tap-huan.txt"
    dialog.view_button.click()
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=10_000)
    assert dialog.viewer.shown_as == "text"
    assert dialog.viewer.text.toPlainText().startswith("Những điều cần nhớ")
    dialog.viewer.reject()
    qtbot.waitUntil(lambda: dialog.viewer is None, timeout=5000)

    picture = tmp_path / "anh-buoi-tap-huan.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    assert image.save(str(picture))
    messages.set_next_path(picture)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.view_button.click()  # the file just added is selected
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=10_000)
    assert dialog.viewer.shown_as == "image"
    dialog.viewer.reject()
    qtbot.waitUntil(lambda: dialog.viewer is None, timeout=5000)

    slides = tmp_path / "bai-giang.pdf"  # a PDF opens in the program too, like a case document
    drawing = canvas.Canvas(str(slides))
    drawing.drawString(100, 700, "Bai giang tap huan")
    drawing.save()
    messages.set_next_path(slides)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    dialog.view_button.click()
    qtbot.waitUntil(lambda: dialog.viewer is not None, timeout=10_000)
    assert dialog.viewer.shown_as == "pdf"
    out = tmp_path / "usb"
    out.mkdir()
    messages.set_next_path(out)
    dialog.viewer.save_button.click()  # saving a copy out is an export in the access log
    qtbot.waitUntil(lambda: (out / "bai-giang.pdf").exists() and not dialog.busy, timeout=10_000)
    exports = run(qtbot, worker, audit_log.list_events, page.session,
                  audit_log.AuditFilter(action=AuditAction.EXPORT, record_type="activity_file"))
    assert len(exports) == 1
    dialog.viewer.reject()

    big = tmp_path / "video.mp4"
    with big.open("wb") as f:
        f.truncate(training.MAX_FILE_BYTES + 1)
    messages.set_next_path(big)
    dialog.add_button.click()
    assert dialog.error.message() == tr(
        "MaterialsDialog",
        "The file is larger than 20 MB. Make it smaller (fewer or smaller pictures) and try again.")
    idle(qtbot, worker)
    assert dialog.table.rowCount() == 3
    messages.set_next_path("")  # cancelled
    dialog.add_button.click()
    assert dialog.table.rowCount() == 3
    dialog.reject()


def test_targets_added_changed_and_deleted(qtbot, worker, page) -> None:
    targets = page.targets
    page.tabs.setCurrentWidget(targets)
    page.activateWindow()
    targets.add_button.setFocus()
    qtbot.keyClick(targets.add_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, targets)
    assert dialog.heading.text() == tr("TargetDialog", "New target for {year}").format(
        year="2024-2025")
    dialog.measure.setCurrentIndex(dialog.measure.findData(TargetMetric.STAFF_COVERAGE))
    assert dialog.value.suffix() == " %" and not dialog.audience.isEnabled()
    dialog.value.setValue(150)
    submit(qtbot, worker, dialog)
    assert dialog.field_error("description") == errors("Describe the target.")
    assert dialog.field_error("target_value") == errors(
        "Enter a positive number (a percentage at most 100).")
    assert dialog.field_error("topic") == errors("Choose the topic staff are trained in.")
    assert not dialog.audience.isEnabled()  # still, after the failed save

    type_text(dialog.description, "3 buổi tuyên truyền phòng, chống bạo lực học đường")
    dialog.measure.setCurrentIndex(dialog.measure.findData(TargetMetric.SESSIONS))
    dialog.value.setValue(3)
    dialog.topic.setCurrentIndex(dialog.topic.findData(Topic.SCHOOL_VIOLENCE))
    submit(qtbot, worker, dialog)
    qtbot.waitUntil(lambda: targets.dialog is None and len(targets.cards) == 5, timeout=10_000)
    description = "3 buổi tuyên truyền phòng, chống bạo lực học đường"
    assert bars(page, description) == [33]  # 1 of 3 so far

    card = next(c for c in targets.cards if c.target.description == description)
    card.edit_button.click()
    dialog = opened(qtbot, targets)
    assert dialog.description.text() == description and dialog.value.value() == 3
    dialog.value.setValue(2)
    # who is in charge and by when; a date that does not exist is refused beside the field
    type_text(dialog.owner, "Tổng phụ trách Đội")
    qtbot.keyClicks(dialog.due.edit, "31/02/2025")
    submit(qtbot, worker, dialog)
    assert dialog.isVisible() and dialog.field_error("due")
    dialog.due.edit.clear()
    qtbot.keyClicks(dialog.due.edit, "15/03/2025")
    if dialog.unknown_note.isVisibleTo(dialog):  # the service does not say what is counted
        dialog.topic.setCurrentIndex(dialog.topic.findData(Topic.SCHOOL_VIOLENCE))
    else:
        assert dialog.topic.currentData() == Topic.SCHOOL_VIOLENCE
    submit(qtbot, worker, dialog)
    qtbot.waitUntil(lambda: targets.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    assert bars(page, description) == [50]
    [stored] = [t for t in run(qtbot, worker, training.targets_progress, page.session, "")
                if t.description == description]
    assert (stored.owner, stored.due) == ("Tổng phụ trách Đội", date(2025, 3, 15))
    card = next(c for c in targets.cards if c.target.description == description)
    # 20/03/2025: passed and not met: said in words, not only in colour
    assert "Tổng phụ trách Đội" in card.plan_line.text() and "15/03/2025" in card.plan_line.text()
    assert "⚠" in card.plan_line.text()
    page.grab().save("/tmp/i19-targets-tab.png")

    card = next(c for c in targets.cards if c.target.description == description)
    card.delete_button.click()  # the auto answer is No
    idle(qtbot, worker)
    assert len(targets.cards) == 5
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    card.delete_button.click()
    idle(qtbot, worker)
    assert len(targets.cards) == 4


def test_staff_added_and_corrected(qtbot, worker, page) -> None:
    staff = page.staff
    page.tabs.setCurrentWidget(staff)
    staff.add_button.click()
    dialog = opened(qtbot, staff)
    submit(qtbot, worker, dialog)
    assert dialog.field_error("full_name") == errors("Enter the full name.")
    type_text(dialog.full_name, "Phạm Thị Mới")
    type_text(dialog.position, "Giáo viên tiếng Anh")
    dialog.category.setCurrentIndex(dialog.category.findData(StaffCategory.TEACHER))
    qtbot.keyClick(dialog.position, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: staff.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    person = staff.current()
    assert person.full_name == "Phạm Thị Mới" and staff.model.rowCount() == 22
    assert staff.model.index(staff.model.row_of(person.id), 4).data() == tr(
        "TrainingTexts", "{h} h").format(h=0)
    assert person.id in [s.id for s in staff.missing_model.rows]  # not trained yet

    staff.edit_button.click()
    dialog = opened(qtbot, staff)
    assert dialog.full_name.text() == "Phạm Thị Mới"
    type_text(dialog.phone, "0912 345 678")
    submit(qtbot, worker, dialog)
    qtbot.waitUntil(lambda: staff.dialog is None, timeout=10_000)
    idle(qtbot, worker)
    assert staff.current().phone == "0912 345 678"
