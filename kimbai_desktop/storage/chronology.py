"""A case's chronology: append-only entries, hash-chained per case (like the audit trail).

Each entry's hash covers its fields and the previous entry's hash in the same case, so any later
change, removal or reordering is detected by :func:`verify`. Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimbai_desktop.storage.models import ChronologyEntry

GENESIS = "0" * 64


def entry_hash(prev_hash: str, case_id: int, seq: int, kind: str, event_at: datetime,
               entered_at: datetime, author_id: int, text: str, corrects_id: int | None) -> str:
    fields = [prev_hash, str(case_id), str(seq), kind, event_at.isoformat(timespec="microseconds"),
              entered_at.isoformat(timespec="microseconds"), str(author_id), text,
              str(corrects_id or "")]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def append(s: Session, case_id: int, *, kind: str, event_at: datetime, entered_at: datetime,
           author_id: int, text: str, corrects_id: int | None = None) -> ChronologyEntry:
    """Add an entry inside the caller's (write) transaction. Times are naive UTC."""
    last = s.execute(select(ChronologyEntry.seq, ChronologyEntry.hash)
                     .where(ChronologyEntry.case_id == case_id)
                     .order_by(ChronologyEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = ChronologyEntry(
        case_id=case_id, seq=seq, kind=kind, event_at=event_at, entered_at=entered_at,
        author_id=author_id, text=text, corrects_id=corrects_id, prev_hash=prev,
        hash=entry_hash(prev, case_id, seq, kind, event_at, entered_at, author_id, text,
                        corrects_id))
    s.add(entry)
    s.flush()
    return entry


@dataclass(frozen=True)
class ChronologyStatus:
    ok: bool
    count: int
    first_broken_seq: int | None


def verify(s: Session, case_id: int) -> ChronologyStatus:
    prev, expected, count = GENESIS, 1, 0
    for e in s.scalars(select(ChronologyEntry).where(ChronologyEntry.case_id == case_id)
                       .order_by(ChronologyEntry.seq)):
        computed = entry_hash(prev, case_id, e.seq, e.kind, e.event_at, e.entered_at, e.author_id,
                              e.text, e.corrects_id)
        if e.seq != expected or e.prev_hash != prev or e.hash != computed:
            return ChronologyStatus(False, count, e.seq)
        prev, expected, count = e.hash, expected + 1, count + 1
    return ChronologyStatus(True, count, None)
