"""Paths: the data folder (platformdirs, ``--data-dir``, KIMBAI_DATA_DIR) and bundled resources.

``resource_path`` finds the files shipped with the program through one lookup, the import system:
the top-level folders ``resources/`` and ``translations/`` are installed as the packages
``kimbai_desktop.resources`` and ``kimbai_desktop.translations`` (pyproject.toml maps them), and
build.spec copies them to the same places in the PyInstaller bundle.
"""

from __future__ import annotations

import os
from importlib.resources import files
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
AUDIT_HEAD_FILE = "kimbai.head"  # the audit trail's signed head (storage/audit_head.py)
LOCK_FILE = "kimbai.lock"
BACKUP_DIR = "backups"


RESOURCE_FOLDERS = ("resources", "translations")


def project_root() -> Path:
    """The source checkout that holds ``kimbai_desktop/``, ``resources/`` and ``translations/``.
    For the developer tools (gui/i18n_build.py) only: the program finds its files with
    :func:`resource_path`, which also works from a wheel and from the bundle."""
    return Path(__file__).resolve().parent.parent


def resource_path(folder: str, *parts: str) -> Path:
    """A file shipped with the program, e.g. ``resource_path("resources", "fonts", "X.ttf")`` or
    ``resource_path("translations", "kimbai_vi.qm")``: ``folder`` is one of RESOURCE_FOLDERS.

    importlib.resources finds the package ``kimbai_desktop.<folder>`` wherever the import system
    finds it: inside the installed wheel, in the source tree of an editable install (setuptools'
    finder maps the package to the top-level folder) and in the PyInstaller bundle.
    """
    if folder not in RESOURCE_FOLDERS:
        raise ValueError(f"unknown resource folder {folder!r}")
    package = f"{__package__}.{folder}"
    try:
        root = files(package)
    except ModuleNotFoundError as exc:  # an editable install made before the mapping existed
        raise FileNotFoundError(
            f"{package} is not installed: reinstall the program (in a source checkout: "
            f'pip install -e ".[test]")') from exc
    return Path(str(root)).joinpath(*parts)


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
