"""CSV export: what German Excel opens correctly with a double click.

UTF-8 with a byte order mark (otherwise Excel guesses Windows-1252 and breaks umlauts) and
semicolons (German Excel's list separator); ``delimiter=","`` for other tools. The header
row is German (``protocol.export_columns.CARD_HEADINGS``, the collector's too); scripts
that want English keys read the JSON export. Every text cell is neutralised against
formula injection.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from station_app.errors import UserError
from station_app.export.common import ExportSource
from station_app.protocol.export_columns import CARD_HEADINGS
from station_app.protocol.files import atomic_file

DELIMITERS = {";": ";", ",": ",", "tab": "\t", "\t": "\t", "|": "|"}


def check_delimiter(delimiter: str) -> str:
    """The delimiter character for a user's choice; ``UserError`` for anything else."""
    try:
        return DELIMITERS[delimiter]
    except KeyError:
        raise UserError(f"the delimiter must be one of ; , tab | (not {delimiter!r})") from None


def write_csv(source: ExportSource, path: Path, delimiter: str = ";") -> int:
    """Write the visible cards of ``source`` to ``path``; returns the number of cards."""
    delimiter = check_delimiter(delimiter)
    with atomic_file(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="", write_through=False)
        writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(CARD_HEADINGS)
        counter = _Counter(source.labelled_rows(safe=True))
        writer.writerows(counter)
        text.flush()
        text.detach()
    return counter.count


class _Counter:
    """Passes rows through to ``writerows`` (which runs in C) and counts them."""

    def __init__(self, rows: Iterator[tuple]) -> None:
        self._rows = rows
        self.count = 0

    def __iter__(self) -> _Counter:
        return self

    def __next__(self) -> tuple:
        row = next(self._rows)
        self.count += 1
        return row
