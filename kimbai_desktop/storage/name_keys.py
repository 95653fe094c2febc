"""The stored name sort keys (``pupils.name_sort``, ``staff.name_sort``): recomputed for every
row when the name order setting changes (and by migration 0008, for the new default order).

One key is stored, the one of the current order, so lists page in SQL through the name
indexes; switching the order (rare, the principal in Cài đặt) rewrites the keys in one
transaction: about five seconds for the 100,000 pupils of the district benchmark database
(measured on a busy two-core machine), on the database worker like every save.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, column, select, table, update

from kimbai_desktop.domain.text import NameOrder, name_sort_key

# The tables holding a person's name and its stored key (plain table objects, so that the
# migration can use them as well as the services).
NAME_TABLES = tuple(table(name, column("id"), column("full_name"), column("name_sort"))
                    for name in ("pupils", "staff"))
_BATCH = 5_000


def recompute_name_keys(conn: Any, order: NameOrder) -> int:
    """Rewrite every stored name key for ``order`` (in the caller's transaction); returns how
    many rows changed. ``conn`` is a SQLAlchemy Connection or Session."""
    changed = 0
    for t in NAME_TABLES:
        rows = conn.execute(select(t.c.id, t.c.full_name, t.c.name_sort)).all()
        stale = [{"row_id": i, "key": key} for i, name, old in rows
                 if (key := name_sort_key(name, order)) != old]
        stmt = update(t).where(t.c.id == bindparam("row_id")).values(
            name_sort=bindparam("key"))
        for start in range(0, len(stale), _BATCH):
            conn.execute(stmt, stale[start:start + _BATCH])
        changed += len(stale)
    return changed
