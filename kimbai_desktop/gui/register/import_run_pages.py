"""The last pages of the import wizard: the check of every row (nothing written) with its problems
or what will happen, then the import itself and its summary. Both show progress and can be
cancelled; a cancelled or failed run changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from kimbai_desktop.gui.register.export import choose_save_file, with_suffix, xlsx_filter
from kimbai_desktop.gui.widgets import FieldError
from kimbai_desktop.services.excel_import import ImportReport, RowError, write_error_report
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

    def show_problems(self, problems: list[RowError]) -> None:
        self.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            number = QTableWidgetItem(str(problem.row_number))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, 0, number)
            self.setItem(r, 1, QTableWidgetItem(problem.column))
            self.setItem(r, 2, QTableWidgetItem(problem_text(problem)))
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
        self.problems = ProblemTable(self)
        self.warnings_label = QLabel(self.tr("To check (the rows are imported anyway):"), self)
        self.warnings = ProblemTable(self)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(bar)
        self.main_layout.addWidget(self.status)
        self.main_layout.addWidget(self.error)
        self.main_layout.addWidget(self.problems, 1)
        self.main_layout.addWidget(self.warnings_label)
        self.main_layout.addWidget(self.warnings, 1)

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
            self.problems.show_problems(report.errors)
            self.problems.setVisible(True)
        else:
            self.show_result(report)
        if report.warnings:
            self.warnings.show_problems(report.warnings)
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

    def start(self) -> None:
        self.save_button.setVisible(False)
        self.again_button.setVisible(False)
        super().start()

    def running_text(self) -> str:
        return self.tr("Checking the rows...")

    def _done(self, report: ImportReport) -> None:
        self.owner.check_report = report
        super()._done(report)
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
        report = self.report
        if report is None or not report.errors:
            return
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
                "correct. The file is not encrypted: delete it when the list is corrected."
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

    def running_text(self) -> str:
        return self.tr("Importing the pupils...")

    def show_result(self, report: ImportReport) -> None:
        self.status.setText(
            self.tr("Done: {created} pupils were added and {updated} updated.").format(
                created=format_number(report.created), updated=format_number(report.updated)
            )
        )
        self.owner.set_imported(report)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.owner.running
