"""The new school year (năm học mới), for the principal: each class moves up ("3A" → "4A", editable),
grade-5 classes complete primary school ("Ra trường"), the pupils who repeat a year (lưu ban) are
picked from their class list; after a confirmation the change runs on the worker in one go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.widgets import BusyBar, FieldError, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.register import PupilQuery, PupilRow, list_pupils
from kimbai_desktop.services.school_year import (
    PromotionPlan,
    PromotionResult,
    apply_promotion,
    plan_promotion,
    with_target,
)

FROM, PUPILS, TO, LEAVES = range(4)


class NewSchoolYearDialog(QDialog):
    """``applied(PromotionResult)`` fires once the new year has started."""

    applied = Signal(object)

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        parent: QWidget | None = None,
        name_of: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.name_of = name_of
        self.plan: PromotionPlan | None = None
        self.repeating: set[int] = set()
        self.busy = False
        self.dirty = False
        self.setWindowTitle("KimBai Desktop")
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self.heading = heading_label(self.tr("Start a new school year"), self, scale=1.2)
        self.intro = QLabel(self.tr("Loading the classes..."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Class now"),
                self.tr("Pupils"),
                self.tr("Class next year"),
                self.tr("Leaves the school"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUPILS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LEAVES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table_error = FieldError(self)

        repeat_title = heading_label(self.tr("Pupils who repeat the year (lưu ban)"), self, 1.05)
        repeat_hint = hint_label(
            self.tr("They stay in a class of the same name. Choose a class, then tick the pupils."),
            self,
        )
        self.repeat_class = QComboBox(self)
        self.repeat_class.setMinimumContentsLength(8)
        self.repeat_class.currentIndexChanged.connect(self._load_class)
        caption = QLabel(self.tr("C&lass:"), self)
        caption.setBuddy(self.repeat_class)
        self.repeat_count = QLabel(self)
        pick = QHBoxLayout()
        pick.addWidget(caption)
        pick.addWidget(self.repeat_class)
        pick.addStretch(1)
        pick.addWidget(self.repeat_count)
        self.pupils = QListWidget(self)
        self.pupils.itemChanged.connect(self._pupil_ticked)

        self.busy_bar = BusyBar(self)
        self.page_error = FieldError(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("&Start the new school year"), self)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.table_error)
        layout.addWidget(repeat_title)
        layout.addWidget(repeat_hint)
        layout.addLayout(pick)
        layout.addWidget(self.pupils, 1)
        layout.addWidget(self.page_error)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self._update_count()
        self.resize(self.sizeHint())
        worker.submit(
            plan_promotion, session, on_done=self.set_plan, on_error=self._failed, context=self
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(680, 620)

    # -- the plan ----------------------------------------------------------------------------------

    def set_plan(self, plan: PromotionPlan) -> None:
        self.plan = plan
        self.intro.setText(
            self.tr(
                "From {old} to {new}. Check the class each class moves to; a class that completes "
                "primary school leaves the lists (its pupils are archived, not deleted)."
            ).format(old=plan.from_year, new=plan.to_year)
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(plan.moves))
        for row, move in enumerate(plan.moves):
            source = QTableWidgetItem(move.from_class)
            source.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            count = QTableWidgetItem(format_number(move.pupils))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            target = QTableWidgetItem(move.to_class or "")
            leaves = QTableWidgetItem(self.tr("Completes primary school"))
            leaves.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            leaves.setCheckState(
                Qt.CheckState.Checked if move.to_class is None else Qt.CheckState.Unchecked
            )
            if move.to_class is None:
                target.setFlags(Qt.ItemFlag.NoItemFlags)
            for column, item in ((FROM, source), (PUPILS, count), (TO, target), (LEAVES, leaves)):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.repeat_class.blockSignals(True)
        self.repeat_class.clear()
        for move in plan.moves:
            self.repeat_class.addItem(move.from_class, move.from_class)
        self.repeat_class.blockSignals(False)
        self.ok_button.setEnabled(bool(plan.moves))
        self._load_class()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        self.dirty = True
        self.table_error.clear()
        if item.column() == LEAVES:
            target = self.table.item(item.row(), TO)
            if target is None:
                return
            self.table.blockSignals(True)
            if item.checkState() == Qt.CheckState.Checked:
                target.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                target.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsEditable
                )
            self.table.blockSignals(False)

    def set_target(self, from_class: str, to_class: str | None) -> None:
        """Change one row as a user would: a new class name, or None for "leaves"."""
        for row in range(self.table.rowCount()):
            source = self.table.item(row, FROM)
            if source is not None and source.text() == from_class:
                leaves, target = self.table.item(row, LEAVES), self.table.item(row, TO)
                assert leaves is not None and target is not None
                leaves.setCheckState(
                    Qt.CheckState.Checked if to_class is None else Qt.CheckState.Unchecked
                )
                if to_class is not None:
                    target.setText(to_class)

    def edited_plan(self) -> PromotionPlan | None:
        """The plan with the table's choices; None (with a message) if a class has no target."""
        assert self.plan is not None
        plan = self.plan
        for row in range(self.table.rowCount()):
            source, target = self.table.item(row, FROM), self.table.item(row, TO)
            leaves = self.table.item(row, LEAVES)
            assert source is not None and target is not None and leaves is not None
            if leaves.checkState() == Qt.CheckState.Checked:
                plan = with_target(plan, source.text(), None)
                continue
            name = target.text().strip()
            if not name:
                self.table_error.set_message(
                    self.tr(
                        'Class {name} has no class for next year. Type one, or tick "Completes '
                        'primary school".'
                    ).format(name=source.text())
                )
                self.table.setCurrentItem(target)
                self.table.setFocus()
                return None
            plan = with_target(plan, source.text(), name)
        return plan

    # -- pupils who repeat -------------------------------------------------------------------------

    def _load_class(self, *_args: Any) -> None:
        name = self.repeat_class.currentData()
        self.pupils.clear()
        if not name or self.plan is None:
            return
        query = PupilQuery(class_name=name, school_year=self.plan.from_year)
        self.worker.submit(
            list_pupils,
            self.session,
            query,
            limit=1000,
            on_done=lambda rows, n=name: self._show_class(n, rows),
            on_error=self._failed,
            context=self,
        )

    def _show_class(self, name: str, rows: list[PupilRow]) -> None:
        if name != self.repeat_class.currentData():
            return
        self.pupils.blockSignals(True)
        self.pupils.clear()
        for row in rows:
            item = QListWidgetItem(self.name_of(row.full_name), self.pupils)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(
                Qt.CheckState.Checked if row.id in self.repeating else Qt.CheckState.Unchecked
            )
        self.pupils.blockSignals(False)

    def _pupil_ticked(self, item: QListWidgetItem) -> None:
        pupil_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.repeating.add(pupil_id)
        else:
            self.repeating.discard(pupil_id)
        self.dirty = True
        self._update_count()

    def _update_count(self) -> None:
        self.repeat_count.setText(
            self.tr("Repeating: {count}").format(count=format_number(len(self.repeating)))
        )

    # -- applying ----------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.busy or self.plan is None:
            return
        plan = self.edited_plan()
        if plan is None:
            return
        leaving = sum(m.pupils for m in plan.moves if m.to_class is None)
        question = self.tr(
            "Start the school year {new}? {classes} classes move up, {leaving} pupils complete "
            "primary school and {repeating} repeat the year. The school information moves to "
            "{new} as well."
        ).format(
            new=plan.to_year,
            classes=format_number(sum(1 for m in plan.moves if m.to_class)),
            leaving=format_number(leaving),
            repeating=format_number(len(self.repeating)),
        )
        if not messages.confirm(self, self.tr("Start a new school year"), question):
            return
        self._set_busy(True)
        self.worker.submit(
            apply_promotion,
            self.session,
            plan,
            repeating=frozenset(self.repeating),
            on_done=self._applied,
            on_error=self._failed,
            context=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (
            self.table,
            self.pupils,
            self.repeat_class,
            self.ok_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.busy_bar.start(self.tr("Moving the classes to the new school year..."))
        else:
            self.busy_bar.stop()

    def _applied(self, result: PromotionResult) -> None:
        self._set_busy(False)
        self.dirty = False
        messages.information(
            self,
            self.tr("New school year"),
            self.tr(
                "The school year {year} has started: {promoted} pupils moved up, {completed} "
                "completed primary school, {repeating} repeat the year."
            ).format(
                year=result.to_year,
                promoted=format_number(result.promoted),
                completed=format_number(result.completed),
                repeating=format_number(result.repeating),
            ),
        )
        self.applied.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.page_error.set_message(messages.error_text(exc))

    def reject(self) -> None:
        if self.busy:
            return
        if self.dirty and not messages.confirm(
            self,
            self.tr("Discard the changes?"),
            self.tr(
                "The new school year has not started. Close this window and lose your choices?"
            ),
        ):
            return
        super().reject()
