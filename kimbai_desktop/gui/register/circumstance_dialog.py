"""Adding a group of "trẻ em có hoàn cảnh đặc biệt" (Luật Trẻ em Điều 10) to a pupil: the group
with its letter ("d) Trẻ em khuyết tật"), the sub-type when Nghị định 56 splits the group, the
start date and a note."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import SpecialCircumstance, subtypes_of
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.register import texts
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import note_editor
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import add_circumstance


class CircumstanceDialog(RegisterDialog):
    """``succeeded(circumstance_id)`` fires after saving."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        pupil_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.pupil_id = pupil_id
        self.set_texts(
            self.tr("Add a special circumstance"),
            self.tr(
                "The groups of children in special circumstances of the Law on Children "
                "(Luật Trẻ em, Điều 10). A child may belong to several groups."
            ),
            self.tr("&Add the group"),
        )
        self.group = QComboBox(self)
        self.group.addItem(self.tr("Choose a group..."), None)
        for group in SpecialCircumstance:
            self.group.addItem(texts.group_text(group), group)
        self.group.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group.setMinimumContentsLength(30)
        self.group.view().setMinimumWidth(self.group.view().sizeHintForColumn(0) + 24)
        self.subtype = QComboBox(self)
        self.start_date = DateField(self)
        self.start_date.set_date(today)
        self.notes = note_editor(self, 3)
        apply_limit(self.notes, limits.NOTE)
        self.add_field("group", self.tr("&Group *"), self.group)
        self.subtype_box = self.add_field("subtype", self.tr("S&ub-type"), self.subtype)
        self.add_field(
            "start_date",
            self.tr("&Since *"),
            self.start_date,
            self.tr("The day the child came into this situation, if known."),
        )
        self.add_field("notes", self.tr("N&otes"), self.notes)
        self.group.currentIndexChanged.connect(self._group_changed)
        self._group_changed()
        self.keep_drafts(session, "circumstance", pupil_id)

    def _group_changed(self, *_args: Any) -> None:
        group = self.group.currentData()
        kinds = subtypes_of(group) if isinstance(group, SpecialCircumstance) else None
        self.subtype.clear()
        if kinds is not None:
            self.subtype.addItem(self.tr("Not specified"), None)
            for kind in kinds:
                self.subtype.addItem(labels.label(kind), kind.value)
        visible = kinds is not None
        self.subtype_box.setVisible(visible)
        caption = self.form.labelForField(self.subtype_box)
        if caption is not None:
            caption.setVisible(visible)
        self.group.setToolTip(self.group.currentText() if group else "")
        if self.isVisible():
            self.fit_height()

    def set_group(self, group: SpecialCircumstance) -> None:
        self.group.setCurrentIndex(self.group.findData(group))
        self.dirty = True

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not isinstance(self.group.currentData(), SpecialCircumstance):
            errors["group"] = self.tr("Choose the group that describes the child's situation.")
        self.read_date(self.start_date, "start_date", errors)
        return errors

    def call(self) -> Call:
        start = self.start_date.date()
        return add_circumstance, (
            self.session,
            self.pupil_id,
            self.group.currentData(),
            start,
            self.subtype.currentData(),
            self.notes.toPlainText(),
        )
