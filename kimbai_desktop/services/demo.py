"""A demo school with invented, obviously fictional data, so every screen has something to show.

The school, the place and every person are made up ("Trường Tiểu học Hoa Mai (dữ liệu mẫu)");
each later feature adds its own demo records here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from kimbai_desktop.domain.clock import SYSTEM_CLOCK, Clock
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.session import unlock
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
    finally:
        session.close()
    others = tuple((u, r.vi) for u, _, r in DEMO_STAFF)
    return DemoCredentials(DEMO_USERNAME, DEMO_PASSWORD, recovery, others)
