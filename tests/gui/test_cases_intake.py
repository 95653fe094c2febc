"""The intake form (Mẫu số 01): messages beside the fields, pupils found without accents, search
before create with the choice to open the existing case or go on, and drafts kept when the form
is cancelled by mistake."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.enums import AbuseForm, ProcedureStep, Sex
from kimbai_desktop.domain.text import fold
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.intake_dialog import IntakeDialog
from kimbai_desktop.gui.pages.cases_page import CasesPage
from kimbai_desktop.services import cases, drafts
from tests.gui.helpers import run, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    open_case,
    show,
    sign_in,
    tr,
)

LEFT = Qt.MouseButton.LeftButton
Button = QMessageBox.StandardButton


def new_intake(qtbot, page: CasesPage) -> IntakeDialog:
    page.new_case()
    dialog = page.intake_dialog
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    return dialog


def pick_pupil(qtbot, dialog: IntakeDialog, search: str) -> None:
    picker = dialog.fields.children_editor.picker
    with qtbot.waitSignal(picker.searched, timeout=TIMEOUT):
        type_text(picker.search, search)
    assert picker.rows
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_messages_beside_the_fields_and_nothing_sent(qtbot, worker, sign_in) -> None:
    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    dialog = new_intake(qtbot, page)
    qtbot.mouseClick(dialog.save_button, LEFT)
    for field in ("children", "forms", "summary"):
        assert dialog.field_error(field), field
    assert not dialog.busy and not dialog.duplicate_panel.isVisible()

    type_text(
        dialog.fields.children_editor.name, "Em Bé Không Học Ở Trường"
    )  # typed, not "added": counts
    dialog.fields.forms[AbuseForm.ONLINE_ABUSE].setChecked(True)
    type_text(dialog.fields.summary, "Em bị người lạ nhắn tin đe dọa.")
    dialog.fields.discovered_at.set_moment(dialog.fields.received_at.moment().replace(hour=23))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.field_error("children") == ""
    assert dialog.field_error("forms") == "" and dialog.field_error("summary") == ""
    assert dialog.field_error("discovered_at")
    assert not dialog.busy


def test_search_before_create_offers_the_existing_case(qtbot, worker, sign_in) -> None:
    session = sign_in("tuvan")
    existing = run(qtbot, worker, cases.get_case, session, 2)  # received two days ago
    child = existing.children[0]
    page = show(qtbot, CasesPage(session, worker))
    dialog = new_intake(qtbot, page)
    pick_pupil(qtbot, dialog, fold(child.full_name))  # typed without accents
    assert [v.pupil_id for v in dialog.fields.children_editor.values()] == [child.pupil_id]
    dialog.fields.forms[AbuseForm.SCHOOL_VIOLENCE].setChecked(True)
    type_text(dialog.fields.summary, "Em lại bị xô ngã ở hành lang.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.duplicate_panel.isVisible(), timeout=TIMEOUT)
    assert existing.brief.code in dialog.duplicate_panel.list.item(0).text()
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.open_existing, timeout=TIMEOUT) as chosen:
        qtbot.mouseClick(dialog.duplicate_panel.open_button, LEFT)
    assert chosen.args == [2]
    qtbot.waitUntil(
        lambda: page.case_view.detail is not None and page.case_view.detail.brief.id == 2,
        timeout=TIMEOUT,
    )
    assert page.intake_dialog is None


def test_saving_anyway_opens_the_new_case(qtbot, worker, sign_in) -> None:
    session = sign_in("tuvan")
    existing = run(qtbot, worker, cases.get_case, session, 2)
    page = show(qtbot, CasesPage(session, worker))
    dialog = new_intake(qtbot, page)
    pick_pupil(qtbot, dialog, existing.children[0].full_name)
    type_text(dialog.fields.children_editor.name, "Phạm Thị Bé")
    dialog.fields.children_editor.age.setValue(8)
    dialog.fields.children_editor.sex.setCurrentIndex(
        dialog.fields.children_editor.sex.findData(Sex.FEMALE)
    )
    qtbot.mouseClick(dialog.fields.children_editor.add_button, LEFT)
    assert len(dialog.fields.children_editor.entries) == 2
    dialog.fields.forms[AbuseForm.SCHOOL_VIOLENCE].setChecked(True)
    dialog.fields.forms[AbuseForm.VIOLENCE].setChecked(True)
    type_text(dialog.fields.summary, "Hai em bị nhóm bạn lớp trên chặn đánh sau giờ học.")
    dialog.fields.urgent.setChecked(True)
    dialog.fields.informant_consents.setChecked(True)
    type_text(dialog.fields.informant_name, "Bác bảo vệ Nguyễn Văn Gác")
    type_text(dialog.fields.people.description, "Nhóm học sinh lớp 5")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.duplicate_panel.isVisible(), timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.case_created, timeout=TIMEOUT) as created:
        qtbot.mouseClick(dialog.duplicate_panel.continue_button, LEFT)
    view = page.case_view
    qtbot.waitUntil(
        lambda: (
            view.detail is not None and view.detail.brief.id == created.args[0] and not view.loading
        ),
        timeout=TIMEOUT,
    )
    detail = view.detail
    assert detail.brief.code == "VV-2024-2025/009"
    assert detail.brief.urgent and view.urgent.text() != ""
    assert [c.full_name for c in detail.children][1] == "Phạm Thị Bé"
    assert detail.intake.informant_name == "Bác bảo vệ Nguyễn Văn Gác"
    assert [p.description for p in detail.intake.people] == ["Nhóm học sinh lớp 5"]
    assert view.procedure.chips[ProcedureStep.RECEIVED].line2.text() == "Lê Thị Tư Vấn"
    emergency = view.procedure.chips[ProcedureStep.EMERGENCY_INTERVENTION]
    assert emergency.line1.text() == tr("StepChip", "Due {time}").format(time="22:00 10/10/2024")
    assert run(qtbot, worker, drafts.load_draft, session, "intake", "") is None  # saved: gone


def test_a_cancelled_form_is_kept_as_a_draft_if_asked(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    page = show(qtbot, CasesPage(session, worker))
    dialog = new_intake(qtbot, page)
    with qtbot.waitSignal(dialog.draft_keeper.offered, timeout=TIMEOUT):
        pass  # nothing kept yet: nothing offered
    assert dialog.fields.restricted.isVisibleTo(dialog)  # the principal may restrict a case
    type_text(dialog.fields.summary, "Phụ huynh gọi điện báo trẻ bị bỏ mặc ở nhà.")
    dialog.fields.forms[AbuseForm.NEGLECT].setChecked(True)
    type_text(dialog.fields.children_editor.name, "Bé Lê Văn Nhỏ")
    qtbot.mouseClick(dialog.fields.children_editor.add_button, LEFT)
    messages.set_next_answer(Button.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Go back: the form stays as it was
    assert messages.history[-1][:2] == ("question", tr("Drafts", "Discard what you typed?"))
    messages.set_next_answer(Button.Yes)  # Keep as a draft
    dialog.reject()
    assert not dialog.isVisible()
    stored = run(qtbot, worker, drafts.load_draft, session, "intake", "")
    assert "Phụ huynh gọi điện báo trẻ bị bỏ mặc ở nhà." in stored.payload.values()

    messages.set_next_answer(Button.Yes)  # Restore
    again = new_intake(qtbot, page)
    with qtbot.waitSignal(again.draft_keeper.offered, timeout=TIMEOUT) as offered:
        pass
    assert offered.args == [True]
    assert messages.history[-1][:2] == ("question", tr("Drafts", "Unsaved draft"))
    assert again.fields.summary.toPlainText() == "Phụ huynh gọi điện báo trẻ bị bỏ mặc ở nhà."
    assert again.fields.forms[AbuseForm.NEGLECT].isChecked()
    assert [v.full_name for v in again.fields.children_editor.values()] == ["Bé Lê Văn Nhỏ"]
    assert again.restored_note.isVisibleTo(again)
    messages.set_next_answer(Button.Discard)
    again.reject()
    assert run(qtbot, worker, drafts.load_draft, session, "intake", "") is None
    empty = new_intake(qtbot, page)
    with qtbot.waitSignal(empty.draft_keeper.offered, timeout=TIMEOUT) as offered:
        pass
    assert offered.args == [False]
    assert empty.fields.summary.toPlainText() == ""
    asked = len(messages.history)
    empty.reject()  # nothing typed: no question
    assert len(messages.history) == asked and not empty.isVisible()


def test_a_counsellor_does_not_see_the_principal_only_choice(qtbot, worker, sign_in) -> None:
    page = show(qtbot, CasesPage(sign_in("tuvan"), worker))
    dialog = new_intake(qtbot, page)
    assert not dialog.fields.restricted.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.fields.people.staff.count() > 1, timeout=TIMEOUT)
    assert not dialog.fields.people.staff.isEnabled()
    from kimbai_desktop.domain.cases import PerpetratorRelation

    dialog.fields.people.relation.setCurrentIndex(
        dialog.fields.people.relation.findData(PerpetratorRelation.STAFF)
    )
    assert dialog.fields.people.staff.isEnabled()
    dialog.reject()


def test_a_new_case_offers_to_raise_the_pupils_protection_level(qtbot, worker, sign_in) -> None:
    from kimbai_desktop.domain.enums import ProtectionLevel
    from kimbai_desktop.services import register

    session = sign_in("tuvan")
    pupil = run(qtbot, worker, register.list_pupils, session,
                register.PupilQuery(level=ProtectionLevel.PREVENTION), limit=1)[0]
    page = show(qtbot, CasesPage(session, worker))
    dialog = new_intake(qtbot, page)
    pick_pupil(qtbot, dialog, fold(pupil.full_name))
    dialog.fields.forms[AbuseForm.VIOLENCE].setChecked(True)
    type_text(dialog.fields.summary, "Em bị đánh ở nhà.")
    messages.set_next_answer(Button.Yes)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(
        lambda: run(qtbot, worker, register.get_pupil, session, pupil.id).level
        == ProtectionLevel.INTERVENTION,
        timeout=TIMEOUT,
    )
    asked = [h for h in messages.history if h[0] == "question"]
    assert asked and pupil.full_name in asked[-1][2]


def test_a_person_of_16_is_refused_as_the_child_with_the_reason(qtbot, worker, sign_in) -> None:
    """Luật Trẻ em Điều 1: a child is under 16. The age is typed as a user does."""
    session = sign_in("tuvan")
    before = len(run(qtbot, worker, cases.list_cases, session))
    page = show(qtbot, CasesPage(session, worker))
    dialog = new_intake(qtbot, page)
    editor = dialog.fields.children_editor
    type_text(editor.name, "Trần Văn Lớn")
    editor.age.setFocus()
    editor.age.lineEdit().selectAll()
    qtbot.keyClicks(editor.age, "16")
    assert editor.age.value() == 16
    dialog.fields.forms[AbuseForm.VIOLENCE].setChecked(True)
    type_text(dialog.fields.summary, "Em bị đánh ở cổng trường.")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.field_error("children") != "", timeout=TIMEOUT)
    message = dialog.field_error("children")
    assert "dưới 16 tuổi" in message and "Luật Trẻ em" in message
    assert "người cung cấp thông tin" in message and "chứng kiến" in message  # what instead
    assert len(run(qtbot, worker, cases.list_cases, session)) == before  # nothing stored

    editor.age.setFocus()
    editor.age.lineEdit().selectAll()
    qtbot.keyClicks(editor.age, "15")
    with qtbot.waitSignal(dialog.case_created, timeout=TIMEOUT) as created:
        qtbot.mouseClick(dialog.save_button, LEFT)
        if dialog.duplicate_panel.isVisible():
            qtbot.mouseClick(dialog.duplicate_panel.continue_button, LEFT)
    stored = run(qtbot, worker, cases.get_case, session, created.args[0])
    assert [(c.full_name, c.age) for c in stored.children] == [("Trần Văn Lớn", 15)]


def test_the_channel_is_chosen_with_the_keyboard_and_shown_in_the_case(
        qtbot, worker, sign_in) -> None:
    """How the concern reached the school: End picks "Other", which needs a note; the note is
    typed the Vietnamese way; Ctrl+Enter saves (this long form keeps Enter for its lists); the
    case view shows the channel."""
    from kimbai_desktop.domain.cases import IntakeChannel

    session = sign_in("tuvan")
    page = show(qtbot, CasesPage(session, worker))
    dialog = new_intake(qtbot, page)
    f = dialog.fields
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=TIMEOUT)  # shortcuts go to the active window
    assert f.channel.currentData() == IntakeChannel.TEACHER  # the usual way in a primary school
    type_text(f.children_editor.name, "Em Bé Không Học Ở Trường")
    f.forms[AbuseForm.VIOLENCE].setChecked(True)
    type_text(f.summary, "Thư không ký tên kể em bị đánh ở nhà.")
    f.channel.setFocus()
    qtbot.keyClick(f.channel, Qt.Key.Key_End)
    assert f.channel.currentData() == IntakeChannel.OTHER
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(f.channel_note, Qt.Key.Key_Return, ctrl)
    assert dialog.field_error("channel")  # "other" says which way
    type_text(f.channel_note, "Thư để ở phòng bảo vệ")
    assert dialog.field_error("channel") == ""
    with qtbot.waitSignal(dialog.case_created, timeout=TIMEOUT) as created:
        qtbot.keyClick(f.channel_note, Qt.Key.Key_Return, ctrl)
    stored = run(qtbot, worker, cases.get_case, session, created.args[0])
    assert stored.intake.channel == IntakeChannel.OTHER
    assert stored.intake.channel_note == "Thư để ở phòng bảo vệ"
    view = page.case_view
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.brief.id == created.args[0]
                    and not view.loading, timeout=TIMEOUT)
    assert "Thư để ở phòng bảo vệ" in view.facts.text()
