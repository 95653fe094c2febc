""" "Thêm ghi chép" and "Đính chính": write a chronology entry (its kind, when it happened, which
may be in the past, and what happened), or a correction of an earlier entry, which stays as it
was written and is linked to the correction. What is typed is kept as a draft per case (and per
corrected entry) until it is added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.body_map_field import BodyMapField
from kimbai_desktop.gui.cases.common import (
    WRITTEN_KINDS,
    TextArea,
    TimeField,
    enum_combo,
    school_now,
    time_text,
)
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work


class EntryDialog(ServiceDialog):
    """A new entry, or (with ``corrects``: an EntryInfo) a correction of that entry."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        case_id: int,
        corrects: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.corrects = corrects
        self.text = TextArea(self, 6)
        apply_limit(self.text, limits.NARRATIVE)
        if corrects is None:
            self.set_texts(
                self.tr("Add a chronology entry"),
                self.tr(
                    "Write what happened, in plain words: what was seen or said, by whom, "
                    "and what was done. If it happened earlier, set the time it happened: "
                    "the entry takes its place in the story and is marked as added later."
                ),
                self.tr("&Add"),
            )
            self.kind = enum_combo(self, WRITTEN_KINDS)
            self.kind.currentIndexChanged.connect(self._kind_changed)
            self.event_at = TimeField(school_now(session), self)
            self.add_field("kind", self.tr("&Kind:"), self.kind)
            self.add_field(
                "event_at",
                self.tr("&When it happened:"),
                self.event_at,
                self.tr("HH:mm dd/mm/yyyy, school time."),
            )
        else:
            self.set_texts(
                self.tr("Correct an entry"),
                self.tr(
                    "The entry below stays as it was written. Your correction is added as "
                    "a new entry, linked to it, with your name and the time."
                ),
                self.tr("&Add the correction"),
            )
            original = QLabel(
                f"{labels.label(corrects.kind)} · {time_text(corrects.event_at)} · "
                f"{corrects.author}\n{corrects.text}",
                self,
            )
            original.setTextFormat(Qt.TextFormat.PlainText)
            original.setWordWrap(True)
            original.setObjectName("correctedEntry")
            original.setFrameShape(QLabel.Shape.StyledPanel)
            original.setMargin(6)
            self.form.addRow(self.tr("Entry no. {seq}:").format(seq=corrects.seq), original)
        self.add_field(
            "text", self.tr("&Text:") if corrects is None else self.tr("&Correction:"), self.text
        )
        self.body_map: BodyMapField | None = None
        if corrects is None:  # injuries seen: marked on the case's body map with this entry
            self.body_map = BodyMapField(self)
            self.add_field("marks", self.tr("Body &map:"), self.body_map)
        if corrects is None:
            self.keep_drafts(session, "case_entry", case_id)
        else:
            self.keep_drafts(session, "case_correction", f"{case_id}/{corrects.id}")

    def _kind_changed(self) -> None:
        """The voice of the child is written in the child's own words."""
        voice = self.kind.currentData() == EntryKind.CHILD_VOICE
        self.text.setPlaceholderText(self.tr(
            "What the child said, in their own words and in quotation marks where you can, and "
            "what the child wants to happen.") if voice else "")

    def check(self) -> dict[str, str]:
        if not self.text.text().strip():
            return {
                "text": self.tr("Write what happened.")
                if self.corrects is None
                else self.tr("Write the correction.")
            }
        return {}

    def call(self) -> Call:
        if self.corrects is not None:
            return (
                case_work.correct_entry,
                (self.session, self.case_id, self.corrects.id, self.text.text()),
            )
        return (
            case_work.add_entry,
            (
                self.session,
                self.case_id,
                self.kind.currentData(),
                self.text.text(),
                self.event_at.moment(),
                tuple(self.body_map.marks if self.body_map is not None else ()),
            ),
        )
