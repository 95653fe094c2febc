"""The register of pupils: pupils, enrolments, guardians, special circumstances, protection
levels and reviews.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pupils",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_code", sa.String(length=32), nullable=True),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("name_sort", sa.String(length=400), nullable=False),
        sa.Column("search_text", sa.String(length=600), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.Column("ethnicity", sa.String(length=60), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("at_risk", sa.Boolean(), nullable=False),
        sa.Column("risk_factors", sa.Text(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("current_level", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pupils")),
        sa.UniqueConstraint("student_code", name=op.f("uq_pupils_student_code")),
    )
    op.create_index(op.f("ix_pupils_current_level"), "pupils", ["current_level"], unique=False)
    op.create_index(op.f("ix_pupils_name_sort"), "pupils", ["name_sort"], unique=False)
    op.create_index(op.f("ix_pupils_next_review"), "pupils", ["next_review"], unique=False)
    op.create_index(op.f("ix_pupils_status"), "pupils", ["status"], unique=False)
    op.create_table(
        "circumstances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=40), nullable=False),
        sa.Column("subtype", sa.String(length=40), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
            name=op.f("fk_circumstances_pupil_id_pupils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circumstances")),
    )
    op.create_index(op.f("ix_circumstances_group"), "circumstances", ["group"], unique=False)
    op.create_index(op.f("ix_circumstances_pupil_id"), "circumstances", ["pupil_id"], unique=False)
    op.create_table(
        "enrolments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("class_name", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
            name=op.f("fk_enrolments_pupil_id_pupils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolments")),
        sa.UniqueConstraint("pupil_id", "school_year", name="uq_enrolments_year"),
    )
    op.create_index(op.f("ix_enrolments_class_name"), "enrolments", ["class_name"], unique=False)
    op.create_index(op.f("ix_enrolments_pupil_id"), "enrolments", ["pupil_id"], unique=False)
    op.create_index(op.f("ix_enrolments_school_year"), "enrolments", ["school_year"], unique=False)
    op.create_table(
        "guardians",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
            name=op.f("fk_guardians_pupil_id_pupils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardians")),
    )
    op.create_index(op.f("ix_guardians_pupil_id"), "guardians", ["pupil_id"], unique=False)
    op.create_table(
        "level_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
            name=op.f("fk_level_changes_pupil_id_pupils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_changes")),
    )
    op.create_index(op.f("ix_level_changes_pupil_id"), "level_changes", ["pupil_id"], unique=False)
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("ratings", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupils.id"], name=op.f("fk_reviews_pupil_id_pupils"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_pupil_id"), "reviews", ["pupil_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_reviews_pupil_id"), table_name="reviews")
    op.drop_table("reviews")
    op.drop_index(op.f("ix_level_changes_pupil_id"), table_name="level_changes")
    op.drop_table("level_changes")
    op.drop_index(op.f("ix_guardians_pupil_id"), table_name="guardians")
    op.drop_table("guardians")
    op.drop_index(op.f("ix_enrolments_school_year"), table_name="enrolments")
    op.drop_index(op.f("ix_enrolments_pupil_id"), table_name="enrolments")
    op.drop_index(op.f("ix_enrolments_class_name"), table_name="enrolments")
    op.drop_table("enrolments")
    op.drop_index(op.f("ix_circumstances_pupil_id"), table_name="circumstances")
    op.drop_index(op.f("ix_circumstances_group"), table_name="circumstances")
    op.drop_table("circumstances")
    op.drop_index(op.f("ix_pupils_status"), table_name="pupils")
    op.drop_index(op.f("ix_pupils_next_review"), table_name="pupils")
    op.drop_index(op.f("ix_pupils_name_sort"), table_name="pupils")
    op.drop_index(op.f("ix_pupils_current_level"), table_name="pupils")
    op.drop_table("pupils")
