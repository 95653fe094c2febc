"""What a clerk would rewrite: sentences that count nothing ("Tổ chức 0 hoạt động với 0 lượt"),
labels with a capital in mid-sentence, two full stops after initials."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from reportlab.platypus import Paragraph

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.deidentify import Deidentifier, NameBook
from kimbai_desktop.reports.text import mid_sentence
from kimbai_desktop.services import documents
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school

ZERO_COUNT = re.compile(
    r"(?<![\d.,/])0 (?:hoạt động|lượt|trẻ em|buổi|vụ việc|người|giờ|chỉ tiêu|tiết)")


def sentences(prepared: documents.PreparedReport) -> list[str]:
    return [f.getPlainText() for f in prepared.spec.body if isinstance(f, Paragraph)]


@pytest.fixture
def empty_school(data_dir):
    make_school(data_dir)
    session = unlock(data_dir, USERNAME, PASSWORD,
                     clock=FixedClock(datetime(2024, 11, 20, 3, tzinfo=UTC)))
    yield session
    session.close()


@pytest.mark.parametrize("kind", [k for k in ReportKind
                                  if not (k.needs_case or k.needs_activity
                                          or k.needs_inspection)],
                         ids=lambda k: k.value)
def test_a_school_with_no_data_gets_official_documents_that_count_no_zero(empty_school, kind):
    from tests.reports.test_reports import check_official

    on = date(2024, 11, 20)
    prepared = documents.prepare_report(empty_school, ReportRequest(kind, on=on))
    check_official(documents.render_report(prepared), empty_school.school_profile(), kind, on)
    for text in sentences(prepared):
        assert not ZERO_COUNT.search(text), text


def test_labels_lose_their_capital_inside_a_sentence_but_names_keep_it():
    assert mid_sentence("Cơ quan quản lý giáo dục") == "cơ quan quản lý giáo dục"
    assert mid_sentence("Tổng đài 111") == "Tổng đài 111"
    assert mid_sentence("UBND xã") == "UBND xã"


def test_a_child_at_the_end_of_a_sentence_keeps_one_full_stop():
    clean = Deidentifier(NameBook(children=("Đào Thị Anh",)))
    assert clean("Cô giáo gặp em Đào Thị Anh. Sau đó").text == "Cô giáo gặp Trẻ A. Sau đó"
    assert clean("em Đ.T.A., lớp").text == "Trẻ A, lớp"


@pytest.mark.parametrize("top", [1, 3, 7, 12, 38, 58, 99, 265, 290, 1_000, 4_321])
def test_chart_axes_count_in_round_steps(top):
    """An axis reads 0/50/100/150 ..., never 0/58/116/174/232/290."""
    from kimbai_desktop.reports.charts import _axis_max, _axis_step

    step = _axis_step(top)
    assert str(step).strip("0") in {"1", "2", "5"}
    assert top / step <= 6 and _axis_max(top) > top and _axis_max(top) % step == 0
