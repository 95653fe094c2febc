"""Pupils who share a given name are ordered as the schools order them: the rest of the name as
written (family name, then middle name), no longer middle name first. The order is stored in
each row's ``name_sort`` key (pupils and staff), so every key is recomputed. The other order
stays available as a setting (``pref.name_order``), which recomputes the keys when changed.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

from kimbai_desktop.domain.text import NameOrder
from kimbai_desktop.storage.name_keys import recompute_name_keys

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    recompute_name_keys(op.get_bind(), NameOrder.GIVEN_FAMILY_MIDDLE)


def downgrade() -> None:
    recompute_name_keys(op.get_bind(), NameOrder.GIVEN_MIDDLE_FAMILY)  # the order before 0008
    op.execute("DELETE FROM settings WHERE key = 'pref.name_order'")
