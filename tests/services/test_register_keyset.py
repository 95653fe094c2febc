"""Keyset paging of the register (issue 20, point 4): reading page after page by the last row's
place in the order gives exactly the rows that counting offsets gives, for every sort, both
directions, empty values and equal names."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.services import excel_export
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.register import PupilInput, PupilQuery
from kimbai_desktop.services.session import AppSession, unlock
from tests.helpers import PASSWORD, USERNAME, make_school

CLOCK = FixedClock(datetime(2024, 10, 15, 3, 0, tzinfo=UTC))
GIVEN = ["An", "Ánh", "Bình", "Chi", "Dũng", "Đạt", "Hà", "Hạnh", "Lan", "Yến"]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    data_dir = Path(tmp_path_factory.mktemp("keyset")) / "data"
    mp = pytest.MonkeyPatch()
    from kimbai_desktop.storage import keyslots
    mp.setattr(keyslots, "DEFAULT_KDF", keyslots.KdfParams(8 * 1024, 1, 1))
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD, clock=CLOCK)
    rnd = random.Random(7)
    rows = []
    for i in range(157):
        name = f"{rnd.choice(['Nguyễn', 'Trần', 'Lê'])} Thị {rnd.choice(GIVEN)}"  # many ties
        born = None if i % 5 == 0 else date(2015 + i % 4, 1 + i % 12, 1 + i % 27)
        cls = "" if i % 7 == 0 else f"{1 + i % 5}{'AB'[i % 2]}"
        rows.append(PupilInput(full_name=name, sex=Sex.FEMALE, class_name=cls, birth_date=born,
                               student_code=f"{i:010d}"))
    reg.bulk_upsert_pupils(s, rows)
    yield s
    s.close()
    mp.undo()


def pages(session: AppSession, q: PupilQuery, keyset: bool, size: int = 13) -> list[int]:
    got: list[reg.PupilRow] = []
    while True:
        page = reg.list_pupils(session, q, offset=len(got), limit=size,
                               after=got[-1] if keyset and got else None)
        got += page
        if len(page) < size:
            return [r.id for r in got]


@pytest.mark.parametrize("sort", ["name", "class", "birth_date", "next_review", "level"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_are_the_offset_pages(session, sort: str, descending: bool) -> None:  # type: ignore[no-untyped-def]
    q = PupilQuery(sort=sort, descending=descending)
    by_offset = pages(session, q, keyset=False)
    assert len(by_offset) == 157 and len(set(by_offset)) == 157
    assert pages(session, q, keyset=True) == by_offset


def test_a_search_still_pages_by_offset(session) -> None:  # type: ignore[no-untyped-def]
    q = PupilQuery(text="thi")
    assert pages(session, q, keyset=True) == pages(session, q, keyset=False)


def test_the_export_reads_every_row_in_order(session) -> None:  # type: ignore[no-untyped-def]
    q = PupilQuery(sort="birth_date")
    assert [r.id for r in excel_export.all_pupils(session, q)] == pages(session, q, False, 500)
