"""The body map on paper (issue 21, point 5): the intake and the dossier draw the outlines with
the numbered marks and list them in a table; they stay official documents; a de-identified copy
keeps the map but passes each mark's note through the de-identifier."""

from __future__ import annotations

from kimbai_desktop.domain.body_map import InjuryKind, MarkInput, Region, Side
from kimbai_desktop.services import body_map, cases
from kimbai_desktop.services.documents import ReportKind
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler
from tests.reports.test_reports import ON, case_id, check_official, make

pytestmark = needs_poppler


def marked_case(session) -> tuple[int, str]:
    cid = case_id(session)
    child = cases.get_case(session, cid).children[0].full_name
    arm = Region.R_FOREARM
    body_map.add_marks(session, cid, [
        MarkInput(Side.FRONT, arm.x, arm.y, InjuryKind.BRUISE, "2,5", "Tím",
                  f"Vết bầm {child} nói do bị nắm chặt"),
        MarkInput(Side.BACK, Region.BUTTOCKS.x, Region.BUTTOCKS.y, InjuryKind.BURN, "", "Đỏ",
                  "Vết bỏng tròn nhỏ"),
    ])
    return cid, child


def test_intake_and_dossier_print_the_map_and_its_table(principal):
    cid, child = marked_case(principal)
    for kind in (ReportKind.INTAKE, ReportKind.DOSSIER):
        pdf = make(principal, kind, case_id=cid)
        check_official(pdf, principal.school_profile(), kind, ON)
        flat = " ".join(pdftools.text(pdf).split())
        for words in ("Sơ đồ thương tích", "Mặt trước", "Mặt sau", "Vị trí", "Kích thước",
                      "Cẳng tay phải (mặt trước)", "Bầm tím", "2,5 cm", "Tím",
                      "Mông (mặt sau)", "Bỏng", "Vết bỏng tròn nhỏ", child):
            assert words in flat, (kind, words)


def test_deidentified_copy_keeps_the_map_not_the_name_in_a_note(principal):
    cid, child = marked_case(principal)
    for kind in (ReportKind.INTAKE, ReportKind.DOSSIER):
        pdf = make(principal, kind, case_id=cid, deidentified=True)
        check_official(pdf, principal.school_profile(), kind, ON)
        flat = " ".join(pdftools.text(pdf).split())
        assert "Sơ đồ thương tích" in flat and "Cẳng tay phải" in flat and "Bầm tím" in flat
        assert "Vết bầm Trẻ A nói do bị nắm chặt" in flat or "Vết bầm [tên]" in flat, flat[-800:]
        assert child not in flat


def test_the_word_copy_has_the_map_as_a_picture_and_the_table(principal):
    from kimbai_desktop.reports import word
    from tests.reports.docxtools import WordDoc
    from tests.reports.test_word import check_official as check_word
    from tests.reports.test_word import prepare

    cid, _ = marked_case(principal)
    prepared = prepare(principal, ReportKind.INTAKE, case_id=cid)
    doc = WordDoc(word.render_docx(prepared.spec))
    check_word(doc, prepared.spec, ReportKind.INTAKE)  # one picture: the body map
    assert doc.pictures() == 1
    assert "Cẳng tay phải (mặt trước)" in doc.text and "Bầm tím" in doc.text
