"""The handover of a pupil's records to another school: make a package, import one, the log."""

from __future__ import annotations

from typing import Any


def close_now(dialog: Any) -> None:
    """At lock: close a handover dialog, and the one it opened, without asking; secrets typed
    or shown in them are emptied."""
    from shiboken6 import isValid

    if dialog is None or not isValid(dialog):
        return
    child = getattr(dialog, "child", None)
    if child is not None and isValid(child):
        close_now(child)
    for name in ("passphrase", "principal_password"):
        field = getattr(dialog, name, None)
        if field is not None and hasattr(field, "clear"):
            field.clear()
    dialog.done(0)
