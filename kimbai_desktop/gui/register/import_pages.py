"""The first pages of the import wizard: the file, the class sheets to import with each sheet's
header row (and a preview of the first rows, title rows included), and the mapping of each column
to what it holds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from kimbai_desktop.domain.formatting import format_date, format_number
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.widgets import BusyBar, FieldError, hint_label
from kimbai_desktop.services.excel_import import (
    ExcelFileError,
    Field,
    SheetData,
    detect_header,
    guess_mapping,
    plan_sheet,
    read_sheets,
)

if TYPE_CHECKING:
    from kimbai_desktop.gui.register.import_wizard import ImportWizard

PREVIEW_ROWS = 12
NAME_FIELDS = (Field.FULL_NAME, Field.FAMILY_MIDDLE, Field.GIVEN_NAME)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "year") and hasattr(value, "day"):
        return format_date(value.date() if hasattr(value, "date") else value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.loading = False
        self.setTitle(self.tr("Import pupils from Excel"))
        self.setSubTitle(self.tr("Step 1 of 5: choose the file"))
        intro = QLabel(
            self.tr(
                "Choose the class list (.xlsx, .xls or .ods) from the sector's database or another "
                "program. Title rows above the header, one sheet per class, and signatures under "
                "the table are fine. Nothing is imported before you confirm: "
                "every row is checked first, and pupils already in the register (same "
                "identifier) are updated, not added twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose the file..."), self)
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = BusyBar(self)
        self.error = FieldError(self)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self) -> None:
        if self.loading:
            return
        path = messages.choose_open_file(
            self,
            self.tr("Choose the pupil list"),
            QDir.homePath(),
            self.tr("Class lists (*.xlsx *.xls *.ods)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.error.clear()
        self.loading = True
        self.choose_button.setEnabled(False)
        self.busy_bar.start(self.tr("Reading the file..."))
        self.completeChanged.emit()
        self.owner.start_job(
            read_sheets,
            path,
            on_done=lambda sheets: self._loaded(path, sheets),
            on_error=self._failed,
        )

    def _loaded(self, path: Path, sheets: list[SheetData]) -> None:
        self._stop()
        self.owner.path = path
        self.owner.sheets = sheets
        plans = {d.sheet: p for d in sheets if (p := plan_sheet(d)) is not None}
        self.owner.found = plans
        self.owner.chosen = list(plans)
        self.owner.header_rows = {name: p.header_row for name, p in plans.items()}
        self.owner.sheet = next((d for d in sheets if d.sheet in plans), sheets[0])
        self.owner.check_report = None
        self.file_label.setText(path.name)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        self.error.set_message(messages.error_text(exc))
        self.completeChanged.emit()

    def _stop(self) -> None:
        self.loading = False
        self.choose_button.setEnabled(True)
        self.busy_bar.stop()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.sheet is not None and not self.loading


class SheetPage(QWizardPage):
    """The sheets of the file, those with a pupil list ticked; the selected one is previewed
    with its header row highlighted."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Sheets and header row"))
        self.setSubTitle(
            self.tr(
                "Step 2 of 5: tick the class sheets to import; check that the highlighted row "
                "holds the column names (Họ và tên, Ngày sinh...)"
            )
        )
        self.sheets = QListWidget(self)
        self.sheets.setMaximumWidth(300)
        self.sheets.setWordWrap(True)
        self.sheets.setAccessibleName(self.tr("Sheets to import"))
        self.sheets.currentRowChanged.connect(self._sheet_chosen)
        self.sheets.itemChanged.connect(lambda _item: self.completeChanged.emit())
        sheets_caption = QLabel(self.tr("S&heets to import:"), self)
        sheets_caption.setBuddy(self.sheets)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 1)
        self.header_row.valueChanged.connect(self._header_changed)
        header_caption = QLabel(self.tr("&Header row:"), self)
        header_caption.setBuddy(self.header_row)
        self.note = FieldError(self)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        left = QVBoxLayout()
        left.addWidget(sheets_caption)
        left.addWidget(self.sheets, 1)
        row = QHBoxLayout()
        row.addWidget(header_caption)
        row.addWidget(self.header_row)
        row.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(row)
        right.addWidget(self.note)
        right.addWidget(hint_label(self.tr("The first rows of the selected sheet:"), self))
        right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for data in self.owner.sheets:
            if (found := self.owner.found.get(data.sheet)) is not None:
                text = self.tr("{sheet} ({count} pupils)").format(
                    sheet=data.sheet, count=format_number(found.pupil_rows))
            else:
                text = self.tr("{sheet} (no pupil list found)").format(sheet=data.sheet)
            item = QListWidgetItem(text, self.sheets)
            item.setData(Qt.ItemDataRole.UserRole, data.sheet)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data.sheet in self.owner.chosen
                               else Qt.CheckState.Unchecked)
        self.sheets.blockSignals(False)
        assert self.owner.sheet is not None
        names = [d.sheet for d in self.owner.sheets]
        self.sheets.setCurrentRow(names.index(self.owner.sheet.sheet))
        self._fill(self.owner.sheet)

    def checked(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for i in range(self.sheets.count())
            if (item := self.sheets.item(i)).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, sheet: str, checked: bool) -> None:
        for i in range(self.sheets.count()):
            item = self.sheets.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == sheet:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill(self, data: SheetData) -> None:
        self.note.clear()
        header = self.owner.header_rows.get(data.sheet)
        if header is None:
            try:
                header = detect_header(data.rows)
            except ExcelFileError as exc:
                header = 1
                self.note.set_message(messages.error_text(exc))
        self.header_row.blockSignals(True)
        self.header_row.setRange(1, max(1, min(len(data.rows), 50)))
        self.header_row.setValue(header)
        self.header_row.blockSignals(False)
        self._show_preview()

    def _sheet_chosen(self, index: int) -> None:
        if 0 <= index < len(self.owner.sheets):
            self.owner.sheet = self.owner.sheets[index]
            self._fill(self.owner.sheet)

    def _header_changed(self, value: int) -> None:
        if self.owner.sheet is not None:
            self.owner.header_rows[self.owner.sheet.sheet] = value
        self._show_preview()

    def _show_preview(self, *_args: Any) -> None:
        data = self.owner.sheet
        if data is None:
            return
        header = self.header_row.value()
        last = min(len(data.rows), max(PREVIEW_ROWS, header + 5))
        rows = data.rows[:last]
        width = len(rows[0]) if rows else 0
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        self.preview.setVerticalHeaderLabels([str(n) for n in range(1, len(rows) + 1)])
        bold = QFont(self.preview.font())
        bold.setBold(True)
        highlight = self.palette().brush(QPalette.ColorRole.AlternateBase)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(cell_text(value))
                if r == header - 1:
                    item.setFont(bold)
                    item.setBackground(QBrush(highlight))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 200))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        chosen = self.checked()
        if self.owner.sheet is None or not chosen:
            return False
        if self.owner.sheet.sheet not in chosen:  # the mapping is set on a sheet to import
            self.sheets.setCurrentRow([d.sheet for d in self.owner.sheets].index(chosen[0]))
        self.owner.header_rows[self.owner.sheet.sheet] = self.header_row.value()
        self.owner.header_row = self.header_row.value()
        self.owner.chosen = chosen
        self.owner.check_report = None
        return True

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.owner.sheet is not None and bool(self.checked())


class MappingPage(QWizardPage):
    """One row per column of the sheet; its combo says what the column holds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("What each column holds"))
        self.setSubTitle(
            self.tr(
                "Step 3 of 5: the guesses are filled in; correct them where "
                'needed. Columns set to "Not imported" are left out.'
            )
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First value"),
                self.tr("Holds"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 260)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        data = self.owner.sheet
        assert data is not None
        header = data.rows[self.owner.header_row - 1]
        guessed = guess_mapping(header)
        by_column = {column: field for field, column in guessed.items()}
        sample = next(
            (r for r in data.rows[self.owner.header_row :] if any(cell_text(v) for v in r)), ()
        )
        self.table.setRowCount(len(header))
        self.combos = []
        for c, value in enumerate(header):
            self.table.setItem(c, 0, QTableWidgetItem(column_letter(c)))
            self.table.setItem(c, 1, QTableWidgetItem(cell_text(value)))
            example = cell_text(sample[c]) if c < len(sample) else ""
            self.table.setItem(c, 2, QTableWidgetItem(example))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Not imported"), None)
            for f in Field:
                combo.addItem(labels.label(f), f)
            chosen = by_column.get(c)
            combo.setCurrentIndex(combo.findData(chosen) if chosen is not None else 0)
            combo.setAccessibleName(self.tr("Column {letter}").format(letter=column_letter(c)))
            combo.activated.connect(lambda _i: self.error.clear())
            self.table.setCellWidget(c, 3, combo)
            self.combos.append(combo)
        self.error.clear()

    def set_field(self, column: int, field: Field | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field is not None else 0)

    def mapping(self) -> dict[Field, int]:
        return {
            combo.currentData(): c
            for c, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }

    def problems(self) -> str:
        chosen = [combo.currentData() for combo in self.combos if combo.currentData()]
        twice = sorted({labels.label(f) for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr(
                "Each kind of value may come from one column only: {fields}. Set "
                'the other column to "Not imported".'
            ).format(fields=", ".join(twice))
        if not any(f in chosen for f in NAME_FIELDS):
            return self.tr("Choose the column that holds the pupils' full names (Họ và tên).")
        return ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problem = self.problems()
        self.error.set_message(problem)
        if problem:
            return False
        self.owner.mapping = self.mapping()
        self.owner.check_report = None
        return True
