"""Drafts of an open form (bản nháp): what the user typed is written to the encrypted database a
few seconds after the typing stops, at once when the screen locks, and when the form is closed
with "keep as a draft"; the next time the same form opens for the same record, the draft is
offered back. :class:`DraftKeeper` does this for one form; :func:`save_all_now` is called by the
main window before a lock closes the data.

A draft holds only what differs from the form as it opened (:func:`form_state.changes`), so an
empty form has no draft and restoring never overwrites fresh defaults with stale ones.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from shiboken6 import isValid

from kimbai_desktop.domain.deadlines import SCHOOL_TZ
from kimbai_desktop.domain.formatting import format_datetime
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.form_state import Values, changes
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.drafts import DraftInfo, discard_draft, load_draft, save_draft

log = logging.getLogger(__name__)

Button = QMessageBox.StandardButton
POLL_MS = 2000  # a draft is written 2 to 4 seconds after the typing stops

_live: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()


def save_all_now() -> None:
    """Queue a write of every open form's draft (before the data is closed by a lock)."""
    for keeper in list(_live):
        if isValid(keeper) and isValid(keeper.owner):
            keeper.save_now()
        else:
            _live.discard(keeper)  # its form is gone


def close_question(parent: QWidget) -> Button:
    """Esc, Cancel or the close button on a form with unsaved typing that can be kept as a
    draft: Yes keeps the draft and closes, Discard throws the typing away, No goes back (the
    safe answer, as everywhere: the default, and what Esc on the question does)."""
    return messages.question(
        parent,
        QCoreApplication.translate("Drafts", "Discard what you typed?"),
        QCoreApplication.translate(
            "Drafts",
            "What you typed in this window has not been saved.\n\n"
            "Keep as a draft: close now and finish it later; it is offered again the next time "
            "you open this form.\nDiscard: close and throw it away.\nGo back: return to the form."
        ),
        Button.Yes | Button.Discard | Button.No,
        Button.No,
        {
            Button.Yes: QCoreApplication.translate("Drafts", "&Keep as a draft"),
            Button.Discard: QCoreApplication.translate("Drafts", "&Discard"),
            Button.No: QCoreApplication.translate("Drafts", "&Go back"),
        },
    )


def discard_question(parent: QWidget) -> bool:
    """The same question for a form that keeps no draft: True means "discard and close"
    (Discard); No, the default, goes back."""
    return messages.question(
        parent,
        QCoreApplication.translate("Drafts", "Discard what you typed?"),
        QCoreApplication.translate(
            "Drafts", "What you typed in this window has not been saved. Close it and lose it?"
        ),
        Button.Discard | Button.No,
        Button.No,
        {
            Button.Discard: QCoreApplication.translate("Drafts", "&Discard"),
            Button.No: QCoreApplication.translate("Drafts", "&Go back"),
        },
    ) == Button.Discard


def may_close(parent: QWidget, keeper: DraftKeeper | None, changed: bool) -> bool:
    """Esc, Cancel or the close button on a form: ask when something was typed (``changed``);
    keep or delete the draft as answered. False: go back to the form."""
    if changed:
        if keeper is None:
            return discard_question(parent)
        answer = close_question(parent)
        if answer == Button.Yes:
            keeper.keep_and_stop()
        elif answer == Button.Discard:
            keeper.discard()
        else:
            return False
    elif keeper is not None and keeper.written:
        keeper.discard()  # typed, kept, then erased again: nothing to keep
    return True


class DraftKeeper(QObject):
    """Keeps one form's draft of kind ``form`` for ``context`` (a case id, a record id, "").

    ``read()`` returns the form's values, ``write(values)`` puts values back. Call
    :meth:`start` when the form is shown (its values then are the "nothing typed" state),
    :meth:`discard` when the record was saved, :meth:`stop` when the form goes away.
    ``offered(restored)`` fires when the look for an earlier draft has ended.
    """

    offered = Signal(bool)
    saved = Signal()

    def __init__(
        self,
        owner: QWidget,
        session: Any,
        worker: DbWorker,
        form: str,
        context: str | int,
        read: Callable[[], Values],
        write: Callable[[Values], None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.session = session
        self.worker = worker
        self.form = form
        self.context = str(context)
        self.read = read
        self.write = write
        self.baseline: Values | None = None
        self.written: Values | None = None  # what the database holds (None: no draft)
        self._seen: Values = {}
        self.active = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    # -- the form's state ------------------------------------------------------------------------

    def start(self) -> None:
        """The form as it is now counts as empty; look for an earlier draft to offer."""
        if self.active or self.session is None or self.worker.stopping:
            return
        self.active = True
        self.baseline = self.read()
        _live.add(self)
        self.timer.start()
        self.worker.submit(
            load_draft, self.session, self.form, self.context,
            on_done=self._found, on_error=self._failed, context=self,
        )

    def content(self) -> Values:
        """What was typed or changed since the form opened."""
        if self.baseline is None:
            return {}
        return changes(self.baseline, self.read())

    def mark_unchanged(self) -> None:
        """The form's values now count as "nothing typed" (after a load filled them in)."""
        self.baseline = self.read()

    # -- writing ---------------------------------------------------------------------------------

    def poll(self) -> None:
        """Every few seconds: write the draft once the typing has stopped."""
        content = self.content()
        if content != self._seen:
            self._seen = content  # still typing: look again later
            return
        if content != (self.written or {}):
            self.save_now()

    def save_now(self) -> None:
        """Queue a write of the draft now (or its removal when the form is back to empty)."""
        if not self.active or self.session is None or self.worker.stopping:
            return  # the program is closing: the lock and quit paths saved it already
        content = self.content()
        if content == (self.written or {}):
            return
        if not content:
            self._queue_discard()
            return
        self.written = content
        self.worker.submit(
            save_draft, self.session, self.form, self.context, content,
            on_done=lambda _when: self.saved.emit(), on_error=self._failed, context=self,
        )

    def saved_and_go_on(self) -> None:
        """What the form held was saved and the form stays open for the next one (a list
        dialog): delete the draft; the form as it is now counts as empty."""
        if self.active and self.written is not None:
            self._queue_discard()
        self.baseline = self.read()
        self._seen = {}

    def keep_and_stop(self) -> None:
        """Close with "keep as a draft": write it now, then stop watching."""
        self.save_now()
        self.stop()

    def discard(self) -> None:
        """The record was saved, or the user threw the typing away: delete the draft."""
        if self.session is not None and self.active:
            self._queue_discard()
        self.stop()

    def _queue_discard(self) -> None:
        self.written = None
        if self.worker.stopping:
            return
        self.worker.submit(
            discard_draft, self.session, self.form, self.context,
            on_error=self._failed, context=self,
        )

    def stop(self) -> None:
        self.timer.stop()
        self.active = False
        _live.discard(self)

    def _failed(self, exc: BaseException) -> None:
        log.warning("A draft could not be kept: %s", type(exc).__name__)

    # -- offering an earlier draft ---------------------------------------------------------------

    def _found(self, info: DraftInfo | None) -> None:
        if info is None or not self.active:
            self.offered.emit(False)
            return
        if not info.payload:
            self._queue_discard()
            self.offered.emit(False)
            return
        answer = messages.question(
            self.owner,
            QCoreApplication.translate("Drafts", "Unsaved draft"),
            QCoreApplication.translate(
                "Drafts",
                "There is a draft you did not save, from {time}. Restore it?\n\n"
                "Restore: put what you typed back into the form.\n"
                "Delete the draft: throw it away and start with an empty form."
            ).format(time=format_datetime(info.updated_at.astimezone(SCHOOL_TZ))),
            Button.Yes | Button.No,
            Button.Yes,
            {
                Button.Yes: QCoreApplication.translate("Drafts", "&Restore"),
                Button.No: QCoreApplication.translate("Drafts", "&Delete the draft"),
            },
        )
        if not self.active:
            return
        if answer == Button.Yes:
            self.write(info.payload)
            self.written = dict(info.payload)
            self._seen = self.content()
            self.offered.emit(True)
            return
        self.written = {}  # something is stored: remove it
        self._queue_discard()
        self.offered.emit(False)


class DraftedDialog(QDialog):
    """A dialog that keeps a draft of its form (``self.draft_keeper``, made in ``__init__``)
    and asks before Esc or Close throws typed text away; nothing closes while ``self.busy``."""

    draft_keeper: DraftKeeper
    busy: bool = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.draft_keeper.start()  # once: the form as first shown counts as empty

    def reject(self) -> None:
        """Esc or Close: ask first when something was typed and not recorded."""
        if self.busy:
            return
        if may_close(self, self.draft_keeper, bool(self.draft_keeper.content())):
            super().reject()

    def done(self, result: int) -> None:
        self.draft_keeper.stop()  # a lock wrote the draft before closing the dialog
        super().done(result)
