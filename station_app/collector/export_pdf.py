"""The collector's PDF report (reportlab): the results of one event or of all, for print.

A4, German, DejaVu Sans embedded so umlauts, ß and every other script print as written
(as in the station's report). What it holds, in this order:

1. what the report covers: the event(s), the stations, how many cards it holds and how
   many hidden or withdrawn ones it leaves out, when it was made;
2. per event, the cards per prompt, per topic and per district;
3. the groups with the number of their cards and their answers;
4. every card of the report with its status, its group and the answer shown for it.

Times are Dortmund's (Europe/Berlin). Mitmachpool contacts are never in it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station_app.collector.export_fonts import BOLD, REGULAR, register_fonts
from station_app.collector.export_rows import BY_TIME, ExportSnapshot, Tally
from station_app.collector.pages import TIME_ZONE
from station_app.protocol.export_columns import SOURCE_LABELS
from station_app.protocol.files import atomic_file

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#999999")
TALLY_KINDS = (("prompt", "Karten je Frage"), ("topic", "Karten je Themenfeld"),
               ("district", "Karten je Stadtbezirk"))
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=22, leading=28,
                                spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=13, leading=18, spaceAfter=10),
        "h1": ParagraphStyle("h1", body, fontName=BOLD, fontSize=16, leading=21,
                             spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=12.5, leading=17,
                             spaceBefore=8, spaceAfter=4, textColor=ACCENT, keepWithNext=1),
        "meta": ParagraphStyle("meta", body, fontSize=8.5, leading=11.5,
                               textColor=colors.HexColor("#333333"), keepWithNext=1),
        "card": ParagraphStyle("card", body, leftIndent=3 * mm, spaceAfter=2),
        "answer": ParagraphStyle("answer", body, leftIndent=8 * mm, fontSize=10, leading=14,
                                 textColor=colors.HexColor("#1b2227"), spaceAfter=2),
        "note": ParagraphStyle("note", body, fontSize=9.5, leading=13,
                               textColor=colors.HexColor("#333333")),
    }


def _text(value: Any) -> str:
    """A typed text as paragraph markup: escaped, line breaks kept."""
    return escape(_CONTROL.sub("", str(value))).replace("\n", "<br/>")


def _when(iso: str, with_time: bool = True) -> str:
    moment = dt.datetime.fromisoformat(iso).astimezone(TIME_ZONE)
    return f"{moment:%d.%m.%Y, %H:%M} Uhr" if with_time else f"{moment:%d.%m.%Y}"


def _cards(count: int) -> str:
    return "1 Karte" if count == 1 else f"{count} Karten"


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # German thousands: 2.000


MAX_LISTED = 2_000
"""Cards listed one by one (about 200 pages); the figures and groups always cover all."""


def write_pdf(snapshot: ExportSnapshot, path: Path, made: dt.datetime) -> int:
    """Write the report; returns the number of cards listed in it."""
    register_fonts()
    styles = _styles()
    events = snapshot.events()
    chosen = snapshot.filter.event
    if chosen:
        found = next((e for e in events if e.key == chosen), None)
        title = found.name if found and found.name else chosen
    else:
        title = "Alle Veranstaltungen"
    story: list[Flowable] = [
        Paragraph("Ergebnisbericht der Sammelstelle", styles["subtitle"]),
        Paragraph(_text(title), styles["title"]),
        _facts(snapshot, styles, made, len(events)),
        Spacer(1, 4 * mm),
        Paragraph("Kontaktdaten aus dem Mitmachpool sind in diesem Bericht nie enthalten.",
                  styles["note"]),
    ]
    for event in events:
        heading = event.name or event.key
        when_where = " · ".join(part for part in (_date(event.date), event.venue) if part)
        story.append(Paragraph(f"Auszählung: {_text(heading)}", styles["h1"]))
        if when_where:
            story.append(Paragraph(_text(when_where), styles["note"]))
        for kind, caption in TALLY_KINDS:
            story += _tally_table(caption, snapshot.tallies(event.key, kind), styles)
    story += list(_groups(snapshot, styles))
    count, left_out = 0, 0
    story.append(Paragraph("Die Karten", styles["h1"]))
    for event in events:
        story.append(Paragraph(_text(event.name or event.key), styles["h2"]))
        for row in snapshot.rows(BY_TIME, event=event.key):
            if count >= MAX_LISTED:
                left_out += 1
                continue
            story += _card(row, styles)
            count += 1
    if left_out:
        story.append(Paragraph(
            f"… und {_number(left_out)} weitere Karten: ein Bericht zum Lesen listet "
            f"höchstens {_number(MAX_LISTED)} Karten. Alle stehen im CSV-, Excel- und "
            "JSON-Export.", styles["body"]))
    if not count:
        story.append(Paragraph("Der Bericht enthält keine Karten.", styles["body"]))
    footer = f"Ergebnisbericht · {title}"
    stamp = f"erstellt am {_when(made.isoformat())}"

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, 16 * mm, A4[0] - MARGIN, 16 * mm)
        canvas.setFont(REGULAR, 8.5)
        right = f"{stamp} · Seite {doc.page}"
        room = WIDTH - canvas.stringWidth(right, REGULAR, 8.5) - 6 * mm
        canvas.drawString(MARGIN, 11 * mm, _fit(canvas, footer, room))
        canvas.drawRightString(A4[0] - MARGIN, 11 * mm, right)
        canvas.restoreState()

    with atomic_file(path) as handle:
        doc = SimpleDocTemplate(handle, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=22 * mm, lang="de-DE",
                                title=f"Ergebnisbericht – {title}", creator="Sammelstelle")
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return count


def _fit(canvas: Canvas, text: str, width: float) -> str:
    """``text`` cut short with "…" until it fits ``width`` in the footer's size."""
    if canvas.stringWidth(text, REGULAR, 8.5) <= width:
        return text
    while text and canvas.stringWidth(text + "…", REGULAR, 8.5) > width:
        text = text[:-1]
    return text + "…"


def _date(value: str) -> str:
    try:
        return f"{dt.date.fromisoformat(value):%d.%m.%Y}"
    except ValueError:
        return ""


def _facts(snapshot: ExportSnapshot, styles: dict[str, ParagraphStyle], made: dt.datetime,
           events: int) -> Table:
    left_out = snapshot.left_out()
    options = snapshot.filter
    stations = snapshot.stations()
    rows = [
        ("Veranstaltungen", str(events)),
        ("Stationen", ", ".join(stations) if stations else "–"),
        ("Karten im Bericht", str(snapshot.count())),
        ("Ausgeblendete Karten", "im Bericht enthalten und gekennzeichnet"
         if options.include_hidden else f"{left_out.hidden} (nicht im Bericht enthalten)"),
        ("Zurückgezogene Karten", "im Bericht enthalten, ohne ihren Text"
         if options.include_withdrawn else f"{left_out.withdrawn} (nicht im Bericht enthalten)"),
        ("Erstellt am", _when(made.isoformat())),
    ]
    body = styles["body"]
    table = Table([[Paragraph(f"<b>{escape(key)}</b>", body), Paragraph(_text(value), body)]
                   for key, value in rows], colWidths=[52 * mm, WIDTH - 52 * mm],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def _tally_table(caption: str, tallies: list[Tally],
                 styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not tallies:
        return []
    body = styles["body"]
    rows = [[Paragraph(f"<b>{escape(caption)}</b>", body), Paragraph("<b>Anzahl</b>", body)]]
    rows += [[Paragraph(_text(tally.label), body), Paragraph(str(tally.count), body)]
             for tally in tallies]
    table = Table(rows, colWidths=[WIDTH - 30 * mm, 30 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return [Spacer(1, 3 * mm), table]


def _groups(snapshot: ExportSnapshot, styles: dict[str, ParagraphStyle]) -> Iterator[Flowable]:
    groups = snapshot.groups()
    yield Paragraph("Gruppen und ihre Antworten", styles["h1"])
    if not groups:
        yield Paragraph("Keine der Karten im Bericht ist einer Gruppe zugeordnet.",
                        styles["body"])
        return
    for group in groups:
        yield Paragraph(f"{_text(group.name)} ({_cards(group.cards)})", styles["h2"])
        if group.answer and group.answer_at:
            yield Paragraph(f"<b>Antwort vom {_when(group.answer_at, False)}:</b> "
                            f"{_text(group.answer)}", styles["card"])
        else:
            yield Paragraph("Noch keine Antwort.", styles["card"])


def _card(row: dict[str, Any], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    details = [str(row["code"]), _when(str(row["created_at"]))]
    details += [str(value) for value in (row["prompt_label"] or row["prompt_id"],
                                         row["topic_label"] or row["topic_id"],
                                         row["district_label"] or row["district_id"])
                if value]
    if row["source"] == "paper":
        details.append(SOURCE_LABELS["paper"])
    details.append(f"Status: {row['status_label']}")
    if row["group_name"]:
        details.append(f"Gruppe: {row['group_name']}")
    if row["hidden"]:
        details.append("ausgeblendet")
    if row["corrected"]:
        details.append("korrigiert")
    flowables: list[Flowable] = [Paragraph(_text(" · ".join(details)), styles["meta"])]
    if row["withdrawn"]:
        flowables.append(Paragraph("<i>Zurückgezogen: der Text wurde gelöscht.</i>",
                                   styles["card"]))
    else:
        flowables.append(Paragraph(_text(row["text"]), styles["card"]))
    if row["answer"] and row["answer_at"]:
        source = "Antwort der Gruppe" if row["answer_from_group"] else "Antwort"
        flowables.append(Paragraph(f"<b>{source} vom {_when(row['answer_at'], False)}:</b> "
                                   f"{_text(row['answer'])}", styles["answer"]))
    flowables.append(Spacer(1, 2.5 * mm))
    return flowables
