"""Handover packages (issue 21): the transfer log of packages sent and received, with the
received records kept read-only (triggers refuse changing them or deleting a row).

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover_transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=True),
        sa.Column("pupil_code", sa.String(length=32), nullable=False),
        sa.Column("other_school", sa.String(length=200), nullable=False),
        sa.Column("school_code", sa.String(length=40), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("signer_public", sa.String(length=64), nullable=False),
        sa.Column("files", sa.Text(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("receipt_on", sa.Date(), nullable=True),
        sa.Column("receipt_by", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_transfers")),
        sa.UniqueConstraint("direction", "package_id", name="uq_handover_package"),
    )
    op.create_index(op.f("ix_handover_transfers_at"), "handover_transfers", ["at"])
    op.create_index(op.f("ix_handover_transfers_pupil_id"), "handover_transfers", ["pupil_id"])
    op.execute("CREATE TRIGGER handover_content_read_only BEFORE UPDATE OF content, "
               "content_hash, package_id, direction, signer_public ON handover_transfers "
               "BEGIN SELECT RAISE(ABORT, 'handover records are read-only'); END")
    op.execute("CREATE TRIGGER handover_no_delete BEFORE DELETE ON handover_transfers "
               "BEGIN SELECT RAISE(ABORT, 'handover records are kept'); END")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS handover_no_delete")
    op.execute("DROP TRIGGER IF EXISTS handover_content_read_only")
    op.drop_index(op.f("ix_handover_transfers_pupil_id"), table_name="handover_transfers")
    op.drop_index(op.f("ix_handover_transfers_at"), table_name="handover_transfers")
    op.drop_table("handover_transfers")
