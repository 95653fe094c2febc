"""The body map in the case view: the outlines with the case's numbered marks (read-only) and
the list of marks beside the chronology, with a button to change them in the body map editor.
Hidden while the case has no mark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QListWidget, QPushButton, QVBoxLayout, QWidget

from kimbai_desktop.domain.body_map import nearest_region, size_text
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.body_map_dialog import BodyMapDialog
from kimbai_desktop.gui.cases.body_map_widget import BodyMapWidget
from kimbai_desktop.gui.register.texts import without_names
from kimbai_desktop.gui.widgets import heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import body_map


def mark_line(m: Any, hidden: list[str] | None = None) -> str:
    """``"1. Bầm tím – Cẳng tay phải (mặt trước), 2,5 cm, tím: ghi chú"``; the children's
    ``hidden`` names as initials in the note."""
    where = f"{labels.label(nearest_region(m.side, m.x, m.y))} ({labels.label(m.side).lower()})"
    details = ", ".join(x for x in (size_text(m.size_cm), m.colour.lower()) if x)
    line = f"{m.number}. {labels.label(m.kind)} – {where}"
    if details:
        line += f", {details}"
    return f"{line}: {without_names(m.note, hidden or [])}" if m.note else line


class BodyMapPanel(QFrame):
    """``load(case_id)``; ``changed()`` after the marks were saved in the editor."""

    changed = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.worker = session, worker
        self.case_id: int | None = None
        self.marks: list[Any] = []
        self.hidden: list[str] = []  # the children's names, while names are hidden
        self.dialog: BodyMapDialog | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.map = BodyMapWidget(self)
        self.map.setMinimumSize(200, 210)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setAccessibleName(self.tr("Injuries on the body map"))
        self.edit_button = QPushButton(self.tr("Change the &body map..."), self)
        self.edit_button.setToolTip(self.tr("Add, move, change or remove the marked injuries"))
        self.edit_button.clicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(heading_label(self.tr("Body map"), self, 1.05))
        layout.addWidget(self.map, 3)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.edit_button)
        self.setFixedWidth(290)
        self.setVisible(False)

    def load(self, case_id: int, editable: bool = True) -> None:
        self.case_id = case_id
        self.edit_button.setEnabled(editable)
        self.worker.submit(body_map.list_marks, self.session, case_id,
                           on_done=lambda marks: self._show(case_id, marks),
                           on_error=lambda _exc: self.clear(), context=self)

    def _show(self, case_id: int, marks: list[Any]) -> None:
        if case_id != self.case_id:
            return
        self.marks = marks
        self.map.set_marks(marks)
        self.list.clear()
        self.list.addItems([mark_line(m, self.hidden) for m in marks])
        self.setVisible(bool(marks))

    def set_hidden_names(self, hidden: list[str]) -> None:
        if hidden != self.hidden:
            self.hidden = list(hidden)
            if self.case_id is not None and self.marks:
                self._show(self.case_id, self.marks)

    def clear(self) -> None:
        self.marks = []
        self.map.set_marks([])
        self.list.clear()
        self.setVisible(False)

    def edit(self) -> BodyMapDialog | None:
        if self.case_id is None:
            return None
        self.dialog = BodyMapDialog(self.marks, self.window(), session=self.session,
                                    worker=self.worker, case_id=self.case_id)
        self.dialog.accepted.connect(self.changed)
        self.dialog.open()
        return self.dialog
