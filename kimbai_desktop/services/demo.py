"""A demo school with invented, obviously fictional data, so every screen has something to show.

The school, the place and every person are made up ("Trường Tiểu học Hoa Mai (dữ liệu mẫu)");
each later feature adds its own demo records here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import (
    ProtectionLevel,
    RiskLevel,
    Role,
    Sex,
    SpecialCircumstance,
    subtypes_of,
)
from kimbai_desktop.domain.formatting import school_year_of
from kimbai_desktop.domain.register import GuardianRelation, ReviewCriterion, ReviewDecision
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.services import sealed_files
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.register import (
    GuardianInfo,
    PupilInput,
    PupilQuery,
    ReviewInput,
    add_circumstance,
    bulk_upsert_pupils,
    list_pupils,
    record_review,
    save_pupil,
    set_level,
    set_risk,
)
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.services.setup import initialize_school

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "kimbai-demo"  # noqa: S105 - printed for the newcomer; demo databases hold no real data

_PLACES = ["Hoa Mai", "Sen Hồng", "Cúc Vàng", "Lan Tím", "Trúc Xanh"]
_PRINCIPALS = ["Phạm Thị Mẫu", "Lê Văn Thử", "Đỗ Thị Minh Họa", "Vũ Văn Giả Định"]


# Other roles, to try what each one sees; all use DEMO_PASSWORD.
DEMO_STAFF = [
    ("tuvan", "Lê Thị Tư Vấn", Role.COUNSELLOR),
    ("giaovien", "Trần Văn Giáo Viên", Role.TEACHER),
    ("thongke", "Đỗ Thị Thống Kê", Role.VIEWER),
]


@dataclass(frozen=True)
class DemoCredentials:
    """How to sign in to a demo school: every account (``accounts``, the principal's first)
    has the same ``password``. Shown to the newcomer (command line, unlock and lock screens)."""

    username: str
    password: str
    recovery_key: str
    accounts: tuple[tuple[str, Role], ...] = ()  # (account name, role), ``username`` first
    sealed_recovery_key: str = ""  # the demo's sealed-file recovery key (services/sealed_files)

    @property
    def other_accounts(self) -> tuple[tuple[str, Role], ...]:
        return tuple(a for a in self.accounts if a[0] != self.username)


def demo_profile(seed: int = 1, today: date | None = None) -> SchoolProfile:
    rng = random.Random(seed)  # noqa: S311 - invented demo data, not security
    place = rng.choice(_PLACES)
    return SchoolProfile(
        school_name=f"Trường Tiểu học {place} (dữ liệu mẫu)",
        superior_body=f"UBND xã {place} (mẫu)",
        place_name=place,
        principal_name=rng.choice(_PRINCIPALS),
        document_symbol="THMAU",
        school_year=school_year_of(today or date.today()),
    )


def create_demo(data_dir: Path, seed: int = 1, *, clock: Clock = SYSTEM_CLOCK,
                sealed_key: bool = True) -> DemoCredentials:
    """Create a demo database in an empty ``data_dir`` and return how to sign in.
    ``sealed_key`` False leaves the sealed-file recovery key to be made (as in a school that
    has just sealed its first case: tests of that sheet)."""
    profile = demo_profile(seed, clock.now().astimezone().date())
    recovery = initialize_school(Path(data_dir), profile, DEMO_USERNAME, profile.principal_name,
                                 DEMO_PASSWORD, clock=clock)
    session = unlock(Path(data_dir), DEMO_USERNAME, DEMO_PASSWORD, clock=clock)
    try:
        for username, full_name, role in DEMO_STAFF:
            add_account(session, username, full_name, role, DEMO_PASSWORD)
        _demo_register(session, random.Random(seed))  # noqa: S311 - invented demo data
        _demo_cases(session, Path(data_dir), clock)
        # The demo's case about a member of staff is sealed: its sealed-file recovery key is
        # made here and given with the credentials, so signing in to try the program does not
        # stop at the sheet a real school prints for the chair of its board.
        secret = sealed_files.make_recovery_key(session) if sealed_key else ""
        _demo_training(session, random.Random(seed + 1))  # noqa: S311 - invented demo data
        _demo_inspection(session)
        _demo_safety(session)
        _demo_reports_sent(session)
    finally:
        session.close()
    accounts = ((DEMO_USERNAME, Role.PRINCIPAL), *((u, r) for u, _, r in DEMO_STAFF))
    return DemoCredentials(DEMO_USERNAME, DEMO_PASSWORD, recovery, accounts, secret)


_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
           "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
_MIDDLE_GIRL = ["Thị", "Ngọc", "Thanh", "Khánh", "Hoài", "Minh", "Bảo", "Gia"]
_MIDDLE_BOY = ["Văn", "Minh", "Gia", "Bảo", "Đức", "Quang", "Anh", "Hữu"]
_GIVEN_GIRL = ["An", "Anh", "Chi", "Giang", "Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "My",
               "Ngân", "Ngọc", "Nhi", "Phương", "Quỳnh", "Thảo", "Trang", "Uyên", "Vy", "Yến"]
_GIVEN_BOY = ["An", "Bảo", "Bình", "Dũng", "Đức", "Hải", "Hiếu", "Huy", "Khang", "Khánh",
              "Long", "Minh", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Trung", "Tú"]
_CLASSES = ["1A", "1B", "2A", "2B", "3A", "3B", "4A", "4B", "5A", "5B"]


def _demo_register(session: AppSession, rng: random.Random) -> None:
    """About 250 pupils in ten classes; every group of Điều 10 represented; reviews due,
    overdue and done; a few children at risk and at each protection level."""
    today = session.clock.now().astimezone().date()
    start_year = int(session.school_profile().school_year[:4])
    rows: list[PupilInput] = []
    for cls in _CLASSES:
        grade = int(cls[0])
        for _ in range(rng.randint(22, 28)):
            girl = rng.random() < 0.5
            family = rng.choice(_FAMILY)
            middle = rng.choice(_MIDDLE_GIRL if girl else _MIDDLE_BOY)
            given = rng.choice(_GIVEN_GIRL if girl else _GIVEN_BOY)
            birth = date(start_year - 5 - grade, rng.randint(1, 12), rng.randint(1, 28))
            father = f"{family} Văn {rng.choice(_GIVEN_BOY)}"
            mother = f"{rng.choice(_FAMILY)} Thị {rng.choice(_GIVEN_GIRL)}"
            rows.append(PupilInput(
                full_name=f"{family} {middle} {given}", sex=Sex.FEMALE if girl else Sex.MALE,
                class_name=cls, student_code=f"MAU{len(rows) + 1:07d}", birth_date=birth,
                ethnicity=rng.choice(["Kinh"] * 8 + ["Tày", "Mường"]),
                address=f"Thôn {rng.randint(1, 9)}, xã mẫu",
                guardians=(GuardianInfo(father, GuardianRelation.FATHER,
                                        f"09{rng.randint(10_000_000, 99_999_999)}"),
                           GuardianInfo(mother, GuardianRelation.MOTHER))))
    bulk_upsert_pupils(session, rows)
    by_code = {row.student_code: row for row in rows}
    pupils = list_pupils(session, PupilQuery(), limit=10_000)
    chosen = rng.sample(pupils, 30)
    groups = list(SpecialCircumstance)
    for i, pupil in enumerate(chosen[:len(groups) + 4]):
        group = groups[i % len(groups)]
        kinds = subtypes_of(group)
        subtype = rng.choice(list(kinds)).value if kinds else None
        since = today - timedelta(days=rng.randint(40, 400))
        add_circumstance(session, pupil.id, group, since, subtype=subtype,
                         notes="Ghi chú mẫu, không phải dữ liệu thật.")
        if group in _NO_PARENTS:  # an orphan has no parents listed: who cares for the child
            _replace_guardians(session, by_code[pupil.student_code],
                               pupil.id, _carers(group, subtype, _rng(pupil.id)))
        level = ProtectionLevel.INTERVENTION if group in _SERIOUS else ProtectionLevel.SUPPORT
        set_level(session, pupil.id, level, since, "Theo kết quả rà soát (mẫu).")
    for pupil in chosen[len(groups) + 4:len(groups) + 10]:
        set_risk(session, pupil.id, True, "Bố mẹ đi làm ăn xa, trẻ ở với ông bà (mẫu).")
        row = by_code[pupil.student_code]  # the grandparent the child lives with comes first
        grandparent = _carers(SpecialCircumstance.ORPHAN, "with_relatives", _rng(pupil.id))
        _replace_guardians(session, row, pupil.id, grandparent + row.guardians)
    for n, pupil in enumerate(chosen[:24]):
        state = n % 3  # 0: overdue, 1: due soon, 2: reviewed and scheduled
        review_day = today - timedelta(days={0: 160, 1: 130, 2: 20}[state])
        next_review = review_day + timedelta(days=150) if state else today - timedelta(days=12)
        record_review(session, pupil.id, ReviewInput(
            review_date=review_day, decision=ReviewDecision.CONTINUE,
            ratings={c: rng.choice(list(RiskLevel)) for c in ReviewCriterion},
            situation="Tình hình ổn định hơn; tiếp tục theo dõi (mẫu).",
            next_review=next_review if state != 1 else today + timedelta(days=6)))


# Groups whose children are not cared for by their parents: no father or mother listed.
_NO_PARENTS = {SpecialCircumstance.ORPHAN, SpecialCircumstance.ABANDONED,
               SpecialCircumstance.NO_SUPPORT}


def _carers(group: SpecialCircumstance, subtype: str | None,
            rng: random.Random) -> tuple[GuardianInfo, ...]:
    """Who looks after a child without parents: a grandparent or an aunt when the child lives
    with relatives, else the guardian appointed for the child (a social worker in a facility)."""
    phone = f"09{rng.randint(10_000_000, 99_999_999)}"
    name = f"{rng.choice(_FAMILY)} Thị {rng.choice(_GIVEN_GIRL)}"
    if subtype == "with_relatives":
        return (GuardianInfo(name, GuardianRelation.GRANDPARENT, phone),)
    if subtype == "care_facility":
        return (GuardianInfo(name, GuardianRelation.CAREGIVER, phone),)
    return (GuardianInfo(name, GuardianRelation.GUARDIAN, phone),)


def _rng(seed: int) -> random.Random:
    """A generator of its own per child: the rest of the demo stays as it was."""
    return random.Random(seed)  # noqa: S311 - invented demo data, not security


def _replace_guardians(session: AppSession, row: PupilInput, pupil_id: int,
                       guardians: tuple[GuardianInfo, ...]) -> None:
    save_pupil(session, replace(row, guardians=guardians), pupil_id)


_SERIOUS = {SpecialCircumstance.VIOLENCE_HARMED, SpecialCircumstance.SEXUALLY_ABUSED,
            SpecialCircumstance.TRAFFICKED, SpecialCircumstance.EXPLOITED}


def _demo_cases(session: AppSession, data_dir: Path, clock: Clock) -> None:
    """Cases in every state: a fresh teacher's concern, one not yet reported, overdue plans and
    tasks, one ready to close, a closed one, an urgent one and one restricted to the principal."""
    from kimbai_desktop.domain.cases import (
        Channel,
        ConsentScope,
        EntryKind,
        IntakeChannel,
        PerpetratorRelation,
        Place,
        Recipient,
        Service,
        TaskStatus,
    )
    from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource
    from kimbai_desktop.domain.enums import ProcedureStep as Step
    from kimbai_desktop.services import case_work as work
    from kimbai_desktop.services import cases as cs

    now = clock.now()
    pupils = [p for p in list_pupils(session, PupilQuery(in_register_only=True), limit=50)]
    counsellor_id = next(a for a in _account_ids(session) if a[1] == "tuvan")[0]

    def intake(pupil: int, days_ago: float, forms: tuple[AbuseForm, ...], summary: str,
               **kw: object) -> int:
        received = now - timedelta(days=days_ago)
        values: dict[str, object] = dict(
            children=(cs.ChildInput(pupil_id=pupil),), forms=forms, received_at=received,
            discovered_at=received - timedelta(hours=2), source=InfoSource.IN_PERSON,
            place=Place.SCHOOL, subject=CaseSubject.ABUSED, risk_level=RiskLevel.MEDIUM,
            summary=summary, current_situation="Trẻ đã được tách khỏi nơi xảy ra sự việc (mẫu).",
            immediate_actions="Giáo viên chủ nhiệm báo ngay cho tư vấn viên (mẫu).",
            channel=IntakeChannel.TEACHER)
        values.update(kw)
        return cs.open_case(session, cs.CaseIntake(**values))  # type: ignore[arg-type]

    def ago(days: float) -> datetime:
        return now - timedelta(days=days)

    # 1. a teacher's concern recorded this morning: alert for the counsellor and the principal
    teacher = unlock(data_dir, "giaovien", DEMO_PASSWORD, clock=clock)
    try:
        cs.record_concern(teacher, cs.ConcernInput(
            "Em có vết bầm ở cánh tay, nói bị ngã nhưng có vẻ sợ hãi khi được hỏi (mẫu).",
            pupil_id=pupils[0].id, forms=(AbuseForm.VIOLENCE,), place=Place.FAMILY))
    finally:
        teacher.close()
    # 2. received two days ago, not yet reported: reporting overdue
    intake(pupils[1].id, 2, (AbuseForm.SCHOOL_VIOLENCE,),
           "Hai học sinh lớp 4 xô xát trong giờ ra chơi, một em bị chảy máu mũi (mẫu).")
    # 3. reported, assessed, the plan is overdue
    c3 = intake(pupils[2].id, 10, (AbuseForm.NEGLECT,),
                "Trẻ thường xuyên đến lớp đói, quần áo bẩn; bố mẹ đi làm xa (mẫu).",
                risk_level=RiskLevel.HIGH)
    work.record_notification(session, c3, Recipient.COMMUNE, Channel.PHONE, ago(9.9),
                             person_reached="Cán bộ văn hóa - xã hội (mẫu)")
    cs.complete_step(session, c3, Step.INITIAL_ASSESSMENT, ago(9), "Đánh giá ban đầu (mẫu)")
    work.add_entry(session, c3, EntryKind.HOME_VISIT, "Thăm nhà, gặp bà nội của trẻ (mẫu).",
                   event_at=ago(8))
    # 4. plan approved; one task overdue, one done; a referral sent
    c4 = intake(pupils[3].id, 20, (AbuseForm.ONLINE_ABUSE,),
                "Trẻ bị người lạ nhắn tin đe dọa qua mạng xã hội (mẫu).", place=Place.ONLINE,
                channel=IntakeChannel.MAILBOX, channel_note="Hòm thư tầng 2 (mẫu)",
                people=(cs.PersonInput("Tài khoản mạng xã hội lạ (mẫu)",
                                       PerpetratorRelation.ONLINE),))
    work.record_notification(session, c4, Recipient.HOTLINE_111, Channel.PHONE, ago(19.9),
                             reference="111-MAU-001")
    work.record_notification(session, c4, Recipient.FAMILY, Channel.IN_PERSON, ago(19.5))
    cs.complete_step(session, c4, Step.INITIAL_ASSESSMENT, ago(19))
    cs.complete_step(session, c4, Step.DETAILED_ASSESSMENT, ago(17), "Họp với gia đình (mẫu)")
    work.record_plan(session, c4, "Chủ tịch UBND xã (mẫu)", ago(15).date(),
                     "Hỗ trợ tâm lý; hướng dẫn gia đình bảo vệ tài khoản của trẻ (mẫu).")
    t1 = work.add_task(session, c4, "Tư vấn tâm lý cho trẻ, 2 buổi/tuần", ago(10).date(),
                       owner_id=counsellor_id)
    work.set_task_status(session, t1, TaskStatus.DONE)
    work.add_task(session, c4, "Buổi sinh hoạt lớp về an toàn trên mạng", ago(2).date(),
                  owner_id=counsellor_id)
    work.record_consent(session, c4, "Phụ huynh của trẻ (mẫu)", "Mẹ", ConsentScope.SERVICES,
                        ago(14.5).date(), 9, True)  # a referral needs the family's consent
    work.add_referral(session, c4, Service.PSYCHOLOGICAL, "Trung tâm công tác xã hội (mẫu)",
                      ago(14).date())
    # 5. reviewed and reported: ready to close; 6. closed
    for n, pupil in enumerate(pupils[4:6]):
        c = intake(pupil.id, 40 + n * 10, (AbuseForm.SCHOOL_VIOLENCE,),
                   "Trẻ bị bạn cùng lớp trêu chọc, bắt nạt kéo dài (mẫu).")
        work.record_notification(session, c, Recipient.EDUCATION_OFFICE, Channel.WRITTEN,
                                 ago(39 + n * 10))
        work.record_notification(session, c, Recipient.COMMUNE, Channel.PHONE, ago(39 + n * 10))
        cs.complete_step(session, c, Step.INITIAL_ASSESSMENT, ago(38 + n * 10))
        cs.complete_step(session, c, Step.RESULT_REPORT, ago(37 + n * 10), "Báo cáo số 01 (mẫu)")
        cs.complete_step(session, c, Step.REVIEW, ago(10), "Trẻ đã ổn định (mẫu)")
        if n == 1:
            cs.close_case(session, c, "Trẻ đã an toàn, kết thúc hồ sơ (mẫu).")
    # 7. urgent, received 14 hours ago, emergency measures not recorded
    intake(pupils[6].id, 14 / 24, (AbuseForm.VIOLENCE, AbuseForm.NEGLECT),
           "Trẻ nói bị người nhà đánh, không dám về nhà (mẫu).", urgent=True,
           risk_level=RiskLevel.HIGH, place=Place.FAMILY)
    # 8. an allegation against a staff member: restricted to the principal
    intake(pupils[7].id, 5, (AbuseForm.VIOLENCE,),
           "Phụ huynh phản ánh một nhân viên quát mắng, đánh vào tay trẻ (mẫu).",
           restricted=True, people=(cs.PersonInput("Nhân viên nhà trường (mẫu)",
                                                   PerpetratorRelation.STAFF),))


def _account_ids(session: AppSession) -> list[tuple[int, str]]:
    from kimbai_desktop.services.accounts import list_accounts

    return [(a.id, a.username) for a in list_accounts(session)]


def _demo_training(session: AppSession, rng: random.Random) -> None:
    """A staff directory and a school year of training and awareness work, with the year's
    targets: some met, some half-way."""
    from kimbai_desktop.domain.training import (
        ActivityKind,
        Audience,
        StaffCategory,
        TargetMetric,
        Topic,
        school_year_bounds,
    )
    from kimbai_desktop.services import training as tr

    staff_ids = []
    # one principal, one homeroom teacher per class, subject teachers and the other staff
    roles = ([("Hiệu trưởng", StaffCategory.MANAGER), ("Phó hiệu trưởng", StaffCategory.MANAGER)]
             + [(f"Giáo viên chủ nhiệm lớp {cls}", StaffCategory.TEACHER) for cls in _CLASSES]
             + [(f"Giáo viên {subject}", StaffCategory.TEACHER)
                for subject in ("Tiếng Anh", "Tin học", "Âm nhạc", "Mĩ thuật")]
             + [("Tổng phụ trách Đội", StaffCategory.TEACHER)]
             + [("Nhân viên y tế", StaffCategory.EMPLOYEE), ("Nhân viên kế toán",
                                                            StaffCategory.EMPLOYEE),
                ("Nhân viên thư viện", StaffCategory.EMPLOYEE), ("Bảo vệ", StaffCategory.EMPLOYEE)])
    principal = session.school_profile().principal_name
    taken = {principal}
    for position, category in roles:
        girl = rng.random() < 0.7
        name = (f"{rng.choice(_FAMILY)} {'Thị' if girl else 'Văn'} "
                f"{rng.choice(_GIVEN_GIRL if girl else _GIVEN_BOY)}")
        while name in taken and position != "Hiệu trưởng":  # two people, two names
            name = f"{rng.choice(_FAMILY)} {name.split(' ', 1)[1]}"
        taken.add(name)
        if position == "Hiệu trưởng":  # the school has one principal: the one who signs
            name = principal
        staff_ids.append(tr.save_staff(session, tr.StaffInput(
            name, category, position, f"09{rng.randint(10_000_000, 99_999_999)}")))
    year = session.school_profile().school_year
    start, _end = school_year_bounds(year)
    today = session.clock.now().astimezone().date()
    targets = [
        tr.TargetInput("100% cán bộ, giáo viên, nhân viên được tập huấn kỷ luật tích cực",
                       TargetMetric.STAFF_COVERAGE, 100, topic=Topic.POSITIVE_DISCIPLINE,
                       owner="Phó hiệu trưởng"),
        tr.TargetInput("2 buổi tuyên truyền cho cha mẹ học sinh mỗi học kỳ", TargetMetric.SESSIONS,
                       2, kind=ActivityKind.PARENT_AWARENESS, per_semester=True,
                       owner="Giáo viên chủ nhiệm các lớp"),
        tr.TargetInput("10 buổi giáo dục kỹ năng tự bảo vệ (mỗi lớp 01 buổi)",
                       TargetMetric.SESSIONS, 10, kind=ActivityKind.PUPIL_SKILLS,
                       owner="Tổng phụ trách Đội"),
        tr.TargetInput("500 lượt cha mẹ được tuyên truyền về an toàn trên mạng",
                       TargetMetric.PARTICIPANTS, 500, topic=Topic.ONLINE_SAFETY,
                       audience=Audience.PARENTS),
    ]
    for target in targets:
        tr.save_target(session, target, year)
    plan: list[tuple[int, ActivityKind, str, tuple[Topic, ...], int,
                     tuple[Audience, int, int] | None]] = [
        (10, ActivityKind.STAFF_TRAINING, "Tập huấn quy trình xử lý vụ việc xâm hại trẻ em",
         (Topic.ABUSE_PREVENTION, Topic.HOTLINE_111), 180, None),
        (25, ActivityKind.POSITIVE_DISCIPLINE, "Chuyên đề: kỷ luật tích cực trong lớp học",
         (Topic.POSITIVE_DISCIPLINE,), 150, None),
        (40, ActivityKind.PARENT_AWARENESS, "Họp cha mẹ học sinh: an toàn trên môi trường mạng",
         (Topic.ONLINE_SAFETY, Topic.PARENTING), 90, (Audience.PARENTS, 95, 170)),
        (55, ActivityKind.PUPIL_SKILLS, "Tiết học kỹ năng: nói KHÔNG với người lạ",
         (Topic.SELF_PROTECTION, Topic.LIFE_SKILLS), 35, (Audience.PUPILS, 120, 118)),
        (70, ActivityKind.CAMPAIGN, "Tháng hành động vì trẻ em: giới thiệu Tổng đài 111",
         (Topic.HOTLINE_111, Topic.AWARENESS), 60, (Audience.PUPILS, 130, 125)),
        (90, ActivityKind.PARENT_AWARENESS, "Tuyên truyền phòng, chống bạo lực học đường",
         (Topic.SCHOOL_VIOLENCE, Topic.CAREGIVER_KNOWLEDGE), 90, (Audience.PARENTS, 60, 120)),
        (190, ActivityKind.PARENT_AWARENESS, "Họp cha mẹ học sinh học kỳ II: an toàn trên mạng",
         (Topic.ONLINE_SAFETY,), 90, (Audience.PARENTS, 70, 140)),
    ]
    last_year_start = date(start.year - 1, start.month, start.day)
    for first_day, (days, kind, title, topics, minutes, audience) in (
            [(last_year_start, p) for p in plan] + [(start, p) for p in plan]):
        held = first_day + timedelta(days=days + 30)  # last year's, then this year's
        if held > today:
            continue
        audiences = ((tr.AudienceCount(audience[0], male=audience[1], female=audience[2]),)
                     if audience else ())
        attendees = tuple(rng.sample(staff_ids, k=int(len(staff_ids) * 0.8))) if (
            kind in (ActivityKind.STAFF_TRAINING, ActivityKind.POSITIVE_DISCIPLINE)) else ()
        tr.save_activity(session, tr.ActivityInput(
            kind, title, held, minutes, topics, audiences, place="Hội trường nhà trường",
            facilitators="Ban giám hiệu; tư vấn viên nhà trường (mẫu)", staff_ids=attendees,
            evaluation="Người tham dự tích cực trao đổi (mẫu)."))


def _demo_inspection(session: AppSession) -> None:
    """One inspection of the plan in the school year, its follow-up actions done (when the
    demo's today allows): the overview's items stay those of the cases."""
    from kimbai_desktop.domain.training import school_year_bounds
    from kimbai_desktop.services import inspections as ins

    start, _end = school_year_bounds(session.school_profile().school_year)
    today = session.clock.now().astimezone().date()
    held = min(start + timedelta(days=60), today)
    def done(days: int) -> date | None:
        return held + timedelta(days=days) if held + timedelta(days=days) <= today else None

    ins.save_inspection(session, ins.InspectionInput(
        held, "Hiệu trưởng (trưởng đoàn)\nPhó hiệu trưởng\nTổng phụ trách Đội (mẫu)",
        "Hòm thư “Điều em muốn nói” và sổ tiếp nhận thông tin\n"
        "Việc niêm yết số Tổng đài 111 tại các lớp học",
        "Hòm thư được mở hằng tuần, có sổ ghi nhận. Hai lớp chưa niêm yết số Tổng đài 111 "
        "(mẫu).",
        (ins.ActionInput("Niêm yết số Tổng đài 111 tại tất cả các lớp", "Tổng phụ trách Đội",
                         held + timedelta(days=7), done(5)),
         ins.ActionInput("Hướng dẫn lại giáo viên chủ nhiệm cách ghi sổ tiếp nhận",
                         "Phó hiệu trưởng", held + timedelta(days=30), done(20)))))


def _demo_safety(session: AppSession) -> None:
    """This school year's check of the safe environment: one item not met (the overview's
    reminder is for a school that has not checked)."""
    from kimbai_desktop.domain.safety import CheckResult
    from kimbai_desktop.services import safety as sf

    year = session.school_profile().school_year
    today = session.clock.now().astimezone().date()
    checked_on = min(date(int(year[:4]), 9, 15), today)
    results = [sf.ResultInput(i.id, i.text, CheckResult.MET) for i in sf.list_items(session)]
    results[0] = sf.ResultInput(results[0].item_id, results[0].item_text, CheckResult.NOT_MET,
                                "Lan can cầu thang tầng 2 bị lỏng, đã báo bộ phận cơ sở vật chất")
    sf.save_check(session, sf.CheckInput(checked_on, "Ban giám hiệu; Tổng phụ trách Đội (mẫu)",
                                         "", tuple(results)))


def _demo_reports_sent(session: AppSession) -> None:
    """The reports of the year already due were sent, three days early (the overview reminds
    of the next one only)."""
    from kimbai_desktop.services import report_calendar as rc

    today = session.clock.now().astimezone().date()
    for due in rc.list_report_dues(session):
        if due.due <= today:
            rc.save_report_due(session, rc.DueInput(
                due.title, due.recipient, due.due, due.note,
                sent_on=min(today, due.due - timedelta(days=3))), due.id)
