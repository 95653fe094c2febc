"""The main window: header with school and user, only real pages, the principal edits the
school profile (others read only), settings, sign-out and quit."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionViewItem

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import PermissionDenied
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.main_window import MainWindow
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.session import unlock
from tests.gui.helpers import navigation_titles, type_text
from tests.helpers import PASSWORD, USERNAME, make_school


@pytest.fixture
def session(data_dir: Path):
    make_school(data_dir)
    s = unlock(data_dir, USERNAME, PASSWORD)
    yield s
    s.close()


def run(qtbot, worker: DbWorker, fn, *args):
    out: list[object] = []
    worker.submit(fn, *args, on_done=out.append, on_error=out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return out[0]


def open_window(qtbot, session, worker, settings=None) -> MainWindow:
    window = MainWindow(session, worker, settings or AppSettings(), "vi")
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitUntil(lambda: window.school_label.text() != "", timeout=10_000)
    return window


def press_shortcut_of(qtbot, window: MainWindow, page) -> None:
    """Ctrl+<the page's place in the navigation>, as the user presses it."""
    number = window.stack.indexOf(page) + 1
    assert 1 <= number <= 9
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)


def test_header_title_and_pages(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    assert window.windowTitle() == "KimBai Desktop"
    assert window.school_label.text() == "Trường Tiểu học Thử Nghiệm"
    assert window.user_label.text() == "Đang đăng nhập: Nguyễn Thị Thử (Hiệu trưởng)"
    assert window.page_titles() == navigation_titles("principal")
    assert window.stack.currentWidget() is window.workspace.overview_page  # "what to do today"
    press_shortcut_of(qtbot, window, window.school_page)
    assert window.stack.currentWidget() is window.school_page
    assert window.school_page.form.fields["principal_name"].text() == "Nguyễn Thị Thử"
    press_shortcut_of(qtbot, window, window.settings_page)
    assert window.stack.currentWidget() is window.settings_page
    press_shortcut_of(qtbot, window, window.audit_page)
    assert window.stack.currentWidget() is window.audit_page
    assert window.menu_titles() == ["&Hệ thống", "&Dữ liệu", "&Trợ giúp"]
    system = window.menuBar().actions()[0].menu()
    assert [a.text() for a in system.actions() if not a.isSeparator()] == [
        "&Khóa màn hình",
        "Đổi &mật khẩu của tôi...",
        "Đăng &xuất",
        "&Thoát",
    ]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_principal_edits_the_school_profile(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    page = window.school_page
    assert page.can_edit and not page.save_button.isEnabled()
    type_text(page.form.fields["school_name"], "Trường Tiểu học Đồng Tâm")
    assert page.save_button.isEnabled() and page.has_unsaved_changes()
    with qtbot.waitSignal(page.profile_saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Đã lưu thông tin nhà trường."
    assert window.school_label.text() == "Trường Tiểu học Đồng Tâm"
    assert not page.has_unsaved_changes()
    saved = run(qtbot, worker, session.school_profile)
    assert saved.school_name == "Trường Tiểu học Đồng Tâm"


def test_save_shows_validation_beside_the_field(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    page = window.school_page
    window.workspace.show_page(page)
    type_text(page.form.fields["school_year"], "2024")
    qtbot.keyClick(page.form.fields["school_year"], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not page.saving, timeout=10_000)
    assert page.form.error_of("school_year") == (
        "Ghi năm học bằng hai năm liên tiếp, ví dụ 2024-2025."
    )
    QCoreApplication.processEvents()
    box = page.form.boxes["school_year"]
    assert box.height() >= box.minimumSizeHint().height()  # the message does not squeeze the field
    assert page.has_unsaved_changes()
    page.revert()
    assert page.form.fields["school_year"].text() == "2024-2025"
    assert page.form.error_of("school_year") == ""


def test_other_roles_see_the_profile_read_only(qtbot, session, worker) -> None:
    session.user = dataclasses.replace(session.user, role=Role.TEACHER)
    window = open_window(qtbot, session, worker)
    page = window.school_page
    assert not page.can_edit
    assert all(edit.isReadOnly() for edit in page.form.fields.values())
    assert page.save_button.isHidden()
    assert "(Giáo viên)" in window.user_label.text()
    page.save()  # nothing happens
    assert not page.saving
    result = run(
        qtbot, worker, session.update_school_profile, run(qtbot, worker, session.school_profile)
    )
    assert isinstance(result, PermissionDenied)


def test_settings_store_the_language_only(qtbot, session, worker, data_dir) -> None:
    window = open_window(qtbot, session, worker)
    page = window.settings_page
    assert page.language.currentText() == "Tiếng Việt"
    assert not page.language_note.isVisibleTo(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert AppSettings().language == "en"
    assert page.language_note.isVisibleTo(page)
    assert page.data_dir_label.text() == str(data_dir)
    window.dispose()
    stored = QSettings()
    for key in stored.allKeys():
        value = str(stored.value(key))
        assert "Thử" not in value and USERNAME not in value


def test_sign_out_asks_about_unsaved_changes(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    type_text(window.school_page.form.fields["place_name"], "Đồng Tâm")
    requested: list[bool] = []
    window.sign_out_requested.connect(lambda: requested.append(True))
    messages.set_next_answer(QMessageBox.StandardButton.No)
    window.sign_out_action.trigger()
    assert requested == []
    assert messages.history[-1][1] == "Thay đổi chưa lưu"
    messages.set_next_answer(QMessageBox.StandardButton.Yes)
    window.sign_out_action.trigger()
    assert requested == [True]


def test_closing_the_window_asks_to_quit(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    with qtbot.waitSignal(window.quit_requested, timeout=2000):
        window.close()
    assert window.isVisible()  # the controller closes it after closing the session
    window.dispose()
    assert not window.isVisible()


def test_fits_an_old_office_screen(qtbot, session, worker) -> None:
    window = open_window(qtbot, session, worker)
    window.resize(1366, 768)
    assert window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768


@pytest.mark.parametrize("point_size", [None, 11])
def test_every_navigation_title_is_shown_whole(qtbot, session, worker, point_size) -> None:
    """The principal has the most pages and the longest titles ("Tập huấn, tuyên truyền"): at
    1366x768 none is cut short with "...", as the item's style lays it out, with the default
    font and with a larger one (the width follows the text, it is not a fixed guess)."""
    app = QApplication.instance()
    default_font = app.font()
    if point_size is not None:
        font = QFont(default_font)
        font.setPointSize(point_size)
        app.setFont(font)
    try:
        window = open_window(qtbot, session, worker)
        window.resize(1366, 768)
        QCoreApplication.processEvents()
        nav = window.nav
        assert nav is not None and nav.count() >= 7
        assert not nav.horizontalScrollBar().isVisible()
        assert not nav.verticalScrollBar().isVisible()
        style, metrics = nav.style(), nav.fontMetrics()
        for row in range(nav.count()):
            item = nav.item(row)
            option = QStyleOptionViewItem()
            nav.initViewItemOption(option)
            nav.itemDelegate().initStyleOption(option, nav.indexFromItem(item))
            option.rect = nav.visualItemRect(item)
            assert nav.viewport().rect().contains(option.rect), item.text()
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav)
            assert text.left() > option.rect.left() + nav.iconSize().width()  # beside the icon
            shown = metrics.elidedText(item.text(), Qt.TextElideMode.ElideRight, text.width())
            assert shown == item.text()
        assert 180 <= nav.width() <= 260
        window.dispose()
    finally:
        app.setFont(default_font)


def test_about_shows_the_version_and_the_licences(qtbot, session, worker) -> None:
    from kimbai_desktop import __version__
    from kimbai_desktop.gui.about_dialog import AboutDialog

    window = open_window(qtbot, session, worker)
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    licences = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert names[0].startswith("Liberation Serif") and "SIL Open Font License" in licences[0]
    assert any(n.startswith("PySide6") for n in names) and all(licences)
    assert __version__ in dialog.findChildren(type(window.school_label))[0].text()
    dialog.close()
