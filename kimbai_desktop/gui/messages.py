"""Message boxes behind one seam, and error messages safe to show.

Every modal box of the application goes through :func:`information`, :func:`warning`,
:func:`critical` or :func:`question`. Tests answer them without showing anything, as KeePassXC's
``MessageBox::setNextAnswer`` does: :func:`set_next_answer` answers the next box, and
:func:`set_auto_answer` answers every box (the test suite turns it on so nothing ever blocks).
Each box shown or answered is recorded in :data:`history` as ``(kind, title, text)``.

File and folder dialogs have the same seam (KeePassXC's ``fileDialog()->setNextFileName``):
:func:`set_next_path` answers the next :func:`choose_folder` or :func:`choose_open_file` ("" means
cancelled); with an auto answer set and nothing queued they return "" without showing anything.

:func:`show_error` shows a :class:`~kimbai_desktop.domain.errors.KimbaiError` in the user's
language; any other exception gets a generic message without its text (exception text may hold
personal data) and only its type is logged.
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.gui.widgets import share_lock_shortcut

log = logging.getLogger(__name__)

Button = QMessageBox.StandardButton

_next_answers: deque[Button] = deque()
_next_paths: deque[str] = deque()
_auto_answer: Button | None = None
history: list[tuple[str, str, str]] = []


def set_next_answer(answer: Button) -> None:
    """The next message box returns ``answer`` at once, without being shown."""
    _next_answers.append(answer)


def set_auto_answer(answer: Button | None) -> None:
    """Answer every message box with ``answer`` (``None``: show boxes again)."""
    global _auto_answer
    _auto_answer = answer


def reset() -> None:
    """Forget queued answers, the auto answer and the history (between tests)."""
    global _auto_answer
    _next_answers.clear()
    _next_paths.clear()
    _auto_answer = None
    history.clear()


def qt_translate(context: str, text: str) -> str:
    """The ``translate(context, text)`` function that :meth:`KimbaiError.render` expects."""
    return QCoreApplication.translate(context, text)


def _ask(
    kind: str,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    names: dict[Button, str] | None = None,
) -> Button:
    history.append((kind, title, text))
    if _next_answers:
        return _next_answers.popleft()
    if _auto_answer is not None:
        return _auto_answer if buttons & _auto_answer else default
    icon = {
        "information": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "critical": QMessageBox.Icon.Critical,
        "question": QMessageBox.Icon.Question,
    }[kind]
    box = QMessageBox(icon, title, text, buttons, parent)
    share_lock_shortcut(box)
    box.setDefaultButton(default)
    box.setTextFormat(Qt.TextFormat.PlainText)
    for button, name in (names or {}).items():
        shown = box.button(button)
        if shown is not None:
            shown.setText(name)
    return Button(box.exec())


def information(parent: QWidget | None, title: str, text: str) -> Button:
    return _ask("information", parent, title, text, Button.Ok, Button.Ok)


def warning(parent: QWidget | None, title: str, text: str) -> Button:
    return _ask("warning", parent, title, text, Button.Ok, Button.Ok)


def critical(parent: QWidget | None, title: str, text: str) -> Button:
    return _ask("critical", parent, title, text, Button.Ok, Button.Ok)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.No,
    names: dict[Button, str] | None = None,
) -> Button:
    """Ask; returns the button chosen. The safe answer (No) is the default. ``names`` gives
    buttons words of their own ("Keep as a draft") instead of Yes and No."""
    return _ask("question", parent, title, text, buttons, default, names)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """``question`` reduced to yes or no."""
    return question(parent, title, text) == Button.Yes


def set_next_path(path: str | Path) -> None:
    """The next file or folder dialog returns ``path`` at once ("" answers "cancelled")."""
    _next_paths.append(str(path))


def _answered_path(kind: str, title: str) -> str | None:
    history.append((kind, title, ""))
    if _next_paths:
        return _next_paths.popleft()
    if _auto_answer is not None:
        return ""
    return None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """Ask for an existing folder (a USB drive for a backup). Returns "" if cancelled."""
    answer = _answered_path("folder", title)
    if answer is not None:
        return answer
    return QFileDialog.getExistingDirectory(parent, title, start, QFileDialog.Option.ShowDirsOnly)


def choose_open_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """Ask for an existing file to open. Returns "" if cancelled."""
    answer = _answered_path("open-file", title)
    if answer is not None:
        return answer
    path, _selected = QFileDialog.getOpenFileName(parent, title, start, name_filter)
    return path


def choose_save_file(parent: QWidget | None, title: str, start: str, name_filter: str) -> str:
    """Ask where to save a file (an explicit, audited export). Returns "" if cancelled."""
    answer = _answered_path("save-file", title)
    if answer is not None:
        return answer
    path, _selected = QFileDialog.getSaveFileName(parent, title, start, name_filter)
    return path


def error_text(exc: BaseException) -> str:
    """A message for the user: the translated KimbaiError message, else a generic one."""
    if isinstance(exc, ValidationError) and exc.field_errors:
        # Shown where no form marks the fields (a page's options): say what is wrong.
        return "\n".join([exc.render(qt_translate), *field_messages(exc).values()])
    if isinstance(exc, KimbaiError):
        return exc.render(qt_translate)
    return QCoreApplication.translate(
        "Messages",
        "Something unexpected went wrong and the action was not completed. Please try again; "
        "if it happens again, close KimBai Desktop and open it again.",
    )


def field_messages(err: ValidationError) -> dict[str, str]:
    """Each field's message from a ValidationError, translated, with its parameters filled in."""
    return {field: err.field_text(field, qt_translate) for field in err.field_errors}


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` to the user. Unexpected exceptions are logged by type only, never by text."""
    if not isinstance(exc, KimbaiError):
        log.error("Unexpected error: %s", type(exc).__name__)
    if title is None:
        title = QCoreApplication.translate("Messages", "KimBai Desktop")
    critical(parent, title, error_text(exc))
