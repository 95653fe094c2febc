"""The base of the small form dialogs (accounts, passwords): OK runs one service call on the
worker, shows a busy bar meanwhile, puts errors beside their field and closes on success.

Subclasses add their fields with :meth:`ServiceDialog.add_field` (or the password pair), check
what can be checked at once in :meth:`check`, and say which call to make in :meth:`call`.
Dialogs are opened with ``open()`` (window-modal, never blocking), so tests fill them in directly.
Password fields (and any other ``secret_editors``) are emptied whenever the dialog closes.

Nothing typed is lost by mistake: the values of the dialog's fields when it is shown are kept
(:mod:`form_state`), and Esc, Cancel or the close button ask first when they differ. A dialog
that calls :meth:`ServiceDialog.keep_drafts` also keeps what is typed as an encrypted draft
(:mod:`drafts`), offered back the next time it opens; passwords are never part of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.school import MIN_PASSWORD_LENGTH, validate_new_password
from kimbai_desktop.gui import form_state, messages
from kimbai_desktop.gui.date_field import typed_field_errors
from kimbai_desktop.gui.drafts import DraftKeeper, may_close
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldBox,
    FieldError,
    focus_first_wrong,
    heading_label,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker

log = logging.getLogger(__name__)

Call = tuple[Callable[..., Any], tuple[Any, ...]]


class ServiceDialog(QDialog):
    """``succeeded(result)`` fires after the service call returned, just before the dialog closes."""

    succeeded = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.busy = False
        self.result_value: Any = None
        self.boxes: dict[str, FieldBox] = {}
        self.password: QLineEdit | None = None
        self.confirm: QLineEdit | None = None
        self.secret_editors: list[QLineEdit] = []  # emptied whenever the dialog closes
        self.draft_keeper: DraftKeeper | None = None
        self._opened_with: form_state.Values | None = None  # the fields when first shown
        self._need_when_shown: int | None = None  # the layout's height then (fit_height)
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.heading = heading_label("", self, scale=1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.page_error = FieldError(self)
        self.busy_bar = BusyBar(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self)
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.page_error)
        layout.addStretch(1)
        # the busy bar beside the buttons, its room kept: the form does not move while saving
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy_bar.setSizePolicy(policy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy_bar, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)
        share_lock_shortcut(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # A preferred width, not a minimum: a fixed minimum would let wide fields be clipped.
        return super().sizeHint().expandedTo(QSize(560, 0))

    # -- building ----------------------------------------------------------------------------------

    def set_texts(self, heading: str, intro: str, ok_text: str) -> None:
        self.heading.setText(heading)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.ok_button.setText(ok_text)

    # -- fields ----------------------------------------------------------------------------------

    def add_field(self, name: str, label: str, editor: QWidget, hint: str = "") -> FieldBox:
        box = FieldBox(editor, hint, self)
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        self.form.addRow(caption, box)
        self.boxes[name] = box
        return box

    def add_password_pair(self, label: str, confirm_label: str) -> None:
        """A new password, its confirmation and a "show" box (fields ``password``/``confirm``)."""
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(1024)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setMaxLength(1024)
        hint = self.tr(
            "At least {min} characters. A short sentence that only the holder knows is easy to "
            "remember and hard to guess."
        ).format(min=MIN_PASSWORD_LENGTH)
        self.secret_editors += [self.password, self.confirm]
        self.add_field("password", label, self.password, hint)
        self.add_field("confirm", confirm_label, self.confirm)
        self.show_password = QCheckBox(self.tr("&Show the passwords"), self)
        form_state.skip(self.show_password)
        self.show_password.toggled.connect(self._toggle_echo)
        self.form.addRow("", self.show_password)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.password, self.confirm):
            if edit is not None:
                edit.setEchoMode(mode)

    def password_errors(self) -> dict[str, str]:
        """The new password's rules and the confirmation, checked before calling the service."""
        assert self.password is not None and self.confirm is not None
        try:
            validate_new_password(self.password.text(), self.confirm.text())
        except ValidationError as err:
            return messages.field_messages(err)
        return {}

    # -- what was typed ---------------------------------------------------------------------------

    def keep_drafts(self, session: Any, form: str, context: str | int = "") -> None:
        """Keep what is typed here as a draft of kind ``form`` for ``context`` (call at the end
        of the subclass's ``__init__``)."""
        self.draft_keeper = DraftKeeper(
            self, session, self.worker, form, context, self.form_values, self.restore_values
        )

    def form_values(self) -> form_state.Values:
        return form_state.values(self, tuple(self.secret_editors))

    def restore_values(self, values: form_state.Values) -> None:
        form_state.apply(self, values)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._opened_with is None:
            self._need_when_shown = self._needed_height()
            self._opened_with = self.form_values()
            if self.draft_keeper is not None:
                self.draft_keeper.start()

    def has_changes(self) -> bool:
        """Something was typed or changed since the dialog was shown."""
        if self._opened_with is None:
            return False
        return bool(form_state.changes(self._opened_with, self.form_values()))

    def mark_unchanged(self) -> None:
        """The fields as they are now count as "nothing typed" (after a late load)."""
        self._opened_with = self.form_values()
        if self.draft_keeper is not None:
            self.draft_keeper.mark_unchanged()

    # -- what subclasses say -----------------------------------------------------------------------

    def check(self) -> dict[str, str]:
        """Messages by field for what is wrong before calling the service (none: go on).
        Date and time fields whose text cannot be read are caught before (``typed_field_errors``)."""
        return {}

    def call(self) -> Call:
        raise NotImplementedError

    def failure_message(self, exc: BaseException) -> str:
        """The message for a failed call that is not about one field."""
        if not isinstance(exc, KimbaiError):
            log.error("%s failed: %s", type(self).__name__, type(exc).__name__)
        return messages.error_text(exc)

    # -- running -----------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy:
            return
        errors = typed_field_errors(self.boxes)
        if errors:  # the dialog's own checks may read the dates: only those they can read
            try:
                errors = {**self.check(), **errors}
            except ValueError:
                pass
        else:
            errors = self.check()
        if errors:
            self.show_errors(errors)
            return
        self.show_errors({})
        fn, args = self.call()
        self.set_busy(True)
        self.worker.submit(fn, *args, on_done=self._on_done, on_error=self._on_failed, context=self)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for box in self.boxes.values():
            box.editor.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        if busy:
            self.busy_bar.start(self.tr("Please wait..."))
        else:
            self.busy_bar.stop()

    def _on_done(self, result: Any) -> None:
        self.set_busy(False)
        if self.draft_keeper is not None:
            self.draft_keeper.discard()  # saved: the draft has done its work
        self.result_value = result
        self.succeeded.emit(result)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, ValidationError):
            self.show_errors(messages.field_messages(exc))
            return
        self.show_errors({})
        self.page_error.set_message(self.failure_message(exc))
        self.fit_height()

    def show_errors(self, found: dict[str, str]) -> None:
        """Each message beside its field (in the line kept free for it); messages for fields not
        in the form go underneath. The focus goes to the first wrong field as the form reads."""
        for box in self.boxes.values():
            box.set_error("")
        self.page_error.clear()
        other: list[str] = []
        for field, text in found.items():
            target = self.boxes.get(field)
            if target is None:
                other.append(text)
                continue
            target.set_error(text)
        if other:
            self.page_error.set_message("\n".join(other))
        self.fit_height()
        focus_first_wrong(self.boxes.values())

    def fit_height(self) -> None:
        """Grow by what messages need beyond the line kept free under each field (a message of
        several lines, a message for the whole form), never past the screen, instead of
        squeezing the fields. Messages that fit their line change nothing: the form stays put."""
        need = self._needed_height()
        if need is None:
            return
        if self._need_when_shown is None or need <= self._need_when_shown:
            return
        grow = need - self._need_when_shown
        self._need_when_shown = need
        screen = self.screen()
        room = screen.availableGeometry().height() - 40 if screen is not None else need
        height = min(self.height() + grow, max(room, self.height()))
        if height > self.height():
            self.resize(self.width(), height)

    def _needed_height(self) -> int | None:
        layout = self.layout()
        if layout is None:
            return None
        layout.activate()
        width = self.width()
        return (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )

    def field_error(self, name: str) -> str:
        return self.boxes[name].error.message()

    # -- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask first when something was typed."""
        if self.busy:
            return
        if not may_close(self, self.draft_keeper, self.has_changes()):
            return
        super().reject()

    def done(self, result: int) -> None:
        for edit in self.secret_editors:
            edit.clear()
        if self.draft_keeper is not None:
            self.draft_keeper.stop()  # a lock wrote the draft before closing the dialog
        super().done(result)
