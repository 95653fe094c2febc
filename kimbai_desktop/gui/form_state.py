"""What a form holds, read from its widgets: the values of every editor under a widget, keyed by
where the editor sits, so that a dialog can tell whether anything was typed since it opened and
a draft can be written back into the same fields later.

Editors are found by walking the widget tree (Qt has no notion of "the form's value", and no
library does this for Qt Widgets): line edits, multi-line texts, combo boxes, spin boxes,
date-time editors, check boxes and radio buttons. A widget that holds a list of its own says so
with ``draft_value()`` and ``set_draft_value(value)`` (its own editors are walked too).
Password fields, read-only fields and widgets marked with :func:`skip` are left out: a password
is never kept and a search box is not part of the form.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

SKIP_PROPERTY = "kimbaiNotFormData"
Values = dict[str, Any]


def skip(widget: QWidget) -> QWidget:
    """Leave ``widget`` and what it holds out of the form's values (search boxes, selectors)."""
    widget.setProperty(SKIP_PROPERTY, True)
    return widget


def _editors(root: QWidget, prefix: str) -> Iterator[tuple[str, QWidget]]:
    counts: dict[str, int] = {}
    for child in root.children():
        if not isinstance(child, QWidget) or child.property(SKIP_PROPERTY):
            continue
        own_value = hasattr(child, "draft_value")
        if not own_value and isinstance(
            child, QMenu | QCalendarWidget | QDialog | QDialogButtonBox | QAbstractItemView
        ):
            continue
        name = child.objectName() or type(child).__name__
        index = counts.get(name, 0)
        counts[name] = index + 1
        key = f"{prefix}/{name}" + (f"[{index}]" if index else "")
        if _is_editor(child):
            yield key, child
            if not own_value or isinstance(child, QAbstractItemView):
                continue
        yield from _editors(child, key)


def _is_editor(widget: QWidget) -> bool:
    if hasattr(widget, "draft_value") and hasattr(widget, "set_draft_value"):
        return True
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractSpinBox)


def editors(root: QWidget) -> dict[str, QWidget]:
    """Every editor under ``root`` by its key (the path of object names or class names)."""
    return dict(_editors(root, ""))


def _value(widget: QWidget) -> Any:
    if hasattr(widget, "draft_value"):
        return widget.draft_value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal or widget.isReadOnly():
            return None  # passwords are never kept
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDoubleSpinBox):
        return widget.value()
    return None


def values(root: QWidget, secret: tuple[QWidget, ...] = ()) -> Values:
    """What the form under ``root`` holds now (JSON-ready), without ``secret`` editors."""
    out: Values = {}
    for key, widget in editors(root).items():
        if widget in secret:
            continue
        value = _value(widget)
        if value is not None:
            out[key] = value
    return out


def changes(before: Values, now: Values) -> Values:
    """The values in ``now`` that differ from ``before`` (what the user typed or changed)."""
    return {key: value for key, value in now.items() if before.get(key) != value}


def apply(root: QWidget, found: Values) -> None:
    """Write ``found`` (from :func:`values` or :func:`changes`) back into the form's editors.
    Keys that no longer exist, and values of the wrong type, are left out."""
    by_key = editors(root)
    for key, value in found.items():
        widget = by_key.get(key)
        if widget is None:
            continue
        try:
            _set(widget, value)
        except (TypeError, ValueError):
            continue


def _set(widget: QWidget, value: Any) -> None:
    if hasattr(widget, "set_draft_value"):
        widget.set_draft_value(value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findText(str(value))
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(str(value))
    elif isinstance(widget, QDateTimeEdit):
        moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
        if moment.isValid():
            widget.setDateTime(moment.toTimeZone(widget.timeZone()))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QDoubleSpinBox):
        widget.setValue(float(value))
