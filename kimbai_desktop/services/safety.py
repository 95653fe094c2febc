"""The child-safe environment checklist and its yearly checks (kiểm tra môi trường giáo dục an
toàn, lành mạnh, thân thiện): the school's list of items (the defaults of domain/safety.py until
it edits them), each check with its date, who checked, and a result and note per item; whether
this school year's check is done (for the overview).

A check copies the text of each item, so that changing the list later leaves old checks as they
were. Items taken off the list are retired, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.formatting import school_year_of
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.safety import DEFAULT_ITEMS, CheckResult, check_due
from kimbai_desktop.domain.text import normalize_multiline, normalize_text
from kimbai_desktop.domain.when import future_errors, school_today
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import SafetyCheck, SafetyItem, SafetyResult

RECORD = "safety_check"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This check no longer exists. Reload the list.")
NEEDS_CHECKER = QT_TRANSLATE_NOOP("Errors", "Write who carried out the check.")
NEEDS_RESULT = QT_TRANSLATE_NOOP(
    "Errors", "Choose a result (met, not met or does not apply) for every item.")
NEEDS_NOTE = QT_TRANSLATE_NOOP(
    "Errors", "For each item not met, write in its note what is wrong.")
NEEDS_ITEMS = QT_TRANSLATE_NOOP("Errors", "The checklist needs at least one item.")
SAME_ITEM = QT_TRANSLATE_NOOP("Errors", "Two items of the checklist say the same thing.")


@dataclass(frozen=True)
class ItemInfo:
    id: int
    text: str
    position: int


@dataclass(frozen=True)
class ResultInput:
    item_id: int | None
    item_text: str
    result: CheckResult | None  # None: not chosen yet (refused)
    note: str = ""


@dataclass(frozen=True)
class CheckInput:
    checked_on: date
    checked_by: str
    note: str
    results: tuple[ResultInput, ...]


@dataclass(frozen=True)
class ResultInfo:
    item_id: int | None
    item_text: str
    result: CheckResult
    note: str


@dataclass(frozen=True)
class CheckInfo:
    id: int
    school_year: str
    checked_on: date
    checked_by: str
    note: str
    results: tuple[ResultInfo, ...]

    @property
    def not_met(self) -> int:
        return sum(1 for r in self.results if r.result == CheckResult.NOT_MET)


@dataclass(frozen=True)
class YearStatus:
    """This school year's check: done (the latest check) or due on ``due``."""

    school_year: str
    due: date
    latest: CheckInfo | None

    @property
    def done(self) -> bool:
        return self.latest is not None


# -- the checklist ---------------------------------------------------------------------------------


def list_items(session: AppSession) -> list[ItemInfo]:
    """The items in use, in order; a school that never edited its list gets the defaults."""
    session.require(Permission.MANAGE_TRAINING, RECORD)
    with session.db() as s:
        if s.scalar(select(func.count()).select_from(SafetyItem)):
            return [ItemInfo(i.id, i.text, i.position) for i in s.scalars(
                select(SafetyItem).where(SafetyItem.active.is_(True))
                .order_by(SafetyItem.position, SafetyItem.id))]
    with session.write() as s:  # first use: the defaults become the school's own list
        if not s.scalar(select(func.count()).select_from(SafetyItem)):
            for n, text in enumerate(DEFAULT_ITEMS, start=1):
                s.add(SafetyItem(text=text, position=n, active=True))
    return list_items(session)


def save_items(session: AppSession, items: list[tuple[int | None, str]]) -> None:
    """The list as the user edited it, in order: (id of an existing item or None, text). Items
    left out are retired; a changed text changes the item (old checks keep their copy)."""
    session.require(Permission.MANAGE_TRAINING, "safety_items")
    clean = [(item_id, normalize_text(text)) for item_id, text in items]
    clean = [(item_id, text) for item_id, text in clean if text]
    errors: dict[str, str] = {}
    if not clean:
        errors["items"] = NEEDS_ITEMS
    elif len({normalize_text(t).casefold() for _, t in clean}) != len(clean):
        errors["items"] = SAME_ITEM
    check_lengths({"items": (max((t for _, t in clean), key=len, default=""), limits.SHORT)},
                  errors=errors)
    if errors:
        raise ValidationError(errors)
    with session.write() as s:
        rows = {r.id: r for r in s.scalars(select(SafetyItem))}
        kept = set()
        for n, (item_id, text) in enumerate(clean, start=1):
            row = rows.get(item_id) if item_id is not None else None
            if row is None:
                row = SafetyItem(text=text, position=n, active=True)
                s.add(row)
            row.text, row.position, row.active = text, n, True
            if item_id is not None:
                kept.add(item_id)
        for item_id, row in rows.items():
            if item_id not in kept:
                row.active = False
        session.audit(AuditAction.CHANGE, "safety_items", "", s=s)


# -- checks ------------------------------------------------------------------------------------------


def _clean(data: CheckInput, now: datetime) -> CheckInput:
    t = normalize_text
    clean = CheckInput(data.checked_on, t(data.checked_by), normalize_multiline(data.note),
                       tuple(ResultInput(r.item_id, t(r.item_text), r.result, t(r.note))
                             for r in data.results))
    errors: dict[str, str] = dict(future_errors(now, dates={"checked_on": clean.checked_on}))
    if not clean.checked_by:
        errors["checked_by"] = NEEDS_CHECKER
    if not clean.results:
        errors["results"] = NEEDS_ITEMS
    elif any(r.result is None for r in clean.results):
        errors["results"] = NEEDS_RESULT
    elif any(r.result == CheckResult.NOT_MET and not r.note for r in clean.results):
        errors["results"] = NEEDS_NOTE
    check_lengths({
        "checked_by": (clean.checked_by, limits.SHORT), "note": (clean.note, limits.NOTE),
        "results": (max((r.note for r in clean.results), key=len, default=""), limits.SHORT)},
        errors=errors)
    if errors:
        raise ValidationError(errors)
    return clean


def save_check(session: AppSession, data: CheckInput, check_id: int | None = None) -> int:
    """Record a check (or change one); its school year is that of its date."""
    session.require(Permission.MANAGE_TRAINING, RECORD, check_id or "")
    now = session.clock.now()
    clean = _clean(data, now)
    with session.write() as s:
        if check_id is None:
            row = SafetyCheck(created_by=session.user.id, created_at=now.replace(tzinfo=None))
            s.add(row)
        else:
            found = s.get(SafetyCheck, check_id)
            if found is None:
                raise KimbaiError(NOT_FOUND)
            row = found
            s.execute(delete(SafetyResult).where(SafetyResult.check_id == check_id))
        row.checked_on, row.checked_by, row.note = clean.checked_on, clean.checked_by, clean.note
        row.school_year = school_year_of(clean.checked_on)
        s.flush()
        for r in clean.results:
            assert r.result is not None  # _clean said so
            s.add(SafetyResult(check_id=row.id, item_id=r.item_id, item_text=r.item_text,
                               result=r.result.value, note=r.note))
        session.audit(AuditAction.CREATE if check_id is None else AuditAction.CHANGE,
                      RECORD, row.id, s=s)
        return row.id


def delete_check(session: AppSession, check_id: int) -> None:
    session.require(Permission.MANAGE_TRAINING, RECORD, check_id)
    with session.write() as s:
        s.execute(delete(SafetyResult).where(SafetyResult.check_id == check_id))
        s.execute(delete(SafetyCheck).where(SafetyCheck.id == check_id))
        session.audit(AuditAction.DELETE, RECORD, check_id, s=s)


def _infos(s: object, rows: list[SafetyCheck]) -> list[CheckInfo]:
    results: dict[int, list[ResultInfo]] = {}
    if rows:
        for r in s.scalars(select(SafetyResult).where(  # type: ignore[attr-defined]
                SafetyResult.check_id.in_([c.id for c in rows])).order_by(SafetyResult.id)):
            results.setdefault(r.check_id, []).append(
                ResultInfo(r.item_id, r.item_text, CheckResult(r.result), r.note))
    return [CheckInfo(c.id, c.school_year, c.checked_on, c.checked_by, c.note,
                      tuple(results.get(c.id, ()))) for c in rows]


def list_checks(session: AppSession, school_year: str = "") -> list[CheckInfo]:
    """The checks of a school year (default: the current one), newest first."""
    session.require(Permission.MANAGE_TRAINING, RECORD)
    year = school_year or session.school_profile().school_year
    with session.db() as s:
        rows = list(s.scalars(select(SafetyCheck).where(SafetyCheck.school_year == year)
                              .order_by(SafetyCheck.checked_on.desc(), SafetyCheck.id.desc())))
        return _infos(s, rows)


def year_status(session: AppSession) -> YearStatus | None:
    """The current school year's check (for the overview); None for who may not see it."""
    if not session.can(Permission.MANAGE_TRAINING):
        return None
    year = session.school_profile().school_year
    checks = list_checks(session, year)
    return YearStatus(year, check_due(year), checks[0] if checks else None)


def today(session: AppSession) -> date:
    return school_today(session.clock.now())
