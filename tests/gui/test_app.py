"""Start-up and the flow between windows: wizard or unlock, main window, sign-out, quit, the
single-instance lock, the demo, and the exception hook that never shows or logs error text."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kimbai_desktop import app as app_module
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.app_controller import AppController
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.setup_wizard import SetupWizard
from kimbai_desktop.gui.unlock_dialog import UnlockDialog
from kimbai_desktop.services.instance import InstanceLock
from tests.gui.helpers import type_text, visible_top_levels
from tests.helpers import PASSWORD, USERNAME, make_school


def make_controller(data_dir: Path, worker) -> AppController:
    return AppController(data_dir, worker, AppSettings(), "vi")


def test_flow_unlock_main_sign_out_quit(qtbot, data_dir, worker) -> None:
    make_school(data_dir)
    controller = make_controller(data_dir, worker)
    controller.start()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    type_text(dialog.username, USERNAME)
    type_text(dialog.password, PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    session = controller.session
    qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=10_000)

    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)
    assert controller.session is None and session.closed
    assert controller.main_window is None
    assert controller.unlock_dialog.username.text() == USERNAME  # kept in memory only
    assert controller.unlock_dialog.password.text() == ""

    type_text(controller.unlock_dialog.password, PASSWORD)
    controller.unlock_dialog.submit()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    session = controller.session
    with qtbot.waitSignal(controller.finished, timeout=10_000) as blocker:
        controller.main_window.quit_action.trigger()
    assert blocker.args == [0]
    assert session.closed
    controller.shutdown()


def test_first_run_shows_the_wizard(qtbot, data_dir, worker) -> None:
    controller = make_controller(data_dir, worker)
    controller.start()
    assert isinstance(controller.wizard, SetupWizard) and controller.wizard.isVisible()
    with qtbot.waitSignal(controller.finished, timeout=5000) as blocker:
        controller.wizard.reject()
    assert blocker.args == [0]
    controller.shutdown()


def test_closing_the_unlock_dialog_quits(qtbot, data_dir, worker) -> None:
    make_school(data_dir)
    controller = make_controller(data_dir, worker)
    controller.start()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.unlock_dialog.reject()
    controller.shutdown()


def test_a_second_instance_is_refused(qtbot, data_dir) -> None:
    lock = InstanceLock(data_dir)
    lock.acquire()
    try:
        assert app_module.main(["--data-dir", str(data_dir)]) == 1
    finally:
        lock.release()
    kind, _title, text = messages.history[-1]
    assert kind == "critical"
    assert text.startswith("KimBai Desktop đang mở trên máy này; hãy đóng nó trước.")


def test_demo_signs_in_and_removes_its_folder(qtbot, monkeypatch, tmp_path) -> None:
    made: list[Path] = []
    real_mkdtemp = app_module.tempfile.mkdtemp

    def mkdtemp(prefix: str = "") -> str:
        path = real_mkdtemp(prefix=prefix, dir=tmp_path)
        made.append(Path(path))
        return path

    monkeypatch.setattr(app_module.tempfile, "mkdtemp", mkdtemp)
    seen: dict[str, str] = {}

    def poll() -> None:
        windows = visible_top_levels(MainWindow)
        if windows and windows[0].school_label.text():
            seen["school"] = windows[0].school_label.text()
            seen["title"] = windows[0].windowTitle()
            windows[0].quit_action.trigger()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert app_module.main(["--demo", "--lang", "vi"]) == 0
    assert "(dữ liệu mẫu)" in seen["school"]
    assert seen["title"] == "KimBai Desktop"
    assert made and made[0].name.startswith("kimbai-demo-")
    assert not made[0].exists()


def test_first_run_from_main(qtbot, data_dir) -> None:
    def poll() -> None:
        wizards = visible_top_levels(SetupWizard)
        if wizards:
            wizards[0].reject()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert app_module.main(["--data-dir", str(data_dir)]) == 0


def test_excepthook_logs_the_type_only(qtbot, caplog) -> None:
    previous = sys.excepthook
    try:
        app_module.install_excepthook()
        secret = "Nguyễn Văn Bí Mật"  # noqa: S105 - a canary, not a password
        with caplog.at_level(logging.ERROR):
            try:
                raise ValueError(secret)
            except ValueError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert "ValueError" in caplog.text
    assert secret not in caplog.text
    kind, _title, text = messages.history[-1]
    assert kind == "critical" and secret not in text
    assert text.startswith("Đã xảy ra lỗi không mong muốn")


def test_language_choice(qtbot) -> None:
    assert app_module.choose_language("en") == "en"
    assert app_module.choose_language(None) == "vi"
    AppSettings().language = "en"
    assert app_module.choose_language(None) == "en"
    assert QApplication.instance() is not None
