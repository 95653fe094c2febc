"""Launch loads only what the unlock dialog needs (issue 20, point 1): the pages, the reports,
Excel, the PDF renderer, Word and Alembic are imported when first used, after sign-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import make_school

NOT_AT_LAUNCH = [
    "alembic", "reportlab", "openpyxl", "python_calamine", "pypdfium2", "docx", "holidays",
    "kimbai_desktop.gui.main_window", "kimbai_desktop.gui.workspace", "kimbai_desktop.gui.pages",
    "kimbai_desktop.gui.setup_wizard", "kimbai_desktop.reports", "kimbai_desktop.services.documents",
    "kimbai_desktop.services.excel_export", "kimbai_desktop.services.excel_import",
]

# Runs the real main() and, once the unlock dialog is on screen, writes the loaded modules.
PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kimbai_desktop import app as kapp
from kimbai_desktop.gui.unlock_dialog import UnlockDialog

def look():
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog)
             and w.isVisible()]
    if not shown:
        QTimer.singleShot(20, look)
        return
    with open(sys.argv[2], "w") as out:
        json.dump(sorted(sys.modules), out)
    QApplication.instance().exit(0)

app = QApplication(sys.argv[:1])
QTimer.singleShot(0, look)
sys.exit(kapp.main(["--data-dir", sys.argv[1]]))
"""


def test_the_unlock_dialog_imports_no_page_report_excel_pdf_or_alembic(data_dir: Path,
                                                                        tmp_path: Path) -> None:
    make_school(data_dir)
    out = tmp_path / "modules.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIMBAI_LANG="vi")
    subprocess.run([sys.executable, "-c", PROBE, str(data_dir), str(out)], env=env, check=True,
                   timeout=120)
    loaded = json.loads(out.read_text(encoding="utf-8"))
    early = sorted({name for name in loaded for heavy in NOT_AT_LAUNCH
                    if name == heavy or name.startswith(heavy + ".")})
    assert early == []
