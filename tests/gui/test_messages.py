"""The message-box seam and error messages: KimbaiError messages are translated; any other
exception gets a generic message without its text."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import UnlockThrottled, ValidationError, WrongPassword
from kimbai_desktop.gui import labels, messages

Button = QMessageBox.StandardButton


def test_next_answer_and_history(qtbot) -> None:
    messages.set_next_answer(Button.Yes)
    assert messages.question(None, "Tiêu đề", "Câu hỏi?") == Button.Yes
    assert messages.question(None, "Tiêu đề", "Lần nữa?") == Button.No  # auto answer: the default
    assert messages.confirm(None, "T", "?") is False
    assert messages.history[0] == ("question", "Tiêu đề", "Câu hỏi?")


def test_known_errors_are_translated(qtbot) -> None:
    messages.show_error(None, WrongPassword())
    kind, title, text = messages.history[-1]
    assert kind == "critical" and title == "KimBai Desktop"
    assert text.startswith("Tên tài khoản hoặc mật khẩu không đúng.")
    assert messages.error_text(UnlockThrottled(seconds=30)) == (
        "Đã nhập sai mật khẩu quá nhiều lần. Vui lòng chờ 30 giây rồi thử lại."
    )


def test_unexpected_errors_hide_their_text(qtbot, caplog) -> None:
    secret = "Lê Thị Bí Mật, lớp 3A"  # noqa: S105 - a canary, not a password
    with caplog.at_level(logging.ERROR):
        messages.show_error(None, RuntimeError(secret))
    text = messages.history[-1][2]
    assert secret not in text and text.startswith("Đã xảy ra lỗi không mong muốn")
    assert "RuntimeError" in caplog.text and secret not in caplog.text


def test_field_messages_fill_parameters() -> None:
    err = ValidationError({"password": "The password needs at least {min} characters."}, min=8)
    assert messages.field_messages(err) == {"password": "Mật khẩu cần có ít nhất 8 ký tự."}


def test_enum_labels_follow_the_language() -> None:
    assert labels.label(Role.PRINCIPAL) == "Hiệu trưởng"
    labels.set_language("en")
    try:
        assert labels.label(Role.PRINCIPAL) == "Principal"
    finally:
        labels.set_language("vi")
