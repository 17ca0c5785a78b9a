"""Merged exports of every station's cards at the collector: CSV and JSON.

The CSV is for spreadsheet users and reads like the station's (``station_app/export``):
the same German headings in the same order, labels instead of ids where a person reads
them ("Papierkarte", "keine Angabe"), then the event, the time of arrival and whether the
card is hidden; one spreadsheet template reads both. Headings and those labels come from
the catalogue both share, ``station_app.protocol.export_columns``. The JSON keeps the
English keys of ``COLUMNS`` and raw values for scripts. Hidden cards are left out unless asked for;
Mitmachpool contacts are never part of a card export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.export_columns import (
    MERGED_COLUMNS,
    MERGED_HEADINGS,
    NOT_GIVEN,
    SOURCE_LABELS,
)
from station_app.protocol.files import atomic_write

FORMATS = ("csv", "json")
FORMAT = "collector-export/1"

COLUMNS = (
    "uuid", "code", "session_id", "session_name", "station_id", "created_at",
    "prompt_id", "prompt_label", "topic_id", "topic_label", "district_id", "district_label",
    "age_group_id", "age_group_label", "language", "source", "text",
    "event_name", "received_at", "hidden",
)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

YES, NO = "ja", "nein"
"""The "Ausgeblendet" column: hidden or not."""


def _neutralise(value: Any) -> Any:
    """Spreadsheets run cells starting with a trigger character (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _label(labels: dict[str, Any], kind: str) -> str | None:
    choice = labels.get(kind)
    return str(choice.get("de")) if isinstance(choice, dict) and choice.get("de") else None


def merged_rows(store: CollectorStore, include_hidden: bool = False) -> Iterator[dict[str, Any]]:
    """Every stored card as a flat row, all stations, ordered by station and time."""
    for found in store.iter_cards():
        card, event = found["card"], found["event"] or {}
        if found["hidden"] and not include_hidden:
            continue
        labels = card.get("labels") or {}
        session = card.get("session") or {}
        row = {
            **{key: card.get(key) for key in COLUMNS},
            "session_name": session.get("name"),
            "prompt_label": _label(labels, "prompt"),
            "topic_label": _label(labels, "topic"),
            "district_label": _label(labels, "district"),
            "age_group_label": _label(labels, "age_group"),
            "event_name": event.get("name"),
            "received_at": found["received_at"],
            "hidden": found["hidden"],
        }
        yield row


def write_export(store: CollectorStore, fmt: str, path: Path,
                 include_hidden: bool = False) -> int:
    """Write the merged export; returns the number of cards."""
    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    rows = list(merged_rows(store, include_hidden))
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(MERGED_HEADINGS)
        for row in rows:
            cells = _spreadsheet_cells(row)
            writer.writerow(["" if cells[column.key] is None else _neutralise(cells[column.key])
                             for column in MERGED_COLUMNS])
        data = buffer.getvalue().encode("utf-8-sig")  # German Excel needs the BOM
    else:
        document = {"format": FORMAT, "stations": sorted({r["station_id"] for r in rows}),
                    "count": len(rows), "cards": rows}
        data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    atomic_write(path, data)
    return len(rows)


def _spreadsheet_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A merged row as a person reads it in a spreadsheet: German words for the source,
    for a detail not given and for hidden or not."""
    source = row.get("source")
    return {
        **row,
        "district_label": row["district_label"] or row["district_id"] or NOT_GIVEN,
        "age_group_label": row["age_group_label"] or row["age_group_id"] or NOT_GIVEN,
        "source_label": SOURCE_LABELS.get(source, source) if source else None,
        "hidden": YES if row["hidden"] else NO,
    }


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
