"""The rest of the school plan, first part: how each concern reached the school (kênh tiếp nhận)
and the inspection log (kiểm tra, giám sát) with its follow-up actions. Cases made before this
change keep an empty channel ("not recorded").

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("intake_channel", sa.String(length=20), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("channel_note", sa.String(length=200), nullable=False,
                                   server_default=""))
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


def downgrade() -> None:
    for table in ("inspection_actions", "inspections"):
        op.drop_table(table)
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("channel_note")
        batch.drop_column("intake_channel")
