"""The register of pupils (sổ theo dõi trẻ em): pupils, classes, guardians, special circumstances,
risk, protection levels and periodic reviews. Lists are filtered, sorted and paged in SQL; every
view and change is audited (without contents)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    exists,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.enums import ProtectionLevel, RiskLevel, Sex, SpecialCircumstance
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.register import (
    GuardianRelation,
    PupilStatus,
    ReviewCriterion,
    ReviewDecision,
    ReviewSchedule,
    grade_of_class,
    review_state,
)
from kimbai_desktop.domain.text import (
    NameOrder,
    fold,
    name_sort_key,
    normalize_multiline,
    normalize_text,
)
from kimbai_desktop.domain.when import FUTURE_DATE, check_not_future, school_today
from kimbai_desktop.services.preferences import load_name_order, load_preferences
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import audit
from kimbai_desktop.storage.models import (
    Account,
    Circumstance,
    Enrolment,
    Guardian,
    LevelChange,
    Pupil,
    Review,
)
from kimbai_desktop.storage.search import (
    LEVELS,
    SearchTerms,
    count_matches,
    matching_pupil_ids,
    rank_expression,
    search_terms,
    word_start_like,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NO_SUCH_PUPIL = QT_TRANSLATE_NOOP("Errors", "This pupil is not in the register (any more).")
CODE_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "Another pupil already has this identifier (mã định danh). Check the number.")
RECORD = "pupil"


# -- plain data in and out ---------------------------------------------------------------------


@dataclass(frozen=True)
class GuardianInfo:
    full_name: str
    relation: GuardianRelation
    phone: str = ""


@dataclass(frozen=True)
class PupilInput:
    full_name: str
    sex: Sex
    class_name: str = ""  # class in the current school year
    student_code: str = ""  # mã định danh
    birth_date: date | None = None
    estimated_age: int | None = None
    ethnicity: str = ""
    address: str = ""
    notes: str = ""
    guardians: tuple[GuardianInfo, ...] = ()


@dataclass(frozen=True)
class PupilRow:
    id: int
    student_code: str
    full_name: str
    birth_date: date | None
    sex: Sex
    class_name: str
    level: ProtectionLevel
    groups: tuple[SpecialCircumstance, ...]
    at_risk: bool
    next_review: date | None
    review_state: str  # overdue / due_soon / scheduled / none
    status: PupilStatus
    # Where this row sits in its list's order: pass the last row as ``after`` for the next page
    # (keyset paging: a deep page costs what the first does). Opaque to the window.
    cursor: tuple[Any, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class CircumstanceInfo:
    id: int
    group: SpecialCircumstance
    subtype: str | None
    start_date: date
    end_date: date | None
    notes: str


@dataclass(frozen=True)
class LevelChangeInfo:
    level: ProtectionLevel
    since: date
    reason: str
    case_ref: str
    changed_by: str
    changed_at: Any


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    review_date: date
    situation: str
    ratings: dict[ReviewCriterion, RiskLevel]
    decision: ReviewDecision
    next_review: date | None
    reviewer: str


@dataclass(frozen=True)
class PupilDetail:
    id: int
    student_code: str
    full_name: str
    birth_date: date | None
    estimated_age: int | None
    sex: Sex
    ethnicity: str
    address: str
    notes: str
    status: PupilStatus
    left_on: date | None
    at_risk: bool
    risk_factors: str
    level: ProtectionLevel
    next_review: date | None
    review_state: str
    classes: tuple[tuple[str, str], ...]  # (school year, class), newest first
    guardians: tuple[GuardianInfo, ...]
    circumstances: tuple[CircumstanceInfo, ...]
    levels: tuple[LevelChangeInfo, ...]  # newest first
    reviews: tuple[ReviewInfo, ...]  # newest first


@dataclass(frozen=True)
class PupilQuery:
    text: str = ""  # searched without accents or case, in name and identifier
    class_name: str = ""
    group: SpecialCircumstance | None = None
    level: ProtectionLevel | None = None
    review: str = ""  # "overdue" | "due" (overdue or due soon) | ""
    status: PupilStatus | None = PupilStatus.ACTIVE
    in_register_only: bool = False  # only children with a group, a risk or a level above prevention
    school_year: str = ""  # default: the school profile's current year
    sort: str = "name"  # name | class | birth_date | next_review | level
    descending: bool = False


@dataclass(frozen=True)
class ReviewInput:
    review_date: date
    decision: ReviewDecision
    ratings: dict[ReviewCriterion, RiskLevel] = field(default_factory=dict)
    situation: str = ""
    next_review: date | None = None  # default from the review schedule
    new_level: ProtectionLevel | None = None  # with RAISE_LEVEL / LOWER_LEVEL


# -- helpers ---------------------------------------------------------------------------------------


def current_year(session: AppSession) -> str:
    return session.school_profile().school_year


def schedule(session: AppSession) -> ReviewSchedule:
    prefs = load_preferences(session)
    return ReviewSchedule(prefs.review_interval_days, prefs.first_review_days)


def today(session: AppSession) -> date:
    """Today at the school (not in the computer's own time zone)."""
    return school_today(session.clock.now())


def _search_text(full_name: str, code: str) -> str:
    return f"{fold(full_name)} {fold(code)}".strip()


def _active_circumstance(on: date) -> Any:
    return and_(Circumstance.start_date <= on,
                or_(Circumstance.end_date.is_(None), Circumstance.end_date >= on))


def _in_register(pupil: Pupil, s: Session, on: date) -> bool:
    if pupil.at_risk or pupil.current_level != ProtectionLevel.PREVENTION.value:
        return True
    return bool(s.scalar(select(exists().where(
        Circumstance.pupil_id == pupil.id, _active_circumstance(on)))))


def _refresh_review_due(pupil: Pupil, s: Session, sched: ReviewSchedule, on: date) -> None:
    """Keep ``registered_on`` and ``next_review`` in step with the child's situation."""
    if pupil.status != PupilStatus.ACTIVE.value or not _in_register(pupil, s, on):
        pupil.next_review = None
        return
    if pupil.registered_on is None:
        pupil.registered_on = on
    last = s.scalars(select(Review).where(Review.pupil_id == pupil.id)
                     .order_by(Review.review_date.desc(), Review.id.desc()).limit(1)).first()
    if last is not None and last.decision == ReviewDecision.CLOSE.value and not pupil.at_risk:
        pupil.next_review = None
    elif last is not None:
        pupil.next_review = last.next_review or sched.next_after(last.review_date)
    else:
        pupil.next_review = sched.first_due(pupil.registered_on)


def _validate(data: PupilInput, on: date, previous: dict[str, str] | None = None) -> PupilInput:
    """``data`` normalised and checked; ``previous`` holds the stored texts of an update (an
    unchanged text over today's limits stays as it is)."""
    errors: dict[str, str] = {}
    name = normalize_text(data.full_name)
    if not name:
        errors["full_name"] = QT_TRANSLATE_NOOP("Errors", "Enter the pupil's full name.")
    code = normalize_text(data.student_code).replace(" ", "")
    if data.birth_date is not None and data.birth_date > on:
        errors["birth_date"] = FUTURE_DATE
    elif data.birth_date is not None and data.birth_date < date(on.year - 25, 1, 1):
        errors["birth_date"] = QT_TRANSLATE_NOOP(
            "Errors", "The date of birth is not plausible for a pupil. Check the year.")
    if data.estimated_age is not None and not 2 <= data.estimated_age <= 18:
        errors["estimated_age"] = QT_TRANSLATE_NOOP("Errors", "Enter an age from 2 to 18.")
    class_name = normalize_text(data.class_name)
    for g in data.guardians:
        if not normalize_text(g.full_name):
            errors["guardians"] = QT_TRANSLATE_NOOP("Errors", "Each parent or guardian needs a name.")
    clean = PupilInput(
        full_name=name, sex=data.sex, class_name=class_name, student_code=code,
        birth_date=data.birth_date, estimated_age=None if data.birth_date else data.estimated_age,
        ethnicity=normalize_text(data.ethnicity), address=normalize_text(data.address),
        notes=normalize_multiline(data.notes),
        guardians=tuple(GuardianInfo(normalize_text(g.full_name), g.relation,
                                     normalize_text(g.phone)) for g in data.guardians),
    )
    check_lengths({
        "full_name": (name, limits.NAME), "student_code": (code, limits.STUDENT_CODE),
        "class_name": (class_name, limits.CLASS_NAME),
        "ethnicity": (clean.ethnicity, limits.WORD), "address": (clean.address, limits.SHORT),
        "notes": (clean.notes, limits.NOTE),
        "guardians": (max((g.full_name for g in clean.guardians), key=len, default=""),
                      limits.NAME),
        "guardian_phone": (max((g.phone for g in clean.guardians), key=len, default=""),
                           limits.PHONE),
    }, errors=errors, previous=previous)
    return clean


def _load(s: Session, pupil_id: int) -> Pupil:
    pupil = s.get(Pupil, pupil_id)
    if pupil is None:
        raise KimbaiError(NO_SUCH_PUPIL)
    return pupil


def _check_code(s: Session, code: str, pupil_id: int | None) -> None:
    if not code:
        return
    other = s.scalar(select(Pupil.id).where(Pupil.student_code == code))
    if other is not None and other != pupil_id:
        raise ValidationError({"student_code": CODE_TAKEN})


# -- changes ---------------------------------------------------------------------------------------


def save_pupil(session: AppSession, data: PupilInput, pupil_id: int | None = None) -> int:
    """Create (``pupil_id`` None) or update a pupil; returns the id."""
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id or "")
    on = today(session)
    previous = None
    if pupil_id is not None:
        with session.db() as s:
            stored = s.get(Pupil, pupil_id)
            previous = {"notes": stored.notes, "address": stored.address} if stored else None
    clean = _validate(data, on, previous)
    year = current_year(session)
    order = load_name_order(session)
    now = session.clock.now().replace(tzinfo=None)
    with session.write() as s:
        _check_code(s, clean.student_code, pupil_id)
        if pupil_id is None:
            pupil = Pupil(status=PupilStatus.ACTIVE.value, current_level=ProtectionLevel.PREVENTION.value,
                          created_at=now, at_risk=False, risk_factors="")
            s.add(pupil)
        else:
            pupil = _load(s, pupil_id)
        _apply(pupil, clean, now, order)
        s.flush()
        _set_class(s, pupil.id, year, clean.class_name)
        s.query(Guardian).filter(Guardian.pupil_id == pupil.id).delete()
        for g in clean.guardians:
            s.add(Guardian(pupil_id=pupil.id, full_name=g.full_name, relation=g.relation.value,
                           phone=g.phone))
        action = AuditAction.CREATE if pupil_id is None else AuditAction.CHANGE
        session.audit(action, RECORD, pupil.id, s=s)
        return pupil.id


def _apply(pupil: Pupil, clean: PupilInput, now: Any, order: NameOrder) -> None:
    pupil.student_code = clean.student_code or None
    pupil.full_name = clean.full_name
    pupil.name_sort = name_sort_key(clean.full_name, order)
    pupil.search_text = _search_text(clean.full_name, clean.student_code)
    pupil.birth_date = clean.birth_date
    pupil.estimated_age = clean.estimated_age
    pupil.sex = clean.sex.value
    pupil.ethnicity = clean.ethnicity
    pupil.address = clean.address
    pupil.notes = clean.notes
    pupil.updated_at = now


def _apply_supplied(pupil: Pupil, clean: PupilInput, now: Any, order: NameOrder) -> None:
    """An import's update: only what the row supplies; notes written in the app stay."""
    if clean.student_code:
        pupil.student_code = clean.student_code
    pupil.full_name = clean.full_name
    pupil.name_sort = name_sort_key(clean.full_name, order)
    pupil.search_text = _search_text(clean.full_name, pupil.student_code or "")
    if clean.birth_date is not None:
        pupil.birth_date, pupil.estimated_age = clean.birth_date, None
    elif clean.estimated_age is not None and pupil.birth_date is None:
        pupil.estimated_age = clean.estimated_age
    if clean.sex != Sex.UNKNOWN:
        pupil.sex = clean.sex.value
    if clean.ethnicity:
        pupil.ethnicity = clean.ethnicity
    if clean.address:
        pupil.address = clean.address
    if clean.class_name and pupil.status != PupilStatus.ACTIVE.value:
        pupil.status, pupil.left_on = PupilStatus.ACTIVE.value, None
    pupil.updated_at = now


def _set_class(s: Session, pupil_id: int, year: str, class_name: str) -> None:
    row = s.scalars(select(Enrolment).where(Enrolment.pupil_id == pupil_id,
                                            Enrolment.school_year == year)).first()
    if not class_name:
        if row is not None:
            s.delete(row)
        return
    if row is None:
        s.add(Enrolment(pupil_id=pupil_id, school_year=year, class_name=class_name,
                        grade=grade_of_class(class_name)))
    else:
        row.class_name, row.grade = class_name, grade_of_class(class_name)


def add_circumstance(session: AppSession, pupil_id: int, group: SpecialCircumstance,
                     start_date: date, subtype: str | None = None, notes: str = "") -> int:
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id)
    check_not_future(session.clock.now(), dates={"start_date": start_date})
    from kimbai_desktop.domain.enums import subtypes_of

    kinds = subtypes_of(group)
    if subtype and (kinds is None or subtype not in {m.value for m in kinds}):
        raise ValidationError({"subtype": QT_TRANSLATE_NOOP(
            "Errors", "This sub-type does not belong to the chosen group.")})
    notes = normalize_multiline(notes)
    check_lengths({"notes": (notes, limits.NOTE)})
    sched, on = schedule(session), today(session)
    with session.write() as s:
        pupil = _load(s, pupil_id)
        row = Circumstance(pupil_id=pupil_id, group=group.value, subtype=subtype or None,
                           start_date=start_date, end_date=None, notes=notes,
                           created_by=session.user.id,
                           created_at=session.clock.now().replace(tzinfo=None))
        s.add(row)
        s.flush()
        _refresh_review_due(pupil, s, sched, on)
        session.audit(AuditAction.CHANGE, RECORD, pupil_id, f"circumstance+{group.value}", s=s)
        return row.id


def end_circumstance(session: AppSession, circumstance_id: int, end_date: date) -> None:
    with session.db() as s:
        row = s.get(Circumstance, circumstance_id)
        pupil_id = row.pupil_id if row else None
    if row is None or pupil_id is None:
        raise KimbaiError(NO_SUCH_PUPIL)
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id)
    check_not_future(session.clock.now(), dates={"end_date": end_date})
    if end_date < row.start_date:
        raise ValidationError({"end_date": QT_TRANSLATE_NOOP(
            "Errors", "The end date cannot be before the start date.")})
    sched, on = schedule(session), today(session)
    with session.write() as s:
        circ = s.get(Circumstance, circumstance_id)
        assert circ is not None
        circ.end_date = end_date
        pupil = _load(s, pupil_id)
        _refresh_review_due(pupil, s, sched, on)
        session.audit(AuditAction.CHANGE, RECORD, pupil_id, f"circumstance-{circ.group}", s=s)


def set_risk(session: AppSession, pupil_id: int, at_risk: bool, risk_factors: str = "") -> None:
    """Mark a child "có nguy cơ rơi vào hoàn cảnh đặc biệt" with the risk factors written down."""
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id)
    factors = normalize_multiline(risk_factors)
    if at_risk and not factors:
        raise ValidationError({"risk_factors": QT_TRANSLATE_NOOP(
            "Errors", "Write down the risk factors (what puts the child at risk).")})
    sched, on = schedule(session), today(session)
    with session.write() as s:
        pupil = _load(s, pupil_id)
        check_lengths({"risk_factors": (factors, limits.NOTE)},
                      previous={"risk_factors": pupil.risk_factors})
        pupil.at_risk, pupil.risk_factors = at_risk, factors if at_risk else ""
        _refresh_review_due(pupil, s, sched, on)
        session.audit(AuditAction.CHANGE, RECORD, pupil_id, "risk", s=s)


def set_level(session: AppSession, pupil_id: int, level: ProtectionLevel, since: date,
              reason: str, case_ref: str = "") -> None:
    """Change the protection level; the change is dated and kept as history."""
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id)
    reason = normalize_multiline(reason)
    if not reason:
        raise ValidationError({"reason": QT_TRANSLATE_NOOP(
            "Errors", "Write the reason for the change of level.")})
    case_ref = normalize_text(case_ref)
    check_lengths({"reason": (reason, limits.NOTE), "case_ref": (case_ref, limits.CASE_CODE)})
    check_not_future(session.clock.now(), dates={"since": since})
    sched, on = schedule(session), today(session)
    with session.write() as s:
        pupil = _load(s, pupil_id)
        _record_level(s, session, pupil, level, since, reason, case_ref)
        _refresh_review_due(pupil, s, sched, on)
        session.audit(AuditAction.CHANGE, RECORD, pupil_id, f"level={level.value}", s=s)


def _record_level(s: Session, session: AppSession, pupil: Pupil, level: ProtectionLevel,
                  since: date, reason: str, case_ref: str) -> None:
    s.add(LevelChange(pupil_id=pupil.id, level=level.value, since=since, reason=reason,
                      case_ref=case_ref, changed_by=session.user.id,
                      changed_at=session.clock.now().replace(tzinfo=None)))
    pupil.current_level = level.value


def record_review(session: AppSession, pupil_id: int, review: ReviewInput) -> int:
    """A periodic review (rà soát): ratings, decision, next review date (default: schedule)."""
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id)
    errors: dict[str, str] = {}
    if review.review_date > today(session):
        errors["review_date"] = FUTURE_DATE  # the next review may be planned; this one was held
    if review.next_review is not None and review.next_review <= review.review_date:
        errors["next_review"] = QT_TRANSLATE_NOOP(
            "Errors", "The next review must come after this review.")
    needs_level = review.decision in (ReviewDecision.RAISE_LEVEL, ReviewDecision.LOWER_LEVEL)
    if needs_level and review.new_level is None:
        errors["new_level"] = QT_TRANSLATE_NOOP("Errors", "Choose the new protection level.")
    situation = normalize_multiline(review.situation)
    check_lengths({"situation": (situation, limits.NARRATIVE)}, errors=errors)
    sched = schedule(session)
    next_review = None if review.decision == ReviewDecision.CLOSE else (
        review.next_review or sched.next_after(review.review_date))
    with session.write() as s:
        pupil = _load(s, pupil_id)
        row = Review(pupil_id=pupil_id, review_date=review.review_date,
                     situation=situation,
                     ratings=json.dumps({c.value: r.value for c, r in review.ratings.items()}),
                     decision=review.decision.value, next_review=next_review,
                     reviewer_id=session.user.id,
                     created_at=session.clock.now().replace(tzinfo=None))
        s.add(row)
        s.flush()
        if needs_level and review.new_level is not None:
            _record_level(s, session, pupil, review.new_level, review.review_date,
                          QT_TRANSLATE_NOOP("Register", "Periodic review"), "")
        _refresh_review_due(pupil, s, sched, today(session))
        session.audit(AuditAction.CHANGE, RECORD, pupil_id, f"review={review.decision.value}", s=s)
        return row.id


def archive_pupil(session: AppSession, pupil_id: int, status: PupilStatus, left_on: date) -> None:
    """A leaver (transferred, completed, left): archived, never deleted; can be found again."""
    session.require(Permission.EDIT_REGISTER, RECORD, pupil_id)
    if status != PupilStatus.ACTIVE:
        check_not_future(session.clock.now(), dates={"left_on": left_on})
    sched, on = schedule(session), today(session)
    with session.write() as s:
        pupil = _load(s, pupil_id)
        pupil.status, pupil.left_on = status.value, (None if status == PupilStatus.ACTIVE
                                                     else left_on)
        _refresh_review_due(pupil, s, sched, on)
        session.audit(AuditAction.CHANGE, RECORD, pupil_id, f"status={status.value}", s=s)


def _mark_leavers(session: AppSession, s: Session, leavers: list[tuple[PupilInput, PupilStatus]],
                  by_code: dict[str, Pupil | int],
                  by_name_birth: dict[tuple[str, date], Pupil | int],
                  listed: set[int], on: date) -> tuple[int, int]:
    """Archive the leavers who are in the register (see bulk_upsert_pupils); (marked, left out)."""
    marked = left_out = 0
    events: list[dict[str, object]] = []
    for clean, status in leavers:
        found = (by_code.get(clean.student_code) if clean.student_code
                 else by_name_birth.get((fold(clean.full_name), clean.birth_date))
                 if clean.birth_date else None)
        if isinstance(found, int):
            found = s.get(Pupil, found)  # inserted by this import (then it is also listed)
        if found is None or found.id in listed:
            left_out += 1
            continue
        marked += 1
        if found.status == status.value:
            continue
        found.status, found.left_on, found.next_review = status.value, on, None
        events.append(dict(at=session.clock.now(), actor=session.user.username,
                           user_id=session.user.id, action=AuditAction.CHANGE.value,
                           record_type=RECORD, record_id=str(found.id),
                           detail=f"import status={status.value}"))
    s.flush()
    audit.append_many(s, events)
    return marked, left_out


# -- reading ---------------------------------------------------------------------------------------


def list_detail(text: str) -> str:
    """The audit detail of a list page: "list", or what was searched (folded, at most 60
    characters): who searched for what is part of the access log (issue 20)."""
    words = " ".join(fold(text).split())
    return f"search:{words[:60]}" if words else "list"


def pupil_text_filter(stmt: Select[Any], folded: str) -> Select[Any]:
    """Every typed word must match (through the pupil_search index; see storage/search.py)."""
    terms = search_terms(folded)
    if terms.match:
        stmt = stmt.where(Pupil.id.in_(matching_pupil_ids(terms.match)))
    for letter in terms.letters:
        stmt = stmt.where(word_start_like(Pupil.search_text, letter))
    return stmt


def _query(session: AppSession, q: PupilQuery, on: date, *,
           join_class: bool = True) -> tuple[Select[Any], Any]:
    """The pupils of ``q``, with their class this year (``join_class``; a count without a
    class filter needs no join)."""
    year = q.school_year or current_year(session)
    # A plain outer join on (pupil, year), as one would write it by hand: a subquery of the
    # year's enrolments was materialised whole before each page (issue 20).
    enrol = cast(Table, Enrolment.__table__).alias("e")
    if join_class:
        stmt = select(Pupil, enrol.c.class_name).outerjoin(
            enrol, and_(enrol.c.pupil_id == Pupil.id, enrol.c.school_year == year))
    else:
        stmt = select(Pupil.id)
    if q.status is not None:
        stmt = stmt.where(Pupil.status == q.status.value)
    stmt = pupil_text_filter(stmt, fold(q.text))
    if q.class_name:
        stmt = stmt.where(enrol.c.class_name == normalize_text(q.class_name))
    if q.group is not None:
        stmt = stmt.where(exists().where(Circumstance.pupil_id == Pupil.id,
                                         Circumstance.group == q.group.value,
                                         _active_circumstance(on)))
    if q.level is not None:
        stmt = stmt.where(Pupil.current_level == q.level.value)
    if q.review == "overdue":
        stmt = stmt.where(Pupil.next_review < on)
    elif q.review == "due":
        from datetime import timedelta

        from kimbai_desktop.domain.register import REVIEW_DUE_SOON_DAYS

        stmt = stmt.where(Pupil.next_review <= on + timedelta(days=REVIEW_DUE_SOON_DAYS))
    if q.in_register_only:
        stmt = stmt.where(or_(Pupil.at_risk.is_(True),
                              Pupil.current_level != ProtectionLevel.PREVENTION.value,
                              exists().where(Circumstance.pupil_id == Pupil.id,
                                             _active_circumstance(on))))
    return stmt, enrol


_SORTS = {"name", "class", "birth_date", "next_review", "level"}


def count_pupils(session: AppSession, q: PupilQuery = PupilQuery()) -> int:
    session.require(Permission.VIEW_REGISTER)
    terms = search_terms(fold(q.text))
    if terms.match and not terms.letters and q.status is None and not _filtered(q):
        with session.engine.connect() as conn:  # the search index alone knows the answer
            return int(conn.scalar(count_matches(terms.match)) or 0)
    stmt, _ = _query(session, q, today(session), join_class=bool(q.class_name))
    with session.engine.connect() as conn:
        return int(conn.scalar(stmt.with_only_columns(func.count(), maintain_column_froms=True))
                   or 0)


def list_pupils(session: AppSession, q: PupilQuery = PupilQuery(), *, offset: int = 0,
                limit: int = 200, after: PupilRow | None = None) -> list[PupilRow]:
    """One page of the register in Vietnamese name order (or the chosen column), from SQL.

    With search text and the name order, the best matches come first (storage/search.py):
    every typed word a whole word, then word starts, then matches inside a word, each in name
    order. ``after`` (the last row of the previous page) reads the next page by its place in
    the order instead of counting ``offset`` rows (keyset paging), for lists without search
    text. The first page of each query is audited as one view of the register list."""
    session.require(Permission.VIEW_REGISTER)
    on = today(session)
    stmt, enrol = _query(session, q, on)
    sort = q.sort if q.sort in _SORTS else "name"
    column = {"class": enrol.c.class_name, "birth_date": Pupil.birth_date,
              "next_review": Pupil.next_review, "level": Pupil.current_level}.get(sort)
    terms = search_terms(fold(q.text))
    keys: list[tuple[Any, bool]] = []  # the order: (expression, descending)
    if column is not None:
        keys.append((column.is_(None), False))  # empty values last, whichever direction
        keys.append((column, q.descending))
    elif terms.words:
        keys.append((rank_expression(Pupil.search_text, terms.words), False))
    keys += [(Pupil.name_sort, q.descending), (Pupil.id, False)]
    orders = [e.desc() if d else e.asc() for e, d in keys]
    keyset = after is not None and len(after.cursor) == len(keys) and not terms.words
    if keyset:
        assert after is not None
        stmt, offset = stmt.where(_after_key(keys, after.cursor)), 0
    columns = _page_columns(stmt, enrol).add_columns(*(e for e, _ in keys))
    with session.engine.connect() as s:  # Core rows: no ORM session needed to read a page
        if column is None and not keyset and _walk_name_index(s, q):
            # the same query without the text filter: each rank adds its own
            base, base_enrol = _query(session, replace(q, text=""), on)
            base_columns = _page_columns(base, base_enrol).add_columns(*(e for e, _ in keys))
            rows = _ranked_walk(s, base_columns, q, terms, offset, limit)
        else:
            rows = list(s.execute(columns.order_by(*orders).offset(offset).limit(limit)).all())
        groups: dict[int, set[str]] = {}
        if rows:
            for pid, group in s.execute(_GROUPS_OF, {"ids": [p.id for p in rows], "on": on}):
                groups.setdefault(pid, set()).add(group)
    if offset == 0 and after is None:  # one event per list or search shown, batched
        session.audit_later(AuditAction.VIEW, "register", "", list_detail(q.text))
    return [PupilRow(pid, code or "", name, born, _SEX[sex], class_name or "", _LEVEL[level],
                     tuple(g for g in SpecialCircumstance if g.value in groups[pid])
                     if pid in groups else (), at_risk, due, review_state(due, on),
                     _STATUS[status], tuple(cursor))
            for pid, code, name, born, sex, class_name, level, at_risk, due, status, *cursor
            in rows]


def _after_key(keys: list[tuple[Any, bool]], values: tuple[Any, ...]) -> Any:
    """Rows strictly after ``values`` in the order ``keys`` (a keyset condition). The first key's
    bound is repeated as a plain range so that SQLite starts the index walk there."""
    values = tuple(int(v) if isinstance(v, bool) else v for v in values)  # "is empty" keys
    either = []
    for i, (expr, descending) in enumerate(keys):
        value = values[i]
        if value is None:
            continue  # nothing sorts strictly after an empty value within its equal prefix
        same = [e.is_(literal(v)) if v is not None else e.is_(None)
                for (e, _), v in zip(keys[:i], values[:i], strict=True)]
        bound = literal(value)
        either.append(and_(*same, expr < bound if descending else expr > bound))
    condition = or_(*either) if either else false()
    first, descending = keys[0]
    if values[0] is not None and first is Pupil.name_sort:
        condition = and_(first <= values[0] if descending else first >= values[0], condition)
    return condition


def _page_columns(stmt: Select[Any], enrol: Any) -> Select[Any]:
    """The columns a row shows, not whole ORM objects (a third of a page's time went there)."""
    return stmt.with_only_columns(
        Pupil.id, Pupil.student_code, Pupil.full_name, Pupil.birth_date, Pupil.sex,
        enrol.c.class_name, Pupil.current_level, Pupil.at_risk, Pupil.next_review,
        Pupil.status, maintain_column_froms=True)


def _ranked_walk(s: Connection, stmt: Select[Any], q: PupilQuery, terms: SearchTerms,
                 offset: int, limit: int) -> list[Any]:
    """A page of a search that matches many pupils, rank by rank, without sorting the matches.

    Each rank is a set of the search index (every word whole, or starting a word, or inside
    one: storage/search.py), counted through the index; the page is cut from the ranks in
    order, and each rank's part is read in name order by walking the name index and keeping
    its members (sorting every match costs ~3 µs a match; a walk finds a page at once)."""
    name_order = Pupil.name_sort.desc() if q.descending else Pupil.name_sort.asc()
    levels = [terms.at_level(level) for level in LEVELS]
    totals: list[int] = []
    for expression in levels:
        if totals and expression == levels[len(totals) - 1]:
            totals.append(totals[-1])  # the same set as the level before (short words)
        elif q.status is None:
            totals.append(int(s.scalar(count_matches(expression)) or 0))
        else:
            totals.append(int(s.scalar(select(func.count()).select_from(Pupil).where(
                Pupil.status == q.status.value,
                Pupil.id.in_(matching_pupil_ids(expression)))) or 0))
    rows: list[Any] = []
    start = 0
    for level, end in enumerate(totals):
        if end > start and offset + limit > start and offset < end:
            skip = max(offset - start, 0)
            # "id + 0": membership is checked row by row, so SQLite walks the name index
            # (ix_pupils_name_sort, or ix_pupils_status_name_sort) instead of sorting the rank
            member = Pupil.id + 0 if end - start > WALK_ABOVE else Pupil.id
            part = stmt.where(member.in_(matching_pupil_ids(levels[level])))
            if level:
                part = part.where(member.not_in(matching_pupil_ids(levels[level - 1])))
            take = min(offset + limit, end) - (start + skip)
            rows += s.execute(part.order_by(name_order, Pupil.id).offset(skip).limit(take)).all()
        start = end
    return rows


# A page's groups in one statement with a list parameter; enum members by stored value.
_GROUPS_OF = select(Circumstance.pupil_id, Circumstance.group).where(
    Circumstance.pupil_id.in_(bindparam("ids", expanding=True)),
    Circumstance.start_date <= bindparam("on"),
    or_(Circumstance.end_date.is_(None), Circumstance.end_date >= bindparam("on")))
_SEX = {m.value: m for m in Sex}
_LEVEL = {m.value: m for m in ProtectionLevel}
_STATUS = {m.value: m for m in PupilStatus}


def _filtered(q: PupilQuery) -> bool:
    """Whether the query filters on more than the words and the status."""
    return bool(q.class_name or q.group or q.level or q.review or q.in_register_only)


WALK_ABOVE = 1000  # matches above which a name-ordered search page walks the name index


def _walk_name_index(s: Connection, q: PupilQuery) -> bool:
    """Whether a search (with no filter but the status, and no single letter) matches so many
    pupils that walking the name index is faster than sorting the matches."""
    terms = search_terms(fold(q.text))
    if not terms.match or terms.letters or _filtered(q):
        return False
    return int(s.scalar(count_matches(terms.match)) or 0) > WALK_ABOVE


def get_pupil(session: AppSession, pupil_id: int) -> PupilDetail:
    """Everything about one child; audited as a view of that record."""
    session.require(Permission.VIEW_REGISTER, RECORD, pupil_id)
    on = today(session)
    with session.db() as s:
        p = _load(s, pupil_id)
        names = {i: n for i, n in s.execute(select(Account.id, Account.full_name))}
        classes = tuple((e.school_year, e.class_name) for e in s.scalars(
            select(Enrolment).where(Enrolment.pupil_id == pupil_id)
            .order_by(Enrolment.school_year.desc())))
        guardians = tuple(GuardianInfo(g.full_name, GuardianRelation(g.relation), g.phone)
                          for g in s.scalars(select(Guardian).where(Guardian.pupil_id == pupil_id)
                                             .order_by(Guardian.id)))
        circs = tuple(CircumstanceInfo(c.id, SpecialCircumstance(c.group), c.subtype,
                                       c.start_date, c.end_date, c.notes)
                      for c in s.scalars(select(Circumstance).where(
                          Circumstance.pupil_id == pupil_id)
                          .order_by(Circumstance.start_date.desc(), Circumstance.id.desc())))
        levels = tuple(LevelChangeInfo(ProtectionLevel(lc.level), lc.since, lc.reason,
                                       lc.case_ref, names.get(lc.changed_by, "?"), lc.changed_at)
                       for lc in s.scalars(select(LevelChange).where(
                           LevelChange.pupil_id == pupil_id)
                           .order_by(LevelChange.since.desc(), LevelChange.id.desc())))
        reviews = tuple(ReviewInfo(r.id, r.review_date, r.situation,
                                   {ReviewCriterion(k): RiskLevel(v)
                                    for k, v in json.loads(r.ratings).items()},
                                   ReviewDecision(r.decision), r.next_review,
                                   names.get(r.reviewer_id, "?"))
                        for r in s.scalars(select(Review).where(Review.pupil_id == pupil_id)
                                           .order_by(Review.review_date.desc(), Review.id.desc())))
        detail = PupilDetail(
            p.id, p.student_code or "", p.full_name, p.birth_date, p.estimated_age, Sex(p.sex),
            p.ethnicity, p.address, p.notes, PupilStatus(p.status), p.left_on, p.at_risk,
            p.risk_factors, ProtectionLevel(p.current_level), p.next_review,
            review_state(p.next_review, on), classes, guardians, circs, levels, reviews)
    session.audit(AuditAction.VIEW, RECORD, pupil_id)
    return detail


def class_names(session: AppSession, school_year: str = "") -> list[str]:
    session.require(Permission.VIEW_REGISTER)
    year = school_year or current_year(session)
    with session.db() as s:
        names = list(s.scalars(select(Enrolment.class_name).where(
            Enrolment.school_year == year).distinct()))
    return sorted(names, key=lambda n: (grade_of_class(n) or 9, name_sort_key(n)))


def school_years(session: AppSession) -> list[str]:
    session.require(Permission.VIEW_REGISTER)
    with session.db() as s:
        years = set(s.scalars(select(Enrolment.school_year).distinct()))
    years.add(current_year(session))
    return sorted(years, reverse=True)


# -- bulk (Excel import) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkResult:
    created: int
    updated: int
    marked_left: int = 0  # leavers found in the register, now archived with their status
    left_out: int = 0  # leavers not in the register (or listed as enrolled too): not added


class Cancelled(KimbaiError):
    message = QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was changed.")


class _RollBack(Exception):
    def __init__(self, result: BulkResult) -> None:
        super().__init__("dry run")
        self.result = result


def bulk_upsert_pupils(session: AppSession, rows: list[PupilInput], *,
                       progress: Any = None, cancelled: Any = None,
                       dry_run: bool = False,
                       leavers: Sequence[tuple[PupilInput, PupilStatus]] = ()) -> BulkResult:
    """Create or update many pupils in ONE transaction (all or nothing).

    A pupil whose mã định danh is already present is updated, never duplicated (without a code,
    the same name and date of birth identify her). An update only fills in what the row
    supplies: empty cells and missing columns keep what is stored, and notes written in the app
    are never touched; guardians given in the row replace the stored ones. A pupil who had left
    and is in a class list again becomes active again. Every row is validated first; the first invalid row
    raises ValidationError with ``params['row']`` (1-based position in ``rows``). ``progress(done,
    total)`` is called now and then; ``cancelled()`` returning True rolls everything back.
    Work is done in batches (one flush per batch, audit events chained in memory), so thousands
    of rows take seconds, not minutes. ``dry_run`` does all of it and rolls back, so the counts
    it returns are exactly what the import would do.

    ``leavers`` are pupils the list says have left (transferred, left, completed): one already in
    the register (same code, or same name and date of birth) is archived with that status and
    today as the day she left, as archive_pupil does; one who is not is never added; one who is
    also among ``rows`` stays enrolled.
    """
    session.require(Permission.EDIT_REGISTER, "register")
    on = today(session)
    clean_rows = []
    for i, data in enumerate(rows, start=1):
        try:
            clean_rows.append(_validate(data, on))
        except ValidationError as exc:
            raise ValidationError(exc.field_errors, exc.field_params, row=i) from None
    clean_leavers = []
    for i, (data, status) in enumerate(leavers, start=len(rows) + 1):
        try:
            clean_leavers.append((_validate(data, on), status))
        except ValidationError as exc:
            raise ValidationError(exc.field_errors, exc.field_params, row=i) from None
    year = current_year(session)
    now = session.clock.now().replace(tzinfo=None)
    try:
        return _bulk(session, clean_rows, year, now, 500, progress, cancelled, dry_run,
                     clean_leavers, on)
    except _RollBack as done:
        return done.result


def _bulk(session: AppSession, clean_rows: list[PupilInput], year: str, now: Any, batch: int,
          progress: Any, cancelled: Any, dry_run: bool,
          leavers: list[tuple[PupilInput, PupilStatus]], on: date) -> BulkResult:
    """The import's writes: new pupils, their enrolments and guardians and the audit events go
    in as Core executemany batches (no ORM object each: 25,000 of them went through the unit of
    work, issue 20); a pupil already in the register is updated through the ORM as one edit."""
    total = len(clean_rows)
    created = updated = 0
    order = load_name_order(session)
    pupils, enrolments = cast(Table, Pupil.__table__), cast(Table, Enrolment.__table__)
    guardians = cast(Table, Guardian.__table__)
    with session.write() as s:
        codes = [c.student_code for c in [*clean_rows, *(p for p, _ in leavers)]
                 if c.student_code]
        by_code: dict[str, Pupil | int] = {}  # int: a pupil this import inserted
        for chunk_start in range(0, len(codes), batch):
            chunk = codes[chunk_start:chunk_start + batch]
            for known in s.scalars(select(Pupil).where(Pupil.student_code.in_(chunk))):
                assert known.student_code is not None
                by_code[known.student_code] = known
        by_name_birth: dict[tuple[str, date], Pupil | int] = {}
        if any(not c.student_code and c.birth_date
               for c in [*clean_rows, *(p for p, _ in leavers)]):
            for known in s.scalars(select(Pupil).where(Pupil.birth_date.is_not(None))):
                assert known.birth_date is not None
                by_name_birth.setdefault((fold(known.full_name), known.birth_date), known)
        listed: set[int] = set()  # ids of the pupils this list enrols
        for start in range(0, total, batch):
            if cancelled is not None and cancelled():
                raise Cancelled()
            part = clean_rows[start:start + batch]
            pairs: list[tuple[int, PupilInput, bool]] = []
            fresh: list[tuple[PupilInput, tuple[str, date] | None]] = []
            waiting: set[object] = set()  # codes and (name, birth) keys of ``fresh``

            def insert_fresh(fresh: list[tuple[PupilInput, Any]] = fresh,
                             pairs: list[tuple[int, PupilInput, bool]] = pairs,
                             waiting: set[object] = waiting) -> None:
                for (clean, key), pid in zip(fresh, _insert_new(s, pupils, fresh, now, order),
                                             strict=True):
                    if clean.student_code:
                        by_code[clean.student_code] = pid
                    if key:
                        by_name_birth[key] = pid
                    pairs.append((pid, clean, True))
                nonlocal created
                created += len(fresh)
                fresh.clear()
                waiting.clear()

            for clean in part:
                key = (fold(clean.full_name), clean.birth_date) if clean.birth_date else None
                if (clean.student_code or key) in waiting:
                    insert_fresh()  # the same pupil twice in one list: the later row updates
                found = (by_code.get(clean.student_code) if clean.student_code
                         else by_name_birth.get(key) if key else None)
                if found is None:
                    fresh.append((clean, key))
                    waiting.add(clean.student_code or key)
                    continue
                pupil = s.get(Pupil, found) if isinstance(found, int) else found
                assert pupil is not None
                _apply_supplied(pupil, clean, now, order)
                pairs.append((pupil.id, clean, False))
                updated += 1
            s.flush()  # the updated pupils, as one batch
            insert_fresh()
            ids = [pid for pid, _, _ in pairs]
            listed.update(ids)
            enrolled = {pid: row_id for pid, row_id in s.execute(
                select(enrolments.c.pupil_id, enrolments.c.id).where(
                    enrolments.c.school_year == year, enrolments.c.pupil_id.in_(ids)))}
            # one class per pupil (the same pupil twice in a list: the later row's)
            classes = list({pid: c.class_name for pid, c, _ in pairs if c.class_name}.items())
            new_enrol = [dict(pupil_id=pid, school_year=year, class_name=name,
                              grade=grade_of_class(name))
                         for pid, name in classes if pid not in enrolled]
            moved = [dict(row_id=enrolled[pid], new_class=name, new_grade=grade_of_class(name))
                     for pid, name in classes if pid in enrolled]
            if new_enrol:
                s.execute(insert(enrolments), new_enrol)
            if moved:
                s.execute(update(enrolments).where(enrolments.c.id == bindparam("row_id"))
                          .values(class_name=bindparam("new_class"),
                                  grade=bindparam("new_grade")), moved)
            replace_guardians = [pid for pid, c, _ in pairs if c.guardians]
            if replace_guardians:
                s.execute(delete(guardians).where(guardians.c.pupil_id.in_(replace_guardians)))
                latest = {pid: c.guardians for pid, c, _ in pairs if c.guardians}
                s.execute(insert(guardians), [
                    dict(pupil_id=pid, full_name=g.full_name, relation=g.relation.value,
                         phone=g.phone)
                    for pid, given in latest.items() for g in given])
            at = session.clock.now()
            audit.append_many(s, [
                dict(at=at, actor=session.user.username, user_id=session.user.id,
                     action=(AuditAction.CREATE if is_new else AuditAction.CHANGE).value,
                     record_type=RECORD, record_id=str(pid), detail="import")
                for pid, _, is_new in pairs])
            if progress is not None:
                progress(min(start + batch, total), total)
        marked, left_out = _mark_leavers(session, s, leavers, by_code, by_name_birth, listed, on)
        if cancelled is not None and cancelled():
            raise Cancelled()
        if dry_run:
            raise _RollBack(BulkResult(created, updated, marked, left_out))
    return BulkResult(created, updated, marked, left_out)


def _insert_new(s: Session, pupils: Table, fresh: list[tuple[PupilInput, Any]], now: Any,
                order: NameOrder) -> list[int]:
    """Insert the new pupils of one batch with one executemany; their ids in the same order."""
    if not fresh:
        return []
    rows = [dict(student_code=clean.student_code or None, full_name=clean.full_name,
                 name_sort=name_sort_key(clean.full_name, order),
                 search_text=_search_text(clean.full_name, clean.student_code),
                 birth_date=clean.birth_date, estimated_age=clean.estimated_age,
                 sex=clean.sex.value, ethnicity=clean.ethnicity, address=clean.address,
                 notes=clean.notes, status=PupilStatus.ACTIVE.value, left_on=None, at_risk=False,
                 risk_factors="", registered_on=None, next_review=None,
                 current_level=ProtectionLevel.PREVENTION.value, created_at=now, updated_at=now)
            for clean, _ in fresh]
    result = s.execute(insert(pupils).returning(pupils.c.id, sort_by_parameter_order=True), rows)
    return [int(pid) for pid in result.scalars()]
