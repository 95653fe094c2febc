"""Keeping kimbai.head (storage/audit_head.py) in step with the audit trail: after every committed
write that added events, the head is signed by the writing account and replaced under the keys'
lock; a head that the database no longer fits is never overwritten (it is the evidence)."""

from __future__ import annotations

import logging

from sqlalchemy import Engine, select

from kimbai_desktop.storage import audit_head, keystore
from kimbai_desktop.storage.database import DataFolder
from kimbai_desktop.storage.models import AuditEvent
from kimbai_desktop.storage.sealbox import AccountKeys

log = logging.getLogger(__name__)


def record(folder: DataFolder, engine: Engine, keys: AccountKeys | None, db_id: str,
           count: int, hash_hex: str) -> None:
    """After a commit whose last event is (``count``, ``hash_hex``). Never raises for the disk
    (a head that lags behind the database is only a shorter prefix)."""
    if keys is None or not db_id:
        return
    try:
        with keystore.locked(folder):
            current = audit_head.read(folder.root)
            if current.present and not _may_replace(current, engine, db_id, count):
                return
            audit_head.write(folder.root, db_id, audit_head.signed(keys, db_id, count, hash_hex))
    except Exception as exc:  # noqa: BLE001 - the head is evidence, never a reason to fail a save
        log.warning("The audit head was not written: %s", type(exc).__name__)


def _may_replace(current: audit_head.HeadFile, engine: Engine, db_id: str, count: int) -> bool:
    head = current.head
    if not current.readable or head is None or current.db_id != db_id:
        # Unreadable (a power cut while it was replaced: it is not synced) or another school's:
        # replaced. Deleting or spoiling it hides nothing the backups and reports do not show.
        return True
    if head.count > count:
        return False  # the database holds fewer events than the head said: keep the evidence
    if head.count == 0:
        return True
    with engine.connect() as conn:
        stored = conn.execute(select(AuditEvent.hash).where(AuditEvent.id == head.count)).scalar()
    return stored == head.hash
