"""Search ranks whole words first, then word starts, then matches inside a word, each in the
register's name order, at every page and whichever way the page is read (sorting the matches,
or walking the name index for many matches). Short words (one or two letters) only match a
whole word or the start of a word, as the search box's help says."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kimbai_desktop.domain.clock import FixedClock
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.services import cases
from kimbai_desktop.services import register as reg
from kimbai_desktop.services.session import unlock
from tests.helpers import PASSWORD, USERNAME, make_school

PUPILS = [
    "Nguyễn Thị Anh", "Hoàng Anh", "Lê Quang Anh", "Lê Thị Ánh", "Vũ Anh Thư", "Nguyễn Anh Tuấn",
    "Trần Văn Thanh", "Phạm Văn Thành", "Đỗ Văn Mạnh", "Bùi Thị Oanh", "Đặng Thị Hạnh",
    "Nguyễn Văn Mạnh", "Trần Văn An", "Lê Thị Ân", "Phạm Thị Lan", "Đinh Văn Bình",
    "Mai Thị Hoa", "Lý Thị Hoà", "Ngô Văn Hòa", "Hoàng Văn Khoa", "Đào Thị Thoa",
    "Nguyễn Thị Hoàng Yến", "Trịnh Thu Hương",
]
# "anh": every "Anh"/"Ánh" as a whole word (given or middle name), in register order (given name,
# then family and middle name), then the names with "anh" inside a word, in register order.
ANH_WHOLE = ["Hoàng Anh", "Lê Quang Anh", "Nguyễn Thị Anh", "Lê Thị Ánh", "Vũ Anh Thư",
             "Nguyễn Anh Tuấn"]
ANH_INSIDE = ["Đặng Thị Hạnh", "Đỗ Văn Mạnh", "Nguyễn Văn Mạnh", "Bùi Thị Oanh",
              "Trần Văn Thanh", "Phạm Văn Thành"]


@pytest.fixture
def session(data_dir):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD,
               clock=FixedClock(datetime(2024, 10, 15, 3, tzinfo=UTC)))
    for name in PUPILS:
        reg.save_pupil(s, reg.PupilInput(full_name=name, sex=Sex.FEMALE, class_name="3A"))
    yield s
    s.close()


def found(session, text, **kw):
    return [r.full_name for r in reg.list_pupils(session, reg.PupilQuery(text=text, **kw))]


def test_whole_words_first_then_inside_a_word(session):
    assert found(session, "anh") == ANH_WHOLE + ANH_INSIDE
    assert found(session, "ÁNH") == ANH_WHOLE + ANH_INSIDE  # accents and case ignored
    assert reg.count_pupils(session, reg.PupilQuery(text="anh")) == 12


def test_word_starts_between_whole_words_and_inside(session):
    # "hoa": Hoa, Hoà, Hòa (one name, whole word), then Hoàng (a word starting "hoa", here in
    # the family name of Hoàng Văn Khoa too), then Thoa (inside a word)
    assert found(session, "hoa") == [
        "Mai Thị Hoa", "Lý Thị Hoà", "Ngô Văn Hòa",
        "Hoàng Anh", "Hoàng Văn Khoa", "Nguyễn Thị Hoàng Yến",
        "Đào Thị Thoa"]


def test_every_word_counts_the_worst_match_ranks(session):
    # both words whole, then "nguyen" whole and "anh" inside a word
    assert found(session, "nguyen anh") == ["Nguyễn Thị Anh", "Nguyễn Anh Tuấn",
                                            "Nguyễn Văn Mạnh"]
    assert found(session, "anh thu") == ["Vũ Anh Thư"]


def test_one_and_two_letters_match_whole_words_and_word_starts_only(session):
    # two letters: "An", "Ân" as whole words first, then names with a word starting "an";
    # never inside a word (not Lan, Thanh, Hoàng)
    assert found(session, "an") == ["Trần Văn An", "Lê Thị Ân"] + ANH_WHOLE
    # one letter: the same rule ("h": words starting with h; Thanh, Thư are not found)
    assert found(session, "b") == ["Đinh Văn Bình", "Bùi Thị Oanh"]
    h = found(session, "h")
    assert "Trần Văn Thanh" not in h and h[0] == "Hoàng Anh"
    th = found(session, "t h")  # a word starting "t" and a word starting "h"
    assert "Trịnh Thu Hương" in th and "Trần Văn Thanh" not in th


@pytest.mark.parametrize("status", [PupilStatus.ACTIVE, None])
@pytest.mark.parametrize("text", ["anh", "hoa", "nguyen anh", "an", "van", "thi"])
def test_pages_are_the_same_sorted_or_walked(session, monkeypatch, text, status):
    q = reg.PupilQuery(text=text, status=status)
    whole = [r.id for r in reg.list_pupils(session, q)]
    assert len(whole) == reg.count_pupils(session, q)

    def paged(size):
        return [r.id for off in range(0, len(whole) + size, size)
                for r in reg.list_pupils(session, q, offset=off, limit=size)]

    assert paged(2) == paged(5) == whole
    monkeypatch.setattr(reg, "WALK_ABOVE", 0)  # every rank read by walking the name index
    assert [r.id for r in reg.list_pupils(session, q)] == whole
    assert paged(2) == paged(5) == whole
    backwards = [r.id for r in reg.list_pupils(session, reg.PupilQuery(
        text=text, status=status, descending=True))]
    assert sorted(backwards) == sorted(whole)


def test_another_sort_column_keeps_its_order(session):
    q = reg.PupilQuery(text="anh", sort="class")
    assert sorted(r.full_name for r in reg.list_pupils(session, q)) == sorted(
        ANH_WHOLE + ANH_INSIDE)


def test_the_concern_form_offers_whole_words_first(session):
    offered = [c.full_name for c in cases.find_pupils_for_concern(session, "anh", limit=8)]
    assert offered == ANH_WHOLE + ANH_INSIDE[:2]


@pytest.mark.parametrize(("status", "index"), [(None, "ix_pupils_name_sort"),
                                               (PupilStatus.ACTIVE, "ix_pupils_status_name_sort")])
def test_many_matches_walk_the_name_index_without_sorting(session, monkeypatch, status, index):
    from sqlalchemy import event

    pages: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, params, context, executemany):
        if statement.startswith("SELECT pupils.id, pupils.student_code"):
            pages.append((statement, params))

    monkeypatch.setattr(reg, "WALK_ABOVE", 0)
    event.listen(session.engine, "before_cursor_execute", seen)
    try:
        reg.list_pupils(session, reg.PupilQuery(text="anh", status=status))
    finally:
        event.remove(session.engine, "before_cursor_execute", seen)
    assert len(pages) == 2  # whole words, then inside a word (no word starts here)
    with session.engine.connect() as c:
        for statement, params in pages:
            plan = " | ".join(r[-1] for r in c.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, params))
            assert f"INDEX {index}" in plan and "TEMP B-TREE" not in plan, plan
