"""The overview's figures (services.dashboard) on the demo school, each checked against a count
made independently: the rows themselves, the register list, the statistics sheet, the targets.

Counts only: a counsellor counts the cases she may see, the report viewer every case; a section
the user may not see is None, and a teacher gets none at all."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import AbuseForm, ProtectionLevel, SpecialCircumstance
from kimbai_desktop.domain.errors import PermissionDenied
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import cases, periodic_report, register, training
from kimbai_desktop.services.dashboard import Dashboard, dashboard
from kimbai_desktop.services.demo import DEMO_PASSWORD, create_demo
from kimbai_desktop.services.session import AppSession, unlock
from kimbai_desktop.storage import keyslots
from kimbai_desktop.storage.models import AuditEvent, Case, Circumstance
from tests.conftest import FAST_KDF

DEMO_NOW = datetime(2024, 11, 20, 2, 0, tzinfo=UTC)  # 09:00 at the school
YEAR = "2024-2025"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard-demo") / "data"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
        create_demo(folder, clock=FixedClock(DEMO_NOW))
    return folder


@pytest.fixture
def sign_in(template: Path, tmp_path: Path) -> Iterator[Callable[[str], AppSession]]:
    folder = tmp_path / "demo"
    shutil.copytree(template, folder)
    opened: list[AppSession] = []

    def _sign_in(username: str) -> AppSession:
        session = unlock(folder, username, DEMO_PASSWORD, clock=FixedClock(DEMO_NOW))
        opened.append(session)
        return session

    yield _sign_in
    for session in opened:
        session.close()


# -- independent counts -------------------------------------------------------------------------


def all_cases_of(session: AppSession, year: str) -> list[tuple[str, list[str]]]:
    """(status, forms) of every case of the year, read row by row."""
    with session.db() as s:
        return [(c.status, json.loads(c.forms))
                for c in s.scalars(select(Case).where(Case.school_year == year))]


def visible_cases_of(session: AppSession, year: str) -> list[tuple[str, list[str]]]:
    return [(b.status.value, [f.value for f in b.forms])
            for b in cases.list_cases(session, cases.CaseQuery(school_year=year), limit=10_000)]


def check_cases(d: Dashboard, rows: list[tuple[str, list[str]]]) -> None:
    assert d.cases is not None
    assert d.cases.total == len(rows)
    statuses = Counter(status for status, _ in rows)
    assert d.cases.by_status == tuple((s, statuses[s.value]) for s in CaseStatus)
    forms = Counter(f for _, fs in rows for f in set(fs))
    assert d.cases.by_form == tuple((f, forms[f.value]) for f in AbuseForm)


def check_register(d: Dashboard, principal: AppSession) -> None:
    reg = d.register
    assert reg is not None
    rows = register.list_pupils(principal, register.PupilQuery(in_register_only=True),
                                limit=10_000)
    assert reg.total == len(rows) > 0
    levels = Counter(r.level for r in rows)
    assert reg.by_level == tuple((lv, levels[lv]) for lv in ProtectionLevel)
    groups = Counter(g for r in rows for g in r.groups)
    assert reg.by_group == tuple((g, groups[g]) for g in SpecialCircumstance)
    every = register.list_pupils(principal, register.PupilQuery(), limit=10_000)
    assert reg.at_risk == sum(1 for r in every if r.at_risk)
    states = Counter(r.review_state for r in every)
    assert (reg.reviews_overdue, reg.reviews_due_soon) == (states["overdue"], states["due_soon"])
    assert reg.reviews_due == register.count_pupils(principal, register.PupilQuery(review="due"))
    # ... and the very numbers the statistics sheet prints for the same day
    period = periodic_report.report_period(YEAR)
    sheet = periodic_report.case_statistics(principal, period, reg.on)
    assert [n for _, n in sheet.by_level] == [n for _, n in reg.by_level]
    assert [n for _, n in sheet.by_group] == [n for _, n in reg.by_group]
    assert (sheet.register_total, sheet.at_risk) == (reg.total, reg.at_risk)


# -- the tests ----------------------------------------------------------------------------------


def test_the_principal_sees_every_figure_of_the_cases_she_may_see(sign_in) -> None:
    principal = sign_in("demo")
    d = dashboard(principal)
    assert d.school_year == YEAR and d.on == DEMO_NOW.date()
    rows = visible_cases_of(principal, YEAR)
    assert len(rows) == 8
    check_cases(d, rows)
    assert d.cases is not None and not d.cases.all_cases
    assert d.cases.status_count(CaseStatus.OPEN) == 7
    assert d.cases.form_count(AbuseForm.VIOLENCE) == 3  # two cases with one form, one with two
    assert sum(n for _, n in d.cases.by_form) > d.cases.total  # one case, two forms
    check_register(d, principal)


def test_the_counsellor_does_not_count_the_principals_restricted_case(sign_in) -> None:
    counsellor, principal = sign_in("tuvan"), sign_in("demo")
    d = dashboard(counsellor)
    rows = visible_cases_of(counsellor, YEAR)
    assert len(rows) == 7 == len(all_cases_of(principal, YEAR)) - 1
    check_cases(d, rows)
    check_register(d, principal)


def test_the_report_viewer_gets_counts_of_every_case_and_nothing_else(sign_in) -> None:
    viewer, principal = sign_in("thongke"), sign_in("demo")
    assert not viewer.can(Permission.MANAGE_CASES) and viewer.can(Permission.VIEW_STATISTICS)
    with pytest.raises(PermissionDenied):
        cases.list_cases(viewer, cases.CaseQuery())  # no case may be seen ...
    d = dashboard(viewer)
    check_cases(d, all_cases_of(principal, YEAR))  # ... but every case is counted
    assert d.cases is not None and d.cases.all_cases and d.cases.total == 8
    check_register(d, principal)
    assert d.targets is not None and len(d.targets) == 4


def test_training_targets_come_with_their_progress(sign_in) -> None:
    principal = sign_in("demo")
    d = dashboard(principal)
    progress = training.targets_progress(principal, YEAR)
    assert d.targets is not None and len(d.targets) == len(progress) == 4
    for line, t in zip(d.targets, progress, strict=True):
        assert (line.id, line.description, line.metric, line.value, line.target, line.percent,
                line.met) == (t.id, t.description, t.metric, t.value, t.target_value, t.percent,
                              t.met)
        assert 0 <= line.percent <= 100
        assert line.missing == (0 if line.met else t.target_value - t.value)
    assert d.targets_met == sum(1 for t in progress if t.met)
    assert {line.percent for line in d.targets} != {0}  # the demo year has done some work


def test_a_teacher_may_not_see_the_figures_and_the_attempt_is_audited(sign_in) -> None:
    teacher = sign_in("giaovien")
    with pytest.raises(PermissionDenied):
        dashboard(teacher)
    with teacher.db() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (last.action, last.record_type) == ("access_denied", "dashboard")


def test_sections_follow_the_permissions(sign_in, monkeypatch) -> None:
    """A role that only manages training (none exists yet) would see only the targets."""
    session = sign_in("tuvan")
    monkeypatch.setattr(session, "can", lambda p: p == Permission.MANAGE_TRAINING)
    d = dashboard(session)
    assert d.cases is None and d.register is None and d.targets is not None
    monkeypatch.setattr(session, "can", lambda p: p == Permission.VIEW_REGISTER)
    d = dashboard(session)
    assert d.cases is None and d.register is not None and d.targets is None
    monkeypatch.setattr(session, "can", lambda p: p == Permission.MANAGE_CASES)
    d = dashboard(session)
    assert d.cases is not None and d.register is None and d.targets is None


def test_counts_follow_the_school_year_and_the_register_as_it_is_today(sign_in) -> None:
    principal = sign_in("demo")
    with principal.write() as s:  # an old case of last year
        s.execute(update(Case).where(Case.number == 1).values(school_year="2023-2024"))
    d = dashboard(principal)
    assert d.cases is not None and d.cases.total == 7
    check_cases(d, all_cases_of(principal, YEAR))
    last = dashboard(principal, "2023-2024")
    assert last.cases is not None and last.cases.total == 1
    assert last.targets == ()  # the demo set no target last year
    with pytest.raises(ValueError):
        dashboard(principal, "2024")

    # a leaver leaves the register; an ended circumstance no longer counts
    before = d.register
    assert before is not None
    rows = register.list_pupils(principal, register.PupilQuery(in_register_only=True))
    leaver = next(r for r in rows if r.level == ProtectionLevel.INTERVENTION)
    register.archive_pupil(principal, leaver.id, PupilStatus.TRANSFERRED, d.on)
    with principal.db() as s:
        ended = s.scalars(select(Circumstance).where(
            Circumstance.group == SpecialCircumstance.ORPHAN.value)).first()
    assert ended is not None
    register.end_circumstance(principal, ended.id, d.on - timedelta(days=1))
    after = dashboard(principal).register
    assert after is not None
    assert after.level_count(ProtectionLevel.INTERVENTION) == (
        before.level_count(ProtectionLevel.INTERVENTION) - 1)
    assert after.group_count(SpecialCircumstance.ORPHAN) == (
        before.group_count(SpecialCircumstance.ORPHAN) - 1 - (
            SpecialCircumstance.ORPHAN in leaver.groups))
    check_register(dashboard(principal), principal)


def test_looking_at_the_figures_is_not_audited_as_a_view_of_records(sign_in) -> None:
    principal = sign_in("demo")
    with principal.db() as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    dashboard(principal)
    with principal.db() as s:
        after = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    assert after == before
