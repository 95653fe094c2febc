"""The "Nhà trường" page: the school profile that documents print; the principal may edit it.

Saving runs on the worker; a validation error appears beside the field it concerns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.school_form import SchoolProfileForm
from kimbai_desktop.gui.widgets import FieldError, heading_label
from kimbai_desktop.gui.worker import DbWorker


class SchoolPage(QWidget):
    """Shows the six profile fields; editable for the principal only."""

    profile_saved = Signal(object)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.can_edit = session.user.role == Role.PRINCIPAL
        self.saving = False
        self._loaded: SchoolProfile | None = None
        self._dirty = False

        heading = heading_label(self.tr("School information"), self)
        if self.can_edit:
            note_text = self.tr(
                "These details are printed on every document and report. Change them when the "
                "school year or the principal changes."
            )
        else:
            note_text = self.tr(
                "These details are printed on every document and report. Only the principal "
                "can change them."
            )
        note = QLabel(note_text, self)
        note.setWordWrap(True)

        self.form = SchoolProfileForm(self)
        self.form.set_read_only(not self.can_edit)
        self.form.edited.connect(self._on_edited)
        for edit in self.form.fields.values():
            edit.returnPressed.connect(self.save)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Undo changes"), self)
        self.revert_button.clicked.connect(self.revert)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.page_error = FieldError(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status, 1)
        for button in (self.save_button, self.revert_button):
            button.setVisible(self.can_edit)
            button.setEnabled(False)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 12, 0)
        inner.addWidget(heading)
        inner.addWidget(note)
        inner.addSpacing(8)
        inner.addWidget(self.form)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        inner.addWidget(self.page_error)
        inner.addStretch(1)
        content.setMaximumWidth(900)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # -- showing ---------------------------------------------------------------------------------

    def set_profile(self, profile: SchoolProfile) -> None:
        self._loaded = profile
        self.form.set_profile(profile)
        self._set_dirty(False)

    def has_unsaved_changes(self) -> bool:
        return self.can_edit and self._dirty

    def _on_edited(self) -> None:
        self.status.clear()
        self.page_error.clear()
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        enabled = self.can_edit and dirty and not self.saving
        self.save_button.setEnabled(enabled)
        self.revert_button.setEnabled(enabled)

    def revert(self) -> None:
        if self._loaded is not None:
            self.set_profile(self._loaded)
            self.status.clear()

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.can_edit or self.saving or not self._dirty:
            return
        self.saving = True
        self._set_dirty(True)
        self.form.set_read_only(True)
        self.status.setText(self.tr("Saving..."))
        self.worker.submit(
            self.session.update_school_profile,
            self.form.profile(),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            context=self,
        )

    def _on_saved(self, profile: SchoolProfile) -> None:
        self.saving = False
        self.form.set_read_only(False)
        self.set_profile(profile)
        self.status.setText(self.tr("The school information has been saved."))
        self.profile_saved.emit(profile)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.form.set_read_only(False)
        self.status.clear()
        self._set_dirty(True)
        if isinstance(exc, ValidationError):
            rest = self.form.show_errors(messages.field_messages(exc))
            self.page_error.set_message("\n".join(rest) or messages.error_text(exc))
            return
        messages.show_error(self, exc)

    def clear(self) -> None:
        """Forget the session and empty every field (at lock)."""
        self.session = None
        self._loaded = None
        for edit in self.form.fields.values():
            edit.clear()
        self.form.clear_errors()
        self.status.clear()
        self.page_error.clear()
        self._set_dirty(False)
