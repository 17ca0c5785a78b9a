"""XLSX export (openpyxl): a sheet of cards and a sheet of counts, never a formula.

openpyxl turns any string that starts with ``=`` into a formula. Every cell here is built
as a ``WriteOnlyCell`` whose type is then forced to text, so a card reading
``=HYPERLINK(...)`` is stored as exactly those characters and Excel shows, not runs, it.
The workbook is written in write-only mode, which streams rows to disk. Headings, the
counts' "Merkmal" and the labels are German, like the CSV's (``columns``, which adds the
widths and the counts sheet to the shared ``protocol.export_columns``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from station_app.export.columns import CARD_COLUMNS, COUNT_COLUMNS, DIMENSIONS, Column
from station_app.export.common import ExportSource
from station_app.protocol.files import atomic_file
from station_app.statistics import Tally

CARDS_SHEET = "Karten"
COUNTS_SHEET = "Auszählung"


def write_xlsx(source: ExportSource, path: Path) -> int:
    """Write the visible cards and their counts; returns the number of cards.

    The target is checked before any sheet exists, and a failed write (a full disk) closes
    every stream it opened, so nothing complains at exit and no half file is left."""
    with atomic_file(path) as handle:
        workbook = Workbook(write_only=True)
        try:
            count = _fill(workbook, source)
            archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True)
            try:
                ExcelWriter(workbook, archive).save()  # what Workbook.save does, to a handle
            except BaseException:
                with contextlib.suppress(Exception):
                    archive.close()
                raise
        finally:
            _release(workbook)
    return count


def _fill(workbook: Workbook, source: ExportSource) -> int:
    cards = workbook.create_sheet(CARDS_SHEET)
    bold = Font(bold=True)
    _head(cards, CARD_COLUMNS, bold)
    count = 0
    for row in source.labelled_rows(safe=False):
        cards.append([_cell(cards, value) for value in row])
        count += 1
    _write_counts(workbook.create_sheet(COUNTS_SHEET), source, bold)
    return count


def _release(workbook: Workbook) -> None:
    """Close what a write-only sheet left open after a failure: its row stream, its XML
    stream and its temporary file (nothing to do after a successful save)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        for stream in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def _head(sheet: WriteOnlyWorksheet, columns: tuple[Column, ...], bold: Font) -> None:
    """Widths, the bold German header row, and the header kept in view while scrolling."""
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, column.heading, bold) for column in columns])


def _write_counts(sheet: WriteOnlyWorksheet, source: ExportSource, bold: Font) -> None:
    stats = source.statistics()
    _head(sheet, COUNT_COLUMNS, bold)
    sheet.append([_cell(sheet, v) for v in (DIMENSIONS["visible"], None,
                                             "im Export enthalten", stats.visible)])
    sheet.append([_cell(sheet, v) for v in (DIMENSIONS["hidden"], None,
                                             "nicht im Export enthalten", stats.hidden)])
    sections: list[tuple[str, list[Tally]]] = [
        ("prompt", stats.by_prompt), ("topic", stats.by_topic),
        ("district", stats.by_district), ("age_group", stats.by_age_group),
        ("source", stats.by_source),
    ]
    for dimension, tallies in sections:
        for tally in tallies:
            sheet.append([_cell(sheet, v) for v in (DIMENSIONS[dimension], tally.id,
                                                     tally.label, tally.count)])


def _cell(sheet: WriteOnlyWorksheet, value: object, font: Font | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never "f" (formula) nor "e" (error such as "#NV")
    if font is not None:
        cell.font = font
    return cell
