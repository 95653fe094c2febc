"""Paths: the data folder (platformdirs, ``--data-dir``, KIMBAI_DATA_DIR) and bundled resources.

``resource_path`` works both from a source checkout and inside a PyInstaller bundle
(``sys._MEIPASS``); build.spec copies ``resources/`` and ``translations/`` to the same
relative places.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "KimBaiDesktop"
APP_AUTHOR = "KimBai"
DATA_DIR_ENV = "KIMBAI_DATA_DIR"

# File names inside a data folder. None of them contains personal data.
DATABASE_FILE = "kimbai.db"
KEYSLOT_FILE = "kimbai.keys"
PENDING_KEYSLOT_FILE = "kimbai.keys.pending"  # only during a key rotation
THROTTLE_FILE = "unlock-attempts.json"
RESTORE_NOTE_FILE = "restored.json"  # written by a restore, audited at the next unlock
LOCK_FILE = "kimbai.lock"
BACKUP_DIR = "backups"


def project_root() -> Path:
    """Root that holds ``resources/`` and ``translations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath(*parts)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then KIMBAI_DATA_DIR, then the per-user platform folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
