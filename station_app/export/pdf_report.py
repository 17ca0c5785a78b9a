"""The PDF report a city hands to its council: title page, overview charts, every card.

Laid out for print: A4, 11 pt DejaVu Sans (embedded), black text, German throughout, a
footer with "Seite x von y" and the creation date on every page (``pdf_pages``). Cards are
grouped by prompt and then topic, in the order the station configuration lists them, so
the report reads like the sorted paper wall.

Only the title page ends with a page break. Everything after it flows: a heading moves to
the next page together with the start of what it introduces (a chart, or the first lines
of a card), and a long card may continue on the next page, so no page is left mostly
empty before the last one.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from station_app.export.common import ExportSource
from station_app.export.pdf_charts import bar_chart
from station_app.export.pdf_fonts import register_fonts
from station_app.export.pdf_pages import (
    BOTTOM_MARGIN,
    FRAME_HEIGHT,
    MARGIN,
    TEXT_WIDTH,
    Footer,
    PagedCanvas,
)
from station_app.export.pdf_styles import report_styles
from station_app.export.pdf_title import title_page
from station_app.labels import LabelBook
from station_app.protocol.files import atomic_file
from station_app.statistics import Statistics, Tally
from station_app.storage.card_rows import CARD_COLUMNS

CHART_GAP = 6 * mm
_TEXT = CARD_COLUMNS.index("text")
_CODE = CARD_COLUMNS.index("code")
_CREATED = CARD_COLUMNS.index("created_at")
_DISTRICT = CARD_COLUMNS.index("district_id")
_AGE = CARD_COLUMNS.index("age_group_id")
_SOURCE = CARD_COLUMNS.index("source")


def write_pdf(source: ExportSource, path: Path) -> int:
    """Write the report; returns the number of cards in it."""
    register_fonts()
    styles = report_styles()
    stats = source.statistics()
    config = source.config
    made = source.exported_at.astimezone()
    story = title_page(source, stats, styles, made, TEXT_WIDTH)
    flow = _Flow(styles)
    if stats.visible:
        story.append(PageBreak())
        _overview(flow, stats)
        _card_sections(flow, source, stats)
    story += flow.finish()
    footer = Footer(f"{config.event.name} · {config.station.name}", made)
    with atomic_file(path) as handle:
        doc = SimpleDocTemplate(
            handle, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=BOTTOM_MARGIN, title=f"Ergebnisbericht – {config.event.name}",
            author=config.station.name, subject=source.scope.describe(), lang="de-DE",
            creator="Beteiligungsstation",
        )
        doc.build(story, canvasmaker=functools.partial(PagedCanvas, footer=footer))
    return flow.cards


class _Flow:
    """The story after the title page, with headings held until their first content.

    A heading is never added alone: it waits for the content it introduces, and a
    ``CondPageBreak`` before the pair moves both to the next page when the rest of this
    one cannot hold the headings plus the first part of the content.
    """

    CARD_START = 11 + 3 * 15 + 3
    """A card's details line and three lines of its text (11 pt and 15 pt leading): a
    text of up to three lines is never split (no single line alone on either page), a
    longer one is split after two lines or more, so the details never end a page."""

    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self.styles = styles
        self.story: list[Flowable] = []
        self.cards = 0
        self._headings: list[Paragraph] = []
        self._headings_height = 0.0

    def heading(self, text: str, style: str) -> None:
        paragraph = Paragraph(text, self.styles[style])
        self._headings.append(paragraph)
        self._headings_height += (paragraph.wrap(TEXT_WIDTH, FRAME_HEIGHT)[1]
                                  + paragraph.getSpaceBefore() + paragraph.getSpaceAfter())

    def content(self, flowables: list[Flowable], start_height: float) -> None:
        """Add ``flowables``, of which the first ``start_height`` points must stay with the
        headings before them."""
        need = min(self._headings_height + start_height, FRAME_HEIGHT * 0.6)
        self.story.append(CondPageBreak(need))
        self.story += self._headings
        self.story += flowables
        self._headings, self._headings_height = [], 0.0

    def chart(self, title: str, tallies: list[Tally]) -> None:
        """A chart is one block: with its headings it moves to the next page as a whole."""
        drawing = bar_chart(title, tallies, TEXT_WIDTH, FRAME_HEIGHT - self._headings_height)
        self.story.append(KeepTogether([*self._headings, drawing]))
        self.story.append(Spacer(1, CHART_GAP))
        self._headings, self._headings_height = [], 0.0

    def card(self, row: tuple, labels: LabelBook) -> None:
        self.content(list(_card(row, labels, self.styles)), self.CARD_START)
        self.cards += 1

    def finish(self) -> list[Flowable]:
        """The story, with any heading that found no content after all."""
        return self.story + self._headings


def _overview(flow: _Flow, stats: Statistics) -> None:
    flow.heading("Überblick", "chapter")
    flow.chart("Karten je Frage", stats.by_prompt)
    flow.chart("Karten je Themenfeld", stats.by_topic)
    # The age groups before the (taller) districts: both then fit on two pages.
    if len(stats.by_age_group) > 1:
        flow.chart("Karten je Altersgruppe", stats.by_age_group)
    if len(stats.by_district) > 1:
        flow.chart("Karten je Stadtbezirk", stats.by_district)


def _card_sections(flow: _Flow, source: ExportSource, stats: Statistics) -> None:
    labels = source.labels
    flow.heading("Die Karten nach Frage und Themenfeld", "chapter")
    prompt_counts = {tally.id: tally.count for tally in stats.by_prompt}
    for prompt_id, topics in stats.by_prompt_topic.items():
        total = prompt_counts.get(prompt_id, 0)
        if not total or prompt_id is None:
            continue
        prompt_label = labels.label("prompts", prompt_id)
        flow.heading(f"Frage: {escape(prompt_label)} ({_cards(total)})", "h1")
        if len(topics) > 1:
            flow.chart("Themenfelder zu dieser Frage", topics)
        for topic in topics:
            flow.heading(f"Themenfeld: {escape(topic.label)} ({_cards(topic.count)})", "h2")
            for row in source.raw_rows(prompt_id=prompt_id, topic_id=topic.id):
                flow.card(row, labels)


def _card(row: tuple, labels: LabelBook,
          styles: dict[str, ParagraphStyle]) -> Iterator[Flowable]:
    when = dt.datetime.fromisoformat(row[_CREATED]).astimezone()
    details = [row[_CODE], f"{when:%d.%m.%Y, %H:%M} Uhr"]
    if row[_DISTRICT]:
        details.append(labels.label("districts", row[_DISTRICT]))
    if row[_AGE]:
        details.append(labels.label("age_groups", row[_AGE]))
    details.append(labels.source(row[_SOURCE]))
    yield Paragraph(escape(" · ".join(details)), styles["meta"])
    yield Paragraph(escape(row[_TEXT]).replace("\n", "<br/>"), styles["card"])


def _cards(count: int) -> str:
    return "1 Karte" if count == 1 else f"{count} Karten"
