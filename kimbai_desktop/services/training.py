"""Training and awareness log (tập huấn, tuyên truyền): the staff directory, activities with
audiences and attendance, yearly targets with progress computed from what was recorded, each staff
member's history and who has not yet been trained in a topic."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.enums import Semester
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import fold, name_sort_key, normalize_multiline, normalize_text
from kimbai_desktop.domain.training import (
    ActivityKind,
    Audience,
    StaffCategory,
    TargetMetric,
    Topic,
    progress_percent,
    school_year_bounds,
    semester_of,
    semester_start,
)
from kimbai_desktop.domain.when import check_not_future, school_today
from kimbai_desktop.services.preferences import load_name_order
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import (
    Activity,
    ActivityAudience,
    ActivityFile,
    PupilAttendance,
    StaffAttendance,
    StaffMember,
    Target,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This record does not exist (any more).")
MAX_FILE_BYTES = 20 * 1024 * 1024


# -- staff directory ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffInput:
    full_name: str
    category: StaffCategory
    position: str = ""
    phone: str = ""
    email: str = ""
    account_id: int | None = None


@dataclass(frozen=True)
class StaffInfo:
    id: int
    full_name: str
    category: StaffCategory
    position: str
    phone: str
    email: str
    active: bool
    left_on: date | None
    account_id: int | None


def _staff_info(m: StaffMember) -> StaffInfo:
    return StaffInfo(m.id, m.full_name, StaffCategory(m.category), m.position, m.phone, m.email,
                     m.active, m.left_on, m.account_id)


def save_staff(session: AppSession, data: StaffInput, staff_id: int | None = None) -> int:
    session.require(Permission.MANAGE_TRAINING, "staff", staff_id or "")
    name = normalize_text(data.full_name)
    if not name:
        raise ValidationError({"full_name": QT_TRANSLATE_NOOP("Errors", "Enter the full name.")})
    position, phone = normalize_text(data.position), normalize_text(data.phone)
    email = normalize_text(data.email)
    check_lengths({"full_name": (name, limits.NAME), "position": (position, limits.NAME),
                   "phone": (phone, limits.PHONE), "email": (email, limits.NAME)})
    now = session.clock.now().replace(tzinfo=None)
    order = load_name_order(session)
    with session.write() as s:
        if staff_id is None:
            member = StaffMember(active=True, created_at=now)
            s.add(member)
        else:
            found = s.get(StaffMember, staff_id)
            if found is None:
                raise KimbaiError(NOT_FOUND)
            member = found
        member.full_name, member.name_sort = name, name_sort_key(name, order)
        member.search_text = fold(f"{name} {position}")
        member.category, member.position = data.category.value, position
        member.phone, member.email = phone, email
        member.account_id = data.account_id
        s.flush()
        session.audit(AuditAction.CREATE if staff_id is None else AuditAction.CHANGE, "staff",
                      member.id, s=s)
        return member.id


def archive_staff(session: AppSession, staff_id: int, left_on: date | None) -> None:
    """A leaver stays in the directory (and in attendance history), marked as left."""
    session.require(Permission.MANAGE_TRAINING, "staff", staff_id)
    check_not_future(session.clock.now(), dates={"left_on": left_on})
    with session.write() as s:
        member = s.get(StaffMember, staff_id)
        if member is None:
            raise KimbaiError(NOT_FOUND)
        member.active, member.left_on = left_on is None, left_on
        session.audit(AuditAction.CHANGE, "staff", staff_id,
                      "left" if left_on else "back", s=s)


def list_staff(session: AppSession, *, text: str = "", include_left: bool = False,
               category: StaffCategory | None = None) -> list[StaffInfo]:
    session.require(Permission.MANAGE_TRAINING, "staff")
    stmt = select(StaffMember)
    if not include_left:
        stmt = stmt.where(StaffMember.active.is_(True))
    if category is not None:
        stmt = stmt.where(StaffMember.category == category.value)
    for token in fold(text).split():
        stmt = stmt.where(StaffMember.search_text.contains(token, autoescape=True))
    with session.db() as s:
        return [_staff_info(m) for m in s.scalars(stmt.order_by(StaffMember.name_sort))]


# -- activities ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AudienceCount:
    audience: Audience
    male: int = 0
    female: int = 0
    unknown: int = 0  # when the sex was not noted

    @property
    def total(self) -> int:
        return self.male + self.female + self.unknown


@dataclass(frozen=True)
class ActivityInput:
    kind: ActivityKind
    title: str
    held_on: date
    duration_minutes: int
    topics: tuple[Topic, ...]
    audiences: tuple[AudienceCount, ...] = ()
    custom_kind: str = ""  # the name of an "other" kind
    place: str = ""
    facilitators: str = ""
    invited_facilitator: bool = False
    evaluation: str = ""
    staff_ids: tuple[int, ...] = ()  # attendance by name
    pupil_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    school_year: str
    kind: ActivityKind
    kind_label: str  # the custom name for "other"
    title: str
    held_on: date
    duration_minutes: int
    topics: tuple[Topic, ...]
    audiences: tuple[AudienceCount, ...]
    place: str
    facilitators: str
    invited_facilitator: bool
    evaluation: str
    staff_ids: tuple[int, ...]
    pupil_ids: tuple[int, ...]
    semester: Semester
    planned: bool = False  # dated after today: planned ("Dự kiến"), not counted as held

    @property
    def participants(self) -> int:
        return sum(a.total for a in self.audiences)


def _validate_activity(data: ActivityInput, today: date) -> None:
    errors: dict[str, str] = {}
    if not normalize_text(data.title):
        errors["title"] = QT_TRANSLATE_NOOP("Errors", "Enter the activity's title.")
    if not data.topics:
        errors["topics"] = QT_TRANSLATE_NOOP("Errors", "Choose at least one topic.")
    if not 1 <= data.duration_minutes <= 24 * 60 * 5:
        errors["duration_minutes"] = QT_TRANSLATE_NOOP(
            "Errors", "Enter the duration in hours and minutes (for example 1 hour 30 minutes).")
    if data.kind == ActivityKind.OTHER and not normalize_text(data.custom_kind):
        errors["custom_kind"] = QT_TRANSLATE_NOOP("Errors", "Name the kind of activity.")
    if any(n < 0 for a in data.audiences for n in (a.male, a.female, a.unknown)):
        errors["audiences"] = QT_TRANSLATE_NOOP("Errors", "Participant counts cannot be negative.")
    if len({a.audience for a in data.audiences}) != len(data.audiences):
        errors["audiences"] = QT_TRANSLATE_NOOP("Errors", "Each audience group once, please.")
    if data.held_on.year < 2000 or (data.held_on - today).days > 366:
        errors["held_on"] = QT_TRANSLATE_NOOP("Errors", "Check the date of the activity.")
    if errors:
        raise ValidationError(errors)


def save_activity(session: AppSession, data: ActivityInput, activity_id: int | None = None) -> int:
    """Record (or correct) an activity with its audiences and attendance, in one transaction.

    When names are ticked for staff or pupils and no count was given for that group, the count
    is taken from the ticked names."""
    session.require(Permission.MANAGE_TRAINING, "activity", activity_id or "")
    _validate_activity(data, school_today(session.clock.now()))
    from kimbai_desktop.domain.formatting import school_year_of

    now = session.clock.now().replace(tzinfo=None)
    audiences = {a.audience: a for a in data.audiences}
    with session.write() as s:
        if activity_id is None:
            row = Activity(created_by=session.user.id, created_at=now)
            s.add(row)
        else:
            found = s.get(Activity, activity_id)
            if found is None:
                raise KimbaiError(NOT_FOUND)
            row = found
        texts = {"custom_kind": (normalize_text(data.custom_kind), limits.NAME),
                 "title": (normalize_text(data.title), limits.SHORT),
                 "place": (normalize_text(data.place), limits.LABEL),
                 "facilitators": (normalize_text(data.facilitators), limits.SHORT),
                 "evaluation": (normalize_multiline(data.evaluation), limits.NARRATIVE)}
        check_lengths(texts, previous=None if activity_id is None else {
            "evaluation": row.evaluation, "facilitators": row.facilitators})
        row.school_year = school_year_of(data.held_on)
        row.kind, row.custom_kind = data.kind.value, texts["custom_kind"][0]
        row.title, row.held_on = texts["title"][0], data.held_on
        row.duration_minutes, row.place = data.duration_minutes, texts["place"][0]
        row.facilitators = texts["facilitators"][0]
        row.invited_facilitator = data.invited_facilitator
        row.topics = json.dumps([t.value for t in dict.fromkeys(data.topics)])
        row.evaluation, row.updated_at = texts["evaluation"][0], now
        s.flush()
        for table in (ActivityAudience, StaffAttendance, PupilAttendance):
            s.execute(delete(table).where(table.activity_id == row.id))
        staff_ids = sorted(set(data.staff_ids))
        pupil_ids = sorted(set(data.pupil_ids))
        if staff_ids and Audience.STAFF not in audiences:
            audiences[Audience.STAFF] = AudienceCount(Audience.STAFF, unknown=len(staff_ids))
        if pupil_ids and Audience.PUPILS not in audiences:
            audiences[Audience.PUPILS] = AudienceCount(Audience.PUPILS, unknown=len(pupil_ids))
        s.add_all(ActivityAudience(activity_id=row.id, audience=a.audience.value, male=a.male,
                                   female=a.female, unknown=a.unknown)
                  for a in audiences.values())
        s.add_all(StaffAttendance(activity_id=row.id, staff_id=i) for i in staff_ids)
        s.add_all(PupilAttendance(activity_id=row.id, pupil_id=i) for i in pupil_ids)
        session.audit(AuditAction.CREATE if activity_id is None else AuditAction.CHANGE,
                      "activity", row.id, s=s)
        return row.id


def set_staff_attendance(session: AppSession, activity_id: int, staff_ids: tuple[int, ...]) -> None:
    """Tick who attended (attendance edits keep the rest of the activity)."""
    info = get_activity(session, activity_id)
    data = ActivityInput(info.kind, info.title, info.held_on, info.duration_minutes, info.topics,
                         tuple(a for a in info.audiences if a.audience != Audience.STAFF
                               or not info.staff_ids),
                         info.kind_label if info.kind == ActivityKind.OTHER else "", info.place,
                         info.facilitators, info.invited_facilitator, info.evaluation,
                         staff_ids, info.pupil_ids)
    save_activity(session, data, activity_id)


def _today(session: AppSession) -> date:
    return school_today(session.clock.now())


def _activity_infos(s: Any, rows: list[Activity], today: date) -> list[ActivityInfo]:
    """``today`` tells held activities from planned ones."""
    ids = [r.id for r in rows]
    audiences: dict[int, list[AudienceCount]] = {}
    staff: dict[int, list[int]] = {}
    pupils: dict[int, list[int]] = {}
    if ids:
        for a in s.scalars(select(ActivityAudience).where(ActivityAudience.activity_id.in_(ids))
                           .order_by(ActivityAudience.id)):
            audiences.setdefault(a.activity_id, []).append(
                AudienceCount(Audience(a.audience), a.male, a.female, a.unknown))
        for aid, sid in s.execute(select(StaffAttendance.activity_id, StaffAttendance.staff_id)
                                  .where(StaffAttendance.activity_id.in_(ids))):
            staff.setdefault(aid, []).append(sid)
        for aid, pid in s.execute(select(PupilAttendance.activity_id, PupilAttendance.pupil_id)
                                  .where(PupilAttendance.activity_id.in_(ids))):
            pupils.setdefault(aid, []).append(pid)
    out = []
    for r in rows:
        kind = ActivityKind(r.kind)
        out.append(ActivityInfo(
            r.id, r.school_year, kind, r.custom_kind if kind == ActivityKind.OTHER else kind.vi,
            r.title, r.held_on, r.duration_minutes, tuple(Topic(t) for t in json.loads(r.topics)),
            tuple(audiences.get(r.id, [])), r.place, r.facilitators, r.invited_facilitator,
            r.evaluation, tuple(sorted(staff.get(r.id, []))), tuple(sorted(pupils.get(r.id, []))),
            semester_of(r.held_on), r.held_on > today))
    return out


def get_activity(session: AppSession, activity_id: int) -> ActivityInfo:
    session.require(Permission.MANAGE_TRAINING, "activity", activity_id)
    with session.db() as s:
        row = s.get(Activity, activity_id)
        if row is None:
            raise KimbaiError(NOT_FOUND)
        return _activity_infos(s, [row], _today(session))[0]


def list_activities(session: AppSession, school_year: str = "", *,
                    kind: ActivityKind | None = None, topic: Topic | None = None,
                    text: str = "") -> list[ActivityInfo]:
    """The year's activities, newest first (the current school year by default)."""
    if not (session.can(Permission.MANAGE_TRAINING) or session.can(Permission.VIEW_STATISTICS)):
        session.require(Permission.MANAGE_TRAINING, "activities")
    year = school_year or session.school_profile().school_year
    stmt = select(Activity).where(Activity.school_year == year)
    if kind is not None:
        stmt = stmt.where(Activity.kind == kind.value)
    with session.db() as s:
        rows = list(s.scalars(stmt.order_by(Activity.held_on.desc(), Activity.id.desc())))
        infos = _activity_infos(s, rows, _today(session))
    if topic is not None:
        infos = [i for i in infos if topic in i.topics]
    for token in fold(text).split():
        infos = [i for i in infos if token in fold(f"{i.title} {i.place} {i.facilitators}")]
    return infos


def custom_kinds(session: AppSession) -> list[str]:
    """Names given to "other" kinds so far, to offer them again."""
    with session.db() as s:
        return sorted({k for k in s.scalars(select(Activity.custom_kind).where(
            Activity.kind == ActivityKind.OTHER.value)) if k}, key=name_sort_key)


def add_material(session: AppSession, activity_id: int, filename: str, data: bytes,
                 mime: str = "application/octet-stream") -> int:
    session.require(Permission.MANAGE_TRAINING, "activity", activity_id)
    if not data or len(data) > MAX_FILE_BYTES:
        raise ValidationError({"file": QT_TRANSLATE_NOOP(
            "Errors", "The file must not be empty nor larger than 20 MB.")})
    name = normalize_text(filename).replace("/", "_").replace("\\", "_") or "tep"
    check_lengths({"file": (name, limits.FILE_NAME)})
    with session.write() as s:
        if s.get(Activity, activity_id) is None:
            raise KimbaiError(NOT_FOUND)
        row = ActivityFile(activity_id=activity_id, filename=name,
                           mime=mime, size=len(data), data=data,
                           added_at=session.clock.now().replace(tzinfo=None))
        s.add(row)
        s.flush()
        session.audit(AuditAction.CHANGE, "activity", activity_id, "material+", s=s)
        return row.id


def list_materials(session: AppSession, activity_id: int) -> list[tuple[int, str, int]]:
    session.require(Permission.MANAGE_TRAINING, "activity", activity_id)
    with session.db() as s:
        return [(i, n, z) for i, n, z in s.execute(
            select(ActivityFile.id, ActivityFile.filename, ActivityFile.size)
            .where(ActivityFile.activity_id == activity_id).order_by(ActivityFile.id))]


def read_material(session: AppSession, file_id: int, *, for_export: bool = False) -> bytes:
    """The file's bytes in memory; ``for_export`` (saving a copy out) is audited as an export."""
    session.require(Permission.MANAGE_TRAINING, "activity_file", file_id)
    with session.db() as s:
        data = s.scalar(select(ActivityFile.data).where(ActivityFile.id == file_id))
    if data is None:
        raise KimbaiError(NOT_FOUND)
    session.audit(AuditAction.EXPORT if for_export else AuditAction.VIEW, "activity_file", file_id)
    return bytes(data)


def training_years(session: AppSession) -> list[str]:
    """School years with recorded activities or targets, plus the current one; newest first."""
    if not (session.can(Permission.MANAGE_TRAINING) or session.can(Permission.VIEW_STATISTICS)):
        session.require(Permission.MANAGE_TRAINING, "activities")
    with session.db() as s:
        years = set(s.scalars(select(Activity.school_year).distinct()))
        years |= set(s.scalars(select(Target.school_year).distinct()))
    years.add(session.school_profile().school_year)
    return sorted(years, reverse=True)


# -- targets and progress ------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetInput:
    description: str
    metric: TargetMetric
    target_value: int
    kind: ActivityKind | None = None
    topic: Topic | None = None
    audience: Audience | None = None
    per_semester: bool = False  # "2 buổi mỗi học kỳ": counted in each semester separately
    owner: str = ""  # who is in charge (phụ trách)
    due: date | None = None  # by when it must be reached (thời hạn)


@dataclass(frozen=True)
class TargetProgress:
    id: int
    school_year: str
    description: str
    metric: TargetMetric
    target_value: int
    value: float  # for per-semester targets: the weaker semester
    percent: int
    met: bool
    by_semester: tuple[tuple[Semester, float], ...]  # empty unless per semester
    kind: ActivityKind | None = None  # what the target counts (for editing it)
    topic: Topic | None = None
    audience: Audience | None = None
    per_semester: bool = False
    owner: str = ""
    due: date | None = None

    def overdue(self, today: date) -> bool:
        """Not met and its due date has passed."""
        return not self.met and self.due is not None and self.due < today


def save_target(session: AppSession, data: TargetInput, school_year: str = "",
                target_id: int | None = None) -> int:
    session.require(Permission.MANAGE_TRAINING, "target", target_id or "")
    errors: dict[str, str] = {}
    description = normalize_text(data.description)
    if not description:
        errors["description"] = QT_TRANSLATE_NOOP("Errors", "Describe the target.")
    if data.target_value <= 0 or (data.metric == TargetMetric.STAFF_COVERAGE
                                  and data.target_value > 100):
        errors["target_value"] = QT_TRANSLATE_NOOP(
            "Errors", "Enter a positive number (a percentage at most 100).")
    if data.metric == TargetMetric.STAFF_COVERAGE and data.topic is None:
        errors["topic"] = QT_TRANSLATE_NOOP("Errors", "Choose the topic staff are trained in.")
    owner = normalize_text(data.owner)
    check_lengths({"description": (description, limits.SHORT), "owner": (owner, limits.NAME)},
                  errors=errors)
    year = school_year or session.school_profile().school_year
    with session.write() as s:
        if target_id is None:
            row = Target(created_at=session.clock.now().replace(tzinfo=None))
            s.add(row)
        else:
            found = s.get(Target, target_id)
            if found is None:
                raise KimbaiError(NOT_FOUND)
            row = found
        row.school_year, row.description = year, description
        row.metric, row.target_value = data.metric.value, data.target_value
        row.kind = data.kind.value if data.kind else None
        row.topic = data.topic.value if data.topic else None
        row.audience = data.audience.value if data.audience else None
        row.semester = "each" if data.per_semester else None
        row.owner, row.due = owner, data.due
        s.flush()
        session.audit(AuditAction.CHANGE, "target", row.id, s=s)
        return row.id


def delete_target(session: AppSession, target_id: int) -> None:
    session.require(Permission.MANAGE_TRAINING, "target", target_id)
    with session.write() as s:
        s.execute(delete(Target).where(Target.id == target_id))
        session.audit(AuditAction.DELETE, "target", target_id, s=s)


def _measure(target: Target, activities: list[ActivityInfo], staff_pool: int,
             attended_by_topic: dict[str, set[int]]) -> float:
    chosen = [a for a in activities
              if (target.kind is None or a.kind.value == target.kind)
              and (target.topic is None or any(t.value == target.topic for t in a.topics))]
    metric = TargetMetric(target.metric)
    if metric == TargetMetric.SESSIONS:
        return float(len(chosen))
    if metric == TargetMetric.PARTICIPANTS:
        return float(sum(c.total for a in chosen for c in a.audiences
                         if target.audience is None or c.audience.value == target.audience))
    trained = attended_by_topic.get(target.topic or "", set())
    return round(100.0 * len(trained) / staff_pool, 1) if staff_pool else 0.0


def targets_progress(session: AppSession, school_year: str = "") -> list[TargetProgress]:
    """Each target of the year with its progress, computed from activities and attendance.

    Only activities held by today count; planned ones (dated later) do not. Staff coverage
    counts active staff who attended at least one activity on the topic in the school year
    (leavers are not in the pool)."""
    if not (session.can(Permission.MANAGE_TRAINING) or session.can(Permission.VIEW_STATISTICS)):
        session.require(Permission.MANAGE_TRAINING, "targets")
    year = school_year or session.school_profile().school_year
    activities = [a for a in list_activities(session, year) if not a.planned]
    today = school_today(session.clock.now())
    with session.db() as s:
        targets = list(s.scalars(select(Target).where(Target.school_year == year)
                                 .order_by(Target.id)))
        active = set(s.scalars(select(StaffMember.id).where(StaffMember.active.is_(True))))
    out = []
    for t in targets:
        def measure(acts: list[ActivityInfo], t: Target = t) -> float:
            by_topic: dict[str, set[int]] = {}
            for a in acts:
                for topic in a.topics:
                    by_topic.setdefault(topic.value, set()).update(
                        i for i in a.staff_ids if i in active)
            return _measure(t, acts, len(active), by_topic)

        by_semester: tuple[tuple[Semester, float], ...] = ()
        if t.semester == "each":
            # The weakest semester that has begun: one not yet begun is not a shortfall.
            by_semester = tuple((sem, measure([a for a in activities if a.semester == sem]))
                                for sem in Semester if semester_start(year, sem) <= today)
            value = min((v for _, v in by_semester), default=0.0)
        else:
            value = measure(activities)
        out.append(TargetProgress(
            t.id, t.school_year, t.description, TargetMetric(t.metric), t.target_value, value,
            progress_percent(value, t.target_value), value >= t.target_value, by_semester,
            ActivityKind(t.kind) if t.kind else None, Topic(t.topic) if t.topic else None,
            Audience(t.audience) if t.audience else None, t.semester == "each", t.owner,
            t.due))
    return out


# -- people's history ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffTraining:
    staff: StaffInfo
    activities: tuple[ActivityInfo, ...]  # planned ones included, marked as such
    hours: float  # of the activities held


def staff_history(session: AppSession, staff_id: int) -> StaffTraining:
    """Everything a staff member attended or is down for, with the hours held (all years)."""
    session.require(Permission.MANAGE_TRAINING, "staff", staff_id)
    with session.db() as s:
        member = s.get(StaffMember, staff_id)
        if member is None:
            raise KimbaiError(NOT_FOUND)
        rows = list(s.scalars(select(Activity).join(
            StaffAttendance, StaffAttendance.activity_id == Activity.id).where(
            StaffAttendance.staff_id == staff_id).order_by(Activity.held_on.desc())))
        infos = _activity_infos(s, rows, _today(session))
        info = _staff_info(member)
    hours = round(sum(a.duration_minutes for a in infos if not a.planned) / 60.0, 1)
    return StaffTraining(info, tuple(infos), hours)


def not_trained(session: AppSession, topic: Topic, school_year: str = "") -> list[StaffInfo]:
    """Active staff who have not attended any activity on ``topic`` (in the year, or ever when
    ``school_year`` is "all"); a planned activity does not count as attended."""
    session.require(Permission.MANAGE_TRAINING, "staff")
    acts = list_activities(session, school_year) if school_year != "all" else None
    with session.db() as s:
        if acts is None:
            rows = list(s.scalars(select(Activity)))
            acts = _activity_infos(s, rows, _today(session))
        trained = {i for a in acts if topic in a.topics and not a.planned for i in a.staff_ids}
        members = list(s.scalars(select(StaffMember).where(StaffMember.active.is_(True))
                                 .order_by(StaffMember.name_sort)))
    return [_staff_info(m) for m in members if m.id not in trained]


def training_hours(session: AppSession, school_year: str = "") -> dict[int, float]:
    """Hours of training per active staff member in the school year (activities held by today)."""
    session.require(Permission.MANAGE_TRAINING, "staff")
    year = school_year or session.school_profile().school_year
    start, end = school_year_bounds(year)
    end = min(end, _today(session))
    with session.db() as s:
        rows = s.execute(select(StaffAttendance.staff_id, func.sum(Activity.duration_minutes))
                         .join(Activity, Activity.id == StaffAttendance.activity_id)
                         .where(Activity.held_on.between(start, end))
                         .group_by(StaffAttendance.staff_id)).all()
    return {sid: round((minutes or 0) / 60.0, 1) for sid, minutes in rows}
