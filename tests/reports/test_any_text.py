"""Any text a user can type reaches every report builder safely: long words, emoji,
right-to-left marks, control characters, 10,000 characters without a space. The result is a
PDF, or a clear message from the services (a limit), never an exception from the layout."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.services import case_work, documents
from kimbai_desktop.services.documents import ReportKind, ReportRequest
from tests.reports.test_reports import case_id

ON = date(2024, 11, 20)
AWKWARD = st.one_of(
    st.text(min_size=1, max_size=300),  # any code point hypothesis likes, controls included
    st.text(alphabet="ĐđƯưƠơẠ\u202e\u200f\u0000\u001b\U0001f600 \n", min_size=1, max_size=200),
    st.integers(1, 10_000).map(lambda n: "x" * n),  # one word, up to 10,000 characters
    st.integers(1, 400).map(lambda n: "😀" * n + " \u202ebao-cao\u202c.pdf"),
    st.text(min_size=1, max_size=50).map(lambda t: (t + " ") * 40),
)
FAST = settings(max_examples=12, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def render(session, kind: ReportKind, **kw) -> bytes:
    prepared = documents.prepare_report(session, ReportRequest(kind, on=ON, **kw))
    return documents.render_report(prepared)


@FAST
@given(text=AWKWARD)
def test_a_chronology_entry_of_any_text_renders_in_every_case_document(principal, text):
    cid = case_id(principal)
    try:
        case_work.add_entry(principal, cid, EntryKind.NOTE, text)
    except KimbaiError:
        return  # refused with a message (empty once cleaned, or over the limit)
    for kind in (ReportKind.DOSSIER, ReportKind.RESULT, ReportKind.INTAKE):
        for deidentified in (False, True):
            assert render(principal, kind, case_id=cid, deidentified=deidentified)[:5] == b"%PDF-"


@FAST
@given(text=AWKWARD, signer=AWKWARD, recipient=AWKWARD)
def test_edited_texts_recipients_and_signer_of_any_text_render(principal, text, signer,
                                                               recipient):
    from kimbai_desktop.reports.document import Signer

    for kind, field in ((ReportKind.PERIODIC, "summary_text"), (ReportKind.PLAN, "plan_text")):
        try:
            pdf = render(principal, kind, signer=Signer(signer[:120]),
                         recipients=(recipient[:200],), **{field: text})
        except KimbaiError:
            continue
        assert pdf[:5] == b"%PDF-"
