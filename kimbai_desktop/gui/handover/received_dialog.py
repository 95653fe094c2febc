"""The records received with a handover package, read-only: the sending school's register
entry, protection level history and case files with their chronology, and whether that
chronology's hash chain is intact; a received document can be saved."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.domain.enums import ProtectionLevel, Sex
from kimbai_desktop.domain.formatting import format_date, format_datetime
from kimbai_desktop.domain.when import school_time
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.widgets import FieldError, heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import handover_import
from kimbai_desktop.services.handover_import import HistoryStatus


def _load(session: Any, transfer_id: int) -> tuple[dict[str, Any], HistoryStatus]:
    return (handover_import.received_content(session, transfer_id),
            handover_import.verify_history(session, transfer_id))


def _day(text: Any) -> str:
    return format_date(date.fromisoformat(str(text)[:10])) if text else "—"


def _moment(text: Any) -> str:
    from datetime import UTC

    return format_datetime(school_time(datetime.fromisoformat(str(text)).replace(tzinfo=UTC))) \
        if text else "—"


def _enum(kind: Any, value: Any) -> str:
    try:
        return labels.label(kind(value))
    except ValueError:
        return str(value)


class ReceivedDialog(QDialog):
    def __init__(self, session: Any, worker: DbWorker, transfer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.worker, self.transfer_id = session, worker, transfer_id
        self.content: dict[str, Any] | None = None
        self.setWindowTitle("KimBai Desktop")
        heading = heading_label(self.tr("Records received from another school"), self, scale=1.2)
        note = hint_label(self.tr(
            "Kept as they came from the sending school; they cannot be changed here."), self)
        self.chain = QLabel(self)
        self.chain.setObjectName("chainStatus")
        self.view = QTextBrowser(self)
        self.files = QComboBox(self)
        self.save_button = QPushButton(self.tr("&Save the document..."), self)
        self.save_button.clicked.connect(self.save_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Documents:"), self))
        row.addWidget(self.files, 1)
        row.addWidget(self.save_button)
        self.error = FieldError(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (heading, note, self.chain, self.view):
            layout.addWidget(w, 1 if w is self.view else 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(900, 600)
        worker.submit(_load, session, transfer_id, on_done=self._show,
                      on_error=lambda exc: self.error.set_message(messages.error_text(exc)),
                      context=self)

    def _show(self, loaded: tuple[dict[str, Any], HistoryStatus]) -> None:
        content, status = loaded
        self.content = content
        if status.ok:
            self.chain.setText("✓ " + self.tr(
                "The chronology is intact: {entries} entries in {cases} case files, as the "
                "sending school wrote them.").format(entries=status.entries, cases=status.cases))
        else:
            self.chain.setText("⚠ " + self.tr(
                "The chronology of case file {code} was changed after it was written (entry "
                "{seq}). Tell the sending school.").format(code=status.broken_case,
                                                            seq=status.broken_seq))
        self.view.setHtml(self.html(content))
        self.files.clear()
        for c in content["cases"]:
            for i, a in enumerate(c["attachments"]):
                if not a.get("filename"):
                    continue  # sealed at the sending school: closed here
                self.files.addItem(f"{c['case']['code']}: {a['filename']}",
                                   (c["case"]["code"], i, a["filename"]))
        self.save_button.setEnabled(self.files.count() > 0)

    def html(self, content: dict[str, Any]) -> str:
        p = content["pupil"]
        authors = content.get("authors", {})
        school = content["from_school"]
        parts = [f"<h3>{escape(p['full_name'])}</h3>", "<table cellpadding='2'>"]
        for k, v in (
                (self.tr("From"), school["name"]), (self.tr("Pupil number"), p.get("student_code") or "—"),
                (self.tr("Date of birth"), _day(p.get("birth_date"))),
                (self.tr("Sex"), _enum(Sex, p.get("sex"))), (self.tr("Address"), p.get("address") or "—"),
                (self.tr("Left on"), _day(p.get("left_on"))),
                (self.tr("Guardians"), "; ".join(f"{g['full_name']} {g.get('phone') or ''}".strip()
                                           for g in content["guardians"]) or "—")):
            parts.append(f"<tr><td><b>{escape(k)}</b></td><td>{escape(str(v))}</td></tr>")
        parts.append("</table>")
        levels_title = self.tr("Protection level history")
        parts.append(f"<h4>{escape(levels_title)}</h4><ul>")
        for lv in content["levels"]:
            parts.append(f"<li>{escape(_day(lv['since']))}: "
                         f"{escape(_enum(ProtectionLevel, lv['level']))}. "
                         f"{escape(lv.get('reason') or '')}</li>")
        if not content["levels"]:
            parts.append("<li>—</li>")
        parts.append("</ul>")
        for c in content["cases"]:
            case = c["case"]
            case_title = self.tr("Case file {code}").format(code=case["code"])
            parts.append(f"<h4>{escape(case_title)}</h4>")
            for key, title in (("summary", self.tr("What happened")),
                               ("current_situation", self.tr("Current situation")),
                               ("immediate_actions", self.tr("Actions taken")),
                               ("plan_summary", self.tr("Support plan")),
                               ("closure_note", self.tr("Closure"))):
                if case.get(key):
                    parts.append(f"<p><b>{escape(title)}:</b> {escape(case[key])}</p>")
            chronology_title = self.tr("Chronology")
            parts.append(f"<p><b>{escape(chronology_title)}</b></p><ol>")
            for e in c["entries"]:
                who = authors.get(str(e["author_id"]), "")
                parts.append(f"<li>{escape(_moment(e['event_at']))} · "
                             f"{escape(_enum(EntryKind, e['kind']))} · {escape(who)}<br>"
                             f"{escape(e['text'])}</li>")
            parts.append("</ol>")
        return "".join(parts)

    def save_file(self) -> None:
        data = self.files.currentData()
        if data is None:
            return
        code, index, name = data
        path = messages.choose_save_file(self, self.tr("Save the document"), name, "")
        if not path:
            return

        def save() -> None:
            from pathlib import Path

            from kimbai_desktop.services.documents import write_atomic

            _name, raw = handover_import.read_received_attachment(
                self.session, self.transfer_id, code, index)
            write_atomic(Path(path), raw)

        self.worker.submit(save, on_done=lambda _r: self.error.set_message(""),
                           on_error=lambda exc: self.error.set_message(
                               messages.error_text(exc)), context=self)
