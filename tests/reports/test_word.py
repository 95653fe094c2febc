"""The editable Word copy (.docx) of every document, read back with python-docx: the Nghị định 30
page and header blocks, Times New Roman without embedding, the page number from page 2, the
same text as the PDF; saved through the register and the audit trail, and from the command line."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import pytest

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.formatting import document_date_line
from kimbai_desktop.reports import blocks, word
from kimbai_desktop.reports import document as d
from kimbai_desktop.reports.charts import bar_chart
from kimbai_desktop.services import documents
from kimbai_desktop.services.audit_log import AuditFilter, list_events
from kimbai_desktop.services.demo import DEMO_PASSWORD
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.session import AppSession, unlock
from tests.cli.test_cli import run
from tests.helpers import EXPORT_PASSWORD, PASSWORD, USERNAME, make_school, unlock_office
from tests.reports import pdftools
from tests.reports.docxtools import WordDoc
from tests.reports.pdftools import needs_poppler
from tests.reports.test_reports import ON, TITLES, activity_id, case_id, inspection_id

A4_MM = {"page_width": 210.0, "page_height": 297.0, "top_margin": 20.0, "bottom_margin": 20.0,
         "left_margin": 30.0, "right_margin": 15.0}


def prepare(session: AppSession, kind: ReportKind, **kw: object) -> documents.PreparedReport:
    if kind.needs_case and "case_id" not in kw:
        kw["case_id"] = case_id(session)
    if kind.needs_activity and "activity_id" not in kw:
        kw["activity_id"] = activity_id(session)
    if kind.needs_inspection and "inspection_id" not in kw:
        kw["inspection_id"] = inspection_id(session)
    return documents.prepare_report(session, ReportRequest(kind, on=ON, **kw))  # type: ignore[arg-type]


def check_official(doc: WordDoc, spec: d.DocumentSpec, kind: ReportKind) -> None:
    """What every Word copy must show, as the PDF does."""
    assert doc.page_setup_mm() == A4_MM
    assert doc.font_names() == {"Times New Roman"}, doc.font_names()
    assert doc.runs_without_font() == 0 and doc.embedded_fonts() == []
    header = doc.blocks[0]
    assert header.kind == "tbl"
    (left_top, right_top), (number, date_line) = header.cells
    assert left_top.splitlines() == [spec.superior_body.upper(), spec.issuer.upper()]
    assert right_top.splitlines() == [d.NATIONAL_TITLE, d.MOTTO]
    assert number == d.number_line(spec)
    assert number.startswith("Số:") if spec.kind.numbered else number == ""  # a list to sign
    assert date_line == document_date_line(spec.place, spec.date)
    assert doc.blocks[1].text == TITLES[kind] == spec.type_name.upper()
    if spec.summary:
        assert doc.blocks[2].text == d.keep_together(spec.summary)
    closing = next(b for b in reversed(doc.blocks) if b.kind == "tbl")
    if kind != ReportKind.ATTENDANCE:
        recipients = closing.cells[-1][0].splitlines()
        assert recipients[0] == "Nơi nhận:" and recipients[-1] == "- Lưu: VT."
        assert all(r.startswith("- ") and r.endswith(";") for r in recipients[1:-1])
    sign = closing.cells[0][-1].splitlines()  # [prefix,] position, name
    assert sign[-1] == spec.signer.name and spec.signer.name
    assert sign[-2] == spec.signer.position.upper()
    # the page number: in the header from page 2, none on page 1
    assert doc.section.different_first_page_header_footer
    assert doc.header_fields() == ["PAGE"] and doc.header_fields(first=True) == []
    assert doc.doubled_punctuation() == []
    charts = sum(1 for f in spec.body if type(f).__name__ == "Drawing")
    assert doc.pictures() == charts


@pytest.mark.parametrize("kind", list(ReportKind), ids=lambda k: k.value)
def test_every_kind_as_word_on_the_demo_school(principal, kind):
    prepared = prepare(principal, kind)
    check_official(WordDoc(word.render_docx(prepared.spec)), prepared.spec, kind)


@pytest.fixture
def empty_school(data_dir):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD,
                     clock=FixedClock(datetime(2024, 11, 20, 3, tzinfo=UTC)))
    yield session
    session.close()


@pytest.mark.parametrize("kind", [k for k in ReportKind
                                  if not (k.needs_case or k.needs_activity or k.needs_inspection)],
                         ids=lambda k: k.value)
def test_every_kind_as_word_on_a_school_with_no_data(empty_school, kind):
    """(A school with no data has no case and no activity to make the other kinds of.)"""
    prepared = documents.prepare_report(empty_school, ReportRequest(kind, on=ON))
    check_official(WordDoc(word.render_docx(prepared.spec)), prepared.spec, kind)


def _body_words(doc: WordDoc, spec: d.DocumentSpec) -> list[str]:
    """The words of the body: between the trích yếu and the closing table."""
    start = 3 if spec.summary else 2
    closing = max(i for i, b in enumerate(doc.blocks) if b.kind == "tbl")
    return " ".join(b.text for b in doc.blocks[start:closing]).split()


def _pdf_words(pdf: bytes) -> list[str]:
    """The PDF's words without its page numbers (each page from 2 starts with its number)."""
    pages = pdftools.page_texts(pdf)
    return " ".join(p.removeprefix(str(n)) if n > 1 else p
                    for n, p in enumerate(pages, 1)).split()


@needs_poppler
@pytest.mark.parametrize("kind", [ReportKind.PLAN, ReportKind.RESULT, ReportKind.INTAKE,
                                  ReportKind.AUDIT, ReportKind.STATISTICS, ReportKind.PERIODIC,
                                  ReportKind.DOSSIER], ids=lambda k: k.value)
def test_the_word_body_says_what_the_pdf_says(principal, kind):
    """Every word of the Word body is in the PDF as often. The PDF has a few more: the labels
    of its charts (a picture in Word), table headers repeated on a new page, the closing.
    A body of paragraphs only (the plan) reads the same, in the same order."""
    prepared = prepare(principal, kind)
    pdf = _pdf_words(documents.render_report(prepared))
    body = _body_words(WordDoc(word.render_docx(prepared.spec)), prepared.spec)
    assert len(body) > 100
    assert Counter(body) - Counter(pdf) == Counter()
    if kind == ReportKind.PLAN:
        assert "".join(body) in "".join(pdf)


def test_tables_keep_their_header_row_spans_and_bold_totals(principal):
    prepared = prepare(principal, ReportKind.PERIODIC)
    doc = WordDoc(word.render_docx(prepared.spec))
    body_tables = doc.doc.tables[1:-1]
    assert len(body_tables) >= 4
    for table in body_tables:
        first = table.rows[0]._tr
        assert first.find(f".//{{{_W}}}tblHeader") is not None  # repeated on every page
        assert table._tbl.find(f".//{{{_W}}}tblBorders/{{{_W}}}insideH").get(f"{{{_W}}}val") \
            == "single"
    totals = [t for t in body_tables if t.rows[-1].cells[1].text == "Tổng cộng"]
    assert totals and all(r.bold for t in totals for p in t.rows[-1].cells[1].paragraphs
                          for r in p.runs)
    grouped = next(t for t in body_tables if t.rows[0].cells[0].text == "Nội dung")
    head = grouped.rows[1]
    assert head.cells[0]._tc is head.cells[1]._tc  # the sub-heading spans the row
    assert all(r.bold for p in head.cells[0].paragraphs for r in p.runs)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_a_signer_for_the_head_and_a_second_signer():
    signer = d.Signer("Trần Văn Phó", "Phó hiệu trưởng", "KT. Hiệu trưởng")
    spec = d.DocumentSpec(d.DocumentType.MINUTES, "UBND xã Kim Bài", "Trường Tiểu học Kim Bài",
                          "THKB", "Kiểm tra", signer, "Kim Bài", date(2024, 6, 5),
                          (blocks.para("Nội dung."),), number=5,
                          co_signer=d.Signer("Lê Thị Thư", "Thư ký"))
    doc = WordDoc(word.render_docx(spec))
    assert doc.blocks[0].cells[1][0] == "Số: 05/BB-THKB"
    assert doc.blocks[0].cells[1][1] == "Kim Bài, ngày 05 tháng 6 năm 2024"
    closing = doc.blocks[-1]
    assert closing.cells[0][1].splitlines() == ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
                                                "Trần Văn Phó"]
    assert closing.cells[0][0].splitlines() == ["THƯ KÝ", "Lê Thị Thư"]
    assert closing.cells[1][0].splitlines() == ["Nơi nhận:", "- Lưu: VT."]


def test_hostile_text_gives_a_document_not_an_exception():
    nasty = ("x" * 10_000 + " \u202e\u200f عربى 😀 \x00\x07\x1b tab\tend\n" + "Ả" * 3000)
    spec = d.DocumentSpec(d.DocumentType.REPORT, "UBND", "Trường", "THKB", "Tóm tắt",
                          d.Signer("Ng"), "Kim Bài", date(2024, 6, 5),
                          (blocks.para(nasty), blocks.field("Ghi chú", nasty),
                           bar_chart([("a", 1)], 200, title="T")))
    doc = WordDoc(word.render_docx(spec))
    assert "x" * 10_000 in doc.text and "😀" in doc.text and "\x00" not in doc.text


# -- saving: the register, the audit trail, the file ---------------------------------------------


def test_saving_as_word_takes_a_number_and_is_audited(principal, tmp_path):
    plan = prepare(principal, ReportKind.PLAN)
    target = tmp_path / "ke-hoach.docx"
    saved = documents.save_report(principal, plan, target)
    assert saved.entry is not None and saved.entry.reference == "01/KH-THMAU"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo", "ke-hoach.docx"]
    doc = WordDoc(target.read_bytes())
    assert doc.blocks[0].cells[1][0] == "Số: 01/KH-THMAU"
    pdf = documents.save_report(principal, plan, tmp_path / "ke-hoach.pdf")
    assert pdf.entry is not None and pdf.entry.reference == "02/KH-THMAU"  # the same register
    exports = list_events(principal, AuditFilter(action=AuditAction.EXPORT, record_type="document"))
    details = sorted(e.detail for e in exports)
    assert details[0].startswith("01/KH-THMAU plan") and details[0].endswith(" docx")
    assert details[1].startswith("02/KH-THMAU plan") and details[1].endswith(" pdf")


def test_a_word_copy_that_cannot_be_written_voids_its_number(principal, tmp_path):
    plan = prepare(principal, ReportKind.PLAN)
    with pytest.raises(KimbaiError):
        documents.save_report(principal, plan, tmp_path / "missing" / "ke-hoach.docx")
    [entry] = documents.list_documents(principal)
    assert entry.voided and not (tmp_path / "missing").exists()


def test_the_command_line_picks_word_by_the_extension(demo_dir, tmp_path):
    out = tmp_path / "out" / "bao-cao.docx"
    out.parent.mkdir()
    code, stdout, err = run(["report", "result", "--data-dir", str(demo_dir), "--user", "demo",
                             "--password-stdin", "--out", str(out), "--case",
                             "VV-2024-2025/004"], DEMO_PASSWORD + "\n" + EXPORT_PASSWORD + "\n")
    assert code == 0, err
    assert "01/BC-THMAU" in stdout and str(out) in stdout
    doc = WordDoc(unlock_office(out))
    assert doc.blocks[0].cells[1][0] == "Số: 01/BC-THMAU"
    assert sorted(p.name for p in out.parent.iterdir()) == ["bao-cao.docx"]
