"""The intake dialog of a new case (tiếp nhận, Mẫu số 01): the form (:mod:`intake_form`), then
"search before create": before saving, cases about the same child in the last two weeks are
looked up (``cases.possible_duplicates``) and shown with the choice to open the existing case or
to go on. Messages appear beside the fields. What is typed is kept as an encrypted draft
(:mod:`kimbai_desktop.gui.drafts`) a few seconds after the typing stops and when the screen
locks; cancelling a form with content asks whether to keep it as a draft, and the next intake
offers the draft back. Ctrl+S or Ctrl+Enter saves (Enter alone stays in the form: it adds the
pupil or child being typed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import form_state, messages
from kimbai_desktop.gui.cases.duplicate_panel import DuplicatePanel
from kimbai_desktop.gui.cases.intake_form import IntakeForm
from kimbai_desktop.gui.date_field import typed_field_errors
from kimbai_desktop.gui.drafts import DraftKeeper, may_close
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldError,
    heading_label,
    hint_label,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import cases
from kimbai_desktop.services.cases import CaseIntake

__all__ = ["IntakeDialog"]

Button = QMessageBox.StandardButton


class IntakeDialog(QDialog):
    """``case_created(case_id)``, ``open_existing(case_id)``."""

    case_created = Signal(int)
    open_existing = Signal(int)

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.busy = False
        self.duplicates: list[Any] = []
        self._pending: CaseIntake | None = None
        self._leaving = False
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)
        self.fields = IntakeForm(session, worker, self)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.fields)
        self.scroll_area = scroll
        self.duplicate_panel = DuplicatePanel(self)
        self.duplicate_panel.open_requested.connect(self._open_existing)
        self.duplicate_panel.continue_requested.connect(self.save_anyway)
        self.duplicate_panel.back_requested.connect(self.hide_duplicates)
        self.page_error = FieldError(self)
        self.busy_bar = BusyBar(self)
        self.restored_note = hint_label(
            self.tr("Your unfinished case was restored. Check it and save it, or cancel."), self
        )
        self.restored_note.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save the case"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("New case: intake (Mẫu số 01)"), self, 1.25))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Fields marked * are needed. Write what you know now; the rest can be added to the "
                    "chronology later. Times are HH:mm dd/mm/yyyy."
                ),
                self,
            )
        )
        layout.addWidget(self.restored_note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicate_panel)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.page_error)
        layout.addLayout(buttons)
        for keys in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.submit)
        share_lock_shortcut(self)
        self.resize(960, 690)
        self.draft_keeper = DraftKeeper(
            self, session, worker, "intake", "",
            lambda: form_state.values(self.fields), lambda v: form_state.apply(self.fields, v),
        )
        self.draft_keeper.offered.connect(self.restored_note.setVisible)
        self.worker.submit(
            cases.staff_choices,
            session,
            on_done=self.fields.people.set_staff,
            on_error=lambda _exc: None,
            context=self,
        )

    def field_error(self, name: str) -> str:
        return self.fields.field_error(name)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages beside their fields; the others (and a summary) above the buttons."""
        rest, first = self.fields.show_errors(errors)
        self.page_error.clear()
        if rest:
            self.page_error.set_message("\n".join(rest))
        elif errors:
            self.page_error.set_message(self.tr("Please check the marked fields."))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.editor.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.draft_keeper.start()  # once: the form as first shown counts as empty

    def has_changes(self) -> bool:
        if self.draft_keeper.baseline is None:
            return self.fields.has_content()
        return bool(self.draft_keeper.content())

    # -- saving ------------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy:
            return
        errors = typed_field_errors(self.fields.boxes)
        if errors:
            self.show_errors(errors)
            return
        intake = self.fields.collect()
        errors = self.fields.check(intake)
        self.show_errors(errors)
        if errors:
            return
        self._pending = intake
        self.set_busy(self.tr("Looking for the same case..."))
        self.worker.submit(
            cases.possible_duplicates,
            self.session,
            intake,
            on_done=self._on_duplicates,
            on_error=self._on_failed,
            context=self,
        )

    def _on_duplicates(self, found: list[Any]) -> None:
        self.set_busy("")
        if found:
            self.show_duplicates(found)
            return
        self.save_anyway()

    def show_duplicates(self, found: list[Any]) -> None:
        self.duplicates = found
        self.save_button.setEnabled(False)
        self.duplicate_panel.show_cases(found)

    def hide_duplicates(self) -> None:
        self.duplicate_panel.setVisible(False)
        self.save_button.setEnabled(True)
        self.save_button.setFocus()

    def _open_existing(self, case_id: int) -> None:
        self._leaving = True
        self.open_existing.emit(case_id)
        self.accept()

    def save_anyway(self) -> None:
        intake = self._pending or self.fields.collect()
        self.duplicate_panel.setVisible(False)
        self.set_busy(self.tr("Saving the case..."))
        self.worker.submit(
            cases.open_case,
            self.session,
            intake,
            on_done=self._on_saved,
            on_error=self._on_failed,
            context=self,
        )

    def _on_saved(self, case_id: int) -> None:
        self.set_busy("")
        self._leaving = True
        self.draft_keeper.discard()
        self.case_created.emit(case_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.set_busy("")
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(messages.field_messages(exc))
            return
        self.page_error.set_message(messages.error_text(exc))

    def set_busy(self, text: str) -> None:
        self.busy = bool(text)
        self.fields.setEnabled(not self.busy)
        self.save_button.setEnabled(not self.busy)
        if text:
            self.busy_bar.start(text)
        else:
            self.busy_bar.stop()

    def reject(self) -> None:
        """Esc, Cancel or the close button: a form with content asks whether to keep it as a
        draft (kept in the encrypted database, offered at the next intake)."""
        if self.busy:
            return
        if not self._leaving and not may_close(self, self.draft_keeper, self.has_changes()):
            return
        self._leaving = True
        super().reject()

    def done(self, result: int) -> None:
        self.draft_keeper.stop()  # a lock wrote the draft before closing the dialog
        super().done(result)
