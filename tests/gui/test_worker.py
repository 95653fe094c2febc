"""The database worker: results and errors come back on the GUI thread, in order; long jobs can
report progress and be cancelled; shutdown runs the last call on the worker thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from kimbai_desktop.domain.errors import WrongPassword
from kimbai_desktop.gui.worker import DbWorker, Job


def _gui_thread() -> QThread:
    return QApplication.instance().thread()


def test_result_is_delivered_on_the_gui_thread(qtbot, worker: DbWorker) -> None:
    seen: dict[str, object] = {}

    def work(a: int, b: int, *, c: int) -> int:
        seen["worker_thread"] = QThread.currentThread()
        return a + b + c

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    with qtbot.waitSignal(worker.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        worker.submit(work, 1, 2, c=3, on_done=done)
    assert seen["result"] == 6
    assert seen["callback_thread"] is _gui_thread()
    assert seen["worker_thread"] is not _gui_thread()


def test_errors_are_delivered_as_exceptions(qtbot, worker: DbWorker) -> None:
    errors: list[BaseException] = []

    def fail() -> None:
        raise WrongPassword()

    worker.submit(fail, on_done=lambda r: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], WrongPassword)


def test_jobs_run_in_submission_order_on_one_thread(qtbot, worker: DbWorker) -> None:
    order: list[int] = []
    threads: set[int] = set()

    def step(i: int) -> int:
        threads.add(threading.get_ident())
        return i

    for i in range(20):
        worker.submit(step, i, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20))
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_progress_and_cancel(qtbot, worker: DbWorker) -> None:
    progress: list[tuple[int, int]] = []
    cancelled: list[bool] = []
    reached = threading.Event()

    def long_job(total: int, *, job: Job) -> str:
        for done in range(1, total + 1):
            job.raise_if_cancelled()
            job.progress(done, total)
            if done == 3:
                reached.set()
            threading.Event().wait(0.005)
        return "finished"

    job = worker.submit(
        long_job,
        100_000,
        with_job=True,
        on_done=lambda r: pytest.fail("the job was cancelled"),
        on_progress=lambda d, t: progress.append((d, t)),
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=5000)
    job.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert progress[0] == (1, 100_000)
    assert job.finished


def test_a_job_cancelled_before_it_starts_does_not_run(qtbot, worker: DbWorker) -> None:
    gate = threading.Event()
    ran: list[str] = []
    done: list[str] = []
    worker.submit(gate.wait, 5)
    second = worker.submit(lambda: ran.append("x"), on_cancelled=lambda: done.append("c"))
    second.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert ran == []


def test_callbacks_skip_a_deleted_context(qtbot, worker: DbWorker) -> None:
    gate = threading.Event()
    owner = QObject()
    called: list[int] = []
    worker.submit(gate.wait, 5)
    worker.submit(lambda: 1, on_done=called.append, context=owner)
    finished: list[int] = []
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    worker.submit(lambda: 2, on_done=finished.append)
    gate.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert called == []


def test_shutdown_runs_the_final_call_on_the_worker_thread(qtbot) -> None:
    worker = DbWorker()
    threads: list[QThread] = []
    results: list[int] = []
    worker.submit(lambda: 7, on_done=results.append)
    assert worker.shutdown(final=lambda: threads.append(QThread.currentThread()))
    assert threads and threads[0] is not _gui_thread()
    assert not worker.is_running()
    with pytest.raises(RuntimeError):
        worker.submit(lambda: 1)
