"""The body map editor ("Sơ đồ thương tích"): mark injuries on the front and back outline, by a
click on the body or without a mouse (choose the side and a part of the body, add the mark
there, move it with the arrow keys), each with its kind, size, colour and note.

Used by the intake and a new chronology entry (the marks are saved with them: :meth:`marks`),
and from the case view for the marks already saved (``case_id``: saved here through
``body_map.save_marks``, all or nothing). Every mark is checked before anything is saved; the
first wrong mark is selected with the message beside its field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.body_map import (
    COMMON_COLOURS,
    MAX_SIZE_CM,
    InjuryKind,
    MarkInput,
    Region,
    Side,
    mark_errors,
    nearest_region,
    regions_of,
)
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.cases.body_map_widget import BodyMapWidget
from kimbai_desktop.gui.cases.common import enum_combo, set_combo_data
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldBox,
    FieldError,
    heading_label,
    hint_label,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import body_map


@dataclass
class EditMark:
    """A mark being edited (the map moves it in place)."""

    side: Side
    x: float
    y: float
    number: int
    kind: InjuryKind | None = None
    size: str = ""
    colour: str = ""
    note: str = ""
    id: int | None = None

    def to_input(self) -> MarkInput:
        return MarkInput(self.side, self.x, self.y, self.kind, self.size, self.colour,
                         self.note, self.id)


def edit_marks(marks: list[Any], first_number: int = 1) -> list[EditMark]:
    """Editable copies of stored marks (MarkInfo) or of marks typed earlier (MarkInput)."""
    out = []
    for n, m in enumerate(marks):
        if hasattr(m, "as_input"):
            i = m.as_input()
            out.append(EditMark(i.side, i.x, i.y, m.number, i.kind, i.size, i.colour, i.note,
                                i.id))
        else:
            out.append(EditMark(m.side, m.x, m.y, first_number + n, m.kind, m.size, m.colour,
                                m.note, m.id))
    return out


class BodyMapDialog(QDialog):
    def __init__(self, marks: list[Any], parent: QWidget | None = None, *,
                 session: Any = None, worker: DbWorker | None = None,
                 case_id: int | None = None, first_number: int = 1) -> None:
        super().__init__(parent)
        self.session, self.worker, self.case_id = session, worker, case_id
        self.busy = False
        self.items = edit_marks(marks, first_number)
        self._opened_with = self.marks()
        self.next_number = max([first_number - 1, *(m.number for m in self.items)]) + 1
        self._filling = False
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.map = BodyMapWidget(self, editable=True)
        self.map.placed.connect(self._placed)
        self.map.selected_changed.connect(self._select)
        self.map.moved.connect(self._moved)
        self.map.remove_requested.connect(lambda _index: self.remove_selected())
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Marks"))
        self.list.currentRowChanged.connect(self._select)

        self.side = enum_combo(self, list(Side))
        self.side.currentIndexChanged.connect(self._fill_regions)
        self.region = QComboBox(self)
        self.add_button = QPushButton(self.tr("&Add a mark here"), self)
        self.add_button.setToolTip(self.tr(
            "Put a new mark in the middle of the chosen part of the body; then move it with "
            "the arrow keys on the map"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_at_region)
        self.kind = enum_combo(self, list(InjuryKind), none_text=self.tr("(choose the kind)"))
        self.size_edit = QLineEdit(self)
        self.size_edit.setPlaceholderText(self.tr("e.g. 2,5"))
        self.colour = QComboBox(self)
        self.colour.setEditable(True)
        self.colour.addItems(["", *COMMON_COLOURS])
        colour_line = self.colour.lineEdit()
        assert colour_line is not None
        apply_limit(colour_line, limits.WORD)
        self.note = QLineEdit(self)
        apply_limit(self.note, limits.NOTE)
        self.remove_button = QPushButton(self.tr("&Remove this mark"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.kind.currentIndexChanged.connect(self._edited)
        self.size_edit.textChanged.connect(self._edited)
        self.colour.editTextChanged.connect(self._edited)
        self.note.textChanged.connect(self._edited)

        self.boxes = {"kind": FieldBox(self.kind, "", self),
                      "size": FieldBox(self.size_edit,
                                       self.tr("Centimetres; empty if not measured."), self),
                      "colour": FieldBox(self.colour, "", self),
                      "note": FieldBox(self.note, "", self)}
        place = QFormLayout()
        place.addRow(self._caption(self.tr("&Side:"), self.side), self.side)
        place.addRow(self._caption(self.tr("&Part of the body:"), self.region), self.region)
        place.addRow("", self.add_button)
        self.mark_form = QFormLayout()
        for name, text in (("kind", self.tr("&Kind:")), ("size", self.tr("Si&ze (cm):")),
                           ("colour", self.tr("C&olour:")), ("note", self.tr("&Note:"))):
            box = self.boxes[name]
            self.mark_form.addRow(self._caption(text, box.editor), box)
        self.mark_form.addRow("", self.remove_button)
        self.where = hint_label("", self)

        side_panel = QVBoxLayout()
        side_panel.addLayout(place)
        side_panel.addWidget(QLabel(self.tr("Marks:"), self))
        side_panel.addWidget(self.list, 1)
        side_panel.addWidget(self.where)
        side_panel.addLayout(self.mark_form)
        body = QHBoxLayout()
        body.addWidget(self.map, 3)
        body.addLayout(side_panel, 2)

        self.page_error = FieldError(self)
        self.busy_bar = BusyBar(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Save the marks") if case_id is not None else self.tr("&Done"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Body map: injuries seen"), self, 1.2))
        layout.addWidget(hint_label(self.tr(
            "Click on the body where the injury is, or choose the side and the part of the body "
            "and press \"Add a mark here\"; the arrow keys move the chosen mark on the map "
            "(Shift: faster) and Delete removes it. Then choose its kind and write its size, "
            "colour and a note."),
            self))
        layout.addLayout(body, 1)
        layout.addWidget(self.page_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy_bar, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        share_lock_shortcut(self)
        self.setTabOrder(self.map, self.side)
        self.resize(900, 620)
        self._fill_regions()
        self._refresh(0 if self.items else -1)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- the list and the form -------------------------------------------------------------------

    def _fill_regions(self) -> None:
        self.region.clear()
        for region in regions_of(self.side.currentData()):
            self.region.addItem(labels.label(region), region)

    def _line(self, m: EditMark) -> str:
        kind = labels.label(m.kind) if m.kind is not None else self.tr("(kind not chosen)")
        where = labels.label(nearest_region(m.side, m.x, m.y))
        return f"{m.number}. {kind} – {where} ({labels.label(m.side).lower()})"

    def _refresh(self, selected: int) -> None:
        self._filling = True
        self.list.clear()
        self.list.addItems([self._line(m) for m in self.items])
        self.list.setCurrentRow(selected)
        self._filling = False
        self._select(selected)

    def current(self) -> EditMark | None:
        row = self.map.selected
        return self.items[row] if 0 <= row < len(self.items) else None

    def _select(self, index: int) -> None:
        if self._filling:
            return
        self.map.set_marks(self.items, index)
        if self.list.currentRow() != index:
            self._filling = True
            self.list.setCurrentRow(index)
            self._filling = False
        m = self.current()
        for w in (self.kind, self.size_edit, self.colour, self.note, self.remove_button):
            w.setEnabled(m is not None)
        self._filling = True
        set_combo_data(self.kind, m.kind if m else None)
        self.size_edit.setText(m.size if m else "")
        self.colour.setEditText(m.colour if m else "")
        self.note.setText(m.note if m else "")
        self._filling = False
        self.where.setText(self.tr("Mark {n}: {where}").format(
            n=m.number, where=self._line(m).split(" – ", 1)[1]) if m else self.tr(
            "No mark chosen. Click on the body or add a mark at a part of the body."))
        for box in self.boxes.values():
            box.set_error("")

    def _edited(self) -> None:
        m = self.current()
        if self._filling or m is None:
            return
        m.kind = self.kind.currentData()
        m.size, m.colour = self.size_edit.text(), self.colour.currentText()
        m.note = self.note.text()
        self.page_error.clear()
        item = self.list.item(self.map.selected)
        if item is not None:
            item.setText(self._line(m))

    def _moved(self, index: int) -> None:
        item = self.list.item(index)
        if item is not None:
            item.setText(self._line(self.items[index]))
        self._select(index)

    def _add(self, side: Side, x: float, y: float) -> None:
        self.items.append(EditMark(side, x, y, self.next_number))
        self.next_number += 1
        self._refresh(len(self.items) - 1)
        self.page_error.clear()

    def _placed(self, side: Side, x: float, y: float) -> None:
        self._add(side, x, y)
        self.kind.setFocus()

    def add_at_region(self) -> None:
        region: Region = self.region.currentData()
        self._add(region.side, region.x, region.y)
        self.map.setFocus()  # the arrow keys move it from here

    def remove_selected(self) -> None:
        row = self.map.selected
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refresh(min(row, len(self.items) - 1))

    # -- saving ----------------------------------------------------------------------------------

    def marks(self) -> list[MarkInput]:
        return [m.to_input() for m in self.items]

    def check(self) -> bool:
        """Select the first wrong mark and show its messages; True when all are right."""
        for index, m in enumerate(self.items):
            errors = mark_errors(m.to_input())
            if errors:
                self._refresh(index)
                err = ValidationError(errors, max=format_number(int(MAX_SIZE_CM)))
                self.show_errors(messages.field_messages(err))
                return False
        return True

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for name, text in errors.items():
            box = self.boxes.get(name)
            if box is not None:
                box.set_error(text)
                first = first or box
        current = self.current()
        if first is not None and current is not None:
            first.editor.setFocus()
            self.page_error.set_message(self.tr(
                "Mark {n} needs a correction: see the message beside the field.").format(
                n=current.number))
        elif errors:
            self.page_error.set_message("\n".join(errors.values()))

    def submit(self) -> None:
        if self.busy or not self.check():
            return
        if self.case_id is None or self.worker is None:
            self.accept()
            return
        self.busy = True
        self.busy_bar.start(self.tr("Saving the marks..."))
        self.ok_button.setEnabled(False)
        self.worker.submit(body_map.save_marks, self.session, self.case_id, self.marks(),
                           on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, _result: Any) -> None:
        self.busy = False
        self.busy_bar.stop()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.busy_bar.stop()
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            row = int(exc.params.get("mark", 0)) - 1
            if 0 <= row < len(self.items):
                self._refresh(row)
            self.show_errors(messages.field_messages(exc))
            return
        self.page_error.set_message(messages.error_text(exc))

    def reject(self) -> None:
        """Esc or Cancel: changed marks are thrown away only when the user says so."""
        if self.busy:
            return
        if self.marks() != self._opened_with and not messages.confirm(
                self, self.tr("Throw away the changes?"),
                self.tr("The marks you added or changed on the body map will be lost.")):
            return
        super().reject()
