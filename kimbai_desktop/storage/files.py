"""Files written whole or not at all, and renames that survive a power cut.

One place for what the keyslot file, the unlock counter, backups and saved documents all need:
the data goes to a hidden temporary file in the same folder (its name holds no personal data),
is flushed to disk, then renamed over the target; the folder is synced so that the rename itself
is durable. Errors are OSError; callers turn them into what the user is told.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never a half."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".kimbai-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
