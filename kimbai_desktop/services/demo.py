"""A demo school with invented, obviously fictional data, so every screen has something to show.

The school, the place and every person are made up ("Trường Tiểu học Hoa Mai (dữ liệu mẫu)");
each later feature adds its own demo records here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
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
from kimbai_desktop.domain.register import GuardianRelation, ReviewCriterion, ReviewDecision
from kimbai_desktop.domain.school import SchoolProfile
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
    username: str
    password: str
    recovery_key: str
    other_accounts: tuple[tuple[str, str], ...] = ()  # (account name, role label)


def demo_profile(seed: int = 1) -> SchoolProfile:
    rng = random.Random(seed)  # noqa: S311 - invented demo data, not security
    place = rng.choice(_PLACES)
    return SchoolProfile(
        school_name=f"Trường Tiểu học {place} (dữ liệu mẫu)",
        superior_body=f"UBND xã {place} (mẫu)",
        place_name=place,
        principal_name=rng.choice(_PRINCIPALS),
        document_symbol="THMAU",
        school_year="2024-2025",
    )


def create_demo(data_dir: Path, seed: int = 1, *, clock: Clock = SYSTEM_CLOCK) -> DemoCredentials:
    """Create a demo database in an empty ``data_dir`` and return how to sign in."""
    profile = demo_profile(seed)
    recovery = initialize_school(Path(data_dir), profile, DEMO_USERNAME, profile.principal_name,
                                 DEMO_PASSWORD, clock=clock)
    session = unlock(Path(data_dir), DEMO_USERNAME, DEMO_PASSWORD, clock=clock)
    try:
        for username, full_name, role in DEMO_STAFF:
            add_account(session, username, full_name, role, DEMO_PASSWORD)
        _demo_register(session, random.Random(seed))  # noqa: S311 - invented demo data
    finally:
        session.close()
    others = tuple((u, r.vi) for u, _, r in DEMO_STAFF)
    return DemoCredentials(DEMO_USERNAME, DEMO_PASSWORD, recovery, others)


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
    rows = []
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
        level = ProtectionLevel.INTERVENTION if group in _SERIOUS else ProtectionLevel.SUPPORT
        set_level(session, pupil.id, level, since, "Theo kết quả rà soát (mẫu).")
    for pupil in chosen[len(groups) + 4:len(groups) + 10]:
        set_risk(session, pupil.id, True, "Bố mẹ đi làm ăn xa, trẻ ở với ông bà (mẫu).")
    for n, pupil in enumerate(chosen[:24]):
        state = n % 3  # 0: overdue, 1: due soon, 2: reviewed and scheduled
        review_day = today - timedelta(days={0: 160, 1: 130, 2: 20}[state])
        next_review = review_day + timedelta(days=150) if state else today - timedelta(days=12)
        record_review(session, pupil.id, ReviewInput(
            review_date=review_day, decision=ReviewDecision.CONTINUE,
            ratings={c: rng.choice(list(RiskLevel)) for c in ReviewCriterion},
            situation="Tình hình ổn định hơn; tiếp tục theo dõi (mẫu).",
            next_review=next_review if state != 1 else today + timedelta(days=6)))


_SERIOUS = {SpecialCircumstance.VIOLENCE_HARMED, SpecialCircumstance.SEXUALLY_ABUSED,
            SpecialCircumstance.TRAFFICKED, SpecialCircumstance.EXPLOITED}
