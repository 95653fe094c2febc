"""How times, sizes and backup kinds read on screen: school time (SCHOOL_TZ, as the chronology
and the deadlines) as dd/mm/yyyy HH:mm (the date part
from ``domain.formatting``), sizes in kB/MB with Vietnamese number grouping."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kimbai_desktop.domain.formatting import format_date, format_number
from kimbai_desktop.domain.when import school_time
from kimbai_desktop.services.backup import BackupInfo, BackupKind


def local_time(moment: datetime) -> datetime:
    """A UTC moment (naive values are UTC, as the database stores them) on the school's clock,
    whatever the computer's time zone: the same action reads the same time on every page."""
    return school_time(moment)


def date_time_text(moment: datetime) -> str:
    """``05/09/2024 14:05`` in school time."""
    local = local_time(moment)
    return f"{format_date(local.date())} {local:%H:%M}"


def size_text(size: int) -> str:
    """``820 kB``, ``12,5 MB``: one decimal above a megabyte."""
    if size < 1_000_000:
        return f"{format_number(max(1, round(size / 1000)))} kB"
    return f"{format_number(round(size / 1_000_000, 1))} MB"


def backup_kind_text(kind: BackupKind) -> str:
    return {
        BackupKind.AUTO: QCoreApplication.translate("Display", "Automatic"),
        BackupKind.MANUAL: QCoreApplication.translate("Display", "Made by hand"),
        BackupKind.PRE_UPGRADE: QCoreApplication.translate("Display", "Before an upgrade"),
    }[kind]


def backup_state_text(info: BackupInfo) -> str:
    if info.ok:
        return QCoreApplication.translate("Display", "Checked, usable")
    return QCoreApplication.translate("Display", "Damaged, cannot be used")
