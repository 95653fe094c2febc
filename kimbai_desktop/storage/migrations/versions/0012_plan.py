"""The rest of the school plan: how each concern reached the school (kênh tiếp nhận), the
inspection log (kiểm tra, giám sát) with follow-up actions, the child-safe environment checklist
and its yearly checks, owners and due dates of the plan's targets, and the calendar of reports
due to the superior body. Cases made before this change keep an empty channel ("not recorded");
targets keep no owner and no due date.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("intake_channel", sa.String(length=20), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("channel_note", sa.String(length=200), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("targets") as batch:
        batch.add_column(sa.Column("owner", sa.String(length=120), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("due", sa.Date(), nullable=True))
    op.create_table(
        "inspections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("inspectors", sa.Text(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspections")),
    )
    op.create_index(op.f("ix_inspections_school_year"), "inspections", ["school_year"])
    op.create_index(op.f("ix_inspections_held_on"), "inspections", ["held_on"])
    op.create_table(
        "inspection_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"], ondelete="CASCADE",
                                name=op.f("fk_inspection_actions_inspection_id_inspections")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_actions")),
    )
    op.create_index(op.f("ix_inspection_actions_inspection_id"), "inspection_actions",
                    ["inspection_id"])
    op.create_index(op.f("ix_inspection_actions_due"), "inspection_actions", ["due"])
    op.create_table(
        "safety_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_items")),
    )
    op.create_table(
        "safety_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("checked_by", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_checks")),
    )
    op.create_index(op.f("ix_safety_checks_school_year"), "safety_checks", ["school_year"])
    op.create_table(
        "safety_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("item_text", sa.String(length=300), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["check_id"], ["safety_checks.id"], ondelete="CASCADE",
                                name=op.f("fk_safety_results_check_id_safety_checks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_results")),
    )
    op.create_index(op.f("ix_safety_results_check_id"), "safety_results", ["check_id"])
    op.create_table(
        "report_dues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("builtin", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_dues")),
    )
    op.create_index(op.f("ix_report_dues_school_year"), "report_dues", ["school_year"])
    op.create_index(op.f("ix_report_dues_due"), "report_dues", ["due"])


def downgrade() -> None:
    for table in ("report_dues", "safety_results", "safety_checks", "safety_items",
                  "inspection_actions", "inspections"):
        op.drop_table(table)
    with op.batch_alter_table("targets") as batch:
        batch.drop_column("due")
        batch.drop_column("owner")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("channel_note")
        batch.drop_column("intake_channel")
