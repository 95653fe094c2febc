"""The body map of a case (sơ đồ thương tích): injuries marked on the front and back outline at the
intake or with a chronology entry, listed for the case view and the documents, changed and
removed later. Who may do it is who manages the case; a sealed case's marks are encrypted like
its other content (storage/sealed.py). The audit says that marks changed, never what they say."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.body_map import (
    MAX_SIZE_CM,
    InjuryKind,
    MarkInput,
    Side,
    check_mark,
    decode_place,
    encode_place,
)
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import normalize_multiline, normalize_text
from kimbai_desktop.services.cases import (
    RECORD,
    _ensure_open,
    _load_visible,
    aware,
    require_case_manager,
    require_readable,
    utc,
)
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Account, BodyMark, ChronologyEntry


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NO_SUCH_MARK = QT_TRANSLATE_NOOP("Errors", "That mark is no longer on the body map.")
MAX_MARKS = 60  # per case: more than a map can show readably


@dataclass(frozen=True)
class MarkInfo:
    id: int
    number: int  # the number drawn on the map
    side: Side
    x: float
    y: float
    kind: InjuryKind
    size_cm: float | None
    colour: str
    note: str
    entry_id: int | None  # made with this chronology entry (None: at the intake or later)
    entry_seq: int | None
    created_at: datetime
    author: str

    def as_input(self) -> MarkInput:
        size = "" if self.size_cm is None else format_number(self.size_cm)
        return MarkInput(self.side, self.x, self.y, self.kind, size, self.colour, self.note,
                         self.id)


@dataclass(frozen=True)
class _Clean:
    mark: MarkInput
    size: str  # stored text: "2.5" or ""


def clean_marks(marks: tuple[MarkInput, ...] | list[MarkInput]) -> list[_Clean]:
    """Every mark checked (kind chosen, size a number, on the map, lengths): one ValidationError
    for the first wrong mark, its number (1, 2, ...) in the ``mark`` parameter."""
    if len(marks) > MAX_MARKS:
        raise ValidationError({"marks": QT_TRANSLATE_NOOP(
            "Errors", "A body map holds at most {max} marks.")}, max=MAX_MARKS)
    out = []
    for n, mark in enumerate(marks, start=1):
        colour, note = normalize_text(mark.colour), normalize_multiline(mark.note)
        try:
            size = check_mark(mark)
            check_lengths({"colour": (colour, limits.WORD), "note": (note, limits.NOTE)})
        except ValidationError as exc:
            exc.params["mark"] = n
            exc.params.setdefault("max", format_number(int(MAX_SIZE_CM)))
            raise
        clean = MarkInput(mark.side, mark.x, mark.y, mark.kind, "", colour, note, mark.id)
        out.append(_Clean(clean, "" if size is None else repr(round(size, 1))))
    return out


def store_marks(s: Session, session: AppSession, case_id: int, marks: list[_Clean],
                entry_id: int | None, now: datetime) -> list[int]:
    """Add checked marks to a case inside the caller's transaction (intake, entry, editor)."""
    if not marks:
        return []
    count = s.scalar(select(func.count(BodyMark.id)).where(BodyMark.case_id == case_id)) or 0
    if count + len(marks) > MAX_MARKS:
        raise ValidationError({"marks": QT_TRANSLATE_NOOP(
            "Errors", "A body map holds at most {max} marks.")}, max=MAX_MARKS)
    number = int(s.scalar(select(func.max(BodyMark.number)).where(
        BodyMark.case_id == case_id)) or 0)
    rows = []
    for c in marks:
        number += 1
        m = c.mark
        assert m.kind is not None
        row = BodyMark(case_id=case_id, entry_id=entry_id, number=number,
                       place=encode_place(m.side, m.x, m.y), kind=m.kind.value, size_cm=c.size,
                       colour=m.colour, note=m.note, created_by=session.user.id,
                       created_at=utc(now), updated_at=utc(now))
        s.add(row)
        rows.append(row)
    s.flush()
    return [r.id for r in rows]


def _open_case(s: Session, session: AppSession, case_id: int) -> None:
    case = _load_visible(s, session, case_id)
    require_readable(s, session, case_id)
    _ensure_open(case)


def _case_of(session: AppSession, mark_id: int) -> int:
    with session.db() as s:
        case_id = s.scalar(select(BodyMark.case_id).where(BodyMark.id == mark_id))
    if case_id is None:
        raise KimbaiError(NO_SUCH_MARK)
    return int(case_id)


def add_marks(session: AppSession, case_id: int, marks: list[MarkInput],
              entry_id: int | None = None) -> list[int]:
    """Marks added to the map of an open case (all or none)."""
    require_case_manager(session, case_id)
    clean = clean_marks(marks)
    now = session.clock.now()
    with session.write() as s:
        _open_case(s, session, case_id)
        if entry_id is not None:
            entry = s.get(ChronologyEntry, entry_id)
            if entry is None or entry.case_id != case_id:
                raise KimbaiError(QT_TRANSLATE_NOOP("Errors", "That entry does not exist."))
        ids = store_marks(s, session, case_id, clean, entry_id, now)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"body_marks+{len(ids)}", s=s)
        return ids


def add_mark(session: AppSession, case_id: int, mark: MarkInput,
             entry_id: int | None = None) -> int:
    return add_marks(session, case_id, [mark], entry_id)[0]


def _update(row: BodyMark, clean: _Clean, now: datetime) -> bool:
    m = clean.mark
    assert m.kind is not None
    values = {"place": encode_place(m.side, m.x, m.y), "kind": m.kind.value,
              "size_cm": clean.size, "colour": m.colour, "note": m.note}
    changed = False
    for column, value in values.items():
        if getattr(row, column) != value:
            setattr(row, column, value)
            changed = True
    if changed:
        row.updated_at = utc(now)
    return changed


def edit_mark(session: AppSession, mark_id: int, mark: MarkInput) -> None:
    """Change one mark (its place, kind, size, colour or note); its number stays."""
    case_id = _case_of(session, mark_id)
    require_case_manager(session, case_id)
    clean = clean_marks([mark])[0]
    now = session.clock.now()
    with session.write() as s:
        _open_case(s, session, case_id)
        row = s.get(BodyMark, mark_id)
        if row is None:
            raise KimbaiError(NO_SUCH_MARK)
        if _update(row, clean, now):
            session.audit(AuditAction.CHANGE, RECORD, case_id, f"body_mark={row.number}", s=s)


def remove_mark(session: AppSession, mark_id: int) -> None:
    """Take a mark off the map (the other marks keep their numbers)."""
    case_id = _case_of(session, mark_id)
    require_case_manager(session, case_id)
    with session.write() as s:
        _open_case(s, session, case_id)
        row = s.get(BodyMark, mark_id)
        if row is None:
            raise KimbaiError(NO_SUCH_MARK)
        number = row.number
        s.delete(row)
        session.audit(AuditAction.CHANGE, RECORD, case_id, f"body_mark-{number}", s=s)


def save_marks(session: AppSession, case_id: int, marks: list[MarkInput]) -> None:
    """The editor's result for the whole map: marks with an id are changed, those without are
    added, stored marks left out are removed; in one transaction."""
    require_case_manager(session, case_id)
    clean = clean_marks(marks)
    now = session.clock.now()
    with session.write() as s:
        _open_case(s, session, case_id)
        rows = {r.id: r for r in s.scalars(select(BodyMark).where(BodyMark.case_id == case_id))}
        kept = {c.mark.id for c in clean if c.mark.id is not None}
        if kept - set(rows):
            raise KimbaiError(NO_SUCH_MARK)
        removed = [r for i, r in rows.items() if i not in kept]
        for row in removed:
            s.delete(row)
        s.flush()
        changed = sum(_update(rows[c.mark.id], c, now) for c in clean if c.mark.id is not None)
        added = store_marks(s, session, case_id, [c for c in clean if c.mark.id is None], None,
                            now)
        if removed or changed or added:
            session.audit(AuditAction.CHANGE, RECORD, case_id, "body_map", s=s)


def list_marks(session: AppSession, case_id: int) -> list[MarkInfo]:
    """The marks of a case by number."""
    require_case_manager(session, case_id)
    with session.db() as s:
        _load_visible(s, session, case_id)
        require_readable(s, session, case_id)
        names = dict(s.execute(select(Account.id, Account.full_name)).all())
        seqs = dict(s.execute(select(ChronologyEntry.id, ChronologyEntry.seq).where(
            ChronologyEntry.case_id == case_id)).all())
        out = []
        for r in s.scalars(select(BodyMark).where(BodyMark.case_id == case_id)
                           .order_by(BodyMark.number)):
            side, x, y = decode_place(r.place)
            out.append(MarkInfo(r.id, r.number, side, x, y, InjuryKind(r.kind),
                                float(r.size_cm) if r.size_cm else None, r.colour, r.note,
                                r.entry_id, seqs.get(r.entry_id) if r.entry_id else None,
                                aware(r.created_at), names.get(r.created_by, "?")))
        return out
