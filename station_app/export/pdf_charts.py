"""Horizontal bar charts for the report, sized to stay legible on a printed A4 page.

Horizontal bars because the labels are long German phrases ("Bildung, Teilhabe und
Gesundheit"); they are wrapped onto two lines at most and drawn left of the bars.
"""

from __future__ import annotations

import textwrap

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from station_app.export.pdf_fonts import BOLD, REGULAR
from station_app.statistics import Tally

BAR_COLOUR = colors.HexColor("#1f5f8b")
"""Dark enough to print well in greyscale, and distinct from black text."""
ROW_HEIGHT = 26
LABEL_WIDTH = 190
LABEL_CHARS = 30


def bar_chart(title: str, tallies: list[Tally], width: float,
              max_height: float | None = None) -> Drawing:
    """A titled chart with one bar per tally and the count at the end of each bar.

    Rows are ``ROW_HEIGHT`` apart, closer only if the chart would otherwise be taller than
    ``max_height`` (a configuration with very many choices), so it always fits a page."""
    rows = max(1, len(tallies))
    row_height = ROW_HEIGHT
    if max_height is not None and rows * row_height + 48 > max_height:
        row_height = max(8.0, (max_height - 48) / rows)
    height = rows * row_height + 48
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 16, title, fontName=BOLD, fontSize=13))
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = 18
    chart.width = width - LABEL_WIDTH - 40
    chart.height = rows * row_height
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    ordered = list(reversed(tallies)) or [Tally(None, "keine Karten", 0)]
    chart.data = [[tally.count for tally in ordered]]
    chart.categoryAxis.categoryNames = [_wrap(tally.label) for tally in ordered]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 10
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.labels.leading = 11
    chart.categoryAxis.strokeColor = colors.black
    top = max((tally.count for tally in ordered), default=0)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, top) * 1.1
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 10
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    chart.barWidth = 10
    drawing.add(chart)
    return drawing


def _wrap(label: str) -> str:
    lines = textwrap.wrap(label, LABEL_CHARS) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARS, placeholder="…")]
    return "\n".join(lines)


def _step(top: int) -> int:
    """A round axis step giving at most about six grid labels."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1, top // 5)
