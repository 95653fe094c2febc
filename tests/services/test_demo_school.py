"""The demo school does not contradict itself: an orphan has no parents listed, one principal
who is the one who signs, one homeroom teacher per class, ages that fit the classes, a child
said to live with grandparents has one listed."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from kimbai_desktop.domain.enums import Role, SpecialCircumstance
from kimbai_desktop.domain.register import GuardianRelation
from kimbai_desktop.services import training
from kimbai_desktop.services.accounts import list_accounts
from kimbai_desktop.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo
from kimbai_desktop.services.register import PupilQuery, class_names, get_pupil, list_pupils
from kimbai_desktop.services.session import unlock

PARENTS = {GuardianRelation.FATHER, GuardianRelation.MOTHER}
NO_PARENTS = {SpecialCircumstance.ORPHAN, SpecialCircumstance.ABANDONED,
              SpecialCircumstance.NO_SUPPORT}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    create_demo(folder)
    session = unlock(folder, DEMO_USERNAME, DEMO_PASSWORD)
    yield session
    session.close()


def test_one_principal_the_one_who_signs(demo) -> None:
    principal = demo.school_profile().principal_name
    staff = training.list_staff(demo)
    heads = [m for m in staff if m.position == "Hiệu trưởng"]
    assert [m.full_name for m in heads] == [principal]
    accounts = [a for a in list_accounts(demo) if a.role == Role.PRINCIPAL]
    assert [a.full_name for a in accounts] == [principal]
    names = Counter(m.full_name for m in staff)
    assert [n for n, k in names.items() if k > 1] == []  # two people, two names


def test_one_homeroom_teacher_per_class(demo) -> None:
    homeroom = [m.position for m in training.list_staff(demo) if "chủ nhiệm" in m.position]
    classes = class_names(demo)
    assert sorted(homeroom) == sorted(f"Giáo viên chủ nhiệm lớp {c}" for c in classes)


def test_children_without_parents_have_none_listed(demo) -> None:
    seen = 0
    for group in NO_PARENTS:
        for row in list_pupils(demo, PupilQuery(group=group), limit=1000):
            detail = get_pupil(demo, row.id)
            relations = {g.relation for g in detail.guardians}
            assert not relations & PARENTS, (group, relations)
            assert detail.guardians  # someone is responsible for the child
            seen += 1
    assert seen >= 3  # each such group has children in the demo


def test_ages_fit_the_classes(demo) -> None:
    start = int(demo.school_profile().school_year[:4])
    for row in list_pupils(demo, PupilQuery(), limit=10_000):
        grade = int(row.class_name[0])
        assert row.birth_date is not None
        # a child starts grade 1 in the year they turn 6
        assert row.birth_date.year == start - 5 - grade, (row.class_name, row.birth_date)
        assert row.birth_date < date(start - 5, 1, 1)


def test_a_child_living_with_grandparents_has_one_listed(demo) -> None:
    for row in list_pupils(demo, PupilQuery(in_register_only=True), limit=1000):
        if not row.at_risk:
            continue
        detail = get_pupil(demo, row.id)
        if "ông bà" in detail.risk_factors:
            assert detail.guardians[0].relation == GuardianRelation.GRANDPARENT
