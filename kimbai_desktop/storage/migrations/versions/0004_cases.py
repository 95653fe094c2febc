"""Case files: intake, children, alleged perpetrators, procedure steps, notifications, the
hash-chained chronology, plan tasks, referrals, consents and encrypted attachments.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("discovered_at", sa.DateTime(), nullable=False),
        sa.Column("incident_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("informant_consents", sa.Boolean(), nullable=False),
        sa.Column("informant_name", sa.String(length=120), nullable=False),
        sa.Column("informant_phone", sa.String(length=40), nullable=False),
        sa.Column("informant_address", sa.String(length=300), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("place_detail", sa.String(length=300), nullable=False),
        sa.Column("forms", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("risk_level", sa.String(length=10), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("injuries", sa.Text(), nullable=False),
        sa.Column("current_situation", sa.Text(), nullable=False),
        sa.Column("likely_consequences", sa.Text(), nullable=False),
        sa.Column("family_situation", sa.Text(), nullable=False),
        sa.Column("caregiver", sa.String(length=200), nullable=False),
        sa.Column("immediate_actions", sa.Text(), nullable=False),
        sa.Column("withhold_note", sa.Text(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("from_concern", sa.Boolean(), nullable=False),
        sa.Column("alert_pending", sa.Boolean(), nullable=False),
        sa.Column("plan_approver", sa.String(length=200), nullable=False),
        sa.Column("plan_approved_on", sa.Date(), nullable=True),
        sa.Column("plan_summary", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closure_note", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("code", name=op.f("uq_cases_code")),
        sa.UniqueConstraint("school_year", "number", name="uq_cases_number"),
    )
    op.create_index(op.f("ix_cases_created_by"), "cases", ["created_by"], unique=False)
    op.create_index(op.f("ix_cases_received_at"), "cases", ["received_at"], unique=False)
    op.create_index(op.f("ix_cases_school_year"), "cases", ["school_year"], unique=False)
    op.create_index(op.f("ix_cases_status"), "cases", ["status"], unique=False)
    op.create_table(
        "case_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_attachments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachments")),
    )
    op.create_index(
        op.f("ix_case_attachments_case_id"), "case_attachments", ["case_id"], unique=False
    )
    op.create_table(
        "case_children",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_children_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupils.id"], name=op.f("fk_case_children_pupil_id_pupils")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_children")),
    )
    op.create_index(op.f("ix_case_children_case_id"), "case_children", ["case_id"], unique=False)
    op.create_index(op.f("ix_case_children_pupil_id"), "case_children", ["pupil_id"], unique=False)
    op.create_table(
        "case_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("consenter", sa.String(length=120), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=False),
        sa.Column("scope", sa.String(length=30), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("child_age", sa.Integer(), nullable=True),
        sa.Column("child_agreed", sa.Boolean(), nullable=False),
        sa.Column("legal_basis", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_consents_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_consents")),
    )
    op.create_index(op.f("ix_case_consents_case_id"), "case_consents", ["case_id"], unique=False)
    op.create_table(
        "case_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("event_at", sa.DateTime(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_entries_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_entries")),
        sa.UniqueConstraint("case_id", "seq", name="uq_case_entries_seq"),
    )
    op.create_index(op.f("ix_case_entries_case_id"), "case_entries", ["case_id"], unique=False)
    op.create_table(
        "case_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("person_reached", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_notifications_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_notifications")),
    )
    op.create_index(
        op.f("ix_case_notifications_case_id"), "case_notifications", ["case_id"], unique=False
    )
    op.create_table(
        "case_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("staff_account_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_people_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_people")),
    )
    op.create_index(op.f("ix_case_people_case_id"), "case_people", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_case_people_staff_account_id"), "case_people", ["staff_account_id"], unique=False
    )
    op.create_table(
        "case_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=20), nullable=False),
        sa.Column("to_whom", sa.String(length=200), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_referrals_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_referrals")),
    )
    op.create_index(op.f("ix_case_referrals_case_id"), "case_referrals", ["case_id"], unique=False)
    op.create_table(
        "case_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        sa.Column("done_by", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_steps_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_steps")),
        sa.UniqueConstraint("case_id", "step", name="uq_case_steps_step"),
    )
    op.create_index(op.f("ix_case_steps_case_id"), "case_steps", ["case_id"], unique=False)
    op.create_table(
        "case_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=120), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_tasks_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_tasks")),
    )
    op.create_index(op.f("ix_case_tasks_case_id"), "case_tasks", ["case_id"], unique=False)
    op.create_index(op.f("ix_case_tasks_due"), "case_tasks", ["due"], unique=False)
    op.execute(
        "CREATE TRIGGER case_entries_no_update BEFORE UPDATE ON case_entries "
        "BEGIN SELECT RAISE(ABORT, 'chronology entries are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER case_entries_no_delete BEFORE DELETE ON case_entries "
        "WHEN (SELECT count(*) FROM cases WHERE id = OLD.case_id) > 0 "
        "BEGIN SELECT RAISE(ABORT, 'chronology entries are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS case_entries_no_delete")
    op.execute("DROP TRIGGER IF EXISTS case_entries_no_update")
    op.drop_index(op.f("ix_case_tasks_due"), table_name="case_tasks")
    op.drop_index(op.f("ix_case_tasks_case_id"), table_name="case_tasks")
    op.drop_table("case_tasks")
    op.drop_index(op.f("ix_case_steps_case_id"), table_name="case_steps")
    op.drop_table("case_steps")
    op.drop_index(op.f("ix_case_referrals_case_id"), table_name="case_referrals")
    op.drop_table("case_referrals")
    op.drop_index(op.f("ix_case_people_staff_account_id"), table_name="case_people")
    op.drop_index(op.f("ix_case_people_case_id"), table_name="case_people")
    op.drop_table("case_people")
    op.drop_index(op.f("ix_case_notifications_case_id"), table_name="case_notifications")
    op.drop_table("case_notifications")
    op.drop_index(op.f("ix_case_entries_case_id"), table_name="case_entries")
    op.drop_table("case_entries")
    op.drop_index(op.f("ix_case_consents_case_id"), table_name="case_consents")
    op.drop_table("case_consents")
    op.drop_index(op.f("ix_case_children_pupil_id"), table_name="case_children")
    op.drop_index(op.f("ix_case_children_case_id"), table_name="case_children")
    op.drop_table("case_children")
    op.drop_index(op.f("ix_case_attachments_case_id"), table_name="case_attachments")
    op.drop_table("case_attachments")
    op.drop_index(op.f("ix_cases_status"), table_name="cases")
    op.drop_index(op.f("ix_cases_school_year"), table_name="cases")
    op.drop_index(op.f("ix_cases_received_at"), table_name="cases")
    op.drop_index(op.f("ix_cases_created_by"), table_name="cases")
    op.drop_table("cases")
