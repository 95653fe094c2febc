"""The outgoing-document register: numbers per year and type, allocated on output, never given
twice (not even after a failed or cancelled output), every save or print audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.services import documents
from kimbai_desktop.services.audit_log import AuditFilter, list_events
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.storage.models import OutgoingDocument
from tests.helpers import EXPORT_PASSWORD


def prepared(session, kind=ReportKind.PLAN, on=date(2024, 11, 20)):
    return documents.prepare_report(session, ReportRequest(kind, on=on))


def test_numbers_run_per_year_and_type(principal):
    plan = prepared(principal)
    stats = prepared(principal, ReportKind.STATISTICS)
    refs = [documents.issue_document(principal, p).entry.reference
            for p in (plan, plan, stats, plan, stats)]
    assert refs == ["01/KH-THMAU", "02/KH-THMAU", "01/BC-THMAU", "03/KH-THMAU", "02/BC-THMAU"]
    next_year = prepared(principal, on=date(2025, 1, 2))
    issued = documents.issue_document(principal, next_year)
    assert issued.entry.reference == "01/KH-THMAU" and issued.entry.year == 2025
    assert issued.prepared.spec.number == 1 and plan.spec.number is None  # preview unnumbered


def test_a_number_is_never_given_twice(principal, tmp_path):
    plan = prepared(principal)
    first = documents.issue_document(principal, plan).entry
    documents.void_document(principal, first.id, "Máy in bị kẹt giấy")
    # a cancelled print after allocation keeps its number taken, and says why
    cancelled = documents.output_report(principal, plan, lambda data: False, AuditAction.PRINT)
    with pytest.raises(RuntimeError):
        documents.output_report(principal, plan, _broken_printer, AuditAction.PRINT)
    saved = documents.save_report(principal, plan, tmp_path / "ke-hoach.pdf")
    entries = {e.number: e for e in documents.list_documents(principal, 2024)}
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[1].voided and entries[1].void_reason == "Máy in bị kẹt giấy"
    assert entries[2].voided and cancelled.entry.number == 2
    assert entries[3].voided and "RuntimeError" in entries[3].void_reason
    assert not entries[4].voided and saved.entry is not None and saved.entry.number == 4
    with pytest.raises(IntegrityError), principal.write() as s:  # the database refuses too
        row = s.get(OutgoingDocument, saved.entry.id)
        s.add(OutgoingDocument(**{c: getattr(row, c) for c in (
            "year", "doc_type", "number", "symbol", "issued_on", "title", "summary",
            "report_kind", "record_type", "record_id", "signer_name", "created_by",
            "created_at", "voided", "void_reason")}))
        s.flush()


def _broken_printer(data: bytes) -> bool:
    raise RuntimeError("printer offline")


def test_saves_and_prints_are_audited_without_contents(principal, tmp_path):
    plan = prepared(principal)
    saved = documents.save_report(principal, plan, tmp_path / "plan.pdf")
    assert saved.path.read_bytes().startswith(b"%PDF")
    printed = documents.output_report(principal, plan, lambda data: None, AuditAction.PRINT)
    exports = list_events(principal, AuditFilter(action=AuditAction.EXPORT, record_type="document"))
    prints = list_events(principal, AuditFilter(action=AuditAction.PRINT, record_type="document"))
    assert [e.record_id for e in exports] == [str(saved.entry.id)]
    assert [e.record_id for e in prints] == [str(printed.entry.id)]
    assert "01/KH-THMAU" in exports[0].detail and "plan" in exports[0].detail


def test_the_xlsx_statistics_are_audited_and_take_no_number(sign_in, tmp_path):
    viewer = sign_in("thongke")
    stats = prepared(viewer, ReportKind.STATISTICS)
    saved = documents.save_report(viewer, stats, tmp_path / "thong-ke.xlsx",
                                  password=EXPORT_PASSWORD)
    assert saved.entry is None and saved.path.stat().st_size > 0
    principal = sign_in("demo")
    assert documents.list_documents(principal) == []
    events = list_events(principal, AuditFilter(action=AuditAction.EXPORT, record_type="report"))
    assert [(e.actor, e.record_id, e.detail) for e in events] == [
        ("thongke", "statistics", "xlsx")]


def test_a_document_for_a_case_records_the_case_not_the_childs_name(principal, tmp_path):
    case = documents.find_case(principal, f"VV-{principal.school_profile().school_year}/004")
    result = documents.prepare_report(principal, ReportRequest(ReportKind.RESULT, case_id=case))
    entry = documents.save_report(principal, result, tmp_path / "bao-cao.pdf",
                                  password=EXPORT_PASSWORD).entry
    assert entry is not None
    assert (entry.record_type, entry.record_id) == ("case", str(case))
    assert entry.summary.startswith("Kết quả xử lý vụ việc (hồ sơ VV-")
    names = [c.full_name for c in documents.cases.get_case(principal, case).children]
    assert not any(n in entry.summary for n in names)


def test_a_signer_other_than_the_principal(principal):
    signer = documents.Signer("Trần Văn Phó", "PHÓ HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG")
    p = documents.prepare_report(principal, ReportRequest(ReportKind.PLAN, signer=signer))
    entry = documents.issue_document(principal, replace(p)).entry
    assert entry.signer_name == "Trần Văn Phó"
