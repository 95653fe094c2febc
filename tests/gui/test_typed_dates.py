"""Every date and time-and-date field takes what is typed, exactly: the hinted format typed key by
key into a field reached by Tab (its text selected), clicked in the middle of its old value,
emptied first, or delivered by a Vietnamese input method (one commit string per character);
then the dialog saves and the value is read back through the services, not from the widget.

The demo school's clock stands at 10:00 on 10/10/2024 (school time).
"""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from kimbai_desktop.domain.cases import ConsentScope, Place, Service
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.enums import (
    AbuseForm,
    CaseSubject,
    InfoSource,
    ProcedureStep,
    ProtectionLevel,
    RiskLevel,
    SpecialCircumstance,
)
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.domain.training import Topic
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.concern_form import ConcernForm
from kimbai_desktop.gui.cases.consent_dialog import ConsentDialog
from kimbai_desktop.gui.cases.entry_dialog import EntryDialog
from kimbai_desktop.gui.cases.intake_dialog import IntakeDialog
from kimbai_desktop.gui.cases.notification_dialog import NotificationDialog
from kimbai_desktop.gui.cases.plan_dialog import PlanDialog
from kimbai_desktop.gui.cases.referral_dialog import ReferralDialog
from kimbai_desktop.gui.cases.step_dialog import StepDialog
from kimbai_desktop.gui.cases.task_dialog import TaskDialog
from kimbai_desktop.gui.date_field import TypedField
from kimbai_desktop.gui.register.archive_dialog import ArchiveDialog
from kimbai_desktop.gui.register.circumstance_dialog import CircumstanceDialog
from kimbai_desktop.gui.register.level_dialog import LevelDialog
from kimbai_desktop.gui.register.pupil_dialog import PupilDialog
from kimbai_desktop.gui.register.review_dialog import ReviewDialog
from kimbai_desktop.gui.training.activity_dialog import ActivityDialog
from kimbai_desktop.gui.training.leave_dialog import LeaveDialog
from kimbai_desktop.services import case_work, cases, training
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.cases import CaseIntake, ChildInput
from tests.gui.helpers import run, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    show,
    sign_in,
)

TODAY = date(2024, 10, 10)
MODES = ("tab", "click", "emptied", "ime")
# Values typed in the hinted format, one per way of typing: the hour and every part differ from
# the field's default (now), and 09:00 10/01/2024 is the "10/01 read as 10/12" trap.
TIMES = ("07:30 01/10/2024", "09:00 10/01/2024", "23:59 09/10/2024", "00:05 02/09/2024")
DATES = ("01/10/2024", "10/01/2024", "09/10/2024", "02/09/2024")
BIRTHS = ("01/10/2017", "10/01/2016", "09/10/2018", "02/09/2015")


def wall(text: str) -> datetime:
    return datetime.strptime(text, "%H:%M %d/%m/%Y")


def day(text: str) -> date:
    return datetime.strptime(text, "%d/%m/%Y").date()


def school(moment: datetime) -> datetime:
    """A stored moment as the school's wall clock reads it, without the zone."""
    return moment.astimezone(SCHOOL_TZ).replace(tzinfo=None)


# -- typing as a user does -------------------------------------------------------------------------


def activate(qtbot: Any, widget: QWidget) -> None:
    window = widget.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)


def ime_type(edit: QLineEdit, text: str) -> None:
    """Each character as an input method commits it (Unikey and EVKey commit digits too)."""
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QCoreApplication.sendEvent(edit, event)


def click_middle(qtbot: Any, edit: QLineEdit) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() // 2,
                                                                 edit.height() // 2))


def enter(qtbot: Any, field: TypedField, text: str, mode: str, away: QWidget) -> None:
    """Type ``text`` into ``field`` the way ``mode`` says, coming from the widget ``away``."""
    edit = field.edit
    activate(qtbot, edit)
    away.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus(), timeout=TIMEOUT)
    if mode == "tab":  # reached with Tab: the old value is selected
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        assert edit.selectedText() == edit.text()
        qtbot.keyClicks(edit, text)
    elif mode == "click":  # a click lands in the middle of the old value (if any)
        click_middle(qtbot, edit)
        assert edit.hasFocus()
        qtbot.keyClicks(edit, text)
    elif mode == "emptied":  # emptied with Ctrl+A and Backspace, then clicked into
        click_middle(qtbot, edit)
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        assert edit.text() == ""
        away.setFocus()
        click_middle(qtbot, edit)
        qtbot.keyClicks(edit, text)
    else:  # the Vietnamese input method is on; the click lands in the middle of the old value
        click_middle(qtbot, edit)
        ime_type(edit, text)
    assert edit.text() == text


# -- the dialogs -----------------------------------------------------------------------------------


@dataclass
class Form:
    widget: QWidget
    fields: list[tuple[TypedField, str]]  # each field with the text to type in it
    away: QWidget  # where the focus is before the field is reached
    save: Callable[[], None]
    done: Callable[[], bool]
    stored: Callable[[], Any]  # read back through the services
    expected: Any


def fresh_case(qtbot: Any, worker: Any, session: Any) -> int:
    """A new open case (at 09:00 today), so every way of typing writes into its own."""
    at = datetime(2024, 10, 10, 9, 0, tzinfo=SCHOOL_TZ)
    intake = CaseIntake(children=(ChildInput(None, "Trẻ thử nghiệm", 9),),
                        forms=(AbuseForm.NEGLECT,), received_at=at, discovered_at=at,
                        source=InfoSource.IN_PERSON, place=Place.SCHOOL,
                        subject=CaseSubject.ABUSED, risk_level=RiskLevel.MEDIUM,
                        summary="Thử nhập ngày giờ.")
    return run(qtbot, worker, cases.open_case, session, intake)


def some_pupil(qtbot: Any, worker: Any, session: Any) -> Any:
    rows = run(qtbot, worker, reg.list_pupils, session)
    return run(qtbot, worker, reg.get_pupil, session, rows[0].id)


def service_dialog(dialog: Any, fields: list[tuple[TypedField, str]], away: QWidget,
                   stored: Callable[[], Any], expected: Any) -> Form:
    return Form(dialog, fields, away, dialog.submit, lambda: not dialog.isVisible(), stored,
                expected)


def form_for(name: str, qtbot: Any, worker: Any, sign_in: Any, i: int) -> Form:
    session = sign_in("giaovien" if name == "concern" else "tuvan")
    g = lambda fn, *a: run(qtbot, worker, fn, session, *a)  # noqa: E731 - a reader
    t, d = TIMES[i], DATES[i]
    if name == "intake":
        dialog = IntakeDialog(session, worker)
        created: list[int] = []
        dialog.case_created.connect(created.append)
        dialog.fields.children_editor.name.setText("Trẻ không học ở trường")
        dialog.fields.forms[AbuseForm.NEGLECT].setChecked(True)
        dialog.fields.summary.setText("Thử nhập ba thời điểm.")
        incident = f"07:{10 + i:02d} 0{1 + i}/09/2024"
        discovered = f"18:{20 + i:02d} 0{2 + i}/09/2024"
        received = f"0{i}:45 0{3 + i}/09/2024"
        f = dialog.fields

        def save() -> None:
            dialog.submit()
            qtbot.waitUntil(lambda: dialog.duplicate_panel.isVisible() or bool(created),
                            timeout=TIMEOUT)
            if not created:
                dialog.save_anyway()

        def stored() -> Any:
            c = g(cases.get_case, created[0])
            return tuple(school(x) for x in (c.intake.incident_at, c.intake.discovered_at,
                                             c.intake.received_at))

        return Form(dialog, [(f.incident_at, incident), (f.discovered_at, discovered),
                             (f.received_at, received)], f.summary, save, lambda: bool(created),
                    stored, (wall(incident), wall(discovered), wall(received)))
    if name == "concern":
        form = ConcernForm(session, worker)
        show(qtbot, form)
        sent: list[str] = []
        form.sent.connect(sent.append)
        form.child_name.setText("Em học sinh lớp 3")
        form.what.setText("Em kể bị đánh.")

        def concern_case() -> Any:
            counsellor = sign_in("tuvan")
            brief = next(b for b in run(qtbot, worker, cases.list_cases, counsellor)
                         if b.code == sent[0])
            return school(run(qtbot, worker, cases.get_case, counsellor,
                              brief.id).intake.incident_at)

        return Form(form, [(form.when, t)], form.what, form.send, lambda: bool(sent),
                    concern_case, wall(t))
    if name in ("entry", "notification", "step", "referral", "consent", "task", "plan"):
        case_id = fresh_case(qtbot, worker, session)
    if name == "entry":
        dialog = EntryDialog(session, worker, case_id)
        dialog.text.setText("Gặp gia đình em.")
        return service_dialog(dialog, [(dialog.event_at, t)], dialog.text, lambda: next(
            school(e.event_at) for e in g(case_work.list_entries, case_id)
            if e.text == "Gặp gia đình em."), wall(t))
    if name == "notification":
        dialog = NotificationDialog(session, worker, case_id)
        return service_dialog(dialog, [(dialog.at, t)], dialog.person, lambda: school(
            g(case_work.list_notifications, case_id)[-1].at), wall(t))
    if name == "step":
        dialog = StepDialog(session, worker, case_id, [ProcedureStep.RECEIVED])
        step = dialog.step.currentData()
        return service_dialog(dialog, [(dialog.at, t)], dialog.note, lambda: school(next(
            s.done_at for s in g(cases.get_case, case_id).steps if s.step == step)), wall(t))
    if name == "task":  # a due date may be ahead: typed as it is
        due = f"2{i}/12/2024"
        dialog = TaskDialog(session, worker, case_id, [])
        dialog.title.setText("Gọi lại cho gia đình")
        return service_dialog(dialog, [(dialog.due, due)], dialog.title, lambda: g(
            case_work.list_tasks, case_id)[-1].due, day(due))
    if name == "referral":  # the family agreed first: a referral needs it (services/sharing)
        g(case_work.record_consent, case_id, "Mẹ của trẻ", "Mẹ", ConsentScope.SERVICES,
          date(2024, 10, 10), 9, True)
        dialog = ReferralDialog(session, worker, case_id)
        show(qtbot, dialog)
        dialog.service.setCurrentIndex(dialog.service.findData(Service.HEALTH))
        dialog.to_whom.setText("Trạm y tế xã")
        rows = lambda: g(case_work.list_referrals, case_id)  # noqa: E731
        return Form(dialog, [(dialog.sent_on, d)], dialog.to_whom, dialog.add_referral,
                    lambda: bool(rows()), lambda: rows()[-1].sent_on, day(d))
    if name == "consent":
        dialog = ConsentDialog(session, worker, g(cases.get_case, case_id))
        show(qtbot, dialog)
        dialog.consenter.setText("Nguyễn Văn Bố")
        dialog.scope.setCurrentIndex(dialog.scope.findData(ConsentScope.SERVICES))
        rows = lambda: g(case_work.list_consents, case_id)  # noqa: E731
        return Form(dialog, [(dialog.given_on, d)], dialog.consenter, dialog.add_consent,
                    lambda: bool(rows()), lambda: rows()[-1].given_on, day(d))
    if name == "plan":
        dialog = PlanDialog(session, worker, g(cases.get_case, case_id))
        show(qtbot, dialog)
        dialog.approver.setText("UBND xã Kim Bài")
        approved = lambda: g(cases.get_case, case_id).plan_approved_on  # noqa: E731
        return Form(dialog, [(dialog.approved_on, d)], dialog.approver, dialog.save_plan,
                    lambda: approved() is not None, approved, day(d))
    if name == "pupil":
        dialog = PupilDialog(session, worker, class_name="3A", class_names=["3A"],
                             school_year="2024-2025")
        type_text(dialog.full_name, f"Học Sinh Thử {i}")
        return service_dialog(dialog, [(dialog.birth_date, BIRTHS[i])], dialog.full_name,
                              lambda: g(reg.get_pupil, dialog.result_value).birth_date,
                              day(BIRTHS[i]))
    pupil = some_pupil(qtbot, worker, session) if name in (
        "circumstance", "level", "review", "archive") else None
    if name == "circumstance":
        dialog = CircumstanceDialog(session, worker, pupil.id, TODAY)
        group = list(SpecialCircumstance)[i]
        dialog.group.setCurrentIndex(dialog.group.findData(group))
        return service_dialog(dialog, [(dialog.start_date, d)], dialog.notes, lambda: next(
            c.start_date for c in g(reg.get_pupil, pupil.id).circumstances
            if c.id == dialog.result_value), day(d))
    if name == "level":
        dialog = LevelDialog(session, worker, pupil.id, pupil.level, TODAY)
        others = [lv for lv in ProtectionLevel if lv != pupil.level]
        dialog.level.setCurrentIndex(dialog.level.findData(others[0]))
        reason = f"Thay đổi sau rà soát lần {i}."
        dialog.reason.setPlainText(reason)
        return service_dialog(dialog, [(dialog.since, d)], dialog.reason, lambda: next(
            x.since for x in g(reg.get_pupil, pupil.id).levels if x.reason == reason), day(d))
    if name == "review":
        dialog = ReviewDialog(session, worker, pupil.id, pupil.level, TODAY)
        dialog.situation.setPlainText("Ổn định.")
        next_review = f"1{i}/12/2024"  # the next review is planned: ahead is fine
        return service_dialog(
            dialog, [(dialog.review_date, d), (dialog.next_review, next_review)],
            dialog.situation, lambda: next(
                (r.review_date, r.next_review) for r in g(reg.get_pupil, pupil.id).reviews
                if r.id == dialog.result_value), (day(d), day(next_review)))
    if name == "archive":
        dialog = ArchiveDialog(session, worker, pupil, TODAY, "H. S.")
        dialog.status.setCurrentIndex(dialog.status.findData(PupilStatus.TRANSFERRED))
        messages.set_auto_answer(messages.Button.Yes)
        return service_dialog(dialog, [(dialog.left_on, d)], dialog.status,
                              lambda: g(reg.get_pupil, pupil.id).left_on, day(d))
    if name == "activity":
        staff = g(training.list_staff)
        dialog = ActivityDialog(session, worker, staff)
        dialog.title.setText("Tập huấn phòng chống xâm hại")
        dialog.topics.tick(Topic.LIFE_SKILLS)
        dialog.duration.hours.setValue(1)
        return service_dialog(dialog, [(dialog.held_on, d)], dialog.title,
                              lambda: g(training.get_activity, dialog.result_value).held_on,
                              day(d))
    if name == "leave":
        member = g(training.list_staff)[i]
        dialog = LeaveDialog(session, worker, member)
        return service_dialog(dialog, [(dialog.left_on, d)], dialog.ok_button, lambda: next(
            m.left_on for m in run(qtbot, worker, lambda: training.list_staff(
                session, include_left=True))
            if m.id == member.id), day(d))
    raise AssertionError(name)


DIALOGS = ("intake", "entry", "notification", "concern", "step", "referral", "consent", "task",
           "plan", "pupil", "circumstance", "level", "review", "archive", "activity", "leave")


@pytest.mark.parametrize("name", DIALOGS)
def test_typed_dates_are_stored_as_typed(qtbot, worker, sign_in, name) -> None:
    for i, mode in enumerate(MODES):
        form = form_for(name, qtbot, worker, sign_in, i)
        if form.widget.window() is form.widget:
            qtbot.addWidget(form.widget)
        for field, text in form.fields:
            enter(qtbot, field, text, mode, form.away)
        form.save()
        qtbot.waitUntil(form.done, timeout=TIMEOUT)
        assert form.stored() == form.expected, (name, mode)
        form.widget.close()


# -- what cannot be stored is said beside the field --------------------------------------------------


@pytest.mark.parametrize(("name", "text", "message"), [
    ("entry", "07:30 31/02/2024", "This day is not on the calendar. Check the day and the month."),
    ("notification", "25:10 01/10/2024",
     "This time does not exist: hours go from 0 to 23 and minutes from 0 to 59."),
    ("notification", "07:30 1/10",
     "Write the time and the date as HH:mm dd/mm/yyyy, for example 07:30 05/09/2024."),
    ("entry", "07:30 11/10/2024",
     "This time is later than now. Enter when it really happened (HH:mm dd/mm/yyyy)."),
    ("activity", "29/02/2025", "This day is not on the calendar. Check the day and the month."),
    ("circumstance", "32/01/2024", "This day is not on the calendar. Check the day and the month."),
    ("level", "11/10/2024", "This date is after today. Enter a date up to today (dd/mm/yyyy)."),
])
def test_what_cannot_be_stored_is_said_beside_the_field(qtbot, worker, sign_in, name, text,
                                                        message) -> None:
    from tests.gui.helpers import tr

    form = form_for(name, qtbot, worker, sign_in, 0)
    qtbot.addWidget(form.widget)
    field = form.fields[0][0]
    enter(qtbot, field, text, "tab", form.away)
    form.save()
    box = next(n for n, b in form.widget.boxes.items() if field in b.findChildren(TypedField)
               or b.editor is field)
    qtbot.waitUntil(lambda: bool(form.widget.field_error(box)), timeout=TIMEOUT)
    assert form.widget.field_error(box) == tr("Errors", message)
    assert form.widget.isVisible() and field.edit.text() == text  # nothing lost, nothing changed


def test_a_planned_activity_is_listed_as_planned(qtbot, worker, sign_in) -> None:
    from kimbai_desktop.gui.training.models import ActivityTableModel
    from tests.gui.helpers import tr

    form = form_for("activity", qtbot, worker, sign_in, 0)
    qtbot.addWidget(form.widget)
    enter(qtbot, form.fields[0][0], "15/11/2024", "ime", form.away)
    form.save()
    qtbot.waitUntil(form.done, timeout=TIMEOUT)
    session = form.widget.session
    info = run(qtbot, worker, training.get_activity, session, form.widget.result_value)
    assert info.held_on == date(2024, 11, 15) and info.planned
    model = ActivityTableModel()
    model.set_rows([info])
    assert model.index(0, 0).data() == f"15/11/2024 · {tr('TrainingTexts', 'Planned')}"
