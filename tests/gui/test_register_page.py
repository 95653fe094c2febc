"""The register page on the demo school: search without accents, filters and header sorting that
re-query in SQL, the checked table model, hidden names, the detail pane and who may see the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from kimbai_desktop.domain.enums import ProtectionLevel, SpecialCircumstance
from kimbai_desktop.domain.text import fold, name_sort_key
from kimbai_desktop.gui.pages.register_page import available
from kimbai_desktop.gui.register.model import COLUMNS
from kimbai_desktop.gui.register.texts import initials
from kimbai_desktop.services import register as reg
from tests.gui.helpers import run, shown_texts, type_text
from tests.gui.test_register_support import (
    YEAR,
    names,
    select,
    settle,
)

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures


def reloaded(qtbot, page, action) -> None:
    """Do ``action`` and wait for the list to be asked again and loaded."""
    before = page.model._generation
    action()
    qtbot.waitUntil(lambda: page.model._generation > before, timeout=5_000)
    settle(qtbot, page)


def test_lists_open_on_the_current_year_in_vietnamese_order(page) -> None:
    assert page.filters.school_year() == YEAR
    assert page.model.query.school_year == YEAR
    assert page.model.total == 248
    assert page.model.rowCount() == 200  # one page loaded, not the whole list
    keys = [name_sort_key(n) for n in names(page)]
    assert keys == sorted(keys)
    assert "248" in page.count_label.text() and "200" in page.count_label.text()


def test_search_without_accents_finds_a_pupil(qtbot, page) -> None:
    wanted = next(n for n in names(page) if fold(n) != n.lower() and "Đ" in n)
    reloaded(qtbot, page, lambda: type_text(page.filters.search, fold(wanted)))
    assert wanted in names(page)
    tokens = fold(wanted).split()
    assert all(all(t in fold(n) for t in tokens) for n in names(page))
    assert len(names(page)) < 10
    assert page.model.query.text == fold(wanted)


def test_ctrl_f_goes_to_the_search_box(qtbot, page) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()


def test_filters_query_again(qtbot, page) -> None:
    combo = page.filters.class_name
    assert [combo.itemText(i) for i in range(1, combo.count())][:3] == ["1A", "1B", "2A"]
    reloaded(qtbot, page, lambda: combo.setCurrentIndex(combo.findData("3A")))
    assert page.model.query.class_name == "3A"
    assert {r.class_name for r in page.model.rows} == {"3A"}
    assert 20 <= page.model.total == page.model.rowCount() <= 30

    reloaded(qtbot, page, lambda: combo.setCurrentIndex(0))
    group = page.filters.group
    assert group.itemText(group.findData(SpecialCircumstance.DISABLED)) == "d) Trẻ em khuyết tật"
    reloaded(
        qtbot, page, lambda: group.setCurrentIndex(group.findData(SpecialCircumstance.DISABLED))
    )
    assert page.model.rows and all(
        SpecialCircumstance.DISABLED in r.groups for r in page.model.rows
    )

    reloaded(qtbot, page, lambda: group.setCurrentIndex(0))
    level = page.filters.level
    reloaded(
        qtbot, page, lambda: level.setCurrentIndex(level.findData(ProtectionLevel.INTERVENTION))
    )
    assert page.model.rows and {r.level for r in page.model.rows} == {ProtectionLevel.INTERVENTION}

    reloaded(qtbot, page, lambda: level.setCurrentIndex(0))
    review = page.filters.review
    reloaded(qtbot, page, lambda: review.setCurrentIndex(review.findData("overdue")))
    assert page.model.rows and {r.review_state for r in page.model.rows} == {"overdue"}
    reloaded(qtbot, page, lambda: review.setCurrentIndex(review.findData("due")))
    assert {r.review_state for r in page.model.rows} == {"overdue", "due_soon"}

    reloaded(qtbot, page, lambda: review.setCurrentIndex(0))
    reloaded(qtbot, page, lambda: page.filters.in_register.setChecked(True))
    assert page.model.query.in_register_only
    assert 20 <= page.model.total < 60

    reloaded(qtbot, page, page.filters.clear_filters)
    assert page.model.total == 248


def click_header(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_clicking_a_header_sorts_in_sql(qtbot, page) -> None:
    birth = COLUMNS.index("birth_date")
    reloaded(qtbot, page, lambda: click_header(qtbot, page, birth))
    assert (page.model.query.sort, page.model.query.descending) == ("birth_date", False)
    first = [r.birth_date for r in page.model.rows]
    assert first == sorted(first)
    everyone = run(qtbot, page.worker, reg.list_pupils, page.session, page.model.query, limit=1000)
    assert first[0] == min(r.birth_date for r in everyone)  # sorted over all rows, not a page

    reloaded(qtbot, page, lambda: click_header(qtbot, page, birth))
    assert page.model.query.descending
    dates = [r.birth_date for r in page.model.rows]
    assert dates == sorted(dates, reverse=True)

    review = COLUMNS.index("next_review")
    reloaded(qtbot, page, lambda: click_header(qtbot, page, review))
    assert page.model.query.sort == "next_review"
    due = [r.next_review for r in page.model.rows if r.next_review]
    assert due and due == sorted(due)

    generation = page.model._generation
    click_header(qtbot, page, COLUMNS.index("groups"))  # not sortable: nothing happens
    assert page.model._generation == generation
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == review


def test_the_table_model_passes_the_model_tester(qtbot, qtmodeltester, page) -> None:
    qtmodeltester.check(page.model)
    page.model.fetchMore()
    settle(qtbot, page)
    assert page.model.rowCount() == page.model.total == 248
    qtmodeltester.check(page.model)


def test_overdue_reviews_show_colour_icon_and_text(page) -> None:
    model = page.model
    column = COLUMNS.index("next_review")
    overdue = next(i for i, r in enumerate(model.rows) if r.review_state == "overdue")
    index = model.index(overdue, column)
    assert "Quá hạn" in model.data(index) or "Overdue" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_hide_names_shows_initials(qtbot, page) -> None:
    detail = select(qtbot, page, names(page)[0])
    page.set_hide_names(True)
    name_col = COLUMNS.index("name")
    shown = page.model.data(page.model.index(0, name_col))
    assert shown == initials(detail.full_name)
    assert detail.full_name not in " ".join(shown_texts(page))
    page.set_hide_names(False)
    assert page.model.data(page.model.index(0, name_col)) == detail.full_name


def test_detail_pane_shows_the_childs_file_and_cases(qtbot, page) -> None:
    reloaded(qtbot, page, lambda: page.filters.in_register.setChecked(True))
    # a pupil with a group, a level history and a case file (the demo opens cases for these)
    candidates = [r for r in page.model.rows if r.groups]
    loading = page.pane.tr("Loading...")
    for row in candidates:
        detail = select(qtbot, page, row.full_name)
        qtbot.waitUntil(lambda: page.pane.cases.text() not in ("", loading), timeout=5_000)
        if "case:" in page.pane.cases.text():
            break
    else:
        raise AssertionError("no demo pupil with a case file")
    pane = page.pane
    assert pane.heading.text() == detail.full_name
    assert detail.student_code in pane.subtitle.text()
    assert YEAR in pane.classes.text()
    assert detail.guardians[0].full_name in pane.guardians.text()
    assert detail.circumstances[0].group.letter + ")" in " ".join(shown_texts(pane))
    assert detail.levels and detail.levels[0].reason in pane.level.text()
    assert all(button.isVisible() and button.isEnabled()
               for name, button in pane.buttons.items() if name != "handover")
    # the handover package is only for a pupil who changed school
    assert pane.buttons["handover"].isVisible() and not pane.buttons["handover"].isEnabled()
    asked: list[int] = []
    page.case_requested.connect(asked.append)
    link = pane.cases.text().split("case:")[1].split("'")[0]
    pane.cases.linkActivated.emit(f"case:{link}")
    assert asked == [int(link)]


def test_who_may_see_the_page(qtbot, sessions) -> None:
    for username, allowed in (
        ("demo", True),
        ("tuvan", True),
        ("giaovien", False),
        ("thongke", False),
    ):
        session = sessions.open(username)
        assert available(session) is allowed, username
    assert available(None) is False


def test_a_counsellor_edits_but_has_no_new_school_year(qtbot, sessions, worker) -> None:
    from tests.gui.test_register_support import make_page

    page = make_page(qtbot, sessions.open("tuvan"), worker)
    assert page.can_edit and page.add_button.isVisible()
    assert not page.new_year_button.isVisible()
    assert page.export_button.isVisible()
    settle(qtbot, page)
    page.clear()
