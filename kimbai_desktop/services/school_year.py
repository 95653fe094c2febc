"""A new school year (năm học mới): classes move up (lên lớp), grade-5 pupils complete primary
school and are archived (never deleted), and the school profile moves to the new year."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.register import (
    PupilStatus,
    grade_of_class,
    next_school_year,
    promoted_class,
)
from kimbai_desktop.domain.text import name_sort_key, normalize_text
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Enrolment, Pupil, SchoolProfileRow


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class ClassMove:
    from_class: str
    to_class: str | None  # None: the class completes primary school and leaves
    pupils: int


@dataclass(frozen=True)
class PromotionPlan:
    from_year: str
    to_year: str
    moves: tuple[ClassMove, ...]


@dataclass(frozen=True)
class PromotionResult:
    promoted: int
    completed: int
    repeating: int
    to_year: str


def plan_promotion(session: AppSession) -> PromotionPlan:
    """The suggested moves from the current year: "3A" → "4A", grade 5 → leaves. Editable."""
    session.require(Permission.EDIT_SCHOOL_PROFILE)
    year = session.school_profile().school_year
    with session.db() as s:
        counts = Counter(s.scalars(
            select(Enrolment.class_name).join(Pupil, Pupil.id == Enrolment.pupil_id)
            .where(Enrolment.school_year == year, Pupil.status == PupilStatus.ACTIVE.value)))
    classes = sorted(counts, key=lambda c: (grade_of_class(c) or 9, name_sort_key(c)))
    moves = tuple(ClassMove(c, promoted_class(c) if grade_of_class(c) is not None else c,
                            counts[c]) for c in classes)
    return PromotionPlan(year, next_school_year(year), moves)


def apply_promotion(session: AppSession, plan: PromotionPlan, *, repeating: frozenset[int] = frozenset(),
                    completed_on: date | None = None) -> PromotionResult:
    """Carry out the plan in one transaction. ``repeating`` pupils (lưu ban) keep their class
    name in the new year. Pupils of a class whose ``to_class`` is None complete primary school."""
    session.require(Permission.EDIT_SCHOOL_PROFILE)
    current = session.school_profile().school_year
    if plan.from_year != current:
        raise ValidationError({"from_year": QT_TRANSLATE_NOOP(
            "Errors", "The plan was made for another school year. Open the new school year "
            "again.")})
    targets = {m.from_class: (normalize_text(m.to_class) if m.to_class else None) for m in plan.moves}
    if any(t == "" for t in targets.values()):
        raise ValidationError({"to_class": QT_TRANSLATE_NOOP(
            "Errors", "Give every class a new class name, or mark it as leaving.")})
    check_lengths({"to_class": (max((t for t in targets.values() if t), key=len, default=""),
                                limits.CLASS_NAME)})
    on = completed_on or session.clock.now().astimezone().date()
    promoted = completed = repeat = 0
    with session.write() as s:
        rows = s.execute(select(Pupil, Enrolment).join(Enrolment, Enrolment.pupil_id == Pupil.id)
                         .where(Enrolment.school_year == plan.from_year,
                                Pupil.status == PupilStatus.ACTIVE.value)).all()
        for pupil, enrolment in rows:
            if pupil.id in repeating:
                new_class: str | None = enrolment.class_name
                repeat += 1
            elif enrolment.class_name in targets:
                new_class = targets[enrolment.class_name]
            else:
                new_class = enrolment.class_name
            if new_class is None:
                pupil.status, pupil.left_on, pupil.next_review = (
                    PupilStatus.COMPLETED.value, on, None)
                completed += 1
                session.audit(AuditAction.CHANGE, "pupil", pupil.id, "status=completed", s=s)
                continue
            existing = s.scalars(select(Enrolment).where(
                Enrolment.pupil_id == pupil.id, Enrolment.school_year == plan.to_year)).first()
            if existing is None:
                s.add(Enrolment(pupil_id=pupil.id, school_year=plan.to_year,
                                class_name=new_class, grade=grade_of_class(new_class)))
            else:
                existing.class_name, existing.grade = new_class, grade_of_class(new_class)
            if pupil.id not in repeating:
                promoted += 1
        profile = s.get(SchoolProfileRow, 1)
        assert profile is not None
        profile.school_year = plan.to_year
        session.audit(AuditAction.SETTINGS_CHANGE, "school_profile", 1,
                      f"school_year={plan.to_year}", s=s)
    return PromotionResult(promoted, completed, repeat, plan.to_year)


def with_target(plan: PromotionPlan, from_class: str, to_class: str | None) -> PromotionPlan:
    """The plan with one class's destination changed (for the GUI's editable table)."""
    moves = tuple(replace(m, to_class=to_class) if m.from_class == from_class else m
                  for m in plan.moves)
    return replace(plan, moves=moves)
