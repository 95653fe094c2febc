"""Helpers for GUI tests: the Vietnamese the user sees for an English source string, typing
Vietnamese the way an input method delivers it, signing in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_CATALOGUE: list[QTranslator] = []


def tr(context: str, source: str, n: int = -1) -> str:
    """What the user sees for the English ``source`` of ``context``: the Vietnamese catalogue's
    translation, as the code's ``tr()`` gets it (the GUI tests run with the catalogue loaded).

    Tests compare shown text with this rather than with a copy of the Vietnamese, so that wording
    tweaks in the catalogue don't break them; the entry must be in the catalogue, though, so that
    English shown to the user (a wrong context, a missing entry) still fails. ``n`` picks the
    plural form of a ``%n`` message.
    """
    if not _CATALOGUE:
        from kimbai_desktop.config import resource_path

        translator = QTranslator()
        assert translator.load(str(resource_path("translations", "kimbai_vi.qm")))
        _CATALOGUE.append(translator)
    found = _CATALOGUE[0].translate(context, source, None, n)
    assert found, f"not in the catalogue: [{context}] {source}"
    return QCoreApplication.translate(context, source, None, n)


def type_text(widget: QWidget, text: str, replace: bool = True) -> None:
    """Type ``text`` into ``widget`` as a Vietnamese input method (Unikey, EVKey) commits it.

    ``qtbot.keyClicks`` aborts the process on non-ASCII characters, so the text arrives as the
    commit string of a QInputMethodEvent sent to the focused widget, exactly like real typing.
    """
    widget.setFocus()
    if replace and isinstance(widget, QLineEdit):
        widget.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def visible_top_levels(kind: type) -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# -- the navigation of each role ---------------------------------------------------------------------

# Top to bottom: (the workspace's attribute holding the page, the English title of its item in the
# code, shown in Vietnamese). The one place to change when a page is added or moved.
NAVIGATION: dict[str, list[tuple[str, str]]] = {
    "principal": [
        ("overview_page", "Overview"),
        ("cases_page", "Case files"),
        ("register_page", "Register"),
        ("training_page", "Training"),
        ("reports_page", "Reports"),
        ("school_page", "School"),
        ("audit_page", "Access log"),
        ("settings_page", "Settings"),
    ],
    "counsellor": [
        ("overview_page", "Overview"),
        ("cases_page", "Case files"),
        ("register_page", "Register"),
        ("training_page", "Training"),
        ("reports_page", "Reports"),
        ("school_page", "School"),
        ("settings_page", "Settings"),
    ],
    "teacher": [
        ("concerns_page", "Report a concern"),
        ("school_page", "School"),
        ("settings_page", "Settings"),
    ],
    "viewer": [
        ("overview_page", "Overview"),  # the figures only
        ("reports_page", "Reports"),
        ("school_page", "School"),
        ("settings_page", "Settings"),
    ],
}


def navigation_titles(role: str) -> list[str]:
    """The titles the user sees in the navigation, top to bottom."""
    return [tr("Workspace", title) for _, title in NAVIGATION[role]]


# -- a school with staff, and the controller signed in ---------------------------------------------

STAFF_PASSWORD = "mật khẩu giáo viên 1"  # noqa: S105 - test data
TEACHER = ("gv.lan", "Trần Thị Lan")
COUNSELLOR = ("tv.minh", "Lê Văn Minh")


def add_staff(data_dir) -> None:
    """A teacher and a counsellor besides the principal (through the services, off the GUI)."""
    from kimbai_desktop.domain.enums import Role
    from kimbai_desktop.services.accounts import add_account
    from kimbai_desktop.services.session import unlock
    from tests.helpers import PASSWORD, USERNAME

    session = unlock(data_dir, USERNAME, PASSWORD)
    try:
        add_account(session, TEACHER[0], TEACHER[1], Role.TEACHER, STAFF_PASSWORD)
        add_account(session, COUNSELLOR[0], COUNSELLOR[1], Role.COUNSELLOR, STAFF_PASSWORD)
    finally:
        session.close()


def sign_in(qtbot, controller, username: str, password: str) -> None:
    """Fill the controller's unlock dialog and wait for the main window and the start-up check."""
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    dialog.submit()
    qtbot.waitUntil(
        lambda: (
            controller.session is not None
            and controller.main_window is not None
            and controller.main_window.school_label.text() != ""
            and controller.last_check is not None
            and not controller.audit_check.running  # the audit trail's check, in slices
        ),
        timeout=15_000,
    )


def run(qtbot, worker, fn, *args, timeout: int = 15_000, **kwargs):
    """Run ``fn`` on the worker and return its result (or the exception it raised)."""
    out: list[object] = []
    worker.submit(fn, *args, on_done=out.append, on_error=out.append, **kwargs)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    return out[0]


def shown_texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows: labels, fields, buttons, table and list cells, titles."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QListWidget,
        QTableWidget,
        QTextEdit,
    )

    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            texts += [
                widget.item(r, c).text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if widget.item(r, c) is not None
            ]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()  # table and tree views: every top-level cell's text
            texts += [
                str(model.data(model.index(r, c)) or "")
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def answer_export_password(qtbot, parent: QWidget, password: str, again: str | None = None,
                           key: object = None):
    """Type the file's password twice in the open password dialog, as a user does (ASCII keys
    one by one), then press ``key`` (Enter by default; Esc cancels). Returns the dialog."""
    from PySide6.QtCore import Qt

    from kimbai_desktop.gui.export_password_dialog import ExportPasswordDialog

    found: list[ExportPasswordDialog] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(ExportPasswordDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    dialog = found[-1]
    qtbot.keyClicks(dialog.password, password)
    dialog.again.setFocus()
    qtbot.keyClicks(dialog.again, password if again is None else again)
    qtbot.keyClick(dialog.again, key if key is not None else Qt.Key.Key_Return)
    return dialog
