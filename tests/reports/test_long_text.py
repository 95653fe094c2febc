"""Long text is safe in every case document: a chronology entry, a narrative or a note of
20,000 characters (the longest the services accept) renders, split across pages."""

from __future__ import annotations

import pytest

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.services import case_work
from kimbai_desktop.services.documents import ReportKind
from tests.reports import pdftools
from tests.reports.pdftools import needs_poppler
from tests.reports.test_reports import case_id, make

pytestmark = needs_poppler

SENTENCE = "Em kể lại rằng buổi chiều hôm đó em bị bạn cùng lớp xô ngã ở sân trường. "


def long_text(n: int) -> str:
    return (SENTENCE * (n // len(SENTENCE) + 1))[:n]


@pytest.mark.parametrize("size", [2_500, 20_000])
@pytest.mark.parametrize("kind", [ReportKind.DOSSIER, ReportKind.RESULT, ReportKind.INTAKE],
                         ids=lambda k: k.value)
def test_a_long_chronology_entry_splits_across_pages(principal, kind, size):
    cid = case_id(principal)
    case_work.add_entry(principal, cid, EntryKind.NOTE, long_text(size - 5) + " KẾT.")
    pdf = make(principal, kind, case_id=cid)
    if kind is ReportKind.DOSSIER:
        assert "KẾT." in pdftools.text(pdf)


def stt_column(pdf: bytes, section: str, next_section: str) -> list[int]:
    """The numbers in the first (STT) column of a section's table, top to bottom, every page."""
    from kimbai_desktop.reports import document as d

    inside, numbers = False, []
    for w in sorted(pdftools.words(pdf), key=lambda w: (w.page, w.y0, w.x0)):
        if w.text == section.split()[0] and section in line(pdf, w):
            inside = True
        elif inside and w.text == next_section.split()[0] and next_section in line(pdf, w):
            break
        elif inside and w.text.isdigit() and w.x1 <= d.LEFT_MARGIN + 14 * 2.8346 and w.y0 > 40:
            numbers.append(int(w.text))
    return numbers


def line(pdf: bytes, anchor: pdftools.Word) -> str:
    return " ".join(w.text for w in sorted(pdftools.words(pdf), key=lambda w: w.x0)
                    if w.page == anchor.page and abs(w.y0 - anchor.y0) < 2)


def test_the_dossier_numbers_the_story_in_the_order_it_prints(principal):
    """The demo case holds an entry about an earlier event written after later ones: it falls
    into place, rows still read 1, 2, 3 ..., and it says its number in the order of writing."""
    pdf = make(principal, ReportKind.DOSSIER)
    numbers = stt_column(pdf, "III. DIỄN BIẾN", "IV. THÔNG BÁO")
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    text = pdftools.text(pdf)
    assert "theo thứ tự ghi sổ): toàn vẹn" in text


def test_steps_are_listed_in_the_order_they_were_done(principal):
    from kimbai_desktop.services.cases import get_case

    detail = get_case(principal, case_id(principal))
    done = sorted((s for s in detail.steps if s.done_at), key=lambda s: s.done_at)
    for kind, start, end in ((ReportKind.RESULT, "2. Các bước đã thực hiện", "3. Biện pháp"),
                             (ReportKind.DOSSIER, "II. CÁC BƯỚC XỬ LÝ", "III. DIỄN BIẾN")):
        text = " ".join(pdftools.text(make(principal, kind)).split())
        text = text[text.index(start):text.index(end)]
        places = [text.find(s.step.vi) for s in done if s.step.vi in text]
        assert places == sorted(places), kind


def test_the_result_report_shows_what_came_of_each_call_as_the_dossier_does(principal):
    from kimbai_desktop.services import case_work

    calls = case_work.list_notifications(principal, case_id(principal))
    reached = [c for c in calls if c.person_reached or c.reference]
    assert reached
    text = " ".join(pdftools.text(make(principal, ReportKind.RESULT)).split())
    for c in reached:
        for part in (c.person_reached, c.reference):
            if part:
                assert part.split()[0] in text


def test_the_intake_is_a_form_the_officer_signs_and_fills_by_hand(principal):
    """Mẫu số 01: the parents' name, age and occupation (what the register does not hold is a
    dotted line), the receiving officer's signature beside the principal's, and a blank field
    printed as a dotted line; an unknown time reads the same in the intake and the dossier."""
    from kimbai_desktop.reports.text import EMPTY, UNKNOWN_TIME

    text = " ".join(pdftools.text(make(principal, ReportKind.INTAKE)).split())
    assert "(họ tên, tuổi, nghề nghiệp)" in text and f"tuổi: {EMPTY}" in text
    assert "CÁN BỘ TIẾP NHẬN" in text and "HIỆU TRƯỞNG" in text
    assert "…" not in text
    for kind in (ReportKind.INTAKE, ReportKind.DOSSIER):
        doc = " ".join(pdftools.text(make(principal, kind, case_id=case_id(principal, "001")))
                       .split())
        if "xảy ra vụ việc:" in doc or "Thời gian xảy ra:" in doc:
            assert UNKNOWN_TIME in doc or ":" in doc


def test_words_a_clerk_would_not_rewrite(principal):
    dossier = " ".join(pdftools.text(make(principal, ReportKind.DOSSIER)).split())
    assert "xa nhất" not in dossier and "bước hiện tại:" in dossier
    assert "Tổng hợp hồ sơ vụ việc VV-" in dossier
    pdf = make(principal, ReportKind.INTAKE)
    lines = pdftools.text(pdf).splitlines()
    code_line = next(x for x in lines if "(hồ sơ" in x or "sơ VV-" in x)
    assert "(hồ sơ VV-" in code_line.replace("\u00a0", " ")  # the parenthesis is never broken
    # "Bước quy trình" stays on one line in the dossier's narrow "Loại" column
    words = pdftools.words(make(principal, ReportKind.DOSSIER))
    for w in words:
        if w.text == "quy":
            after = [x for x in words if x.page == w.page and x.text == "trình"
                     and abs(x.x0 - w.x1) < 8]
            assert any(abs(x.y0 - w.y0) < 2 for x in after), "Bước quy / trình"


def test_every_narrative_of_an_intake_at_its_limit_renders(principal, clock):
    """A case whose every free-text field is as long as the services accept (20,000 characters
    for narratives, the stated limit of each other field): every case document renders, split
    across pages, in full and de-identified."""
    from datetime import timedelta

    from kimbai_desktop.domain import limits
    from kimbai_desktop.domain.cases import Place
    from kimbai_desktop.domain.enums import AbuseForm, CaseSubject, InfoSource, RiskLevel, Sex
    from kimbai_desktop.services import cases as cs

    def sized(limit) -> str:
        return long_text(limit.max_chars - 5) + " KẾT."

    now = clock.now()
    cid = cs.open_case(principal, cs.CaseIntake(
        children=(cs.ChildInput(full_name="Lê Thị Mai", age=9, sex=Sex.FEMALE),),
        forms=(AbuseForm.VIOLENCE,), received_at=now - timedelta(hours=1),
        discovered_at=now - timedelta(hours=2), source=InfoSource.IN_PERSON, place=Place.SCHOOL,
        subject=CaseSubject.ABUSED, risk_level=RiskLevel.HIGH, summary=sized(limits.NARRATIVE),
        current_situation=sized(limits.NARRATIVE), likely_consequences=sized(limits.NARRATIVE),
        family_situation=sized(limits.NARRATIVE), immediate_actions=sized(limits.NARRATIVE),
        injuries=sized(limits.NARRATIVE)))
    case_work.add_entry(principal, cid, EntryKind.NOTE, sized(limits.NARRATIVE))
    for kind in (ReportKind.INTAKE, ReportKind.RESULT, ReportKind.DOSSIER):
        for deidentified in (False, True):
            pdf = make(principal, kind, case_id=cid, deidentified=deidentified)
            assert pdftools.page_count(pdf) > 5
