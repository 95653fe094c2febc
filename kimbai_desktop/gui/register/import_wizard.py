"""The "Nhập từ Excel" wizard: choose the file (.xlsx, .xls, .ods) → the class sheets to import, each
sheet's header row and a preview → which column holds what → a check of every row (nothing
written) → the import → a summary (lines skipped under the tables, leavers, lost zeros).

All reading, checking and writing runs on the worker with a progress bar and a Cancel button,
so the window never freezes, even for thousands of rows. The import is all or nothing
(``services.excel_import``): when any row is wrong, nothing is imported and the wizard lists the
problems, and can save the rows with problems to a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.register.import_pages import FilePage, MappingPage, SheetPage
from kimbai_desktop.gui.register.import_run_pages import CheckPage, RunPage
from kimbai_desktop.gui.widgets import share_lock_shortcut
from kimbai_desktop.gui.worker import DbWorker, Job
from kimbai_desktop.services.excel_import import (
    ImportReport,
    Mapping_,
    SheetData,
    SheetPlan,
    import_pupils,
    plan_sheet,
)


def run_import(
    session: Any,
    path: Path,
    plans: list[SheetPlan],
    pad_codes: bool,
    dry_run: bool,
    job: Job,
) -> ImportReport:
    """``import_pupils`` on the worker, with the job's progress and Cancel."""
    return import_pupils(
        session,
        path,
        plans=plans,
        pad_codes=pad_codes,
        dry_run=dry_run,
        progress=job.progress,
        cancelled=lambda: job.cancelled,
    )


class ImportWizard(QWizard):
    """``imported(ImportReport)`` fires after pupils were written."""

    imported = Signal(object)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.path: Path | None = None
        self.sheets: list[SheetData] = []  # every sheet of the file that has something in it
        self.sheet: SheetData | None = None  # the sheet shown (header row, preview, mapping)
        self.chosen: list[str] = []  # the sheets to import
        self.header_rows: dict[str, int] = {}  # found or set on the sheet page, by sheet
        self.found: dict[str, SheetPlan] = {}  # the sheets where a pupil list was found
        self.header_row = 1
        self.mapping: Mapping_ = {}
        self.pad_codes = False  # put back the zeros Excel dropped (the user's choice)
        self.check_report: ImportReport | None = None
        self.import_result: ImportReport | None = None
        self.job: Job | None = None
        self._close_when_idle = False
        self.setWindowTitle("KimBai Desktop")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.check_page,
            self.run_page,
        ):
            self.addPage(page)
        share_lock_shortcut(self)
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 620)

    # -- jobs on the worker ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def start_job(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        with_job: bool = False,
        **kwargs: Any,
    ) -> Job:
        """One job at a time; the callbacks of a job that was replaced are dropped."""
        holder: list[Job] = []

        def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any = None) -> None:
                if not holder or self.job is not holder[0]:
                    return
                self.job = None
                if self._close_when_idle:
                    self._close_when_idle = False
                    QWizard.reject(self)
                    return
                callback(value)

            return run

        self.job = self.worker.submit(
            fn,
            *args,
            on_done=finished(on_done),
            on_error=finished(on_error),
            on_cancelled=finished(lambda _v: on_error(_cancelled())),
            on_progress=on_progress,
            context=self,
            with_job=with_job,
            **kwargs,
        )
        holder.append(self.job)
        return self.job

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def run_import_job(
        self,
        dry_run: bool,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None],
    ) -> Job:
        assert self.path is not None and self.sheet is not None
        return self.start_job(
            run_import,
            self.session,
            self.path,
            self.plans(),
            self.pad_codes,
            dry_run,
            on_done=on_done,
            on_error=on_error,
            on_progress=on_progress,
            with_job=True,
        )

    def plans(self) -> list[SheetPlan]:
        """The chosen sheets: the one shown as set on the pages; the others with their own
        header row, and the mapping set here when their header is the same."""
        assert self.sheet is not None
        shown_header = self.sheet.rows[self.header_row - 1]
        plans = []
        for data in self.sheets:
            if data.sheet not in self.chosen:
                continue
            if data.sheet == self.sheet.sheet:
                plan = plan_sheet(data, self.header_row, dict(self.mapping))
            else:
                plan = plan_sheet(data, self.header_rows.get(data.sheet))
                if plan is not None and data.rows[plan.header_row - 1] == shown_header:
                    plan = plan_sheet(data, plan.header_row, dict(self.mapping))
            if plan is not None:
                plans.append(plan)
        return plans

    def set_imported(self, report: ImportReport) -> None:
        self.import_result = report
        self.imported.emit(report)

    # -- closing -----------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.running:
            if messages.confirm(
                self,
                self.tr("Stop?"),
                self.tr("Stop now? Nothing is imported when you stop before the end."),
            ):
                self._close_when_idle = True
                self.cancel_job()
            return
        if (
            self.path is not None
            and self.import_result is None
            and not messages.confirm(
                self,
                self.tr("Stop importing?"),
                self.tr("Nothing has been imported yet. Close the wizard?"),
            )
        ):
            return
        super().reject()


def _cancelled() -> BaseException:
    from kimbai_desktop.services.register import Cancelled

    return Cancelled()
