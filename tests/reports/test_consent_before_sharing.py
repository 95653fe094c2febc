"""Consent before a child's information leaves the school (services/sharing.py): a referral or a
complete dossier saved to a file needs a recorded consent that covers it, or a reason the law
allows, which is audited, put in the chronology and printed in the dossier. Notifying 111, the
commune or the police is never blocked and is recorded as the school's duty."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from kimbai_desktop.domain.cases import Channel, ConsentScope, Recipient, Service, ShareReason
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.services import audit_log, cases, documents
from kimbai_desktop.services import case_work as work
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.sharing import LEGAL_DUTY, ConsentNeeded, ShareOverride
from kimbai_desktop.storage.models import AuditEvent
from tests.helpers import EXPORT_PASSWORD, unlock_pdf
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler

TODAY = date(2024, 11, 20)


def open_case(session) -> int:
    found = [b for b in cases.list_cases(session) if b.status.value == "open"]
    for brief in found:
        if not work.list_consents(session, brief.id):
            return brief.id
    raise AssertionError("the demo has no open case without consent")


def entries(session, case_id) -> list[str]:
    return [e.text for e in work.list_entries(session, case_id)]


def overrides(session, case_id) -> list[str]:
    with session.db() as s:
        return list(s.scalars(select(AuditEvent.detail).where(
            AuditEvent.record_type == "case", AuditEvent.record_id == str(case_id),
            AuditEvent.detail.like("share_override=%"))))


def test_a_referral_needs_a_consent_that_covers_it(principal):
    case_id = open_case(principal)
    before = entries(principal, case_id)
    with pytest.raises(ConsentNeeded) as info:
        work.add_referral(principal, case_id, Service.HEALTH, "Trạm y tế xã", TODAY)
    assert "consent" in info.value.message.lower()
    assert work.list_referrals(principal, case_id) == [] and entries(principal, case_id) == before
    # a consent for services, but the child (9) did not agree: still not covered
    work.record_consent(principal, case_id, "Nguyễn Văn Bố", "Bố", ConsentScope.SERVICES, TODAY,
                        9, False)
    with pytest.raises(ConsentNeeded):
        work.add_referral(principal, case_id, Service.HEALTH, "Trạm y tế xã", TODAY)
    work.record_consent(principal, case_id, "Nguyễn Văn Bố", "Bố", ConsentScope.SERVICES, TODAY,
                        9, True)
    work.add_referral(principal, case_id, Service.HEALTH, "Trạm y tế xã", TODAY)
    assert [r.to_whom for r in work.list_referrals(principal, case_id)] == ["Trạm y tế xã"]
    assert overrides(principal, case_id) == []


def test_an_override_needs_a_reason_the_law_allows_and_is_audited(principal):
    case_id = open_case(principal)
    with pytest.raises(ValidationError) as info:
        work.add_referral(principal, case_id, Service.PSYCHOLOGICAL, "Trung tâm CTXH", TODAY,
                          override=ShareOverride(ShareReason.CHILD_SAFETY, "  "))
    assert set(info.value.field_errors) == {"note"}
    assert work.list_referrals(principal, case_id) == []
    work.add_referral(principal, case_id, Service.PSYCHOLOGICAL, "Trung tâm CTXH", TODAY,
                      override=ShareOverride(ShareReason.CHILD_SAFETY,
                                             "Trẻ có dấu hiệu tự làm hại bản thân"))
    text = next(t for t in entries(principal, case_id) if "Trung tâm CTXH" in t)
    assert "chưa có sự đồng ý" in text and ShareReason.CHILD_SAFETY.vi.lower() in text
    assert "91/2025/QH15" in text and "tự làm hại" in text
    assert overrides(principal, case_id) == ["share_override=child_safety"]
    event = next(e for e in audit_log.list_events(principal, limit=50)
                 if e.detail == "share_override=child_safety")
    assert "tự làm hại" not in event.detail  # the note stays in the case file


def test_notifying_111_the_commune_or_the_police_is_never_blocked(principal):
    case_id = open_case(principal)
    at = datetime(2024, 11, 20, 8, 30, tzinfo=SCHOOL_TZ)
    for recipient in (Recipient.HOTLINE_111, Recipient.COMMUNE, Recipient.POLICE):
        work.record_notification(principal, case_id, recipient, Channel.PHONE, at)
    work.add_referral(principal, case_id, Service.POLICE, "Công an xã", TODAY)
    texts = entries(principal, case_id)
    assert sum(LEGAL_DUTY in t for t in texts) == 4
    assert any("Công an xã" in t and "Điều 25 Nghị định 56/2017/NĐ-CP" in t for t in texts)
    assert work.list_consents(principal, case_id) == [] and overrides(principal, case_id) == []


@needs_poppler
def test_a_complete_dossier_leaves_only_with_consent_or_a_reason_printed_in_it(principal,
                                                                            tmp_path):
    case_id = open_case(principal)
    dossier = documents.prepare_report(principal, ReportRequest(ReportKind.DOSSIER,
                                                                case_id=case_id))
    target = tmp_path / "ho-so.pdf"
    with pytest.raises(ConsentNeeded):
        documents.save_report(principal, dossier, target, password=EXPORT_PASSWORD)
    assert not target.exists() and documents.list_documents(principal) == []
    override = ShareOverride(ShareReason.AUTHORITY_REQUEST,
                             "Công văn số 12/CAX ngày 18/11/2024 của Công an xã")
    saved = documents.save_report(principal, dossier, target, password=EXPORT_PASSWORD,
                                  override=override)
    assert saved.entry is not None
    text = " ".join(pdftools.text(unlock_pdf(target)).split())
    assert "khi chưa có sự đồng ý" in text and "Công văn số 12/CAX" in text
    assert "theo yêu cầu của cơ quan nhà nước có thẩm quyền" in text
    assert overrides(principal, case_id) == ["share_override=authority_request"]
    assert any("Công văn số 12/CAX" in t for t in entries(principal, case_id))
    # a later dossier prints it in the chronology; with a disclosure consent none is asked
    work.record_consent(principal, case_id, "Trần Thị Mẹ", "Mẹ", ConsentScope.DISCLOSURE, TODAY,
                        None, False)
    again = documents.prepare_report(principal, ReportRequest(ReportKind.DOSSIER,
                                                              case_id=case_id))
    documents.save_report(principal, again, tmp_path / "ho-so-2.pdf", password=EXPORT_PASSWORD)
    later = " ".join(pdftools.text(unlock_pdf(tmp_path / "ho-so-2.pdf")).split())
    assert "Công văn số 12/CAX" in later and "Hồ sơ được cung cấp ra ngoài" not in later
    assert len(overrides(principal, case_id)) == 1


def test_de_identified_and_legal_reports_need_no_consent(principal, tmp_path):
    case_id = open_case(principal)
    for kind, deid in ((ReportKind.DOSSIER, True), (ReportKind.INTAKE, False),
                       (ReportKind.RESULT, False)):
        prepared = documents.prepare_report(principal, ReportRequest(kind, case_id=case_id,
                                                                     deidentified=deid))
        documents.save_report(principal, prepared, tmp_path / f"{kind.value}.pdf",
                              password=None if deid else EXPORT_PASSWORD)
    assert overrides(principal, case_id) == []
