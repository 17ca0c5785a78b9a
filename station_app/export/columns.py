"""The columns of the spreadsheet exports (CSV and XLSX): key, German heading, width.

Spreadsheet users read German headings ("Kartencode", "Themenfeld"); scripts read the JSON
export, whose keys are the English ``key`` of each column (``docs/export-schema.json``).
This catalogue is the one place that pairs the two, so CSV and XLSX cannot drift apart.
What a person wants to see comes first, the stable ids ("Kennung") last: a sheet opened
with a double click starts with the code, the time, the question and the text.
``docs/export-formats.md`` describes every column for facilitators.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    """One column: the English key (as in JSON), the German heading, the XLSX width."""

    key: str
    heading: str
    width: int = 14
    """Width in the XLSX sheet, in characters."""


CARD_COLUMNS: tuple[Column, ...] = (
    Column("code", "Kartencode", 15),
    Column("created_at", "Erstellt am (UTC)", 27),
    Column("prompt_label", "Frage", 40),
    Column("topic_label", "Themenfeld", 34),
    Column("text", "Text", 80),
    Column("district_label", "Stadtbezirk", 18),
    Column("age_group_label", "Altersgruppe", 14),
    Column("source_label", "Quelle", 22),
    Column("language", "Sprache", 9),
    Column("session_name", "Sitzung", 30),
    Column("session_id", "Sitzungsnummer", 15),
    Column("station_id", "Station", 18),
    Column("uuid", "Karten-ID (UUID)", 38),
    Column("prompt_id", "Frage (Kennung)", 18),
    Column("topic_id", "Themenfeld (Kennung)", 20),
    Column("district_id", "Stadtbezirk (Kennung)", 20),
    Column("age_group_id", "Altersgruppe (Kennung)", 21),
    Column("source", "Quelle (Kennung)", 16),
)
"""The card sheet of CSV and XLSX, in the order of the columns."""

LABELLED_COLUMNS: tuple[str, ...] = tuple(column.key for column in CARD_COLUMNS)
"""The keys of ``CARD_COLUMNS``: the order of ``ExportSource.labelled_rows``."""

CARD_HEADINGS: tuple[str, ...] = tuple(column.heading for column in CARD_COLUMNS)
"""The header row a spreadsheet user sees."""

COUNT_COLUMNS: tuple[Column, ...] = (
    Column("dimension", "Merkmal", 22),
    Column("id", "Kennung", 20),
    Column("label", "Bezeichnung", 50),
    Column("count", "Anzahl", 10),
)
"""The counts sheet of the XLSX workbook."""

DIMENSIONS: dict[str, str] = {
    "visible": "Sichtbare Karten",
    "hidden": "Ausgeblendete Karten",
    "prompt": "Frage",
    "topic": "Themenfeld",
    "district": "Stadtbezirk",
    "age_group": "Altersgruppe",
    "source": "Quelle",
}
"""What each row of the counts sheet counts, in the "Merkmal" column."""

def heading(key: str) -> str:
    """The German heading of a card column; ``KeyError`` for a key the catalogue lacks."""
    return _HEADING_OF[key]


_HEADING_OF = {column.key: column.heading for column in CARD_COLUMNS}
