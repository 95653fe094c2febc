"""Reviewing a de-identified copy before it leaves the school: the free texts as they will print,
each replacement on a grey background, and the words the user strikes out besides (select them,
"Xóa phần đã chọn"; they print as [đã xóa] everywhere in the document). The list of struck words
goes back into the report's options; nothing here is stored."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.deidentify import MARK_CLOSE, MARK_OPEN
from kimbai_desktop.domain.text import normalize_text

MAX_PHRASE = 300


def passages_html(passages: tuple[str, ...]) -> str:
    """The passages as HTML: one paragraph each, replacements on a grey background."""
    out = []
    for text in passages:
        shown = escape(text).replace(MARK_OPEN, '<span style="background-color:#d9d9d9">')
        shown = shown.replace(MARK_CLOSE, "</span>").replace("\n", "<br>")
        out.append(f"<p>{shown}</p>")
    return "".join(out)


class StrikeDialog(QDialog):
    """``StrikeDialog(passages, struck, parent)``; :meth:`struck` after it is accepted."""

    def __init__(self, passages: tuple[str, ...], struck: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the de-identified copy"))
        self.resize(760, 560)
        hint = QLabel(self.tr(
            "The text below is what the copy prints. What the program replaced has a grey "
            "background. If something still shows who a child is (a nickname, a shop, a "
            "relative), select it and click “Strike out the selection”: it prints as "
            "[đã xóa] everywhere in the document."), self)
        hint.setWordWrap(True)
        self.text = QTextEdit(self)
        self.text.setObjectName("deidText")
        self.text.setReadOnly(True)
        self.text.setHtml(passages_html(passages) or "<p>" + escape(self.tr(
            "This copy has no free text to review.")) + "</p>")
        self.text.selectionChanged.connect(self._update)
        self.strike_button = QPushButton(self.tr("&Strike out the selection"), self)
        self.strike_button.clicked.connect(self.strike_selection)
        QShortcut(QKeySequence("Del"), self.text, self.strike_selection)
        self.list = QListWidget(self)
        self.list.setObjectName("struckWords")
        self.list.addItems(list(struck))
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.restore_button = QPushButton(self.tr("&Put back"), self)
        self.restore_button.clicked.connect(self.restore)
        list_label = QLabel(self.tr("Struck &out by you:"), self)
        list_label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Apply to the copy"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.strike_button)
        row.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(list_label)
        side.addWidget(self.list, 1)
        side.addWidget(self.restore_button)
        body = QHBoxLayout()
        body.addWidget(self.text, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._update()

    def struck(self) -> tuple[str, ...]:
        return tuple(self.list.item(n).text() for n in range(self.list.count()))

    def selection(self) -> str:
        """The selected words, widened to whole words (a half-selected name goes whole)."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return ""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        widened = QTextCursor(self.text.document())
        widened.setPosition(start)
        widened.movePosition(QTextCursor.MoveOperation.StartOfWord)
        widened.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widened.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
        text = widened.selectedText().replace("\u2029", " ").replace("\u2028", " ")
        return normalize_text(text)[:MAX_PHRASE]

    def strike_selection(self) -> None:
        phrase = self.selection()
        if phrase.strip("[]()., ") and phrase not in self.struck():
            self.list.addItem(phrase)
        self.text.textCursor().clearSelection()
        self._update()

    def restore(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update()

    def _update(self) -> None:
        self.strike_button.setEnabled(self.text.textCursor().hasSelection())
        self.restore_button.setEnabled(self.list.currentRow() >= 0)
