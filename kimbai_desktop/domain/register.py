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
    """What a periodic review (rà soát) of a child in the register rates, each Cao / Trung bình /
    Thấp. These six points are the school's own criteria ("Tiêu chí của nhà trường"), not the
    law's, and every screen that shows them says so.

    Searched (issue 19, point 5): the forms of Nghị định 56/2017/NĐ-CP (Mẫu số 01 tiếp nhận,
    02 đánh giá ban đầu, 03 đánh giá nguy cơ, 04/05 kế hoạch hỗ trợ, can thiệp, 06 theo dõi,
    đánh giá việc thực hiện kế hoạch, 07 can thiệp khẩn cấp) and the ministry's circulars on
    the management of children in special circumstances ("rà soát", "theo dõi, đánh giá",
    "Đánh giá nguy cơ"). Those forms belong to the commune's case management of one case
    (Điều 25-30), filled by the commune's child protection officer; none is a form for a
    school's periodic review of the children it follows, and the stored texts searched here
    gave no such form (nor the forms' own criteria to quote). So the school keeps its own
    points; the three-level scale is the one the case forms use for risk. Should a form for
    this review be issued, its criteria replace these (the stored ratings keep their ids).
    """

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
