"""Start-up of the desktop application: options, QApplication, translations, lock, first window.

``kimbai-desktop [--data-dir DIR] [--demo] [--lang vi|en]``. The only module outside ``gui/``
that imports PySide6 (besides ``__main__``).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kimbai_desktop import __version__, logs
from kimbai_desktop.config import resolve_data_dir, resource_path
from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.app_controller import AppController
from kimbai_desktop.gui.gc_guard import GcGuard
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.i18n import SUPPORTED_LANGUAGES
from kimbai_desktop.services.backup import remove_interrupted_backups
from kimbai_desktop.services.demo import create_demo
from kimbai_desktop.services.instance import InstanceLock

log = logging.getLogger("kimbai_desktop")

APP_NAME = "KimBai Desktop"
ORG_NAME = "KimBai"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kimbai-desktop", description="KimBai Desktop: child protection records."
    )
    parser.add_argument("--data-dir", help="data folder (default: the per-user folder)")
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away demo school, deleted on exit"
    )
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="interface language")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check the installation on a throw-away database (no window) and exit",
    )
    return parser.parse_args(list(argv) if argv is not None else sys.argv[1:])


def app_icon() -> QIcon:
    """The shield icon, in every size shipped in resources/icons."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("resources", "icons", f"kimbai-{size}.png")))
    return icon


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Qt's own catalogue first, then ours (installed later, so it is asked first).

    Qt ships no Vietnamese catalogue today; ``kimbai_vi.qm`` then also carries Vietnamese for
    Qt's standard buttons and menus (see ``gui/qt_strings.py``)."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{lang}", f"qt_{lang}"):
        translator = QTranslator(app)
        if translator.load(name, qt_dir):
            app.installTranslator(translator)
            installed.append(translator)
            break
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"kimbai_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("Translation file for %s not found.", lang)
    return installed


def choose_language(cli_lang: str | None) -> str:
    """``--lang``, else the saved setting, else Vietnamese."""
    return cli_lang or AppSettings().language


def install_excepthook() -> None:
    """Unexpected errors: log the type only (messages may hold personal data), show a box."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if not issubclass(exc_type, KimbaiError):
            log.error("Unexpected error: %s", exc_type.__name__)
        try:
            title = QCoreApplication.translate("Messages", "KimBai Desktop")
            messages.critical(None, title, messages.error_text(exc))
        except Exception:  # noqa: BLE001, S110 - never fail inside the hook
            pass

    sys.excepthook = hook


def stop_on_signals(app: QApplication, controller: AppController) -> Callable[[], None]:
    """Ctrl+C or a polite kill closes the session and ends normally (the demo folder is removed).

    Python runs signal handlers only between bytecodes, so a timer wakes it now and then.
    Returns the function that puts the previous handlers back."""

    def stop(_signum: int, _frame: object) -> None:
        controller.quit()

    previous = {signum: signal.signal(signum, stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    timer = QTimer(app)
    timer.setInterval(300)
    timer.timeout.connect(lambda: None)
    timer.start()

    def restore() -> None:
        timer.stop()
        timer.deleteLater()
        for signum, handler in previous.items():
            signal.signal(signum, handler)

    return restore


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    app.setWindowIcon(app_icon())
    gc_guard = GcGuard(parent=app)  # noqa: F841 - lives as long as the application

    lang = choose_language(args.lang)
    language = QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English
    QLocale.setDefault(QLocale(language, QLocale.Country.AnyCountry))
    labels.set_language(lang)
    translators = install_translators(app, lang)
    if args.self_test:
        from kimbai_desktop.gui import selftest

        return selftest.run(app, len(translators), lang)
    previous_hook = sys.excepthook
    install_excepthook()

    demo_dir: Path | None = None
    if args.demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="kimbai-demo-"))
        data_dir = demo_dir
    else:
        data_dir = resolve_data_dir(args.data_dir)
    log_path = _configure_logging(data_dir)

    lock = InstanceLock(data_dir)
    worker: DbWorker | None = None
    controller: AppController | None = None
    restore_signals: Callable[[], None] | None = None
    try:
        try:
            lock.acquire()
        except KimbaiError as exc:
            messages.show_error(None, exc)
            return 1
        remove_interrupted_backups(data_dir)  # a killed backup's copy, even before sign-in
        worker = DbWorker()
        controller = AppController(data_dir, worker, AppSettings(), lang, instance_lock=lock)
        exit_code = {"code": 0}

        def finished(code: int) -> None:
            exit_code["code"] = code
            app.exit(code)

        controller.finished.connect(finished)
        restore_signals = stop_on_signals(app, controller)
        if demo_dir is not None:
            _start_demo(controller, worker, demo_dir)
        else:
            controller.start()
        app.exec()
        return exit_code["code"]
    finally:
        if restore_signals is not None:
            restore_signals()
        if controller is not None:
            controller.shutdown()
        elif worker is not None:
            worker.shutdown()
        lock.release()
        if log_path is not None:
            logs.configure(None, logging.WARNING)  # let go of the log file in the data folder
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
        for translator in translators:
            app.removeTranslator(translator)
        sys.excepthook = previous_hook


def _configure_logging(data_dir: Path) -> Path | None:
    """The rotating log file in ``<data>/logs/`` (types and events only, never record data)."""
    try:
        return logs.configure(data_dir)
    except OSError:
        logs.configure(None)
        log.warning("The log folder cannot be written; logging to the console only.")
        return None


def _start_demo(controller: AppController, worker: DbWorker, demo_dir: Path) -> None:
    """Create the demo school on the worker, then sign in with its credentials."""
    worker.submit(
        create_demo,
        demo_dir,
        on_done=controller.start_demo,
        on_error=controller.fail,
    )


if __name__ == "__main__":
    raise SystemExit(main())
