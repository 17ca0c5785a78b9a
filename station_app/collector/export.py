"""The collector's exports of every station's cards: CSV, XLSX, JSON and the PDF report.

The CSV is for spreadsheet users and reads like the station's (``station_app/export``):
the same German headings in the same order, labels instead of ids where a person reads
them ("Papierkarte", "keine Angabe"), then the event, the time of arrival and whether the
card is hidden, then what the office adds: the status, the group, the answer shown and its
day, whether the card was corrected or withdrawn, and the original text of a corrected
card. One spreadsheet template reads both. Headings and labels come from the catalogue
both share, ``station_app.protocol.export_columns``. The XLSX (``export_xlsx``) holds the
same table; the JSON keeps English keys and raw values for scripts (``collector-export/1``:
fields are only ever added); the PDF (``export_pdf``) is a short report of the results.

Rows come from ``export_rows``: hidden cards only when asked for, withdrawn ones only when
asked for and then without their text; Mitmachpool contacts are never part of a card
export (``write_contacts`` is the one, separate, way to them).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_app.clock import utc_now
from station_app.collector.export_formats import FORMATS, export_format, require_library
from station_app.collector.export_rows import (
    BY_STATION,
    COLUMNS,
    NO,
    YES,
    ExportFilter,
    ExportSnapshot,
    LeftOut,
    export_snapshot,
    spreadsheet_row,
)
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.export_columns import COLLECTOR_HEADINGS
from station_app.protocol.files import atomic_file, atomic_write

__all__ = ["COLUMNS", "FORMAT", "FORMATS", "NO", "YES", "ExportFilter", "ExportResult",
           "export_file", "merged_rows", "write_contacts", "write_export"]

FORMAT = "collector-export/1"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: Any) -> Any:
    """Spreadsheets run cells starting with a trigger character (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: how many cards, and how many of the event(s) it left out."""

    path: Path
    format: str
    filter: ExportFilter
    cards: int
    left_out: LeftOut


def merged_rows(store: CollectorStore, include_hidden: bool = False,
                include_withdrawn: bool = False) -> Iterator[dict[str, Any]]:
    """Every stored card as a flat row (``export_rows.KEYS``), all stations, ordered by
    station and time."""
    with export_snapshot(store, ExportFilter(None, include_hidden, include_withdrawn)) as found:
        yield from found.rows()


def write_export(store: CollectorStore, fmt: str, path: Path, include_hidden: bool = False,
                 *, event: str | None = None, include_withdrawn: bool = False,
                 statuses: StatusCatalogue | None = None) -> int:
    """Write the merged export; returns the number of cards."""
    return export_file(store, fmt, path, ExportFilter(event, include_hidden,
                                                      include_withdrawn), statuses).cards


def export_file(store: CollectorStore, fmt: str, path: Path, export_filter: ExportFilter,
                statuses: StatusCatalogue | None = None,
                now: dt.datetime | None = None) -> ExportResult:
    """Write one export file from one snapshot of the store; safe on a worker thread.

    ``UserError`` for an unknown format or event, a format whose library is missing, or a
    file that cannot be written (nothing is left behind then)."""
    export_format(fmt)  # UserError naming the formats for an unknown one
    require_library(fmt)
    made = (now or utc_now()).astimezone(dt.UTC)
    with export_snapshot(store, export_filter, statuses) as snapshot:
        if fmt == "csv":
            count = _write_csv(snapshot, Path(path))
        elif fmt == "json":
            count = _write_json(snapshot, Path(path), made)
        elif fmt == "xlsx":
            from station_app.collector.export_xlsx import write_xlsx

            count = write_xlsx(snapshot, Path(path))
        else:
            from station_app.collector.export_pdf import write_pdf

            count = write_pdf(snapshot, Path(path), made)
        left_out = snapshot.left_out()
    return ExportResult(Path(path), fmt, export_filter, count, left_out)


def _write_csv(snapshot: ExportSnapshot, path: Path) -> int:
    """German headings, ``;``, a byte order mark (German Excel), every text neutralised."""
    count = 0
    with atomic_file(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="", write_through=False)
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLLECTOR_HEADINGS)
        for row in snapshot.rows(BY_STATION):
            writer.writerow(["" if cell is None else _neutralise(cell)
                             for cell in spreadsheet_row(row)])
            count += 1
        text.flush()
        text.detach()
    return count


def _write_json(snapshot: ExportSnapshot, path: Path, made: dt.datetime) -> int:
    """The head (counts, filter, statuses, groups), then the cards one at a time, so the
    file can hold 100,000 cards without building them in memory."""
    left_out = snapshot.left_out()
    head = {
        "format": FORMAT,
        "stations": snapshot.stations(),
        "count": snapshot.count(),
        "exported_at": made.isoformat(),
        "filter": snapshot.filter.as_record(),
        "left_out": {"hidden": left_out.hidden, "withdrawn": left_out.withdrawn},
        "statuses": [{"key": status.key, "de": status.de, "en": status.en}
                     for status in snapshot.statuses.steps],
        "groups": [{"id": group.id, "name": group.name, "cards": group.cards,
                    "answer": group.answer or None, "answer_at": group.answer_at}
                   for group in snapshot.groups()],
    }
    opening = json.dumps(head, ensure_ascii=False, indent=1).removesuffix("\n}")
    count = 0
    with atomic_file(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
        text.write(opening + ',\n "cards": [')
        for row in snapshot.rows(BY_STATION):
            text.write(("," if count else "") + "\n  " + json.dumps(row, ensure_ascii=False))
            count += 1
        text.write("\n ]\n}\n" if count else "]\n}\n")
        text.flush()
        text.detach()
    return count


CONTACT_COLUMNS = ("email", "station_id", "consent_version", "consent_text",
                   "consented_on", "received_on")
"""Days only, sorted by address: nothing in the file says when (or next to whom) an address
was given, so it cannot be joined with the card export (docs/privacy.md)."""


def write_contacts(store: CollectorStore, path: Path) -> int:
    """Open the sealed Mitmachpool contacts with the collector's key and write them as CSV.

    This is the one place where addresses become readable again; the file is written
    readable by its owner only. A box that does not open (sealed for another collector) is
    counted and reported, never silently dropped.
    """
    import nacl.exceptions
    import nacl.public

    box = nacl.public.SealedBox(store.private_key())
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CONTACT_COLUMNS)
    rows, unreadable = [], 0
    for row in store.contacts():
        try:
            payload = json.loads(box.decrypt(bytes(row["sealed"])).decode("utf-8"))
        except (nacl.exceptions.CryptoError, ValueError):
            unreadable += 1
            continue
        payload.setdefault("station_id", row["station_id"])
        # Older stations sealed the moment of consent: only its day leaves the collector.
        payload["consented_on"] = str(payload.get("consented_on")
                                      or payload.get("consented_at") or "")[:10]
        payload["received_on"] = str(row["received_at"])[:10]
        rows.append([_neutralise(str(payload.get(c) or "")) for c in CONTACT_COLUMNS])
    rows.sort()
    writer.writerows(rows)
    count = len(rows)
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"), mode=0o600)
    if unreadable:
        raise UserError(f"{count} contact(s) written to {path}, but {unreadable} could not be "
                        "opened (sealed for another collector key?)")
    return count
