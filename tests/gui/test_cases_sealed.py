"""Sealed case files in the window (issue 14, points 2 and 3), acted as users do: the counsellor
seals a case typing the reason, gives it to another counsellor who then reads it, takes it back;
a principal who does not hold it sees the banner and no content; the chair's printed recovery key
typed in gives it again. Everything is read back through the services."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.cases import PerpetratorRelation
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.case_list_model import COLUMNS
from kimbai_desktop.gui.cases.holders_dialog import HoldersDialog
from kimbai_desktop.gui.cases.seal_dialogs import RecoveryGrantDialog, SealDialog
from kimbai_desktop.gui.pages.cases_page import CasesPage
from kimbai_desktop.gui.recovery_key_dialog import SealedRecoveryKeyDialog
from kimbai_desktop.services import accounts, cases, sealed_files
from kimbai_desktop.services.audit_log import AuditFilter, list_events
from kimbai_desktop.services.demo import DEMO_PASSWORD
from tests.gui.helpers import type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    open_case,
    run_dialog,
    show,
    sign_in,
    tr,
)

LEFT = Qt.MouseButton.LeftButton
CASE = 3  # an open case that names nobody on the staff: sealed by choice here
REASON = "Gia đình đề nghị giữ kín tuyệt đối; trẻ đang được bảo vệ."
NEW_COUNSELLOR = ("tuvan2", "Phạm Thị Hòa")
NEW_PRINCIPAL = ("hieupho", "Ngô Văn Phó")
BANNER = ("SealControls", "Sealed case file: only the people it is given to can read its "
          "content. If you need to read it, ask a person who holds the case file to share it.")


def add(principal: Any, who: tuple[str, str], role: Role) -> int:
    return accounts.add_account(principal, who[0], who[1], role, DEMO_PASSWORD).id


def holders(session: Any, case_id: int) -> set[str]:
    return {h.username for h in sealed_files.seal_info(session, case_id).holders}


def seal_in_view(qtbot: Any, view: Any) -> SealDialog:
    """Click "Niêm phong hồ sơ", try without a reason, then type one and seal."""
    assert view.seal.seal_button.isVisible() and not view.seal.holders_button.isVisible()
    qtbot.mouseClick(view.seal.seal_button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, SealDialog)
    dialog.submit()
    assert dialog.isVisible() and dialog.field_error("reason")  # required: nothing sealed yet
    assert not sealed_files.seal_info(view.session, view.case_id).sealed
    type_text(dialog.reason, REASON)
    run_dialog(qtbot, view, dialog)
    return dialog


def open_holders(qtbot: Any, view: Any, button: Any) -> HoldersDialog:
    qtbot.mouseClick(button, LEFT)
    dialog = view.current_dialog
    assert isinstance(dialog, HoldersDialog)
    qtbot.waitUntil(lambda: dialog.info is not None and not dialog.busy, timeout=TIMEOUT)
    return dialog


def wait_holders(qtbot: Any, dialog: HoldersDialog, view: Any) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and not view.loading
                    and not view.chronology.loading, timeout=TIMEOUT)


def test_counsellor_seals_gives_and_takes_back(qtbot, worker, sign_in) -> None:
    principal = sign_in("demo")
    counsellor = sign_in("tuvan")
    page = show(qtbot, CasesPage(counsellor, worker))
    view = open_case(qtbot, page, CASE)
    summary = view.detail.intake.summary
    seal_in_view(qtbot, view)

    info = sealed_files.seal_info(counsellor, CASE)
    assert info.sealed and info.can_read and info.why == "chosen" and info.reason == REASON
    assert holders(counsellor, CASE) == {"demo", "tuvan"}
    sealed_events = list_events(principal, AuditFilter(action=AuditAction.CASE_SEAL))
    assert str(CASE) in [e.record_id for e in sealed_events]
    assert view.seal.marker.isVisible() and view.seal.holders_button.isVisible()
    assert not view.seal.seal_button.isVisible() and not view.seal.banner.isVisible()
    assert view.summary.isVisible() and view.chronology.model.rowCount() > 0

    # A counsellor who joins later holds nothing until given it.
    new_id = add(principal, NEW_COUNSELLOR, Role.COUNSELLOR)
    dialog = open_holders(qtbot, view, view.seal.holders_button)
    assert sorted(dialog.holder_names()) == sorted(
        [principal.user.full_name, counsellor.user.full_name])
    assert REASON in dialog.intro.text()
    offered = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert offered == [NEW_COUNSELLOR[1]]
    dialog.person.setCurrentIndex(dialog.person.findData(new_id))
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.grant_button, LEFT)
    wait_holders(qtbot, dialog, view)
    assert NEW_COUNSELLOR[1] in dialog.holder_names()
    assert holders(principal, CASE) == {"demo", "tuvan", "tuvan2"}

    newcomer = sign_in("tuvan2")
    other = show(qtbot, CasesPage(newcomer, worker))
    other_view = open_case(qtbot, other, CASE)
    assert other_view.readable and other_view.summary.isVisible()
    assert other_view.detail.intake.summary == summary
    assert other_view.chronology.model.rowCount() > 0
    assert not other_view.seal.banner.isVisible()

    # Taken back: asked first, then gone, and the newcomer sees the banner.
    row = dialog.holder_names().index(NEW_COUNSELLOR[1])
    dialog.table.selectRow(row)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, LEFT)  # the safe default answer: No
    assert NEW_COUNSELLOR[1] in dialog.holder_names()
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.revoke_button, LEFT)
    wait_holders(qtbot, dialog, view)
    assert NEW_COUNSELLOR[1] not in dialog.holder_names()
    assert holders(principal, CASE) == {"demo", "tuvan"}
    actions = [e.action for e in list_events(principal, AuditFilter(record_type="case_access"))]
    assert AuditAction.CASE_GRANT in actions and AuditAction.CASE_REVOKE in actions
    dialog.reject()

    # At the newcomer's next sign-in (one person works at a time: the program is single-user).
    again = sign_in("tuvan2")
    assert not cases.get_case(again, CASE).can_read
    after = open_case(qtbot, show(qtbot, CasesPage(again, worker)), CASE)
    assert after.seal.banner.isVisible() and not after.summary.isVisible()
    assert after.chronology.model.rowCount() == 0


def test_principal_not_holding_sees_the_banner_then_the_recovery_key_gives_it(
        qtbot, worker, sign_in) -> None:
    principal = sign_in("demo")
    page = show(qtbot, CasesPage(principal, worker))
    view = open_case(qtbot, page, CASE)
    seal_in_view(qtbot, view)
    # The principal sealed it and no sealed-file recovery key existed: its sheet is offered now.
    qtbot.waitUntil(lambda: isinstance(view.current_dialog, SealedRecoveryKeyDialog),
                    timeout=TIMEOUT)
    sheet = view.current_dialog
    secret = sheet.page.key_label.text().replace("\n", "")
    assert sealed_files.has_recovery_key(principal)
    sheet.page.saved_check.setChecked(True)
    sheet.reject()
    assert sealed_files.seal_info(principal, CASE).has_recovery

    new_id = add(principal, NEW_PRINCIPAL, Role.PRINCIPAL)
    deputy = sign_in("hieupho")
    messages.history.clear()
    deputy_page = show(qtbot, CasesPage(deputy, worker), 1366 - 240, 768 - 128)
    locked = open_case(qtbot, deputy_page, CASE)
    detail = locked.detail
    assert not locked.readable and locked.seal.banner.isVisible()
    assert locked.seal.banner_text.text() == tr(*BANNER)
    assert locked.code.text() == detail.brief.code and locked.status.text()
    assert tr("CaseView", "Received {time}").split("{")[0] in locked.facts.text()
    assert locked.procedure.isVisible()
    for hidden in (locked.summary, locked.children_label, locked.chronology,
                   *locked.action_buttons(), locked.seal.seal_button):
        assert not hidden.isVisible()
    assert locked.chronology.model.rowCount() == 0
    assert "Gia đình" not in locked.facts.text() + locked.code.text()
    assert messages.history == []  # no refusal shown: the banner says it
    model = deputy_page.model
    deputy_page.apply_filter()
    qtbot.waitUntil(lambda: model.row_of(CASE) >= 0, timeout=TIMEOUT)
    row = model.row_of(CASE)
    column = COLUMNS.index("children")
    assert model.data(model.index(row, column)) == tr("CaseListModel", "(sealed case file)")

    dialog = open_holders(qtbot, locked, locked.seal.banner_holders)
    assert not dialog.grant_button.isVisible() and not dialog.revoke_button.isVisible()
    assert dialog.recovery_button.isVisible() and dialog.recovery_button.isEnabled()
    qtbot.mouseClick(dialog.recovery_button, LEFT)
    grant = dialog.recovery_dialog
    assert isinstance(grant, RecoveryGrantDialog)
    grant.person.setCurrentIndex(grant.person.findData(new_id))
    qtbot.keyClicks(grant.key, "AAAA-" * 12 + "AAAA")
    grant.submit()
    qtbot.waitUntil(lambda: not grant.busy, timeout=TIMEOUT)
    assert grant.isVisible() and "không đúng" in grant.page_error.message()
    assert not cases.get_case(deputy, CASE).can_read
    grant.key.clear()
    qtbot.keyClicks(grant.key, secret.lower())  # typed back from paper, in lower case
    with qtbot.waitSignal(locked.loaded, timeout=TIMEOUT):
        grant.submit()
    qtbot.waitUntil(lambda: not locked.chronology.loading and locked.readable, timeout=TIMEOUT)
    assert not grant.isVisible() and grant.key.text() == ""
    assert sealed_files.seal_info(deputy, CASE).can_read
    assert "hieupho" in holders(principal, CASE)
    given = list_events(principal, AuditFilter(action=AuditAction.CASE_GRANT))
    assert any("recovery" in (e.detail or "") for e in given)
    assert locked.summary.isVisible() and not locked.seal.banner.isVisible()
    assert locked.chronology.model.rowCount() > 0
    dialog.reject()


def test_the_accused_is_never_offered(qtbot, worker, sign_in) -> None:
    principal = sign_in("demo")
    accused = add(principal, ("tuvan3", "Đặng Văn Bị"), Role.COUNSELLOR)
    case = cases.get_case(principal, 1).intake
    case_id = cases.open_case(principal, cases.CaseIntake(**{
        **case.__dict__, "restricted": False,
        "people": (cases.PersonInput("Người bị phản ánh", PerpetratorRelation.STAFF,
                                     accused),)}))
    newcomer = add(principal, NEW_COUNSELLOR, Role.COUNSELLOR)  # joins later: holds nothing
    counsellor = sign_in("tuvan")
    page = show(qtbot, CasesPage(counsellor, worker))
    view = open_case(qtbot, page, case_id)
    assert view.detail.sealed and view.readable and not view.seal.seal_button.isVisible()
    dialog = open_holders(qtbot, view, view.seal.holders_button)
    offered = [dialog.person.itemData(i) for i in range(dialog.person.count())]
    assert offered == [newcomer]
    assert tr("HoldersDialog", "Sealed {time} because it names a member of staff.").split(
        "{")[0] in dialog.intro.text()

    # Taking back one's own access: said plainly, then the view closes the content at once.
    dialog.table.selectRow(dialog.holder_names().index(counsellor.user.full_name))
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.revoke_button, LEFT)
    kind, _title, text = messages.history[-1]
    assert kind == "question" and text == tr(
        "HoldersDialog", "You will no longer be able to read this case file yourself, until "
        "someone who holds it gives it back to you. Take back your own access?")
    wait_holders(qtbot, dialog, view)
    assert not view.readable and view.seal.banner.isVisible() and not view.summary.isVisible()
    assert view.chronology.model.rowCount() == 0
    assert not dialog.grant_button.isVisible()  # no longer a holder: nothing to give
    assert holders(principal, case_id) == {"demo"}
    dialog.reject()


@pytest.mark.parametrize("role", ["tuvan", "giaovien"])
def test_only_managers_may_seal(qtbot, worker, sign_in, role) -> None:
    session = sign_in(role)
    page = show(qtbot, CasesPage(session, worker))
    if not page.allowed:
        assert page.case_view.seal.seal_button.isHidden()
        return
    view = open_case(qtbot, page, CASE)
    assert view.seal.seal_button.isVisible()


def test_the_data_menu_makes_the_sealed_file_key_once_for_printing(
        qtbot, worker, sign_in, tmp_path) -> None:
    from PySide6.QtWidgets import QWidget

    from kimbai_desktop.gui.session_actions import SessionActions

    window = show(qtbot, QWidget(), 1366, 768)
    actions = SessionActions(window, worker)
    actions.set_session(sign_in("tuvan"))
    assert not actions.sealed_key_action.isVisible()  # the principal's
    principal = sign_in("demo")
    actions.set_session(principal)
    assert actions.sealed_key_action.isVisible() and actions.sealed_key_action.isEnabled()
    assert not sealed_files.has_recovery_key(principal)

    actions.sealed_key_action.trigger()  # asked first; the safe answer (No) makes nothing
    qtbot.waitUntil(lambda: bool(messages.history), timeout=TIMEOUT)
    assert not sealed_files.has_recovery_key(principal)
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    actions.sealed_key_action.trigger()
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, SealedRecoveryKeyDialog),
                    timeout=TIMEOUT)
    sheet = actions.current_dialog
    qtbot.waitExposed(sheet)
    assert sheet.heading.text() == tr("SealedRecoveryKeyDialog",
                                      "Recovery key for sealed case files")
    sheet.grab().save(str(tmp_path / "sealed-key-sheet.png"))
    secret = sheet.page.key_label.text().replace("\n", "")
    sheet.reject()  # not before the box is ticked: the key is shown once
    assert sheet.isVisible()
    kind, title, _text = messages.history[-1]
    assert kind == "warning" and title == tr("SealedRecoveryKeyDialog",
                                             "Recovery key for sealed case files")
    sheet.page.saved_check.setChecked(True)
    sheet.reject()
    assert not sheet.isVisible() and sheet.page.key_label.text() == ""
    assert sealed_files.has_recovery_key(principal)
    assert sealed_files.seal_info(principal, 8).has_recovery  # the demo's staff case
    # The printed key is the one kept: it gives the staff case to a new principal.
    deputy = add(principal, NEW_PRINCIPAL, Role.PRINCIPAL)
    assert sealed_files.grant_with_recovery(principal, deputy, secret, [8]) == 1

    messages.history.clear()
    actions.sealed_key_action.trigger()  # later: it cannot be shown again, and says who keeps it
    qtbot.waitUntil(lambda: bool(messages.history), timeout=TIMEOUT)
    kind, _title, text = messages.history[-1]
    assert kind == "information" and "trưởng ban bảo vệ trẻ em" in text
    assert actions.current_dialog is None


def staff_intake(rel: Any) -> Any:
    from datetime import UTC, datetime, timedelta

    from kimbai_desktop.domain.cases import Place
    from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource, RiskLevel

    now = datetime.now(UTC) - timedelta(hours=1)
    return cases.CaseIntake(
        children=(cases.ChildInput(full_name="Nguyễn Văn Bé", age=9),),
        forms=(AbuseForm.VIOLENCE,), received_at=now, discovered_at=now,
        source=InfoSource.IN_PERSON, place=Place.SCHOOL, subject=CaseSubject.ABUSED,
        risk_level=RiskLevel.HIGH, summary="Phụ huynh phản ánh một nhân viên đánh trẻ.",
        people=(cases.PersonInput("Một nhân viên nhà trường", rel.STAFF),))


def test_the_sheet_made_at_sign_in_survives_a_lock_until_printed(
        qtbot, data_dir, make_controller) -> None:
    """The sealed-file recovery key exists nowhere else: a lock that closes its sheet before the
    principal ticks "printed" shows it again when the same principal unlocks, never to another."""
    from kimbai_desktop.domain.cases import PerpetratorRelation as Rel
    from kimbai_desktop.services.session import unlock
    from tests.gui.helpers import COUNSELLOR, STAFF_PASSWORD, add_staff
    from tests.gui.helpers import sign_in as sign_in_window
    from tests.helpers import PASSWORD, USERNAME, make_school

    make_school(data_dir)
    add_staff(data_dir)
    session = unlock(data_dir, COUNSELLOR[0], STAFF_PASSWORD)
    try:
        cases.open_case(session, staff_intake(Rel))
    finally:
        session.close()
    controller = make_controller(data_dir)
    controller.start()
    sign_in_window(qtbot, controller, USERNAME, PASSWORD)
    actions = controller.main_window.session_actions
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, SealedRecoveryKeyDialog),
                    timeout=TIMEOUT)
    secret = actions.current_dialog.page.key_label.text()
    controller.lock()  # walked away: the lock closes the sheet
    assert actions.current_dialog is None and actions.pending_sealed_key is not None

    sign_in_window(qtbot, controller, COUNSELLOR[0], STAFF_PASSWORD)  # someone else: not shown
    assert actions.current_dialog is None
    controller.lock()
    sign_in_window(qtbot, controller, USERNAME, PASSWORD)
    qtbot.waitUntil(lambda: isinstance(actions.current_dialog, SealedRecoveryKeyDialog),
                    timeout=TIMEOUT)
    sheet = actions.current_dialog
    assert sheet.page.key_label.text() == secret
    sheet.page.saved_check.setChecked(True)
    sheet.reject()
    assert actions.pending_sealed_key is None and actions.current_dialog is None
    controller.lock()
    sign_in_window(qtbot, controller, USERNAME, PASSWORD)
    assert actions.current_dialog is None  # printed: never again
