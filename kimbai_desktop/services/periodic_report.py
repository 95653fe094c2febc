"""Figures for the reports made for a period — the periodic report (c), the training summary
and attendance sheet (e) and the statistics sheet (h) — and the period itself: a semester of
the school year, the whole year, or chosen dates.

Case counts cover every case received in the period whoever asks (they hold no names, as on
the statistics sheet); training figures come through the training service; the register is
counted as on the report's day. The callers (:mod:`kimbai_desktop.services.documents`) check
the permission first.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select

from kimbai_desktop.domain.cases import CaseStatus, Place
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.enums import (
    AbuseForm,
    ProcedureStep,
    ProtectionLevel,
    Semester,
    Sex,
    SpecialCircumstance,
)
from kimbai_desktop.domain.formatting import school_year_of
from kimbai_desktop.domain.register import PupilStatus, ReviewDecision
from kimbai_desktop.domain.training import (
    ActivityKind,
    Audience,
    TargetMetric,
    progress_percent,
    school_year_bounds,
    semester_start,
)
from kimbai_desktop.reports import attendance, periodic
from kimbai_desktop.reports import training_summary as ts
from kimbai_desktop.reports.document import DocumentType
from kimbai_desktop.reports.statistics import Statistics
from kimbai_desktop.reports.text import doc_date
from kimbai_desktop.services import audit_log, overview, training
from kimbai_desktop.services.agencies import load_agencies
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import (
    Case,
    CaseChild,
    CaseStep,
    Circumstance,
    Enrolment,
    OutgoingDocument,
    Pupil,
    Review,
)

ROMAN = {Semester.FIRST: "I", Semester.SECOND: "II"}
ARABIC = {Semester.FIRST: 1, Semester.SECOND: 2}
STAFF_KINDS = (ActivityKind.STAFF_TRAINING, ActivityKind.POSITIVE_DISCIPLINE)


# -- the period --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    school_year: str
    label: str  # "học kỳ I năm học 2024-2025", "năm học 2024-2025", "từ ngày ... đến ngày ..."
    slug: str  # for file names: "2024-2025-HK1", "2024-2025", "2024-09-01-2024-11-30"
    whole_year: bool = False
    semester: Semester | None = None


def semester_bounds(school_year: str, semester: Semester) -> tuple[date, date]:
    """Học kỳ I from the start of the school year (1 August) to 31 January, Học kỳ II from
    1 February to the end (31 July), as :func:`kimbai_desktop.domain.training.semester_of`."""
    start, end = school_year_bounds(school_year)
    if semester == Semester.FIRST:
        return start, date(start.year + 1, 1, 31)
    return date(start.year + 1, 2, 1), end


def report_period(school_year: str, semester: Semester | None = None,
                  first: date | None = None, last: date | None = None) -> Period:
    """A semester of ``school_year``; else the chosen dates (either may be open); else the
    whole school year."""
    if semester is not None:
        a, b = semester_bounds(school_year, semester)
        return Period(a, b, school_year, f"học kỳ {ROMAN[semester]} năm học {school_year}",
                      f"{school_year}-HK{ARABIC[semester]}", semester=semester)
    if first is None and last is None:
        a, b = school_year_bounds(school_year)
        return Period(a, b, school_year, f"năm học {school_year}", school_year, whole_year=True)
    a = first or date(2000, 1, 1)
    b = last or school_year_bounds(school_year)[1]
    return Period(a, b, school_year_of(b), f"từ ngày {doc_date(a)} đến ngày {doc_date(b)}",
                  f"{a.isoformat()}-{b.isoformat()}")


def next_term(period: Period) -> str:
    return "năm học tới" if period.whole_year or period.semester == Semester.SECOND \
        else "học kỳ tới" if period.semester else "thời gian tới"


def _utc_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """[first 00:00, last+1 00:00) school time, as the naive UTC the database stores."""
    return tuple(  # type: ignore[return-value]
        datetime.combine(d, time.min, SCHOOL_TZ).astimezone(UTC).replace(tzinfo=None)
        for d in (first, last + timedelta(days=1)))


def _case_filter(period: Period) -> Any:
    if period.whole_year:
        return Case.school_year == period.school_year
    start, end = _utc_bounds(period.first, period.last)
    return and_(Case.received_at >= start, Case.received_at < end)


def _in_register(on: date) -> tuple[Any, Any, Any]:
    """(active circumstance on ``on``, enrolled, in the register) conditions."""
    active = and_(Circumstance.start_date <= on,
                  or_(Circumstance.end_date.is_(None), Circumstance.end_date >= on))
    enrolled = Pupil.status == PupilStatus.ACTIVE.value
    in_register = and_(enrolled, or_(
        Pupil.at_risk.is_(True), Pupil.current_level != ProtectionLevel.PREVENTION.value,
        exists().where(Circumstance.pupil_id == Pupil.id, active)))
    return active, enrolled, in_register


# -- cases and the register ----------------------------------------------------------------------


def case_statistics(session: AppSession, period: Period, on: date) -> Statistics:
    """Cases received in the period by form, sex, grade, place and status; the register on
    ``on`` by group and protection level. Counts only."""
    active, enrolled, in_register = _in_register(on)
    with session.db() as s:
        rows = s.execute(select(Case.id, Case.forms, Case.place, Case.status, Case.school_year)
                         .where(_case_filter(period))).all()
        year_of = {row[0]: row[4] for row in rows}
        kids = s.execute(select(CaseChild.case_id, CaseChild.pupil_id, CaseChild.sex).where(
            CaseChild.case_id.in_(list(year_of)))).all() if rows else []
        grades = {(e.pupil_id, e.school_year): e.grade for e in s.scalars(select(Enrolment).where(
            Enrolment.pupil_id.in_({k[1] for k in kids if k[1]})))}
        levels = dict(s.execute(select(Pupil.current_level, func.count()).where(in_register)
                                .group_by(Pupil.current_level)).all())
        groups = dict(s.execute(
            select(Circumstance.group, func.count(func.distinct(Circumstance.pupil_id)))
            .join(Pupil, Pupil.id == Circumstance.pupil_id).where(enrolled, active)
            .group_by(Circumstance.group)).all())
        at_risk = s.scalar(select(func.count()).where(enrolled, Pupil.at_risk.is_(True)))
    forms = Counter(f for row in rows for f in dict.fromkeys(json.loads(row[1])))
    sexes = Counter(k[2] for k in kids)
    by_grade = Counter(grades.get((k[1] or 0, year_of[k[0]])) for k in kids)
    other_grade = "Không phải học sinh của trường hoặc chưa xếp lớp"
    return Statistics(
        period=period.label, on=on, cases=len(rows), children=len(kids),
        by_form=tuple((f.vi, forms[f.value]) for f in AbuseForm),
        by_sex=tuple(("Không xác định" if x == Sex.UNKNOWN else x.vi, sexes[x.value])
                     for x in Sex),
        by_grade=tuple((f"Khối {g}", by_grade[g]) for g in range(1, 6)) + (
            (other_grade, sum(n for g, n in by_grade.items() if g not in range(1, 6))),),
        by_place=tuple((x.vi, sum(1 for row in rows if row[2] == x.value)) for x in Place),
        by_status=tuple((x.vi, sum(1 for row in rows if row[3] == x.value))
                        for x in CaseStatus),
        register_total=sum(levels.values()), at_risk=int(at_risk or 0),
        by_group=tuple((g.legal_label, groups.get(g.value, 0)) for g in SpecialCircumstance),
        by_level=tuple((x.vi, levels.get(x.value, 0)) for x in ProtectionLevel))


TIMELY = ((ProcedureStep.REPORTED, "Thông báo ngay trong ngày tiếp nhận"),
          (ProcedureStep.RESULT_REPORT, "Báo cáo kết quả bằng văn bản trong 03 ngày"))


def case_timeliness(session: AppSession, period: Period) -> tuple[periodic.Timeliness, ...]:
    """For the cases received in the period: was each reported the same day, and was the
    written result report made within 3 days of discovery (the overview's deadline rules and
    the steps' done times)?"""
    now = session.clock.now()
    cal = overview.calendar(session)
    tally = {step: Counter[str]() for step, _ in TIMELY}
    with session.db() as s:
        cases = list(s.scalars(select(Case).where(_case_filter(period))))
        done: dict[int, dict[str, datetime]] = {}
        for st in s.scalars(select(CaseStep).where(
                CaseStep.case_id.in_([c.id for c in cases]),
                CaseStep.step.in_([step.value for step in tally]))):
            done.setdefault(st.case_id, {})[st.step] = st.done_at
        for case in cases:
            steps = done.get(case.id, {})
            for rule, due, is_done in overview.case_deadlines(case, steps, cal):
                if rule.step not in tally:
                    continue
                if is_done:
                    at = steps[rule.step.value].replace(tzinfo=UTC)
                    tally[rule.step]["on_time" if at <= due else "late"] += 1
                else:
                    tally[rule.step]["overdue" if now > due else "pending"] += 1
    return tuple(periodic.Timeliness(what, tally[step]["on_time"], tally[step]["late"],
                                     tally[step]["overdue"], tally[step]["pending"])
                 for step, what in TIMELY)


def review_figures(session: AppSession, period: Period, on: date) -> periodic.ReviewFigures:
    last = min(period.last, on)
    _active, _enrolled, in_register = _in_register(on)
    with session.db() as s:
        rows = s.execute(select(Review.pupil_id, Review.decision).where(
            Review.review_date >= period.first, Review.review_date <= last)).all()
        new = s.scalar(select(func.count(Pupil.id)).where(
            Pupil.registered_on >= period.first, Pupil.registered_on <= last))
        overdue = s.scalar(select(func.count(Pupil.id)).where(
            in_register, Pupil.next_review.is_not(None), Pupil.next_review < on))
    decisions = Counter(d for _, d in rows)
    return periodic.ReviewFigures(
        len(rows), len({p for p, _ in rows}),
        tuple((d.vi, decisions[d.value]) for d in ReviewDecision), int(new or 0),
        int(overdue or 0))


def documents_issued(session: AppSession, period: Period) -> tuple[tuple[str, int], ...]:
    with session.db() as s:
        counts = dict(s.execute(select(OutgoingDocument.doc_type, func.count()).where(
            OutgoingDocument.issued_on >= period.first, OutgoingDocument.issued_on <= period.last,
            OutgoingDocument.voided.is_(False)).group_by(OutgoingDocument.doc_type))
            .all())
    return tuple((t.vi, int(counts.get(t.value, 0))) for t in DocumentType)


# -- training ------------------------------------------------------------------------------------


def activities_between(session: AppSession, first: date, last: date) -> list[training.ActivityInfo]:
    """Activities held from ``first`` to ``last``, oldest first, over the school years they span."""
    years = {school_year_of(first), school_year_of(last)}
    out = [a for y in sorted(years) for a in training.list_activities(session, y)
           if first <= a.held_on <= last]
    return sorted(out, key=lambda a: (a.held_on, a.id))


def _measure(t: training.TargetProgress, acts: list[training.ActivityInfo],
             pool: set[int]) -> float:
    """A target's value over ``acts``, measured as :func:`training.targets_progress` does."""
    chosen = [a for a in acts if (t.kind is None or a.kind == t.kind)
              and (t.topic is None or t.topic in a.topics)]
    if t.metric == TargetMetric.SESSIONS:
        return float(len(chosen))
    if t.metric == TargetMetric.PARTICIPANTS:
        return float(sum(c.total for a in chosen for c in a.audiences
                         if t.audience is None or c.audience == t.audience))
    trained = {i for a in acts if t.topic in a.topics for i in a.staff_ids if i in pool}
    return round(100.0 * len(trained) / len(pool), 1) if pool else 0.0


def _target_line(t: training.TargetProgress, acts: list[training.ActivityInfo], pool: set[int],
                 period: Period, until: date) -> ts.TargetLine:
    detail = ""
    if not t.per_semester:
        value = _measure(t, acts, pool)
    elif period.semester is not None:
        value = _measure(t, [a for a in acts if a.semester == period.semester], pool)
    else:
        # A per-semester target over the whole year: the weakest semester that has begun (a
        # semester not yet begun is not a shortfall).
        begun = [sem for sem in Semester if semester_start(period.school_year, sem) <= until]
        each = [(sem, _measure(t, [a for a in acts if a.semester == sem], pool))
                for sem in begun]
        value = min((v for _, v in each), default=0.0)
        detail = "; ".join([f"{ts.SEMESTER_SHORT[sem]}: {ts.number(v)}" for sem, v in each]
                           + [f"{ts.SEMESTER_SHORT[sem]}: chưa bắt đầu" for sem in Semester
                              if sem not in begun])
    return ts.TargetLine(t.description, t.metric, t.target_value, value,
                         progress_percent(value, t.target_value), value >= t.target_value,
                         t.per_semester, detail)


def training_figures(session: AppSession, period: Period, today: date) -> ts.TrainingFigures:
    """Activities of the period, participants by audience and sex, staff training, and the
    school year's targets counted up to the end of the period (or today, if sooner)."""
    until = min(period.last, today)
    acts = activities_between(session, period.first, until)
    pool = {m.id for m in training.list_staff(session)}
    totals: dict[Audience, list[int]] = {a: [0, 0, 0] for a in Audience}
    for a in acts:
        for c in a.audiences:
            for i, n in enumerate((c.male, c.female, c.unknown)):
                totals[c.audience][i] += n
    staff_acts = [a for a in acts if a.staff_ids or a.kind in STAFF_KINDS]
    trained = {i for a in staff_acts for i in a.staff_ids if i in pool}
    person_hours = sum(a.duration_minutes * len(a.staff_ids) for a in staff_acts) / 60.0
    session_hours = sum(a.duration_minutes for a in staff_acts) / 60.0
    start = school_year_bounds(period.school_year)[0]
    year_acts = [a for a in training.list_activities(session, period.school_year)
                 if start <= a.held_on <= until]
    targets = tuple(_target_line(t, year_acts, pool, period, until)
                    for t in training.targets_progress(session, period.school_year))
    lines = tuple(ts.ActivityLine(
        a.held_on, a.title, a.kind_label, a.topics,
        tuple(ts.AudienceLine(c.audience, c.male, c.female, c.unknown) for c in a.audiences),
        a.duration_minutes) for a in acts)
    return ts.TrainingFigures(
        period.label, period.school_year, lines,
        tuple(ts.AudienceLine(a, *totals[a]) for a in Audience), len(staff_acts), len(pool),
        len(trained), round(person_hours, 1), round(session_hours, 1), targets, until)


def attendance_sheet(session: AppSession, activity_id: int) -> attendance.AttendanceSheet:
    """The activity and, for a staff activity, the active staff to sign (name order)."""
    a = training.get_activity(session, activity_id)
    for_staff = bool(a.kind in STAFF_KINDS or a.staff_ids
                     or any(c.audience == Audience.STAFF for c in a.audiences))
    people = tuple((m.full_name, m.position or m.category.vi)
                   for m in training.list_staff(session)) if for_staff else ()
    return attendance.AttendanceSheet(a.title, a.kind_label, a.held_on, a.duration_minutes,
                                      a.place, a.facilitators, for_staff, people, a.participants)


# -- the periodic report ---------------------------------------------------------------------------


def periodic_figures(session: AppSession, period: Period, on: date) -> periodic.PeriodicFigures:
    """Everything the periodic report shows, gathered in one go (on the worker)."""
    count, head = audit_log.chain_head(session)
    return periodic.PeriodicFigures(
        period=period.label, school_year=period.school_year, next_term=next_term(period),
        year_end=period.whole_year or period.semester == Semester.SECOND,
        stats=case_statistics(session, period, on),
        timeliness=case_timeliness(session, period),
        reviews=review_figures(session, period, on),
        training=training_figures(session, period, on),
        documents=documents_issued(session, period), audit_count=count, audit_head=head,
        agencies=load_agencies(session))
