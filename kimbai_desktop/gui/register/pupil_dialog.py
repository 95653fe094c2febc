"""The pupil form (thêm / sửa học sinh): name, sex, date of birth or an estimated age, class in
the current school year, mã định danh, ethnicity, address, notes and the parents or guardians.

Messages appear beside the field they concern; the service checks again when saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.register.form_dialog import RegisterDialog
from kimbai_desktop.gui.register.guardians import GuardianEditor
from kimbai_desktop.gui.service_dialog import Call
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import fit_spin_box_text, note_editor
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import PupilDetail, PupilInput, save_pupil


class PupilDialog(RegisterDialog):
    """``pupil`` None: a new pupil. ``succeeded(pupil_id)`` fires after saving."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        pupil: PupilDetail | None = None,
        *,
        class_name: str = "",
        class_names: list[str] | None = None,
        school_year: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, worker, parent)
        self.pupil = pupil
        if pupil is None:
            self.set_texts(
                self.tr("Add a pupil"),
                self.tr(
                    "Fields marked * are required. Search the list first: the pupil may "
                    "already be there."
                ),
                self.tr("&Add the pupil"),
            )
        else:
            self.set_texts(
                self.tr("Change the pupil's details"),
                self.tr("Fields marked * are required."),
                self.tr("&Save"),
            )

        self.full_name = QLineEdit(self)
        apply_limit(self.full_name, limits.NAME)
        self.sex = QComboBox(self)
        for sex in (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN):
            self.sex.addItem(labels.label(sex), sex)
        self.sex.setCurrentIndex(self.sex.findData(Sex.UNKNOWN))
        self.birth_date = DateField(self)
        self.estimated_age = QSpinBox(self)
        self.estimated_age.setRange(1, 18)
        self.estimated_age.setSpecialValueText(self.tr("not known"))
        self.estimated_age.setMinimum(1)
        self.estimated_age.setValue(1)
        fit_spin_box_text(self.estimated_age)  # "không rõ" whole
        self.class_name = QComboBox(self)
        self.class_name.setEditable(True)
        self.class_name.addItem("")
        for name in class_names or []:
            self.class_name.addItem(name)
        line = self.class_name.lineEdit()
        assert line is not None
        apply_limit(line, limits.CLASS_NAME)
        self.student_code = QLineEdit(self)
        apply_limit(self.student_code, limits.STUDENT_CODE)
        self.ethnicity = QLineEdit(self)
        apply_limit(self.ethnicity, limits.WORD)
        self.address = QLineEdit(self)
        apply_limit(self.address, limits.SHORT)
        self.guardians = GuardianEditor(self)
        self.notes = note_editor(self, 2)
        apply_limit(self.notes, limits.NOTE)

        self.add_field("full_name", self.tr("Full &name *"), self.full_name)
        self.add_field("sex", self.tr("&Sex"), self.sex)
        birth_row = QWidget(self)
        row = QHBoxLayout(birth_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.birth_date, 1)
        age_caption = QLabel(self.tr("or &estimated age:"), birth_row)
        age_caption.setBuddy(self.estimated_age)
        row.addSpacing(8)
        row.addWidget(age_caption)
        row.addWidget(self.estimated_age)
        birth_row.setFocusProxy(self.birth_date)
        birth_box = self.add_field(
            "birth_date",
            self.tr("Date of &birth"),
            birth_row,
            self.tr(
                "dd/mm/yyyy, typed or picked from the calendar. The age only when the date "
                "is not known."
            ),
        )
        self.watch(self.birth_date, birth_box)
        self.watch(self.estimated_age, birth_box)
        self.boxes["estimated_age"] = birth_box
        year = f" ({school_year})" if school_year else ""
        self.add_field("class_name", self.tr("&Class") + year, self.class_name)
        self.add_field("student_code", self.tr("&Identifier (mã định danh)"), self.student_code)
        self.add_field("ethnicity", self.tr("E&thnicity"), self.ethnicity)
        self.add_field("address", self.tr("A&ddress"), self.address)
        self.add_field("guardians", self.tr("&Parents and guardians"), self.guardians)
        self.guardians.edited.connect(self._guardians_edited)
        self.add_field("notes", self.tr("N&otes"), self.notes)
        self.birth_date.edited.connect(self._birth_edited)

        if pupil is not None:
            self._fill(pupil, class_name)
        self.dirty = False
        self.keep_drafts(session, "pupil", pupil.id if pupil is not None else "")

    def _guardians_edited(self) -> None:
        self.dirty = True
        self.boxes["guardians"].set_error("")

    def _birth_edited(self) -> None:
        self.estimated_age.setEnabled(not self.birth_date.edit.text().strip())

    def _fill(self, pupil: PupilDetail, class_name: str) -> None:
        self.full_name.setText(pupil.full_name)
        self.sex.setCurrentIndex(self.sex.findData(pupil.sex))
        self.birth_date.set_date(pupil.birth_date)
        if pupil.estimated_age:
            self.estimated_age.setValue(pupil.estimated_age)
        self.estimated_age.setEnabled(pupil.birth_date is None)
        self.class_name.setEditText(class_name)
        self.student_code.setText(pupil.student_code)
        self.ethnicity.setText(pupil.ethnicity)
        self.address.setText(pupil.address)
        self.notes.setPlainText(pupil.notes)
        self.guardians.set_guardians(pupil.guardians)

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.full_name.text().strip():
            errors["full_name"] = self.tr(
                "Enter the pupil's full name, for example Nguyễn Thị Lan."
            )
        self.read_date(self.birth_date, "birth_date", errors, required=False)
        if any(not g.full_name for g in self.guardians.guardians()):
            errors["guardians"] = self.tr(
                "Each parent or guardian needs a name; remove the empty row or fill it in."
            )
        return errors

    def pupil_input(self) -> PupilInput:
        birth = self.birth_date.date()
        age = self.estimated_age.value()
        return PupilInput(
            full_name=self.full_name.text(),
            sex=self.sex.currentData(),
            class_name=self.class_name.currentText(),
            student_code=self.student_code.text(),
            birth_date=birth,
            estimated_age=None if birth is not None or age <= 1 else age,
            ethnicity=self.ethnicity.text(),
            address=self.address.text(),
            notes=self.notes.toPlainText(),
            guardians=self.guardians.guardians(),
        )

    def call(self) -> Call:
        return save_pupil, (
            self.session,
            self.pupil_input(),
            self.pupil.id if self.pupil is not None else None,
        )
