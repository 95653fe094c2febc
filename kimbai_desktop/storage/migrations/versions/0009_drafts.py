"""Drafts (bản nháp): the unsaved typing of a form, per account, form and context, so that a
crash or a lock loses nothing. Kept inside the encrypted database like every other table.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("context", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("account_id", "form", "context",
                            name="uq_drafts_account_form_context"),
    )
    op.create_index(op.f("ix_drafts_account_id"), "drafts", ["account_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_drafts_account_id"), table_name="drafts")
    op.drop_table("drafts")
