"""Charts for documents (reportlab.graphics), drawn in the document's own font so that nothing
falls back to Helvetica. Used by the statistics sheet; the periodic report will reuse them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from kimbai_desktop.reports.styles import FONT, FONT_BOLD, register_fonts, text_width

BAR_COLOUR = colors.Color(0.35, 0.35, 0.35)  # prints well in black and white
LABEL_SIZE = 11


def bar_chart(counts: Sequence[tuple[str, int]], width: float, *, title: str = "",
              bar_height: float = 16) -> Drawing:
    """Horizontal bars, one per (label, count), labels on the left and counts at the bar ends."""
    register_fonts()
    labels = [label for label, _ in counts] or ["—"]
    values = [n for _, n in counts] or [0]
    label_w = min(max(text_width(x, FONT, LABEL_SIZE) for x in labels) + 8, width * 0.5)
    title_h = 18 if title else 0
    plot_h = bar_height * len(labels) * 1.4
    height = plot_h + title_h + 22
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=LABEL_SIZE)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 16
    chart.width, chart.height = width - label_w - 24, plot_h
    chart.data = [list(reversed(values))]  # reportlab draws the first category at the bottom
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 1
    chart.valueAxis.valueMin = 0
    top = max(values) if max(values) > 0 else 1
    chart.valueAxis.valueMax = top + max(1, top // 10)
    chart.valueAxis.valueStep = max(1, (top + 4) // 5)
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    if title:
        d.add(String(width / 2, height - 12, title, fontName=FONT_BOLD, fontSize=12,
                     textAnchor="middle"))
    return d
