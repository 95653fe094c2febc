"""Official documents: one use case per report (gathering the data through the other services,
with their permission checks and audit), and the outgoing-document register (sổ văn bản đi).

Numbers run per calendar year and document type and are allocated in the database at the
moment a document is saved or printed — never for a preview. Once allocated a number is never
given again: if the output then fails or is cancelled (the printer refuses, the disk is full),
the register keeps the row marked void with the reason, so every gap is explained. Documents
render in memory; a file exists only where the user saves one, written atomically (a temporary
file in the same folder, fsync, rename), and every save or print is audited.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date
from pathlib import Path

from reportlab.platypus import Flowable
from sqlalchemy import func, select

from kimbai_desktop import __version__
from kimbai_desktop.domain import limits, when
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.deidentify import Deidentifier
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.domain.text import normalize_multiline, normalize_text
from kimbai_desktop.reports import (
    attendance,
    audit_certificate,
    dossier,
    inspection_minutes,
    intake,
    periodic,
    register_list,
    result,
    statistics,
    training_summary,
    word,
    yearly_plan,
)
from kimbai_desktop.reports import document as docs
from kimbai_desktop.reports.blocks import para
from kimbai_desktop.reports.casefile import CaseFile, case_book
from kimbai_desktop.reports.catalogue import ReportKind, ReportRequest
from kimbai_desktop.reports.document import DocumentSpec, DocumentType, Signer
from kimbai_desktop.reports.statistics import Statistics
from kimbai_desktop.services import (
    audit_log,
    body_map,
    cases,
    inspections,
    protection,
    register,
    sharing,
)
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services import periodic_report as figures
from kimbai_desktop.services.agencies import load_agencies
from kimbai_desktop.services.deid_book import school_name_book
from kimbai_desktop.services.excel_export import all_pupils, write_file
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Account, Case, OutgoingDocument, Review

__all__ = ["ReportKind", "ReportRequest", "Signer"]  # re-exported: callers need only this module


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


RECORD = "document"
MAX_STRIKES = 200  # words struck out by hand in one de-identified copy
PUBLICATION_RECIPIENT = "Bảng tin nhà trường, cuộc họp hội đồng sư phạm"
VOID_REASON = QT_TRANSLATE_NOOP("Errors", "Write why the number was not used.")
NO_ACTIVITY = QT_TRANSLATE_NOOP("Errors", "Choose the activity the attendance sheet is for.")
NO_INSPECTION = QT_TRANSLATE_NOOP("Errors", "Choose the inspection the minute is for.")


@dataclass(frozen=True)
class Deidentified:
    """What the de-identification of one document did: the count of automatic replacements, of
    the user's strike-outs, and the free texts as printed (replacements between
    domain.deidentify.MARK_OPEN and MARK_CLOSE) for the user to review before printing."""

    replaced: int
    struck: int
    passages: tuple[str, ...]

    def audit_detail(self) -> str:
        """Counts only: never a word of the text."""
        return f"replaced={self.replaced} struck={self.struck}"


@dataclass(frozen=True)
class PreparedReport:
    """A document ready to preview (unnumbered) or to issue."""

    kind: ReportKind
    spec: DocumentSpec
    record_type: str = ""  # what it is about, for the register and the audit trail
    record_id: str = ""
    statistics: Statistics | None = None  # the counts (statistics sheet .xlsx, periodic report)
    editable_text: str = ""  # the text the user may edit (the assessment, the plan's body)
    file_stem: str = ""  # a file name without personal data: "bao-cao-dinh-ky-2024-2025-HK1"
    deid: Deidentified | None = None  # what a de-identified copy replaced
    publication: bool = False  # statistics with small counts protected (domain/small_counts)
    protected: bool = True  # holds personal data: saved only with a password (see save_report)

    def file_name(self, suffix: str = ".pdf") -> str:
        return f"{self.file_stem or self.kind.value}{suffix}"


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the outgoing-document register."""

    id: int
    year: int
    doc_type: DocumentType
    number: int
    reference: str  # "05/BC-THKB"
    issued_on: date
    title: str
    summary: str
    report_kind: str
    record_type: str
    record_id: str
    signer_name: str
    created_by: str
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class IssuedReport:
    entry: RegisterEntry | None  # None: a document that is not numbered (a list to sign)
    prepared: PreparedReport  # its spec carries the number
    delivered: bool = True  # False: the user cancelled (a numbered one's number is voided)


@dataclass(frozen=True)
class SavedReport:
    path: Path
    entry: RegisterEntry | None  # None for an .xlsx (data, not a numbered document)


# -- preparing -------------------------------------------------------------------------------


def school_today(session: AppSession) -> date:
    return when.school_today(session.clock.now())


def available_kinds(session: AppSession) -> list[ReportKind]:
    """The documents this user may make, in the catalogue's order."""
    extra = {ReportKind.AUDIT: Permission.VIEW_AUDIT, ReportKind.REGISTER: Permission.VIEW_REGISTER,
             ReportKind.TRAINING: Permission.MANAGE_TRAINING,
             ReportKind.ATTENDANCE: Permission.MANAGE_TRAINING,
             ReportKind.INSPECTION: Permission.MANAGE_TRAINING}
    out = []
    for kind in ReportKind:
        needed = [Permission.VIEW_STATISTICS if kind == ReportKind.STATISTICS
                  else Permission.PRINT_REPORTS]
        needed += [Permission.MANAGE_CASES] if kind.needs_case else []
        needed += [extra[kind]] if kind in extra else []
        if all(session.can(p) for p in needed):
            out.append(kind)
    return out


def _clean_request(request: ReportRequest) -> ReportRequest:
    """What the user typed into the report's options (signer, recipients, edited texts):
    normalised like every stored text (no control characters) and within the limits."""
    t, m = normalize_text, normalize_multiline
    signer = request.signer
    if signer is not None:
        signer = replace(signer, name=t(signer.name), position=t(signer.position),
                         prefix=t(signer.prefix))
    recipients = (tuple(r for r in (t(r) for r in request.recipients) if r)
                  if request.recipients is not None else None)
    strike = tuple(dict.fromkeys(x for x in (t(x) for x in request.strike) if x))
    clean = replace(
        request, signer=signer, recipients=recipients, plan_basis=t(request.plan_basis),
        strike=strike[:MAX_STRIKES],
        summary_text=m(request.summary_text) if request.summary_text is not None else None,
        plan_text=m(request.plan_text) if request.plan_text is not None else None)
    check_lengths({
        "signer_name": (signer.name if signer else "", limits.NAME),
        "position": (signer.position if signer else "", limits.LABEL),
        "authority": (signer.prefix if signer else "", limits.LABEL),
        "recipients": (max(recipients or ("",), key=len), limits.SHORT),
        "plan_basis": (clean.plan_basis, limits.SHORT),
        "strike": (max(strike or ("",), key=len), limits.SHORT),
        "summary_text": (clean.summary_text or "", limits.NARRATIVE),
        "plan_text": (clean.plan_text or "", limits.NARRATIVE)})
    return clean


def prepare_report(session: AppSession, request: ReportRequest) -> PreparedReport:
    """Check the permission, gather the data, build the (unnumbered) document."""
    request = _clean_request(request)
    kind = request.kind
    if kind == ReportKind.STATISTICS:
        session.require(Permission.VIEW_STATISTICS, "report", kind.value)
    else:
        session.require(Permission.PRINT_REPORTS, "report", kind.value)
    if kind.needs_case and request.case_id is None:
        raise ValueError("this report needs a case")
    if kind.needs_activity and request.activity_id is None:
        raise KimbaiError(NO_ACTIVITY)
    if kind.needs_inspection and request.inspection_id is None:
        raise KimbaiError(NO_INSPECTION)
    profile = session.school_profile()
    on = request.on or school_today(session)
    year = request.school_year or profile.school_year
    built = _CONTENT[kind](session, request, profile, on, year)
    spec = DocumentSpec(
        kind=kind.doc_type, superior_body=profile.superior_body, issuer=profile.school_name,
        symbol=profile.document_symbol, summary=built.summary,
        signer=request.signer or Signer(profile.principal_name), place=profile.place_name,
        date=on, body=tuple(built.body),
        recipients=request.recipients if request.recipients is not None else built.recipients,
        show_recipients=built.show_recipients, after=tuple(built.after),
        co_signer=built.co_signer)
    return PreparedReport(kind, spec, built.record_type, built.record_id, built.statistics,
                          built.editable_text, built.file_stem, built.deid,
                          built.publication,
                          needs_password(kind, request.deidentified, built.publication))


def needs_password(kind: ReportKind, deidentified: bool, publication: bool) -> bool:
    """Whether a saved copy must be protected by a password: everything with personal data.
    Free of it: de-identified case documents, statistics for publication, the yearly plan."""
    if kind.needs_case:
        return not deidentified
    return not publication and kind != ReportKind.PLAN


def render_report(prepared: PreparedReport) -> bytes:
    return docs.render_pdf(prepared.spec)


# The formats of a numbered document: the PDF to print and send, and the Word copy that the
# principal edits before signing (reports/word.py). Both carry the same number and layout.
RENDERERS: dict[str, Callable[[DocumentSpec], bytes]] = {
    "pdf": docs.render_pdf, "docx": word.render_docx}


# -- the register ------------------------------------------------------------------------------


def _entry(row: OutgoingDocument, username: str) -> RegisterEntry:
    return RegisterEntry(row.id, row.year, DocumentType(row.doc_type), row.number,
                         f"{row.number:02d}/{row.symbol}", row.issued_on, row.title, row.summary,
                         row.report_kind, row.record_type, row.record_id, row.signer_name,
                         username, row.voided, row.void_reason)


def issue_document(session: AppSession, prepared: PreparedReport) -> IssuedReport:
    """Give the document the next number of its type and year and write it in the register."""
    entry = issue_number(session, prepared.spec, prepared.kind.value, prepared.record_type,
                         prepared.record_id)
    numbered = replace(prepared, spec=replace(prepared.spec, number=entry.number))
    return IssuedReport(entry, numbered)


def issue_number(session: AppSession, spec: DocumentSpec, report_kind: str, record_type: str = "",
                 record_id: str = "") -> RegisterEntry:
    """The register row of a document about to be printed or saved (its next number); also
    used by documents made outside the catalogue (the destruction record, services/retention)."""
    year, doc_type = spec.date.year, spec.kind.value
    now = session.clock.now()
    with session.write() as s:  # BEGIN IMMEDIATE: two writers never read the same maximum
        last = s.scalar(select(func.max(OutgoingDocument.number)).where(
            OutgoingDocument.year == year, OutgoingDocument.doc_type == doc_type))
        number = int(last or 0) + 1
        row = OutgoingDocument(
            year=year, doc_type=doc_type, number=number, symbol=f"{doc_type}-{spec.symbol}",
            issued_on=spec.date, title=spec.type_name[:60], summary=spec.summary[:300],
            report_kind=report_kind, record_type=record_type,
            record_id=record_id, signer_name=spec.signer.name[:200],
            created_by=session.user.id, created_at=now.replace(tzinfo=None), voided=False,
            void_reason="")
        s.add(row)
        s.flush()
        session.audit(AuditAction.CREATE, RECORD, row.id, f"{number:02d}/{row.symbol}", s=s)
        return _entry(row, session.user.username)


def void_document(session: AppSession, document_id: int, reason: str) -> None:
    """Mark an issued number as not used (its output failed or was cancelled). The number
    stays taken."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError({"reason": VOID_REASON})
    check_lengths({"reason": (reason, limits.SHORT)})
    with session.write() as s:
        row = s.get(OutgoingDocument, document_id)
        if row is None:
            raise KimbaiError()
        row.voided, row.void_reason = True, reason
        session.audit(AuditAction.CHANGE, RECORD, document_id, "void", s=s)


def list_documents(session: AppSession, year: int | None = None) -> list[RegisterEntry]:
    """The register, newest first (one year, or all)."""
    if not (session.can(Permission.PRINT_REPORTS) or session.can(Permission.VIEW_STATISTICS)):
        session.require(Permission.PRINT_REPORTS, RECORD)
    with session.db() as s:
        names = dict(s.execute(select(Account.id, Account.username)).all())
        stmt = select(OutgoingDocument)
        if year is not None:
            stmt = stmt.where(OutgoingDocument.year == year)
        rows = s.scalars(stmt.order_by(OutgoingDocument.issued_on.desc(),
                                       OutgoingDocument.id.desc())).all()
        return [_entry(r, names.get(r.created_by, "?")) for r in rows]


def record_output(session: AppSession, entry: RegisterEntry, action: AuditAction,
                  detail: str = "") -> None:
    """Audit that an issued document was saved (EXPORT) or printed (PRINT)."""
    if action not in (AuditAction.EXPORT, AuditAction.PRINT):
        raise ValueError("record_output audits EXPORT or PRINT")
    text = f"{entry.reference} {entry.report_kind}"
    if entry.record_type:
        text += f" {entry.record_type}={entry.record_id}"
    session.audit(action, RECORD, entry.id, f"{text} {detail}".strip())


# -- output ------------------------------------------------------------------------------------


def output_report(session: AppSession, prepared: PreparedReport,
                  deliver: Callable[[bytes], bool | None], action: AuditAction,
                  fmt: str = "pdf") -> IssuedReport:
    """Issue a number, render in ``fmt`` (a key of :data:`RENDERERS`), hand the bytes to
    ``deliver`` (a printer, a file) and audit.

    ``deliver`` returning False means the user cancelled after all: the number is voided.
    Any error in rendering or delivering voids it too, then propagates."""
    render = RENDERERS[fmt]
    if not prepared.spec.kind.numbered:
        delivered = deliver(render(prepared.spec))
        if delivered is not False:
            session.audit(action, prepared.record_type or "report",
                          prepared.record_id or prepared.kind.value,
                          f"{prepared.kind.value} {fmt}{_deid_detail(prepared)}")
        return IssuedReport(None, prepared, delivered is not False)
    issued = issue_document(session, prepared)
    entry = issued.entry
    assert entry is not None  # a numbered document always has its register entry
    try:
        delivered = deliver(render(issued.prepared.spec))
    except BaseException as exc:
        with contextlib.suppress(Exception):  # the first error is the one to report
            void_document(session, entry.id, f"Không xuất được văn bản ({type(exc).__name__})")
        raise
    if delivered is False:
        void_document(session, entry.id, "Người dùng hủy sau khi đã cấp số")
        return replace(issued, delivered=False)
    record_output(session, entry, action, fmt + _deid_detail(prepared))
    return issued


def _deid_detail(prepared: PreparedReport) -> str:
    """`` replaced=12 struck=2`` for a de-identified copy (counts only), else nothing."""
    return f" {prepared.deid.audit_detail()}" if prepared.deid is not None else ""


def clear_to_share(session: AppSession, prepared: PreparedReport,
                   override: sharing.ShareOverride | None = None) -> PreparedReport:
    """A complete dossier leaves the school only with a disclosure consent or an override the
    law allows (services/sharing.py: ConsentNeeded otherwise). An override is recorded at once
    and printed under the dossier's signature. Other documents pass unchanged: the intake and
    result reports are the school's legal reporting, de-identified copies name no child."""
    if prepared.kind != ReportKind.DOSSIER or not prepared.protected:
        return prepared
    cleared = sharing.clear_dossier(session, int(prepared.record_id), override)
    if cleared.override is None:
        return prepared
    note = para("Hồ sơ được cung cấp ra ngoài nhà trường khi chưa có sự đồng ý của cha, mẹ, "
                f"người chăm sóc trẻ: {cleared.sentence()}.", "note")
    return replace(prepared, spec=replace(prepared.spec, after=(*prepared.spec.after, note)))


def save_report(session: AppSession, prepared: PreparedReport, path: Path | str, *,
                password: str | None = None,
                override: sharing.ShareOverride | None = None) -> SavedReport:
    """Save a numbered document as PDF or as an editable Word copy (.docx), or the statistics
    as .xlsx: the suffix decides (anything else is a PDF, as before).

    A document with personal data (``prepared.protected``) is saved only with a ``password``:
    the PDF encrypted with AES-256, the .docx and .xlsx with the Office encryption
    (services/protection.py), in memory before the file is written. The password is checked
    before the number is given, so a bad one loses nothing; it is never kept. A complete
    dossier also needs a consent or an ``override`` (:func:`clear_to_share`)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if password is not None:
        protection.check_password(password)
    elif prepared.protected:
        raise KimbaiError(protection.PASSWORD_NEEDED)
    prepared = clear_to_share(session, prepared, override)

    def sealed(data: bytes, kind: str) -> bytes:
        return protection.protect(data, password, kind) if password is not None else data

    if suffix == ".xlsx":
        if prepared.statistics is None:
            raise ValueError("only the statistics sheet exists as .xlsx")
        write_atomic(target, sealed(statistics.statistics_workbook(
            prepared.statistics, prepared.spec.issuer, publication=prepared.publication),
            ".xlsx"))
        session.audit(AuditAction.EXPORT, "report", prepared.kind.value, "xlsx")
        return SavedReport(target, None)
    fmt = "docx" if suffix == ".docx" else "pdf"
    issued = output_report(session, prepared,
                           lambda data: write_atomic(target, sealed(data, f".{fmt}")),
                           AuditAction.EXPORT, fmt)
    return SavedReport(target, issued.entry)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all (storage/files.py); a full disk or an
    unusable folder becomes a message the user can act on."""
    write_file(Path(path), data)


# -- gathering, one function per report -------------------------------------------------------


@dataclass(frozen=True)
class _Content:
    summary: str
    body: list[Flowable]
    recipients: tuple[str, ...] = ()
    record_type: str = ""
    record_id: str = ""
    statistics: Statistics | None = None
    editable_text: str = ""
    file_stem: str = ""
    show_recipients: bool = True
    after: tuple[Flowable, ...] = ()
    co_signer: Signer | None = None
    deid: Deidentified | None = None
    publication: bool = False


def find_case(session: AppSession, code: str) -> int:
    """The id of the case with this code ("VV-2024-2025/003") that this user may see."""
    cases.require_case_manager(session)
    with session.db() as s:
        case_id = s.scalar(select(Case.id).where(Case.code == normalize_text(code).upper(),
                                                 cases.visible_clause(session)))
    if case_id is None:
        raise KimbaiError(cases.NO_SUCH_CASE)
    return int(case_id)


def _case_file(session: AppSession, case_id: int, *, dossier: bool = False) -> CaseFile:
    """The case through the case services (each read audited as a view)."""
    detail = cases.get_case(session, case_id)
    pupils = {}
    if session.can(Permission.VIEW_REGISTER):
        pupils = {c.pupil_id: register.get_pupil(session, c.pupil_id)
                  for c in detail.children if c.pupil_id is not None}
    extra: dict[str, object] = {}
    if dossier:
        status = work.verify_chronology(session, case_id)
        extra = dict(entries=tuple(work.list_entries(session, case_id, newest_first=False)),
                     consents=tuple(work.list_consents(session, case_id)),
                     attachments=tuple(work.list_attachments(session, case_id)),
                     chronology_ok=status.ok, chronology_broken_seq=status.first_broken_seq)
    return CaseFile(detail, tuple(work.list_notifications(session, case_id)),
                    tasks=tuple(work.list_tasks(session, case_id)),
                    referrals=tuple(work.list_referrals(session, case_id)), pupils=pupils,
                    marks=tuple(body_map.list_marks(session, case_id)),
                    staff_names=tuple(n for _, n in cases.staff_choices(session)),
                    agencies=load_agencies(session),
                    **extra)  # type: ignore[arg-type]


def _case_document(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
                   year: str) -> _Content:
    """(a) intake, (b) result, (g) dossier: complete, or de-identified on request."""
    assert r.case_id is not None
    case = _case_file(session, r.case_id, dossier=r.kind == ReportKind.DOSSIER)
    deid, school = r.deidentified, p.school_name
    # One de-identifier for the whole document: the same child is "Trẻ B" in every field.
    cleaner = (Deidentifier(case_book(case, school_name_book(session)), r.strike) if deid
               else None)
    recipients: tuple[str, ...] = (p.superior_body,)
    co_signer = None
    if r.kind == ReportKind.INTAKE:
        summary, body = intake.intake_summary(case), intake.intake_body(
            case, school, deidentified=deid, deid=cleaner)
        stem = "bao-cao-tiep-nhan"
        co_signer = intake.receiving_officer(case, deidentified=deid)
    elif r.kind == ReportKind.RESULT:
        summary, body = result.result_summary(case), result.result_body(
            case, school, deidentified=deid, deid=cleaner)
        stem = "bao-cao-ket-qua"
    else:
        summary = dossier.dossier_summary(case, deidentified=deid)
        body, recipients = dossier.dossier_body(case, deidentified=deid, deid=cleaner), ()
        stem = "ho-so-vu-viec"
    code = case.detail.brief.code.replace("/", "-")  # a case code names no one
    stem = f"{stem}-{code}" + ("-khong-dinh-danh" if deid else "")
    done = (Deidentified(cleaner.replaced, cleaner.struck, tuple(cleaner.passages))
            if cleaner is not None else None)
    return _Content(summary, body, recipients, "case", str(r.case_id), file_stem=stem,
                    co_signer=co_signer, deid=done)


def _register(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
              year: str) -> _Content:
    pupils = all_pupils(session, register.PupilQuery(in_register_only=True, school_year=year))
    last: dict[int, date] = {}
    with session.db() as s:
        ids = [x.id for x in pupils]
        for start in range(0, len(ids), 900):
            last.update(s.execute(select(Review.pupil_id, func.max(Review.review_date)).where(
                Review.pupil_id.in_(ids[start:start + 900])).group_by(Review.pupil_id)).all())
    lines = [register_list.RegisterLine(x.full_name, x.birth_date, x.class_name, x.groups,
                                        x.at_risk, x.level, last.get(x.id)) for x in pupils]
    return _Content(register_list.register_summary(year), register_list.register_body(lines, on),
                    (p.superior_body,), "register", year, file_stem=f"danh-sach-tre-em-{year}")


def _plan(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
          year: str) -> _Content:
    text = r.plan_text if r.plan_text is not None else yearly_plan.default_plan_text(
        p, year, r.plan_basis)
    return _Content(yearly_plan.plan_summary(year), yearly_plan.plan_body(text),
                    yearly_plan.plan_recipients(p), "plan", year, editable_text=text,
                    file_stem=f"ke-hoach-{year}")


def _audit(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
           year: str) -> _Content:
    status = audit_log.verify_chain(session)
    first = audit_log.list_events(session, limit=1, newest_first=False)
    last = audit_log.list_events(session, limit=1)
    cert = audit_certificate.ChainCertificate(
        status.ok, status.count, status.head_hash, status.first_broken_id, session.clock.now(),
        session.user.full_name, first[0].at.replace(tzinfo=UTC) if first else None,
        last[0].at.replace(tzinfo=UTC) if last else None, __version__)
    return _Content(audit_certificate.SUMMARY,
                    audit_certificate.certificate_body(cert, p.school_name), (), "audit",
                    str(status.count), file_stem=f"bien-ban-kiem-tra-nhat-ky-{on.isoformat()}",
                    co_signer=audit_certificate.co_signer(cert, p.principal_name))


def _period(r: ReportRequest, year: str) -> figures.Period:
    return figures.report_period(year, r.semester, r.period_from, r.period_to)


def _statistics(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
                year: str) -> _Content:
    """Counts over every case of the period, whoever may read the files: they hold no names."""
    period = _period(r, year)
    stats = figures.case_statistics(session, period, on)
    if r.publication:  # a notice board or a meeting: small counts protected, no superior body
        return _Content(statistics.statistics_summary(period.label),
                        statistics.statistics_body(stats, p.school_name, publication=True),
                        (PUBLICATION_RECIPIENT,), "statistics", year, stats,
                        file_stem=f"thong-ke-{period.slug}-cong-bo", publication=True)
    return _Content(statistics.statistics_summary(period.label),
                    statistics.statistics_body(stats, p.school_name),
                    (p.superior_body,), "statistics", year, stats,
                    file_stem=f"thong-ke-{period.slug}")


def _periodic(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
              year: str) -> _Content:
    """(c) The periodic (a semester, the year) or ad-hoc (chosen dates) report."""
    period = _period(r, year)
    found = figures.periodic_figures(session, period, on)
    text = r.summary_text if r.summary_text is not None else periodic.default_assessment(found)
    stem = "bao-cao-dot-xuat" if not (period.whole_year or period.semester) else "bao-cao-dinh-ky"
    return _Content(periodic.periodic_summary(period.label),
                    periodic.periodic_body(found, p.school_name, text),
                    periodic.periodic_recipients(p.superior_body), "periodic", period.slug,
                    found.stats, editable_text=text, file_stem=f"{stem}-{period.slug}")


def _training(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
              year: str) -> _Content:
    """(e) The training and awareness summary of the period."""
    period = _period(r, year)
    found = figures.training_figures(session, period, on)
    return _Content(training_summary.training_summary(period.label),
                    training_summary.training_body(found, p.school_name),
                    (f"{p.superior_body} (để báo cáo)",), "training", period.slug,
                    file_stem=f"bao-cao-tap-huan-{period.slug}")


def _attendance(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
                year: str) -> _Content:
    """(e) The sheet to sign at one activity (pre-filled with the staff for a staff one)."""
    assert r.activity_id is not None
    sheet = figures.attendance_sheet(session, r.activity_id)
    return _Content(attendance.attendance_summary(sheet), attendance.attendance_body(sheet),
                    (), "activity", str(r.activity_id), show_recipients=False,
                    file_stem=f"danh-sach-ky-ten-{sheet.held_on.isoformat()}")


def _inspection(session: AppSession, r: ReportRequest, p: SchoolProfile, on: date,
                year: str) -> _Content:
    """The minute of one inspection of the plan (biên bản kiểm tra)."""
    assert r.inspection_id is not None
    info = inspections.get_inspection(session, r.inspection_id)
    minute = inspection_minutes.InspectionMinute(
        info.school_year, info.held_on, info.inspectors, info.scope, info.findings,
        tuple(inspection_minutes.MinuteAction(a.action, a.owner, a.due, a.done_on)
              for a in info.actions))
    return _Content(inspection_minutes.minute_summary(info.school_year),
                    inspection_minutes.minute_body(minute, p.school_name, on),
                    inspection_minutes.minute_recipients(), "inspection", str(info.id),
                    file_stem=f"bien-ban-kiem-tra-{info.held_on.isoformat()}",
                    co_signer=inspection_minutes.minute_co_signer())


_CONTENT: dict[ReportKind, Callable[[AppSession, ReportRequest, SchoolProfile, date, str],
                                    _Content]] = {
    ReportKind.INTAKE: _case_document, ReportKind.RESULT: _case_document,
    ReportKind.DOSSIER: _case_document,
    ReportKind.REGISTER: _register, ReportKind.PLAN: _plan, ReportKind.AUDIT: _audit,
    ReportKind.STATISTICS: _statistics, ReportKind.PERIODIC: _periodic,
    ReportKind.TRAINING: _training, ReportKind.ATTENDANCE: _attendance,
    ReportKind.INSPECTION: _inspection,
}
