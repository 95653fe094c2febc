"""Two parts of the intake form that hold lists: the children concerned (pupils picked from the
register, or a child who is not a pupil with name, age and sex) and the alleged perpetrators with
their relation to the child (a staff member is chosen by account, so the case is hidden from
that person). A name typed but not yet added counts too: nothing typed is lost. Both lists go
into the intake's draft (``draft_value``, see :mod:`kimbai_desktop.gui.form_state`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import PerpetratorRelation
from kimbai_desktop.domain.enums import Sex
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import enum_combo
from kimbai_desktop.gui.cases.pupil_picker import PupilPicker
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import fit_spin_box_text
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.cases import ChildInput, PersonInput


class _ListPart(QWidget):
    """A list of chosen entries with a remove button; subclasses add the way to add one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[Any, str]] = []
        self.chosen = QListWidget(self)
        self.chosen.setMaximumHeight(self.chosen.fontMetrics().lineSpacing() * 3 + 14)
        self.remove_button = QPushButton(self)  # its text is set by the subclass (tr context)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.chosen.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.chosen.selectedItems()))
        )

    def add_entry(self, value: Any, text: str) -> None:
        self.entries.append((value, text))
        self.chosen.addItem(QListWidgetItem(text))
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self.chosen.takeItem(row)
            self.changed.emit()

    def set_entries(self, entries: list[tuple[Any, str]]) -> None:
        self.entries = []
        self.chosen.clear()
        for value, text in entries:
            self.add_entry(value, text)

    # -- drafts: the chosen entries as JSON ------------------------------------------------------

    def encode(self, value: Any) -> dict[str, Any]:
        raise NotImplementedError

    def decode(self, data: dict[str, Any]) -> Any:
        raise NotImplementedError

    def draft_value(self) -> list[Any]:
        return [[self.encode(value), text] for value, text in self.entries]

    def set_draft_value(self, value: Any) -> None:
        self.set_entries([(self.decode(dict(data)), str(text)) for data, text in value])


class ChildrenEditor(_ListPart):
    """The chosen children; ``values()`` gives the ChildInputs, including a non-pupil child typed
    but not added. The two ways of adding (``picker`` and ``other_row``, with their captions)
    are separate widgets so that the form can align them with its other rows."""

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remove_button.setText(self.tr("Re&move"))
        self.picker = PupilPicker(session, worker, parent)
        self.picker.picked.connect(self.add_pupil)
        self.other_row = QWidget(parent)
        self.name = QLineEdit(self.other_row)
        apply_limit(self.name, limits.NAME)
        self.name.setPlaceholderText(self.tr("Full name, or a description"))
        self.age = QSpinBox(self.other_row)
        self.age.setRange(-1, 99)  # 16 or more is refused with the reason (Luật Trẻ em Điều 1)
        self.age.setSpecialValueText(self.tr("age not known"))
        self.age.setValue(-1)
        fit_spin_box_text(self.age)
        self.sex = enum_combo(self.other_row, Sex, Sex.UNKNOWN)
        self.add_button = QPushButton(self.tr("Add this &child"), self.other_row)
        self.add_button.clicked.connect(self.add_other)
        self.name.returnPressed.connect(self.add_other)
        other = QHBoxLayout(self.other_row)
        other.setContentsMargins(0, 0, 0, 0)
        other.addWidget(self.name, 1)
        other.addWidget(self.age)
        other.addWidget(self.sex)
        other.addWidget(self.add_button)
        self.other_row.setFocusProxy(self.name)
        self.picker_caption = QLabel(self.tr("A pupil &from the register:"), parent)
        self.picker_caption.setBuddy(self.picker.search)
        self.other_caption = QLabel(self.tr("A child &not in the register:"), parent)
        self.other_caption.setBuddy(self.name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)

    def encode(self, value: ChildInput) -> dict[str, Any]:
        return {"pupil_id": value.pupil_id, "full_name": value.full_name, "age": value.age,
                "sex": value.sex.value}

    def decode(self, data: dict[str, Any]) -> ChildInput:
        return ChildInput(data.get("pupil_id"), str(data.get("full_name", "")), data.get("age"),
                          Sex(data.get("sex", Sex.UNKNOWN.value)))

    def add_pupil(self, pupil: Any) -> None:
        if any(value.pupil_id == pupil.id for value, _ in self.entries):
            return
        text = pupil.full_name
        if pupil.class_name:
            text += " · " + self.tr("class {name}").format(name=pupil.class_name)
        self.add_entry(ChildInput(pupil_id=pupil.id), text)

    def _typed(self) -> tuple[ChildInput, str] | None:
        name = " ".join(self.name.text().split())
        if not name:
            return None
        age = None if self.age.value() < 0 else self.age.value()
        sex = self.sex.currentData()
        parts = [self.tr("not a pupil")]
        if age is not None:
            parts.append(self.tr("{age} years old").format(age=age))
        parts.append(labels.label(sex))
        return ChildInput(full_name=name, age=age, sex=sex), f"{name} ({', '.join(parts)})"

    def add_other(self) -> None:
        typed = self._typed()
        if typed is None:
            self.name.setFocus()
            return
        self.add_entry(*typed)
        self.name.clear()
        self.age.setValue(-1)
        self.sex.setCurrentIndex(self.sex.findData(Sex.UNKNOWN))

    def all_entries(self) -> list[tuple[ChildInput, str]]:
        typed = self._typed()
        return self.entries + ([typed] if typed is not None else [])

    def values(self) -> tuple[ChildInput, ...]:
        return tuple(value for value, _ in self.all_entries())


class PeopleEditor(_ListPart):
    """``values()`` gives the PersonInputs; ``set_staff`` fills the account choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remove_button.setText(self.tr("Re&move"))
        self.description = QLineEdit(self)
        apply_limit(self.description, limits.LABEL)
        self.description.setPlaceholderText(self.tr("Who: a name or a description"))
        self.relation = enum_combo(self, PerpetratorRelation, PerpetratorRelation.UNKNOWN)
        self.staff = QComboBox(self)
        self.staff.addItem(self.tr("(choose the account)"), None)
        self.staff.setToolTip(
            self.tr("The staff member's account: the case is then hidden from that person.")
        )
        self.add_button = QPushButton(self.tr("Add this &person"), self)
        self.add_button.clicked.connect(self.add_person)
        self.description.returnPressed.connect(self.add_person)
        self.relation.currentIndexChanged.connect(lambda _i: self._relation_changed())
        self._relation_changed()

        row = QHBoxLayout()
        row.addWidget(self.description, 1)
        row.addWidget(self.relation)
        row.addWidget(self.staff)
        row.addWidget(self.add_button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen, 1)
        chosen.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(chosen)

    def encode(self, value: PersonInput) -> dict[str, Any]:
        return {"description": value.description, "relation": value.relation.value,
                "staff_account_id": value.staff_account_id}

    def decode(self, data: dict[str, Any]) -> PersonInput:
        return PersonInput(str(data.get("description", "")),
                           PerpetratorRelation(data.get("relation")), data.get("staff_account_id"))

    def set_staff(self, staff: list[tuple[int, str]]) -> None:
        for account_id, name in staff:
            self.staff.addItem(name, account_id)

    def _relation_changed(self) -> None:
        is_staff = self.relation.currentData() == PerpetratorRelation.STAFF
        self.staff.setEnabled(is_staff)
        if not is_staff:
            self.staff.setCurrentIndex(0)

    def _typed(self) -> tuple[PersonInput, str] | None:
        text = " ".join(self.description.text().split())
        account = self.staff.currentData()
        relation = self.relation.currentData()
        if not text and account is None:
            return None
        if not text:
            text = self.staff.currentText()
        return PersonInput(text, relation, account), f"{text} ({labels.label(relation)})"

    def add_person(self) -> None:
        typed = self._typed()
        if typed is None:
            self.description.setFocus()
            return
        self.add_entry(*typed)
        self.description.clear()
        self.relation.setCurrentIndex(self.relation.findData(PerpetratorRelation.UNKNOWN))

    def all_entries(self) -> list[tuple[PersonInput, str]]:
        typed = self._typed()
        return self.entries + ([typed] if typed is not None else [])

    def values(self) -> tuple[PersonInput, ...]:
        return tuple(value for value, _ in self.all_entries())
