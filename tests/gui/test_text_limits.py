"""Limits shown before saving: a counter near the limit of a long text, one-line fields that stop
at their maximum, a refused save that says the limit and keeps every typed character; "busy"."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.enums import AbuseForm
from kimbai_desktop.domain.errors import DatabaseBusy
from kimbai_desktop.gui import messages
from kimbai_desktop.gui.cases.common import set_combo_data
from kimbai_desktop.gui.pages.concerns_page import ConcernsPage
from kimbai_desktop.gui.text_limits import counter_of
from kimbai_desktop.services.cases import my_concerns
from tests.gui.helpers import tr, type_text
from tests.gui.test_cases_support import (  # noqa: F401
    TIMEOUT,
    clock,
    demo,
    show,
    sign_in,
)


def test_a_too_long_concern_is_refused_with_the_limit_and_nothing_typed_is_lost(
        qtbot, worker, sign_in) -> None:
    teacher = sign_in("giaovien")
    before = len(my_concerns(teacher))
    page = show(qtbot, ConcernsPage(teacher, worker), 1126, 760)
    qtbot.waitUntil(lambda: not page.loading, timeout=TIMEOUT)
    form = page.form
    counter = counter_of(form.what)
    assert counter is not None
    type_text(form.child_name, "Lê Văn Tèo, 4A")
    set_combo_data(form.kind, AbuseForm.SCHOOL_VIOLENCE)
    type_text(form.what, "Em kể rằng bị đánh. " * 500)  # 10,000 characters: far from the limit
    assert counter.text_shown() == ""
    typed = "Em kể rằng bị đánh. " * 1_000 + "Hết."  # 20,004 characters
    form.what.clear()
    type_text(form.what, typed)
    assert counter.text_shown() == tr("LimitCounter", "Too long: {length} / {limit} characters") \
        .format(length="20.004", limit="20.000")
    if os.environ.get("KIMBAI_SHOTS"):
        page.grab().save(str(Path(os.environ["KIMBAI_SHOTS"]) / "concern-too-long-typing.png"))

    form.send()
    qtbot.waitUntil(lambda: not form.busy, timeout=TIMEOUT)
    assert form.field_error("summary") == tr(
        "Errors", "The text is longer than {limit} characters (now {length}). Shorten it or "
        "split it into several entries.").format(limit="20.000", length="20.004")
    assert form.what.text() == typed  # nothing lost
    assert len(my_concerns(teacher)) == before  # nothing saved
    if os.environ.get("KIMBAI_SHOTS"):
        page.grab().save(str(Path(os.environ["KIMBAI_SHOTS"]) / "concern-too-long-refused.png"))

    form.what.setFocus()
    form.what.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(4):
        qtbot.keyClick(form.what, Qt.Key.Key_Backspace)
    assert len(form.what.text()) == 20_000
    assert "20.000 / 20.000" in counter.text_shown()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        form.send()
    assert len(my_concerns(teacher)) == before + 1


def test_one_line_fields_stop_at_their_limit(qtbot, worker, sign_in) -> None:
    teacher = sign_in("giaovien")
    page = show(qtbot, ConcernsPage(teacher, worker))
    assert page.form.child_name.maxLength() == limits.NAME.max_chars
    assert page.form.place_detail.maxLength() == limits.SHORT.max_chars
    type_text(page.form.child_name, "Nguyễn " * 30)
    assert len(page.form.child_name.text()) == limits.NAME.max_chars


def test_busy_is_shown_in_plain_words() -> None:
    messages.show_error(None, DatabaseBusy())
    kind, _title, text = messages.history[-1]
    assert kind == "critical"
    assert text == tr("Errors", DatabaseBusy.message)
    assert text.startswith("Cơ sở dữ liệu đang bận") and "thử lại" in text
