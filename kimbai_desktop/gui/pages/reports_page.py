"""The "Báo cáo" page: choose a document, set its period, case or activity, recipients, signer
and text, and see it exactly as it will print before printing or saving.

Every change previews again after a short pause: the draft is gathered, built and rendered in
memory on the database worker (never a temporary file) and its pages appear in the zoomable
view on the right, while a busy bar shows the work and the window stays responsive. "In..."
and "Lưu PDF..." number the document in the outgoing-document register at that moment and
audit the output (:mod:`kimbai_desktop.services.documents`); the statistics can also be saved
as an Excel workbook, and every document as an editable Word copy (numbered like the PDF).
A saved file with personal data is protected by a password chosen at that moment
(gui/export_password_dialog.py); a complete dossier also needs the family's consent or a reason
the law allows (gui/cases/share_override_dialog.py). Ctrl+P prints, Ctrl+S saves the PDF.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.share_override_dialog import ask_share_override
from kimbai_desktop.gui.export_password_dialog import ask_export_password
from kimbai_desktop.gui.reports import output
from kimbai_desktop.gui.reports.kinds import KindList
from kimbai_desktop.gui.reports.params import ReportParams, Setup, load_setup
from kimbai_desktop.gui.reports.preview import Preview, PreviewView, build_preview, render_pages
from kimbai_desktop.gui.reports.strike_dialog import StrikeDialog
from kimbai_desktop.gui.widgets import BusyBar, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.reports.catalogue import ReportKind, ReportRequest
from kimbai_desktop.services import documents
from kimbai_desktop.services.sharing import ConsentNeeded, ShareOverride

PREVIEW_DELAY_MS = 450
PERSONAL = (ReportKind.INTAKE, ReportKind.RESULT, ReportKind.DOSSIER, ReportKind.REGISTER)


def available(session: Any) -> bool:
    """Shown to whoever may print reports or read the statistics."""
    return session is not None and bool(session.can(Permission.PRINT_REPORTS)
                                        or session.can(Permission.VIEW_STATISTICS))


class ReportsPage(QWidget):
    """``ReportsPage(session, worker, parent)``; loads when first shown, :meth:`clear` at lock.
    ``preview_ready(pages)`` after each preview; ``issued(entry)`` after a print or a save."""

    preview_ready = Signal(int)
    issued = Signal(object)

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.log_dialog: QDialog | None = None  # handover (closed at lock)
        self.started = False
        self.current: Preview | None = None
        self._generation = 0
        self._in_flight = False
        self._dirty = False
        self._stale = False  # an edit is waiting for its preview: nothing prints meanwhile
        self._outputting = False
        self._printer: Any = None  # kept alive while the worker paints on it
        self._wanted_inspection: int | None = None  # its minute, once the lists are loaded

        heading = heading_label(self.tr("Reports"), self)
        note = hint_label(self.tr(
            "Official documents in the format of Decree 30/2020. The preview shows the paper "
            "exactly as it will print; the number is given when you print or save."), self)

        self.kinds = KindList(self)
        self.kinds.currentRowChanged.connect(lambda _r: self._kind_chosen())
        self.params = ReportParams(self)
        self.params.changed.connect(self.schedule)
        self.params.review_wanted.connect(self.review_copy)
        self.review_dialog: StrikeDialog | None = None
        self.form_scroll = form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(self.params)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        kinds_caption = QLabel(self.tr("&Document:"), self)
        kinds_caption.setBuddy(self.kinds)
        left_layout.addWidget(kinds_caption)
        left_layout.addWidget(self.kinds, 2)
        left_layout.addWidget(form_scroll, 3)
        self.log_button = QPushButton(self.tr("&Transfer log (pupils who changed school)..."),
                                      self)
        self.log_button.setVisible(bool(session.can(Permission.MANAGE_CASES)))
        self.log_button.clicked.connect(self.open_transfer_log)
        left_layout.addWidget(self.log_button)

        self.preview = PreviewView(self)
        self.preview.dpi_wanted.connect(self._render_again)
        self.preview.zoom_changed.connect(self._show_zoom)
        self.busy = BusyBar(self)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+wheel)"),
                                          self.preview.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("200 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl+wheel)"),
                                         self.preview.zoom_in)
        self.fit_button = QPushButton(self.tr("&Fit width"), self)
        self.fit_button.clicked.connect(self.preview.fit_width)
        self.pages_label = QLabel(self)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save P&DF..."), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.word_button = QPushButton(self.tr("Save &Word..."), self)
        self.word_button.setToolTip(self.tr(
            "Save a Word (.docx) copy to edit the wording before signing; it takes a number "
            "in the outgoing-document register, like the PDF."))
        self.word_button.clicked.connect(self.save_word)
        self.excel_button = QPushButton(self.tr("Save &Excel..."), self)
        self.excel_button.clicked.connect(self.save_excel)
        bar = QHBoxLayout()
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addWidget(self.pages_label, 1)
        for w in (self.print_button, self.save_button, self.word_button, self.excel_button):
            bar.addWidget(w)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.busy)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 700])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(340)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.splitter, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_pdf),
                           (QKeySequence.StandardKey.ZoomIn, self.preview.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.preview.zoom_out)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_zoom(self.preview.zoom)
        self._update_buttons()

    def _tool(self, text: str, tip: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    # -- loading ---------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.started:
            self.start()

    def start(self) -> None:
        """Load what the user may make and the school's defaults (once, when first shown)."""
        if self.session is None or self.started:
            return
        self.started = True
        self.busy.start(self.tr("Loading..."))
        self.worker.submit(load_setup, self.session, on_done=self._set_up, context=self,
                           on_error=self._failed_setup)

    def _set_up(self, setup: Setup) -> None:
        self.busy.stop()
        if self.session is None:
            return
        self.params.set_setup(setup)
        self.kinds.set_kinds(setup.kinds)
        if self._wanted_inspection is not None:
            self.show_inspection(self._wanted_inspection, reload=False)
        elif self.kinds.count():
            self.kinds.setCurrentRow(0)
        else:
            self.preview.show_message(self.tr("Your account cannot make any document."))

    def _failed_setup(self, exc: BaseException) -> None:
        self.busy.stop()
        messages.show_error(self, exc)

    def choose(self, kind: ReportKind) -> None:
        """Show ``kind`` (as if picked in the list)."""
        self.kinds.select(kind)

    def show_inspection(self, inspection_id: int, *, reload: bool = True) -> None:
        """The minute of one inspection (the inspections tab's Print button). An inspection
        recorded after the lists were loaded makes them load again (once)."""
        self._wanted_inspection = inspection_id
        if self.params.setup is None:
            if not self.started:
                self.start()
            return
        if not self.params.select_inspection(inspection_id) and reload:
            self.started = False
            self.start()
            return
        self._wanted_inspection = None
        self.kinds.select(ReportKind.INSPECTION)

    def _kind_chosen(self) -> None:
        kind = self.kinds.kind()
        if kind is None:
            return
        self.params.set_kind(kind)
        self.status.clear()
        self.refresh()

    # -- preview ---------------------------------------------------------------------------------------

    def schedule(self) -> None:
        """Preview again after a short pause (typing does not render at every key). Until it
        arrives, printing and saving wait: what is printed is always what is shown."""
        if self.session is None:
            return
        self._stale = True
        self._update_buttons()
        self.timer.start()

    def refresh(self) -> None:
        """Build and render the draft on the worker; one at a time, the latest request wins."""
        self.timer.stop()
        if (self.session is None or self.params.kind is None or self.params.setup is None
                or self.worker.stopping):
            return
        if self._in_flight:
            self._dirty = True
            return
        request = self.params.request()
        self._stale = False
        if (getattr(self, "hide_names", False) and isinstance(request, ReportRequest)
                and self.params.kind in PERSONAL and not request.deidentified):
            request = self.tr(
                "Names are hidden, and this document names children. Turn off “Hide names” "
                "(Ctrl+H) to see it, or tick “De-identified copy” where the document has one.")
        if isinstance(request, str):
            self.current = None
            self.preview.show_message(request)
            self.pages_label.clear()
            self._update_buttons()
            return
        self._generation += 1
        self._in_flight, self._dirty = True, False
        self.busy.start(self.tr("Preparing the preview..."))
        self._update_buttons()
        generation, dpi = self._generation, self.preview.wanted_dpi()
        self.worker.submit(build_preview, self.session, request, dpi,
                           on_done=lambda p: self._previewed(generation, p, dpi),
                           on_error=lambda exc: self._preview_failed(generation, exc),
                           context=self)

    def _finish_job(self) -> bool:
        """End the running job; True when another preview is due (the request changed)."""
        self._in_flight = False
        self.busy.stop()
        if self._dirty and self.session is not None:
            self.refresh()
            return True
        return False

    def _previewed(self, generation: int, preview: Preview, dpi: float) -> None:
        if self._finish_job() or generation != self._generation or self.session is None:
            return
        self.current = preview
        self.params.show_defaults(preview.prepared)
        self.preview.set_pages(preview.pages, dpi)
        self._show_pages()
        self._update_buttons()
        self.preview_ready.emit(self.preview.page_count())
        if abs(self.preview.wanted_dpi() - dpi) > 1:  # zoomed while it was being built
            self._render_again(self.preview.wanted_dpi())

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if self._finish_job() or generation != self._generation:
            return
        self.current = None
        self.preview.show_message(messages.error_text(exc))
        self.pages_label.clear()
        self._update_buttons()
        if not isinstance(exc, KimbaiError):
            messages.show_error(self, exc)

    def _render_again(self, dpi: float) -> None:
        """A new zoom needs another resolution: render the same draft again."""
        if self.current is None or self._in_flight or self.worker.stopping:
            return
        pdf, generation = self.current.pdf, self._generation
        self.worker.submit(render_pages, pdf, dpi, context=self,
                           on_done=lambda pages: self._rerendered(generation, pages, dpi))

    def _rerendered(self, generation: int, pages: Any, dpi: float) -> None:
        if generation == self._generation and self.current is not None:
            self.preview.set_pages(pages, dpi)

    def _show_pages(self) -> None:
        n = self.preview.page_count()
        self.pages_label.setText(self.tr("%n page(s)", "", n))

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def _update_buttons(self) -> None:
        ready = (self.current is not None and not self._in_flight and not self._outputting
                 and not self._stale)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.word_button.setEnabled(ready)
        self.excel_button.setVisible(self.params.kind == ReportKind.STATISTICS)
        self.excel_button.setEnabled(ready and self.current is not None
                                     and self.current.prepared.statistics is not None)

    # -- review of a de-identified copy ----------------------------------------------------------

    def review_copy(self) -> None:
        """Open the review of the de-identified copy shown (window-modal, not blocking): the
        words struck out there preview again and print as [đã xóa]."""
        prepared = self._ready()
        if prepared is None or prepared.deid is None:
            self.status.setText(self.tr("Wait for the preview of the de-identified copy, then "
                                        "review it."))
            return
        dialog = StrikeDialog(prepared.deid.passages, self.params.strikes(), self)
        dialog.accepted.connect(lambda: self.params.set_strikes(dialog.struck()))
        dialog.finished.connect(lambda _r: setattr(self, "review_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        self.review_dialog = dialog
        dialog.open()

    # -- output ------------------------------------------------------------------------------------------

    def _ready(self) -> documents.PreparedReport | None:
        if (self.current is None or self._in_flight or self._outputting or self._stale
                or self.session is None):
            return None
        return self.current.prepared

    def print_document(self) -> None:
        prepared = self._ready()
        if prepared is None:
            return
        printer = output.new_printer()
        if not output.choose_printer(self, printer):
            return  # cancelled before any number was given
        self._start_output(self.tr("Printing..."))
        self._printer = printer
        self.worker.submit(output.print_prepared, self.session, prepared, printer, context=self,
                           on_done=self._printed, on_error=self._output_failed)

    def _printed(self, issued: documents.IssuedReport) -> None:
        self._end_output()
        entry = issued.entry
        if entry is None:  # a list to sign: not numbered
            self.status.setText(self.tr("Sent to the printer.") if issued.delivered
                                else self.tr("Printing was cancelled."))
            return
        if entry.voided:
            self.status.setText(self.tr("Printing was cancelled; number {number} is recorded as "
                                        "not used.").format(number=entry.reference))
            return
        self.status.setText(self.tr("Sent to the printer as number {number}.").format(
            number=entry.reference) + self._replaced_note(issued.prepared))
        self.issued.emit(entry)

    def save_pdf(self) -> None:
        prepared = self._ready()
        if prepared is None:
            return
        path = output.choose_save_file(self, self.tr("Save the document as PDF"),
                                       output.default_path(prepared.file_name()),
                                       self.tr("PDF document (*.pdf)"))
        if not path:
            return
        self._save(prepared, str(output.with_suffix(path, ".pdf")))

    def save_word(self) -> None:
        """An editable Word copy, numbered and audited as the PDF (services/documents.py)."""
        prepared = self._ready()
        if prepared is None:
            return
        path = output.choose_save_file(self, self.tr("Save the document as Word"),
                                       output.default_path(prepared.file_name(".docx")),
                                       self.tr("Word document (*.docx)"))
        if not path:
            return
        self._save(prepared, str(output.with_suffix(path, ".docx")))

    def save_excel(self) -> None:
        prepared = self._ready()
        if prepared is None or prepared.statistics is None:
            return
        path = output.choose_save_file(self, self.tr("Save the statistics as Excel"),
                                       output.default_path(prepared.file_name(".xlsx")),
                                       self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        self._save(prepared, str(output.with_suffix(path, ".xlsx")))

    def _save(self, prepared: documents.PreparedReport, path: str) -> None:
        """A file with personal data is protected by a password chosen now (never kept); a
        de-identified one, or statistics for publication, is saved as it is."""
        if not prepared.protected:
            self._submit_save(prepared, path, None, None)
            return
        self.password_dialog = ask_export_password(
            self, lambda password: self._submit_save(prepared, path, password, None))

    def _submit_save(self, prepared: documents.PreparedReport, path: str,
                     password: str | None, override: ShareOverride | None) -> None:
        """Save on the worker. A complete dossier without consent comes back as ConsentNeeded
        (nothing written, no number given): the user may give a reason the law allows."""
        self._start_output(self.tr("Saving..."))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConsentNeeded) and override is None:
                self._end_output()
                self.override_dialog = ask_share_override(
                    self, lambda chosen: self._submit_save(prepared, path, password, chosen))
                return
            self._output_failed(exc)

        self.worker.submit(documents.save_report, self.session, prepared, path,
                           password=password, override=override, context=self,
                           on_done=self._saved, on_error=failed)

    def _saved(self, saved: documents.SavedReport) -> None:
        self._end_output()
        if saved.entry is None:
            self.status.setText(self.tr("Saved: {file}").format(file=saved.path))
            return
        self.status.setText(self.tr("Saved as number {number}: {file}").format(
            number=saved.entry.reference, file=saved.path))
        self.issued.emit(saved.entry)

    def _replaced_note(self, prepared: documents.PreparedReport) -> str:
        deid = prepared.deid
        if deid is None:
            return ""
        return " " + self.tr("De-identified copy: {replaced} replacement(s), {struck} struck "
                             "out by you.").format(replaced=deid.replaced, struck=deid.struck)

    def _start_output(self, text: str) -> None:
        self._outputting = True
        self.busy.start(text)
        self._update_buttons()

    def _end_output(self) -> None:
        self._outputting = False
        self._printer = None
        self.busy.stop()
        self._update_buttons()

    def _output_failed(self, exc: BaseException) -> None:
        self._end_output()
        messages.show_error(self, exc)

    # -- lock ------------------------------------------------------------------------------------------

    def open_transfer_log(self) -> None:
        """Packages sent and received (issue 21): a dialog over this page."""
        from kimbai_desktop.gui.handover.log_dialog import TransferLogDialog

        if self.session is None or not self.session.can(Permission.MANAGE_CASES):
            return
        self.log_dialog = TransferLogDialog(self.session, self.worker, self)
        self.log_dialog.finished.connect(self.log_dialog.deleteLater)
        self.log_dialog.open()

    def set_hide_names(self, hide: bool) -> None:
        """The window's "Hide names" switch: no preview of a document that names children."""
        self.hide_names = hide
        if self.session is not None and self.params.kind is not None:
            self.refresh()

    def has_unsaved_changes(self) -> bool:
        """Edited text lives only until the document is printed or saved; nothing to keep."""
        return False

    def clear(self) -> None:
        """Drop the session, the draft and everything typed (at lock)."""
        from kimbai_desktop.gui.handover import close_now

        close_now(getattr(self, "log_dialog", None))
        self.log_dialog = None
        self.session = None
        self.timer.stop()
        self.current = None
        if self.review_dialog is not None:
            self.review_dialog.reject()
        self._generation += 1
        self.preview.clear_pages()
        self.params.clear()
        self.kinds.clear()
        self.status.clear()
        self.pages_label.clear()
