"""Backups from the menu (into a chosen folder), automatic backups (daily and on exit), restoring
with its confirmation (the old data kept aside, the restored data unlocks), and the start-up
integrity check that offers the latest good backup."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import DatabaseDamaged
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.restore_dialog import RestoreDialog
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.backup import (
    BackupKind,
    StartupCheck,
    auto_backup,
    latest_good_backup,
    list_backups,
)
from kimbai_desktop.services.instance import InstanceLock
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import COUNSELLOR, STAFF_PASSWORD, add_staff, sign_in, tr, type_text
from tests.helpers import PASSWORD, USERNAME, make_school

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def school(data_dir: Path) -> Path:
    make_school(data_dir)
    add_staff(data_dir)
    return data_dir


@pytest.fixture
def folder_lock(school: Path):
    lock = InstanceLock(school)
    lock.acquire()
    yield lock
    lock.release()


def signed_in(qtbot, make_controller, school, username=USERNAME, password=PASSWORD, **kw):
    controller = make_controller(school, **kw)
    controller.start()
    sign_in(qtbot, controller, username, password)
    return controller


def test_backup_action_writes_a_file_into_the_chosen_folder(
    qtbot, school, make_controller, tmp_path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    controller = signed_in(qtbot, make_controller, school, COUNSELLOR[0], STAFF_PASSWORD)
    window = controller.main_window
    actions = window.session_actions

    messages.set_next_path("")  # cancelled: nothing happens
    window.backup_action.trigger()
    assert not actions.backing_up and list(usb.iterdir()) == []

    messages.set_next_path(usb)
    window.backup_action.trigger()
    assert actions.backing_up
    assert isinstance(actions.progress, QProgressDialog) and actions.progress.isVisible()
    qtbot.waitUntil(lambda: not actions.backing_up, timeout=20_000)
    files = list(usb.iterdir())
    assert len(files) == 1 and files[0].name.endswith(".kimbai-backup")
    assert "Trường" not in files[0].name  # the default name is the date only
    kind, title, text = messages.history[-1]
    assert (kind, title) == ("information", "Đã sao lưu")
    assert str(files[0]) in text


def test_backup_into_a_missing_folder_is_explained(qtbot, school, make_controller, tmp_path):
    controller = signed_in(qtbot, make_controller, school)
    actions = controller.main_window.session_actions
    messages.set_next_path(tmp_path / "usb-rut-ra" / "khong-co")
    controller.main_window.backup_action.trigger()
    qtbot.waitUntil(lambda: not actions.backing_up, timeout=20_000)
    kind, _title, text = messages.history[-1]
    assert kind == "critical" and "USB" in text


def test_daily_and_exit_backups(qtbot, school, make_controller) -> None:
    controller = signed_in(qtbot, make_controller, school)
    # The check runs beside the pages; the backup follows it at the first moment the worker
    # is free (at once, or at the next quiet retry when the first pages were still loading).
    qtbot.waitUntil(lambda: any(b.kind is BackupKind.AUTO for b in list_backups(school)),
                    timeout=30_000)
    qtbot.waitUntil(lambda: not controller._auto_backup_running, timeout=20_000)
    autos = [b for b in list_backups(school) if b.kind is BackupKind.AUTO]
    assert len(autos) == 1  # none was younger than a day: one made right after unlocking
    assert controller.backup_timer.isActive()
    controller.check_daily_backup()  # not due again the same day
    qtbot.waitUntil(lambda: not controller._auto_backup_running, timeout=20_000)
    assert len([b for b in list_backups(school) if b.kind is BackupKind.AUTO]) == 1
    controller.check_daily_backup(autos[0].created_at + timedelta(hours=25))
    qtbot.waitUntil(lambda: not controller._auto_backup_running, timeout=20_000)
    assert len([b for b in list_backups(school) if b.kind is BackupKind.AUTO]) == 2

    session = controller.session
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.quit()
    assert session.closed
    assert len([b for b in list_backups(school) if b.kind is BackupKind.AUTO]) == 3


def test_the_daily_backup_waits_for_a_pause(qtbot, school, make_controller) -> None:
    """Ten years of a large school take ~2 s to back up on the one worker: not while the user
    is busy right after signing in, but at the first pause."""
    controller = make_controller(school)
    controller.backup_quiet_seconds = 3600
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    qtbot.waitUntil(lambda: controller.last_check is not None, timeout=20_000)
    assert controller.quiet_timer.isActive() and not controller._auto_backup_running
    assert not [b for b in list_backups(school) if b.kind is BackupKind.AUTO]

    controller.backup_quiet_seconds = 0  # the pause has come
    controller.quiet_timer.timeout.emit()
    qtbot.waitUntil(lambda: any(b.kind is BackupKind.AUTO for b in list_backups(school)),
                    timeout=20_000)
    controller.lock()
    assert not controller.quiet_timer.isActive()


def test_restore_with_confirmation_keeps_the_old_data(
    qtbot, school, make_controller, folder_lock
) -> None:
    setup = unlock(school, USERNAME, PASSWORD)
    try:
        auto_backup(setup, "test")
        add_account(setup, "sau.saoluu", "Người Sau Sao Lưu", Role.TEACHER, "mật khẩu sau 12")
    finally:
        setup.close()
    controller = signed_in(qtbot, make_controller, school, instance_lock=folder_lock)
    window = controller.main_window
    old_session = controller.session
    window.restore_action.trigger()
    dialog = window.session_actions.current_dialog
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20_000)
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 3).text() == "Đã kiểm tra, dùng được"
    assert dialog.next_button.isEnabled()
    dialog.go_to_confirm()
    assert dialog.on_confirm_step()
    assert str(school) in dialog.kept_label.text() and "kept-" in dialog.kept_label.text()
    chosen = dialog.chosen_path
    dialog.restore_button.click()

    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=30_000)
    assert old_session.closed and window.locked
    assert folder_lock.held
    result = controller.last_restore
    assert result is not None and result.backup.path == chosen
    kept = result.kept_dir
    assert kept is not None and kept.parent == school and (kept / "kimbai.db").is_file()
    kind, title, text = messages.history[-1]
    assert (kind, title) == ("information", "Đã khôi phục xong")
    assert str(kept) in text

    sign_in(qtbot, controller, USERNAME, PASSWORD)
    settings = controller.main_window.settings_page
    controller.main_window.workspace.show_page(settings)
    qtbot.waitUntil(lambda: len(settings.accounts.accounts) == 3, timeout=10_000)
    assert "sau.saoluu" not in [a.username for a in settings.accounts.accounts]


def test_restore_of_a_bad_file_changes_nothing(
    qtbot, school, make_controller, folder_lock, tmp_path
) -> None:
    bad = tmp_path / "hong.kimbai-backup"
    bad.write_bytes(b"not a backup")
    controller = signed_in(qtbot, make_controller, school, instance_lock=folder_lock)
    window = controller.main_window
    window.restore_action.trigger()
    dialog = window.session_actions.current_dialog
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20_000)
    messages.set_next_path(bad)
    dialog.other_button.click()
    assert dialog.on_confirm_step() and str(bad) in dialog.what_label.text()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=30_000)
    assert folder_lock.held
    kind, _title, text = messages.history[-1]
    assert kind == "critical" and text.startswith("Không dùng được tệp sao lưu này")
    assert not any(p.name.startswith("kept-") for p in school.iterdir())
    sign_in(qtbot, controller, USERNAME, PASSWORD)


def test_startup_check_failure_offers_the_latest_good_backup(
    qtbot, school, make_controller, folder_lock
) -> None:
    setup = unlock(school, USERNAME, PASSWORD)
    try:
        auto_backup(setup, "test")
    finally:
        setup.close()
    good = latest_good_backup(school)
    assert good is not None
    controller = make_controller(school, instance_lock=folder_lock)
    controller.startup_check = lambda _session: StartupCheck(False, ("page 7",), good)
    controller.start()
    messages.set_next_answer(YES)
    dialog = controller.unlock_dialog
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()  # unlocks, the check fails, the offer is accepted, the restore runs
    qtbot.waitUntil(lambda: controller.last_restore is not None, timeout=30_000)
    offer = next(h for h in messages.history if h[0] == "question")
    assert offer[1] == "Tệp dữ liệu bị hỏng"
    assert "Đừng tiếp tục làm việc trên tệp này" in offer[2]
    assert "Khôi phục ngay bản sao lưu tốt gần nhất" in offer[2]
    assert controller.last_restore.backup.path == good.path
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)


def test_startup_check_failure_without_a_backup(qtbot, school, make_controller) -> None:
    controller = make_controller(school)
    controller.startup_check = lambda _session: StartupCheck(False, ("unreadable",), None)
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    kind, title, text = messages.history[-1]
    assert (kind, title) == ("critical", "Tệp dữ liệu bị hỏng")
    assert "người hỗ trợ tin học" in text and "USB" in text
    banner = controller.main_window.workspace.banner
    assert banner.message().startswith("Tệp dữ liệu bị hỏng. Đừng tiếp tục làm việc trên đó")
    assert not controller._auto_backup_running  # no automatic backup of damaged data


def test_a_real_damaged_file_is_noticed(qtbot, school, make_controller) -> None:
    """Damage a page in the middle of the file: the real check finds it after unlocking."""
    db = school / "kimbai.db"
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 6 * page
    middle = (len(raw) // page // 2) * page
    for i in range(middle + 100, middle + 400):
        raw[i] ^= 0xFF
    db.write_bytes(bytes(raw))
    controller = make_controller(school)
    controller.start()
    dialog = controller.unlock_dialog
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()

    def settled() -> bool:
        """The start-up check ran after unlocking, or the unlock stopped with a message. An
        unlock that succeeded deletes the dialog, so it is only read while it still exists."""
        if controller.last_check is not None:
            return True
        return shiboken6.isValid(dialog) and not dialog.busy and bool(dialog.error.message())

    qtbot.waitUntil(settled, timeout=20_000)
    if controller.last_check is None:  # the damage already stopped the unlock: also explained
        assert dialog.error.message() == tr("Errors", DatabaseDamaged.message)
        assert controller.main_window is None or controller.main_window.workspace is None
        return
    assert not controller.last_check.ok
    assert any(h[1] == tr("AppController", "The data file is damaged") for h in messages.history)
    assert controller.main_window.workspace.banner.message()  # and it stays said on the window


def test_the_restore_list_without_backups(qtbot, school, worker) -> None:
    dialog = RestoreDialog(school, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert dialog.table.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.next_button.isEnabled()
    dialog.go_to_confirm()  # nothing chosen: stays on the list
    assert not dialog.on_confirm_step()
    dialog.accept()  # Enter on the list does not restore anything
    assert dialog.isVisible()


def test_a_start_up_check_that_cannot_run_counts_as_damage(qtbot, school, make_controller):
    def broken(_session):
        raise RuntimeError("the check could not run")

    controller = make_controller(school)
    controller.startup_check = broken
    controller.start()
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    assert not controller.last_check.ok
    assert any(h[1] == "Tệp dữ liệu bị hỏng" for h in messages.history)


def test_locking_during_a_backup(qtbot, school, make_controller, tmp_path) -> None:
    import threading

    usb = tmp_path / "usb"
    usb.mkdir()
    controller = signed_in(qtbot, make_controller, school)
    window = controller.main_window
    actions = window.session_actions
    gate = threading.Event()
    controller.worker.submit(gate.wait, 10)  # the worker is busy: the backup waits its turn
    messages.set_next_path(usb)
    window.backup_action.trigger()
    assert actions.backing_up
    shown = len(messages.history)
    window.lock_action.trigger()
    assert not actions.backing_up and actions.progress is None
    gate.set()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)
    done: list[bool] = []
    controller.worker.submit(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert len(list(usb.iterdir())) == 1  # made before the data was closed
    assert len(messages.history) == shown  # nothing shown over the locked screen
    sign_in(qtbot, controller, USERNAME, PASSWORD)
    messages.set_next_path(usb)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not actions.backing_up, timeout=20_000)
    assert len(list(usb.iterdir())) == 2


def test_the_startup_check_does_not_hold_the_worker(qtbot, school, make_controller) -> None:
    """Issue 20: the check reads the whole file (seconds at a large school) on its own thread
    and connection, so the first page a user opens right after sign-in does not wait for it."""
    release = threading.Event()
    checking = threading.Event()

    def slow_check(session):  # type: ignore[no-untyped-def]
        checking.set()
        release.wait(20)
        return StartupCheck(True, (), None)

    controller = make_controller(school)
    controller.startup_check = slow_check
    controller.start()
    dialog = controller.unlock_dialog
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20_000)
    qtbot.waitUntil(checking.is_set, timeout=20_000)
    answered = []
    controller.worker.submit(lambda: "page", on_done=answered.append)
    qtbot.waitUntil(lambda: answered == ["page"], timeout=5_000)  # while the check still runs
    assert controller.last_check is None
    release.set()
    qtbot.waitUntil(lambda: controller.last_check is not None, timeout=20_000)
    assert controller.last_check.ok
