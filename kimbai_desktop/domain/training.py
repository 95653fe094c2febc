"""Training and awareness work (tập huấn, tuyên truyền): kinds, topics, audiences, targets and
how progress towards a target is measured. No Qt, no SQLAlchemy."""

from __future__ import annotations

from datetime import date

from kimbai_desktop.domain.enums import LabelledEnum, Semester


class StaffCategory(LabelledEnum):
    MANAGER = ("manager", "Cán bộ quản lý", "Management")
    TEACHER = ("teacher", "Giáo viên", "Teacher")
    EMPLOYEE = ("employee", "Nhân viên", "Support staff")


class ActivityKind(LabelledEnum):
    STAFF_TRAINING = ("staff_training", "Tập huấn cho cán bộ, giáo viên, nhân viên",
                      "Staff training")
    PARENT_AWARENESS = ("parent_awareness", "Tuyên truyền cho cha mẹ học sinh",
                        "Awareness for parents")
    PUPIL_SKILLS = ("pupil_skills", "Giáo dục kỹ năng cho học sinh", "Skills for pupils")
    CAMPAIGN = ("campaign", "Sự kiện, chiến dịch truyền thông", "Event or campaign")
    POSITIVE_DISCIPLINE = ("positive_discipline", "Chuyên đề kỷ luật tích cực",
                           "Positive discipline workshop")
    OTHER = ("other", "Hoạt động khác", "Other activity")


class Topic(LabelledEnum):
    """The prevention categories of Luật Trẻ em Điều 48 k2 and the themes of the school plan."""

    AWARENESS = ("awareness", "Tuyên truyền, nâng cao nhận thức", "Raising awareness")
    CAREGIVER_KNOWLEDGE = ("caregiver_knowledge",
                           "Kiến thức cho cha mẹ, giáo viên, người chăm sóc trẻ em",
                           "Knowledge for parents, teachers and caregivers")
    PARENTING = ("parenting", "Kỹ năng làm cha mẹ", "Parenting skills")
    SELF_PROTECTION = ("self_protection", "Kỹ năng tự bảo vệ cho trẻ em",
                       "Self-protection skills for children")
    SAFE_ENVIRONMENT = ("safe_environment", "Xây dựng môi trường sống an toàn",
                        "A safe environment")
    ABUSE_PREVENTION = ("abuse_prevention", "Phòng, chống xâm hại trẻ em",
                        "Preventing child abuse")
    SCHOOL_VIOLENCE = ("school_violence", "Phòng, chống bạo lực học đường",
                       "Preventing school violence")
    ONLINE_SAFETY = ("online_safety", "An toàn trên môi trường mạng", "Online safety")
    POSITIVE_DISCIPLINE = ("positive_discipline", "Kỷ luật tích cực", "Positive discipline")
    LIFE_SKILLS = ("life_skills", "Kỹ năng sống", "Life skills")
    HOTLINE_111 = ("hotline_111", "Tổng đài 111", "Hotline 111")


class Audience(LabelledEnum):
    STAFF = ("staff", "Cán bộ, giáo viên, nhân viên", "Staff")
    PARENTS = ("parents", "Cha mẹ học sinh", "Parents")
    PUPILS = ("pupils", "Học sinh", "Pupils")
    COMMUNITY = ("community", "Cộng đồng", "Community")
    OTHER = ("other", "Khác", "Other")


class TargetMetric(LabelledEnum):
    """How a yearly target is measured from the recorded activities."""

    SESSIONS = ("sessions", "Số buổi", "Number of sessions")
    STAFF_COVERAGE = ("staff_coverage", "Tỷ lệ cán bộ, giáo viên, nhân viên được tập huấn (%)",
                      "Share of staff trained (%)")
    PARTICIPANTS = ("participants", "Số lượt người tham dự", "Number of participants")


def semester_of(d: date) -> Semester:
    """Học kỳ I runs from the start of the school year (August) to January; II from February."""
    return Semester.FIRST if d.month >= 8 or d.month == 1 else Semester.SECOND


def semester_start(school_year: str, semester: Semester) -> date:
    """The first day counted for a semester of "2024-2025": 1 Aug 2024 (I), 1 Feb 2025 (II)."""
    start = int(school_year[:4])
    return date(start, 8, 1) if semester == Semester.FIRST else date(start + 1, 2, 1)


def school_year_bounds(school_year: str) -> tuple[date, date]:
    """The first and last day counted for a school year "2024-2025": 1 Aug 2024 – 31 Jul 2025."""
    start = int(school_year[:4])
    return date(start, 8, 1), date(start + 1, 7, 31)


def progress_share(value: float, target: float) -> float:
    """How far ``value`` goes towards ``target``, in % (0-100, capped)."""
    if target <= 0:
        return 100.0
    return min(100.0, max(0.0, 100.0 * value / target))


def progress_percent(value: float, target: float) -> int:
    """0-100 (capped), whole, for a progress bar."""
    return int(progress_share(value, target))
