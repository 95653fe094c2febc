"""The "Báo cáo lo ngại" page for teachers (and any account that records concerns but does not
manage cases): the quick concern form, then the list of the concerns they recorded with only
their status: received (Đã tiếp nhận), being handled (Đang xử lý) or closed (Đã kết thúc).
Nothing of the case itself is shown back: only the lead may read it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.common import plain, time_text
from kimbai_desktop.gui.cases.concern_form import ConcernForm
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.cases import my_concerns

SENT_COLOUR = "#1b6b34"


def available(session: Any) -> bool:
    """For those who record concerns but do not manage cases (teachers)."""
    return (
        session is not None
        and session.can(Permission.RECORD_CONCERN)
        and not session.can(Permission.MANAGE_CASES)
    )


class ConcernsPage(QWidget):
    """``concern_sent(code)`` after a concern was recorded."""

    concern_sent = Signal(str)
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.concerns: list[Any] = []
        self.loading = False

        heading = heading_label(self.tr("Report a concern about a child"), self)
        intro = hint_label(
            self.tr(
                "Tell the school's child protection lead what you saw or heard, as soon as you can. "
                "Only the lead and the principal can read it. If the child is in danger now, also "
                "call hotline 111 or the police (113)."
            ),
            self,
        )
        self.form = ConcernForm(session, worker, self)
        self.form.sent.connect(self._on_sent)
        self.confirmation = plain(QLabel(self))
        self.confirmation.setWordWrap(True)
        self.confirmation.setObjectName("concernSent")
        self.confirmation.setStyleSheet(f"color: {SENT_COLOUR}; font-weight: bold;")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 12, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(intro)
        left_layout.addSpacing(6)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.confirmation)
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)

        self.list = QTreeWidget(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Case no."), self.tr("Recorded"), self.tr("Status")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        right = QVBoxLayout()
        right.addWidget(heading_label(self.tr("My concerns"), self, 1.1))
        right.addWidget(
            hint_label(
                self.tr(
                    "What happened next is kept confidential; you see only where each concern is."
                ),
                self,
            )
        )
        right.addWidget(self.list, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        layout.addLayout(right, 2)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not self.session.can(Permission.VIEW_OWN_CONCERNS):
            return
        self.loading = True
        self.worker.submit(
            my_concerns, self.session, on_done=self._show, on_error=self._failed, context=self
        )

    def status_text(self, concern: Any) -> str:
        if concern.closed:
            return self.tr("Closed")
        if concern.handled:
            return self.tr("Being handled")
        return self.tr("Received")

    def _show(self, concerns: list[Any]) -> None:
        self.loading = False
        self.concerns = concerns
        self.list.clear()
        for concern in concerns:
            item = QTreeWidgetItem(
                [concern.code, time_text(concern.received_at), self.status_text(concern)]
            )
            self.list.addTopLevelItem(item)
        if not concerns:
            item = QTreeWidgetItem([self.tr("None yet."), "", ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(item)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    def shown_statuses(self) -> list[tuple[str, str]]:
        """(case number, status) as the list shows them."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [(item.text(0), item.text(2)) for item in items if item is not None]

    def _on_sent(self, code: str) -> None:
        self.confirmation.setText(
            self.tr("✔ Sent. The child protection lead has been told. Case number: {code}.").format(
                code=code
            )
        )
        self.refresh()
        self.concern_sent.emit(code)

    def has_unsaved_changes(self) -> bool:
        return False

    def clear(self) -> None:
        """Forget the session and what is shown (at lock)."""
        self.session = None
        self.form.clear()
        self.list.clear()
        self.confirmation.clear()
