"""The report's title page: the optional logo, the event, what the report covers, and how
many cards it holds, so a reader knows what is in front of them without turning a page."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from station_app.export.common import ExportSource
from station_app.export.pdf_logo import logo_flowable
from station_app.statistics import Statistics

LOGO_BOX = (70 * mm, 28 * mm)
"""The largest the logo is drawn (width, height); its aspect ratio is kept."""
KEY_WIDTH = 52 * mm
MOST_SESSION_NAMES = 6


def title_page(source: ExportSource, stats: Statistics, styles: dict[str, ParagraphStyle],
               made: dt.datetime, width: float) -> list[Flowable]:
    """The title page's flowables (the caller ends the page)."""
    config = source.config
    logo = logo_flowable(config, *LOGO_BOX)
    story: list[Flowable] = [logo, Spacer(1, 14 * mm)] if logo else [Spacer(1, 16 * mm)]
    when_where = [f"{config.event.date:%d.%m.%Y}"]
    if config.event.venue:
        when_where.append(config.event.venue)
    story += [
        Paragraph("Ergebnisbericht", styles["kicker"]),
        Paragraph(escape(config.event.name), styles["title"]),
        Paragraph(escape(" · ".join(when_where)), styles["subtitle"]),
        Paragraph(_beteiligungskarten(stats.visible), styles["count"]),
        _facts(source, stats, styles, made, width),
        Spacer(1, 10 * mm),
        Paragraph("Dieser Bericht enthält alle sichtbaren Beteiligungskarten des genannten "
                  "Umfangs. Karten, die bei der Moderation ausgeblendet wurden, sind nur "
                  "gezählt, nicht abgedruckt. Kontaktdaten aus dem Mitmachpool sind nicht "
                  "enthalten.", styles["note"]),
    ]
    if not stats.visible:
        story += [Spacer(1, 6 * mm),
                  Paragraph("In diesem Zeitraum sind keine sichtbaren Karten eingegangen.",
                            styles["body"])]
    return story


def _facts(source: ExportSource, stats: Statistics, styles: dict[str, ParagraphStyle],
           made: dt.datetime, width: float) -> Table:
    config = source.config
    paper = next((t.count for t in stats.by_source if t.id == "paper"), 0)
    rows = [
        ("Station", f"{config.station.name} ({config.station.id})"),
        ("Umfang", _scope(source)),
        ("Zeitraum der Karten", _span(stats)),
        ("Karten im Bericht", f"{stats.visible}"),
        ("davon Papierkarten", f"{paper}"),
        ("Ausgeblendete Karten", f"{stats.hidden} (nicht im Bericht enthalten)"),
        ("Erstellt am", f"{made:%d.%m.%Y, %H:%M} Uhr"),
    ]
    body = styles["body"]
    table = Table(
        [[Paragraph(f"<b>{escape(key)}</b>", body), Paragraph(escape(value), body)]
         for key, value in rows],
        colWidths=[KEY_WIDTH, width - KEY_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f5f8b")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _scope(source: ExportSource) -> str:
    """The session, or all sessions with their names (the first few)."""
    scope = source.scope
    if scope.session is not None:
        return scope.describe()
    names = [session.name for session in scope.sessions[:MOST_SESSION_NAMES]]
    more = len(scope.sessions) - len(names)
    listed = ", ".join(names) + (f" und {more} weitere" if more > 0 else "")
    return f"{scope.describe()}: {listed}" if names else scope.describe()


def _span(stats: Statistics) -> str:
    if not (stats.first_at and stats.last_at):
        return "–"
    first, last = stats.first_at.astimezone(), stats.last_at.astimezone()
    if f"{first:%d.%m.%Y %H:%M}" == f"{last:%d.%m.%Y %H:%M}":
        return f"{first:%d.%m.%Y, %H:%M} Uhr"
    end = f"{last:%H:%M}" if first.date() == last.date() else f"{last:%d.%m.%Y, %H:%M}"
    return f"{first:%d.%m.%Y, %H:%M} – {end} Uhr"


def _beteiligungskarten(count: int) -> str:
    return "1 Beteiligungskarte" if count == 1 else f"{count} Beteiligungskarten"
