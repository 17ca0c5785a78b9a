"""What docs/export-formats.md promises facilitators: the columns of each table it lists."""

from __future__ import annotations

from pathlib import Path

EXPORT_FORMATS = Path(__file__).resolve().parents[3] / "docs" / "export-formats.md"

CARD_TABLE = "## Die Kartentabelle (CSV und Excel)"
COUNTS_TABLE = "### Nur in Excel: das Blatt „Auszählung“"
COLLECTOR_TABLE = "### Export der Sammelstelle"


def export_formats() -> str:
    return EXPORT_FORMATS.read_text(encoding="utf-8")


def documented_columns(section: str) -> list[str]:
    """The first cell of every row of the first table under the heading ``section``: the
    column headings, in the order the document lists them."""
    lines = export_formats().splitlines()
    start = lines.index(section) + 1
    columns: list[str] = []
    for line in lines[start:]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            columns.append(line.strip("|").split("|")[0].strip())
        elif columns:
            break  # the end of the first table
    assert columns[:2] == ["Spalte", "---"], f"{section}: no table of columns"
    return columns[2:]
