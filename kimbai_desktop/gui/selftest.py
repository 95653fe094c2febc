"""``kimbai-desktop --self-test``: the service checks (services/selftest.py) plus what only the
window can show: the Vietnamese catalogue loads and translates, and the main window opens with
every page for the principal. Runs offscreen, prints one line per check, exits 0 only if all pass.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kimbai_desktop import __version__
from kimbai_desktop.services.selftest import Check, run_checks


def _print(out: TextIO, check: Check) -> None:
    mark = "OK  " if check.ok else "FAIL"
    out.write(f"{mark} {check.name:<22} {check.detail}  ({check.seconds:.2f} s)\n")
    out.flush()


def run(app: QApplication, translators_loaded: int, lang: str, out: TextIO = sys.stdout) -> int:
    out.write(f"KimBai Desktop {__version__} self-test\n")
    results = run_checks(report=lambda c: _print(out, c))

    start = time.perf_counter()
    from kimbai_desktop.domain.errors import WrongPassword

    translated = QCoreApplication.translate("Errors", WrongPassword.message)
    ok = lang != "vi" or (translators_loaded > 0 and translated != WrongPassword.message)
    results.append(Check("translations", ok, f"{translators_loaded} catalogue(s), {lang}",
                         time.perf_counter() - start))
    _print(out, results[-1])
    results.append(_licences_check())
    _print(out, results[-1])
    results.append(_window_check(app))
    _print(out, results[-1])
    failed = [c for c in results if not c.ok]
    out.write(f"{len(results) - len(failed)} passed, {len(failed)} failed\n")
    return 1 if failed else 0


def _licences_check() -> Check:
    """Help > About names each bundled library with its version and licence (read from the
    packages' metadata, which a bundle must carry) and the font's licence file."""
    from kimbai_desktop.config import resource_path
    from kimbai_desktop.gui.about_dialog import LIBRARIES, licence_of

    start = time.perf_counter()
    missing = [name for name, _what in LIBRARIES if not all(licence_of(name))]
    if not resource_path("resources", "fonts", "LICENSE-LiberationSerif.txt").is_file():
        missing.append("LiberationSerif")
    detail = f"{len(LIBRARIES)} libraries and the font" if not missing else \
        "no licence for " + ", ".join(missing)
    return Check("about and licences", not missing, detail, time.perf_counter() - start)


def _window_check(app: QApplication) -> Check:
    from kimbai_desktop.gui.main_window import MainWindow
    from kimbai_desktop.gui.settings import AppSettings
    from kimbai_desktop.gui.worker import DbWorker
    from kimbai_desktop.services.demo import create_demo
    from kimbai_desktop.services.session import unlock

    start = time.perf_counter()
    worker = DbWorker()
    session = None
    try:
        with tempfile.TemporaryDirectory(prefix="kimbai-selftest-gui-") as tmp:
            creds = create_demo(Path(tmp) / "data")
            session = unlock(Path(tmp) / "data", creds.username, creds.password)
            window = MainWindow(session, worker, AppSettings(), "vi")
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            titles = window.page_titles()
            window.dispose()
            window.deleteLater()
            app.processEvents()
            session.close()
            session = None
        return Check("main window", len(titles) >= 5, f"{len(titles)} pages",
                     time.perf_counter() - start)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return Check("main window", False, type(exc).__name__, time.perf_counter() - start)
    finally:
        if session is not None:
            session.close()
        worker.shutdown()
