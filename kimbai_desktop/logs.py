"""Logging to a rotating file in the data folder (stdlib ``logging.handlers``).

Rule for every module: log events and types, never record contents, names, passwords, keys or
exception messages (which may quote data); ``exc_info`` is dropped for the same reason.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "kimbai.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _NoTracebacks(logging.Filter):
    """Tracebacks quote local values in some libraries' messages: keep only the type."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None:
            record.msg = f"{record.msg} [{record.exc_info[0].__name__}]"
            record.exc_info = None
            record.exc_text = None
        return True


def configure(data_dir: Path | None, level: int = logging.INFO) -> Path | None:
    """Send the app's log to ``<data_dir>/logs/kimbai.log`` (5 files of 1 MB) and to stderr."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_kimbai", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    path = None
    if data_dir is not None:
        folder = data_dir / LOG_DIR
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE
        handlers.append(logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=4, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(_NoTracebacks())
        handler._kimbai = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
