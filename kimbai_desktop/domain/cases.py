"""Case files (hồ sơ vụ việc): the categories of intake, notifications, chronology, plan tasks,
referrals and consent; case codes; the rules for closing. No Qt, no SQLAlchemy."""

from __future__ import annotations

import re

from kimbai_desktop.domain.enums import LabelledEnum


class Place(LabelledEnum):
    SCHOOL = ("school", "Trường học", "School")
    FAMILY = ("family", "Gia đình", "Family")
    COMMUNITY = ("community", "Cộng đồng", "Community")
    ONLINE = ("online", "Môi trường mạng", "Online")
    OTHER = ("other", "Khác", "Other")


CHILD_AGE_LIMIT = 16
"""Luật Trẻ em 2016 Điều 1: "Trẻ em là người dưới 16 tuổi". The child of a case is under 16 on
the day the school receives the information; an older person (a pupil of 16 or 17, a youth) can
be the informant, a person involved or part of the description, not the child of the case."""


def is_child(age: int) -> bool:
    return 0 <= age < CHILD_AGE_LIMIT


class IntakeChannel(LabelledEnum):
    """How the concern reached the school (kênh tiếp nhận), the ways the school plan opens for
    children and parents to report: the mailbox, a teacher, the pupil, a parent, the school's
    phone, Tổng đài 111 and online. Separate from Mẫu số 01's "nguồn" (phone / in person / by
    someone else), which says how the receiving officer got it."""

    MAILBOX = ("mailbox", "Hòm thư góp ý / hòm thư “Điều em muốn nói”",
               "Suggestion box / “What I want to say” box")
    TEACHER = ("teacher", "Báo trực tiếp với giáo viên", "Told a teacher directly")
    PUPIL_SELF = ("pupil_self", "Học sinh tự trình báo", "The pupil's own report")
    PARENT = ("parent", "Cha mẹ học sinh báo", "A parent reported it")
    SCHOOL_PHONE = ("school_phone", "Điện thoại của nhà trường", "The school's phone")
    HOTLINE_111 = ("hotline_111", "Tổng đài 111 chuyển đến", "Passed on by hotline 111")
    ONLINE = ("online", "Trực tuyến (Zalo, thư điện tử...)", "Online (Zalo, e-mail...)")
    OTHER = ("other", "Kênh khác", "Other")


class PerpetratorRelation(LabelledEnum):
    PUPIL = ("pupil", "Học sinh", "Pupil")
    STAFF = ("staff", "Cán bộ, giáo viên, nhân viên nhà trường", "School staff member")
    FAMILY = ("family", "Người trong gia đình", "Family member")
    ACQUAINTANCE = ("acquaintance", "Người quen", "Acquaintance")
    STRANGER = ("stranger", "Người lạ", "Stranger")
    ONLINE = ("online", "Người liên hệ qua mạng", "Online contact")
    UNKNOWN = ("unknown", "Chưa xác định", "Not known")


class Recipient(LabelledEnum):
    """Who the school notified (thông báo)."""

    HOTLINE_111 = ("hotline_111", "Tổng đài 111", "Hotline 111")
    COMMUNE = ("commune", "UBND xã", "Commune People's Committee")
    POLICE = ("police", "Công an", "Police")
    FAMILY = ("family", "Gia đình trẻ", "The child's family")
    EDUCATION_OFFICE = ("education_office", "Cơ quan quản lý giáo dục", "Education office")
    SOCIAL_AFFAIRS = ("social_affairs", "Cơ quan chuyên môn về trẻ em", "Child protection authority")
    HEALTH = ("health", "Cơ sở y tế", "Health facility")


# Notifying any of these counts as "reported" in the sense of Nghị định 56 Điều 25.
LEGAL_REPORT_RECIPIENTS = frozenset({Recipient.HOTLINE_111, Recipient.COMMUNE, Recipient.POLICE,
                                     Recipient.SOCIAL_AFFAIRS})


class Channel(LabelledEnum):
    PHONE = ("phone", "Điện thoại", "Phone")
    IN_PERSON = ("in_person", "Trực tiếp", "In person")
    WRITTEN = ("written", "Văn bản", "In writing")
    ONLINE = ("online", "Trực tuyến", "Online")


class EntryKind(LabelledEnum):
    """Kinds of chronology entries (each shown with its own icon)."""

    NOTE = ("note", "Ghi chép", "Note")
    # The voice of the child: what the child said, in their own words, and what they want.
    CHILD_VOICE = ("child_voice", "Ý kiến, mong muốn của trẻ", "The child's views and wishes")
    CALL = ("call", "Cuộc gọi", "Call")
    MEETING = ("meeting", "Cuộc họp", "Meeting")
    HOME_VISIT = ("home_visit", "Thăm gia đình", "Home visit")
    REFERRAL = ("referral", "Chuyển tuyến", "Referral")
    TASK_DONE = ("task_done", "Hoàn thành nhiệm vụ", "Task done")
    DOCUMENT = ("document", "Tài liệu", "Document")
    STEP = ("step", "Bước quy trình", "Procedure step")
    CORRECTION = ("correction", "Đính chính", "Correction")


class TaskStatus(LabelledEnum):
    OPEN = ("open", "Chưa làm", "To do")
    IN_PROGRESS = ("in_progress", "Đang làm", "In progress")
    DONE = ("done", "Đã xong", "Done")
    CANCELLED = ("cancelled", "Hủy", "Cancelled")


class Service(LabelledEnum):
    HEALTH = ("health", "Y tế", "Health")
    PSYCHOLOGICAL = ("psychological", "Tâm lý", "Psychological")
    LEGAL = ("legal", "Pháp lý", "Legal aid")
    POLICE = ("police", "Công an", "Police")
    SOCIAL = ("social", "Xã hội", "Social")


class ReferralStatus(LabelledEnum):
    SENT = ("sent", "Đã gửi", "Sent")
    ACCEPTED = ("accepted", "Đã tiếp nhận", "Accepted")
    DONE = ("done", "Đã hoàn thành", "Done")
    DECLINED = ("declined", "Từ chối", "Declined")


class ConsentScope(LabelledEnum):
    SERVICES = ("services", "Đồng ý nhận dịch vụ hỗ trợ", "Consent to services")
    SHARE_DEIDENTIFIED = ("share_deidentified", "Chia sẻ thông tin không định danh",
                          "Sharing de-identified information")
    DISCLOSURE = ("disclosure", "Tiết lộ thông tin cá nhân", "Disclosure of personal information")


class ShareReason(LabelledEnum):
    """Why a child's information may leave the school without the recorded consent: the cases
    the law allows (services/sharing.py gives the legal basis of each)."""

    CHILD_SAFETY = ("child_safety", "Bảo vệ tính mạng, sức khỏe, sự an toàn của trẻ (khẩn cấp)",
                    "To protect the child's life, health or safety (emergency)")
    AUTHORITY_REQUEST = ("authority_request", "Theo yêu cầu của cơ quan nhà nước có thẩm quyền",
                         "At the request of a competent authority")


class CaseStatus(LabelledEnum):
    OPEN = ("open", "Đang xử lý", "Open")
    CLOSED = ("closed", "Đã kết thúc", "Closed")


_CODE = re.compile(r"^VV-(\d{4}-\d{4})/(\d{3,})$")


def case_code(school_year: str, number: int) -> str:
    """``VV-2024-2025/007``: numbered per school year."""
    return f"VV-{school_year}/{number:03d}"


def parse_case_code(code: str) -> tuple[str, int] | None:
    m = _CODE.match(code.strip())
    return (m.group(1), int(m.group(2))) if m else None
