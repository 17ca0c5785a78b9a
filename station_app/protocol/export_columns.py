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
    ExportColumn("config_version", "Konfigurationsversion"),
)
"""The card table of every spreadsheet export, in the order of its columns. The
configuration version is the station package's the card was written under (empty without
one: the embedded demo station, a hand-edited configuration)."""

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


OFFICE_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("status_label", "Status"),
    ExportColumn("group_name", "Gruppe"),
    ExportColumn("answer", "Antwort"),
    ExportColumn("answer_on", "Antwort vom"),
    ExportColumn("corrected", "Korrigiert"),
    ExportColumn("withdrawn", "Zurückgezogen"),
    ExportColumn("original_text", "Ursprünglicher Text"),
)
"""What the collector's office adds to its card table: the public status, the group, the
official answer shown (the card's own, else its group's) and its day, whether the card's
holder corrected it (then "Text" is the latest correction and "Ursprünglicher Text" what
the station sent) or withdrew it (then its text is empty)."""

COLLECTOR_COLUMNS: tuple[ExportColumn, ...] = (*MERGED_COLUMNS, *OFFICE_COLUMNS)
"""The collector's card table: the merged table, then the office's columns."""

COLLECTOR_HEADINGS: tuple[str, ...] = tuple(column.heading for column in COLLECTOR_COLUMNS)
"""The header row of the collector's card table (CSV and XLSX)."""

COLUMN_WIDTHS: dict[str, int] = {
    "code": 15, "created_at": 27, "prompt_label": 40, "topic_label": 34, "text": 80,
    "district_label": 18, "age_group_label": 14, "source_label": 22, "language": 9,
    "session_name": 30, "session_id": 15, "station_id": 18, "uuid": 38, "prompt_id": 18,
    "topic_id": 20, "district_id": 20, "age_group_id": 21, "source": 16, "config_version": 22,
    "event_name": 34, "received_at": 27, "hidden": 13, "status_label": 24,
    "group_name": 30, "answer": 80, "answer_on": 13, "corrected": 12, "withdrawn": 15,
    "original_text": 60,
}
"""Width of each column of a spreadsheet sheet, in characters, by key (the texts are the
widest). The station's card columns have the widths its own workbook gives them
(``station_app.export.columns.CARD_WIDTHS``; a test holds the two equal)."""
