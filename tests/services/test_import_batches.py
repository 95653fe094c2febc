"""The import's Core batches (issue 20, point 5) keep the import's rules: the same pupil twice in
one list is one pupil updated by the later row, across and within batches; all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.register import Cancelled, PupilInput, PupilQuery
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def session(data_dir: Path):  # type: ignore[no-untyped-def]
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    yield s
    s.close()


def row(name: str, code: str = "", cls: str = "2A") -> PupilInput:
    return PupilInput(full_name=name, sex=Sex.FEMALE, class_name=cls, student_code=code)


def test_the_same_pupil_twice_in_one_list_is_one_pupil(session) -> None:  # type: ignore[no-untyped-def]
    rows = [row("Lê Thị Hoa", "0000000001"), row("Lê Thị Mai", "0000000002"),
            row("Lê Thị Hoà", "0000000001", "3B")]  # the later row wins
    result = reg.bulk_upsert_pupils(session, rows)
    assert (result.created, result.updated) == (2, 1)
    listed = reg.list_pupils(session, PupilQuery())
    assert sorted((p.full_name, p.class_name) for p in listed) == [
        ("Lê Thị Hoà", "3B"), ("Lê Thị Mai", "2A")]


def test_across_batches_and_again_next_year(session) -> None:  # type: ignore[no-untyped-def]
    rows = [row(f"Phạm Văn {i}", f"{i:010d}") for i in range(1200)]
    rows.append(row("Phạm Văn Cuối", f"{5:010d}", "5C"))  # in the third batch, updates the first
    result = reg.bulk_upsert_pupils(session, rows)
    assert (result.created, result.updated) == (1200, 1)
    assert reg.count_pupils(session, PupilQuery()) == 1200
    again = reg.bulk_upsert_pupils(session, rows[:300])
    assert (again.created, again.updated) == (0, 300)


def test_a_cancelled_import_leaves_nothing(session) -> None:  # type: ignore[no-untyped-def]
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # after the first batch went in

    with pytest.raises(Cancelled):
        reg.bulk_upsert_pupils(session, [row(f"Vũ Thị {i}", f"{i:010d}") for i in range(1200)],
                               cancelled=cancelled)
    assert reg.count_pupils(session, PupilQuery()) == 0
