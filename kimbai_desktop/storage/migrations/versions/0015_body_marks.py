"""Body map (issue 21, point 5): injuries marked on the front and back outline of a child's body,
linked to the case and, when made with one, to a chronology entry.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "body_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("size_cm", sa.String(length=10), nullable=False),
        sa.Column("colour", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_body_marks_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["entry_id"], ["case_entries.id"],
                                name=op.f("fk_body_marks_entry_id_case_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_marks")),
        sa.UniqueConstraint("case_id", "number", name="uq_body_marks_number"),
    )
    op.create_index(op.f("ix_body_marks_case_id"), "body_marks", ["case_id"])
    op.create_index(op.f("ix_body_marks_entry_id"), "body_marks", ["entry_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_body_marks_entry_id"), table_name="body_marks")
    op.drop_index(op.f("ix_body_marks_case_id"), table_name="body_marks")
    op.drop_table("body_marks")
