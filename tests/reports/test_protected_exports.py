"""Files that leave the program with personal data are protected by a password chosen at export
time: a PDF with AES-256 (pikepdf), an .xlsx or .docx with the Office encryption
(msoffcrypto-tool). Without the password they do not open; with it they do; no child's name is in
clear in the bytes written; a bad password loses nothing; de-identified copies and statistics for
publication are saved as they are."""

from __future__ import annotations

import io
import zipfile

import msoffcrypto
import openpyxl
import pikepdf
import pytest

from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.services import audit_log, documents, protection
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.audit_text import export_events
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.excel_export import export_register
from tests.helpers import EXPORT_PASSWORD, files_containing, open_xlsx, unlock_office, unlock_pdf
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler

CASE = "VV-2024-2025/004"


def children_of(session, case_code: str) -> list[str]:
    case_id = documents.find_case(session, case_code)
    return [c.full_name for c in documents.cases.get_case(session, case_id).children]


def prepared(session, kind: ReportKind, **kw) -> documents.PreparedReport:
    if kind.needs_case:
        kw.setdefault("case_id", documents.find_case(session, CASE))
    return documents.prepare_report(session, ReportRequest(kind, **kw))


def test_a_protected_pdf_needs_its_password_and_is_aes_256():
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    canvas.drawString(72, 720, "Canary Hoang Yen")
    canvas.save()
    sealed = protection.protect_pdf(buffer.getvalue(), EXPORT_PASSWORD)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(sealed))
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(sealed), password="Gui-rieng-8")
    with pikepdf.open(io.BytesIO(sealed), password=EXPORT_PASSWORD) as pdf:
        assert pdf.is_encrypted and pdf.encryption.bits == 256
        assert pdf.encryption.R == 6 and pdf.encryption.stream_method.name == "aesv3"
        assert b"Canary" in pdf.pages[0].Contents.read_bytes()
    assert b"Canary" in buffer.getvalue() and b"Canary" not in sealed


@needs_poppler
def test_saved_case_documents_are_protected_and_name_no_child_in_clear(principal, tmp_path):
    names = children_of(principal, CASE)
    out = tmp_path / "out"
    out.mkdir()
    for kind, suffix in ((ReportKind.RESULT, ".pdf"), (ReportKind.INTAKE, ".docx"),
                         (ReportKind.REGISTER, ".pdf")):
        target = out / f"{kind.value}{suffix}"
        documents.save_report(principal, prepared(principal, kind), target,
                              password=EXPORT_PASSWORD)
        if suffix == ".pdf":
            with pytest.raises(pikepdf.PasswordError):
                pikepdf.open(target)
            assert any(n in pdftools.text(unlock_pdf(target)) for n in names) or \
                kind == ReportKind.REGISTER
        else:
            with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
                unlock_office(target, "Gui-rieng-8")
            assert zipfile.is_zipfile(io.BytesIO(unlock_office(target)))
    # the canary scan: no child's name in clear in any byte written (nor a temporary file)
    pupils = [p.full_name for p in reg.list_pupils(principal)][:20]
    assert files_containing(tmp_path, names + pupils) == []
    assert sorted(p.name for p in out.iterdir()) == ["intake.docx", "register.pdf", "result.pdf"]
    # the password is nowhere in the access log
    events = audit_log.list_events(principal, limit=10_000)
    assert not any(EXPORT_PASSWORD in e.detail for e in events)


def test_excel_exports_are_protected(principal, tmp_path):
    names = [p.full_name for p in reg.list_pupils(principal)]  # the first page of the list
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    register_file, log_file = tmp_path / "so.xlsx", tmp_path / "nhat-ky.xlsx"
    export_register(principal, register_file, password=EXPORT_PASSWORD)
    export_events(principal, log_file, password=EXPORT_PASSWORD)
    stats = tmp_path / "thong-ke.xlsx"
    documents.save_report(principal, prepared(principal, ReportKind.STATISTICS), stats,
                          password=EXPORT_PASSWORD)
    for path in (register_file, log_file, stats):
        with pytest.raises(zipfile.BadZipFile):
            openpyxl.load_workbook(path)
        with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
            unlock_office(path, "Gui-rieng-8")
        assert open_xlsx(path).active.max_row > 1
    assert {r[1].value for r in open_xlsx(register_file).active.iter_rows(min_row=2)} >= set(names)
    assert files_containing(tmp_path, names) == []


def test_a_bad_password_loses_nothing(principal, tmp_path):
    """Checked before the number is given and before any byte is written."""
    result = prepared(principal, ReportKind.RESULT)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "ket-qua.pdf"
    with pytest.raises(ValidationError) as info:
        documents.save_report(principal, result, target, password="ngan")
    assert info.value.field_errors == {"password": protection.TOO_SHORT}
    assert "8" in info.value.field_text("password")
    with pytest.raises(KimbaiError) as info:  # with personal data, no password at all: refused
        documents.save_report(principal, result, target)
    assert info.value.message == protection.PASSWORD_NEEDED
    with pytest.raises(ValidationError) as info:
        protection.check_password(EXPORT_PASSWORD, "Gui-rieng-8")
    assert info.value.field_errors == {"again": protection.NOT_SAME}
    with pytest.raises(ValidationError):
        export_register(principal, tmp_path / "so.xlsx", password="ngan")
    assert documents.list_documents(principal) == [] and list(tmp_path.iterdir()) == []


@needs_poppler
def test_de_identified_copies_and_published_statistics_are_saved_as_they_are(principal,
                                                                             tmp_path):
    deid = prepared(principal, ReportKind.DOSSIER, deidentified=True)
    assert not deid.protected
    target = tmp_path / "ho-so.pdf"
    documents.save_report(principal, deid, target)
    with pikepdf.open(target) as pdf:
        assert not pdf.is_encrypted
    published = prepared(principal, ReportKind.STATISTICS, publication=True)
    assert not published.protected and prepared(principal, ReportKind.STATISTICS).protected
    documents.save_report(principal, published, tmp_path / "cong-bo.xlsx")
    values = [c.value for row in openpyxl.load_workbook(tmp_path / "cong-bo.xlsx").active
              .iter_rows() for c in row]
    assert "dưới 5" in values and not any(v in (1, 2, 3, 4) for v in values)
    text = pdftools.text(documents.render_report(published))
    assert "dưới 5" in text and "Bảng tin nhà trường" in text
    exact = pdftools.text(documents.render_report(prepared(principal, ReportKind.STATISTICS)))
    assert "dưới 5" not in exact  # the copy for the superior body keeps exact figures


def test_printing_is_unchanged(principal):
    """Paper is not encrypted: a print goes to the printer as before."""
    printed: list[bytes] = []
    documents.output_report(principal, prepared(principal, ReportKind.RESULT),
                            lambda data: printed.append(data) or True,
                            documents.AuditAction.PRINT)
    assert printed[0][:5] == b"%PDF-" and b"/Encrypt" not in printed[0]

