"""The register's dialogs on the demo school: adding a pupil with a Vietnamese name typed through
an input method, messages beside the fields, asking before typed data is lost, editing, groups
(and ending one), risk, level, review and leaving school."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.enums import ProtectionLevel, RiskLevel, Sex, SpecialCircumstance
from kimbai_desktop.domain.register import (
    GuardianRelation,
    PupilStatus,
    ReviewCriterion,
    ReviewDecision,
)
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register.circumstance_dialog import CircumstanceDialog
from kimbai_desktop.gui.register.level_dialog import LevelDialog
from kimbai_desktop.gui.register.pupil_dialog import PupilDialog
from kimbai_desktop.gui.register.review_dialog import ReviewDialog
from kimbai_desktop.services import register as reg
from tests.gui.helpers import run, shown_texts, tr, type_text
from tests.gui.test_register_support import (
    TODAY,
    YEAR,
    names,
    select,
    settle,
    wait_dialog_closed,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures

Yes = QMessageBox.StandardButton.Yes


def detail_of(qtbot, page, pupil_id: int) -> reg.PupilDetail:
    return run(qtbot, page.worker, reg.get_pupil, page.session, pupil_id)


def test_adding_a_pupil_typed_in_vietnamese(qtbot, page) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, PupilDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "KimBai Desktop"
    type_text(dialog.full_name, "Nguyễn Thị Ánh Tuyết")
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    type_text(dialog.birth_date.edit, "05/03/2017")
    type_text(dialog.class_name.lineEdit(), "3A")
    type_text(dialog.student_code, "7912345678")
    type_text(dialog.ethnicity, "Mường")
    type_text(dialog.address, "Xóm Đồng, xã Hòa Bình")
    dialog.guardians.add_row()
    dialog.guardians.set_text(0, 0, "Trần Văn Bình")
    dialog.guardians.set_relation(0, GuardianRelation.FATHER)
    dialog.guardians.set_text(0, 2, "0912 345 678")
    assert dialog.dirty
    dialog.full_name.setFocus()
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Return)  # Enter saves
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.full_name == "Nguyễn Thị Ánh Tuyết",
        timeout=10_000,
    )
    detail = page.detail
    assert detail.birth_date == date(2017, 3, 5) and detail.sex == Sex.FEMALE
    assert detail.classes == ((YEAR, "3A"),)
    assert detail.guardians == (
        reg.GuardianInfo("Trần Văn Bình", GuardianRelation.FATHER, "0912 345 678"),
    )
    assert page.model.total == 249
    assert page.pane.heading.text() == "Nguyễn Thị Ánh Tuyết"
    current = page.table.currentIndex()
    assert current.isValid() and page.model.pupil(current.row()).id == detail.id


def test_messages_appear_beside_the_fields_and_nothing_is_saved(qtbot, page) -> None:
    page.add_pupil()
    dialog = page.dialog
    type_text(dialog.birth_date.edit, "31/02/2017")
    dialog.guardians.add_row()
    dialog.guardians.set_text(0, 2, "0912345678")
    dialog.submit()
    assert dialog.field_error("full_name")
    assert dialog.field_error("birth_date") == tr(
        "Errors", "This day is not on the calendar. Check the day and the month.")
    assert dialog.field_error("guardians")
    assert dialog.isVisible() and not dialog.busy
    type_text(dialog.full_name, "Lê Văn Tám")
    assert dialog.field_error("full_name") == ""  # cleared as soon as the field is edited
    type_text(dialog.birth_date.edit, "05/09/1990")
    dialog.guardians.remove_current()
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.field_error("birth_date")  # the service's own rule, shown beside the field
    assert dialog.isVisible()
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 248


def test_esc_asks_before_typed_data_is_lost(qtbot, page) -> None:
    page.add_pupil()
    dialog = page.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    wait_dialog_closed(qtbot, page)
    assert not [h for h in messages.history if h[0] == "question"]

    page.add_pupil()
    dialog = page.dialog
    type_text(dialog.full_name, "Phạm Thị Hồng")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the auto answer is "No": it stays open
    assert dialog.isVisible() and messages.history[-1][0] == "question"
    messages.set_next_answer(Yes)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_dialog_closed(qtbot, page)
    assert run(qtbot, page.worker, reg.count_pupils, page.session) == 248


def test_editing_a_pupil(qtbot, page) -> None:
    detail = select(qtbot, page, names(page)[3])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, PupilDialog)
    assert dialog.full_name.text() == detail.full_name
    assert dialog.class_name.currentText() == detail.classes[0][1]
    assert dialog.guardians.guardians() == detail.guardians
    assert not dialog.dirty
    type_text(dialog.address, "Thôn Mới, xã Hòa Bình")
    dialog.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.address == "Thôn Mới, xã Hòa Bình", timeout=10_000)
    assert "Thôn Mới" in page.pane.identity.text()
    assert page.detail.guardians == detail.guardians


def test_group_d_support_level_review_and_ending_the_group(qtbot, page) -> None:
    plain = next(
        r
        for r in page.model.rows
        if not r.groups and not r.at_risk and r.level == ProtectionLevel.PREVENTION
    )
    select(qtbot, page, plain.full_name)
    assert page.pane.buttons["group"].isEnabled()

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, CircumstanceDialog)
    assert (
        dialog.group.itemText(dialog.group.findData(SpecialCircumstance.DISABLED))
        == "d) Trẻ em khuyết tật"
    )
    dialog.submit()
    assert dialog.field_error("group")  # nothing chosen yet
    dialog.set_group(SpecialCircumstance.ORPHAN)
    assert dialog.subtype_box.isVisible()  # group a) has sub-types
    dialog.set_group(SpecialCircumstance.DISABLED)
    assert not dialog.subtype_box.isVisible()
    type_text(dialog.start_date.edit, "01/09/2024")
    dialog.notes.setPlainText("Khuyết tật vận động nhẹ.")
    dialog.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.detail.circumstances), timeout=10_000)
    assert page.detail.circumstances[0].group == SpecialCircumstance.DISABLED
    assert (
        "d) Trẻ em khuyết tật"
        in page.pane.groups_box.findChildren(type(page.pane.identity))[0].text()
    )
    first_due = page.detail.next_review
    assert first_due is not None  # entering the register schedules the first review

    page.run_action("level")
    level = page.dialog
    assert isinstance(level, LevelDialog)
    assert level.level.currentData() == ProtectionLevel.SUPPORT
    level.submit()
    assert level.field_error("reason")
    level.reason.setPlainText("Cần hỗ trợ đi lại và học tập.")
    level.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.level == ProtectionLevel.SUPPORT, timeout=10_000)
    assert "Cần hỗ trợ đi lại" in page.pane.level.text()
    assert page.detail.levels[0].changed_by

    page.run_action("review")
    review = page.dialog
    assert isinstance(review, ReviewDialog)
    qtbot.waitUntil(lambda: review.interval_days is not None, timeout=5000)
    assert review.next_box.hint.text()  # says what an empty date means
    # The six points are the school's own, not a form of the law (issue 19, point 5).
    shown = shown_texts(review)
    assert "Tiêu chí của nhà trường" in shown
    assert any("không có biểu mẫu" in t for t in shown), shown
    review.ratings.set_rating(ReviewCriterion.SAFETY, RiskLevel.LOW)
    review.ratings.set_rating(ReviewCriterion.SCHOOLING, RiskLevel.MEDIUM)
    review.situation.setPlainText("Em tiến bộ, gia đình hợp tác.")
    type_text(review.next_review.edit, "10/10/2024")
    review.submit()
    assert review.field_error("next_review")  # before the review date
    next_date = TODAY + timedelta(days=60)
    type_text(review.next_review.edit, next_date.strftime("%d/%m/%Y"))
    review.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.detail.reviews), timeout=10_000)
    done = page.detail.reviews[0]
    assert done.ratings == {
        ReviewCriterion.SAFETY: RiskLevel.LOW,
        ReviewCriterion.SCHOOLING: RiskLevel.MEDIUM,
    }
    assert done.decision == ReviewDecision.CONTINUE
    assert "Tiêu chí của nhà trường: " in page.pane.reviews.text()
    assert page.detail.next_review == next_date

    info = page.detail.circumstances[0]
    page.end_circumstance(info)
    end = page.dialog
    type_text(end.end_date.edit, "14/10/2024")
    end.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(
        lambda: page.detail.circumstances[0].end_date == date(2024, 10, 14), timeout=10_000
    )
    assert page.detail.circumstances[0].group == SpecialCircumstance.DISABLED  # history kept


def test_review_raising_the_level(qtbot, page) -> None:
    row = next(r for r in page.model.rows if r.level == ProtectionLevel.SUPPORT)
    select(qtbot, page, row.full_name)
    page.run_action("review")
    review = page.dialog
    assert not review.level_box.isVisible()
    review.set_decision(ReviewDecision.RAISE_LEVEL)
    assert review.level_box.isVisible()
    assert review.new_level.currentData() == ProtectionLevel.INTERVENTION
    review.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.level == ProtectionLevel.INTERVENTION, timeout=10_000)


def test_marking_at_risk(qtbot, page) -> None:
    plain = next(r for r in page.model.rows if not r.at_risk and not r.groups)
    select(qtbot, page, plain.full_name)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog.at_risk.isChecked()
    dialog.submit()
    assert dialog.field_error("risk_factors")
    dialog.factors.setPlainText("Bố mẹ đi làm xa, ở với bà nội.")
    dialog.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.detail.at_risk), timeout=10_000)
    assert "Bố mẹ đi làm xa" in page.pane.risk.text()


def test_leaving_school_asks_and_archives(qtbot, page) -> None:
    detail = select(qtbot, page, names(page)[5])
    page.run_action("archive")
    dialog = page.dialog
    dialog.status.setCurrentIndex(dialog.status.findData(PupilStatus.TRANSFERRED))
    dialog.submit()  # the auto answer "No": nothing recorded, the dialog stays
    assert dialog.isVisible() and messages.history[-1][0] == "question"
    assert detail.full_name in messages.history[-1][2]
    messages.set_next_answer(Yes)
    dialog.submit()
    wait_dialog_closed(qtbot, page)
    qtbot.waitUntil(lambda: page.detail.status == PupilStatus.TRANSFERRED, timeout=10_000)
    assert detail.full_name not in names(page)  # leavers are not listed by default
    assert not page.pane.buttons["group"].isEnabled()
    page.filters.leavers.setChecked(True)
    qtbot.waitUntil(lambda: page.model.query.status is None, timeout=5000)
    settle(qtbot, page)
    assert page.model.total == 248


def test_no_personal_data_in_window_titles(qtbot, page) -> None:
    select(qtbot, page, names(page)[0])
    for action in ("edit", "group", "risk", "level", "review", "archive"):
        page.run_action(action)
        assert page.dialog.windowTitle() == "KimBai Desktop"
        page.dialog.dirty = False
        page.dialog.reject()
        wait_dialog_closed(qtbot, page)


def test_the_pupil_form_tab_order_follows_the_form(qtbot, page) -> None:
    page.add_pupil()
    dialog = page.dialog
    expected = [
        dialog.full_name,
        dialog.sex,
        dialog.birth_date.edit,
        dialog.estimated_age,
        dialog.class_name,
        dialog.student_code,
        dialog.ethnicity,
        dialog.address,
        dialog.guardians.table,
        dialog.notes,
    ]
    chain = []
    widget = dialog.full_name
    for _ in range(40):
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == expected


def test_guardians_are_edited_with_the_keyboard(qtbot, page) -> None:
    from PySide6.QtWidgets import QApplication, QComboBox

    page.add_pupil()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    editor = dialog.guardians
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)  # a new row, its name cell being edited
    assert editor.table.rowCount() == 1
    type_text(QApplication.focusWidget(), "Đỗ Thị Hằng")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # ends the cell's edit
    qtbot.waitUntil(lambda: editor.table.item(0, 0).text() == "Đỗ Thị Hằng", timeout=2000)
    assert dialog.field_error("full_name") == ""  # the form was not submitted
    editor.table.setFocus()
    editor.table.setCurrentCell(0, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(GuardianRelation.MOTHER))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # ends the cell's edit, does not save the form
    qtbot.waitUntil(lambda: editor.relation(0) == GuardianRelation.MOTHER, timeout=2000)
    assert dialog.isVisible() and not dialog.busy
    assert editor.guardians() == (reg.GuardianInfo("Đỗ Thị Hằng", GuardianRelation.MOTHER, ""),)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.table.rowCount() == 0


def test_the_estimated_age_shows_not_known_whole(qtbot, page) -> None:
    """The age box reads "không rõ" until an age is chosen: wide enough for the whole words."""
    page.add_pupil()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    box = dialog.estimated_age
    assert box.text() == tr("PupilDialog", "not known")
    edit = box.lineEdit()
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 2 * 2  # QLineEdit's
    assert box.fontMetrics().horizontalAdvance(box.text()) < room  # and the cursor fits too
    dialog.reject()
    wait_dialog_closed(qtbot, page)
