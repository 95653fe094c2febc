"""The overview's "first steps" checklist for a new school: import the class lists, add the
staff accounts, set the year's targets, keep the recovery key, back up. Each step says whether
it is done (icon and words, not colour alone) and has a button to the page or dialog that does
it; the checklist goes away once every step is done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.services.first_steps import FirstSteps, Step

DONE_COLOUR = "#1b6e2a"


class FirstStepsPanel(QFrame):
    """``step_requested(Step)`` asks the window to open what does that step."""

    step_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.steps: FirstSteps | None = None
        texts = {
            Step.CLASS_LISTS: (self.tr("Import the class lists from Excel"),
                               self.tr("&Import the class lists...")),
            Step.STAFF_ACCOUNTS: (self.tr("Add an account for each member of staff who uses "
                                          "the program"),
                                  self.tr("Add &accounts...")),
            Step.TARGETS: (self.tr("Set the year's training and awareness targets"),
                           self.tr("Set the &targets...")),
            Step.RECOVERY_KEY: (self.tr("Print the recovery key and keep it locked away"),
                                self.tr("Print the &key...")),
            Step.BACKUP: (self.tr("Keep the daily backup on and copy a backup to a USB drive"),
                          self.tr("&Back up...")),
        }
        self.title = heading_label(self.tr("First steps"), self, 1.1)
        self.intro = hint_label(
            self.tr("A few things to do once, at the start. This list goes away when all are "
                    "done."), self)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.icons: dict[Step, QLabel] = {}
        self.labels: dict[Step, QLabel] = {}
        self.texts = {step: text for step, (text, _button) in texts.items()}
        self.buttons: dict[Step, QPushButton] = {}
        for row, (step, (text, button_text)) in enumerate(texts.items()):
            icon = QLabel(self)
            label = QLabel(text, self)
            label.setWordWrap(True)
            button = QPushButton(button_text, self)
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            grid.addWidget(icon, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 2)
            self.icons[step], self.labels[step], self.buttons[step] = icon, label, button
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        self.setVisible(False)

    def show_steps(self, steps: FirstSteps | None) -> None:
        """Show which steps are done; hidden for a user who does not set up the school and
        once everything is done."""
        self.steps = steps
        if steps is None or steps.all_done:
            self.setVisible(False)
            return
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        for step, done in steps.done:
            kind = (QStyle.StandardPixmap.SP_DialogApplyButton if done
                    else QStyle.StandardPixmap.SP_ArrowRight)
            self.icons[step].setPixmap(self.style().standardIcon(kind).pixmap(size, size))
            self.icons[step].setAccessibleName(self.tr("Done") if done else self.tr("To do"))
            label = self.labels[step]
            font = label.font()
            font.setStrikeOut(done)
            label.setFont(font)
            label.setStyleSheet(f"color: {DONE_COLOUR};" if done else "")
            text = self.texts[step]
            label.setText(self.tr("{step}: done").format(step=text) if done else text)
            self.buttons[step].setVisible(not done)
        self.setVisible(True)

    def done_steps(self) -> list[Step]:
        return [step for step, done in (self.steps.done if self.steps else ()) if done]

    def focus_first(self) -> None:
        for button in self.buttons.values():
            if button.isVisible():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
