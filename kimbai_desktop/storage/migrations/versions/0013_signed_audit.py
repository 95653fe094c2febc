"""Signed audit events (issue 14, point 4): each event carries the slot id of the account key that
signed it and its Ed25519 signature over the event hash. The events written before this upgrade
stay unsigned; how many they are is recorded here ("audit_signing": legacy_until), and the first
principal sign-in afterwards writes the marker event that closes the period "before signing".

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_events",
                  sa.Column("signer", sa.String(32), nullable=False, server_default=""))
    op.add_column("audit_events",
                  sa.Column("signature", sa.String(100), nullable=False, server_default=""))
    op.execute(
        "INSERT OR REPLACE INTO settings (key, value) "
        "SELECT 'audit_signing', json_object('legacy_until', coalesce(max(id), 0)) "
        "FROM audit_events"
    )


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'audit_signing'")
    op.drop_column("audit_events", "signature")  # SQLite 3.35+ (the bundled SQLCipher is newer)
    op.drop_column("audit_events", "signer")
