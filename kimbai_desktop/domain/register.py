"""The register of pupils (sổ theo dõi trẻ em): its categories and the rules for reviews and
new school years. No Qt, no SQLAlchemy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kimbai_desktop.domain.enums import LabelledEnum


class GuardianRelation(LabelledEnum):
    FATHER = ("father", "Cha", "Father")
    MOTHER = ("mother", "Mẹ", "Mother")
    GRANDPARENT = ("grandparent", "Ông/Bà", "Grandparent")
    SIBLING = ("sibling", "Anh/Chị", "Sibling")
    RELATIVE = ("relative", "Người thân khác", "Other relative")
    GUARDIAN = ("guardian", "Người giám hộ", "Legal guardian")
    CAREGIVER = ("caregiver", "Người chăm sóc", "Caregiver")


class PupilStatus(LabelledEnum):
    """Leavers are archived, never deleted."""

    ACTIVE = ("active", "Đang học", "Enrolled")
    TRANSFERRED = ("transferred", "Chuyển trường", "Transferred")
    COMPLETED = ("completed", "Hoàn thành chương trình tiểu học", "Completed primary school")
    LEFT = ("left", "Thôi học", "Left school")


class ReviewCriterion(LabelledEnum):
    """What a periodic review (rà soát) rates, each Cao / Trung bình / Thấp (Mẫu số 06 scale)."""

    SAFETY = ("safety", "An toàn, nguy cơ bị xâm hại", "Safety, risk of abuse")
    PHYSICAL_HEALTH = ("physical_health", "Sức khỏe thể chất", "Physical health")
    MENTAL_HEALTH = ("mental_health", "Tâm lý, tình cảm", "Emotional wellbeing")
    FAMILY = ("family", "Hoàn cảnh gia đình, người chăm sóc", "Family and care")
    SCHOOLING = ("schooling", "Học tập, chuyên cần", "Schooling and attendance")
    SOCIAL = ("social", "Quan hệ bạn bè, xã hội", "Friends and social life")


class ReviewDecision(LabelledEnum):
    CONTINUE = ("continue", "Tiếp tục theo dõi", "Continue monitoring")
    RAISE_LEVEL = ("raise_level", "Nâng cấp độ bảo vệ", "Raise the protection level")
    LOWER_LEVEL = ("lower_level", "Hạ cấp độ bảo vệ", "Lower the protection level")
    CLOSE = ("close", "Kết thúc theo dõi", "Stop monitoring")


REVIEW_DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class ReviewSchedule:
    """How often a child in the register is reviewed (default: once per semester)."""

    interval_days: int = 135  # about one semester
    first_review_days: int = 30  # after a child enters the register

    def next_after(self, review_date: date) -> date:
        return review_date + timedelta(days=self.interval_days)

    def first_due(self, registered_on: date) -> date:
        return registered_on + timedelta(days=self.first_review_days)


def review_state(due: date | None, today: date) -> str:
    """``"overdue"``, ``"due_soon"``, ``"scheduled"`` or ``"none"`` (not in the register)."""
    if due is None:
        return "none"
    if due < today:
        return "overdue"
    if due <= today + timedelta(days=REVIEW_DUE_SOON_DAYS):
        return "due_soon"
    return "scheduled"


_LEADING_GRADE = re.compile(r"^\s*([1-5])(?!\d)(.*)$")


def grade_of_class(class_name: str) -> int | None:
    """The grade (khối 1-5) a class name starts with: "3A" → 3, "5/2" → 5; else None."""
    m = _LEADING_GRADE.match(class_name)
    return int(m.group(1)) if m else None


def promoted_class(class_name: str) -> str | None:
    """The class a pupil moves up to: "3A" → "4A", "4/2" → "5/2"; None after grade 5 (leaves)."""
    m = _LEADING_GRADE.match(class_name)
    if not m:
        return None
    grade = int(m.group(1))
    if grade >= 5:
        return None
    return f"{grade + 1}{m.group(2)}"


def next_school_year(school_year: str) -> str:
    start = int(school_year[:4])
    return f"{start + 1}-{start + 2}"


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
