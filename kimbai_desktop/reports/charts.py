"""Charts for documents (reportlab.graphics), drawn in the document's own font so that nothing
falls back to Helvetica, in greys that print well in black and white: bars per category, bars
per category and group (men and women) with a legend, and progress towards targets in %."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from kimbai_desktop.reports.styles import FONT, FONT_BOLD, register_fonts, text_width
from kimbai_desktop.reports.text import percent

BAR_COLOUR = colors.Color(0.35, 0.35, 0.35)  # prints well in black and white
SERIES_COLOURS = (colors.Color(0.25, 0.25, 0.25), colors.Color(0.62, 0.62, 0.62),
                  colors.Color(0.85, 0.85, 0.85))
LABEL_SIZE = 11
TITLE_SIZE = 12


def _axis_step(top: float) -> int:
    """A round step (1, 2, 5, 10, 20, 50 ...) giving at most six intervals up to ``top``: an
    axis reads 0/50/100/150 ..., never 0/58/116/174."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if top / step <= 6:
                return step
        magnitude *= 10


def _axis_max(top: float) -> int:
    """The end of the axis: the first round step past ``top`` with room for the bar's label."""
    step = _axis_step(top)
    return step * (int(top * 1.08) // step + 1)


def _count_label(value: float) -> str:
    """Bar-end label: the count, nothing for an empty bar (a row of zeros is only clutter)."""
    return "" if not value else f"{int(value)}"


def _chart(labels: Sequence[str], width: float, plot_h: float, bottom: float,
           label_w: float) -> HorizontalBarChart:
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, bottom
    chart.width, chart.height = width - label_w - 30, plot_h
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 1
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE - 1
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    return chart


def _title(d: Drawing, width: float, height: float, title: str) -> None:
    if title:
        d.add(String(width / 2, height - 12, title, fontName=FONT_BOLD, fontSize=TITLE_SIZE,
                     textAnchor="middle"))


def bar_chart(counts: Sequence[tuple[str, float]], width: float, *, title: str = "",
              bar_height: float = 16, value_max: float | None = None,
              label_format: str | Callable[[float], str] = "%d",
              axis_format: str = "%d") -> Drawing:
    """Horizontal bars, one per (label, count), labels on the left and counts at the bar ends.
    ``value_max`` fixes the scale (100 for percentages)."""
    register_fonts()
    labels = [label for label, _ in counts] or ["—"]
    values = [n for _, n in counts] or [0]
    label_w = min(max(text_width(x, FONT, LABEL_SIZE) for x in labels) + 8, width * 0.5)
    title_h = 18 if title else 0
    plot_h = bar_height * len(labels) * 1.4
    height = plot_h + title_h + 22
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=LABEL_SIZE)
    chart = _chart(labels, width, plot_h, 16, label_w)
    chart.data = [list(reversed(values))]  # reportlab draws the first category at the bottom
    top = max(values) if max(values) > 0 else 1
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
        chart.valueAxis.valueStep = value_max / 5
    else:
        chart.valueAxis.valueMax = _axis_max(top)
        chart.valueAxis.valueStep = _axis_step(top)
    chart.valueAxis.labelTextFormat = axis_format
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _count_label if label_format == "%d" else label_format
    d.add(chart)
    _title(d, width, height, title)
    d.hAlign = "CENTER"
    return d


def grouped_bar_chart(categories: Sequence[str],
                      series: Sequence[tuple[str, Sequence[int]]], width: float, *,
                      title: str = "", bar_height: float = 11) -> Drawing:
    """Horizontal bars per category, one bar for each group of ``series`` ((name, values), at
    most three), with a legend under the chart."""
    register_fonts()
    labels = list(categories) or ["—"]
    groups = [(name, list(values)) for name, values in series][:len(SERIES_COLOURS)]
    top = max((v for _, values in groups for v in values), default=0) or 1
    label_w = min(max(text_width(x, FONT, LABEL_SIZE) for x in labels) + 8, width * 0.5)
    title_h = 18 if title else 0
    legend_h = 20
    plot_h = bar_height * len(labels) * (len(groups) + 0.8)
    height = plot_h + title_h + legend_h + 24
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=LABEL_SIZE)
    chart = _chart(labels, width, plot_h, 16 + legend_h, label_w)
    chart.data = [list(reversed(values)) for _, values in reversed(groups)]
    chart.valueAxis.valueMax = _axis_max(top)
    chart.valueAxis.valueStep = _axis_step(top)
    chart.valueAxis.labelTextFormat = "%d"
    chart.barLabelFormat = _count_label
    chart.groupSpacing = bar_height * 0.8
    for i, _group in enumerate(reversed(groups)):  # the first group is drawn on top
        chart.bars[i].fillColor = SERIES_COLOURS[len(groups) - 1 - i]
        chart.bars[i].strokeColor = colors.Color(0.2, 0.2, 0.2)
        chart.bars[i].strokeWidth = 0.3
    d.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, LABEL_SIZE - 1
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = max(text_width(n, FONT, LABEL_SIZE - 1) for n, _ in groups) + 28
    legend.dxTextSpace, legend.dx, legend.dy = 5, 10, 8
    legend.strokeColor = colors.Color(0.2, 0.2, 0.2)
    legend.strokeWidth = 0.3
    legend.colorNamePairs = [(SERIES_COLOURS[i], name) for i, (name, _) in enumerate(groups)]
    legend.boxAnchor = "nw"
    legend.x, legend.y = label_w, 14
    d.add(legend)
    _title(d, width, height, title)
    d.hAlign = "CENTER"
    return d


def progress_chart(progress: Sequence[tuple[str, float]], width: float, *,
                   title: str = "") -> Drawing:
    """Each target's progress in % (0-100) with a line at 100 %."""
    d = bar_chart(progress, width, title=title, value_max=100, label_format=percent,
                  axis_format="%d%%")
    chart = next(c for c in d.contents if isinstance(c, HorizontalBarChart))
    x = chart.x + chart.width
    d.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=colors.black,
               strokeWidth=0.8, strokeDashArray=(3, 2)))
    return d
