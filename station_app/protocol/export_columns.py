"""The columns of the spreadsheet exports, shared by the station and the collector.

Spreadsheet users read German headings ("Kartencode", "Themenfeld"); scripts read the JSON
exports, whose keys are the English ``key`` of each column (``docs/export-schema.json``).
This catalogue is the one place that pairs the two. The station's CSV and XLSX
(``station_app.export``) and the collector's merged CSV (``station_app.collector.export``)
both read it, so one spreadsheet template reads every one of them: the collector's table
is the station's, with three columns after it.

What a person wants to see comes first, the stable ids ("Kennung") last: a sheet opened
with a double click starts with the code, the time, the question and the text.
``docs/export-formats.md`` describes every column for facilitators.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportColumn:
    """One column: the English key (as in JSON) and the German heading a person reads."""

    key: str
    heading: str


CARD_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("code", "Kartencode"),
    ExportColumn("created_at", "Erstellt am (UTC)"),
    ExportColumn("prompt_label", "Frage"),
    ExportColumn("topic_label", "Themenfeld"),
    ExportColumn("text", "Text"),
    ExportColumn("district_label", "Stadtbezirk"),
    ExportColumn("age_group_label", "Altersgruppe"),
    ExportColumn("source_label", "Quelle"),
    ExportColumn("language", "Sprache"),
    ExportColumn("session_name", "Sitzung"),
    ExportColumn("session_id", "Sitzungsnummer"),
    ExportColumn("station_id", "Station"),
    ExportColumn("uuid", "Karten-ID (UUID)"),
    ExportColumn("prompt_id", "Frage (Kennung)"),
    ExportColumn("topic_id", "Themenfeld (Kennung)"),
    ExportColumn("district_id", "Stadtbezirk (Kennung)"),
    ExportColumn("age_group_id", "Altersgruppe (Kennung)"),
    ExportColumn("source", "Quelle (Kennung)"),
)
"""The card table of every spreadsheet export, in the order of its columns."""

MERGED_COLUMNS: tuple[ExportColumn, ...] = (
    *CARD_COLUMNS,
    ExportColumn("event_name", "Veranstaltung"),
    ExportColumn("received_at", "Eingegangen am (UTC)"),
    ExportColumn("hidden", "Ausgeblendet"),
)
"""The collector's merged card table: the station's columns, then the event the card was
sent for, when it arrived and whether it is hidden."""

CARD_KEYS: tuple[str, ...] = tuple(column.key for column in CARD_COLUMNS)
"""The keys of ``CARD_COLUMNS``, in order: the order of a station's labelled row."""

CARD_HEADINGS: tuple[str, ...] = tuple(column.heading for column in CARD_COLUMNS)
"""The header row of the station's card table."""

MERGED_HEADINGS: tuple[str, ...] = tuple(column.heading for column in MERGED_COLUMNS)
"""The header row of the collector's merged card table."""

SOURCE_LABELS: dict[str, str] = {"kiosk": "Station (Touchscreen)", "paper": "Papierkarte"}
"""Where a card came from, in the "Quelle" column. The station words it through its
``LabelBook`` (``station_app.labels.SOURCES``, translatable); a test holds the two equal."""

NOT_GIVEN = "keine Angabe"
"""A district or age group the person left out, as ``LabelBook.not_given`` words it."""


def heading(key: str) -> str:
    """The German heading of a column; ``KeyError`` for a key the catalogue lacks."""
    return _HEADING_OF[key]


_HEADING_OF = {column.key: column.heading for column in MERGED_COLUMNS}
