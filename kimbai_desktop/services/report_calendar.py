"""The calendar of reports due to the superior body (báo cáo định kỳ): for each school year the
semester and the year-end report by default, plus any the school adds (a report the education
authority asks for), each with its due date; marked sent on a date, linked to the issued
document (sổ văn bản đi) when there is one. Reports not sent reach the overview two weeks before
they fall due.

The default dates (15 January for Học kỳ I, 25 May for the year) are common practice, not law:
the superior body's own instruction decides, so the school changes them; the default ones cannot
be deleted (a school year always has them), the added ones can.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import normalize_text
from kimbai_desktop.domain.training import school_year_bounds
from kimbai_desktop.domain.when import future_errors, school_today
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import OutgoingDocument, ReportDue

RECORD = "report_due"
SOON_DAYS = 14  # a report takes time to write: remind two weeks ahead


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This report no longer exists. Reload the list.")
NEEDS_TITLE = QT_TRANSLATE_NOOP("Errors", "Write which report is due.")
NEEDS_DUE = QT_TRANSLATE_NOOP("Errors", "Enter the date the report is due (dd/mm/yyyy).")
KEEP_DEFAULT = QT_TRANSLATE_NOOP(
    "Errors", "The semester and year-end reports are due every school year and cannot be "
    "deleted. Change their date instead.")
NO_DOCUMENT = QT_TRANSLATE_NOOP(
    "Errors", "This document is not in the register of issued documents (or its number was "
    "voided). Choose another one.")
DOCUMENT_NOT_SENT = QT_TRANSLATE_NOOP(
    "Errors", "Enter the date the report was sent before linking its document.")


def defaults(school_year: str) -> tuple[tuple[str, str, date], ...]:
    """(builtin key, title, due date) of the reports due every school year ("2024-2025")."""
    second = int(school_year[:4]) + 1
    return (
        ("semester1", f"Báo cáo sơ kết học kỳ I công tác phòng, chống xâm hại trẻ em năm học "
                      f"{school_year}", date(second, 1, 15)),
        ("year", f"Báo cáo tổng kết năm học {school_year} công tác phòng, chống xâm hại trẻ em",
         date(second, 5, 25)),
    )


@dataclass(frozen=True)
class DueInput:
    title: str
    recipient: str
    due: date | None
    note: str = ""
    sent_on: date | None = None
    document_id: int | None = None


@dataclass(frozen=True)
class ReportDueInfo:
    id: int
    school_year: str
    builtin: str  # "" for a report the school added
    title: str
    recipient: str
    due: date
    sent_on: date | None
    document_id: int | None
    document_ref: str  # "05/BC-THMAU", or ""
    note: str

    @property
    def sent(self) -> bool:
        return self.sent_on is not None

    def overdue(self, today: date) -> bool:
        return not self.sent and self.due < today


def _seed(session: AppSession, year: str) -> None:
    """The year's default reports, added once (a default changed by the school stays)."""
    with session.db() as s:
        have = set(s.scalars(select(ReportDue.builtin).where(ReportDue.school_year == year,
                                                             ReportDue.builtin != "")))
    missing = [d for d in defaults(year) if d[0] not in have]
    if not missing:
        return
    recipient = session.school_profile().superior_body
    now = session.clock.now().replace(tzinfo=None)
    with session.write() as s:
        have = set(s.scalars(select(ReportDue.builtin).where(ReportDue.school_year == year)))
        for key, title, due in missing:
            if key not in have:
                s.add(ReportDue(school_year=year, builtin=key, title=title, recipient=recipient,
                                due=due, note="", created_at=now))


def list_report_dues(session: AppSession, school_year: str = "") -> list[ReportDueInfo]:
    """The reports due in a school year (default: the current one), soonest first."""
    session.require(Permission.MANAGE_TRAINING, RECORD)
    year = school_year or session.school_profile().school_year
    _seed(session, year)
    with session.db() as s:
        rows = list(s.scalars(select(ReportDue).where(ReportDue.school_year == year)
                              .order_by(ReportDue.due, ReportDue.id)))
        ids = [r.document_id for r in rows if r.document_id is not None]
        refs = {d.id: f"{d.number:02d}/{d.symbol}" for d in s.scalars(
            select(OutgoingDocument).where(OutgoingDocument.id.in_(ids)))} if ids else {}
    return [ReportDueInfo(r.id, r.school_year, r.builtin, r.title, r.recipient, r.due,
                          r.sent_on, r.document_id, refs.get(r.document_id or 0, ""), r.note)
            for r in rows]


def save_report_due(session: AppSession, data: DueInput, due_id: int | None = None,
                    school_year: str = "") -> int:
    """Add a report due (to ``school_year``, default the current one) or change one."""
    session.require(Permission.MANAGE_TRAINING, RECORD, due_id or "")
    t = normalize_text
    title, recipient, note = t(data.title), t(data.recipient), t(data.note)
    errors: dict[str, str] = dict(future_errors(session.clock.now(),
                                                dates={"sent_on": data.sent_on}))
    if not title:
        errors["title"] = NEEDS_TITLE
    if data.due is None:
        errors["due"] = NEEDS_DUE
    if data.document_id is not None and data.sent_on is None:
        errors["sent_on"] = DOCUMENT_NOT_SENT
    check_lengths({"title": (title, limits.SHORT), "recipient": (recipient, limits.LABEL),
                   "note": (note, limits.SHORT)}, errors=errors)
    if errors:
        raise ValidationError(errors)
    year = school_year or session.school_profile().school_year
    due = data.due
    assert due is not None  # checked above
    with session.write() as s:
        if data.document_id is not None:
            doc = s.get(OutgoingDocument, data.document_id)
            if doc is None or doc.voided:
                raise ValidationError({"document": NO_DOCUMENT})
        if due_id is None:
            row = ReportDue(school_year=year, builtin="",
                            created_at=session.clock.now().replace(tzinfo=None))
            s.add(row)
        else:
            found = s.get(ReportDue, due_id)
            if found is None:
                raise KimbaiError(NOT_FOUND)
            row = found
        row.title, row.recipient, row.due, row.note = title, recipient, due, note
        was_sent = row.sent_on is not None
        row.sent_on, row.document_id = data.sent_on, data.document_id
        s.flush()
        detail = ""
        if due_id is not None and was_sent != (data.sent_on is not None):
            detail = "sent" if data.sent_on is not None else "unsent"
        session.audit(AuditAction.CREATE if due_id is None else AuditAction.CHANGE, RECORD,
                      row.id, detail, s=s)
        return row.id


def delete_report_due(session: AppSession, due_id: int) -> None:
    session.require(Permission.MANAGE_TRAINING, RECORD, due_id)
    with session.write() as s:
        row = s.get(ReportDue, due_id)
        if row is None:
            raise KimbaiError(NOT_FOUND)
        if row.builtin:
            raise KimbaiError(KEEP_DEFAULT)
        s.delete(row)
        session.audit(AuditAction.DELETE, RECORD, due_id, s=s)


def issued_documents(session: AppSession, school_year: str = "") -> list[tuple[int, str]]:
    """The documents issued in a school year that a report due may be linked to, newest first:
    (id, "05/BC-THMAU · 20/01/2025 · trích yếu"); numbers voided are left out."""
    from kimbai_desktop.domain.formatting import format_date

    session.require(Permission.MANAGE_TRAINING, RECORD)
    first, last = school_year_bounds(school_year or session.school_profile().school_year)
    with session.db() as s:
        rows = s.scalars(select(OutgoingDocument).where(
            OutgoingDocument.issued_on >= first, OutgoingDocument.issued_on <= last,
            OutgoingDocument.voided.is_(False))
            .order_by(OutgoingDocument.issued_on.desc(), OutgoingDocument.id.desc()))
        return [(d.id, f"{d.number:02d}/{d.symbol} · {format_date(d.issued_on)} · {d.summary}")
                for d in rows]


REPORT_KINDS = ("periodic", "training", "statistics")  # what is sent to the superior body
LOOK_BACK_DAYS = 60  # a report is written in the weeks before it is due


def suggest_document(session: AppSession, due: ReportDueInfo) -> int | None:
    """The issued report that most likely is this one, to offer when it is marked sent: the
    newest periodic, training or statistics report issued from two months before its due date
    up to today (None when there is none)."""
    session.require(Permission.MANAGE_TRAINING, RECORD)
    first = due.due - timedelta(days=LOOK_BACK_DAYS)
    with session.db() as s:
        found = s.scalar(select(OutgoingDocument.id).where(
            OutgoingDocument.report_kind.in_(REPORT_KINDS), OutgoingDocument.voided.is_(False),
            OutgoingDocument.issued_on >= first, OutgoingDocument.issued_on <= today(session))
            .order_by(OutgoingDocument.issued_on.desc(), OutgoingDocument.id.desc()).limit(1))
    return int(found) if found is not None else None


def pending(session: AppSession) -> list[ReportDueInfo]:
    """The current year's reports not sent yet (for the overview); none for who may not."""
    if not session.can(Permission.MANAGE_TRAINING):
        return []
    return [r for r in list_report_dues(session) if not r.sent]


def today(session: AppSession) -> date:
    return school_today(session.clock.now())
