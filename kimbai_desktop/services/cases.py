"""Case files (hồ sơ vụ việc): intake, who may see which case, search, procedure steps, closing.

Visibility is decided here, in SQL, for every query: the principal sees every case except an
allegation against themself; the counsellor sees every case that is not restricted to the
principal and is not an allegation against them; a teacher sees only the concerns they recorded,
and only their status; a report viewer sees no case. Every look at a case is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.body_map import MarkInput
from kimbai_desktop.domain.cases import (
    CaseStatus,
    IntakeChannel,
    PerpetratorRelation,
    Place,
    case_code,
    is_child,
)
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.enums import (
    AbuseForm,
    CaseSubject,
    InfoSource,
    ProcedureStep,
    ProtectionLevel,
    RiskLevel,
    Role,
    Sex,
)
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.register import age_on
from kimbai_desktop.domain.text import fold, normalize_multiline, normalize_text
from kimbai_desktop.domain.when import check_not_future, future_errors
from kimbai_desktop.services import sealed_files
from kimbai_desktop.services.register import list_detail, pupil_text_filter
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import chronology
from kimbai_desktop.storage.models import (
    Account,
    Case,
    CaseChild,
    CasePerson,
    CaseStep,
    Pupil,
)
from kimbai_desktop.storage.sealed import PLACEHOLDER, SealedContentLocked, is_open_to, sealed_ids
from kimbai_desktop.storage.search import rank_expression


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NO_SUCH_CASE = QT_TRANSLATE_NOOP("Errors", "This case does not exist or you may not see it.")
RECORD = "case"
NOT_A_CHILD = QT_TRANSLATE_NOOP(
    "Errors", "A child is a person under 16 (Luật Trẻ em, Điều 1), so a person of 16 or more "
    "cannot be the child of a case. Record them instead as the one who gave the information, as "
    "an alleged perpetrator, or in the description of what happened (for a witness).")
NOT_A_CHILD_PUPIL = QT_TRANSLATE_NOOP(
    "Errors", "This pupil is {age} on the day the information was received. A child is a person "
    "under 16 (Luật Trẻ em, Điều 1): record the pupil instead as the one who gave the "
    "information, as an alleged perpetrator, or in the description of what happened (for a "
    "witness).")
CHANNEL_NOTE_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "Say which other way the information reached the school (e.g. a letter left at "
    "the gate).")
DUPLICATE_WINDOW_DAYS = 14


# -- data in ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildInput:
    pupil_id: int | None = None  # a pupil in the register, or:
    full_name: str = ""  # a child who is not a pupil
    age: int | None = None
    sex: Sex = Sex.UNKNOWN


@dataclass(frozen=True)
class PersonInput:
    description: str
    relation: PerpetratorRelation
    staff_account_id: int | None = None  # when the allegation is against a staff member


@dataclass(frozen=True)
class CaseIntake:
    """Mẫu số 01 fields and what a school adds. Times are timezone-aware."""

    children: tuple[ChildInput, ...]
    forms: tuple[AbuseForm, ...]
    received_at: datetime
    discovered_at: datetime
    source: InfoSource
    place: Place
    subject: CaseSubject
    risk_level: RiskLevel
    summary: str
    incident_at: datetime | None = None
    place_detail: str = ""
    urgent: bool = False
    people: tuple[PersonInput, ...] = ()
    injuries: str = ""
    current_situation: str = ""
    likely_consequences: str = ""
    family_situation: str = ""
    caregiver: str = ""
    immediate_actions: str = ""
    informant_consents: bool = False
    informant_name: str = ""
    informant_phone: str = ""
    informant_address: str = ""
    restricted: bool = False
    # How the concern reached the school (None: not recorded, for cases made before 0010).
    channel: IntakeChannel | None = None
    channel_note: str = ""  # which, for "other"; or a detail (which mailbox, which app)
    marks: tuple[MarkInput, ...] = ()  # injuries on the body map (services/body_map.py)


# -- data out -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildInfo:
    pupil_id: int | None
    full_name: str
    age: int | None
    sex: Sex


@dataclass(frozen=True)
class CaseBrief:
    id: int
    code: str
    status: CaseStatus
    step: ProcedureStep
    received_at: datetime
    forms: tuple[AbuseForm, ...]
    risk_level: RiskLevel
    urgent: bool
    restricted: bool
    children: tuple[str, ...] = ()  # names (empty where the caller must not see them)
    sealed: bool = False  # a sealed case file (its names shown only to those who hold it)


@dataclass(frozen=True)
class StepInfo:
    step: ProcedureStep
    done_at: datetime | None
    done_by: str
    note: str


@dataclass(frozen=True)
class CaseDetail:
    brief: CaseBrief
    intake: CaseIntake
    children: tuple[ChildInfo, ...]
    steps: tuple[StepInfo, ...]  # every step in procedure order, done or not
    withhold_note: str
    plan_approver: str
    plan_approved_on: date | None
    plan_summary: str
    closed_at: datetime | None
    closure_note: str
    created_by: str
    from_concern: bool
    alert_pending: bool = False  # a teacher's concern nobody has marked as read yet
    sealed: bool = False  # a sealed case file (services/sealed_files.py)
    can_read: bool = True  # False: sealed and this account does not hold it (content hidden)


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""  # accent-free full-text search
    status: CaseStatus | None = None
    school_year: str = ""
    pupil_id: int | None = None
    newest_first: bool = True


# -- helpers --------------------------------------------------------------------------------------


def utc(dt: datetime) -> datetime:
    """Stored as naive UTC."""
    if dt.tzinfo is None:
        raise ValueError("timezone-aware datetime required")
    return dt.astimezone(UTC).replace(tzinfo=None)


def aware(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC)


def visible_clause(session: AppSession) -> Any:
    """The SQL condition for the cases this user may see at all."""
    user = session.user
    against_me = exists().where(CasePerson.case_id == Case.id,
                                CasePerson.staff_account_id == user.id)
    if user.role == Role.PRINCIPAL:
        return not_(against_me)
    if user.role == Role.COUNSELLOR:
        return and_(Case.restricted.is_(False), not_(against_me))
    if user.role == Role.TEACHER:
        return and_(Case.created_by == user.id, not_(against_me))
    return Case.id.is_(None)


def _load_visible(s: Session, session: AppSession, case_id: int) -> Case:
    case = s.scalars(select(Case).where(Case.id == case_id, visible_clause(session))).first()
    if case is None:
        session.audit(AuditAction.ACCESS_DENIED, RECORD, case_id)
        raise KimbaiError(NO_SUCH_CASE)
    return case


def require_case_manager(session: AppSession, case_id: int | str = "") -> None:
    session.require(Permission.MANAGE_CASES, RECORD, case_id)


def _clean_intake(intake: CaseIntake, now: datetime) -> CaseIntake:
    errors: dict[str, str] = {}
    if not intake.children:
        errors["children"] = QT_TRANSLATE_NOOP("Errors", "Name at least one child.")
    for child in intake.children:
        if child.pupil_id is None and not normalize_text(child.full_name):
            errors["children"] = QT_TRANSLATE_NOOP(
                "Errors", "A child who is not a pupil needs a name (or a description).")
        if child.age is not None and child.age < 0:
            errors["children"] = QT_TRANSLATE_NOOP("Errors", "Enter an age from 0 to 15.")
        elif child.age is not None and not is_child(child.age):
            errors["children"] = NOT_A_CHILD
    if not intake.forms:
        errors["forms"] = QT_TRANSLATE_NOOP("Errors", "Choose at least one form of abuse.")
    if not normalize_multiline(intake.summary):
        errors["summary"] = QT_TRANSLATE_NOOP("Errors", "Describe briefly what happened.")
    times = {name: getattr(intake, name) for name in ("received_at", "discovered_at", "incident_at")}
    if any(value is not None and value.tzinfo is None for value in times.values()):
        raise ValueError("timezone-aware datetime required")
    if intake.discovered_at > intake.received_at + timedelta(minutes=1):
        errors["discovered_at"] = QT_TRANSLATE_NOOP(
            "Errors", "The school cannot receive the information before it was discovered.")
    if intake.incident_at is not None and intake.incident_at > intake.discovered_at:
        errors["incident_at"] = QT_TRANSLATE_NOOP(
            "Errors", "The incident cannot come after its discovery.")
    errors.update(future_errors(now, times=times))  # the first thing to fix, if it applies
    if intake.channel == IntakeChannel.OTHER and not normalize_text(intake.channel_note):
        errors["channel"] = CHANNEL_NOTE_NEEDED
    if intake.informant_name and not intake.informant_consents:
        errors["informant_name"] = QT_TRANSLATE_NOOP(
            "Errors", "Record the informant's name only if they agree to it.")
    t = normalize_text
    m = normalize_multiline
    clean = CaseIntake(
        children=tuple(ChildInput(c.pupil_id, t(c.full_name), c.age, c.sex)
                       for c in intake.children),
        forms=tuple(dict.fromkeys(intake.forms)), received_at=intake.received_at,
        discovered_at=intake.discovered_at, source=intake.source, place=intake.place,
        subject=intake.subject, risk_level=intake.risk_level, summary=m(intake.summary),
        incident_at=intake.incident_at, place_detail=t(intake.place_detail), urgent=intake.urgent,
        people=tuple(PersonInput(t(p.description), p.relation, p.staff_account_id)
                     for p in intake.people),
        injuries=m(intake.injuries), current_situation=m(intake.current_situation),
        likely_consequences=m(intake.likely_consequences),
        family_situation=m(intake.family_situation), caregiver=t(intake.caregiver),
        immediate_actions=m(intake.immediate_actions),
        informant_consents=intake.informant_consents,
        informant_name=t(intake.informant_name) if intake.informant_consents else "",
        informant_phone=t(intake.informant_phone) if intake.informant_consents else "",
        informant_address=t(intake.informant_address) if intake.informant_consents else "",
        restricted=intake.restricted, channel=intake.channel,
        channel_note=t(intake.channel_note), marks=intake.marks)
    longest_child = max((c.full_name for c in clean.children), key=len, default="")
    longest_person = max((p.description for p in clean.people), key=len, default="")
    check_lengths({
        "children": (longest_child, limits.NAME), "people": (longest_person, limits.LABEL),
        "summary": (clean.summary, limits.NARRATIVE),
        "place_detail": (clean.place_detail, limits.SHORT),
        "injuries": (clean.injuries, limits.NARRATIVE),
        "current_situation": (clean.current_situation, limits.NARRATIVE),
        "likely_consequences": (clean.likely_consequences, limits.NARRATIVE),
        "family_situation": (clean.family_situation, limits.NARRATIVE),
        "caregiver": (clean.caregiver, limits.LABEL),
        "immediate_actions": (clean.immediate_actions, limits.NARRATIVE),
        "informant_name": (clean.informant_name, limits.NAME),
        "informant_phone": (clean.informant_phone, limits.PHONE),
        "informant_address": (clean.informant_address, limits.SHORT),
        "channel": (clean.channel_note, limits.LABEL),
    }, errors=errors)
    return clean


def _search_text(case: Case, children: list[str], extra: str = "") -> str:
    parts = [case.code, case.summary, case.place_detail, case.injuries, case.current_situation,
             case.immediate_actions, " ".join(children), extra]
    return fold(" ".join(p for p in parts if p))


# -- intake --------------------------------------------------------------------------------------


def possible_duplicates(session: AppSession, intake: CaseIntake) -> list[CaseBrief]:
    """Search before create: visible cases about the same pupil within two weeks."""
    require_case_manager(session)
    pupil_ids = [c.pupil_id for c in intake.children if c.pupil_id is not None]
    names = [fold(c.full_name) for c in intake.children if c.pupil_id is None and c.full_name]
    if not pupil_ids and not names:
        return []
    around = utc(intake.received_at)
    window = timedelta(days=DUPLICATE_WINDOW_DAYS)
    child_match: list[Any] = []
    if pupil_ids:
        child_match.append(CaseChild.pupil_id.in_(pupil_ids))
    for name in names:
        child_match.append(func.lower(CaseChild.full_name) == name)  # rough for non-pupils
    with session.db() as s:
        ids = list(s.scalars(select(Case.id).where(
            visible_clause(session), Case.received_at.between(around - window, around + window),
            exists().where(CaseChild.case_id == Case.id, or_(*child_match)))))
    return list_cases_by_id(session, ids)


def open_case(session: AppSession, intake: CaseIntake, *, from_concern: bool = False) -> int:
    """Record the intake (tiếp nhận) as a new case with the next code of the school year."""
    if from_concern:
        session.require(Permission.RECORD_CONCERN, RECORD)
    else:
        require_case_manager(session)
    now = session.clock.now()
    clean = _clean_intake(intake, now)
    from kimbai_desktop.services import body_map  # it builds on this module

    marks = body_map.clean_marks(clean.marks)
    year = session.school_profile().school_year
    with session.write() as s:
        number = int(s.scalar(select(func.max(Case.number)).where(Case.school_year == year))
                     or 0) + 1
        case = Case(
            code=case_code(year, number), school_year=year, number=number,
            status=CaseStatus.OPEN.value, step=ProcedureStep.RECEIVED.value,
            received_at=utc(clean.received_at), discovered_at=utc(clean.discovered_at),
            incident_at=utc(clean.incident_at) if clean.incident_at else None,
            source=clean.source.value,
            intake_channel=clean.channel.value if clean.channel else "",
            channel_note=clean.channel_note, informant_consents=clean.informant_consents,
            informant_name=clean.informant_name, informant_phone=clean.informant_phone,
            informant_address=clean.informant_address, place=clean.place.value,
            place_detail=clean.place_detail, forms=json.dumps([f.value for f in clean.forms]),
            subject=clean.subject.value, urgent=clean.urgent, risk_level=clean.risk_level.value,
            summary=clean.summary, injuries=clean.injuries,
            current_situation=clean.current_situation,
            likely_consequences=clean.likely_consequences,
            family_situation=clean.family_situation, caregiver=clean.caregiver,
            immediate_actions=clean.immediate_actions, restricted=clean.restricted,
            from_concern=from_concern, alert_pending=from_concern, created_by=session.user.id,
            created_at=utc(now), updated_at=utc(now))
        s.add(case)
        if sealed_files.names_staff(clean.people):  # sealed from intake (sealed_files.py)
            sealed_files.seal_new_case(s, session, case, {
                p.staff_account_id for p in clean.people if p.staff_account_id is not None})
        s.flush()
        sealed_files.finish_new_seal(s, session)
        names = _add_children(s, case.id, clean.children, clean.received_at)
        for p in clean.people:
            s.add(CasePerson(case_id=case.id, description=p.description,
                             relation=p.relation.value, staff_account_id=p.staff_account_id))
        s.add(CaseStep(case_id=case.id, step=ProcedureStep.RECEIVED.value,
                       done_at=utc(clean.received_at), done_by=session.user.id, note=""))
        chronology.append(s, case.id, kind="step", event_at=utc(clean.received_at),
                          entered_at=utc(now), author_id=session.user.id,
                          text=ProcedureStep.RECEIVED.vi)
        case.search_text = _search_text(case, names)
        body_map.store_marks(s, session, case.id, marks, None, now)
        session.audit(AuditAction.CREATE, RECORD, case.id, "concern" if from_concern else "", s=s)
        return case.id


def _add_children(s: Session, case_id: int, children: tuple[ChildInput, ...],
                  now: datetime) -> list[str]:
    """The children of a case; a pupil's age is taken from the register on the day of receipt
    (``now`` is the time received) and must be under 16 (Luật Trẻ em Điều 1)."""
    names = []
    for child in children:
        name, sex, age = child.full_name, child.sex, child.age
        if child.pupil_id is not None:
            pupil = s.get(Pupil, child.pupil_id)
            if pupil is None:
                raise ValidationError({"children": QT_TRANSLATE_NOOP(
                    "Errors", "This pupil is not in the register (any more).")})
            name, sex = pupil.full_name, Sex(pupil.sex)
            if pupil.birth_date is not None:
                age = age_on(pupil.birth_date, now.astimezone(SCHOOL_TZ).date())
                if not is_child(age):
                    raise ValidationError({"children": NOT_A_CHILD_PUPIL}, age=age)
        s.add(CaseChild(case_id=case_id, pupil_id=child.pupil_id, full_name=name, age=age,
                        sex=sex.value))
        names.append(name)
    return names


# -- reading --------------------------------------------------------------------------------------


def _brief(case: Case, children: tuple[str, ...], is_sealed: bool = False) -> CaseBrief:
    return CaseBrief(case.id, case.code, CaseStatus(case.status), ProcedureStep(case.step),
                     aware(case.received_at), tuple(AbuseForm(f) for f in json.loads(case.forms)),
                     RiskLevel(case.risk_level), case.urgent, case.restricted, children,
                     is_sealed)


def _children_names(s: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    if ids:
        for child in s.scalars(select(CaseChild).where(CaseChild.case_id.in_(ids))
                               .order_by(CaseChild.id)):  # objects: a sealed name is decrypted
            if child.full_name != PLACEHOLDER:
                out.setdefault(child.case_id, []).append(child.full_name)
    return {k: tuple(v) for k, v in out.items()}


def list_cases(session: AppSession, q: CaseQuery = CaseQuery(), *, offset: int = 0,
               limit: int = 200) -> list[CaseBrief]:
    """The cases this user may see (a teacher: their concerns, without children's names)."""
    if not (session.can(Permission.MANAGE_CASES) or session.can(Permission.VIEW_OWN_CONCERNS)):
        session.require(Permission.MANAGE_CASES, "cases")
    stmt = select(Case).where(visible_clause(session))
    if q.status is not None:
        stmt = stmt.where(Case.status == q.status.value)
    if q.school_year:
        stmt = stmt.where(Case.school_year == q.school_year)
    if q.pupil_id is not None:
        stmt = stmt.where(exists().where(CaseChild.case_id == Case.id,
                                         CaseChild.pupil_id == q.pupil_id))
    for token in fold(q.text).split():
        stmt = stmt.where(Case.search_text.contains(token, autoescape=True))
    order = Case.received_at.desc() if q.newest_first else Case.received_at.asc()
    with session.db() as s:
        cases = list(s.scalars(stmt.order_by(order, Case.id.desc()).offset(offset).limit(limit)))
        manager = session.can(Permission.MANAGE_CASES)
        names = _children_names(s, [c.id for c in cases]) if manager else {}
        closed = sealed_ids(s, [c.id for c in cases]) if manager else set()
        briefs = [_brief(c, names.get(c.id, ()), c.id in closed) for c in cases]
    if offset == 0:  # batched like the register's (services/register.list_detail)
        session.audit_later(AuditAction.VIEW, "cases", "", list_detail(q.text))
    return briefs


def count_cases(session: AppSession, q: CaseQuery = CaseQuery()) -> int:
    with session.db() as s:
        stmt = select(func.count(Case.id)).where(visible_clause(session))
        if q.status is not None:
            stmt = stmt.where(Case.status == q.status.value)
        return int(s.scalar(stmt) or 0)


def list_cases_by_id(session: AppSession, ids: list[int]) -> list[CaseBrief]:
    if not ids:
        return []
    with session.db() as s:
        cases = list(s.scalars(select(Case).where(Case.id.in_(ids), visible_clause(session))
                               .order_by(Case.received_at.desc())))
        names = _children_names(s, [c.id for c in cases])
        closed = sealed_ids(s, [c.id for c in cases])
        return [_brief(c, names.get(c.id, ()), c.id in closed) for c in cases]


def get_case(session: AppSession, case_id: int) -> CaseDetail:
    """The whole case file for those who manage cases; audited as a view."""
    require_case_manager(session, case_id)
    with session.db() as s:
        case = _load_visible(s, session, case_id)
        accounts = {i: n for i, n in s.execute(select(Account.id, Account.full_name))}
        children = tuple(ChildInfo(c.pupil_id, c.full_name, c.age, Sex(c.sex)) for c in s.scalars(
            select(CaseChild).where(CaseChild.case_id == case_id).order_by(CaseChild.id)))
        people = tuple(PersonInput(p.description, PerpetratorRelation(p.relation),
                                   p.staff_account_id)
                       for p in s.scalars(select(CasePerson).where(CasePerson.case_id == case_id)
                                          .order_by(CasePerson.id)))
        done = {st.step: st for st in s.scalars(select(CaseStep).where(
            CaseStep.case_id == case_id))}
        steps = tuple(StepInfo(step, aware(done[step.value].done_at) if step.value in done
                               else None,
                               accounts.get(done[step.value].done_by, "?") if step.value in done
                               else "", done[step.value].note if step.value in done else "")
                      for step in ProcedureStep)
        intake = CaseIntake(
            children=tuple(ChildInput(c.pupil_id, c.full_name, c.age, c.sex) for c in children),
            forms=tuple(AbuseForm(f) for f in json.loads(case.forms)),
            received_at=aware(case.received_at), discovered_at=aware(case.discovered_at),
            source=InfoSource(case.source), place=Place(case.place),
            subject=CaseSubject(case.subject), risk_level=RiskLevel(case.risk_level),
            summary=case.summary,
            incident_at=aware(case.incident_at) if case.incident_at else None,
            place_detail=case.place_detail, urgent=case.urgent, people=people,
            injuries=case.injuries, current_situation=case.current_situation,
            likely_consequences=case.likely_consequences,
            family_situation=case.family_situation, caregiver=case.caregiver,
            immediate_actions=case.immediate_actions,
            informant_consents=case.informant_consents, informant_name=case.informant_name,
            informant_phone=case.informant_phone, informant_address=case.informant_address,
            restricted=case.restricted,
            channel=IntakeChannel(case.intake_channel) if case.intake_channel else None,
            channel_note=case.channel_note)
        detail = CaseDetail(
            _brief(case, tuple(c.full_name for c in children)), intake, children, steps,
            case.withhold_note, case.plan_approver, case.plan_approved_on, case.plan_summary,
            aware(case.closed_at) if case.closed_at else None, case.closure_note,
            accounts.get(case.created_by, "?"), case.from_concern, case.alert_pending,
            *_seal_state(s, case_id))
    session.audit(AuditAction.VIEW, RECORD, case_id)
    return detail


def _seal_state(s: Session, case_id: int) -> tuple[bool, bool]:
    is_sealed = bool(sealed_ids(s, [case_id]))
    return is_sealed, not is_sealed or is_open_to(s, case_id)


def require_readable(s: Session, session: AppSession, case_id: int) -> None:
    """Refuse (and audit) reading a sealed case's content without its key."""
    if sealed_ids(s, [case_id]) and not is_open_to(s, case_id):
        s.rollback()  # ends this read so that the refusal can be written
        session.audit(AuditAction.ACCESS_DENIED, RECORD, case_id, "sealed")
        raise SealedContentLocked()


def case_is_visible(session: AppSession, case_id: int) -> bool:
    with session.db() as s:
        return s.scalar(select(Case.id).where(Case.id == case_id,
                                              visible_clause(session))) is not None


# -- steps and closing -----------------------------------------------------------------------------


def complete_step(session: AppSession, case_id: int, step: ProcedureStep, at: datetime,
                  note: str = "") -> None:
    """Mark a procedure step done (time and account are kept); writes a chronology entry."""
    require_case_manager(session, case_id)
    if step in (ProcedureStep.RECEIVED, ProcedureStep.CLOSED):
        raise ValueError("use open_case / close_case")
    now = session.clock.now()
    check_not_future(now, times={"at": at})
    note = normalize_multiline(note)
    check_lengths({"note": (note, limits.NOTE)})
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        _ensure_open(case)
        _mark_step(s, session, case, step, at, note, now)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"step={step.value}", s=s)


def _ensure_open(case: Case) -> None:
    if case.status == CaseStatus.CLOSED.value:
        raise KimbaiError(QT_TRANSLATE_NOOP(
            "Errors", "This case is closed. Reopen it first if something must be added."))


def _mark_step(s: Session, session: AppSession, case: Case, step: ProcedureStep, at: datetime,
               note: str, now: datetime) -> None:
    row = s.scalars(select(CaseStep).where(CaseStep.case_id == case.id,
                                           CaseStep.step == step.value)).first()
    if row is None:
        s.add(CaseStep(case_id=case.id, step=step.value, done_at=utc(at),
                       done_by=session.user.id, note=note))
    if ProcedureStep(case.step).index < step.index:
        case.step = step.value
    case.updated_at = utc(now)
    text = step.vi + (f": {note}" if note else "")
    chronology.append(s, case.id, kind="step", event_at=utc(at), entered_at=utc(now),
                      author_id=session.user.id, text=text)


def close_case(session: AppSession, case_id: int, note: str) -> None:
    """Close (kết thúc): only with a review decision and the written result report recorded."""
    require_case_manager(session, case_id)
    note = normalize_multiline(note)
    check_lengths({"note": (note, limits.NARRATIVE)})
    now = session.clock.now()
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        _ensure_open(case)
        done = set(s.scalars(select(CaseStep.step).where(CaseStep.case_id == case_id)))
        missing = [st for st in (ProcedureStep.REVIEW, ProcedureStep.RESULT_REPORT)
                   if st.value not in done]
        if missing:
            raise ValidationError({"close": QT_TRANSLATE_NOOP(
                "Errors", "A case can be closed only after the review decision and the written "
                "result report are recorded.")})
        case.status, case.closed_at = CaseStatus.CLOSED.value, utc(now)
        case.closure_note = note
        _mark_step(s, session, case, ProcedureStep.CLOSED, now, case.closure_note, now)
        session.audit(AuditAction.CHANGE, RECORD, case_id, "closed", s=s)


def reopen_case(session: AppSession, case_id: int, reason: str) -> None:
    require_case_manager(session, case_id)
    reason = normalize_multiline(reason)
    if not reason:
        raise ValidationError({"reason": QT_TRANSLATE_NOOP(
            "Errors", "Write why the case is reopened.")})
    check_lengths({"reason": (reason, limits.NOTE)})
    now = session.clock.now()
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        if case.status != CaseStatus.CLOSED.value:
            return
        case.status, case.closed_at = CaseStatus.OPEN.value, None
        s.query(CaseStep).filter(CaseStep.case_id == case_id,
                                 CaseStep.step == ProcedureStep.CLOSED.value).delete()
        case.step = max((ProcedureStep(st) for st in s.scalars(
            select(CaseStep.step).where(CaseStep.case_id == case_id))),
            key=lambda st: st.index).value
        chronology.append(s, case_id, kind="note", event_at=utc(now), entered_at=utc(now),
                          author_id=session.user.id, text=f"Mở lại hồ sơ: {reason}")
        session.audit(AuditAction.CHANGE, RECORD, case_id, "reopened", s=s)


def set_restricted(session: AppSession, case_id: int, restricted: bool) -> None:
    """Only the principal may restrict a case to themself, or lift that."""
    session.require(Permission.MANAGE_ACCOUNTS, RECORD, case_id)
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        case.restricted = restricted
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"restricted={restricted}", s=s)


def update_withhold_note(session: AppSession, case_id: int, note: str) -> None:
    require_case_manager(session, case_id)
    note = normalize_multiline(note)
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        check_lengths({"note": (note, limits.NOTE)}, previous={"note": case.withhold_note})
        case.withhold_note = note
        session.audit(AuditAction.CHANGE, RECORD, case_id, "withhold_note", s=s)


@dataclass(frozen=True)
class CaseAlert:
    case_id: int
    code: str
    received_at: datetime


def pending_alerts(session: AppSession) -> list[CaseAlert]:
    """New concerns from teachers not yet acknowledged (no content: code and time only)."""
    if not session.can(Permission.MANAGE_CASES):
        return []
    with session.db() as s:
        rows = s.execute(select(Case.id, Case.code, Case.received_at).where(
            Case.alert_pending.is_(True), visible_clause(session))
            .order_by(Case.received_at)).all()
    return [CaseAlert(i, c, aware(r)) for i, c, r in rows]


def acknowledge_alert(session: AppSession, case_id: int) -> None:
    require_case_manager(session, case_id)
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        case.alert_pending = False
        session.audit(AuditAction.VIEW, RECORD, case_id, "alert acknowledged", s=s)


@dataclass(frozen=True)
class ConcernStatus:
    """What a teacher sees of a concern they recorded: that it was received and is handled."""

    code: str
    received_at: datetime
    handled: bool  # a counsellor or the principal has taken it up
    closed: bool


def my_concerns(session: AppSession) -> list[ConcernStatus]:
    session.require(Permission.VIEW_OWN_CONCERNS)
    with session.db() as s:
        rows = s.scalars(select(Case).where(Case.created_by == session.user.id,
                                            Case.from_concern.is_(True))
                         .order_by(Case.received_at.desc())).all()
        return [ConcernStatus(c.code, aware(c.received_at), not c.alert_pending,
                              c.status == CaseStatus.CLOSED.value) for c in rows]


@dataclass(frozen=True)
class ConcernInput:
    """The teacher's quick form."""

    what_happened: str
    pupil_id: int | None = None
    child_name: str = ""
    child_age: int | None = None
    forms: tuple[AbuseForm, ...] = (AbuseForm.OTHER_HARM,)
    place: Place = Place.SCHOOL
    place_detail: str = ""
    happened_at: datetime | None = None
    urgent: bool = False
    actions_taken: str = ""
    people: tuple[PersonInput, ...] = field(default_factory=tuple)


def record_concern(session: AppSession, concern: ConcernInput) -> str:
    """A teacher's concern lands as a new case at the intake step; returns its code."""
    session.require(Permission.RECORD_CONCERN, RECORD)
    now = session.clock.now()
    check_not_future(now, times={"happened_at": concern.happened_at})
    happened = concern.happened_at or now
    intake = CaseIntake(
        children=(ChildInput(concern.pupil_id, concern.child_name, concern.child_age),),
        forms=concern.forms or (AbuseForm.OTHER_HARM,), received_at=now,
        discovered_at=min(happened, now), incident_at=concern.happened_at,
        source=InfoSource.IN_PERSON, place=concern.place, place_detail=concern.place_detail,
        subject=CaseSubject.ABUSED, risk_level=RiskLevel.HIGH if concern.urgent else RiskLevel.MEDIUM,
        summary=concern.what_happened, urgent=concern.urgent,
        immediate_actions=concern.actions_taken, people=concern.people,
        channel=IntakeChannel.TEACHER)  # a teacher's concern reached the school through them
    case_id = open_case(session, intake, from_concern=True)
    with session.db() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.code


@dataclass(frozen=True)
class PupilChoice:
    """Just enough to say which child a concern is about."""

    id: int
    full_name: str
    class_name: str


def find_pupils_for_concern(session: AppSession, text: str, limit: int = 20) -> list[PupilChoice]:
    """Active pupils whose name matches ``text`` (accent-free), for the intake and the teacher's
    concern form. Gives only name and class; not audited per keystroke (the saved concern is)."""
    session.require(Permission.RECORD_CONCERN, "register")
    from kimbai_desktop.domain.register import PupilStatus
    from kimbai_desktop.storage.models import Enrolment

    tokens = fold(text).split()
    if not tokens:
        return []
    year = session.school_profile().school_year
    enrol = select(Enrolment.pupil_id, Enrolment.class_name).where(
        Enrolment.school_year == year).subquery()
    stmt = (select(Pupil.id, Pupil.full_name, enrol.c.class_name)
            .outerjoin(enrol, enrol.c.pupil_id == Pupil.id)
            .where(Pupil.status == PupilStatus.ACTIVE.value))
    stmt = pupil_text_filter(stmt, " ".join(tokens))
    rank = rank_expression(Pupil.search_text, tuple(tokens))  # whole words first, as the register
    with session.db() as s:
        rows = s.execute(stmt.order_by(rank, Pupil.name_sort, Pupil.id).limit(limit)).all()
    return [PupilChoice(i, n, c or "") for i, n, c in rows]


@dataclass(frozen=True)
class LevelOffer:
    """A pupil of the case whose protection level is below what the case suggests."""

    pupil_id: int
    full_name: str
    current: ProtectionLevel
    suggested: ProtectionLevel


def level_offers(session: AppSession, case_id: int) -> list[LevelOffer]:
    """After intake: pupils to raise to "can thiệp" (abused) or "hỗ trợ" (at risk)."""
    require_case_manager(session, case_id)
    if not session.can(Permission.EDIT_REGISTER):
        return []
    with session.db() as s:
        case = _load_visible(s, session, case_id)
        if sealed_ids(s, [case_id]):
            return []  # the register's level history would tie the child to the sealed case
        suggested = (ProtectionLevel.INTERVENTION if case.subject == CaseSubject.ABUSED.value
                     else ProtectionLevel.SUPPORT)
        rows = s.execute(select(Pupil.id, Pupil.full_name, Pupil.current_level)
                         .join(CaseChild, CaseChild.pupil_id == Pupil.id)
                         .where(CaseChild.case_id == case_id)).all()
    order = list(ProtectionLevel)
    return [LevelOffer(pid, name, ProtectionLevel(level), suggested) for pid, name, level in rows
            if order.index(ProtectionLevel(level)) < order.index(suggested)]


def raise_level_for_case(session: AppSession, case_id: int, offer: LevelOffer) -> None:
    """Raise the pupil's protection level, dated today, with the case as the reason."""
    from kimbai_desktop.services.register import set_level

    with session.db() as s:
        code = _load_visible(s, session, case_id).code
    today = session.clock.now().astimezone().date()
    set_level(session, offer.pupil_id, offer.suggested, today, f"Hồ sơ vụ việc {code}",
              case_ref=code)


def staff_choices(session: AppSession) -> list[tuple[int, str]]:
    """Accounts an allegation can name (id, full name), for the intake form."""
    if not (session.can(Permission.MANAGE_CASES) or session.can(Permission.RECORD_CONCERN)):
        raise PermissionDenied()
    with session.db() as s:
        return [(i, n) for i, n in s.execute(select(Account.id, Account.full_name)
                                             .order_by(Account.full_name))]
