"""The figures of the overview's charts (Tổng quan): de-identified counts only, never a name or a
record.

- **Cases** of the school year by status and by form of abuse. Those who manage cases count the
  cases they may see (:func:`kimbai_desktop.services.cases.visible_clause`); the report viewer
  (``VIEW_STATISTICS`` only) counts every case of the year, as the statistics sheet does.
- **Register**: the children in the register today (active pupils with a special circumstance,
  a risk, or a protection level above prevention) by group of Điều 10 and by protection level,
  and the periodic reviews overdue and due within the register's "due soon" window. The
  register is counted as it stands today, whatever school year is asked for.
- **Training**: the year's targets with their progress, from
  :func:`kimbai_desktop.services.training.targets_progress`.

Each section is ``None`` when the user may not see it. The counts are SQL aggregates (GROUP BY);
no record is loaded one by one, and looking at the figures is not audited (nothing identifies a
child or a case).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select

from kimbai_desktop.domain import when
from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.enums import AbuseForm, ProtectionLevel, Semester, SpecialCircumstance
from kimbai_desktop.domain.register import REVIEW_DUE_SOON_DAYS, PupilStatus
from kimbai_desktop.domain.school import parse_school_year
from kimbai_desktop.domain.training import TargetMetric
from kimbai_desktop.services import training
from kimbai_desktop.services.cases import visible_clause
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Case, Circumstance, Pupil

# Whoever holds one of these sees the overview's figures (each section checks its own).
DASHBOARD_PERMISSIONS = (
    Permission.MANAGE_CASES,
    Permission.VIEW_REGISTER,
    Permission.MANAGE_TRAINING,
    Permission.VIEW_STATISTICS,
)


@dataclass(frozen=True)
class CaseCounts:
    """The cases received in the school year. A case may have several forms of abuse, so the
    counts by form may add up to more than ``total``."""

    total: int
    by_status: tuple[tuple[CaseStatus, int], ...]  # every status, in declaration order
    by_form: tuple[tuple[AbuseForm, int], ...]  # every form, in declaration order
    all_cases: bool  # True: every case (viewer); False: the cases this user may see

    def status_count(self, status: CaseStatus) -> int:
        return dict(self.by_status)[status]

    def form_count(self, form: AbuseForm) -> int:
        return dict(self.by_form)[form]


@dataclass(frozen=True)
class RegisterCounts:
    """The register as it stands on ``on``. A child may belong to several groups."""

    on: date
    total: int  # children in the register
    at_risk: int  # of them, at risk of falling into a special circumstance
    by_group: tuple[tuple[SpecialCircumstance, int], ...]  # every group, letters a-o
    by_level: tuple[tuple[ProtectionLevel, int], ...]  # every level
    reviews_overdue: int  # periodic reviews past their date
    reviews_due_soon: int  # due today or within REVIEW_DUE_SOON_DAYS, not overdue

    @property
    def reviews_due(self) -> int:
        """Overdue or due soon: what the register's "review due" filter lists."""
        return self.reviews_overdue + self.reviews_due_soon

    def group_count(self, group: SpecialCircumstance) -> int:
        return dict(self.by_group)[group]

    def level_count(self, level: ProtectionLevel) -> int:
        return dict(self.by_level)[level]


@dataclass(frozen=True)
class TargetLine:
    """One target of the year and how far the recorded activities and attendance got."""

    id: int
    description: str
    metric: TargetMetric
    value: float  # per-semester targets: the weaker semester
    target: int
    percent: int  # 0-100, capped
    met: bool
    per_semester: bool = False
    # The period the value counts, named on the tile: the semester shown for a per-semester
    # target (the weaker of those begun, or the current one when they are equal), else None for
    # the whole school year. The training page's targets tab shows the same value on that row.
    semester: Semester | None = None

    @property
    def missing(self) -> float:
        """How much is left to reach the target (0 when met)."""
        return max(0.0, self.target - self.value)


@dataclass(frozen=True)
class Dashboard:
    school_year: str
    on: date  # today, school time
    cases: CaseCounts | None  # None: the user may not see case figures
    register: RegisterCounts | None
    targets: tuple[TargetLine, ...] | None

    @property
    def targets_met(self) -> int:
        return sum(1 for t in self.targets or () if t.met)


def may_see_dashboard(session: AppSession) -> bool:
    return any(session.can(p) for p in DASHBOARD_PERMISSIONS)


def school_today(session: AppSession) -> date:
    return when.school_today(session.clock.now())


def dashboard(session: AppSession, school_year: str = "") -> Dashboard:
    """The overview's figures for ``school_year`` (the current one by default).

    Raises PermissionDenied (audited) for a user with none of :data:`DASHBOARD_PERMISSIONS`;
    ``ValueError`` for a school year not written ``"2024-2025"``."""
    if not may_see_dashboard(session):
        session.require(Permission.VIEW_STATISTICS, "dashboard")
    year = school_year or session.school_profile().school_year
    if parse_school_year(year) is None:
        raise ValueError("school year must be written 2024-2025")
    on = school_today(session)
    statistics = session.can(Permission.VIEW_STATISTICS)
    cases = None
    if session.can(Permission.MANAGE_CASES) or statistics:
        cases = case_counts(session, year, all_cases=not session.can(Permission.MANAGE_CASES))
    register = None
    if session.can(Permission.VIEW_REGISTER) or statistics:
        register = register_counts(session, on)
    targets = None
    if session.can(Permission.MANAGE_TRAINING) or statistics:
        targets = tuple(
            TargetLine(t.id, t.description, t.metric, t.value, t.target_value, t.percent, t.met,
                       t.per_semester, shown_semester(t.by_semester))
            for t in training.targets_progress(session, year))
    return Dashboard(year, on, cases, register, targets)


def shown_semester(by_semester: tuple[tuple[Semester, float], ...]) -> Semester | None:
    """The semester whose value a per-semester target shows (its value is the minimum of the
    semesters begun): the weaker one; on a tie, the later (current) one."""
    if not by_semester:
        return None
    order = list(Semester)
    return min(by_semester, key=lambda sv: (sv[1], -order.index(sv[0])))[0]


def case_counts(session: AppSession, school_year: str, *, all_cases: bool) -> CaseCounts:
    """Counts of the year's cases by status and by form: one GROUP BY each. The forms are kept
    as a list per case, so they are grouped by the list and the few distinct lists split here."""
    where: list[Any] = [Case.school_year == school_year]
    if not all_cases:
        where.append(visible_clause(session))
    with session.db() as s:
        statuses = dict(s.execute(select(Case.status, func.count(Case.id)).where(*where)
                                  .group_by(Case.status)).all())
        lists = s.execute(select(Case.forms, func.count(Case.id)).where(*where)
                          .group_by(Case.forms)).all()
    forms: Counter[str] = Counter()
    for stored, n in lists:
        for form in dict.fromkeys(json.loads(stored)):
            forms[form] += int(n)
    return CaseCounts(
        total=sum(int(n) for n in statuses.values()),
        by_status=tuple((st, int(statuses.get(st.value, 0))) for st in CaseStatus),
        by_form=tuple((f, forms[f.value]) for f in AbuseForm),
        all_cases=all_cases)


def register_counts(session: AppSession, on: date) -> RegisterCounts:
    """The register on ``on``: the same children the statistics sheet counts."""
    active = and_(Circumstance.start_date <= on,
                  or_(Circumstance.end_date.is_(None), Circumstance.end_date >= on))
    enrolled = Pupil.status == PupilStatus.ACTIVE.value
    in_register = and_(enrolled, or_(
        Pupil.at_risk.is_(True), Pupil.current_level != ProtectionLevel.PREVENTION.value,
        exists().where(Circumstance.pupil_id == Pupil.id, active)))
    soon = on + timedelta(days=REVIEW_DUE_SOON_DAYS)
    with session.db() as s:
        levels = dict(s.execute(select(Pupil.current_level, func.count(Pupil.id))
                                .where(in_register).group_by(Pupil.current_level)).all())
        groups = dict(s.execute(
            select(Circumstance.group, func.count(func.distinct(Circumstance.pupil_id)))
            .join(Pupil, Pupil.id == Circumstance.pupil_id).where(enrolled, active)
            .group_by(Circumstance.group)).all())
        at_risk, overdue, due_soon = s.execute(select(
            func.count(Pupil.id).filter(Pupil.at_risk.is_(True)),
            func.count(Pupil.id).filter(Pupil.next_review < on),
            func.count(Pupil.id).filter(Pupil.next_review >= on, Pupil.next_review <= soon),
        ).where(enrolled)).one()
    return RegisterCounts(
        on=on, total=sum(int(n) for n in levels.values()), at_risk=int(at_risk or 0),
        by_group=tuple((g, int(groups.get(g.value, 0))) for g in SpecialCircumstance),
        by_level=tuple((lv, int(levels.get(lv.value, 0))) for lv in ProtectionLevel),
        reviews_overdue=int(overdue or 0), reviews_due_soon=int(due_soon or 0))
