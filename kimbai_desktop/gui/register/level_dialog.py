"""Changing a pupil's protection level (Phòng ngừa / Hỗ trợ / Can thiệp, Luật Trẻ em Điều 47-50):
the new level, since when and why; the change is dated and kept as history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import ProtectionLevel
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import note_editor
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import set_level


class LevelDialog(RegisterDialog):
    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        pupil_id: int,
        current: ProtectionLevel,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.pupil_id = pupil_id
        self.set_texts(
            self.tr("Change the protection level"),
            self.tr(
                "Current level: {level}. The change is kept in the child's history with "
                "the date, the reason and your name."
            ).format(level=labels.label(current)),
            self.tr("&Change the level"),
        )
        self.level = QComboBox(self)
        for level in ProtectionLevel:
            self.level.addItem(labels.label(level), level)
        proposed = ProtectionLevel.SUPPORT if current == ProtectionLevel.PREVENTION else current
        self.level.setCurrentIndex(self.level.findData(proposed))
        self.since = DateField(self)
        self.since.set_date(today)
        self.reason = note_editor(self, 3)
        apply_limit(self.reason, limits.NOTE)
        self.case_ref = QLineEdit(self)
        apply_limit(self.case_ref, limits.CASE_CODE)
        self.case_ref.setPlaceholderText(self.tr("for example VV-2024-2025/001"))
        self.add_field("level", self.tr("New &level *"), self.level)
        self.add_field("since", self.tr("&Since *"), self.since)
        self.add_field(
            "reason",
            self.tr("&Reason *"),
            self.reason,
            self.tr("For example: the review found the child needs support."),
        )
        self.add_field(
            "case_ref",
            self.tr("Case &file"),
            self.case_ref,
            self.tr("The case file that led to the change, if there is one."),
        )
        self.keep_drafts(session, "protection_level", pupil_id)

    def set_level(self, level: ProtectionLevel) -> None:
        self.level.setCurrentIndex(self.level.findData(level))
        self.dirty = True

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.since, "since", errors)
        if not self.reason.toPlainText().strip():
            errors["reason"] = self.tr("Write why the level changes.")
        return errors

    def call(self) -> Call:
        return set_level, (
            self.session,
            self.pupil_id,
            self.level.currentData(),
            self.since.date(),
            self.reason.toPlainText(),
            self.case_ref.text(),
        )
