"""Add a person to the staff directory (cán bộ, giáo viên, nhân viên) or correct their details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.training import StaffCategory
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.training.form import TrainingDialog
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.training import StaffInput, save_staff


class StaffDialog(TrainingDialog):
    """``staff`` is the person to correct (a ``StaffInfo``; None: a new person)."""

    def __init__(self, session: Any, worker: DbWorker, staff: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.staff = staff
        if staff is None:
            self.set_texts(self.tr("New staff member"), "", self.tr("&Add to the directory"))
        else:
            self.set_texts(self.tr("Edit the staff member's details"), "",
                           self.tr("&Save the changes"))
        self.full_name = QLineEdit(self)
        apply_limit(self.full_name, limits.NAME)
        self.category = QComboBox(self)
        for category in StaffCategory:
            self.category.addItem(labels.label(category), category)
        self.category.setCurrentIndex(self.category.findData(StaffCategory.TEACHER))
        self.position = QLineEdit(self)
        apply_limit(self.position, limits.NAME)
        self.position.setPlaceholderText(self.tr("for example Giáo viên chủ nhiệm lớp 3A"))
        self.phone = QLineEdit(self)
        apply_limit(self.phone, limits.PHONE)
        self.email = QLineEdit(self)
        apply_limit(self.email, limits.NAME)
        self.add_field("full_name", self.tr("&Full name:"), self.full_name)
        self.add_field("category", self.tr("&Group:"), self.category)
        self.add_field("position", self.tr("&Position:"), self.position)
        self.add_field("phone", self.tr("P&hone:"), self.phone)
        self.add_field("email", self.tr("&E-mail:"), self.email)
        if staff is not None:
            self.full_name.setText(staff.full_name)
            self.category.setCurrentIndex(max(0, self.category.findData(staff.category)))
            self.position.setText(staff.position)
            self.phone.setText(staff.phone)
            self.email.setText(staff.email)
        self.dirty = False
        self.full_name.setFocus()
        self.keep_drafts(session, "staff", staff.id if staff is not None else "")

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        data = StaffInput(
            full_name=self.full_name.text(),
            category=self.category.currentData(),
            position=self.position.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            account_id=self.staff.account_id if self.staff is not None else None,
        )
        return save_staff, (self.session, data, self.staff.id if self.staff else None)
