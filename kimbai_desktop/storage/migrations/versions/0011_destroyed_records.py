"""Destroyed records (hồ sơ đã hủy): the tombstone a case file or a pupil's register entry
leaves when its retention period is over and the principal has printed the destruction record
(biên bản hủy): kind, code, dates, the SHA-256 of the content destroyed and the record's number.
No content is kept.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "destroyed_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("retention_years", sa.Integer(), nullable=False),
        sa.Column("destroyed_at", sa.DateTime(), nullable=False),
        sa.Column("destroyed_by", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("document_ref", sa.String(length=40), nullable=False),
        sa.Column("signers", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destroyed_records")),
        sa.UniqueConstraint("kind", "code", name="uq_destroyed_records_kind_code"),
    )


def downgrade() -> None:
    op.drop_table("destroyed_records")
