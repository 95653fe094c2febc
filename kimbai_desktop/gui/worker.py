"""The one database worker thread: every database and key-derivation call runs here, in order.

The window never blocks: ``worker.submit(fn, *args, on_done=..., on_error=...)`` queues ``fn`` on
a single background QThread and delivers its result (or exception) back on the GUI thread through
queued signals (the pattern of Anki's ``aqt/taskman.py``). One thread means the encrypted
connections are always used from the thread that opened them, and jobs run in submission order.

Long jobs ask for a :class:`Job` (``with_job=True``): they read ``job.cancelled`` and report
``job.progress(done, total)``, which reaches ``on_progress`` on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)

Callback = Callable[..., Any] | None


class JobCancelled(Exception):
    """Raised inside a long job (by :meth:`Job.raise_if_cancelled`) to stop it early."""


class Job:
    """One queued call. Long jobs receive it to check ``cancelled`` and report progress."""

    def __init__(
        self,
        worker: DbWorker,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        on_done: Callback = None,
        on_error: Callback = None,
        on_progress: Callback = None,
        on_cancelled: Callback = None,
        context: QObject | None = None,
        with_job: bool = False,
    ) -> None:
        self._worker = worker
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.on_cancelled = on_cancelled
        self.context = context
        self.with_job = with_job
        self._cancel = threading.Event()
        self.started = False
        self.finished = False

    @property
    def cancelled(self) -> bool:
        """True once the user cancelled this job or the application is shutting down."""
        return self._cancel.is_set() or self._worker.stopping

    def cancel(self) -> None:
        """Ask the job to stop; a job that has not started yet will not run at all."""
        self._cancel.set()

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise JobCancelled

    def progress(self, done: int, total: int) -> None:
        """Report progress from the worker thread; ``on_progress`` gets it on the GUI thread."""
        self._worker._executor.progressed.emit(self, int(done), int(total))


class _Executor(QObject):
    """Lives in the worker thread and runs the queued jobs one after another."""

    finished = Signal(object, str, object)  # job, outcome ("done"/"error"/"cancelled"), payload
    progressed = Signal(object, int, int)

    @Slot(object)
    def run(self, job: Job) -> None:
        if job._cancel.is_set():
            self.finished.emit(job, "cancelled", None)
            return
        job.started = True
        try:
            if job.with_job:
                result = job.fn(*job.args, job=job, **job.kwargs)
            else:
                result = job.fn(*job.args, **job.kwargs)
        except JobCancelled:
            self.finished.emit(job, "cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
            self.finished.emit(job, "error", exc)
        else:
            self.finished.emit(job, "done", result)

    @Slot(object)
    def stop(self, final: Callable[[], Any] | None) -> None:
        """Run the last call (e.g. closing the session) and end the thread's event loop."""
        if final is not None:
            try:
                final()
            except Exception as exc:  # noqa: BLE001 - shutting down: log the type only
                log.warning("Final job failed at shutdown: %s", type(exc).__name__)
        QThread.currentThread().quit()


def _noop(*_args: Any, **_kwargs: Any) -> None:
    return None


class DbWorker(QObject):
    """Owns the single worker thread. Create one per application; call :meth:`shutdown` at exit."""

    _request = Signal(object)
    _stop_request = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, name: str = "kimbai-db-worker") -> None:
        super().__init__(parent)
        self.stopping = False
        self._pending: list[Job] = []
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._executor = _Executor()
        self._executor.moveToThread(self._thread)
        self._request.connect(self._executor.run)
        self._stop_request.connect(self._executor.stop)
        self._executor.finished.connect(self._on_finished)
        self._executor.progressed.connect(self._on_progress)
        self._thread.finished.connect(self._executor.deleteLater)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback = None,
        on_error: Callback = None,
        on_progress: Callback = None,
        on_cancelled: Callback = None,
        context: QObject | None = None,
        with_job: bool = False,
        **kwargs: Any,
    ) -> Job:
        """Queue ``fn(*args, **kwargs)`` (plus ``job=`` when ``with_job``) on the worker thread.

        ``on_done(result)``, ``on_error(exc)``, ``on_progress(done, total)`` and ``on_cancelled()``
        are called on the GUI thread. If ``context`` (a widget) has been deleted by then, they
        are skipped. Errors without ``on_error`` are logged by type only (they may hold data).
        """
        if self.stopping:
            raise RuntimeError("The database worker has been shut down.")
        job = Job(
            self,
            fn,
            args,
            kwargs,
            on_done=on_done,
            on_error=on_error,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
            context=context,
            with_job=with_job,
        )
        was_busy = self.busy
        self._pending.append(job)
        if not was_busy:
            self.busy_changed.emit(True)
        self._request.emit(job)
        return job

    def _alive(self, job: Job) -> bool:
        return not self.stopping and (job.context is None or isValid(job.context))

    @Slot(object, str, object)
    def _on_finished(self, job: Job, outcome: str, payload: Any) -> None:
        job.finished = True
        if job in self._pending:
            self._pending.remove(job)
        try:
            self._deliver(job, outcome, payload)
        finally:
            # The worker thread may hold the last reference to the job: drop everything that
            # can reach a widget here, on the GUI thread, so no Qt object is ever freed there.
            job.on_done = job.on_error = job.on_progress = job.on_cancelled = None
            job.context = None
            job.fn, job.args, job.kwargs = _noop, (), {}

    def _deliver(self, job: Job, outcome: str, payload: Any) -> None:
        try:
            if not self._alive(job):
                return
            if outcome == "done":
                if job.on_done is not None:
                    job.on_done(payload)
            elif outcome == "error":
                if job.on_error is not None:
                    job.on_error(payload)
                else:
                    log.error("Unhandled error in a background job: %s", type(payload).__name__)
            elif job.on_cancelled is not None:
                job.on_cancelled()
        finally:
            if not self._pending and not self.stopping:
                self.busy_changed.emit(False)

    @Slot(object, int, int)
    def _on_progress(self, job: Job, done: int, total: int) -> None:
        if job.on_progress is not None and not job.finished and self._alive(job):
            job.on_progress(done, total)

    def shutdown(self, final: Callable[[], Any] | None = None, timeout_ms: int = 30_000) -> bool:
        """Stop after the queued jobs, running ``final`` last on the worker thread.

        Queued jobs still run (a save in progress is not lost) but long jobs see ``cancelled``
        and stop early; no callback reaches the GUI any more. Returns True if the thread ended.
        """
        if not self._thread.isRunning():
            return True
        if not self.stopping:
            self.stopping = True
            self._stop_request.emit(final)
        ended = self._thread.wait(timeout_ms)
        if not ended:
            log.warning("The database worker did not stop in time.")
        return bool(ended)
