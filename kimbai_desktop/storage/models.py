"""ORM models (SQLAlchemy 2 typed declarative). Every schema change is an Alembic migration."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Settings that live inside the encrypted database (everything not needed before unlock)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class SchoolProfileRow(Base):
    """The one school this database belongs to (a single row, id 1)."""

    __tablename__ = "school_profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_name: Mapped[str] = mapped_column(String(200))
    superior_body: Mapped[str] = mapped_column(String(200))
    place_name: Mapped[str] = mapped_column(String(200))
    principal_name: Mapped[str] = mapped_column(String(200))
    document_symbol: Mapped[str] = mapped_column(String(20))
    school_year: Mapped[str] = mapped_column(String(9))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Account(Base):
    """A staff member's account. The password lives only in its keyslot, never here."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEvent(Base):
    """One audit event; see storage/audit.py for the hash chain. Never holds record contents."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    actor: Mapped[str] = mapped_column(String(64))  # account name at the time
    action: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    detail: Mapped[str] = mapped_column(String(500), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The keyslot whose account key signed the event, and the Ed25519 signature over ``hash``
    # (base64); both empty for events written before migration 0010 (storage/audit.py).
    signer: Mapped[str] = mapped_column(String(32), default="", server_default="")
    signature: Mapped[str] = mapped_column(String(100), default="", server_default="")


class Pupil(Base):
    """A child in the school's register. Name sort key and folded search text are kept in step
    by services/register.py so that SQL sorts the Vietnamese way and searches without accents."""

    __tablename__ = "pupils"
    # The register list walks (status, name_sort); see migration 0007, which also adds the
    # pupil_search FTS5 table (not mapped: only services/register.py queries it).
    __table_args__ = (Index("ix_pupils_status_name_sort", "status", "name_sort"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_code: Mapped[str | None] = mapped_column(String(32), unique=True)  # mã định danh
    full_name: Mapped[str] = mapped_column(String(120))
    name_sort: Mapped[str] = mapped_column(String(400), index=True)
    search_text: Mapped[str] = mapped_column(String(600))
    birth_date: Mapped[date | None] = mapped_column(Date)
    estimated_age: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(10))
    ethnicity: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    left_on: Mapped[date | None] = mapped_column(Date)
    at_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_factors: Mapped[str] = mapped_column(Text, default="")
    registered_on: Mapped[date | None] = mapped_column(Date)  # entered the protection register
    next_review: Mapped[date | None] = mapped_column(Date, index=True)
    current_level: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Enrolment(Base):
    """Class and grade of a pupil in one school year."""

    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("pupil_id", "school_year", name="uq_enrolments_year"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    grade: Mapped[int | None] = mapped_column(Integer)
    class_name: Mapped[str] = mapped_column(String(20), index=True)


class Guardian(Base):
    __tablename__ = "guardians"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(40), default="")


class Circumstance(Base):
    """Membership of one of the 14 groups of Điều 10, dated."""

    __tablename__ = "circumstances"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    group: Mapped[str] = mapped_column(String(40), index=True)
    subtype: Mapped[str | None] = mapped_column(String(40))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class LevelChange(Base):
    """The protection level's dated history (phòng ngừa / hỗ trợ / can thiệp)."""

    __tablename__ = "level_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    since: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    case_ref: Mapped[str] = mapped_column(String(40), default="")
    changed_by: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class Review(Base):
    """A periodic review (rà soát) of a child in the register."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id", ondelete="CASCADE"), index=True)
    review_date: Mapped[date] = mapped_column(Date)
    situation: Mapped[str] = mapped_column(Text, default="")
    ratings: Mapped[str] = mapped_column(Text, default="{}")  # JSON criterion -> risk level
    decision: Mapped[str] = mapped_column(String(20))
    next_review: Mapped[date | None] = mapped_column(Date)
    reviewer_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Case(Base):
    """A case file (hồ sơ vụ việc): the intake of Mẫu số 01 plus what a school needs."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("school_year", "number", name="uq_cases_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), index=True)
    step: Mapped[str] = mapped_column(String(40))  # the furthest procedure step reached
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    discovered_at: Mapped[datetime] = mapped_column(DateTime)
    incident_at: Mapped[datetime | None] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(20))
    # How the concern reached the school (IntakeChannel; "" for cases made before 0010).
    intake_channel: Mapped[str] = mapped_column(String(20), default="", server_default="")
    channel_note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    informant_consents: Mapped[bool] = mapped_column(Boolean, default=False)
    informant_name: Mapped[str] = mapped_column(String(120), default="")
    informant_phone: Mapped[str] = mapped_column(String(40), default="")
    informant_address: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(20))
    place_detail: Mapped[str] = mapped_column(String(300), default="")
    forms: Mapped[str] = mapped_column(String(300))  # JSON list of AbuseForm ids
    subject: Mapped[str] = mapped_column(String(40))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    risk_level: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str] = mapped_column(Text, default="")  # what happened
    injuries: Mapped[str] = mapped_column(Text, default="")
    current_situation: Mapped[str] = mapped_column(Text, default="")
    likely_consequences: Mapped[str] = mapped_column(Text, default="")
    family_situation: Mapped[str] = mapped_column(Text, default="")
    caregiver: Mapped[str] = mapped_column(String(200), default="")
    immediate_actions: Mapped[str] = mapped_column(Text, default="")
    withhold_note: Mapped[str] = mapped_column(Text, default="")  # what must be withheld from whom
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)  # principal only
    from_concern: Mapped[bool] = mapped_column(Boolean, default=False)  # a teacher's concern
    alert_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    plan_approver: Mapped[str] = mapped_column(String(200), default="")
    plan_approved_on: Mapped[date | None] = mapped_column(Date)
    plan_summary: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closure_note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded, for accent-free search
    created_by: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CaseChild(Base):
    __tablename__ = "case_children"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    pupil_id: Mapped[int | None] = mapped_column(ForeignKey("pupils.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))  # copy, or a child who is not a pupil
    age: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(10))


class CasePerson(Base):
    """An alleged perpetrator. ``staff_account_id``: the case is hidden from that account."""

    __tablename__ = "case_people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(20))
    staff_account_id: Mapped[int | None] = mapped_column(Integer, index=True)


class CaseStep(Base):
    __tablename__ = "case_steps"
    __table_args__ = (UniqueConstraint("case_id", "step", name="uq_case_steps_step"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(40))
    done_at: Mapped[datetime] = mapped_column(DateTime)
    done_by: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class Notification(Base):
    __tablename__ = "case_notifications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime)
    person_reached: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int] = mapped_column(Integer)


class ChronologyEntry(Base):
    """Append-only, hash-chained per case; a correction is a new entry pointing to the old one."""

    __tablename__ = "case_entries"
    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_case_entries_seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    event_at: Mapped[datetime] = mapped_column(DateTime)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    author_id: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    corrects_id: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PlanTask(Base):
    __tablename__ = "case_tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(Integer)
    owner_name: Mapped[str] = mapped_column(String(120), default="")
    due: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    done_at: Mapped[datetime | None] = mapped_column(DateTime)


class Referral(Base):
    __tablename__ = "case_referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    service: Mapped[str] = mapped_column(String(20))
    to_whom: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Consent(Base):
    __tablename__ = "case_consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    consenter: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(60))
    scope: Mapped[str] = mapped_column(String(30))
    given_on: Mapped[date] = mapped_column(Date)
    child_age: Mapped[int | None] = mapped_column(Integer)
    child_agreed: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Attachment(Base):
    """A file kept inside the encrypted database; never written to disk in clear."""

    __tablename__ = "case_attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class StaffMember(Base):
    """The staff directory (cán bộ, giáo viên, nhân viên); leavers are archived, never deleted."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    name_sort: Mapped[str] = mapped_column(String(400), index=True)
    search_text: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(20))
    position: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    account_id: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Activity(Base):
    """A training or awareness activity (tập huấn, tuyên truyền)."""

    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    custom_kind: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    facilitators: Mapped[str] = mapped_column(String(300), default="")
    invited_facilitator: Mapped[bool] = mapped_column(Boolean, default=False)
    topics: Mapped[str] = mapped_column(String(400))  # JSON list of Topic ids
    evaluation: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ActivityAudience(Base):
    """Participant counts for one audience group (by sex when known)."""

    __tablename__ = "activity_audiences"
    __table_args__ = (UniqueConstraint("activity_id", "audience", name="uq_activity_audience"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             index=True)
    audience: Mapped[str] = mapped_column(String(20))
    male: Mapped[int] = mapped_column(Integer, default=0)
    female: Mapped[int] = mapped_column(Integer, default=0)
    unknown: Mapped[int] = mapped_column(Integer, default=0)


class StaffAttendance(Base):
    __tablename__ = "staff_attendance"
    __table_args__ = (UniqueConstraint("activity_id", "staff_id", name="uq_staff_attendance"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)


class PupilAttendance(Base):
    __tablename__ = "pupil_attendance"
    __table_args__ = (UniqueConstraint("activity_id", "pupil_id", name="uq_pupil_attendance"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             index=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id"), index=True)


class ActivityFile(Base):
    """Materials of an activity, kept inside the encrypted database."""

    __tablename__ = "activity_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"),
                                             index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class Target(Base):
    """A yearly target of the school plan, measured from the recorded activities."""

    __tablename__ = "targets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    description: Mapped[str] = mapped_column(String(300))
    metric: Mapped[str] = mapped_column(String(30))
    target_value: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str | None] = mapped_column(String(30))  # activity kind filter
    topic: Mapped[str | None] = mapped_column(String(30))  # topic filter
    audience: Mapped[str | None] = mapped_column(String(20))  # for PARTICIPANTS
    semester: Mapped[str | None] = mapped_column(String(10))  # "per semester" targets
    owner: Mapped[str] = mapped_column(String(120), default="", server_default="")  # phụ trách
    due: Mapped[date | None] = mapped_column(Date)  # thời hạn hoàn thành
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OutgoingDocument(Base):
    """The outgoing-document register (sổ đăng ký văn bản đi): one row per number issued.

    Numbers run per calendar year and document type (Nghị định 30/2020: from 01 on 1 January);
    rows are never deleted, so a number is never given twice. A number whose output failed is
    kept and marked void, so the register explains every gap. ``summary`` (trích yếu) never
    holds a child's name.
    """

    __tablename__ = "outgoing_documents"
    __table_args__ = (UniqueConstraint("year", "doc_type", "number", name="uq_outgoing_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(10))  # BC, KH, BB, DS, HS
    number: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(40))  # ký hiệu, e.g. "BC-THKB"
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(60))  # tên loại: BÁO CÁO, KẾ HOẠCH...
    summary: Mapped[str] = mapped_column(String(300))  # trích yếu
    report_kind: Mapped[str] = mapped_column(String(30))
    record_type: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[str] = mapped_column(String(64), default="")
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(String(300), default="")


class Draft(Base):
    """Unsaved typing of one form (bản nháp), kept so that a crash or a lock loses nothing.

    One row per account, kind of form and context (such as the case id); ``payload`` is the
    form's JSON. It lives only in the encrypted database and is deleted when the record is saved
    or the user throws the draft away.
    """

    __tablename__ = "drafts"
    __table_args__ = (
        UniqueConstraint("account_id", "form", "context", name="uq_drafts_account_form_context"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer, index=True)
    form: Mapped[str] = mapped_column(String(40))
    context: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CaseSeal(Base):
    """A sealed case file (hồ sơ niêm phong): its content columns are encrypted under its own
    case key (storage/sealed.py); ``recovery_wrap`` is that key sealed to the sealed-file
    recovery key (services/sealed_files.py), NULL until a holder adds it."""

    __tablename__ = "case_seals"
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    sealed_at: Mapped[datetime] = mapped_column(DateTime)
    sealed_by: Mapped[int] = mapped_column(Integer)
    why: Mapped[str] = mapped_column(String(20))  # "staff" (an allegation against staff) | "chosen"
    reason: Mapped[str] = mapped_column(Text, default="")  # encrypted under the case key
    recovery_wrap: Mapped[bytes | None] = mapped_column(LargeBinary)


class CaseKeyGrant(Base):
    """The case key of a sealed case, sealed to one account's keyslot public key (``public``,
    base64): that account is a holder while its slot keeps that key pair."""

    __tablename__ = "case_key_grants"
    __table_args__ = (UniqueConstraint("case_id", "account_id", name="uq_case_key_grants_holder"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int] = mapped_column(Integer, index=True)
    public: Mapped[str] = mapped_column(String(64))
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    granted_by: Mapped[int] = mapped_column(Integer)
    granted_at: Mapped[datetime] = mapped_column(DateTime)


class AccountNotice(Base):
    """Something an account's owner must be told at their next sign-in (e.g. "your password was
    reset by …"); shown once, then ``shown_at`` is set."""

    __tablename__ = "account_notices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime)
    by_id: Mapped[int | None] = mapped_column(Integer)
    by_name: Mapped[str] = mapped_column(String(200), default="")
    shown_at: Mapped[datetime | None] = mapped_column(DateTime)


class DestroyedRecord(Base):
    """The tombstone of a record destroyed at the end of its retention period (migration 0011):
    what it was, its dates, the SHA-256 of its content and the destruction record's number.
    It holds no content."""

    __tablename__ = "destroyed_records"
    __table_args__ = (UniqueConstraint("kind", "code", name="uq_destroyed_records_kind_code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # RecordKind: case, pupil
    record_id: Mapped[int] = mapped_column(Integer)  # the id it had (the access log names it)
    code: Mapped[str] = mapped_column(String(40))  # case code, or "HS-<id>" for a pupil
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    retention_years: Mapped[int] = mapped_column(Integer)
    destroyed_at: Mapped[datetime] = mapped_column(DateTime)
    destroyed_by: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int] = mapped_column(Integer)  # the biên bản hủy in outgoing_documents
    document_ref: Mapped[str] = mapped_column(String(40))  # "03/BB-THKB"
    signers: Mapped[str] = mapped_column(String(300))  # the two signers' names


class Inspection(Base):
    """An inspection of the school's own plan (kiểm tra, giám sát việc thực hiện kế hoạch).
    ``inspectors`` holds names and roles of staff: personal data, never logged."""

    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    inspectors: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(Text)  # what was checked
    findings: Mapped[str] = mapped_column(Text)
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class InspectionAction(Base):
    """A follow-up action decided at an inspection, with its owner and due date."""

    __tablename__ = "inspection_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"),
                                               index=True)
    action: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(120))
    due: Mapped[date | None] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)


class SafetyItem(Base):
    """An item of the child-safe environment checklist; retired items stay for old checks."""

    __tablename__ = "safety_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SafetyCheck(Base):
    """One dated check of the child-safe environment (môi trường giáo dục an toàn)."""

    __tablename__ = "safety_checks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    checked_on: Mapped[date] = mapped_column(Date)
    checked_by: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SafetyResult(Base):
    """The result of one checklist item in one check (the item's text is copied)."""

    __tablename__ = "safety_results"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("safety_checks.id", ondelete="CASCADE"),
                                          index=True)
    item_id: Mapped[int | None] = mapped_column(Integer)
    item_text: Mapped[str] = mapped_column(String(300))
    result: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")


class ReportDue(Base):
    """A report due to the superior body (báo cáo định kỳ) and when it was sent. ``builtin``
    names the default ones ("semester1", "year"), which may be changed but not deleted."""

    __tablename__ = "report_dues"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    school_year: Mapped[str] = mapped_column(String(9), index=True)
    builtin: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date] = mapped_column(Date, index=True)
    sent_on: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(Integer)  # outgoing_documents.id
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Transfer(Base):
    """A handover package sent or received (sổ chuyển hồ sơ, services/handover.py).

    ``content`` (received packages only) is the sending school's records as they came, kept
    read-only with their own hashes; triggers refuse changing it or deleting the row. Holds no
    record contents for a package sent: the pupil and the case codes only."""

    __tablename__ = "handover_transfers"
    __table_args__ = (UniqueConstraint("direction", "package_id", name="uq_handover_package"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(40))
    direction: Mapped[str] = mapped_column(String(10))  # "sent" | "received"
    at: Mapped[datetime] = mapped_column(DateTime, index=True)  # UTC
    created: Mapped[datetime] = mapped_column(DateTime)  # when the package was made (UTC)
    pupil_id: Mapped[int | None] = mapped_column(Integer, index=True)
    pupil_code: Mapped[str] = mapped_column(String(32), default="")
    other_school: Mapped[str] = mapped_column(String(200), default="")
    school_code: Mapped[str] = mapped_column(String(40), default="")  # the sender's
    school_year: Mapped[str] = mapped_column(String(9))
    signer_public: Mapped[str] = mapped_column(String(64))  # the sender's key, base64
    files: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of case codes
    by_id: Mapped[int] = mapped_column(Integer)
    by_name: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    receipt_on: Mapped[date | None] = mapped_column(Date)
    receipt_by: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    content_hash: Mapped[str] = mapped_column(String(64), default="")


class BodyMark(Base):
    """An injury marked on the body map of a case (sơ đồ thương tích), made at the intake or
    with a chronology entry (``entry_id``). ``place`` is the outline and the normalised point as
    JSON (domain/body_map.py) in one text column, and ``size_cm`` a text, so that a sealed case
    encrypts them with the kind, colour and note (storage/sealed.py). ``number`` is the mark's
    number on the map, kept when another mark is removed."""

    __tablename__ = "body_marks"
    __table_args__ = (UniqueConstraint("case_id", "number", name="uq_body_marks_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("case_entries.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    size_cm: Mapped[str] = mapped_column(String(10), default="")
    colour: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
