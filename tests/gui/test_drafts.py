"""No dialog loses typed text: Esc, Cancel or closing asks first when something was typed (and
closes silently otherwise); drafts of the case forms are kept encrypted in the database and
survive a lock and a crash, offered back the next time the same form opens."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import form_state, messages
from kimbai_desktop.gui.account_dialog import AccountDialog
from kimbai_desktop.gui.cases.close_dialog import CloseCaseDialog
from kimbai_desktop.gui.cases.concern_form import ConcernForm
from kimbai_desktop.gui.cases.consent_dialog import ConsentDialog
from kimbai_desktop.gui.cases.entry_dialog import EntryDialog
from kimbai_desktop.gui.cases.notification_dialog import NotificationDialog
from kimbai_desktop.gui.cases.plan_dialog import PlanDialog
from kimbai_desktop.gui.cases.referral_dialog import ReferralDialog
from kimbai_desktop.gui.cases.step_dialog import StepDialog
from kimbai_desktop.gui.cases.task_dialog import TaskDialog
from kimbai_desktop.gui.register.circumstance_dialog import CircumstanceDialog
from kimbai_desktop.gui.register.pupil_dialog import PupilDialog
from kimbai_desktop.gui.register.review_dialog import ReviewDialog
from kimbai_desktop.gui.register.risk_dialog import RiskDialog
from kimbai_desktop.gui.training.activity_dialog import ActivityDialog
from kimbai_desktop.gui.training.staff_dialog import StaffDialog
from kimbai_desktop.gui.training.target_dialog import TargetDialog
from kimbai_desktop.services import case_work, cases, drafts
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.demo import DEMO_PASSWORD
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import run, sign_in, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    open_case,
    show,
    tr,
)
from tests.gui.test_cases_support import sign_in as session_of  # noqa: F401
from tests.helpers import files_containing

Button = QMessageBox.StandardButton
CASE = 2
CLOSE_TITLE = ("question", "Drafts", "Discard what you typed?")
OFFER_TITLE = ("question", "Drafts", "Unsaved draft")


def asked(title: tuple[str, str, str]) -> bool:
    return bool(messages.history) and messages.history[-1][:2] == (title[0], tr(*title[1:]))


def opened(qtbot: Any, dialog: QDialog) -> QDialog:
    """Open as the app does and wait until the look for an earlier draft has ended."""
    qtbot.addWidget(dialog)
    keeper = getattr(dialog, "draft_keeper", None)
    if keeper is None:
        dialog.open()
        return dialog
    with qtbot.waitSignal(keeper.offered, timeout=TIMEOUT):
        dialog.open()
    return dialog


def first_text_editor(dialog: QDialog) -> QLineEdit | QPlainTextEdit:
    """A free-text field of the form: a multi-line note if there is one, else a long line."""
    found = [e for e in form_state.editors(dialog).values()
             if isinstance(e, QLineEdit | QPlainTextEdit) and e.isEnabled()
             and e.isVisibleTo(dialog) and not e.isReadOnly()]
    notes = [e for e in found if isinstance(e, QPlainTextEdit)]
    lines = [e for e in found if isinstance(e, QLineEdit) and e.maxLength() >= 100
             and e.echoMode() == QLineEdit.EchoMode.Normal]
    assert notes or lines, f"no text field in {type(dialog).__name__}"
    return (notes or lines)[0]


# -- every dialog where the user types -----------------------------------------------------------


def _dialogs(session: Any, worker: Any) -> dict[str, Any]:
    detail = cases.get_case(session, CASE)
    pupil = reg.list_pupils(session, reg.PupilQuery())[0]
    return {
        "entry": lambda: EntryDialog(session, worker, CASE),
        "notification": lambda: NotificationDialog(session, worker, CASE),
        "close_case": lambda: CloseCaseDialog(session, worker, CASE),
        "step": lambda: StepDialog(session, worker, CASE, ()),
        "task": lambda: TaskDialog(session, worker, CASE, [(1, "Lê Thị Tư Vấn")]),
        "plan": lambda: PlanDialog(session, worker, detail),
        "referral": lambda: ReferralDialog(session, worker, CASE),
        "consent": lambda: ConsentDialog(session, worker, detail),
        "account": lambda: AccountDialog(session, worker),
        "pupil": lambda: PupilDialog(session, worker),
        "circumstance": lambda: CircumstanceDialog(session, worker, pupil.id,
                                                   session.clock.now().date()),
        "review": lambda: ReviewDialog(session, worker, pupil.id, pupil.level,
                                       session.clock.now().date()),
        "risk": lambda: RiskDialog(session, worker, pupil.id, False, ""),
        "activity": lambda: ActivityDialog(session, worker, []),
        "staff": lambda: StaffDialog(session, worker),
        "target": lambda: TargetDialog(session, worker, "2024-2025"),
    }


DIALOGS = ["entry", "notification", "close_case", "step", "task", "plan", "referral", "consent",
           "account", "pupil", "circumstance", "review", "risk", "activity", "staff", "target"]


@pytest.mark.parametrize("name", DIALOGS)
def test_esc_asks_when_something_was_typed_and_keeps_it(qtbot, worker, session_of,
                                                        name) -> None:
    session = session_of("demo")  # the principal: every dialog is allowed
    make = _dialogs(session, worker)[name]

    quiet = opened(qtbot, make())
    before = len(messages.history)
    qtbot.keyClick(quiet, Qt.Key.Key_Escape)  # nothing typed: closes without a word
    assert not quiet.isVisible() and len(messages.history) == before

    dialog = opened(qtbot, make())
    editor = first_text_editor(dialog)
    type_text(editor, "Nội dung gõ bằng bộ gõ tiếng Việt: ắ ằ ẳ ẵ ặ")
    editor.setFocus()
    qtbot.keyClicks(editor, " and ASCII")
    typed = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    assert typed.endswith("ặ and ASCII")
    messages.set_next_answer(Button.No)  # Go back
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked(CLOSE_TITLE)
    assert dialog.isVisible()  # closing was refused: nothing lost
    assert (editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()) == typed
    dialog.close()  # the window's close button asks too (the auto answer goes back)
    assert asked(CLOSE_TITLE) and dialog.isVisible()
    messages.set_next_answer(Button.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    kind = getattr(dialog, "draft_keeper", None)
    if kind is not None:  # discarded: no draft is left behind
        found = run(qtbot, worker, drafts.load_draft, session, kind.form, kind.context)
        assert found is None


# -- "Thêm ghi chép": a draft, kept, offered and restored -------------------------------------------


def test_an_entry_kept_as_a_draft_is_offered_and_restored(qtbot, worker, session_of) -> None:
    session = session_of("tuvan")
    dialog = opened(qtbot, EntryDialog(session, worker, CASE))
    dialog.kind.setCurrentIndex(dialog.kind.findData(EntryKind.CHILD_VOICE))
    text = "Em nói: \u201cCon sợ về nhà khi bố uống rượu.\u201d"
    type_text(dialog.text, text)
    messages.set_next_answer(Button.Yes)  # Keep as a draft
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    stored = run(qtbot, worker, drafts.load_draft, session, "case_entry", CASE)
    assert stored is not None and text in stored.payload.values()
    # another case has no draft
    assert run(qtbot, worker, drafts.load_draft, session, "case_entry", 1) is None

    messages.set_next_answer(Button.Yes)  # Restore
    again = EntryDialog(session, worker, CASE)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.draft_keeper.offered, timeout=TIMEOUT) as offer:
        again.open()
    assert offer.args == [True] and asked(OFFER_TITLE)
    assert "10:00 10/10/2024" in messages.history[-1][2]  # when it was kept, school time
    assert again.text.toPlainText() == text
    assert again.kind.currentData() == EntryKind.CHILD_VOICE
    with qtbot.waitSignal(again.succeeded, timeout=TIMEOUT):
        again.submit()
    entries = run(qtbot, worker, case_work.list_entries, session, CASE)
    assert any(e.text == text for e in entries)
    assert run(qtbot, worker, drafts.load_draft, session, "case_entry", CASE) is None


def test_typing_is_kept_a_few_seconds_after_it_stops(qtbot, worker, session_of) -> None:
    session = session_of("tuvan")
    dialog = opened(qtbot, NotificationDialog(session, worker, CASE))
    type_text(dialog.outcome, "Tổng đài 111 hẹn gọi lại trong ngày.")
    keeper = dialog.draft_keeper
    keeper.poll()  # the typing has just changed: wait for it to stop
    assert keeper.written is None
    with qtbot.waitSignal(keeper.saved, timeout=TIMEOUT):
        keeper.poll()  # nothing typed since the last look: written now
    stored = run(qtbot, worker, drafts.load_draft, session, "case_notification", CASE)
    assert "Tổng đài 111 hẹn gọi lại trong ngày." in stored.payload.values()
    type_text(dialog.outcome, "", replace=False)
    dialog.outcome.clear()  # back to empty: the draft goes away at the next look
    keeper.poll()
    keeper.poll()
    qtbot.waitUntil(lambda: run(qtbot, worker, drafts.load_draft, session,
                                "case_notification", CASE) is None, timeout=TIMEOUT)


# -- a crash ---------------------------------------------------------------------------------------


CANARY = "CANARYNHAPzx93 Em kể bị đánh bằng thước kẻ"


def test_a_chronology_entry_survives_a_crash_encrypted(qtbot, worker, demo, clock) -> None:
    session = unlock(demo, "tuvan", DEMO_PASSWORD, clock=clock)
    dialog = opened(qtbot, EntryDialog(session, worker, CASE))
    type_text(dialog.text, CANARY)
    keeper = dialog.draft_keeper
    keeper.poll()
    with qtbot.waitSignal(keeper.saved, timeout=TIMEOUT):
        keeper.poll()
    # The program dies: the dialog is never closed, the data is closed as a restart would find it.
    keeper.timer.stop()
    dialog.hide()
    run(qtbot, worker, session.close)
    assert files_containing(demo, [CANARY, "CANARYNHAPzx93"]) == []  # encrypted at rest

    restarted = unlock(demo, "tuvan", DEMO_PASSWORD, clock=clock)
    try:
        messages.set_next_answer(Button.Yes)
        again = EntryDialog(restarted, worker, CASE)
        qtbot.addWidget(again)
        with qtbot.waitSignal(again.draft_keeper.offered, timeout=TIMEOUT) as offer:
            again.open()
        assert offer.args == [True] and asked(OFFER_TITLE)
        assert again.text.toPlainText() == CANARY
        other = unlock(demo, "demo", DEMO_PASSWORD, clock=clock)  # the principal: not hers
        try:
            assert drafts.load_draft(other, "case_entry", CASE) is None
        finally:
            other.close()
        again.draft_keeper.stop()
        run(qtbot, worker, lambda: None)
    finally:
        run(qtbot, worker, restarted.close)


# -- a lock ----------------------------------------------------------------------------------------


def test_a_lock_keeps_the_open_dialogs_text_until_the_next_sign_in(qtbot, demo, clock,
                                                                  make_controller) -> None:
    controller = make_controller(demo, clock=clock)
    controller.start()
    sign_in(qtbot, controller, "tuvan", DEMO_PASSWORD)
    window = controller.main_window
    page = window.workspace.cases_page
    window.workspace.show_page(page)
    view = open_case(qtbot, page, CASE)
    view.add_note()
    dialog = view.current_dialog
    assert isinstance(dialog, EntryDialog)
    qtbot.waitUntil(lambda: dialog.draft_keeper.active, timeout=TIMEOUT)
    type_text(dialog.text, "Cô chủ nhiệm kể lại buổi gặp phụ huynh chiều nay.")
    session = controller.session

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # no time to wait
    assert window.locked and controller.session is None
    qtbot.waitUntil(lambda: session.closed, timeout=TIMEOUT)

    sign_in(qtbot, controller, "tuvan", DEMO_PASSWORD)
    page = window.workspace.cases_page
    window.workspace.show_page(page)
    view = open_case(qtbot, page, CASE)
    messages.set_next_answer(Button.Yes)  # Restore
    view.add_note()
    again = view.current_dialog
    with qtbot.waitSignal(again.draft_keeper.offered, timeout=TIMEOUT) as offer:
        pass
    assert offer.args == [True]
    assert again.text.toPlainText() == "Cô chủ nhiệm kể lại buổi gặp phụ huynh chiều nay."


def test_the_teachers_concern_survives_a_lock(qtbot, worker, session_of) -> None:
    session = session_of("demo")
    teacher_id = None
    for account in run(qtbot, worker, _accounts, session):
        if account.role == Role.TEACHER:
            teacher_id = account.username
    assert teacher_id is not None
    teacher = session_of(teacher_id)
    form = show(qtbot, ConcernForm(teacher, worker))
    qtbot.waitUntil(lambda: form.draft_keeper.active, timeout=TIMEOUT)
    type_text(form.child_name, "Hoàng Văn Tí, 2B")
    type_text(form.what, "Em có vết bầm ở tay, nói bị bố đánh tối qua.")
    from kimbai_desktop.gui import drafts as gui_drafts

    gui_drafts.save_all_now()  # what the main window does first when it locks
    form.clear()
    stored = run(qtbot, worker, drafts.load_draft, teacher, "concern", "")
    assert "Em có vết bầm ở tay, nói bị bố đánh tối qua." in stored.payload.values()

    messages.set_next_answer(Button.Yes)
    again = ConcernForm(teacher, worker)
    with qtbot.waitSignal(again.draft_keeper.offered, timeout=TIMEOUT):
        show(qtbot, again)
    assert again.what.toPlainText() == "Em có vết bầm ở tay, nói bị bố đánh tối qua."
    assert again.child_name.text() == "Hoàng Văn Tí, 2B"


def _accounts(session: Any) -> list[Any]:
    from kimbai_desktop.services.accounts import list_accounts

    return list_accounts(session)
