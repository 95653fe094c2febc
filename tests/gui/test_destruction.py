"""The overview lists records due for destruction (the principal's; an injectable clock), and
the dialog deletes nothing until the biên bản hủy is saved and ticked as signed (issue 19,
point 7)."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import text

from kimbai_desktop.gui import messages
from kimbai_desktop.services import audit_log
from tests.gui.helpers import type_text
from tests.gui.test_cases_support import TIMEOUT, clock, demo, show, sign_in  # noqa: F401
from tests.gui.test_overview_page import loaded_overview


def test_the_principal_destroys_a_due_case_after_saving_the_record(
        qtbot, worker, sign_in, clock, tmp_path) -> None:
    counsellor = loaded_overview(qtbot, sign_in("tuvan"), worker)
    assert not counsellor.destruction.isVisible()  # not the counsellor's decision
    session = sign_in("demo")
    with session.engine.connect() as c:
        closed = c.execute(text("SELECT id, code FROM cases WHERE closed_at IS NOT NULL "
                                "ORDER BY id")).first()
    assert closed is not None
    page = loaded_overview(qtbot, session, worker)
    assert not page.destruction.isVisible()  # nothing due yet
    clock.current = datetime(2040, 1, 6, 2, 0, tzinfo=clock.current.tzinfo)
    page.refresh()
    qtbot.waitUntil(lambda: page.destruction.isVisible(), timeout=TIMEOUT)
    codes = [r.code for r in page.destruction.records]
    assert closed.code in codes
    row = codes.index(closed.code)
    page.destruction.list.setCurrentItem(page.destruction.list.topLevelItem(row))
    qtbot.mouseClick(page.destruction.button, Qt.MouseButton.LeftButton)
    dialog = page.destruction.dialog
    assert dialog is not None and not dialog.destroy_button.isEnabled()
    type_text(dialog.second.lineEdit(), "Trần Văn Chứng")
    target = tmp_path / "bien-ban.pdf"
    messages.set_next_path(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and dialog.signed.isEnabled(), timeout=TIMEOUT)
    assert not dialog.destroy_button.isEnabled()  # not ticked as signed yet
    if os.environ.get("KIMBAI_SHOTS_DIR"):
        dialog.grab().save(str(Path(os.environ["KIMBAI_SHOTS_DIR"]) / "destruction-dialog.png"))
        page.resize(1366, 700)
        page.grab().save(str(Path(os.environ["KIMBAI_SHOTS_DIR"]) / "overview-destruction.png"))
    dialog.signed.setChecked(True)
    messages.set_next_answer(messages.Button.Yes)
    with qtbot.waitSignal(page.destruction.destroyed_record, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    with session.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM cases WHERE id = :i"),
                         {"i": closed.id}).scalar() == 0
        assert c.execute(text("SELECT code FROM destroyed_records")).scalars().all() == \
            [closed.code]
    qtbot.waitUntil(lambda: closed.code not in [r.code for r in page.destruction.records],
                    timeout=TIMEOUT)
    assert audit_log.verify_chain(session).ok
