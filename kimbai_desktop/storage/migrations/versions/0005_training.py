"""Training and awareness log: staff directory, activities, audiences, attendance, materials,
yearly targets.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("custom_kind", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("facilitators", sa.String(length=300), nullable=False),
        sa.Column("invited_facilitator", sa.Boolean(), nullable=False),
        sa.Column("topics", sa.String(length=400), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    op.create_index(op.f("ix_activities_held_on"), "activities", ["held_on"], unique=False)
    op.create_index(op.f("ix_activities_school_year"), "activities", ["school_year"], unique=False)
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("name_sort", sa.String(length=400), nullable=False),
        sa.Column("search_text", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("position", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
    )
    op.create_index(op.f("ix_staff_name_sort"), "staff", ["name_sort"], unique=False)
    op.create_table(
        "targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("metric", sa.String(length=30), nullable=False),
        sa.Column("target_value", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=True),
        sa.Column("topic", sa.String(length=30), nullable=True),
        sa.Column("audience", sa.String(length=20), nullable=True),
        sa.Column("semester", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
    )
    op.create_index(op.f("ix_targets_school_year"), "targets", ["school_year"], unique=False)
    op.create_table(
        "activity_audiences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("male", sa.Integer(), nullable=False),
        sa.Column("female", sa.Integer(), nullable=False),
        sa.Column("unknown", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_audiences_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_audiences")),
        sa.UniqueConstraint("activity_id", "audience", name="uq_activity_audience"),
    )
    op.create_index(
        op.f("ix_activity_audiences_activity_id"),
        "activity_audiences",
        ["activity_id"],
        unique=False,
    )
    op.create_table(
        "activity_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_files_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_files")),
    )
    op.create_index(
        op.f("ix_activity_files_activity_id"), "activity_files", ["activity_id"], unique=False
    )
    op.create_table(
        "pupil_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_pupil_attendance_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupils.id"], name=op.f("fk_pupil_attendance_pupil_id_pupils")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pupil_attendance")),
        sa.UniqueConstraint("activity_id", "pupil_id", name="uq_pupil_attendance"),
    )
    op.create_index(
        op.f("ix_pupil_attendance_activity_id"), "pupil_attendance", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_pupil_attendance_pupil_id"), "pupil_attendance", ["pupil_id"], unique=False
    )
    op.create_table(
        "staff_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_staff_attendance_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_attendance_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_attendance")),
        sa.UniqueConstraint("activity_id", "staff_id", name="uq_staff_attendance"),
    )
    op.create_index(
        op.f("ix_staff_attendance_activity_id"), "staff_attendance", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_staff_attendance_staff_id"), "staff_attendance", ["staff_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_staff_attendance_staff_id"), table_name="staff_attendance")
    op.drop_index(op.f("ix_staff_attendance_activity_id"), table_name="staff_attendance")
    op.drop_table("staff_attendance")
    op.drop_index(op.f("ix_pupil_attendance_pupil_id"), table_name="pupil_attendance")
    op.drop_index(op.f("ix_pupil_attendance_activity_id"), table_name="pupil_attendance")
    op.drop_table("pupil_attendance")
    op.drop_index(op.f("ix_activity_files_activity_id"), table_name="activity_files")
    op.drop_table("activity_files")
    op.drop_index(op.f("ix_activity_audiences_activity_id"), table_name="activity_audiences")
    op.drop_table("activity_audiences")
    op.drop_index(op.f("ix_targets_school_year"), table_name="targets")
    op.drop_table("targets")
    op.drop_index(op.f("ix_staff_name_sort"), table_name="staff")
    op.drop_table("staff")
    op.drop_index(op.f("ix_activities_school_year"), table_name="activities")
    op.drop_index(op.f("ix_activities_held_on"), table_name="activities")
    op.drop_table("activities")
