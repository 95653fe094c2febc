"""The benchmarks' synthetic data reads exactly like data the app wrote itself (small scale)."""

from __future__ import annotations

from pathlib import Path

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.text import vn_sorted
from kimbai_desktop.reports.catalogue import ReportKind, ReportRequest
from kimbai_desktop.services import cases, documents, register
from kimbai_desktop.services.audit_log import verify_chain
from kimbai_desktop.services.session import unlock
from kimbai_desktop.storage import chronology
from tests.bench import synth
from tests.helpers import PASSWORD, USERNAME, make_school


def test_tiny_scale_is_consistent(data_dir: Path) -> None:
    make_school(data_dir, school_year=synth.CURRENT_YEAR)
    session = unlock(data_dir, USERNAME, PASSWORD, clock=FixedClock(synth.NOW))
    try:
        made = synth.generate(session.engine, synth.Scale.tiny(), seed=7)
        assert made.pupils == 400 and 0 < made.active_pupils < 400
        assert made.cases == 30 and made.entries >= made.cases

        assert verify_chain(session).ok
        with session.db() as s:
            for case_id in range(1, made.cases + 1):
                assert chronology.verify(s, case_id).ok

        rows = register.list_pupils(session, limit=1000)
        assert len(rows) == made.active_pupils == register.count_pupils(session)
        names = [r.full_name for r in rows]
        assert names == vn_sorted(names)
        somebody = rows[5].full_name
        folded = register.list_pupils(session, register.PupilQuery(text=somebody.lower()))
        assert somebody in [r.full_name for r in folded]

        listed = cases.list_cases(session, limit=1000)
        assert len(listed) == made.cases  # the principal sees restricted cases too
        detail = cases.get_case(session, listed[0].id)
        assert detail.brief.code == listed[0].code and detail.children

        prepared = documents.prepare_report(session, ReportRequest(ReportKind.PERIODIC))
        assert documents.render_report(prepared).startswith(b"%PDF")
    finally:
        session.close()


def test_generation_is_deterministic(tmp_path: Path) -> None:
    def names(folder: Path) -> list[str]:
        make_school(folder, school_year=synth.CURRENT_YEAR)
        session = unlock(folder, USERNAME, PASSWORD, clock=FixedClock(synth.NOW))
        try:
            synth.generate(session.engine, synth.Scale.tiny(), seed=3)
            return [r.full_name for r in register.list_pupils(session, limit=50)]
        finally:
            session.close()

    assert names(tmp_path / "a") == names(tmp_path / "b")
