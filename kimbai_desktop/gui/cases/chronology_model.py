"""The chronology of one case as a table model: entry number, when it happened (back-dated
entries marked), its kind as icon and words, the text (corrections linked both ways), and who
recorded it when. The rows come from ``case_work.list_entries`` in the order asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyle, QWidget

from kimbai_desktop.domain.cases import EntryKind
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.cases.common import entry_icon, time_text
from kimbai_desktop.gui.register.texts import without_names

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("seq", "event", "kind", "text", "recorded")
BACKDATED_COLOUR = "#6a5500"
CORRECTION_BACKGROUND = "#fff6e0"


class ChronologyModel(QAbstractTableModel):
    """Read-only rows of EntryInfo; ``style_widget`` supplies the style for the kind icons."""

    def __init__(self, style_widget: QWidget, parent: Any = None) -> None:
        super().__init__(parent)
        self.style_widget = style_widget
        self.entries: list[Any] = []
        self._seq_of: dict[int, int] = {}
        self.hidden_names: tuple[str, ...] = ()  # the case's children while names are hidden

    def set_hidden_names(self, names: Sequence[str]) -> None:
        self.beginResetModel()
        self.hidden_names = tuple(names)
        self.endResetModel()

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._seq_of = {e.id: e.seq for e in self.entries}
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> Any:
        return self.entries[row]

    def row_of(self, entry_id: int) -> int:
        for row, e in enumerate(self.entries):
            if e.id == entry_id:
                return row
        return -1

    def seq_of(self, entry_id: int | None) -> int | str:
        return self._seq_of.get(entry_id, "?") if entry_id is not None else "?"

    # -- the model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("When it happened"),
                self.tr("Kind"),
                self.tr("What happened"),
                self.tr("Recorded by"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "kind":
                return entry_icon(self.style_widget, e.kind)
            if column == "event" and e.backdated:
                return self.style_widget.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "event" and e.backdated:
            return QBrush(QColor(BACKDATED_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and e.kind == EntryKind.CORRECTION:
            return QBrush(QColor(CORRECTION_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and column == "text" and e.corrected_by:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None

    def _display(self, e: Any, column: str) -> str:
        if column == "seq":
            return str(e.seq)
        if column == "event":
            text = time_text(e.event_at)
            if e.backdated:
                text += "\n" + self.tr("Added later")
            return text
        if column == "kind":
            return labels.label(e.kind)
        if column == "text":
            text = without_names(str(e.text), self.hidden_names)
            if e.corrects_id is not None:
                text = (
                    self.tr("Corrects entry no. {seq}:").format(seq=self.seq_of(e.corrects_id))
                    + "\n"
                    + text
                )
            if e.corrected_by:
                seqs = ", ".join(str(self.seq_of(i)) for i in e.corrected_by)
                text += "\n" + self.tr("Corrected by entry no. {seqs}").format(seqs=seqs)
            return text
        return f"{e.author}\n{time_text(e.entered_at)}"

    def _tooltip(self, e: Any, column: str) -> str:
        if column == "event" and e.backdated:
            return self.tr(
                "Added later: this entry was recorded at {entered}, more than a day after the "
                "event. It is placed in the story at the time the event happened."
            ).format(entered=time_text(e.entered_at))
        if column == "text" and e.corrected_by:
            return self.tr("This entry stays as it was written; a later entry corrects it.")
        return self._display(e, column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
