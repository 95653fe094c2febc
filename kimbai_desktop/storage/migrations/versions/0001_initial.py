"""First schema: settings, school profile, accounts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "school_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_name", sa.String(200), nullable=False),
        sa.Column("superior_body", sa.String(200), nullable=False),
        sa.Column("place_name", sa.String(200), nullable=False),
        sa.Column("principal_name", sa.String(200), nullable=False),
        sa.Column("document_symbol", sa.String(20), nullable=False),
        sa.Column("school_year", sa.String(9), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_school_profile"),
        sa.CheckConstraint("id = 1", name="ck_school_profile_single_row"),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(32), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("username", name="uq_accounts_username"),
    )


def downgrade() -> None:
    op.drop_table("accounts")
    op.drop_table("school_profile")
    op.drop_table("settings")
