"""What the station's XLSX workbook adds to the shared card table: widths and the counts.

The card table's keys and German headings are shared with the collector
(``station_app.protocol.export_columns``); the width of each column in the XLSX sheet and
the second sheet, "Auszählung", exist only at the station. ``docs/export-formats.md``
describes every column for facilitators.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.protocol.export_columns import CARD_COLUMNS as SHARED_CARD_COLUMNS


@dataclass(frozen=True)
class Column:
    """One column of an XLSX sheet: the English key, the German heading, the width."""

    key: str
    heading: str
    width: int
    """Width in the XLSX sheet, in characters."""


DEFAULT_WIDTH = 14
"""The width of a card column ``CARD_WIDTHS`` does not name."""


CARD_WIDTHS: dict[str, int] = {
    "code": 15, "created_at": 27, "prompt_label": 40, "topic_label": 34, "text": 80,
    "district_label": 18, "age_group_label": 14, "source_label": 22, "language": 9,
    "session_name": 30, "session_id": 15, "station_id": 18, "uuid": 38, "prompt_id": 18,
    "topic_id": 20, "district_id": 20, "age_group_id": 21, "source": 16, "config_version": 22,
}
"""Width of each card column in the XLSX sheet, by key: the text is the widest."""

CARD_COLUMNS: tuple[Column, ...] = tuple(
    Column(column.key, column.heading, CARD_WIDTHS.get(column.key, DEFAULT_WIDTH))
    for column in SHARED_CARD_COLUMNS)
"""The card sheet of the XLSX workbook: the shared card table with widths."""

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
