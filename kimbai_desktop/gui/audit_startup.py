"""The start-up check of the audit trail (services/audit_verify.py) in slices on the one worker:
each slice is its own job, so whatever the user asks for meanwhile runs between two slices and
the window never waits for a long trail. The principal is told in plain words what was found."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import audit_verify

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditCheck", text)


class AuditStartupCheck(QObject):
    """One check per sign-in; ``report`` holds the verdict once done (None until then)."""

    def __init__(self, worker: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.slice = audit_verify.SLICE  # a seam for tests
        self.slices = 0
        self.report: audit_verify.AuditReport | None = None
        self.running = False
        self._session: Any = None
        self._window: Callable[[], Any] = lambda: None

    def start(self, session: Any, window: Callable[[], Any]) -> None:
        self._session, self._window = session, window
        self.report, self.slices, self.running = None, 0, True
        self.worker.submit(audit_verify.start, session, on_done=self._next,
                           on_error=self._failed)

    def cancel(self) -> None:
        self._session, self.running = None, False

    def _next(self, check: audit_verify.AuditCheck) -> None:
        session = self._session
        if session is None or session.closed:
            self.running = False
            return  # locked or signed out meanwhile: the next sign-in checks again
        self.worker.submit(audit_verify.step, session, check, self.slice,
                           on_done=lambda done: self._stepped(check, done),
                           on_error=self._failed)

    def _stepped(self, check: audit_verify.AuditCheck, done: bool) -> None:
        self.slices += 1
        if not done:
            self._next(check)  # queued behind whatever the user asked for meanwhile
            return
        self.report, self.running = audit_verify.finish(check), False
        if not self.report.ok:
            self._tell(self.report)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("The audit trail check failed: %s", type(exc).__name__)

    def _tell(self, report: audit_verify.AuditReport) -> None:
        log.error("The audit trail check found problems.")
        session, window = self._session, self._window()
        if session is None or window is None or not session.can(Permission.VIEW_AUDIT):
            return  # only those who read the trail are told its details
        lines = audit_verify.report_lines(report, _tr)
        messages.warning(window, lines[0].rstrip(":"), "\n\n".join(lines[1:]))
