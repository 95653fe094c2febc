"""How training values read on screen: durations, topics, kinds, audiences, numbers of a target
and the school years offered by the year picker."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from kimbai_desktop.domain.formatting import format_date, format_number
from kimbai_desktop.domain.training import ActivityKind, TargetMetric, Topic
from kimbai_desktop.gui import labels

YEARS_BACK = 5  # school years offered before the current one


def date_text(value: date | None) -> str:
    return format_date(value) if value is not None else ""


def held_text(info: Any) -> str:
    """An activity's date; a planned one (dated after today) says so: ``20/10/2024 · Dự kiến``."""
    shown = date_text(info.held_on)
    if getattr(info, "planned", False):
        planned = QCoreApplication.translate("TrainingTexts", "Planned")
        return f"{shown} · {planned}"
    return shown


def duration_text(minutes: int) -> str:
    """``45 min``, ``1 h 30 min``, ``3 h``."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if not hours:
        return QCoreApplication.translate("TrainingTexts", "{m} min").format(m=rest)
    if not rest:
        return QCoreApplication.translate("TrainingTexts", "{h} h").format(h=hours)
    return QCoreApplication.translate("TrainingTexts", "{h} h {m} min").format(h=hours, m=rest)


def hours_text(hours: float) -> str:
    return QCoreApplication.translate("TrainingTexts", "{h} h").format(h=format_number(hours))


def topics_text(topics: Iterable[Topic]) -> str:
    return "; ".join(labels.label(t) for t in topics)


def kind_text(info: Any) -> str:
    """The kind of an activity: the custom name for "other", else the label."""
    if info.kind == ActivityKind.OTHER and info.kind_label:
        return str(info.kind_label)
    return labels.label(info.kind)


def audience_line(count: Any) -> str:
    """``Cha mẹ học sinh: 38 (male 10, female 25, not noted 3)``."""
    parts = []
    if count.male:
        parts.append(QCoreApplication.translate("TrainingTexts", "male {n}").format(
            n=format_number(count.male)))
    if count.female:
        parts.append(QCoreApplication.translate("TrainingTexts", "female {n}").format(
            n=format_number(count.female)))
    if count.unknown and (count.male or count.female):
        parts.append(QCoreApplication.translate("TrainingTexts", "sex not noted {n}").format(
            n=format_number(count.unknown)))
    line = f"{labels.label(count.audience)}: {format_number(count.total)}"
    return f"{line} ({', '.join(parts)})" if parts else line


def measure_text(metric: TargetMetric, value: float) -> str:
    """A value of a target in its unit: ``76,2%`` for staff coverage, ``3`` otherwise."""
    number = format_number(round(value, 1))
    return f"{number}%" if metric == TargetMetric.STAFF_COVERAGE else number


def school_years(current: str, back: int = YEARS_BACK) -> list[str]:
    """``["2024-2025", "2023-2024", ...]``: the current school year first, then earlier ones."""
    try:
        start = int(current[:4])
    except ValueError:
        return [current]
    return [f"{y}-{y + 1}" for y in range(start, start - back - 1, -1)]


def semester_text(semester: Any) -> str:
    return labels.label(semester)
