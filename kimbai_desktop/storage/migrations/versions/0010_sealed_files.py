"""Sealed case files (issue 14, points 2 and 3): the seal of a case (its case key wrapped for the
sealed-file recovery key), the case key wrapped for each holder account, and the notices an
account's owner is shown at the next sign-in (a password reset by someone else).

Existing cases that name a member of staff are sealed at the principal's first sign-in after the
upgrade (services/sealed_files.py), not here: sealing needs the holders' public keys.

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
    op.create_table(
        "case_seals",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.Column("sealed_by", sa.Integer(), nullable=False),
        sa.Column("why", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recovery_wrap", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_seals_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_seals")),
    )
    op.create_table(
        "case_key_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("public", sa.String(length=64), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("granted_by", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_key_grants_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_key_grants")),
        sa.UniqueConstraint("case_id", "account_id", name="uq_case_key_grants_holder"),
    )
    op.create_index(op.f("ix_case_key_grants_case_id"), "case_key_grants", ["case_id"])
    op.create_index(op.f("ix_case_key_grants_account_id"), "case_key_grants", ["account_id"])
    op.create_table(
        "account_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("shown_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_notices")),
    )
    op.create_index(op.f("ix_account_notices_account_id"), "account_notices", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_account_notices_account_id"), table_name="account_notices")
    op.drop_table("account_notices")
    op.drop_index(op.f("ix_case_key_grants_account_id"), table_name="case_key_grants")
    op.drop_index(op.f("ix_case_key_grants_case_id"), table_name="case_key_grants")
    op.drop_table("case_key_grants")
    op.drop_table("case_seals")
