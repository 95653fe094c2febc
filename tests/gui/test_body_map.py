"""The body map as a counsellor uses it (issue 21, point 5): a click on the outline adds a mark
to a new chronology entry, the kind is chosen and the note typed in Vietnamese, bad input is told
beside its field and saves nothing; without a mouse a mark is placed at a part of the body and
moved with the arrow keys; the case view shows the saved marks. What is checked is what the
services read back."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kimbai_desktop.domain.body_map import SIZE_NOT_NUMBER, InjuryKind, Region, Side
from kimbai_desktop.gui.cases.body_map_dialog import BodyMapDialog
from kimbai_desktop.gui.cases.body_map_panel import mark_line
from kimbai_desktop.gui.cases.entry_dialog import EntryDialog
from kimbai_desktop.gui.pages.cases_page import CasesPage
from kimbai_desktop.services import body_map
from tests.gui.helpers import run, tr, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    open_case,
    run_dialog,
    show,
    sign_in,
)
from tests.gui.test_cases_view import ONLINE_CASE

LEFT = Qt.MouseButton.LeftButton


def choose(qtbot, combo, steps: int) -> None:
    """Pick an item with the keyboard, as a user does (Down from the first item)."""
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_a_click_on_the_outline_marks_an_injury_with_a_new_entry(qtbot, worker, sign_in,
                                                                  tmp_path) -> None:
    session = sign_in("tuvan")
    page = show(qtbot, CasesPage(session, worker), 1366, 768)
    view = open_case(qtbot, page, ONLINE_CASE)
    assert not view.body_map.isVisible()  # no mark yet: no room taken
    qtbot.mouseClick(view.note_button, LEFT)
    entry = view.current_dialog
    assert isinstance(entry, EntryDialog)
    type_text(entry.text, "Gặp em ở phòng tư vấn, thấy vết bầm ở ngực.")
    qtbot.mouseClick(entry.body_map.button, LEFT)
    editor = entry.body_map.dialog
    assert isinstance(editor, BodyMapDialog) and editor.isVisible()
    editor.resize(1000, 640)
    qtbot.waitExposed(editor)

    where = editor.map.point_for(Side.FRONT, Region.CHEST.x, Region.CHEST.y).toPoint()
    QTest.mouseClick(editor.map, LEFT, Qt.KeyboardModifier.NoModifier, where)
    assert len(editor.items) == 1 and editor.items[0].side == Side.FRONT
    assert abs(editor.items[0].y - Region.CHEST.y) < 0.02
    assert editor.focusWidget() is editor.kind  # the next thing to tell

    type_text(editor.size_edit, "hai phân")
    editor.ok_button.click()  # no kind, size not a number: told, the editor stays
    assert editor.isVisible()
    assert editor.boxes["kind"].error.message() == tr(
        "Errors", "Choose the kind of injury (bruise, graze, cut...).")
    assert editor.boxes["size"].error.message() == tr("Errors", SIZE_NOT_NUMBER)
    choose(qtbot, editor.kind, 1)  # Bầm tím
    type_text(editor.size_edit, "2,5")
    type_text(editor.colour.lineEdit(), "Tím xanh")
    type_text(editor.note, "Vết bầm hình ngón tay, em nói bị nắm áo")
    editor.grab().save(str(tmp_path / "editor.png"))
    editor.ok_button.click()
    assert not editor.isVisible()
    assert len(entry.body_map.marks) == 1
    assert run(qtbot, worker, body_map.list_marks, session, ONLINE_CASE) == []  # not yet

    run_dialog(qtbot, view, entry)
    [mark] = run(qtbot, worker, body_map.list_marks, session, ONLINE_CASE)
    assert (mark.kind, mark.size_cm, mark.colour, mark.side) == (
        InjuryKind.BRUISE, 2.5, "Tím xanh", Side.FRONT)
    assert mark.note == "Vết bầm hình ngón tay, em nói bị nắm áo"
    assert mark.entry_id is not None
    qtbot.waitUntil(lambda: view.body_map.isVisible(), timeout=TIMEOUT)
    assert view.body_map.list.count() == 1
    assert "Bầm tím" in view.body_map.list.item(0).text()
    view.grab().save(str(tmp_path / "case-view.png"))
    # names hidden on a shared desk: a note's child name shows as initials
    child = view.detail.children[0].full_name
    named = replace(mark, note=f"{child} nói bị nắm áo")
    assert child not in mark_line(named, [child]) and child in mark_line(named)


def test_without_a_mouse_a_mark_goes_to_a_part_of_the_body(qtbot, worker, sign_in) -> None:
    session = sign_in("tuvan")
    page = show(qtbot, CasesPage(session, worker), 1366, 768)
    view = open_case(qtbot, page, ONLINE_CASE)
    editor = view.body_map.edit()
    assert isinstance(editor, BodyMapDialog)
    choose(qtbot, editor.side, 1)  # Mặt sau
    assert editor.region.currentData().side == Side.BACK
    choose(qtbot, editor.region, 2)  # Lưng trên
    region = editor.region.currentData()
    assert region == Region.UPPER_BACK
    editor.add_button.setFocus()
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    assert editor.focusWidget() is editor.map and len(editor.items) == 1
    for _ in range(3):
        qtbot.keyClick(editor.map, Qt.Key.Key_Down)
    qtbot.keyClick(editor.map, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    mark = editor.items[0]
    assert abs(mark.y - (region.y + 0.03)) < 1e-6 and mark.x > region.x
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)  # a second one, then Delete
    assert len(editor.items) == 2
    qtbot.keyClick(editor.map, Qt.Key.Key_Delete)
    assert editor.items == [mark]

    editor.submit()  # no kind: nothing is saved
    assert editor.isVisible() and editor.boxes["kind"].error.message()
    assert run(qtbot, worker, body_map.list_marks, session, ONLINE_CASE) == []
    choose(qtbot, editor.kind, 4)  # Bỏng
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT):
        editor.submit()
    [saved] = run(qtbot, worker, body_map.list_marks, session, ONLINE_CASE)
    assert (saved.side, saved.kind, saved.size_cm) == (Side.BACK, InjuryKind.BURN, None)
    assert abs(saved.y - (region.y + 0.03)) < 1e-3
    qtbot.waitUntil(lambda: view.body_map.isVisible(), timeout=TIMEOUT)


def test_marks_made_at_the_intake_are_saved_with_the_case_and_kept_in_its_draft(
        qtbot, worker, sign_in) -> None:
    from kimbai_desktop.domain.enums import AbuseForm
    from kimbai_desktop.gui.cases.intake_dialog import IntakeDialog
    from kimbai_desktop.services import drafts

    session = sign_in("tuvan")
    page = show(qtbot, CasesPage(session, worker))
    page.new_case()
    dialog = page.intake_dialog
    assert isinstance(dialog, IntakeDialog)
    type_text(dialog.fields.children_editor.name, "Em Bé Ở Xóm Trên")
    dialog.fields.forms[AbuseForm.VIOLENCE].setChecked(True)
    type_text(dialog.fields.summary, "Cô giáo thấy vết bỏng tròn trên mu bàn tay trái của em.")
    field = dialog.fields.body_map
    qtbot.mouseClick(field.button, LEFT)
    editor = field.dialog
    assert isinstance(editor, BodyMapDialog)
    choose(qtbot, editor.side, 1)  # Mặt sau
    editor.region.setFocus()
    index = editor.region.findData(Region.L_HAND_BACK)
    for _ in range(index):
        qtbot.keyClick(editor.region, Qt.Key.Key_Down)
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    choose(qtbot, editor.kind, 4)  # Bỏng
    type_text(editor.size_edit, "1")
    type_text(editor.note, "Vết bỏng tròn như đầu thuốc lá")
    editor.ok_button.click()
    assert field.summary.text() == tr("BodyMapField", "%n mark(s) on the body map", 1)

    # kept in the form's draft (a lock or a crash loses no mark)
    dialog.draft_keeper.save_now()
    stored = run(qtbot, worker, drafts.load_draft, session, "intake", "")
    assert any("Vết bỏng tròn như đầu thuốc lá" in str(v) for v in stored.payload.values())

    with qtbot.waitSignal(dialog.case_created, timeout=TIMEOUT) as created:
        dialog.save_anyway()
    [mark] = run(qtbot, worker, body_map.list_marks, session, created.args[0])
    assert (mark.side, mark.kind, mark.size_cm, mark.entry_id) == (
        Side.BACK, InjuryKind.BURN, 1.0, None)
    assert (mark.x, mark.y) == (round(Region.L_HAND_BACK.x, 4), round(Region.L_HAND_BACK.y, 4))
