"""Restore from a backup (khôi phục từ bản sao lưu), in two steps: choose, then confirm.

The first step lists the backups kept in the data folder (date, kind, size, state; checked on the
worker thread) and offers "Choose another file..." for a backup on a USB drive. The second step
says plainly what will happen: the current data is kept aside, not deleted, and where. The
dialog only chooses; the controller closes the data and restores (it owns the folder lock).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui import messages
from kimbai_desktop.gui.display import (
    backup_kind_text,
    backup_state_text,
    date_time_text,
    size_text,
)
from kimbai_desktop.gui.widgets import (
    BusyBar,
    FieldError,
    heading_label,
    record_table,
    share_lock_shortcut,
)
from kimbai_desktop.gui.worker import DbWorker

# SUFFIX is re-exported by services.backup from storage (not in an __all__ yet).
from kimbai_desktop.services.backup import (  # type: ignore[attr-defined]
    SUFFIX,
    BackupInfo,
    list_backups,
)


class RestoreDialog(QDialog):
    """Accepted with ``chosen_path`` set (and ``chosen`` when it came from the list)."""

    def __init__(self, data_dir: Path, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.worker = worker
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self.chosen_path: Path | None = None
        self.loading = False
        self.setWindowTitle("KimBai Desktop")
        self.setModal(True)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._choose_step())
        self.steps.addWidget(self._confirm_step())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self.setMinimumSize(760, 480)
        share_lock_shortcut(self)

    # -- step 1: choose ----------------------------------------------------------------------------

    def _choose_step(self) -> QWidget:
        step = QWidget(self)
        heading = heading_label(self.tr("Restore from a backup"), step, scale=1.2)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. Backups kept on this computer are listed, newest "
                'first; a backup on a USB drive can be chosen with "Choose another file".'
            ),
            step,
        )
        intro.setWordWrap(True)
        self.table = record_table(step, [self.tr("Made on"), self.tr("Kind"), self.tr("Size"),
                                         self.tr("State")], stretch=(3,))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.go_to_confirm())
        self.empty_label = QLabel(
            self.tr("No backups are kept on this computer yet. Choose a backup file instead."),
            step,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.busy_bar = BusyBar(step)
        self.error = FieldError(step)

        self.other_button = QPushButton(self.tr("Choose &another file..."), step)
        self.other_button.clicked.connect(self.choose_file)
        self.next_button = QPushButton(self.tr("&Next >"), step)
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.go_to_confirm)
        cancel = QPushButton(self.tr("Cancel"), step)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(step)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        return step

    def load(self) -> None:
        """Check the kept backups on the worker (it reads every file), then list them."""
        self.loading = True
        self.busy_bar.start(self.tr("Checking the backups..."))
        self.worker.submit(
            list_backups,
            self.data_dir,
            on_done=self._on_loaded,
            on_error=self._on_load_failed,
            context=self,
        )

    def _on_loaded(self, backups: list[BackupInfo]) -> None:
        self.loading = False
        self.busy_bar.stop()
        self.set_backups(backups)

    def _on_load_failed(self, exc: BaseException) -> None:
        self.loading = False
        self.busy_bar.stop()
        self.error.set_message(messages.error_text(exc))

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = list(backups)
        self.table.setRowCount(len(backups))
        style = self.style()
        bad_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        good_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row, info in enumerate(backups):
            cells = [
                QTableWidgetItem(date_time_text(info.created_at)),
                QTableWidgetItem(backup_kind_text(info.kind)),
                QTableWidgetItem(size_text(info.size)),
                QTableWidgetItem(good_icon if info.ok else bad_icon, backup_state_text(info)),
            ]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, cell in enumerate(cells):
                if not info.ok:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, not selectable
                cell.setToolTip(info.path.name)
                self.table.setItem(row, column, cell)
        self.empty_label.setVisible(not backups)
        first_good = next((i for i, b in enumerate(backups) if b.ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)
            self.table.setFocus()
        else:
            self.other_button.setFocus()
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info if info.ok else None

    def _selection_changed(self) -> None:
        self.next_button.setEnabled(self.selected() is not None)

    def choose_file(self) -> None:
        path = messages.choose_open_file(
            self,
            self.tr("Choose a backup file"),
            "",
            self.tr("KimBai backups (*{suffix})").format(suffix=SUFFIX),
        )
        if path:
            self.chosen = None
            self.chosen_path = Path(path)
            self._show_confirm()

    def go_to_confirm(self) -> None:
        info = self.selected()
        if info is None:
            return
        self.chosen = info
        self.chosen_path = info.path
        self._show_confirm()

    # -- step 2: confirm ---------------------------------------------------------------------------

    def _confirm_step(self) -> QWidget:
        step = QWidget(self)
        heading = heading_label(self.tr("Restore this backup?"), step, scale=1.2)
        style = self.style()
        self.what_label = self._paragraph(step)
        self.kept_label = self._paragraph(step)
        self.kept_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps = self._paragraph(step)
        steps.setText(
            self.tr(
                "KimBai Desktop closes the data now (you are signed out), checks the backup and "
                "puts it in place. Then sign in with a password that was valid when the backup "
                "was made."
            )
        )
        rows = (
            (QStyle.StandardPixmap.SP_MessageBoxWarning, self.what_label),
            (QStyle.StandardPixmap.SP_DialogSaveButton, self.kept_label),
            (QStyle.StandardPixmap.SP_MessageBoxInformation, steps),
        )
        body = QVBoxLayout()
        body.setSpacing(16)
        for pixmap, label in rows:
            icon = QLabel(step)
            icon.setPixmap(style.standardIcon(pixmap).pixmap(32, 32))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            row = QHBoxLayout()
            row.setSpacing(12)
            row.addWidget(icon)
            row.addWidget(label, 1)
            body.addLayout(row)
        self.back_button = QPushButton(self.tr("< &Back"), step)
        self.back_button.clicked.connect(self.back)
        self.restore_button = QPushButton(self.tr("&Restore"), step)
        self.restore_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"), step)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(step)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(body)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return step

    @staticmethod
    def _paragraph(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _show_confirm(self) -> None:
        if self.chosen is not None:
            what = self.tr(
                "The backup made on {when} ({kind}) replaces the data you work with now. What "
                "was entered after that moment will not be in the restored data."
            ).format(
                when=date_time_text(self.chosen.created_at),
                kind=backup_kind_text(self.chosen.kind).lower(),
            )
        else:
            what = self.tr(
                "The backup file {file} replaces the data you work with now. It is checked "
                "first; if it is damaged, nothing changes. What was entered after the backup "
                "was made will not be in the restored data."
            ).format(file=str(self.chosen_path))
        self.what_label.setText(what)
        self.kept_label.setText(
            self.tr(
                "Nothing is deleted: the current data is moved into a new folder named "
                '"kept-" followed by today\'s date and time, inside the data folder:\n{folder}\n'
                "It can be put back from there if needed."
            ).format(folder=str(self.data_dir))
        )
        self.steps.setCurrentIndex(1)
        self.next_button.setDefault(False)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def back(self) -> None:
        self.steps.setCurrentIndex(0)
        self.restore_button.setDefault(False)
        self.next_button.setDefault(True)
        self.table.setFocus()

    def on_confirm_step(self) -> bool:
        return self.steps.currentIndex() == 1

    def accept(self) -> None:
        if self.chosen_path is None or not self.on_confirm_step():
            return
        super().accept()
