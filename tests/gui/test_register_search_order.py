"""The register's search box on the demo school: "anh" lists whole words first (Anh, Ánh), then
names with "anh" inside a word (Thanh, Mạnh); the box says so in Vietnamese. The name order of
pupils sharing a given name is an option in Cài đặt that re-sorts the list."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QToolTip

from kimbai_desktop.domain.text import NameOrder, fold, name_sort_key
from kimbai_desktop.gui.pages.preferences_section import PreferencesSection
from kimbai_desktop.services.preferences import load_name_order, load_preferences
from tests.gui.helpers import type_text
from tests.gui.test_register_support import make_page, names, settle

pytest_plugins = ("tests.gui.test_register_support",)  # the shared fixtures


def whole_word(name: str, word: str) -> bool:
    return word in fold(name).split()


def test_anh_lists_whole_words_first_and_the_box_says_so(qtbot, principal, worker,
                                                         tmp_path) -> None:
    page = make_page(qtbot, principal, worker, width=1366, height=768)
    help_text = page.filters.search.toolTip()
    assert "không cần gõ dấu" in help_text and "Thanh, Mạnh" in help_text
    assert "một hoặc hai chữ cái" in help_text
    before = page.model._generation
    type_text(page.filters.search, "anh")
    qtbot.waitUntil(lambda: page.model._generation > before, timeout=5_000)
    settle(qtbot, page)
    found = names(page)
    ranks = [0 if whole_word(n, "anh") else 2 for n in found]
    assert ranks == sorted(ranks) and ranks[0] == 0 and ranks[-1] == 2
    first = [n for n in found if whole_word(n, "anh")]
    assert [name_sort_key(n) for n in first] == sorted(name_sort_key(n) for n in first)
    assert any("Ánh" in n for n in first) or any(n.split()[-1] == "Anh" for n in first)
    shots = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    QCoreApplication.processEvents()
    page.grab().save(str(shots / "register-search-anh.png"))
    box = page.filters.search
    QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), box.toolTip(), box)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5_000)
    tip = next(w for w in QApplication.topLevelWidgets()
               if w.metaObject().className() == "QTipLabel" and w.isVisible())
    assert tip.width() < 800  # wrapped, not one line wider than the screen
    tip.grab().save(str(shots / "register-search-tooltip.png"))
    QToolTip.hideText()
    page.clear()


def test_the_name_order_option_re_sorts_the_register(qtbot, principal, worker, tmp_path) -> None:
    page = make_page(qtbot, principal, worker)
    section = PreferencesSection(principal, worker)
    qtbot.addWidget(section)
    section.set_preferences(load_preferences(principal))
    section.saved.connect(lambda _prefs: page.model.reload())  # as the workspace does
    assert section.name_order.currentData() == NameOrder.GIVEN_FAMILY_MIDDLE.value
    section.resize(1000, section.sizeHint().height())
    section.show()
    qtbot.waitExposed(section)
    shots = Path(os.environ.get("KIMBAI_SHOTS_DIR") or tmp_path)
    section.grab().save(str(shots / "settings-name-order.png"))
    section.name_order.setFocus()
    qtbot.keyClick(section.name_order, Qt.Key.Key_Down)
    assert section.save_button.isEnabled()
    before = page.model._generation
    section.save_button.click()
    qtbot.waitUntil(lambda: not section.saving, timeout=15_000)
    assert load_name_order(principal) == NameOrder.GIVEN_MIDDLE_FAMILY
    qtbot.waitUntil(lambda: page.model._generation > before, timeout=5_000)
    settle(qtbot, page)
    keys = [name_sort_key(n, NameOrder.GIVEN_MIDDLE_FAMILY) for n in names(page)]
    assert keys == sorted(keys)
    page.clear()
