"""The PDF report for the event's documentation: cover, charts, then every visible card.

Laid out for print: A4, 11 pt DejaVu Sans (embedded), black text, page numbers and the
creation date on every page. Cards are grouped by prompt and then topic, in the order the
station configuration lists them, so the report reads like the sorted paper wall.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station_app.export.common import ExportSource
from station_app.export.pdf_charts import bar_chart
from station_app.export.pdf_fonts import BOLD, REGULAR, register_fonts
from station_app.labels import LabelBook
from station_app.protocol.files import atomic_file
from station_app.statistics import Statistics
from station_app.storage.card_rows import CARD_COLUMNS

MARGIN = 20 * mm
_TEXT = CARD_COLUMNS.index("text")
_CODE = CARD_COLUMNS.index("code")
_CREATED = CARD_COLUMNS.index("created_at")
_DISTRICT = CARD_COLUMNS.index("district_id")
_AGE = CARD_COLUMNS.index("age_group_id")
_SOURCE = CARD_COLUMNS.index("source")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15,
                          textColor=colors.black, alignment=TA_LEFT)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=24, leading=30,
                                spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=14, leading=19, spaceAfter=18),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=17, leading=22,
                             spaceBefore=6, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1,
                             textColor=colors.HexColor("#1f5f8b")),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#444444"), keepWithNext=1),
        "card": ParagraphStyle("card", base, spaceAfter=9, leftIndent=3 * mm),
        "note": ParagraphStyle("note", base, fontSize=10, leading=14,
                               textColor=colors.HexColor("#333333")),
    }


def write_pdf(source: ExportSource, path: Path) -> int:
    """Write the report; returns the number of cards in it."""
    register_fonts()
    styles = _styles()
    stats = source.statistics()
    config = source.config
    made = _local(source.exported_at)
    footer_left = f"{config.event.name} · {config.station.name}"
    footer_right = f"erstellt am {made:%d.%m.%Y, %H:%M} Uhr · Seite {{page}}"

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        y = 11 * mm
        canvas.drawString(MARGIN, y, _fit(canvas, footer_left, 95 * mm))
        canvas.drawRightString(A4[0] - MARGIN, y, footer_right.format(page=doc.page))
        canvas.restoreState()

    story: list[Flowable] = []
    story += _cover(source, stats, styles, made)
    story.append(PageBreak())
    story += _overview(stats, styles, A4[0] - 2 * MARGIN)
    cards = _CardCount()
    story += _card_sections(source, stats, styles, A4[0] - 2 * MARGIN, cards)
    with atomic_file(path) as handle:
        doc = SimpleDocTemplate(
            handle, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=f"Ergebnisbericht – {config.event.name}",
            author=config.station.name, subject=source.scope.describe(), lang="de-DE",
            creator="Beteiligungsstation",
        )
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return cards.count


def _cover(source: ExportSource, stats: Statistics, styles: dict[str, ParagraphStyle],
           made: dt.datetime) -> list[Flowable]:
    config, scope = source.config, source.scope
    span = "–"
    if stats.first_at and stats.last_at:
        first, last = _local(stats.first_at), _local(stats.last_at)
        end = f"{last:%H:%M}" if first.date() == last.date() else f"{last:%d.%m.%Y, %H:%M}"
        span = f"{first:%d.%m.%Y, %H:%M} – {end} Uhr"
    paper = next((t.count for t in stats.by_source if t.id == "paper"), 0)
    rows = [
        ("Veranstaltung", config.event.name),
        ("Datum", f"{config.event.date:%d.%m.%Y}"),
        ("Ort", config.event.venue or "–"),
        ("Station", f"{config.station.name} ({config.station.id})"),
        ("Sitzung", scope.describe()),
        ("Zeitraum der Karten", span),
        ("Karten im Bericht", f"{stats.visible}"),
        ("davon Papierkarten", f"{paper}"),
        ("Ausgeblendete Karten", f"{stats.hidden} (nicht im Bericht enthalten)"),
        ("Erstellt am", f"{made:%d.%m.%Y, %H:%M} Uhr"),
    ]
    body = styles["body"]
    table = Table(
        [[Paragraph(f"<b>{escape(key)}</b>", body), Paragraph(escape(value), body)]
         for key, value in rows],
        colWidths=[55 * mm, A4[0] - 2 * MARGIN - 55 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [
        Spacer(1, 20 * mm),
        Paragraph("Ergebnisbericht", styles["title"]),
        Paragraph(escape(config.event.name), styles["subtitle"]),
        table,
        Spacer(1, 10 * mm),
        Paragraph("Dieser Bericht enthält alle sichtbaren Beteiligungskarten der genannten "
                  "Sitzung(en). Karten, die bei der Moderation ausgeblendet wurden, sind "
                  "nur gezählt, nicht abgedruckt. Kontaktdaten aus dem Mitmachpool sind "
                  "nicht enthalten.", styles["note"]),
    ]


def _overview(stats: Statistics, styles: dict[str, ParagraphStyle],
              width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Überblick", styles["h1"])]
    charts = [("Karten je Frage", stats.by_prompt), ("Karten je Themenfeld", stats.by_topic)]
    if len(stats.by_district) > 1:
        charts.append(("Karten je Stadtbezirk", stats.by_district))
    if len(stats.by_age_group) > 1:
        charts.append(("Karten je Altersgruppe", stats.by_age_group))
    for title, tallies in charts:
        drawing = bar_chart(title, tallies, width)
        story += [CondPageBreak(drawing.height + 10), drawing, Spacer(1, 8 * mm)]
    return story


class _CardCount:
    """Counts cards as the story is laid out (the rows are streamed, not pre-counted)."""

    count = 0


def _card_sections(source: ExportSource, stats: Statistics,
                   styles: dict[str, ParagraphStyle], width: float,
                   counter: _CardCount) -> list[Flowable]:
    labels = source.labels
    story: list[Flowable] = [PageBreak(), Paragraph("Alle Karten", styles["h1"])]
    prompt_counts = {tally.id: tally.count for tally in stats.by_prompt}
    for prompt_id, topics in stats.by_prompt_topic.items():
        total = prompt_counts.get(prompt_id, 0)
        if not total or prompt_id is None:
            continue
        prompt_label = labels.label("prompts", prompt_id)
        story.append(CondPageBreak(60 * mm))
        story.append(Paragraph(f"Frage: {escape(prompt_label)} ({_cards(total)})",
                               styles["h1"]))
        if len(topics) > 1:
            story += [bar_chart("Themenfelder zu dieser Frage", topics, width),
                      Spacer(1, 4 * mm)]
        for topic in topics:
            story.append(Paragraph(f"Themenfeld: {escape(topic.label)} "
                                   f"({_cards(topic.count)})", styles["h2"]))
            for row in source.raw_rows(prompt_id=prompt_id, topic_id=topic.id):
                story += _card(row, labels, styles)
                counter.count += 1
    if counter.count == 0:
        story.append(Paragraph("In diesem Zeitraum sind keine sichtbaren Karten "
                               "eingegangen.", styles["body"]))
    return story


def _card(row: tuple, labels: LabelBook, styles: dict[str, ParagraphStyle]) -> Iterator[Flowable]:
    when = _local(dt.datetime.fromisoformat(row[_CREATED]))
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


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone()


def _fit(canvas: Canvas, text: str, width: float) -> str:
    if canvas.stringWidth(text, REGULAR, 8.5) <= width:
        return text
    while text and canvas.stringWidth(text + "…", REGULAR, 8.5) > width:
        text = text[:-1]
    return text + "…"
