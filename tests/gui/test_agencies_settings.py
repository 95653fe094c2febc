"""Cài đặt names the agencies (issue 19, point 2): the principal types a name, saves it, the
stored setting changes and the screens' labels follow (the step list's 'waiting for' text,
the notification dialog's list); other roles read them only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kimbai_desktop.domain.cases import Recipient
from kimbai_desktop.domain.deadlines import Owner
from kimbai_desktop.gui import labels
from kimbai_desktop.services.agencies import load_agencies
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import run, type_text
from tests.gui.test_main_window import open_window
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def session(data_dir: Path):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    yield s
    s.close()


def test_the_principal_renames_the_police_and_the_screens_follow(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    section = window.settings_page.agencies
    window.workspace.show_page(window.settings_page)
    qtbot.waitUntil(lambda: section.loaded is not None, timeout=10_000)
    assert section.edits["commune_committee"].text() == "Ủy ban nhân dân xã Thử Nghiệm"
    assert labels.label(Owner.COMMUNE) == "Ủy ban nhân dân xã Thử Nghiệm"
    assert not section.save_button.isEnabled()
    section.edits["police"].setFocus()
    type_text(section.edits["police"], "Công an phường Thử Nghiệm")
    assert section.save_button.isEnabled()
    with qtbot.waitSignal(section.saved, timeout=10_000):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    stored = run(qtbot, worker, load_agencies, session)
    assert stored.police == "Công an phường Thử Nghiệm"
    assert labels.label(Recipient.POLICE) == "Công an phường Thử Nghiệm"
    # An emptied name is refused beside the field, and nothing is stored.
    section.edits["education"].setFocus()
    section.edits["education"].selectAll()
    qtbot.keyClick(section.edits["education"], Qt.Key.Key_Backspace)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(section.errors["education"].message()), timeout=10_000)
    assert run(qtbot, worker, load_agencies, session).education == stored.education
    # Back to the names in force.
    qtbot.mouseClick(section.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.edits["police"].text() == "Công an xã Thử Nghiệm",
                    timeout=10_000)
    shots = os.environ.get("KIMBAI_SHOTS_DIR")
    if shots:
        window.resize(1366, 768)
        window.settings_page.scroll_area.ensureWidgetVisible(section)
        window.grab().save(str(Path(shots) / "settings-agencies.png"))
