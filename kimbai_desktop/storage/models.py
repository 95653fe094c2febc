"""ORM models (SQLAlchemy 2 typed declarative). Every schema change is an Alembic migration."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
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


class Pupil(Base):
    """A child in the school's register. Name sort key and folded search text are kept in step
    by services/register.py so that SQL sorts the Vietnamese way and searches without accents."""

    __tablename__ = "pupils"
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
