"""The papers of a handover as PDF bytes (reports/handover.py): the slip and the receipt of a
package just made, the receipt of a package received, the transfer log. Saving them is audited."""

from __future__ import annotations

from pathlib import Path

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.reports import handover as papers
from kimbai_desktop.services.documents import write_atomic
from kimbai_desktop.services.handover import (
    RECORD,
    ExportResult,
    paper_of,
    school_today,
    sender_school,
    transfer_log,
)
from kimbai_desktop.services.handover_import import received_content
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Transfer


def slip_pdf(result: ExportResult) -> bytes:
    return papers.render_slip(result.paper)


def receipt_pdf(result: ExportResult) -> bytes:
    """The receipt the receiving school signs and returns (printed with the slip)."""
    return papers.render_receipt(result.paper)


def received_receipt_pdf(session: AppSession, transfer_id: int) -> bytes:
    """At the receiving school: the receipt of a package imported here, issued by this school."""
    content = received_content(session, transfer_id)
    with session.db() as s:
        row = s.get(Transfer, transfer_id)
        assert row is not None
        package_id, fingerprint = row.package_id, row.signer_public
    import base64

    from kimbai_desktop.storage.handover_file import key_fingerprint

    sent_by = content["from_school"]
    sender = papers.School(sent_by["name"], sent_by.get("superior_body", ""),
                           sent_by.get("place", ""), sent_by.get("principal", ""),
                           sent_by.get("symbol", ""))
    paper = paper_of(content, sender, school_today(session), None, package_id,
                     key_fingerprint(base64.b64decode(fingerprint)))
    return papers.render_receipt(paper, receiver=sender_school(session.school_profile()))


def log_pdf(session: AppSession) -> bytes:
    rows = transfer_log(session)
    lines = [papers.LogLine(
        r.at, r.direction == "sent", r.pupil_name or r.pupil_code, r.other_school,
        ", ".join(r.files) or "—", r.by_name,
        f"Đã nhận {r.receipt_on.strftime('%d/%m/%Y')}" if r.receipt_on else
        ("Chưa nhận (quá hạn)" if r.overdue else "Chưa nhận")) for r in rows]
    return papers.render_log(sender_school(session.school_profile()), school_today(session),
                             lines)


def save_paper(session: AppSession, data: bytes, path: Path | str, transfer_id: int | str,
               what: str) -> None:
    """Write one paper where the user chose, and audit it."""
    session.require(Permission.MANAGE_CASES, RECORD, transfer_id)
    write_atomic(Path(path), data)
    session.audit(AuditAction.PRINT, RECORD, transfer_id, what)
