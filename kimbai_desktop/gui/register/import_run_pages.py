"""The last pages of the import wizard: the check of every row (nothing written) with its problems
or what will happen, then the import itself and its summary: the sheets read, the lines skipped
under the tables, the pupils who have left, the identifiers that lost their leading zeros (with
the choice to put them back). Both show progress and can be cancelled; a cancelled or failed run
changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kimbai_desktop.domain.formatting import format_number
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.export_password_dialog import ask_export_password
from kimbai_desktop.gui.register.export import choose_save_file, with_suffix, xlsx_filter
from kimbai_desktop.gui.widgets import FieldError
from kimbai_desktop.services.excel_import import (
    ImportReport,
    LeaverRow,
    RowError,
    write_error_report,
)
from kimbai_desktop.services.excel_table import FOOTER_KINDS
from kimbai_desktop.services.register import Cancelled

if TYPE_CHECKING:
    from kimbai_desktop.gui.register.import_wizard import ImportWizard


def problem_text(error: RowError) -> str:
    """The problem in the interface language, with its values filled in."""
    text = messages.qt_translate("Errors", error.reason)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return text


def row_label(sheet: str, row: int, several: bool) -> str:
    return f"{sheet} · {row}" if several else str(row)


def summary_lines(report: ImportReport) -> list[str]:
    """What the check or the import found besides pupils, one sentence each."""

    lines = []
    if len(report.sheets) > 1 or report.other_sheets:
        lines.append(QCoreApplication.translate("ImportSummary", "Sheets read: {sheets}.").format(sheets=", ".join(report.sheets)))
    if report.skipped:
        kinds = ", ".join(messages.qt_translate("Import", FOOTER_KINDS[k])
                          for k in report.skipped_kinds())
        lines.append(QCoreApplication.translate("ImportSummary", "Skipped {count} lines under the table: {kinds}. They are not pupils "
                        "and are not imported.").format(count=format_number(len(report.skipped)),
                                                        kinds=kinds))
    if report.leavers:
        lines.append(QCoreApplication.translate("ImportSummary", "{count} pupils have left according to the status column (Chuyển "
                        "trường, Thôi học...): they are not added to the register.").format(
            count=format_number(len(report.leavers))))
    if report.marked_left:
        lines.append(QCoreApplication.translate("ImportSummary", "{count} of them are in the register: they are archived as having left "
                        "(not deleted).").format(count=format_number(report.marked_left)))
    if report.code_fixes and report.codes_padded:
        lines.append(QCoreApplication.translate("ImportSummary", "The leading zeros of {count} identifiers are put back.").format(
            count=format_number(len(report.code_fixes))))
    elif report.code_fixes:
        lines.append(QCoreApplication.translate("ImportSummary", "{count} identifiers were stored by Excel as numbers and may have lost "
                        "their leading zeros: see the list below.").format(
            count=format_number(len(report.code_fixes))))
    return lines


class LeaverTable(QTableWidget):
    """The pupils who have left: row, name, status as written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Full name"), self.tr("Status")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_leavers(self, leavers: list[LeaverRow], several: bool) -> None:
        self.setRowCount(len(leavers))
        for r, leaver in enumerate(leavers):
            number = QTableWidgetItem(row_label(leaver.sheet, leaver.row_number, several))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, 0, number)
            self.setItem(r, 1, QTableWidgetItem(leaver.full_name))
            self.setItem(r, 2, QTableWidgetItem(leaver.status_text))


class ProblemTable(QTableWidget):
    """Row number (as Excel shows it), column and the problem, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(1, 170)

    def show_problems(self, problems: list[RowError], several: bool = False) -> None:
        self.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            number = QTableWidgetItem(row_label(problem.sheet, problem.row_number, several))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, 0, number)
            self.setItem(r, 1, QTableWidgetItem(problem.column))
            self.setItem(r, 2, QTableWidgetItem(problem_text(problem)))
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Rows fit their wrapped text at the table's real width (few rows: cheap)."""
        super().resizeEvent(event)
        if self.rowCount() <= 200:
            self.resizeRowsToContents()

    def texts(self) -> list[tuple[str, ...]]:
        """What each row says: (row, column, problem)."""
        return [
            tuple(item.text() if (item := self.item(r, c)) else "" for c in range(3))
            for r in range(self.rowCount())
        ]


class RunningPage(QWizardPage):
    """What the check and the import share: a progress bar, Cancel, a result and problems."""

    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.report: ImportReport | None = None
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.error = FieldError(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = ProblemTable(self)
        self.leavers_label = QLabel(self.tr("Pupils who have left (not added):"), self)
        self.leavers = LeaverTable(self)
        self.pad_box = QCheckBox(self)
        self.warnings_label = QLabel(self.tr("To check (the rows are imported anyway):"), self)
        self.warnings = ProblemTable(self)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(bar)
        self.main_layout.addWidget(self.status)
        self.main_layout.addWidget(self.summary)
        self.main_layout.addWidget(self.error)
        self.main_layout.addWidget(self.problems, 1)
        self.main_layout.addWidget(self.leavers_label)
        self.main_layout.addWidget(self.leavers, 1)
        self.main_layout.addWidget(self.warnings_label)
        self.main_layout.addWidget(self.warnings, 1)
        self.main_layout.addWidget(self.pad_box)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.start()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override: going Back stops a run
        if self.owner.running:
            self.owner.cancel_job()

    def start(self) -> None:
        self.report = None
        self.error.clear()
        self.problems.setVisible(False)
        self.warnings.setVisible(False)
        self.warnings_label.setVisible(False)
        self.summary.clear()
        self.summary.setVisible(False)
        self.leavers.setVisible(False)
        self.leavers_label.setVisible(False)
        self.pad_box.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.running_text())
        self.owner.run_import_job(self.dry_run, self._done, self._failed, self._progress)
        self.completeChanged.emit()

    def running_text(self) -> str:
        return ""

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping..."))
        self.owner.cancel_job()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _finish_run(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _done(self, report: ImportReport) -> None:
        self._finish_run()
        self.report = report
        several = len(report.sheets) > 1
        if report.errors:
            self.status.setText(
                self.tr(
                    "{count} problems in {rows} rows. Nothing was imported. Correct the file in "
                    "Excel and start again, or save the rows with problems to a file."
                ).format(
                    count=format_number(len(report.errors)),
                    rows=format_number(len({e.row_number for e in report.errors})),
                )
            )
            self.problems.show_problems(report.errors, several)
            self.problems.setVisible(True)
        else:
            self.show_result(report)
        lines = summary_lines(report)
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(lines))
        if report.leavers:
            self.leavers.show_leavers(report.leavers, several)
            self.leavers.setVisible(True)
            self.leavers_label.setVisible(True)
        if report.warnings:
            self.warnings.show_problems(report.warnings, several)
            self.warnings.setVisible(True)
            self.warnings_label.setVisible(True)
        self.completeChanged.emit()

    def show_result(self, report: ImportReport) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self._finish_run()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped. Nothing was changed."))
        else:
            self.status.clear()
            self.error.set_message(messages.error_text(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.report is not None and self.report.ok and not self.owner.running


class CheckPage(RunningPage):
    """The dry run. With problems: the list and "save the rows with problems"; Next is off."""

    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Checking every row"))
        self.setSubTitle(self.tr("Step 4 of 5: nothing is written yet"))
        self.setCommitPage(True)
        self.save_button = QPushButton(self.tr("Save the rows with &problems..."), self)
        self.save_button.clicked.connect(self.save_problems)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        self.again_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.main_layout.addLayout(row)
        self.saved_to: Path | None = None
        self.pad_box.toggled.connect(self._pad_toggled)

    def _pad_toggled(self, checked: bool) -> None:
        """The user's say on the lost zeros: the check runs again with or without them."""
        if checked != self.owner.pad_codes:
            self.owner.pad_codes = checked
            self.start()

    def start(self) -> None:
        self.save_button.setVisible(False)
        self.again_button.setVisible(False)
        super().start()

    def running_text(self) -> str:
        return self.tr("Checking the rows...")

    def _done(self, report: ImportReport) -> None:
        self.owner.check_report = report
        super()._done(report)
        if report.code_fixes:
            first = report.code_fixes[0]
            self.pad_box.blockSignals(True)
            self.pad_box.setText(self.tr(
                "Put back the leading zeros of these {count} identifiers (for example {code} → "
                "{padded})").format(count=format_number(len(report.code_fixes)),
                                    code=first.as_read, padded=first.padded))
            self.pad_box.setChecked(report.codes_padded)
            self.pad_box.blockSignals(False)
            self.pad_box.setVisible(True)
        self.save_button.setVisible(bool(report.errors))
        self.again_button.setVisible(bool(report.errors))

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        self.again_button.setVisible(True)

    def show_result(self, report: ImportReport) -> None:
        self.status.setText(
            self.tr(
                "Every row is correct: {created} pupils will be added and {updated} updated. "
                "Press Import to write them."
            ).format(created=format_number(report.created), updated=format_number(report.updated))
        )

    def save_problems(self) -> None:
        """The copy holds pupils' data: a password protects it (asked first, never kept)."""
        report = self.report
        if report is None or not report.errors:
            return
        self.password_dialog = ask_export_password(
            self, lambda password: self._save_problems(report, password))

    def _save_problems(self, report: ImportReport, password: str) -> None:
        chosen = choose_save_file(
            self, self.tr("Save the rows with problems"), "loi-nhap-danh-sach.xlsx", xlsx_filter()
        )
        if not chosen:
            return
        path = with_suffix(chosen)
        self.save_button.setEnabled(False)
        self.owner.worker.submit(
            write_error_report,
            path,
            report,
            labels.language(),
            password=password,
            on_done=self._saved,
            on_error=self._save_failed,
            context=self,
        )

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved_to = Path(path)
        messages.information(
            self,
            self.tr("Rows with problems"),
            self.tr(
                "The rows with problems were saved in {file}, with a column saying what to "
                "correct. It is protected by the password you chose: delete it when the list is "
                "corrected."
            ).format(file=self.saved_to.name),
        )

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        messages.show_error(self, exc)


class RunPage(RunningPage):
    """The import; its summary closes the wizard."""

    dry_run = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Step 5 of 5"))
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.setTitle(self.tr("Importing"))
        super().initializePage()

    def running_text(self) -> str:
        return self.tr("Importing the pupils...")

    def _done(self, report: ImportReport) -> None:
        # the title says how it ended, not "Importing" over a finished run
        self.setTitle(self.tr("Import finished") if report.ok else self.tr("Nothing was imported"))
        super()._done(report)

    def _failed(self, exc: BaseException) -> None:
        self.setTitle(self.tr("Nothing was imported"))
        super()._failed(exc)

    def show_result(self, report: ImportReport) -> None:
        self.status.setText(
            self.tr("Done: {created} pupils were added and {updated} updated.").format(
                created=format_number(report.created), updated=format_number(report.updated)
            )
        )
        self.owner.set_imported(report)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.owner.running
