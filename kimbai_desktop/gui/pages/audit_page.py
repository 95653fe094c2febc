"""The "Nhật ký truy cập" page (principal only): who did what and when, filtered, with the chain
check that tells whether anyone altered the trail.

Filters: account, kind of activity, record kind, a record's code (VV-2026-2027/007, a pupil's
identifier, a document number, an account name), dates from/to (typed dd/mm/yyyy or picked, school
days); :meth:`AuditPage.show_record` opens the events of one record (from a case or pupil).
The table loads page by page (:class:`~kimbai_desktop.gui.audit_model.AuditModel`); each event
reads as a sentence. The events of the filter can be exported to Excel (after the "not
encrypted" warning) or printed: a Qt print of the table as HTML rather than a numbered PDF of
the reports layer, because it is a working extract for the principal, not an official document
that needs a number in the outgoing register. The status line gives the number of events and
the chain head, whose full hash can be selected and copied to compare with the one printed on
the last periodic report.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import AuditAction
from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.formatting import NoSuchDate, format_number
from kimbai_desktop.gui import labels, messages, printing
from kimbai_desktop.gui.audit_labels import record_types
from kimbai_desktop.gui.audit_model import AuditModel
from kimbai_desktop.gui.date_field import DateField
from kimbai_desktop.gui.display import date_time_text
from kimbai_desktop.gui.export_password_dialog import ask_export_password
from kimbai_desktop.gui.register.export import (
    choose_save_file,
    default_path,
    with_suffix,
    xlsx_filter,
)
from kimbai_desktop.gui.widgets import FieldError, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.audit_log import (
    AuditFilter,
    actor_labels,
    chain_head,
    record_code,
    verify_chain,
)
from kimbai_desktop.services.audit_text import events_to_print, export_events, record_printed

SHORT_HASH = 12


def _audit_text(text: str) -> str:
    return QCoreApplication.translate("AuditText", text)


def _cell(value: Any) -> str:
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    return str(value)


def local_day_start(day: Any) -> datetime:
    """Midnight at the start of a school calendar day (SCHOOL_TZ), as an aware UTC moment."""
    return datetime.combine(day, time(), SCHOOL_TZ).astimezone(UTC)


class AuditPage(QWidget):
    """Loads when first shown; :meth:`clear` forgets everything (at lock)."""

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.started = False
        self.checking = False
        self.head_hash = ""
        self.pinned: tuple[str, str] | None = None  # (record id, code shown) from show_record

        heading = heading_label(self.tr("Access log"), self)
        note = hint_label(
            self.tr(
                "Every sign-in, view, change, print and backup is recorded here. Nobody can change "
                "or delete an event; the integrity check shows whether anyone tried."
            ),
            self,
        )

        self.actor = QComboBox(self)
        self.actor.addItem(self.tr("All accounts"), "")
        self.actor.setMinimumContentsLength(16)
        self.action = QComboBox(self)
        self.action.addItem(self.tr("All activities"), None)
        for action in AuditAction:
            self.action.addItem(labels.label(action), action)
        self.action.setMinimumContentsLength(18)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), "")
        for record_type, text in record_types().items():
            self.kind.addItem(text, record_type)
        self.kind.setMinimumContentsLength(14)
        self.record_id = QLineEdit(self)
        self.record_id.setMaxLength(40)
        self.record_id.setMinimumWidth(
            self.record_id.fontMetrics().horizontalAdvance("ví dụ VV-2026-2027/007") + 16)
        self.record_id.setPlaceholderText(self.tr("for example VV-2026-2027/007"))
        self.record_id.setToolTip(self.tr(
            "A case file code, a pupil's identifier, a document number (01/BC-THMAU) or an "
            "account name"))
        self.since = DateField(self)
        self.until = DateField(self)
        self.order = QComboBox(self)
        self.order.addItem(self.tr("Newest first"), True)
        self.order.addItem(self.tr("Oldest first"), False)
        self.apply_button = QPushButton(self.tr("&Filter"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filter)
        self.reset_button = QPushButton(self.tr("Show &all"), self)
        self.reset_button.clicked.connect(self.reset_filter)
        for combo in (self.actor, self.action, self.kind, self.order):
            combo.activated.connect(lambda _i: self.apply_filter())
        for edit in (self.record_id, self.since.edit, self.until.edit):
            edit.returnPressed.connect(self.apply_filter)
        self.filter_error = FieldError(self)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        fields = (
            (0, 0, self.tr("&Account:"), self.actor),
            (0, 2, self.tr("Ac&tivity:"), self.action),
            (0, 4, self.tr("Record &kind:"), self.kind),
            (0, 6, self.tr("Re&cord:"), self.record_id),
            (1, 0, self.tr("F&rom:"), self.since),
            (1, 2, self.tr("T&o:"), self.until),
            (1, 4, self.tr("O&rder:"), self.order),
        )
        for row, column, text, widget in fields:
            caption = QLabel(text, self)
            caption.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        grid.addLayout(buttons, 1, 6, 1, 2)  # under the record: the page fits 1280 pixels
        grid.setColumnStretch(8, 1)

        self.model = AuditModel(session, worker, self)
        self.model.counted.connect(self._show_count)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(lambda exc: messages.show_error(self, exc))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setStretchLastSection(False)
        for column, width in enumerate((125, 110, 600, 150)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.export_button = QPushButton(self.tr("E&xport to Excel..."), self)
        self.export_button.setToolTip(self.tr("Save the events as filtered to an Excel file"))
        self.export_button.clicked.connect(self.export_excel)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setToolTip(self.tr("Print the events as filtered (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_events)
        print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.activated.connect(self.print_events)

        self.count_label = QLabel(self)
        head_caption = QLabel(self.tr("Chain head:"), self)
        self.head_field = QLineEdit(self)
        self.head_field.setReadOnly(True)
        self.head_field.setObjectName("chainHead")
        self.head_field.setToolTip(
            self.tr("The full hash of the last event; select it to copy and compare.")
        )
        metrics = self.head_field.fontMetrics()
        self.head_field.setMaximumWidth(metrics.horizontalAdvance("0" * (SHORT_HASH + 3)) + 16)
        head_caption.setBuddy(self.head_field)
        self.verify_button = QPushButton(self.tr("Check the &integrity"), self)
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel(self)
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextFormat(Qt.TextFormat.PlainText)
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.export_button)
        status.addWidget(self.print_button)
        status.addWidget(head_caption)
        status.addWidget(self.head_field)
        status.addWidget(self.verify_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(status)
        layout.addWidget(self.verify_result)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.actor.setFocus)

    # -- loading -----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.started:
            self.start()

    def start(self) -> None:
        """Load the account list, the chain head and the first page (once, when first shown)."""
        if self.session is None:
            return
        self.started = True
        self.worker.submit(
            actor_labels,
            self.session,
            on_done=self._set_actors,
            context=self,
            on_error=lambda exc: messages.show_error(self, exc),
        )
        self._load_head()
        self.model.reload(self.current_filter() or AuditFilter(), bool(self.order.currentData()))

    def _load_head(self) -> None:
        self.worker.submit(
            chain_head,
            self.session,
            on_done=self._set_head,
            context=self,
            on_error=lambda exc: messages.show_error(self, exc),
        )

    def _set_actors(self, names: list[tuple[str, str]]) -> None:
        current = self.actor.currentData()
        self.actor.clear()
        self.actor.addItem(self.tr("All accounts"), "")
        for name, text in names:
            self.actor.addItem(text, name)
        self.actor.setCurrentIndex(max(0, self.actor.findData(current)))

    def _set_head(self, head: tuple[int, str]) -> None:
        _count, self.head_hash = head
        self.head_field.setText(self.head_hash)
        self.head_field.setCursorPosition(0)

    def _show_count(self, *_args: Any) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        if shown < total:
            text = self.tr("{total} events; {shown} shown, scroll down for more.")
        else:
            text = self.tr("{total} events.")
        self.count_label.setText(
            text.format(total=format_number(total), shown=format_number(shown))
        )

    # -- filtering ---------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter | None:
        """The filter from the fields, or None (with a message) when a date is not valid."""
        self.filter_error.clear()
        try:
            since = self.since.date()
        except NoSuchDate:
            self.filter_error.set_message(self.since.problem())
            self.since.setFocus()
            return None
        except ValueError:
            self.filter_error.set_message(self.tr("Write the first day as dd/mm/yyyy."))
            self.since.setFocus()
            return None
        try:
            until = self.until.date()
        except NoSuchDate:
            self.filter_error.set_message(self.until.problem())
            self.until.setFocus()
            return None
        except ValueError:
            self.filter_error.set_message(self.tr("Write the last day as dd/mm/yyyy."))
            self.until.setFocus()
            return None
        if since and until and until < since:
            self.filter_error.set_message(
                self.tr("The last day is before the first day. Swap them or change one.")
            )
            self.until.setFocus()
            return None
        action = self.action.currentData()
        text = self.record_id.text().strip()
        pinned = self.pinned if self.pinned is not None and self.pinned[1] == text else None
        return AuditFilter(
            actor=str(self.actor.currentData() or ""),
            action=action if isinstance(action, AuditAction) else None,
            record_type=str(self.kind.currentData() or ""),
            # a record opened from its page is filtered by its id (a pupil without an identifier
            # is shown by initials, which do not name one record); a typed code by the code
            record_id=pinned[0] if pinned else "",
            record_code="" if pinned else text,
            since=local_day_start(since) if since else None,
            until=local_day_start(until + timedelta(days=1)) if until else None,
        )

    def apply_filter(self) -> None:
        f = self.current_filter()
        if f is None or self.session is None:
            return
        self.model.reload(f, bool(self.order.currentData()))

    def reset_filter(self) -> None:
        self.actor.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.record_id.clear()
        self.since.clear()
        self.until.clear()
        self.apply_filter()

    def show_record(self, record_type: str, record_id: int | str) -> None:
        """Every event about one record (who looked at a case file, who changed a pupil's
        entry), newest first; the other filters are cleared."""
        self.actor.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record_type)))
        self.record_id.clear()
        self.since.clear()
        self.until.clear()
        self.order.setCurrentIndex(0)
        if self.session is None:
            return

        def found(code: str) -> None:
            self.pinned = (str(record_id), code)
            self.record_id.setText(code)
            if self.started:
                self.apply_filter()
            else:
                self.start()

        self.worker.submit(record_code, self.session, record_type, record_id, on_done=found,
                           context=self, on_error=lambda exc: messages.show_error(self, exc))

    # -- export and print --------------------------------------------------------------------------

    def export_excel(self) -> None:
        """The password that protects the file, the file dialog, then the export on the worker."""
        f = self.current_filter()
        if f is None or self.session is None:
            return
        self.password_dialog = ask_export_password(
            self, lambda password: self._export_excel(f, password))

    def _export_excel(self, f: Any, password: str) -> None:
        chosen = choose_save_file(self, self.tr("Export the access log to Excel"),
                                  default_path("nhat-ky-truy-cap.xlsx"), xlsx_filter())
        if not chosen:
            return
        path = with_suffix(chosen)

        def done(count: int) -> None:
            messages.information(self, self.tr("Export to Excel"), self.tr(
                "{count} events were saved in {file}, protected by the password you chose. Delete "
                "the file when you no longer need it."
            ).format(count=format_number(count), file=path.name))

        self.worker.submit(export_events, self.session, path, f, password=password,
                           newest_first=bool(self.order.currentData()), tr=_audit_text,
                           lang=labels.language(), on_done=done, context=self,
                           on_error=lambda exc: messages.show_error(self, exc))

    def print_events(self) -> None:
        """The events of the filter as a table, through the print dialog (A4)."""
        f = self.current_filter()
        if f is None or self.session is None:
            return
        self.worker.submit(events_to_print, self.session, f,
                           newest_first=bool(self.order.currentData()), tr=_audit_text,
                           lang=labels.language(), on_done=self._print_rows, context=self,
                           on_error=lambda exc: messages.show_error(self, exc))

    def _print_rows(self, rows: list[tuple[Any, ...]]) -> None:
        if not printing.print_html(self, self.print_html(rows)) or self.session is None:
            return
        self.worker.submit(record_printed, self.session, len(rows), context=self,
                           on_error=lambda exc: messages.show_error(self, exc))

    def print_html(self, rows: list[tuple[Any, ...]]) -> str:
        head = "".join(f"<th align='left'>{escape(self.model.headerData(c, Qt.Orientation.Horizontal))}</th>"
                       for c in range(self.model.columnCount()))
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(_cell(v))}</td>" for v in row) + "</tr>" for row in rows)
        title = escape(self.tr("Access log"))
        printed = escape(self.tr("{count} events, printed {when}").format(
            count=format_number(len(rows)), when=date_time_text(datetime.now(UTC))))
        return (f"<h2>{title}</h2><p>{printed}</p>"
                "<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                f"style='font-size:9pt'><tr>{head}</tr>{body}</table>")

    # -- integrity ---------------------------------------------------------------------------------

    def verify(self) -> None:
        if self.checking or self.session is None:
            return
        self.checking = True
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Checking every event..."))
        self.worker.submit(
            verify_chain,
            self.session,
            on_done=self._on_verified,
            on_error=self._on_verify_failed,
            context=self,
        )

    def _on_verified(self, status: Any) -> None:
        self.checking = False
        self.verify_button.setEnabled(True)
        if status.ok:
            text = self.tr(
                "✔ The access log is intact: {count} events, none changed, deleted or reordered."
            ).format(count=format_number(status.count))
            self.verify_result.setStyleSheet("")
        else:
            text = self.tr(
                "✖ The access log was altered from event no. {event} on. Events from there on "
                "cannot be trusted; keep this computer as it is and tell the principal and the "
                "school's IT support."
            ).format(event=status.first_broken_id)
            self.verify_result.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.verify_result.setText(text)
        if status.head_hash:
            self._set_head((status.count, status.head_hash))

    def _on_verify_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.verify_button.setEnabled(True)
        self.verify_result.clear()
        messages.show_error(self, exc)

    def clear(self) -> None:
        """Drop the session and every row shown (at lock)."""
        self.session = None
        self.model.clear()
        self.head_field.clear()
        self.count_label.clear()
        self.verify_result.clear()
        self.actor.clear()
