"""The school profile form (thông tin nhà trường): six fields with hints and errors beside them.

Used by the first-run wizard and by the "Nhà trường" page, so both explain the fields the same way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.school import SchoolProfile
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import FieldBox

FIELDS = (
    "school_name",
    "superior_body",
    "place_name",
    "principal_name",
    "document_symbol",
    "school_year",
)


def default_school_year(today: date) -> str:
    """The school year running on ``today``: a new year starts in August (before 5 September)."""
    start = today.year if today.month >= 8 else today.year - 1
    return f"{start}-{start + 1}"


class SchoolProfileForm(QWidget):
    """Six labelled fields. ``edited`` fires on any change typed by the user."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "school_name": self.tr("School &name"),
            "superior_body": self.tr("&Superior body"),
            "place_name": self.tr("&Place name"),
            "principal_name": self.tr("P&rincipal's full name"),
            "document_symbol": self.tr("&Document symbol"),
            "school_year": self.tr("School &year"),
        }
        hints = {
            "school_name": self.tr(
                "As printed on documents, for example: Trường Tiểu học Hòa Bình."
            ),
            "superior_body": self.tr(
                "Printed above the school's name at the top of documents, "
                "for example: UBND xã Hòa Bình."
            ),
            "place_name": self.tr(
                'Used in the date line of documents: "Hòa Bình, ngày 05 tháng 9 năm 2024".'
            ),
            "principal_name": self.tr("Printed under the signature on documents."),
            "document_symbol": self.tr(
                'Capital letters used in document numbers, for example THHB in "Số: 12/BC-THHB".'
            ),
            "school_year": self.tr("Two consecutive years, for example 2024-2025."),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            apply_limit(edit, limits.LABEL)
            edit.textEdited.connect(lambda _t: self.edited.emit())
            box = FieldBox(edit, hints[name], self)
            label = QLabel(labels[name], self)
            label.setBuddy(edit)
            self.form.addRow(label, box)
            self.fields[name] = edit
            self.boxes[name] = box
        self.fields["document_symbol"].setMaxLength(20)
        self.fields["school_year"].setMaxLength(20)
        previous: QWidget | None = None
        for name in FIELDS:
            if previous is not None:
                QWidget.setTabOrder(previous, self.fields[name])
            previous = self.fields[name]

    def first_field(self) -> QLineEdit:
        return self.fields[FIELDS[0]]

    def set_profile(self, profile: SchoolProfile) -> None:
        for name in FIELDS:
            self.fields[name].setText(getattr(profile, name))
        self.clear_errors()

    def profile(self) -> SchoolProfile:
        return SchoolProfile(**{name: self.fields[name].text() for name in FIELDS})

    def is_empty(self) -> bool:
        return not any(self.fields[n].text().strip() for n in FIELDS if n != "school_year")

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.fields.values():
            edit.setReadOnly(read_only)

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.set_error("")

    def show_errors(self, messages: dict[str, str]) -> list[str]:
        """Show each message beside its field; focus the first wrong field.

        Returns the messages whose field is not on this form (to show elsewhere)."""
        self.clear_errors()
        first: QLineEdit | None = None
        for name in FIELDS:
            if name in messages:
                self.boxes[name].set_error(messages[name])
                first = first or self.fields[name]
        if first is not None:
            first.setFocus()
            first.selectAll()
        return [text for field, text in messages.items() if field not in self.fields]

    def error_of(self, name: str) -> str:
        return self.boxes[name].error.message()
