"""The legal and school categories as enums: stable English identifiers (stored in the database)
with the exact Vietnamese legal wording and an English label (bilingual data, not UI strings).

Sources: Luật Trẻ em 2016 (Điều 4, 10, 47-50), Nghị định 56/2017/NĐ-CP (sub-types, procedure and
forms), Nghị định 80/2017/NĐ-CP (school violence). Agency names are defaults; the ones printed on
documents come from settings because they changed with the 2025 reorganisation.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Self

__all__ = [
    "SUBTYPES",
    "AbuseForm",
    "CaseSubject",
    "InfoSource",
    "LabelledEnum",
    "OrphanSubtype",
    "PreventionTopic",
    "ProcedureStep",
    "ProtectionLevel",
    "ReportChannel",
    "RiskLevel",
    "Role",
    "Semester",
    "Sex",
    "SexualAbuseSubtype",
    "SpecialCircumstance",
    "subtypes_of",
]


class LabelledEnum(Enum):
    """An enum whose value is a stable identifier, with Vietnamese (``vi``) and English labels.

    Members are declared as ``NAME = (ident, vi, en, *extra)``; subclasses with extra fields take
    them in ``__init__``.
    """

    vi: str
    en: str

    # Defaults only so that type checkers accept the value lookup ``Role("principal")``.
    def __new__(cls, ident: str, vi: str = "", en: str = "", *extra: Any) -> Self:
        obj = object.__new__(cls)
        obj._value_ = ident
        obj.vi = vi
        obj.en = en
        return obj

    @property
    def ident(self) -> str:
        return str(self.value)

    def label(self, lang: str = "vi") -> str:
        """The Vietnamese label for ``"vi"`` (or ``"vi_VN"``), the English one otherwise."""
        return self.vi if lang.lower().startswith("vi") else self.en

    @classmethod
    def from_id(cls, ident: str) -> Self:
        """The member with identifier ``ident``; ``ValueError`` if there is none."""
        for member in cls:
            if member.value == ident:
                return member
        raise ValueError(f"Unknown {cls.__name__} identifier.")

    @classmethod
    def choices(cls, lang: str = "vi") -> list[tuple[str, str]]:
        """``(ident, label)`` pairs in declaration order, e.g. for a combo box."""
        return [(m.ident, m.label(lang)) for m in cls]


class AbuseForm(LabelledEnum):
    """Forms of "xâm hại trẻ em" (Luật Trẻ em Điều 4 k5), plus school violence and online abuse."""

    VIOLENCE = ("violence", "Bạo lực", "Violence")
    EXPLOITATION = ("exploitation", "Bóc lột", "Exploitation")
    SEXUAL_ABUSE = ("sexual_abuse", "Xâm hại tình dục", "Sexual abuse")
    TRAFFICKING = ("trafficking", "Mua bán", "Trafficking")
    ABANDONMENT = ("abandonment", "Bỏ rơi", "Abandonment")
    NEGLECT = ("neglect", "Bỏ mặc", "Neglect")
    OTHER_HARM = ("other_harm", "Các hình thức gây tổn hại khác", "Other forms of harm")
    SCHOOL_VIOLENCE = ("school_violence", "Bạo lực học đường", "School violence")
    ONLINE_ABUSE = ("online_abuse", "Xâm hại trên môi trường mạng", "Online abuse")


class SpecialCircumstance(LabelledEnum):
    """The 14 groups of "trẻ em có hoàn cảnh đặc biệt" (Luật Trẻ em Điều 10), with their letters."""

    letter: str

    def __init__(self, ident: str, vi: str = "", en: str = "", letter: str = "") -> None:
        self.letter = letter

    @property
    def legal_label(self) -> str:
        """``"đ) Trẻ em nhiễm HIV/AIDS"``: the label as the law lists it."""
        return f"{self.letter}) {self.vi}"

    ORPHAN = ("orphan", "Trẻ em mồ côi cả cha và mẹ", "Children who have lost both parents", "a")
    ABANDONED = ("abandoned", "Trẻ em bị bỏ rơi", "Abandoned children", "b")
    NO_SUPPORT = (
        "no_support",
        "Trẻ em không nơi nương tựa",
        "Children with no one to rely on",
        "c",
    )
    DISABLED = ("disabled", "Trẻ em khuyết tật", "Children with disabilities", "d")
    HIV_AIDS = ("hiv_aids", "Trẻ em nhiễm HIV/AIDS", "Children living with HIV/AIDS", "đ")
    LAW_VIOLATION = (
        "law_violation",
        "Trẻ em vi phạm pháp luật",
        "Children in conflict with the law",
        "e",
    )
    DRUG_ADDICTED = ("drug_addicted", "Trẻ em nghiện ma túy", "Children addicted to drugs", "g")
    DROPOUT_WORKING = (
        "dropout_working",
        "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở",
        "Children who left school to earn a living before completing lower secondary education",
        "h",
    )
    VIOLENCE_HARMED = (
        "violence_harmed",
        "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực",
        "Children seriously harmed physically and mentally by violence",
        "i",
    )
    EXPLOITED = ("exploited", "Trẻ em bị bóc lột", "Exploited children", "k")
    SEXUALLY_ABUSED = (
        "sexually_abused",
        "Trẻ em bị xâm hại tình dục",
        "Sexually abused children",
        "l",
    )
    TRAFFICKED = ("trafficked", "Trẻ em bị mua bán", "Trafficked children", "m")
    SERIOUS_ILLNESS_POOR = (
        "serious_illness_poor",
        "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ "
        "cận nghèo",
        "Children with a serious or long-term illness in a poor or near-poor household",
        "n",
    )
    MIGRANT_REFUGEE = (
        "migrant_refugee",
        "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người "
        "chăm sóc",
        "Migrant, displaced or refugee children whose parents are unidentified or who have "
        "no caregiver",
        "o",
    )


class OrphanSubtype(LabelledEnum):
    """Sub-types of group a (trẻ em mồ côi cả cha và mẹ), Nghị định 56."""

    NO_CAREGIVER = ("no_caregiver", "Không có người chăm sóc", "No caregiver")
    CARE_FACILITY = (
        "care_facility",
        "Đang sống tại cơ sở trợ giúp xã hội",
        "Living in a social protection facility",
    )
    WITH_RELATIVES = (
        "with_relatives",
        "Đang sống với người thân thích",
        "Living with relatives",
    )
    ALTERNATIVE_CARE = (
        "alternative_care",
        "Đang được chăm sóc thay thế",
        "In alternative care",
    )

    @property
    def group(self) -> SpecialCircumstance:
        return SpecialCircumstance.ORPHAN


class SexualAbuseSubtype(LabelledEnum):
    """Sub-types of group l (trẻ em bị xâm hại tình dục), Nghị định 56."""

    RAPE = ("rape", "Bị hiếp dâm", "Raped")
    COERCED_SEX = ("coerced_sex", "Bị cưỡng dâm", "Coerced into sex")
    SEXUAL_INTERCOURSE = ("sexual_intercourse", "Bị giao cấu", "Subjected to sexual intercourse")
    MOLESTATION = ("molestation", "Bị dâm ô", "Molested")
    PROSTITUTION_PORNOGRAPHY = (
        "prostitution_pornography",
        "Bị sử dụng vào mục đích mại dâm, khiêu dâm",
        "Used for prostitution or pornography",
    )

    @property
    def group(self) -> SpecialCircumstance:
        return SpecialCircumstance.SEXUALLY_ABUSED


# Groups that Nghị định 56 splits into sub-types: group → its sub-type enum. A group not listed
# here has no sub-types.
SUBTYPES: dict[SpecialCircumstance, type[LabelledEnum]] = {
    SpecialCircumstance.ORPHAN: OrphanSubtype,
    SpecialCircumstance.SEXUALLY_ABUSED: SexualAbuseSubtype,
}


def subtypes_of(group: SpecialCircumstance) -> type[LabelledEnum] | None:
    """The sub-type enum of ``group``, or ``None`` when the group has no sub-types."""
    return SUBTYPES.get(group)


class ProtectionLevel(LabelledEnum):
    """The three levels of child protection (Luật Trẻ em Điều 47-50)."""

    PREVENTION = ("prevention", "Phòng ngừa", "Prevention")
    SUPPORT = ("support", "Hỗ trợ", "Support")
    INTERVENTION = ("intervention", "Can thiệp", "Intervention")


class RiskLevel(LabelledEnum):
    """Risk scale of Mẫu số 06 (the urgent flag is separate)."""

    HIGH = ("high", "Cao", "High")
    MEDIUM = ("medium", "Trung bình", "Medium")
    LOW = ("low", "Thấp", "Low")


class ProcedureStep(LabelledEnum):
    """Case procedure steps (Nghị định 56 Điều 25-30) in order, with the form used, if any."""

    form: str | None

    def __init__(self, ident: str, vi: str = "", en: str = "", form: str | None = None) -> None:
        self.form = form

    @property
    def index(self) -> int:
        """Position in the procedure, 0 for ``RECEIVED``."""
        return list(type(self)).index(self)

    RECEIVED = ("received", "Tiếp nhận", "Received", "Mẫu số 01")
    REPORTED = ("reported", "Thông báo", "Reported")
    INITIAL_ASSESSMENT = (
        "initial_assessment",
        "Đánh giá ban đầu",
        "Initial assessment",
        "Mẫu số 02",
    )
    EMERGENCY_INTERVENTION = (
        "emergency_intervention",
        "Can thiệp khẩn cấp",
        "Emergency intervention",
        "Mẫu số 07",
    )
    DETAILED_ASSESSMENT = (
        "detailed_assessment",
        "Đánh giá cụ thể",
        "Detailed assessment",
        "Mẫu số 03",
    )
    # The school's written result report falls due on day 3, before the commune's plan.
    RESULT_REPORT = ("result_report", "Báo cáo kết quả", "Result report")
    PLANNING = (
        "planning",
        "Lập kế hoạch hỗ trợ, can thiệp",
        "Support and intervention planning",
        "Mẫu số 04/05",
    )
    IMPLEMENTATION = ("implementation", "Thực hiện kế hoạch", "Carrying out the plan")
    REVIEW = ("review", "Rà soát, đánh giá", "Review and evaluation", "Mẫu số 06")
    CLOSED = ("closed", "Kết thúc", "Closed")


class InfoSource(LabelledEnum):
    """How the school received the information (Mẫu số 01, nguồn nhận thông tin)."""

    PHONE = ("phone", "Điện thoại", "Phone")
    IN_PERSON = ("in_person", "Gặp trực tiếp", "In person")
    OTHER_PERSON = ("other_person", "Người khác báo", "Reported by someone else")


class ReportChannel(LabelledEnum):
    """Where the school reports (Nghị định 56 Điều 25). Default labels; documents use settings."""

    HOTLINE_111 = (
        "hotline_111",
        "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "National child protection hotline 111",
    )
    COMMUNE = ("commune", "Ủy ban nhân dân cấp xã", "Commune People's Committee")
    POLICE = ("police", "Cơ quan công an", "Police")
    SOCIAL_AFFAIRS = (
        "social_affairs",
        "Cơ quan chuyên môn về trẻ em",
        "Child protection authority",
    )


class Sex(LabelledEnum):
    """Giới tính as on Mẫu số 01 and the sector's lists."""

    MALE = ("male", "Nam", "Male")
    FEMALE = ("female", "Nữ", "Female")
    UNKNOWN = ("unknown", "Không biết", "Unknown")


class CaseSubject(LabelledEnum):
    """The "đối tượng" box of Mẫu số 01."""

    ABUSED = ("abused", "Bị xâm hại", "Abused")
    AT_RISK = (
        "at_risk",
        "Có nguy cơ bị bạo lực, bóc lột, bỏ rơi",
        "At risk of violence, exploitation or abandonment",
    )
    SPECIAL_CIRCUMSTANCES = (
        "special_circumstances",
        "Trẻ em có hoàn cảnh đặc biệt",
        "Child in special circumstances",
    )


class PreventionTopic(LabelledEnum):
    """The five prevention measures of Luật Trẻ em Điều 48 k2 (a-đ): training-log categories."""

    AWARENESS = ("awareness", "Tuyên truyền, nâng cao nhận thức", "Awareness raising")
    CAREGIVER_KNOWLEDGE = (
        "caregiver_knowledge",
        "Cung cấp kiến thức cho cha mẹ, giáo viên, người chăm sóc trẻ em",
        "Knowledge for parents, teachers and caregivers",
    )
    PARENTING_SKILLS = ("parenting_skills", "Kỹ năng làm cha mẹ", "Parenting skills")
    SELF_PROTECTION = (
        "self_protection",
        "Kỹ năng tự bảo vệ cho trẻ em",
        "Self-protection skills for children",
    )
    SAFE_ENVIRONMENT = (
        "safe_environment",
        "Xây dựng môi trường sống an toàn",
        "A safe living environment",
    )


class Role(LabelledEnum):
    """Application roles."""

    PRINCIPAL = ("principal", "Hiệu trưởng", "Principal")
    COUNSELLOR = (
        "counsellor",
        "Tư vấn / phụ trách bảo vệ trẻ em",
        "Counsellor / child protection officer",
    )
    TEACHER = ("teacher", "Giáo viên", "Teacher")
    VIEWER = ("viewer", "Xem báo cáo", "Report viewer")


class Semester(LabelledEnum):
    """Học kỳ of the school year."""

    FIRST = ("first", "Học kỳ I", "First semester")
    SECOND = ("second", "Học kỳ II", "Second semester")
