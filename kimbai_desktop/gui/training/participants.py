"""Who took part in an activity: the audiences table (numbers by group and sex), the staff who
attended (ticked by name from the directory) and, optionally, pupils ticked by name class by
class. Names ticked for a group count as its number when no number was typed for it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.training import Audience
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.training.audiences import AudienceModel, AudienceTable
from kimbai_desktop.gui.training.checklist import CheckList
from kimbai_desktop.gui.widgets import hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import PupilQuery, list_pupils

CLASS_LIMIT = 200


def staff_items(staff: Sequence[Any], keep: Sequence[int] = ()) -> list[tuple[int, str, str]]:
    """Working staff (and leavers already ticked) as ``(id, name, position or group)``."""
    return [(s.id, s.full_name, s.position or labels.label(s.category))
            for s in staff if s.active or s.id in keep]


class PupilPicker(QWidget):
    """A class to choose, then its pupils to tick; ticks are kept across classes."""

    changed = Signal()

    def __init__(self, session: Any, worker: DbWorker, class_names: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.loading = False
        self.klass = QComboBox(self)
        self.klass.addItem(self.tr("Choose a class..."), "")
        for name in class_names:
            self.klass.addItem(name, name)
        self.klass.currentIndexChanged.connect(lambda _i: self.load())
        self.list = CheckList(self.tr("Pupil"), self.tr("Class"), self)
        self.list.changed.connect(self.changed)
        caption = QLabel(self.tr("&Class:"), self)
        caption.setBuddy(self.klass)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.klass, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Optional: tick pupils by name when a list is needed. Otherwise type the number of "
            "pupils in the audiences table."), self))
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def load(self) -> None:
        name = self.klass.currentData()
        if not name:
            self.list.set_items([])
            return
        self.loading = True
        self.worker.submit(list_pupils, self.session, PupilQuery(class_name=name),
                           limit=CLASS_LIMIT, on_done=self._loaded, on_error=self._failed,
                           context=self)

    def _loaded(self, rows: list[Any]) -> None:
        self.loading = False
        self.list.set_items([(p.id, p.full_name, p.class_name) for p in rows])

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)


class ParticipantsPanel(QWidget):
    """``changed`` whenever a number or a tick changes."""

    changed = Signal()

    def __init__(self, session: Any, worker: DbWorker, staff: Sequence[Any],
                 class_names: Sequence[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = list(staff)
        self.audiences = AudienceModel(self)
        self.audiences.edited.connect(self.changed)
        self.table = AudienceTable(self.audiences, self)
        self.audience_hint = hint_label(self.tr(
            "Type how many people came, by sex when it was noted. Staff and pupils ticked by "
            "name below are counted when their row is left empty."), self)

        self.staff_list = CheckList(self.tr("Staff member"), self.tr("Position"), self)
        self.staff_list.set_items(staff_items(self.staff))
        self.staff_list.changed.connect(self._ticks_changed)
        self.pupils: PupilPicker | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.staff_list, self.tr("Staff who attended"))
        if class_names is not None:
            self.pupils = PupilPicker(session, worker, class_names, self)
            self.pupils.changed.connect(self._ticks_changed)
            self.tabs.addTab(self.pupils, self.tr("Pupils by class"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.audience_hint)
        layout.addWidget(self.tabs, 1)
        self._ticks_changed()

    def set_activity(self, info: Any) -> None:
        """Show an activity's numbers and ticks. A row that only counted the ticked names is
        shown empty, so that ticking more names counts them too."""
        auto = {Audience.STAFF: len(info.staff_ids), Audience.PUPILS: len(info.pupil_ids)}
        counts = [c for c in info.audiences
                  if not (auto.get(c.audience) and c.male == c.female == 0
                          and c.unknown == auto[c.audience])]
        self.audiences.set_counts(counts)
        self.staff_list.set_items(staff_items(self.staff, info.staff_ids))
        self.staff_list.set_ticked(info.staff_ids)
        if self.pupils is not None:
            self.pupils.list.set_ticked(info.pupil_ids)

    def staff_ids(self) -> tuple[int, ...]:
        return self.staff_list.ticked()

    def pupil_ids(self) -> tuple[int, ...]:
        return self.pupils.list.ticked() if self.pupils is not None else ()

    def _ticks_changed(self) -> None:
        self.audiences.set_by_name(Audience.STAFF, len(self.staff_ids()))
        self.audiences.set_by_name(Audience.PUPILS, len(self.pupil_ids()))
        staff_title = self.tr("Staff who attended ({n})").format(n=len(self.staff_ids()))
        self.tabs.setTabText(0, staff_title)
        if self.pupils is not None:
            self.tabs.setTabText(1, self.tr("Pupils by class ({n})").format(
                n=len(self.pupil_ids())))
        self.changed.emit()
