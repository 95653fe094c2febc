"""Starting the program removes what a killed backup left in the data folder, before anyone signs
in; the window's backup still leaves nothing behind."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from kimbai_desktop import app as app_module
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from tests.gui.helpers import visible_top_levels
from tests.helpers import make_school
from tests.services.test_backup_leftovers import make_leftovers


def test_starting_the_program_removes_a_killed_backups_leftovers(qtbot, data_dir) -> None:
    make_school(data_dir)
    leftovers = make_leftovers(data_dir / "backups")
    seen: dict[str, list] = {}

    def poll() -> None:
        dialogs = visible_top_levels(UnlockDialog)
        if dialogs:
            seen["left"] = [p for p in leftovers if p.exists()]
            dialogs[0].reject()  # quit without signing in
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert app_module.main(["--data-dir", str(data_dir)]) == 0
    assert seen["left"] == []
