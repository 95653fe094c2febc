""" "Ghi nhận cuộc gọi": record a notification the school made (to 111, the commune, the police,
the family...): who was reached, how, when, the reference given and the outcome. Reaching 111,
the commune, the police or the child protection authority completes the "Thông báo" step. What is typed is kept as a draft per case until it is recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.cases import Channel, Recipient
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import TextArea, TimeField, enum_combo, school_now
from kimbai_desktop.gui.service_dialog import Call, ServiceDialog
from kimbai_desktop.gui.text_limits import apply_limit
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import case_work


class NotificationDialog(ServiceDialog):
    """OK records the notification; ``succeeded(notification_id)``."""

    def __init__(
        self, session: Any, worker: DbWorker, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self.session = session
        self.case_id = case_id
        self.set_texts(
            self.tr("Record a call or notification"),
            self.tr(
                "The law asks the school to report at once (thông báo ngay). Reaching "
                "{first} or {last} completes the reporting step."
            ).format(first=", ".join(labels.label(r) for r in (
                Recipient.HOTLINE_111, Recipient.COMMUNE, Recipient.POLICE)),
                last=labels.label(Recipient.SOCIAL_AFFAIRS)),
            self.tr("&Record"),
        )
        self.recipient = enum_combo(self, Recipient, Recipient.HOTLINE_111)
        self.channel = enum_combo(self, Channel, Channel.PHONE)
        self.at = TimeField(school_now(session), self)
        self.person = QLineEdit(self)
        apply_limit(self.person, limits.LABEL)
        self.reference = QLineEdit(self)
        apply_limit(self.reference, limits.REFERENCE)
        self.outcome = TextArea(self, 3)
        apply_limit(self.outcome, limits.NARRATIVE)
        self.add_field("recipient", self.tr("&Who was notified:"), self.recipient)
        self.add_field("channel", self.tr("&How:"), self.channel)
        self.add_field(
            "at",
            self.tr("&When:"),
            self.at,
            self.tr("Time and date (HH:mm dd/mm/yyyy); change it if the call was made earlier."),
        )
        self.add_field(
            "person_reached",
            self.tr("&Person reached:"),
            self.person,
            self.tr("Name or position of the person who took the call."),
        )
        self.add_field(
            "reference",
            self.tr("Re&ference:"),
            self.reference,
            self.tr("A number or code they gave, if any."),
        )
        self.add_field(
            "outcome",
            self.tr("&Outcome:"),
            self.outcome,
            self.tr("What was agreed or what they will do."),
        )
        self.keep_drafts(session, "case_notification", case_id)

    def call(self) -> Call:
        return (
            case_work.record_notification,
            (
                self.session,
                self.case_id,
                self.recipient.currentData(),
                self.channel.currentData(),
                self.at.moment(),
                self.person.text(),
                self.reference.text(),
                self.outcome.text(),
            ),
        )
