"""Small building blocks shared by dialogs and pages: a field with hint and error, a busy bar.

Validation messages appear beside the field they concern, with an icon and text (colour is never
the only signal), and disappear as soon as the user edits the field. Under a field the message
has its line kept free even while there is none, and the room it took is kept after it clears,
so the form never moves under the mouse while messages come and go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
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
    """A warning icon and a message in red under a field; hidden while empty.

    With ``reserve`` (under a form's field) the empty message still takes one line, and a message
    that took more keeps its room after it clears: fields below never move while the user fixes
    a value. Without it (a message for the whole page) it takes no room while empty."""

    def __init__(self, parent: QWidget | None = None, reserve: bool = False) -> None:
        super().__init__(parent)
        self.reserve = reserve
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
        if reserve:
            # a fixed height, the same with or without a message: the layout has nothing to
            # redistribute when one comes or goes (it only grows for a longer message)
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
            self.setSizePolicy(policy)
            self.setFixedHeight(max(size, self._text.fontMetrics().height()))
        self.setVisible(False)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        # a kept line has the height it was given: its text must not change the layout's sums
        return not self.reserve and super().hasHeightForWidth()

    def set_message(self, text: str) -> None:
        changed = text != self._text.text() or self.isHidden() == bool(text)
        if self.reserve and text:
            width = self.width() - self._icon.sizeHint().width() - self.layout().spacing()
            if width > 0:
                need = self._text.heightForWidth(width) if self._text.text() != text else 0
                self._text.setText(text)
                need = max(need, self._text.heightForWidth(width))
                if need > self.height():
                    self.setFixedHeight(need)  # kept after it clears: nothing moves back
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
    """An editor with an optional hint under it and a :class:`FieldError` under that, whose line
    is kept free; the message clears as soon as the editor's value is edited."""

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
        self.error = FieldError(self, reserve=True)
        layout.addWidget(self.error)
        clear_on_edit(editor, self.error.clear)

    def set_error(self, text: str) -> None:
        self.error.set_message(text)


def clear_on_edit(editor: QWidget, clear: Callable[[], None]) -> None:
    """Call ``clear`` whenever the user changes ``editor``'s value (typing, picking, ticking)."""
    if hasattr(editor, "edited"):  # the typed date and time fields
        editor.edited.connect(lambda *_a: clear())
    elif isinstance(editor, QLineEdit):
        editor.textEdited.connect(lambda _text: clear())
    elif isinstance(editor, QPlainTextEdit):
        editor.textChanged.connect(clear)
    elif isinstance(editor, QComboBox):
        editor.activated.connect(lambda _i: clear())
        if editor.isEditable():
            editor.editTextChanged.connect(lambda _t: clear())
    elif isinstance(editor, QAbstractSpinBox) and hasattr(editor, "valueChanged"):
        editor.valueChanged.connect(lambda *_a: clear())
    elif isinstance(editor, QAbstractButton):
        editor.toggled.connect(lambda _on: clear())
    elif hasattr(editor, "changed"):
        editor.changed.connect(lambda *_a: clear())


def first_wrong(boxes: Iterable[FieldBox]) -> FieldBox | None:
    """The field with a message that comes first in the form as the user reads it (top to
    bottom, then left to right), to put the focus there after a save was refused."""
    wrong = [box for box in boxes if box.error.message()]
    if not wrong:
        return None

    def place(box: FieldBox) -> tuple[int, int]:
        at = box.mapTo(box.window(), QPoint(0, 0))
        return at.y(), at.x()

    return min(wrong, key=place)  # min keeps the first of equal places: the order given


def focus_first_wrong(boxes: Iterable[FieldBox]) -> FieldBox | None:
    """Put the focus (and the selection, in a line) on :func:`first_wrong`; returns it."""
    box = first_wrong(boxes)
    if box is not None:
        box.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(box.editor, QLineEdit):
            box.editor.selectAll()
    return box


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


FRAME_ROOM = QSize(24, 64)  # a window's frame and title bar, and a taskbar's share


def room_for(dialog: QWidget) -> QSize:
    """The most a dialog may take: the window it opens over (less a margin), else the screen's
    free area less a frame; a 1366x768 screen with the Windows taskbar leaves 728 pixels."""
    parent = dialog.parentWidget()
    if parent is not None and parent.window().isVisible():
        return parent.window().size() - QSize(24, 40)
    screen = dialog.screen()
    if screen is None:
        return QSize(1366, 728) - FRAME_ROOM
    return screen.availableGeometry().size() - FRAME_ROOM


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
