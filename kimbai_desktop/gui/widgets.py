"""Small building blocks shared by dialogs and pages: a field with hint and error, a busy bar.

Validation messages appear beside the field they concern, with an icon and text (colour is never
the only signal), and disappear as soon as the user edits the field.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOUR = "#b3261e"
HINT_COLOUR = "#555555"


def relayout(widget: QWidget) -> None:
    """Make every enclosing layout recompute its sizes.

    A form row whose height depends on its width (word-wrapped hint or error text) keeps a stale
    height in QFormLayout when a message appears; without this the field is squeezed."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if layout is not None:
            layout.invalidate()
        if parent.isWindow():
            break
        parent = parent.parentWidget()


class FieldError(QWidget):
    """A warning icon and a message in red under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._icon.setPixmap(icon.pixmap(size, size))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setStyleSheet(f"color: {ERROR_COLOUR};")
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.setVisible(False)

    def set_message(self, text: str) -> None:
        changed = text != self._text.text() or self.isHidden() == bool(text)
        self._text.setText(text)
        self.setVisible(bool(text))
        if changed:
            relayout(self)

    def clear(self) -> None:
        self.set_message("")

    def message(self) -> str:
        return "" if self.isHidden() else self._text.text()


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A short explanation in a smaller, muted font under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    return label


class FieldBox(QWidget):
    """An editor with an optional hint under it and a :class:`FieldError` under that."""

    def __init__(self, editor: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        self.hint = hint_label(hint, self) if hint else None
        if self.hint is not None:
            layout.addWidget(self.hint)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: self.error.clear())

    def set_error(self, text: str) -> None:
        self.error.set_message(text)


def heading_label(text: str, parent: QWidget | None = None, scale: float = 1.3) -> QLabel:
    """A bold, larger label for the top of a page or dialog."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class BusyBar(QWidget):
    """An indeterminate progress bar with a message, shown while a background job runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(12)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self._label.setText(text)
        self.setVisible(True)
        relayout(self)

    def stop(self) -> None:
        self.setVisible(False)
        relayout(self)

    def is_busy(self) -> bool:
        return not self.isHidden()


def share_lock_shortcut(dialog: QWidget) -> None:
    """Let Ctrl+L lock the screen while ``dialog`` is open over the main window.

    A window-modal dialog blocks the main window's shortcuts; adding the window's lock action to
    the dialog too keeps the one "blank the screen" key working everywhere."""
    parent = dialog.parentWidget()
    action = getattr(parent.window(), "lock_action", None) if parent is not None else None
    if action is not None and action not in dialog.actions():
        dialog.addAction(action)


SPIN_TEXT_ROOM = 8  # the line edit's margins (2 + 2), the cursor and a little air


def fit_spin_box_text(box: QAbstractSpinBox) -> QAbstractSpinBox:
    """Give ``box`` room for its longest text, e.g. a special value text such as "không rõ".

    Qt sizes a spin box for the text itself and 2 pixels more, forgetting the inner line edit's
    margins, so a translated special value text is cut short; the minimum width set here comes
    from the font metrics of every text the box may show. Returns ``box``."""
    texts = [box.specialValueText()]
    if isinstance(box, QSpinBox):
        values = [box.textFromValue(box.minimum()), box.textFromValue(box.maximum())]
        texts += [box.prefix() + value + box.suffix() for value in values]
    elif isinstance(box, QDoubleSpinBox):
        values = [box.textFromValue(box.minimum()), box.textFromValue(box.maximum())]
        texts += [box.prefix() + value + box.suffix() for value in values]
    metrics = box.fontMetrics()
    text_width = max(metrics.horizontalAdvance(text) for text in texts)
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    content = QSize(text_width + SPIN_TEXT_ROOM, box.sizeHint().height())
    size = box.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, content, box)
    box.setMinimumWidth(max(size.width(), box.minimumSizeHint().width()))
    return box


def note_editor(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line note; Tab moves on to the next field instead of typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height + edit.fontMetrics().lineSpacing() * 2)
    return edit


def record_table(parent: QWidget, headers: list[str], stretch: tuple[int, ...] = (0,)) -> QTableWidget:
    """A read-only list of records in a dialog: whole rows selected one at a time, no row numbers,
    no sideways scrolling; the ``stretch`` columns share the width, the others fit their contents.
    """
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def select_again(view: QAbstractItemView, row: int) -> None:
    """After a list was loaded again: make ``row`` (where the selected record is now, -1 when it
    is gone) the current and only selected row, else the first row when there is one."""
    model = view.model()
    if row < 0 and model.rowCount() > 0:
        row = 0
    if row >= 0:
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
