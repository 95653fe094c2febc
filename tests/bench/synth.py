"""Synthetic data for the benchmarks: a large school over ten years, or a district's register.

Deterministic for a seed. Rows go in with SQLAlchemy Core ``executemany`` inside one write
transaction (the services would write an audit event and re-read the chain head for every row,
which is what a user does once, not what ten years of data needs). Everything the services keep
in step is computed the same way here: NFC names, the Vietnamese sort key, the folded search
text, the audit chain and each case's chronology chain, so the app reads the result exactly like
data it wrote itself (tests/test_bench_synth.py checks this on a small scale).

``Scale.school()``: 30,000 pupils across ten school years, 5,000 cases with 100,000 chronology
entries, 2,000 activities. ``Scale.district()``: 100,000 pupils in one database.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from kimbai_desktop.domain.cases import (
    CaseStatus,
    Channel,
    EntryKind,
    PerpetratorRelation,
    Place,
    Recipient,
    ReferralStatus,
    Service,
    TaskStatus,
    case_code,
)
from kimbai_desktop.domain.enums import (
    AbuseForm,
    CaseSubject,
    InfoSource,
    ProcedureStep,
    ProtectionLevel,
    RiskLevel,
    Sex,
    SpecialCircumstance,
)
from kimbai_desktop.domain.register import (
    GuardianRelation,
    PupilStatus,
    ReviewCriterion,
    ReviewDecision,
)
from kimbai_desktop.domain.text import fold, name_sort_key
from kimbai_desktop.domain.training import (
    ActivityKind,
    Audience,
    StaffCategory,
    TargetMetric,
    Topic,
)
from kimbai_desktop.storage import audit as audit_chain
from kimbai_desktop.storage import chronology as chrono
from kimbai_desktop.storage.engine import writer
from kimbai_desktop.storage.models import (
    Account,
    Activity,
    ActivityAudience,
    AuditEvent,
    Case,
    CaseChild,
    CasePerson,
    CaseStep,
    ChronologyEntry,
    Circumstance,
    Consent,
    Enrolment,
    Guardian,
    LevelChange,
    Notification,
    PlanTask,
    Pupil,
    PupilAttendance,
    Referral,
    Review,
    StaffAttendance,
    StaffMember,
    Target,
)

# The benchmarks' "today": fixed, so that every run sees the same due and overdue rows.
TODAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # 10:00 school time
CURRENT_YEAR = "2026-2027"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Tạ"]
MIDDLE_GIRL = ["Thị", "Ngọc", "Thu", "Minh", "Khánh", "Phương", "Bảo", "Thị Thu", "Hoài", "Diệu"]
MIDDLE_BOY = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Gia", "Tuấn", "Thành", "Xuân", "Đình"]
GIVEN_GIRL = ["An", "Anh", "Chi", "Giang", "Hà", "Hạnh", "Hoa", "Huyền", "Lan", "Linh", "Mai",
              "My", "Ngân", "Ngọc", "Nhi", "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Uyên",
              "Vy", "Yến", "Ánh", "Diệp", "Hằng", "Loan", "Thư", "Trâm", "Xuân"]
GIVEN_BOY = ["An", "Bảo", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Huy",
             "Khang", "Khánh", "Khôi", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát",
             "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Toàn", "Trung", "Tú", "Vinh"]
VILLAGES = ["Thôn Kim Bài", "Thôn Vĩnh Thịnh", "Thôn Đồng Chằm", "Khu Phố Bình Đà", "Thôn Hòa Lạc",
            "Thôn Đông Phú", "Thôn Quảng Nguyên", "Khu Tổ dân phố Bắc Hà"]
SUMMARIES = [
    "Học sinh bị bạn cùng lớp đánh trong giờ ra chơi, có vết bầm ở tay.",
    "Giáo viên chủ nhiệm phát hiện học sinh có dấu hiệu bị bỏ mặc, thường xuyên đói.",
    "Phụ huynh báo con bị người lạ nhắn tin làm quen, đòi gửi ảnh qua mạng xã hội.",
    "Học sinh kể bị người thân quát mắng, đánh đập khi về nhà muộn.",
    "Nhóm học sinh lớp trên chặn đường, lấy tiền ăn sáng của học sinh nhỏ.",
    "Học sinh nghỉ học nhiều ngày, gia đình cho đi phụ việc ở chợ.",
    "Học sinh có biểu hiện sợ hãi, thu mình sau khi ở nhà hàng xóm.",
    "Hình ảnh học sinh bị chia sẻ trên mạng kèm lời lẽ xúc phạm.",
]
ENTRY_TEXTS = [
    "Gặp riêng học sinh tại phòng tư vấn, em bình tĩnh hơn và kể lại sự việc.",
    "Gọi điện cho mẹ học sinh, hẹn gặp tại trường vào sáng thứ Hai.",
    "Trao đổi với giáo viên chủ nhiệm về tình hình học tập và chuyên cần.",
    "Thăm gia đình, ông bà cho biết bố mẹ đi làm ăn xa, trẻ ở với ông bà.",
    "Họp nhóm công tác liên ngành tại UBND thị trấn, thống nhất phân công.",
    "Theo dõi giờ ra chơi, không thấy tái diễn hành vi bắt nạt.",
    "Cán bộ y tế trường kiểm tra vết thương, đã sơ cứu và ghi nhận.",
    "Học sinh tham gia buổi sinh hoạt kỹ năng tự bảo vệ, tích cực phát biểu.",
]
ACTIVITY_TITLES = {
    ActivityKind.STAFF_TRAINING: "Tập huấn nhận diện dấu hiệu trẻ bị xâm hại",
    ActivityKind.PARENT_AWARENESS: "Tuyên truyền cho cha mẹ học sinh về an toàn trên mạng",
    ActivityKind.PUPIL_SKILLS: "Giáo dục kỹ năng tự bảo vệ cho học sinh",
    ActivityKind.CAMPAIGN: "Hưởng ứng Tháng hành động vì trẻ em",
    ActivityKind.POSITIVE_DISCIPLINE: "Chuyên đề kỷ luật tích cực trong lớp học",
}


@dataclass(frozen=True)
class Scale:
    pupils: int
    years: int  # school years of history, the last one being CURRENT_YEAR
    cases: int
    entries_per_case: int  # chronology entries per case (on average; the step entries included)
    activities: int
    staff: int
    audit_events: int
    circumstance_share: float = 0.06  # pupils in one of the 14 groups at some time

    @staticmethod
    def school() -> Scale:
        return Scale(pupils=30_000, years=10, cases=5_000, entries_per_case=20,
                     activities=2_000, staff=90, audit_events=60_000)

    @staticmethod
    def district() -> Scale:
        return Scale(pupils=100_000, years=3, cases=2_000, entries_per_case=6,
                     activities=300, staff=200, audit_events=10_000)

    @staticmethod
    def tiny() -> Scale:
        return Scale(pupils=400, years=3, cases=30, entries_per_case=6, activities=20, staff=12,
                     audit_events=200)


def school_years(scale: Scale) -> list[str]:
    last = int(CURRENT_YEAR[:4])
    return [f"{y}-{y + 1}" for y in range(last - scale.years + 1, last + 1)]


def _naive(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(tzinfo=None)


def _name(rng: random.Random, girl: bool) -> str:
    middle = rng.choice(MIDDLE_GIRL if girl else MIDDLE_BOY)
    given = rng.choice(GIVEN_GIRL if girl else GIVEN_BOY)
    return f"{rng.choice(FAMILY)} {middle} {given}"


def _batches(rows: list[dict[str, Any]], size: int = 5_000) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _put(conn: Connection, model: Any, rows: list[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        conn.execute(insert(model.__table__), batch)


@dataclass(frozen=True)
class Generated:
    pupils: int
    active_pupils: int
    cases: int
    entries: int
    activities: int
    audit_events: int


def generate(engine: Engine, scale: Scale, seed: int = 2026, *, author_id: int = 1) -> Generated:
    """Fill an initialised database (the school profile and the principal's account exist)."""
    rng = random.Random(seed)
    years = school_years(scale)
    with writer(engine).begin() as conn:
        pupils, active = _register(conn, rng, scale, years, author_id)
        staff_ids = _staff(conn, rng, scale)
        n_cases, n_entries = _cases(conn, rng, scale, years, pupils, author_id)
        n_activities = _training(conn, rng, scale, years, staff_ids, pupils, author_id)
        n_audit = _audit(conn, rng, scale, pupils)
    return Generated(len(pupils), active, n_cases, n_entries, n_activities, n_audit)


# -- the register ---------------------------------------------------------------------------------


@dataclass
class _P:
    id: int
    name: str
    sex: str
    first_year: int  # index into years
    active: bool


def _register(conn: Connection, rng: random.Random, scale: Scale, years: list[str],
              author_id: int) -> tuple[list[_P], int]:
    created = _naive(NOW) - timedelta(days=365 * scale.years)
    # Cohorts enter grade 1 in every year of the history (and four earlier, already in school
    # when the history starts); each pupil stays five years unless they leave early.
    cohorts = list(range(-4, len(years)))
    pupils: list[_P] = []
    pupil_rows: list[dict[str, Any]] = []
    enrol_rows: list[dict[str, Any]] = []
    guardian_rows: list[dict[str, Any]] = []
    last = len(years) - 1
    for i in range(scale.pupils):
        pid = i + 1
        cohort = cohorts[i * len(cohorts) // scale.pupils]
        girl = rng.random() < 0.49
        name = _name(rng, girl)
        stay = 5 if rng.random() > 0.04 else rng.randint(1, 4)
        end = cohort + stay - 1
        active = end >= last >= cohort
        if active:
            status, left_on = PupilStatus.ACTIVE.value, None
        else:
            status = PupilStatus.COMPLETED.value if stay == 5 else rng.choice(
                [PupilStatus.TRANSFERRED.value, PupilStatus.LEFT.value])
            left_year = int(years[0][:4]) + end + 1
            left_on = date(left_year, 5, 31)
        start_year = int(years[0][:4]) + cohort
        code = f"{start_year % 100:02d}{pid:07d}"
        pupils.append(_P(pid, name, Sex.FEMALE.value if girl else Sex.MALE.value, cohort, active))
        pupil_rows.append(dict(
            id=pid, student_code=code, full_name=name, name_sort=name_sort_key(name),
            search_text=f"{fold(name)} {fold(code)}",
            birth_date=date(start_year - 6, rng.randint(1, 12), rng.randint(1, 28)),
            estimated_age=None, sex=pupils[-1].sex,
            ethnicity=rng.choice(["Kinh"] * 9 + ["Mường"]),
            address=f"{rng.choice(VILLAGES)}, thị trấn Kim Bài", notes="", status=status,
            left_on=left_on, at_risk=False, risk_factors="", registered_on=None, next_review=None,
            current_level=ProtectionLevel.PREVENTION.value, created_at=created,
            updated_at=created))
        section = "ABCDEFGHIJ"[rng.randrange(10)]
        for y in range(max(cohort, 0), min(end, last) + 1):
            grade = y - cohort + 1
            enrol_rows.append(dict(pupil_id=pid, school_year=years[y], grade=grade,
                                   class_name=f"{grade}{section}"))
        family = name.split(" ")[0]
        guardian_rows.append(dict(pupil_id=pid, full_name=f"{family} Văn {rng.choice(GIVEN_BOY)}",
                                  relation=GuardianRelation.FATHER.value,
                                  phone=f"09{rng.randint(10_000_000, 99_999_999)}"))
        guardian_rows.append(dict(pupil_id=pid, relation=GuardianRelation.MOTHER.value,
                                  full_name=f"{rng.choice(FAMILY)} Thị {rng.choice(GIVEN_GIRL)}",
                                  phone=""))
    circ, levels, reviews = _protection(rng, scale, years, pupils, pupil_rows, author_id)
    _put(conn, Pupil, pupil_rows)
    _put(conn, Enrolment, enrol_rows)
    _put(conn, Guardian, guardian_rows)
    _put(conn, Circumstance, circ)
    _put(conn, LevelChange, levels)
    _put(conn, Review, reviews)
    return pupils, sum(p.active for p in pupils)


Rows = list[dict[str, Any]]


def _protection(rng: random.Random, scale: Scale, years: list[str], pupils: list[_P],
                pupil_rows: Rows, author_id: int) -> tuple[Rows, Rows, Rows]:
    """Groups of Điều 10, risk, protection levels and reviews for a share of the children
    (the pupils' rows get their level, risk and next review)."""
    circ: list[dict[str, Any]] = []
    levels: list[dict[str, Any]] = []
    reviews: list[dict[str, Any]] = []
    groups = list(SpecialCircumstance)
    first_day = date(int(years[0][:4]), 9, 5)
    for p, row in zip(pupils, pupil_rows, strict=True):
        if rng.random() >= scale.circumstance_share:
            continue
        year0 = max(p.first_year, 0)
        since = date(int(years[year0][:4]), rng.randint(9, 12), rng.randint(1, 28))
        since = max(since, first_day)
        if since >= TODAY:
            since = TODAY - timedelta(days=30)
        group = rng.choice(groups)
        ended = None if p.active or rng.random() < 0.3 else row["left_on"]
        circ.append(dict(pupil_id=p.id, group=group.value, subtype=None, start_date=since,
                         end_date=ended, notes="", created_by=author_id,
                         created_at=datetime.combine(since, datetime.min.time())))
        level = rng.choice([ProtectionLevel.SUPPORT, ProtectionLevel.SUPPORT,
                            ProtectionLevel.INTERVENTION])
        levels.append(dict(pupil_id=p.id, level=level.value, since=since,
                           reason="Theo kết quả rà soát.", case_ref="", changed_by=author_id,
                           changed_at=datetime.combine(since, datetime.min.time())))
        row.update(current_level=level.value, registered_on=since)
        if rng.random() < 0.25:
            row.update(at_risk=True, risk_factors="Bố mẹ đi làm ăn xa, trẻ ở với ông bà.")
        # A review each semester since the child entered the register.
        day = since + timedelta(days=30)
        last_day = TODAY if p.active else (row["left_on"] or TODAY)
        while day < last_day:
            nxt = day + timedelta(days=150)
            reviews.append(dict(
                pupil_id=p.id, review_date=day, situation="Tình hình ổn định; tiếp tục theo dõi.",
                ratings=json.dumps({c.value: rng.choice(list(RiskLevel)).value
                                    for c in ReviewCriterion}),
                decision=ReviewDecision.CONTINUE.value, next_review=nxt, reviewer_id=author_id,
                created_at=datetime.combine(day, datetime.min.time())))
            day = nxt
        if p.active and ended is None:
            row["next_review"] = day  # some overdue, some due soon, most later
    return circ, levels, reviews


# -- staff and training ---------------------------------------------------------------------------


def _staff(conn: Connection, rng: random.Random, scale: Scale) -> list[int]:
    rows = []
    created = _naive(NOW) - timedelta(days=365 * scale.years)
    for i in range(scale.staff):
        name = _name(rng, rng.random() < 0.75)
        category = (StaffCategory.MANAGER if i < 3 else
                    StaffCategory.EMPLOYEE if i % 9 == 0 else StaffCategory.TEACHER)
        leaver = rng.random() < 0.15
        rows.append(dict(id=i + 1, full_name=name, name_sort=name_sort_key(name),
                         search_text=fold(name), category=category.value,
                         position="Giáo viên chủ nhiệm" if category == StaffCategory.TEACHER
                         else "", phone="", email="", account_id=None, active=not leaver,
                         left_on=date(2022, 6, 30) if leaver else None, created_at=created))
    _put(conn, StaffMember, rows)
    return [r["id"] for r in rows]


def _training(conn: Connection, rng: random.Random, scale: Scale, years: list[str],
              staff_ids: list[int], pupils: list[_P], author_id: int) -> int:
    kinds = list(ACTIVITY_TITLES)
    topics = list(Topic)
    acts, auds, staff_att, pupil_att, targets = [], [], [], [], []
    per_year = max(1, scale.activities // len(years))
    aid = 0
    for y, year in enumerate(years):
        start = date(int(year[:4]), 9, 5)
        in_year = [p.id for p in pupils if p.first_year <= y <= p.first_year + 4]
        for _ in range(per_year):
            aid += 1
            kind = rng.choice(kinds)
            held = start + timedelta(days=rng.randint(0, 270))
            if held > TODAY:
                held = TODAY - timedelta(days=rng.randint(1, 60))
            stamp = datetime.combine(held, datetime.min.time()) + timedelta(hours=8)
            acts.append(dict(
                id=aid, school_year=year, kind=kind.value, custom_kind="",
                title=ACTIVITY_TITLES[kind], held_on=held, duration_minutes=rng.choice([45, 90, 120]),
                place="Hội trường nhà trường", facilitators="Nguyễn Thị Hương (Phòng GD&ĐT)",
                invited_facilitator=rng.random() < 0.3,
                topics=json.dumps([t.value for t in rng.sample(topics, 2)]),
                evaluation="Người tham dự tích cực, nắm được nội dung chính.",
                created_by=author_id, created_at=stamp, updated_at=stamp))
            if kind in (ActivityKind.STAFF_TRAINING, ActivityKind.POSITIVE_DISCIPLINE):
                present = rng.sample(staff_ids, min(len(staff_ids), rng.randint(15, 40)))
                staff_att += [dict(activity_id=aid, staff_id=s) for s in present]
                auds.append(dict(activity_id=aid, audience=Audience.STAFF.value, male=0,
                                 female=0, unknown=len(present)))
            elif kind == ActivityKind.PUPIL_SKILLS and in_year:
                present = rng.sample(in_year, min(len(in_year), 35))
                pupil_att += [dict(activity_id=aid, pupil_id=p) for p in present]
                auds.append(dict(activity_id=aid, audience=Audience.PUPILS.value,
                                 male=len(present) // 2, female=len(present) - len(present) // 2,
                                 unknown=0))
            else:
                auds.append(dict(activity_id=aid, audience=Audience.PARENTS.value,
                                 male=rng.randint(5, 40), female=rng.randint(20, 80), unknown=0))
        made = datetime.combine(start, datetime.min.time())
        targets += [
            dict(school_year=year, description="Tổ chức ít nhất 8 buổi tuyên truyền",
                 metric=TargetMetric.SESSIONS.value, target_value=8, kind=None, topic=None,
                 audience=None, semester=None, created_at=made),
            dict(school_year=year, description="100% cán bộ, giáo viên được tập huấn",
                 metric=TargetMetric.STAFF_COVERAGE.value, target_value=100,
                 kind=ActivityKind.STAFF_TRAINING.value, topic=None, audience=None,
                 semester=None, created_at=made),
            dict(school_year=year, description="1.500 lượt cha mẹ học sinh tham dự",
                 metric=TargetMetric.PARTICIPANTS.value, target_value=1500, kind=None,
                 topic=None, audience=Audience.PARENTS.value, semester=None, created_at=made),
        ]
    _put(conn, Activity, acts)
    _put(conn, ActivityAudience, auds)
    _put(conn, StaffAttendance, staff_att)
    _put(conn, PupilAttendance, pupil_att)
    _put(conn, Target, targets)
    return len(acts)


# -- cases ----------------------------------------------------------------------------------------

_STEPS = [ProcedureStep.RECEIVED, ProcedureStep.REPORTED, ProcedureStep.INITIAL_ASSESSMENT,
          ProcedureStep.DETAILED_ASSESSMENT, ProcedureStep.PLANNING, ProcedureStep.IMPLEMENTATION,
          ProcedureStep.REVIEW, ProcedureStep.RESULT_REPORT, ProcedureStep.CLOSED]


def _cases(conn: Connection, rng: random.Random, scale: Scale, years: list[str],
           pupils: list[_P], author_id: int) -> tuple[int, int]:
    rows, children, people, steps, notes, entries, tasks, refs, consents = (
        [], [], [], [], [], [], [], [], [])
    per_year = max(1, scale.cases // len(years))
    cid = 0
    forms = list(AbuseForm)
    for y, year in enumerate(years):
        first = datetime(int(year[:4]), 9, 5, 1, tzinfo=UTC)
        span = min(timedelta(days=280), NOW - first - timedelta(hours=2))
        in_year = [p for p in pupils if p.first_year <= y <= p.first_year + 4]
        stamps = sorted(first + span * rng.random() for _ in range(per_year))
        for number, received in enumerate(stamps, start=1):
            cid += 1
            code = case_code(year, number)
            age = NOW - received
            closed = age > timedelta(days=60) or rng.random() < 0.3
            reached = len(_STEPS) if closed else rng.randint(1, len(_STEPS) - 2)
            kids = rng.sample(in_year, 1 if rng.random() < 0.85 else 2) if in_year else []
            summary = rng.choice(SUMMARIES)
            recv = _naive(received)
            closed_at = recv + timedelta(days=rng.randint(20, 55)) if closed else None
            rows.append(dict(
                id=cid, code=code, school_year=year, number=number,
                status=CaseStatus.CLOSED.value if closed else CaseStatus.OPEN.value,
                step=_STEPS[reached - 1].value, received_at=recv,
                discovered_at=recv - timedelta(hours=rng.randint(0, 20)),
                incident_at=recv - timedelta(days=rng.randint(0, 5)),
                source=rng.choice(list(InfoSource)).value, informant_consents=False,
                informant_name="", informant_phone="", informant_address="",
                place=rng.choice(list(Place)).value, place_detail="",
                forms=json.dumps([f.value for f in rng.sample(forms, rng.randint(1, 2))]),
                subject=CaseSubject.ABUSED.value if rng.random() < 0.7
                else CaseSubject.AT_RISK.value,
                urgent=rng.random() < 0.1, risk_level=rng.choice(list(RiskLevel)).value,
                summary=summary, injuries="", current_situation="", likely_consequences="",
                family_situation="", caregiver="", immediate_actions="",
                withhold_note="", restricted=rng.random() < 0.03, from_concern=rng.random() < 0.2,
                alert_pending=False, plan_approver="Chủ tịch UBND thị trấn" if reached >= 5 else "",
                plan_approved_on=(recv + timedelta(days=6)).date() if reached >= 5 else None,
                plan_summary="", closed_at=closed_at,
                closure_note="Trẻ an toàn, kết thúc theo dõi vụ việc." if closed else "",
                search_text=fold(" ".join([code, summary] + [k.name for k in kids])),
                created_by=author_id, created_at=recv, updated_at=closed_at or recv))
            for k in kids:
                children.append(dict(case_id=cid, pupil_id=k.id, full_name=k.name, age=None,
                                     sex=k.sex))
            if rng.random() < 0.6:
                people.append(dict(case_id=cid, description="Người có hành vi (mô tả)",
                                   relation=rng.choice(list(PerpetratorRelation)).value,
                                   staff_account_id=None))
            step_times = [recv + timedelta(days=d * 3, hours=1) for d in range(reached)]
            for step, at in zip(_STEPS[:reached], step_times, strict=True):
                steps.append(dict(case_id=cid, step=step.value, done_at=at, done_by=author_id,
                                  note=""))
            if reached >= 2:
                for recipient in rng.sample([Recipient.HOTLINE_111, Recipient.COMMUNE,
                                             Recipient.FAMILY], 2):
                    notes.append(dict(case_id=cid, recipient=recipient.value,
                                      channel=Channel.PHONE.value, at=recv + timedelta(hours=2),
                                      person_reached="Cán bộ trực", reference="",
                                      outcome="Đã tiếp nhận thông tin.", by_id=author_id))
            n_entries = max(reached, int(rng.gauss(scale.entries_per_case, 3)))
            end = closed_at or _naive(NOW)
            free = n_entries - reached
            times = sorted([(t, EntryKind.STEP.value, s.vi) for t, s in
                            zip(step_times, _STEPS[:reached], strict=True)] +
                           [(recv + (end - recv) * rng.random(), rng.choice(
                               [EntryKind.NOTE, EntryKind.CALL, EntryKind.MEETING,
                                EntryKind.HOME_VISIT]).value, rng.choice(ENTRY_TEXTS))
                            for _ in range(free)])
            prev = chrono.GENESIS
            for seq, (at, kind, text) in enumerate(times, start=1):
                h = chrono.entry_hash(prev, cid, seq, kind, at, at, author_id, text, None)
                entries.append(dict(case_id=cid, seq=seq, kind=kind, event_at=at, entered_at=at,
                                    author_id=author_id, text=text, corrects_id=None,
                                    prev_hash=prev, hash=h))
                prev = h
            if reached >= 5:
                for t in range(2):
                    due = (recv + timedelta(days=10 + 7 * t)).date()
                    tasks.append(dict(case_id=cid, title="Giáo viên chủ nhiệm theo dõi hằng ngày",
                                      owner_id=author_id, owner_name="", due=due,
                                      status=TaskStatus.DONE.value if closed
                                      else TaskStatus.OPEN.value,
                                      done_at=closed_at))
                refs.append(dict(case_id=cid, service=rng.choice(list(Service)).value,
                                 to_whom="Trạm y tế thị trấn",
                                 sent_on=(recv + timedelta(days=4)).date(),
                                 status=ReferralStatus.DONE.value if closed
                                 else ReferralStatus.SENT.value, note="",
                                 updated_at=recv + timedelta(days=4)))
                consents.append(dict(case_id=cid, consenter="Mẹ của trẻ", relation="Mẹ",
                                     scope="services", given_on=(recv + timedelta(days=1)).date(),
                                     child_age=8, child_agreed=True, legal_basis="", note=""))
    _put(conn, Case, rows)
    _put(conn, CaseChild, children)
    _put(conn, CasePerson, people)
    _put(conn, CaseStep, steps)
    _put(conn, Notification, notes)
    _put(conn, ChronologyEntry, entries)
    _put(conn, PlanTask, tasks)
    _put(conn, Referral, refs)
    _put(conn, Consent, consents)
    return len(rows), len(entries)


# -- the audit trail ------------------------------------------------------------------------------


def _audit(conn: Connection, rng: random.Random, scale: Scale, pupils: list[_P]) -> int:
    last = conn.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc())
                        .limit(1)).first()
    event_id, prev = (int(last[0]), str(last[1])) if last else (0, audit_chain.GENESIS)
    actor = conn.execute(select(Account.username).order_by(Account.id).limit(1)).scalar_one()
    start = _naive(NOW) - timedelta(days=365 * scale.years)
    step = timedelta(days=365 * scale.years) / max(1, scale.audit_events)
    rows = []
    for i in range(scale.audit_events):
        event_id += 1
        at = start + step * i
        action, rtype, rid = rng.choice([("view", "pupil", str(rng.choice(pupils).id)),
                                         ("view", "case", str(rng.randint(1, max(1, scale.cases)))),
                                         ("change", "pupil", str(rng.choice(pupils).id)),
                                         ("sign_in", "", "")])
        h = audit_chain.event_hash(prev, event_id, at, actor, action, rtype, rid, "")
        rows.append(dict(id=event_id, at=at, user_id=1, actor=actor, action=action,
                         record_type=rtype, record_id=rid, detail="", prev_hash=prev, hash=h))
        prev = h
    _put(conn, AuditEvent, rows)
    return len(rows)
