"""After a whole GUI session with an unexpected error forced inside a worker job, no personal data
(the school's name, a person's name) is found in the log folder, in the QSettings file or in the
temporary folder, in UTF-8 or UTF-16."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from kimbai_desktop import logs
from kimbai_desktop.gui import clipboard, messages
from tests.gui.helpers import sign_in, type_text
from tests.helpers import PASSWORD, USERNAME, files_containing, make_school

SCHOOL = "Trường Tiểu học Canary Hoàng Mai"
PRINCIPAL = "Nguyễn Thị Canary Hương"
TEACHER = "Phạm Canary Bích"
CANARIES = [SCHOOL, PRINCIPAL, TEACHER, "Canary"]


def test_no_personal_data_in_logs_settings_or_temp(
    qtbot, data_dir, make_controller, tmp_path, monkeypatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    make_school(data_dir, school_name=SCHOOL, principal_name=PRINCIPAL)
    log_file = logs.configure(data_dir)
    try:
        _whole_session(qtbot, data_dir, make_controller, tmp_path)
    finally:
        logs.configure(None, logging.WARNING)
    assert log_file is not None and log_file.is_file()
    logged = log_file.read_text(encoding="utf-8")
    assert "ValueError" in logged  # the forced error was logged, by its type only
    settings_dir = tmp_path / "qs"
    assert any(settings_dir.rglob("*.ini"))  # the window geometry was saved there
    hits = (
        files_containing(data_dir / "logs", CANARIES)
        + files_containing(settings_dir, CANARIES)
        + files_containing(temp, CANARIES)
    )
    assert hits == []


def _whole_session(qtbot, data_dir: Path, make_controller, tmp_path: Path) -> None:
    controller = make_controller(data_dir)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    window = controller.main_window
    assert window.school_label.text() == SCHOOL

    # add an account through the GUI
    window.workspace.show_page(window.settings_page)
    section = window.settings_page.accounts
    qtbot.waitUntil(lambda: len(section.accounts) == 1, timeout=10_000)
    section.add_button.click()
    dialog = section.current_dialog
    type_text(dialog.full_name, TEACHER)
    type_text(dialog.username, "gv.bich")
    type_text(dialog.password, "mật khẩu của Bích 1")
    type_text(dialog.confirm, "mật khẩu của Bích 1")
    dialog.submit()
    qtbot.waitUntil(lambda: len(section.accounts) == 2, timeout=10_000)

    # the access log, a backup, a copy to the clipboard
    window.workspace.show_page(window.audit_page)
    qtbot.waitUntil(lambda: window.audit_page.model.rowCount() > 0, timeout=10_000)
    usb = tmp_path / "usb"
    usb.mkdir()
    messages.set_next_path(usb)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not window.session_actions.backing_up, timeout=20_000)
    clipboard.copy_sensitive(TEACHER)

    # an unexpected error inside a worker job: shown generically, logged by type
    def boom() -> None:
        raise ValueError(f"{SCHOOL} / {PRINCIPAL}")

    failed: list[BaseException] = []
    controller.worker.submit(
        boom, on_error=lambda exc: (failed.append(exc), messages.show_error(window, exc))
    )
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert SCHOOL not in messages.history[-1][2]
    done: list[bool] = []
    controller.worker.submit(boom)  # no handler: the worker logs the type
    controller.worker.submit(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)

    # lock, unlock, quit (with the automatic backup on exit)
    window.lock_action.trigger()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.main_window.quit_action.trigger()
