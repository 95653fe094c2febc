"""One cold start of the real GUI on a data folder, timed (run in a fresh process by the benchmarks).

Run: python -m tests.bench.gui_probe DATA_DIR USERNAME   (the password is read from stdin)

Offscreen, with the Vietnamese catalogue, through the same controller, unlock dialog, worker and
pages a user gets. Prints one JSON object: seconds from "Đăng nhập" to the main window showing
the overview's figures, to the start-up check's end, to the first page of the register and of
the case list; the slowest page while scrolling each list to its end; resident memory with the
lists open (and the peak).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _memory_mb() -> tuple[float, float]:
    """(resident, peak resident) in MB, from /proc (Linux)."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir, username = Path(sys.argv[1]), sys.argv[2]
    password = sys.stdin.readline().rstrip("\n")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from kimbai_desktop.app import install_translators
    from kimbai_desktop.gui import messages
    from kimbai_desktop.gui.app_controller import AppController
    from kimbai_desktop.gui.settings import AppSettings
    from kimbai_desktop.gui.worker import DbWorker

    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("KimBai-bench")
    QCoreApplication.setApplicationName("KimBai Desktop bench")
    settings_dir = tempfile.mkdtemp(prefix="kimbai-bench-qs-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    install_translators(app, "vi")
    messages.set_auto_answer(messages.Button.No)  # a message box would wait for a click

    def wait(done: Callable[[], bool], limit: float = 120.0) -> float:
        start = time.perf_counter()
        while not done():
            app.processEvents()
            if time.perf_counter() - start > limit:
                raise TimeoutError("the GUI did not get there in time")
            time.sleep(0.0005)
        return time.perf_counter()

    slow_jobs: list[tuple[str, float]] = []
    submit = DbWorker.submit

    def timed_submit(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        def timed(*a: Any, **k: Any) -> Any:  # which jobs keep the one worker busy
            start = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                took = time.perf_counter() - start
                if took > 0.05:
                    slow_jobs.append((getattr(fn, "__qualname__", "?"), round(took, 3)))
        return submit(self, timed, *args, **kwargs)

    DbWorker.submit = timed_submit  # type: ignore[method-assign]
    worker = DbWorker()
    controller = AppController(data_dir, worker, AppSettings(), "vi")
    flags: dict[str, float] = {}
    out: dict[str, Any] = {}

    t0 = time.perf_counter()
    controller.start_with_credentials(username, password)
    wait(lambda: controller.main_window is not None and controller.main_window.workspace
         is not None)
    out["window_shown_s"] = time.perf_counter() - t0
    workspace = controller.main_window.workspace  # type: ignore[union-attr]
    overview = workspace.overview_page
    overview.loaded.connect(lambda: flags.setdefault("overview", time.perf_counter()))
    wait(lambda: "overview" in flags)
    out["usable_s"] = flags["overview"] - t0
    wait(lambda: controller.last_check is not None)
    out["startup_check_done_s"] = time.perf_counter() - t0

    def open_page(page: Any) -> None:
        nav = workspace.nav
        for row in range(nav.count()):
            if workspace.stack.widget(row) is page:
                nav.setCurrentRow(row)
                return
        raise LookupError("page not in the navigation")

    def first_page(page: Any, key: str) -> None:
        model = page.model
        start = time.perf_counter()
        model.loaded.connect(lambda: flags.setdefault(key, time.perf_counter()))
        open_page(page)
        wait(lambda: key in flags)
        out[f"{key}_first_page_s"] = flags[key] - start
        out[f"{key}_first_rows"] = model.rowCount()

    def scroll(page: Any, key: str) -> None:
        model = page.model
        times: list[float] = []
        while model.canFetchMore():
            before = model.pages_fetched
            start = time.perf_counter()
            model.fetchMore()
            wait(lambda before=before: model.pages_fetched > before  # type: ignore[misc]
                 or not model.canFetchMore() and not model.fetching)
            times.append(time.perf_counter() - start)
        times.sort()
        out[f"{key}_scroll_pages"] = len(times)
        out[f"{key}_scroll_rows"] = model.rowCount()
        out[f"{key}_scroll_max_page_s"] = times[-1] if times else 0.0
        out[f"{key}_scroll_p95_page_s"] = times[int(0.95 * (len(times) - 1))] if times else 0.0
        out[f"{key}_scroll_total_s"] = sum(times)

    first_page(workspace.register_page, "register")
    first_page(workspace.cases_page, "cases")
    out["rss_lists_open_mb"], _ = _memory_mb()
    scroll(workspace.register_page, "register")
    scroll(workspace.cases_page, "cases")
    out["rss_scrolled_mb"], out["rss_peak_mb"] = _memory_mb()
    out["slow_jobs"] = sorted(slow_jobs, key=lambda job: -job[1])[:8]  # what held the worker
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # the measurement is taken; skip the exit backup and teardown


if __name__ == "__main__":
    main()
