"""The preview itself: PDFium pages at the asked resolution, zoom that renders again sharp, and
printing that waits for the preview of the last edit (what prints is what is shown)."""

from __future__ import annotations

from kimbai_desktop.gui.reports.preview import PreviewView, render_pages, to_image
from kimbai_desktop.reports.catalogue import ReportKind
from tests.gui.helpers import type_text
from tests.gui.test_reports_page import demo_template, idle, open_as, previewed, show  # noqa: F401
from tests.reports.pdftools import needs_poppler

pytestmark = needs_poppler


def test_pages_render_at_the_asked_resolution(qtbot, worker, open_as):  # noqa: F811
    page = show(qtbot, worker, open_as())
    pages = render_pages(page.current.pdf, 72)
    assert len(pages) == page.preview.page_count()
    assert pages[0].width in (595, 596) and pages[0].height == 842  # A4 in points, rounded up
    image = to_image(pages[0])
    assert image.width() == pages[0].width and image.pixelColor(5, 5).lightness() == 255  # white margin


def test_zooming_renders_again_at_the_new_resolution(qtbot, worker, open_as):  # noqa: F811
    page = show(qtbot, worker, open_as())
    sharp = lambda: abs(page.preview.rendered_dpi - page.preview.wanted_dpi()) <= 1  # noqa: E731
    qtbot.waitUntil(sharp, timeout=20_000)  # the fit to width settles after the first pages
    before = page.preview.rendered_dpi
    page.preview.zoom_in()
    page.preview.zoom_in()
    qtbot.waitUntil(sharp, timeout=20_000)
    assert page.preview.rendered_dpi > before
    assert page.zoom_label.text() == f"{round(page.preview.zoom * 100)} %"
    assert page.preview.horizontalScrollBar().isVisible()  # 150 % is wider than the view
    page.preview.fit_width()
    qtbot.waitUntil(lambda: not page.preview.horizontalScrollBar().isVisible(), timeout=5_000)
    assert page.preview.fit


def test_nothing_prints_until_the_last_edit_is_previewed(qtbot, worker, open_as):  # noqa: F811
    page = show(qtbot, worker, open_as())
    assert page.print_button.isEnabled()
    type_text(page.params.text, "\n- Một ý thêm của nhà trường.", replace=False)
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    previewed(qtbot, worker, page)
    assert page.print_button.isEnabled()
    from tests.reports import pdftools

    assert "Một ý thêm của nhà trường." in pdftools.text(page.current.pdf)


def test_custom_dates_are_checked_beside_the_field(qtbot, worker, open_as):  # noqa: F811
    page = show(qtbot, worker, open_as())
    page.params.set_preset("custom")
    assert page.params.date_from.isEnabled()
    type_text(page.params.date_from.edit, "31/13/2024")
    page.params.date_from.edited.emit()
    previewed(qtbot, worker, page)
    assert page.current is None and page.params.period_error.message()
    type_text(page.params.date_from.edit, "01/10/2024")
    type_text(page.params.date_to.edit, "31/10/2024")
    page.params.date_to.edited.emit()
    previewed(qtbot, worker, page)
    assert page.current is not None and not page.params.period_error.message()
    assert page.current.prepared.file_name() == "bao-cao-dot-xuat-2024-10-01-2024-10-31.pdf"
    page.choose(ReportKind.TRAINING)
    previewed(qtbot, worker, page)
    assert page.current.prepared.file_name() == "bao-cao-tap-huan-2024-10-01-2024-10-31.pdf"
    idle(qtbot, worker)


def test_a_preview_view_alone_shows_a_message(qtbot):
    view = PreviewView()
    qtbot.addWidget(view)
    view.show_message("Chọn hồ sơ vụ việc.")
    assert view.page_count() == 0 and not view.message.isHidden()
    assert view.message.text() == "Chọn hồ sơ vụ việc."
