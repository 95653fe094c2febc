"""Qt's own print dialog on Linux speaks Vietnamese: the main dialog, its Options tabs and the
Properties dialog, through the entries of ``gui/qt_strings.py`` (Qt ships no Vietnamese)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from tests.gui.helpers import tr

MAIN = [
    ("QPrintWidget", "Printer"),
    ("QPrintWidget", "&Name:"),
    ("QPrintWidget", "P&roperties"),
    ("QPrintWidget", "Location:"),
    ("QPrintWidget", "Type:"),
    ("QPrintWidget", "Output &file:"),
    ("QPrintDialog", "Print to File (PDF)"),
    ("QPrintDialog", "Local file"),
    ("QPrintDialog", "Write PDF file"),
    ("QPrintDialog", "&Print"),
    ("QPlatformTheme", "Cancel"),
]
OPTIONS = [
    ("QPrintDialog", "&Options <<"),
    ("QPrintSettingsOutput", "Copies"),
    ("QPrintSettingsOutput", "Options"),
    ("QPrintSettingsOutput", "Print range"),
    ("QPrintSettingsOutput", "Print all"),
    ("QPrintSettingsOutput", "Pages from"),
    ("QPrintSettingsOutput", "Output Settings"),
    ("QPrintSettingsOutput", "Copies:"),
    ("QPrintSettingsOutput", "Collate"),
    ("QPrintSettingsOutput", "Reverse"),
    ("QPrintSettingsOutput", "Double Sided Printing"),
    ("QPrintSettingsOutput", "Off"),
    ("QPrintSettingsOutput", "Long side binding"),
    ("QPrintSettingsOutput", "Short side binding"),
    ("QPrintSettingsOutput", "Color Mode"),
    ("QPrintSettingsOutput", "Color"),
    ("QPrintSettingsOutput", "Grayscale"),
]
PROPERTIES = [
    ("QPrintPropertiesDialog", "Printer Properties"),
    ("QPrintPropertiesDialog", "Job Options"),
    ("QPrintPropertiesWidget", "Page"),
    ("QPrintPropertiesWidget", "Advanced"),
    ("QPageSetupWidget", "Paper"),
    ("QPageSetupWidget", "Page size:"),
    ("QPageSetupWidget", "Orientation"),
    ("QPageSetupWidget", "Portrait"),
    ("QPageSetupWidget", "Landscape"),
    ("QPageSetupWidget", "Margins"),
    ("QPageSetupWidget", "Page Layout"),
    ("QPageSetupWidget", "Pages &per sheet:"),
    ("QPageSetupWidget", "Page &order:"),
    ("QPageSetupWidget", "Millimeters (mm)"),
    ("QPrintDialog", "Left to Right, Top to Bottom"),
    ("QPageSize", "Envelope DL"),
    ("QPlatformTheme", "OK"),
]


def shown_texts(root: QWidget) -> set[str]:
    """What the user reads in ``root``: its title, visible labels, buttons, group boxes, tabs and
    the items of visible lists, tab by tab (switching tabs shows each one)."""
    texts = {root.windowTitle()}
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            texts.add(tabs.tabText(i))
            QApplication.processEvents()
            for widget in root.findChildren(QWidget):
                if not widget.isVisible():
                    continue
                if isinstance(widget, QLabel):
                    texts.add(widget.text())
                elif isinstance(widget, QAbstractButton):
                    texts.add(widget.text())
                elif isinstance(widget, QGroupBox):
                    texts.add(widget.title())
                elif isinstance(widget, QComboBox):
                    texts.update(widget.itemText(j) for j in range(widget.count()))
        tabs.setCurrentIndex(0)
    return texts - {""}


def expected(keys: list[tuple[str, str]]) -> set[str]:
    return {tr(context, source) for context, source in keys}


def test_print_dialog_and_properties_are_vietnamese(qtbot) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # outlives the dialog
    dialog = QPrintDialog(printer)
    dialog.show()  # non-modal: the app uses exec(), which would block the test
    qtbot.waitExposed(dialog)

    # The collapsed dialog: printer, location, type, output file, the buttons.
    assert tr("QPrintDialog", "Print") == dialog.windowTitle() == "In"
    main = shown_texts(dialog)
    assert expected(MAIN + [("QPrintDialog", "&Options >>")]) <= main, main
    assert {"Printer", "Properties", "Location:", "Options >>"}.isdisjoint(
        t.replace("&", "") for t in main
    )

    # "Options >>" shows the Copies and Options tabs.
    buttons = dialog.findChild(QDialogButtonBox)
    (options,) = [
        b
        for b in buttons.buttons()
        if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.ResetRole
    ]
    options.click()
    qtbot.waitUntil(lambda: options.text() == tr("QPrintDialog", "&Options <<"))
    both = shown_texts(dialog)
    assert expected(MAIN + OPTIONS) <= both, both
    assert {"Copies", "Print range", "Collate", "Double Sided Printing", "Grayscale"}.isdisjoint(
        both
    )

    # "Properties" opens a modal dialog (exec()): read it from a timer, then close it.
    seen: dict[str, set[str]] = {}

    def read_properties() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget is not dialog and widget.isVisible():
                try:
                    seen["texts"] = shown_texts(widget)
                finally:
                    widget.reject()

    QTimer.singleShot(0, read_properties)
    dialog.findChild(QPushButton, "properties").click()
    properties = seen["texts"]
    assert expected(PROPERTIES) <= properties, properties
    assert {"Paper", "Orientation", "Portrait", "Margins", "Job Options"}.isdisjoint(properties)

    dialog.reject()
    dialog.deleteLater()
    QApplication.processEvents()
