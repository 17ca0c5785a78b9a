"""The collector's XLSX export (openpyxl): a sheet of cards and a sheet of groups.

The workbook looks like the station's (``station_app.export.xlsx_export``): the same
German headings, bold, the header row frozen, the same column widths
(``protocol.export_columns.COLUMN_WIDTHS``), and never a formula: a card reading
``=HYPERLINK(...)`` is stored as exactly that text. Rows are streamed (write-only mode),
so 100,000 cards never sit in memory.

``write_workbook`` is the general part, for any table of text and numbers; the collector
cannot import the station's writer (the collector is its own deployable), so the station
could move onto this one, not the other way round.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from station_app.collector.export_rows import BY_STATION, ExportSnapshot, spreadsheet_row
from station_app.protocol.export_columns import COLLECTOR_COLUMNS, COLUMN_WIDTHS
from station_app.protocol.files import atomic_file

CARDS_SHEET = "Karten"
GROUPS_SHEET = "Gruppen"
DEFAULT_WIDTH = 14
GROUP_COLUMNS = (("Gruppe", 40), ("Karten im Export", 16), ("Antwort", 80),
                 ("Antwort vom (UTC)", 27))


@dataclass
class Sheet:
    """One sheet to write: its name, its columns (heading, width in characters) and its
    rows (each a sequence of str, int, float or None, one per column)."""

    title: str
    columns: Sequence[tuple[str, int]]
    rows: Iterable[Sequence[object]]
    written: int = 0
    """Rows written so far (the header row not counted)."""


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write the sheets to ``path`` atomically: headings bold and frozen, every text a
    text cell. A failure (a full disk) leaves no file and no temporary sheet behind."""
    with atomic_file(path) as handle:
        workbook = Workbook(write_only=True)
        try:
            bold = Font(bold=True)
            for sheet in sheets:
                _fill(workbook.create_sheet(sheet.title), sheet, bold)
            workbook.save(handle)
        except BaseException:
            _discard(workbook)
            raise


def _fill(target: WriteOnlyWorksheet, sheet: Sheet, bold: Font) -> None:
    for index, (_heading, width) in enumerate(sheet.columns, start=1):
        target.column_dimensions[get_column_letter(index)].width = width
    target.freeze_panes = "A2"
    header = []
    for heading, _width in sheet.columns:
        cell = WriteOnlyCell(target, value=heading)
        cell.font = bold
        header.append(cell)
    target.append(header)
    for row in sheet.rows:
        target.append([_value(target, value) for value in row])
        sheet.written += 1


def _value(sheet: WriteOnlyWorksheet, value: object) -> object:
    """A value as openpyxl must be given it to store it as it is: a string that openpyxl
    would take for a formula ("=…") or an error ("#NV") becomes an explicit text cell, and
    characters XML cannot hold are dropped."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith("=") or value in ERROR_CODES:
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _discard(workbook: Workbook) -> None:
    """After a failure: end each sheet's row stream and remove its temporary file."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_xlsx(snapshot: ExportSnapshot, path: Path) -> int:
    """The cards of the snapshot and its groups; returns the number of cards."""
    cards = Sheet(CARDS_SHEET, [(column.heading, COLUMN_WIDTHS.get(column.key, DEFAULT_WIDTH))
                                for column in COLLECTOR_COLUMNS],
                  (spreadsheet_row(row) for row in snapshot.rows(BY_STATION)))
    groups = Sheet(GROUPS_SHEET, GROUP_COLUMNS,
                   ([group.name, group.cards, group.answer or None, group.answer_at]
                    for group in snapshot.groups()))
    write_workbook(path, [cards, groups])
    return cards.written
