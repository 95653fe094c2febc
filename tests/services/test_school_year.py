"""New school year: classes move up, grade 5 completes and is archived, repeaters stay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.school_year import (
    ClassMove,
    apply_promotion,
    plan_promotion,
    with_target,
)
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD,
               clock=FixedClock(datetime(2025, 6, 1, 3, 0, tzinfo=UTC)))
    yield s
    s.close()


def test_promotion(session):
    ids = {}
    for name, cls in [("Một Lớp Ba", "3A"), ("Hai Lớp Ba", "3A"), ("Ba Lớp Năm", "5/2"),
                      ("Bốn Lưu Ban", "4B"), ("Năm Lớp Khác", "Hòa nhập")]:
        ids[name] = reg.save_pupil(session, reg.PupilInput(full_name=name, sex=Sex.MALE,
                                                            class_name=cls))
    plan = plan_promotion(session)
    assert plan.from_year == "2024-2025" and plan.to_year == "2025-2026"
    assert plan.moves == (ClassMove("3A", "4A", 2), ClassMove("4B", "5B", 1),
                          ClassMove("5/2", None, 1), ClassMove("Hòa nhập", "Hòa nhập", 1))
    plan = with_target(plan, "3A", "4C")
    result = apply_promotion(session, plan, repeating=frozenset({ids["Bốn Lưu Ban"]}))
    assert (result.promoted, result.completed, result.repeating) == (3, 1, 1)
    assert session.school_profile().school_year == "2025-2026"
    rows = {r.full_name: r for r in reg.list_pupils(session, reg.PupilQuery(status=None))}
    assert rows["Một Lớp Ba"].class_name == "4C"
    assert rows["Bốn Lưu Ban"].class_name == "4B"
    assert rows["Ba Lớp Năm"].status == PupilStatus.COMPLETED
    detail = reg.get_pupil(session, ids["Một Lớp Ba"])
    assert detail.classes == (("2025-2026", "4C"), ("2024-2025", "3A"))
    # the old plan cannot be applied twice
    with pytest.raises(ValidationError):
        apply_promotion(session, plan)
