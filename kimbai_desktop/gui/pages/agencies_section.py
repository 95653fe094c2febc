"""The outside bodies' names in Cài đặt (the commune's People's Committee and its Phòng Văn hóa -
Xã hội, the police, the body in charge of children, the education authority, hotline 111):
the principal edits them, everyone reads them; every step, notification and document uses them
(``gui.labels`` for the screens, ``services.agencies`` for the documents)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.agencies import FIELDS, Agencies, agency_names
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import FieldError, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.agencies import defaults_for, load_agencies, save_agencies


class AgenciesSection(QGroupBox):
    """``saved(agencies)`` after the principal saves; the labels follow at once."""

    saved = Signal(object)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agencies the school reports to"))
        self.setObjectName("agencies")
        self.session = session
        self.worker = worker
        self.can_edit = bool(session.can(Permission.EDIT_SETTINGS))
        self.saving = False
        self.loaded: Agencies | None = None
        captions = {
            "commune_committee": self.tr("&Commune People's Committee"),
            "culture_society": self.tr("Office for c&ulture and society"),
            "police": self.tr("&Police"),
            "child_protection": self.tr("Body in c&harge of children"),
            "education": self.tr("E&ducation authority"),
            "hotline": self.tr("&Hotline"),
        }
        hints = {
            "commune_committee": self.tr(
                "Receives the school's report and approves the support plan (Nghị định "
                "56/2017/NĐ-CP Điều 25, Luật Trẻ em Điều 52). Since 1/7/2025 there is no district "
                "level: the commune, ward or special zone (Luật Tổ chức chính quyền địa phương "
                "2025)."),
            "culture_society": self.tr(
                "The commune's office for culture and society (Nghị định 150/2025/NĐ-CP)."),
            "police": self.tr("The commune police, who receive reports of abuse."),
            "child_protection": self.tr(
                "Child protection moved to the health sector (Bộ Y tế) on 1/3/2025; at the "
                "commune the office for culture and society is in charge. Change it if your "
                "commune names another body."),
            "education": self.tr(
                "Since 1/7/2025 primary schools are managed by the commune People's Committee "
                "through its office for culture and society (Thông tư 15/2025/TT-BGDĐT); the Sở "
                "Giáo dục và Đào tạo is the province's."),
            "hotline": self.tr("The national child protection hotline, free, 24 hours."),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            apply_limit(edit, limits.LABEL)
            edit.textEdited.connect(self._edited)
            field = QWidget(self)
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(hint_label(hints[name], field))
            self.errors[name] = FieldError(field)
            column.addWidget(self.errors[name])
            caption = QLabel(captions[name], self)
            caption.setBuddy(edit)
            form.addRow(caption, field)
            self.edits[name] = edit
        self.save_button = QPushButton(self.tr("Save the &names"), self)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Use the names in &force"), self)
        self.reset_button.setToolTip(self.tr(
            "Fill in the names of the organisation in force since 1 July 2025, with the "
            "commune of the school's information."))
        self.reset_button.clicked.connect(self.use_defaults)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.reset_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "The step list, notifications and documents name these bodies. Documents already "
            "issued keep their text."), self))
        if not self.can_edit:
            layout.addWidget(hint_label(self.tr("Only the principal can change these names."),
                                        self))
        layout.addLayout(form)
        layout.addLayout(row)
        self.save_button.setVisible(self.can_edit)
        self.reset_button.setVisible(self.can_edit)
        self._set_enabled()

    def load(self) -> None:
        self.worker.submit(load_agencies, self.session, on_done=self.set_agencies,
                           on_error=lambda exc: messages.show_error(self, exc), context=self)

    def set_agencies(self, agencies: Agencies) -> None:
        self.loaded = agencies
        labels.set_agencies(agency_names(agencies))
        self._fill(agencies)
        self._set_enabled()

    def _fill(self, agencies: Agencies) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(agencies, name))
            edit.setCursorPosition(0)

    def edited(self) -> Agencies | None:
        if self.loaded is None:
            return None
        return replace(self.loaded, **{n: e.text() for n, e in self.edits.items()})

    def is_dirty(self) -> bool:
        return self.loaded is not None and self.edited() != self.loaded

    def _set_enabled(self) -> None:
        editable = self.loaded is not None and self.can_edit and not self.saving
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        self.reset_button.setEnabled(editable)
        self.save_button.setEnabled(editable and self.is_dirty())

    def _edited(self, *_args: Any) -> None:
        self.status.clear()
        for error in self.errors.values():
            error.clear()
        self._set_enabled()

    def use_defaults(self) -> None:
        self.worker.submit(defaults_for, self.session, on_done=self._defaults_ready,
                           on_error=lambda exc: messages.show_error(self, exc), context=self)

    def _defaults_ready(self, agencies: Agencies) -> None:
        self._fill(agencies)
        self._edited()

    def save(self) -> None:
        agencies = self.edited()
        if not self.can_edit or self.saving or agencies is None:
            return
        self.saving = True
        self._set_enabled()
        self.worker.submit(save_agencies, self.session, agencies, on_done=self._on_saved,
                           on_error=self._on_failed, context=self)

    def _on_saved(self, agencies: Agencies) -> None:
        self.saving = False
        self.set_agencies(agencies)
        self.status.setText(self.tr("The names have been saved."))
        self.saved.emit(agencies)

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self._set_enabled()
        if isinstance(exc, ValidationError):
            for field, text in messages.field_messages(exc).items():
                if field in self.errors:
                    self.errors[field].set_message(text)
            return
        messages.show_error(self, exc)

    def clear(self) -> None:
        """On sign-out or lock: forget the names (the next school may name them otherwise)."""
        labels.set_agencies({})
        self.loaded = None
        for edit in self.edits.values():
            edit.clear()
        self._set_enabled()
