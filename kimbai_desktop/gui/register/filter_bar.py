"""The register's search box and filters; :meth:`FilterBar.query` turns them into a PupilQuery.

The search box takes text without accents (the service folds both sides). Typing waits a moment
before asking again, so a fast typist does not queue a query per letter; Enter asks at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kimbai_desktop.domain.enums import ProtectionLevel, SpecialCircumstance
from kimbai_desktop.domain.register import PupilStatus
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.register import texts
from kimbai_desktop.services.register import PupilQuery

SEARCH_DELAY_MS = 300


def _narrow_combo(combo: QComboBox, chars: int) -> None:
    """A combo that stays narrow while its list shows the whole (long, legal) labels."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


class FilterBar(QWidget):
    """``changed`` fires when the query changes. (Hiding names is the window's one switch:
    gui/workspace.py.)"""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_year = ""
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(120)
        self.search.setPlaceholderText(self.tr("Name or identifier; accents not needed (Ctrl+F)"))
        self.search.setToolTip(texts.search_tooltip())
        self.search.setAccessibleDescription(texts.search_help())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._now)

        self.year = QComboBox(self)
        _narrow_combo(self.year, 9)
        self.class_name = QComboBox(self)
        self.class_name.addItem(self.tr("All classes"), "")
        _narrow_combo(self.class_name, 9)
        self.group = QComboBox(self)
        self.group.addItem(self.tr("All groups"), None)
        for group in SpecialCircumstance:
            self.group.addItem(texts.group_text(group), group)
            self.group.setItemData(
                self.group.count() - 1, texts.group_text(group), Qt.ItemDataRole.ToolTipRole
            )
        _narrow_combo(self.group, 22)
        self.group.view().setMinimumWidth(self.group.view().sizeHintForColumn(0) + 24)
        self.level = QComboBox(self)
        self.level.addItem(self.tr("All levels"), None)
        for level in ProtectionLevel:
            self.level.addItem(labels.label(level), level)
        _narrow_combo(self.level, 10)
        self.review = QComboBox(self)
        self.review.addItem(self.tr("All"), "")
        self.review.addItem(self.tr("Due or overdue"), "due")
        self.review.addItem(self.tr("Overdue"), "overdue")
        _narrow_combo(self.review, 12)
        for combo in (self.year, self.class_name, self.group, self.level, self.review):
            combo.currentIndexChanged.connect(self._combo_changed)

        self.in_register = QCheckBox(self.tr("Only children in the &register"), self)
        self.in_register.setToolTip(
            self.tr(
                "Children in a special circumstance, at risk, or at the support or intervention level"
            )
        )
        self.leavers = QCheckBox(self.tr("Show &leavers"), self)
        self.leavers.setToolTip(self.tr("Also pupils who transferred, completed or left school"))
        self.in_register.toggled.connect(lambda _c: self.changed.emit())
        self.leavers.toggled.connect(lambda _c: self.changed.emit())

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        fields = (
            (0, 0, self.tr("&Search:"), self.search, 3),
            (0, 4, self.tr("School &year:"), self.year, 1),
            (0, 6, self.tr("&Class:"), self.class_name, 1),
            (1, 0, self.tr("&Group:"), self.group, 1),
            (1, 2, self.tr("Le&vel:"), self.level, 1),
            (1, 4, self.tr("Re&view:"), self.review, 1),
        )
        for row, column, text, widget, span in fields:
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        toggles = QHBoxLayout()
        toggles.setSpacing(16)
        toggles.addWidget(self.in_register)
        toggles.addWidget(self.leavers)
        toggles.addStretch(1)
        grid.addLayout(toggles, 2, 0, 1, 8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._quiet = False

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _combo_changed(self, _index: int) -> None:
        if not self._quiet:
            self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- choices from the database -----------------------------------------------------------------

    def set_years(self, years: list[str], current: str, choose_current: bool = False) -> None:
        """The school years known; ``choose_current`` selects the current one (lists open on
        the current year), else the choice stays."""
        self._quiet = True
        self.current_year = current
        chosen = current if choose_current else (self.year.currentData() or current)
        self.year.clear()
        for year in years:
            self.year.addItem(year, year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self._quiet = False

    def set_classes(self, names: list[str]) -> None:
        self._quiet = True
        chosen = self.class_name.currentData() or ""
        self.class_name.clear()
        self.class_name.addItem(self.tr("All classes"), "")
        for name in names:
            self.class_name.addItem(name, name)
        self.class_name.setCurrentIndex(max(0, self.class_name.findData(chosen)))
        self._quiet = False

    def school_year(self) -> str:
        return str(self.year.currentData() or self.current_year)

    # -- the query ---------------------------------------------------------------------------------

    def query(self, base: PupilQuery | None = None) -> PupilQuery:
        """The filters as a query; the order (sort, descending) is kept from ``base``."""
        base = base or PupilQuery()
        group = self.group.currentData()
        level = self.level.currentData()
        return replace(
            base,
            text=self.search.text().strip(),
            class_name=str(self.class_name.currentData() or ""),
            group=group if isinstance(group, SpecialCircumstance) else None,
            level=level if isinstance(level, ProtectionLevel) else None,
            review=str(self.review.currentData() or ""),
            status=None if self.leavers.isChecked() else PupilStatus.ACTIVE,
            in_register_only=self.in_register.isChecked(),
            school_year=self.school_year(),
        )

    def show_query(self, q: PupilQuery) -> None:
        """Set the filters to ``q``'s group, level, review state and register toggle (as when
        the overview opens the register), then query once."""
        self._quiet = True
        self.search.clear()
        self._timer.stop()
        for combo, value in ((self.class_name, q.class_name or None), (self.group, q.group),
                             (self.level, q.level), (self.review, q.review or None)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._quiet = False
        for box, checked in ((self.in_register, q.in_register_only), (self.leavers, False)):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)
        self.changed.emit()

    def clear_filters(self) -> None:
        self._quiet = True
        self.search.clear()
        self._timer.stop()
        for combo in (self.class_name, self.group, self.level, self.review):
            combo.setCurrentIndex(0)
        self.year.setCurrentIndex(max(0, self.year.findData(self.current_year)))
        self._quiet = False
        for box in (self.in_register, self.leavers):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.changed.emit()
