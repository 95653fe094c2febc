"""Consent before a child's information leaves the school: a referral to a service, a complete
case dossier saved or printed for an outside body. No Qt here.

The legal basis (/work/shared/reference/domain-vn.md, "Privacy"): a child's private information
(Nghị định 56/2017/NĐ-CP, Điều 33) is disclosed only with the consent of the parent or caregiver
and of the child from age 7 (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 24). Without it,
only the cases the law allows: processing in an emergency to protect the child's life and health,
or a request of a competent state authority, each written down with its reason, audited, put in
the chronology and printed in the dossier. The school's duty to notify 111, the commune, the
police or the child protection authority (Nghị định 56/2017/NĐ-CP, Điều 25) is never blocked; it
is recorded as that duty.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.cases import ConsentScope, EntryKind, ShareReason
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.text import normalize_text
from kimbai_desktop.services.cases import RECORD, _load_visible, require_case_manager, utc
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import chronology
from kimbai_desktop.storage.models import Consent


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


CHILD_CONSENT_AGE = 7  # Luật BVDLCN 2025 Điều 24: the child's own consent from age 7
LEGAL_DUTY = ("nghĩa vụ thông báo theo Điều 25 Nghị định 56/2017/NĐ-CP, không cần sự đồng ý")
BASIS = {
    ShareReason.CHILD_SAFETY: "xử lý trong tình huống khẩn cấp để bảo vệ tính mạng, sức khỏe "
                              "của trẻ, không cần sự đồng ý (Luật Bảo vệ dữ liệu cá nhân số "
                              "91/2025/QH15)",
    ShareReason.AUTHORITY_REQUEST: "cung cấp theo yêu cầu của cơ quan nhà nước có thẩm quyền "
                                   "theo quy định của pháp luật (Luật Bảo vệ dữ liệu cá nhân số "
                                   "91/2025/QH15)",
}
NEED_NOTE = {
    ShareReason.CHILD_SAFETY: QT_TRANSLATE_NOOP(
        "Errors", "Write in a few words what danger the child is in."),
    ShareReason.AUTHORITY_REQUEST: QT_TRANSLATE_NOOP(
        "Errors", "Write which authority asked, and the number and date of its request."),
}


class Purpose(Enum):
    """What the information is shared for, and the consents that cover it."""

    REFERRAL = ("referral", (ConsentScope.SERVICES, ConsentScope.DISCLOSURE))
    DOSSIER = ("dossier", (ConsentScope.DISCLOSURE,))

    def __init__(self, ident: str, scopes: tuple[ConsentScope, ...]) -> None:
        self.ident = ident
        self.scopes = scopes


class ConsentNeeded(KimbaiError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The family has not given its consent to share this child's information "
        "(no consent is recorded for it). Record the consent first with the “Consent” button "
        "of the case file, or, if the law allows sharing without it, choose the reason.")


@dataclass(frozen=True)
class ShareOverride:
    """Sharing without consent: one of the reasons the law allows and what the user wrote."""

    reason: ShareReason
    note: str


@dataclass(frozen=True)
class Clearance:
    """Why the sharing may go ahead: "consent", "legal_duty" or "override"."""

    basis: str
    override: ShareOverride | None = None

    def sentence(self) -> str:
        """The Vietnamese sentence the chronology and the dossier print ("" for a consent)."""
        if self.basis == "legal_duty":
            return LEGAL_DUTY
        if self.override is None:
            return ""
        reason = self.override.reason
        return (f"chia sẻ khi chưa có sự đồng ý, lý do: {reason.vi.lower()}; căn cứ: "
                f"{BASIS[reason]}; ghi chú: {self.override.note}")


def check_override(override: ShareOverride) -> ShareOverride:
    """The override with its note cleaned; a ValidationError ("note") if the note is empty."""
    note = normalize_text(override.note)
    if not note:
        raise ValidationError({"note": NEED_NOTE[override.reason]})
    check_lengths({"note": (note, limits.LABEL)})
    return ShareOverride(override.reason, note)


def covering_consent(s: Session, case_id: int, purpose: Purpose) -> int | None:
    """The id of a recorded consent that covers ``purpose`` (its scope, and the child's own
    agreement from age 7), or None."""
    for row in s.scalars(select(Consent).where(
            Consent.case_id == case_id,
            Consent.scope.in_([x.value for x in purpose.scopes])).order_by(Consent.id.desc())):
        if row.child_age is None or row.child_age < CHILD_CONSENT_AGE or row.child_agreed:
            return int(row.id)
    return None


def clearance_in(s: Session, case_id: int, purpose: Purpose,
                 override: ShareOverride | None, *, legal_duty: bool = False) -> Clearance:
    """Inside the caller's transaction: may the information go? Raises ConsentNeeded when
    neither a consent nor an allowed reason covers it."""
    if legal_duty:
        return Clearance("legal_duty")
    if covering_consent(s, case_id, purpose) is not None:
        return Clearance("consent")
    if override is None:
        raise ConsentNeeded()
    return Clearance("override", check_override(override))


def record_override_in(s: Session, session: AppSession, case_id: int, clearance: Clearance,
                       what: str, kind: EntryKind = EntryKind.NOTE) -> None:
    """Put an override in the case's chronology (so every later dossier prints it) and audit it
    (the reason's identifier only, never the note)."""
    if clearance.override is None:
        return
    now = utc(session.clock.now())
    chronology.append(s, case_id, kind=kind.value, event_at=now, entered_at=now,
                      author_id=session.user.id,
                      text=f"{what}: {clearance.sentence()}.")
    session.audit(AuditAction.CHANGE, RECORD, case_id,
                  f"share_override={clearance.override.reason.value}", s=s)


def clear_dossier(session: AppSession, case_id: int,
                  override: ShareOverride | None = None) -> Clearance:
    """Before a complete dossier is saved or printed: a disclosure consent, or an override that
    is recorded at once (the chronology entry, the audit)."""
    require_case_manager(session, case_id)
    if override is None:
        with session.db() as s:
            _load_visible(s, session, case_id)
            return clearance_in(s, case_id, Purpose.DOSSIER, None)
    with session.write() as s:
        _load_visible(s, session, case_id)
        found = clearance_in(s, case_id, Purpose.DOSSIER, override)
        record_override_in(s, session, case_id, found,
                           "Cung cấp hồ sơ vụ việc đầy đủ ra ngoài nhà trường",
                           EntryKind.DOCUMENT)
        return found
