"""The overview (Tổng quan): what must be done today — procedure deadlines of open cases, the
school's plan tasks, register reviews — each with its state (overdue, due today, due soon), and
what the school is waiting for from another body (the commune's plan), with a reminder to follow
up once that body's deadline has passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.cases import CaseStatus, TaskStatus
from kimbai_desktop.domain.deadlines import (
    DEFAULT_RULES,
    END_OF_DAY,
    SCHOOL_TZ,
    Anchor,
    DeadlineRule,
    DeadlineState,
    Owner,
    WorkingCalendar,
    deadline_state,
    due_at,
    needs_follow_up,
)
from kimbai_desktop.domain.enums import ProcedureStep
from kimbai_desktop.services.cases import aware, visible_clause
from kimbai_desktop.services.preferences import deadline_rules, load_preferences, working_calendar
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Case, CaseStep, PlanTask

TARGET_SOON_DAYS = 14  # a target takes more than a week to reach: warn two weeks ahead


@dataclass(frozen=True)
class DueItem:
    # "step" | "task" | "review" | "inspection" (an inspection's follow-up action) | "safety"
    # (the year's check of the safe school environment) | "receipt" (a handover's receipt,
    # services/handover.py)
    kind: str
    record_id: int  # case id, pupil id for a review, inspection id for its action (else 0)
    label: str  # case code, or the pupil's name for a review
    what: str  # the step's label, the task's title, "Rà soát"
    due: datetime
    state: DeadlineState
    step: ProcedureStep | None = None
    owner: Owner = Owner.SCHOOL  # another body's deadline is WAITING, never OVERDUE
    follow_up: bool = False  # that body's deadline has passed: call them

    @property
    def waiting(self) -> bool:
        return self.state == DeadlineState.WAITING


@dataclass(frozen=True)
class Overview:
    items: tuple[DueItem, ...]  # not done, most urgent first
    open_cases: int
    new_concerns: int

    def count(self, state: DeadlineState) -> int:
        return sum(1 for i in self.items if i.state == state)


def calendar(session: AppSession) -> WorkingCalendar:
    return working_calendar(load_preferences(session))


def rules(session: AppSession) -> tuple[DeadlineRule, ...]:
    return deadline_rules(load_preferences(session))


def case_deadlines(case: Case, done: dict[str, datetime], cal: WorkingCalendar,
                   rules: tuple[DeadlineRule, ...] = DEFAULT_RULES) -> list[tuple[DeadlineRule, datetime, bool]]:
    """(rule, due, done) for one case, from the rules that apply to it."""
    anchors: dict[Anchor, datetime] = {
        Anchor.RECEIVED: aware(case.received_at).astimezone(SCHOOL_TZ),
        Anchor.DISCOVERED: aware(case.discovered_at).astimezone(SCHOOL_TZ)}
    if case.plan_approved_on is not None:
        anchors[Anchor.PLAN_APPROVED] = datetime.combine(case.plan_approved_on, time(12),
                                                         SCHOOL_TZ)
    out = []
    for rule in rules:
        if rule.urgent_only and not case.urgent:
            continue
        anchor = anchors.get(rule.anchor)
        if anchor is None:
            continue
        out.append((rule, due_at(rule, anchor, cal), rule.step.value in done))
    return out


def build_overview(session: AppSession, *, include_done: bool = False) -> Overview:
    """Everything due for the cases and pupils this user may see."""
    now = session.clock.now()
    items: list[DueItem] = []
    open_cases = new_concerns = 0
    if session.can(Permission.MANAGE_CASES):
        cal, case_rules = calendar(session), rules(session)
        with session.db() as s:
            cases = list(s.scalars(select(Case).where(
                visible_clause(session), Case.status == CaseStatus.OPEN.value)))
            open_cases = len(cases)
            new_concerns = sum(1 for c in cases if c.alert_pending)
            steps: dict[int, dict[str, datetime]] = {}
            for st in s.scalars(select(CaseStep).where(
                    CaseStep.case_id.in_([c.id for c in cases]))):
                steps.setdefault(st.case_id, {})[st.step] = st.done_at
            tasks = list(s.scalars(select(PlanTask).where(
                PlanTask.case_id.in_([c.id for c in cases]), PlanTask.due.is_not(None))))
        codes = {c.id: c.code for c in cases}
        for case in cases:
            for rule, due, done in case_deadlines(case, steps.get(case.id, {}), cal, case_rules):
                if done and not include_done:
                    continue
                items.append(_step_item(case, rule, due, done, now))
        for task in tasks:
            done = task.status in (TaskStatus.DONE.value, TaskStatus.CANCELLED.value)
            if done and not include_done:
                continue
            assert task.due is not None
            due = _end_of_day(task.due)
            items.append(DueItem("task", task.case_id, codes[task.case_id], task.title, due,
                                 deadline_state(due, done, now)))
    if session.can(Permission.VIEW_REGISTER):
        from kimbai_desktop.services.register import PupilQuery, list_pupils

        for pupil in list_pupils(session, PupilQuery(review="due"), limit=500):
            assert pupil.next_review is not None
            due = _end_of_day(pupil.next_review)
            items.append(DueItem("review", pupil.id, pupil.full_name, "Rà soát định kỳ", due,
                                 deadline_state(due, False, now)))
    if session.can(Permission.MANAGE_TRAINING):
        items += _plan_items(session, now)
    if session.can(Permission.MANAGE_CASES):
        from kimbai_desktop.services.handover import overdue_receipts

        for r in overdue_receipts(session):  # a handover's receipt not back in time
            assert r.receipt_due is not None
            items.append(DueItem("receipt", r.id, r.pupil_name,
                                 "Nhận lại giấy biên nhận hồ sơ chuyển trường",
                                 _end_of_day(r.receipt_due), DeadlineState.OVERDUE))
    order = {DeadlineState.OVERDUE: 0, DeadlineState.DUE_TODAY: 1, DeadlineState.DUE_SOON: 2,
             DeadlineState.WAITING: 3, DeadlineState.UPCOMING: 4, DeadlineState.DONE: 5}
    items.sort(key=lambda i: (order[i.state], i.due))
    return Overview(tuple(items), open_cases, new_concerns)


def _plan_items(session: AppSession, now: datetime) -> list[DueItem]:
    """The school plan's own deadlines: follow-up actions of inspections (due within a week or
    overdue), labelled with their owner; the year's targets not met by their due date (due
    within two weeks, or overdue); the reports due to the superior body and not sent (within two
    weeks, or overdue); this school year's check of the safe environment while it is not done."""
    from kimbai_desktop.services import report_calendar
    from kimbai_desktop.services.inspections import open_actions
    from kimbai_desktop.services.safety import year_status
    from kimbai_desktop.services.training import targets_progress

    items = []
    for action in open_actions(session):
        if action.due is None:
            continue
        due = _end_of_day(action.due)
        state = deadline_state(due, False, now)
        if state in (DeadlineState.OVERDUE, DeadlineState.DUE_TODAY, DeadlineState.DUE_SOON):
            items.append(DueItem("inspection", action.inspection_id, action.owner,
                                 action.action, due, state))
    for target in targets_progress(session):
        if target.met or target.due is None:
            continue
        due = _end_of_day(target.due)
        state = deadline_state(due, False, now, soon_days=TARGET_SOON_DAYS)
        if state in (DeadlineState.OVERDUE, DeadlineState.DUE_TODAY, DeadlineState.DUE_SOON):
            items.append(DueItem("target", target.id, target.owner, target.description, due,
                                 state))
    for report in report_calendar.pending(session):
        due = _end_of_day(report.due)
        state = deadline_state(due, False, now, soon_days=report_calendar.SOON_DAYS)
        if state in (DeadlineState.OVERDUE, DeadlineState.DUE_TODAY, DeadlineState.DUE_SOON):
            items.append(DueItem("report", report.id, report.recipient, report.title, due,
                                 state))
    safety = year_status(session)
    if safety is not None and not safety.done:
        due = _end_of_day(safety.due)
        items.append(DueItem("safety", 0, safety.school_year,
                             f"Kiểm tra môi trường giáo dục an toàn năm học {safety.school_year}",
                             due, deadline_state(due, False, now)))
    return items


def _step_item(case: Case, rule: DeadlineRule, due: datetime, done: bool,
               now: datetime) -> DueItem:
    return DueItem("step", case.id, case.code, rule.step.vi, due,
                   deadline_state(due, done, now, owner=rule.owner), rule.step, rule.owner,
                   needs_follow_up(due, done, now, rule.owner))


def _end_of_day(d: date) -> datetime:
    """A date-only deadline ends at the end of that day, school time."""
    return datetime.combine(d, END_OF_DAY, SCHOOL_TZ)


def deadlines_of_case(session: AppSession, case_id: int) -> list[DueItem]:
    """The procedure deadlines of one case, done or not, for its status bar, in the order they
    fall due."""
    from kimbai_desktop.services.cases import _load_visible, require_case_manager

    require_case_manager(session, case_id)
    now = session.clock.now()
    cal, case_rules = calendar(session), rules(session)
    with session.db() as s:
        case = _load_visible(s, session, case_id)
        done = {st.step: st.done_at for st in s.scalars(
            select(CaseStep).where(CaseStep.case_id == case_id))}
        closed = case.status == CaseStatus.CLOSED.value
        return sorted((_step_item(case, rule, due, is_done or closed, now)
                       for rule, due, is_done in case_deadlines(case, done, cal, case_rules)),
                      key=lambda i: i.due)
