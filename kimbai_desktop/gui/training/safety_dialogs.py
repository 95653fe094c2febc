"""The dialogs of the safe-environment tab: a check (its date, who checked, and for each item of
the checklist a result — met, not met, does not apply — and a note), and the checklist itself
(add, change, remove and reorder the items)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.safety import CheckResult
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import TextArea
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.training.form import TrainingDialog, today_of
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.safety import CheckInput, ResultInput, save_check, save_items


class ResultsEditor(QScrollArea):
    """One row per item: its text, a result and a note. ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget(self)
        self.grid = QGridLayout(self.inner)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        self.setWidget(self.inner)
        self.rows: list[tuple[int | None, str, QComboBox, QLineEdit]] = []
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)

    def set_rows(self, rows: list[tuple[int | None, str, CheckResult | None, str]]) -> None:
        for col, title in enumerate((self.tr("No."), self.tr("Item"), self.tr("Result"),
                                     self.tr("Note (what is wrong, what to do)"))):
            head = QLabel(f"<b>{title}</b>", self.inner)
            self.grid.addWidget(head, 0, col)
        for n, (item_id, text, result, note) in enumerate(rows, start=1):
            label = QLabel(text, self.inner)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            combo = QComboBox(self.inner)
            combo.setObjectName(f"result{n}")
            combo.addItem(self.tr("— choose —"), "")
            for value in CheckResult:
                combo.addItem(labels.label(value), value.value)
            if result is not None:
                combo.setCurrentIndex(combo.findData(result.value))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            edit = QLineEdit(note, self.inner)
            edit.setObjectName(f"note{n}")
            apply_limit(edit, limits.SHORT)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            label.setBuddy(combo)
            self.grid.addWidget(QLabel(str(n), self.inner), n, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(label, n, 1)
            self.grid.addWidget(combo, n, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(edit, n, 3, Qt.AlignmentFlag.AlignTop)
            self.rows.append((item_id, text, combo, edit))
        self.grid.setRowStretch(len(rows) + 1, 1)
        if self.rows:
            self.setFocusProxy(self.rows[0][2])

    def set_all(self, result: CheckResult) -> None:
        """Set every item not chosen yet (the usual case: most items are met)."""
        for _id, _text, combo, _edit in self.rows:
            if not combo.currentData():
                combo.setCurrentIndex(combo.findData(result.value))

    def values(self) -> tuple[ResultInput, ...]:
        return tuple(ResultInput(item_id, text, CheckResult(combo.currentData())
                                 if combo.currentData() else None, edit.text())
                     for item_id, text, combo, edit in self.rows)


class SafetyCheckDialog(TrainingDialog):
    """``check`` is the one to change (a ``CheckInfo``); else ``items`` (``ItemInfo``s) make
    the rows of a new one."""

    def __init__(self, session: Any, worker: DbWorker, check: Any = None,
                 items: list[Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.check_id: int | None = check.id if check is not None else None
        if check is None:
            self.set_texts(self.tr("New check of the safe school environment"), self.tr(
                "Check each item of the school's checklist (môi trường giáo dục an toàn, lành "
                "mạnh, thân thiện; bộ quy tắc ứng xử) and say what is not met."), self.tr("&Save"))
        else:
            self.set_texts(self.tr("Change the check"), "", self.tr("&Save the changes"))
        self.checked_on = DateField(self)
        self.checked_by = QLineEdit(self)
        apply_limit(self.checked_by, limits.SHORT)
        self.checked_by.setPlaceholderText(self.tr("names and roles"))
        self.results = ResultsEditor(self)
        self.all_met = QPushButton(self.tr("Mark the items &left as met"), self)
        self.all_met.setAutoDefault(False)
        self.all_met.clicked.connect(lambda: self.results.set_all(CheckResult.MET))
        results_box = QWidget(self)
        box_layout = QVBoxLayout(results_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.results, 1)
        box_layout.addWidget(self.all_met, 0, Qt.AlignmentFlag.AlignRight)
        results_box.setFocusProxy(self.results)
        self.note = TextArea(self, 2)
        apply_limit(self.note, limits.NOTE)
        self.add_field("checked_on", self.tr("&Date:"), self.checked_on)
        self.add_field("checked_by", self.tr("Checked &by:"), self.checked_by)
        self.add_field("results", self.tr("&Items:"), results_box)
        self.watch(self.results, self.boxes["results"])
        self.add_field("note", self.tr("General &note:"), self.note)
        if check is None:
            self.checked_on.set_date(today_of(session))
            self.results.set_rows([(i.id, i.text, None, "") for i in items or []])
        else:
            self.checked_on.set_date(check.checked_on)
            self.checked_by.setText(check.checked_by)
            self.note.setPlainText(check.note)
            self.results.set_rows([(r.item_id, r.item_text, r.result, r.note)
                                   for r in check.results])
        self.grow_form()
        self.resize_within(QSize(980, 700))
        self.dirty = False
        self.checked_by.setFocus()
        self.keep_drafts(session, "safety_check", self.check_id or "")

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self.read_date(self.checked_on, "checked_on", errors)
        return errors

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        checked_on = self.checked_on.date()
        assert checked_on is not None  # check() said so
        data = CheckInput(checked_on, self.checked_by.text(), self.note.toPlainText(),
                          self.results.values())
        return save_check, (self.session, data, self.check_id)


class ItemsEditor(QWidget):
    """The checklist: a list of items to add to, change (double click or F2), remove and move."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # a wrapped item reads as one
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self.new = QLineEdit(self)
        apply_limit(self.new, limits.SHORT)
        self.new.setPlaceholderText(self.tr("a new item; Enter adds it"))
        self.new.installEventFilter(self)  # Enter adds the typed item instead of saving
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add"), self.add_typed),
                           (self.tr("&Remove"), self.remove_current),
                           (self.tr("Move &up"), lambda: self.move(-1)),
                           (self.tr("Move do&wn"), lambda: self.move(1))):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.new and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.new.text().strip()):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def append(self, item_id: int | None, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, item_id)

    def add_typed(self) -> None:
        text = self.new.text().strip()
        if text:
            self.append(None, text)
            self.new.clear()
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)
        self.changed.emit()

    def values(self) -> list[tuple[int | None, str]]:
        return [(self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text())
                for i in range(self.list.count())]

    def draft_value(self) -> list[list[Any]]:
        return [[item_id, text] for item_id, text in self.values()]

    def set_draft_value(self, value: Any) -> None:
        self.list.clear()
        for item_id, text in value or []:
            self.append(item_id, text)


class ChecklistDialog(TrainingDialog):
    """Edit the school's checklist (``items``: the ``ItemInfo``s in use)."""

    def __init__(self, session: Any, worker: DbWorker, items: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, worker, parent)
        self.set_texts(self.tr("Checklist of the safe school environment"), self.tr(
            "The items checked every school year. Changing the list does not change the checks "
            "already recorded."), self.tr("&Save the list"))
        self.items = ItemsEditor(self)
        for info in items:
            self.items.append(info.id, info.text)
        self.add_field("items", self.tr("&Items:"), self.items,
                       self.tr("Double-click an item (or press F2) to change its text."))
        self.grow_form()
        self.resize_within(QSize(820, 560))
        self.dirty = False
        self.items.setFocus()

    def check(self) -> dict[str, str]:
        if self.items.new.text().strip():
            return {"items": self.tr("Add the item you typed (Enter), or clear it, first.")}
        return {}

    def call(self) -> tuple[Any, tuple[Any, ...]]:
        return save_items, (self.session, self.items.values())
