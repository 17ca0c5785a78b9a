"""The rows of the collector's exports: every card as the office knows it, read in one pass.

One query over the office's tables (``office_cards`` joined with ``cards``, the group, the
latest answers and the latest correction) gives each card with its public status, its
group, the answer shown for it (its own, else its group's; an empty latest answer means
the answer was taken back) and its current text, ordered by station, time and id. The
cursor is read row by row, so 100,000 cards never sit in memory at once.

An export reads a snapshot: for a database file, its own connection inside one read
transaction (WAL lets the collector keep taking batches meanwhile, and the counts at the
top of a file agree with the cards below them); an in-memory database (tests) is read on
the store's connection, under its lock.

Never read here: the Mitmachpool contacts. Hidden cards only with ``include_hidden``,
withdrawn ones only with ``include_withdrawn``, and then with an empty text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from station_app.collector.database import stream
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.pages import TIME_ZONE
from station_app.collector.store import CollectorStore
from station_app.durable_sqlite import open_durable
from station_app.errors import UserError
from station_app.protocol.export_columns import (
    COLLECTOR_COLUMNS,
    NOT_GIVEN,
    SOURCE_LABELS,
)

COLUMNS = (
    "uuid", "code", "session_id", "session_name", "station_id", "created_at",
    "prompt_id", "prompt_label", "topic_id", "topic_label", "district_id", "district_label",
    "age_group_id", "age_group_label", "language", "source", "text",
    "event_name", "received_at", "hidden",
)
"""The keys of a card in the merged export since ``collector-export/1`` (in this order)."""

OFFICE_KEYS = (
    "event_key", "status", "status_label", "status_at", "group_id", "group_name", "answer",
    "answer_at", "answer_from_group", "corrected", "original_text", "withdrawn",
    "withdrawn_at",
)
"""The keys the office adds to every card: the status (key and German name), the group,
the answer shown, whether the text was corrected (``original_text`` is then what the
station sent) and whether its holder withdrew the card."""

PACKAGE_KEYS = ("config_version",)
"""The station package's configuration version the card was written under (None
without one)."""

KEYS = (*COLUMNS, *PACKAGE_KEYS, *OFFICE_KEYS)
LABEL_KINDS = ("prompt", "topic", "district", "age_group")
MOST_EVENTS_NAMED = 5

_SELECT = """
SELECT o.uuid, o.status, o.status_at, o.hidden, o.withdrawn_at, o.group_id, o.event_key,
       o.received_at, c.data, json_extract(b.event, '$.name'), g.name,
       own.text, own.at, grp.text, grp.at, fix.text
FROM office_cards o
JOIN cards c ON c.uuid = o.uuid
JOIN batches b ON b.batch_id = c.batch_id
LEFT JOIN office_groups g ON g.id = o.group_id
LEFT JOIN office_answers own ON own.id =
    (SELECT MAX(a.id) FROM office_answers a WHERE a.card_uuid = o.uuid)
LEFT JOIN office_answers grp ON g.id IS NOT NULL AND grp.id =
    (SELECT MAX(a.id) FROM office_answers a WHERE a.group_id = o.group_id)
LEFT JOIN office_corrections fix ON fix.id =
    (SELECT MAX(k.id) FROM office_corrections k WHERE k.card_uuid = o.uuid)
WHERE {where}
ORDER BY {order}
"""
BY_STATION = "o.station_id, o.created_at, o.uuid"
BY_TIME = "o.created_at, o.uuid"


@dataclass(frozen=True)
class ExportFilter:
    """Which cards an export holds: one event or all, and whether hidden and withdrawn
    cards are part of it."""

    event: str | None = None
    include_hidden: bool = False
    include_withdrawn: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition over ``office_cards o`` and its values."""
        parts, values = [], []
        if self.event:
            parts.append("o.event_key = ?")
            values.append(self.event)
        if not self.include_hidden:
            parts.append("o.hidden = 0")
        if not self.include_withdrawn:
            parts.append("o.withdrawn_at IS NULL")
        return " AND ".join(parts) or "1 = 1", values

    def as_record(self) -> dict[str, Any]:
        """For the file's head and the audit log."""
        return {"event": self.event, "include_hidden": self.include_hidden,
                "include_withdrawn": self.include_withdrawn}


@dataclass(frozen=True)
class Tally:
    """How many exported cards share one prompt, topic or district (``id`` None: not given)."""

    id: str | None
    label: str
    count: int


@dataclass(frozen=True)
class GroupLine:
    """A group with the number of its cards in the export and its answer."""

    id: int
    name: str
    cards: int
    answer: str
    answer_at: str | None


@dataclass(frozen=True)
class EventLine:
    key: str
    name: str
    date: str
    venue: str


@dataclass(frozen=True)
class LeftOut:
    """Cards of the filter's event(s) that the export does not hold."""

    hidden: int
    withdrawn: int


@dataclass
class ExportSnapshot:
    """One consistent read of the cards an export holds."""

    conn: Any
    """SQLite's connection, or the PostgreSQL database in a read snapshot."""
    filter: ExportFilter
    statuses: StatusCatalogue = field(default_factory=StatusCatalogue)

    def check_event(self) -> None:
        """``UserError`` naming the known events if the filter's event is not one."""
        key = self.filter.event
        if not key or self.conn.execute("SELECT 1 FROM office_events WHERE key = ?",
                                        [key]).fetchone():
            return
        known = [row[0] for row in self.conn.execute(
            "SELECT key FROM office_events ORDER BY date DESC, key LIMIT ?",
            [MOST_EVENTS_NAMED + 1])]
        listed = ", ".join(known[:MOST_EVENTS_NAMED]) + (", …" if len(known) >
                                                          MOST_EVENTS_NAMED else "")
        raise UserError(f"there is no event {key!r} at the collector"
                        + (f" (events: {listed})" if known else " (no cards yet)"))

    def count(self) -> int:
        where, values = self.filter.where()
        return int(self.conn.execute(f"SELECT COUNT(*) FROM office_cards o WHERE {where}",
                                     values).fetchone()[0])

    def stations(self) -> list[str]:
        where, values = self.filter.where()
        return [row[0] for row in self.conn.execute(
            f"SELECT DISTINCT o.station_id FROM office_cards o WHERE {where} ORDER BY 1",
            values)]

    def left_out(self) -> LeftOut:
        """The hidden and the withdrawn cards of the event(s) the export leaves out."""
        everything = replace(self.filter, include_hidden=True, include_withdrawn=True)
        where, values = everything.where()
        hidden, withdrawn = self.conn.execute(
            "SELECT COALESCE(SUM(CASE WHEN o.hidden != 0 AND o.withdrawn_at IS NULL THEN 1"
            " ELSE 0 END), 0), COALESCE(SUM(CASE WHEN o.withdrawn_at IS NOT NULL THEN 1"
            f" ELSE 0 END), 0) FROM office_cards o WHERE {where}",
            values).fetchone()
        return LeftOut(0 if self.filter.include_hidden else int(hidden),
                       0 if self.filter.include_withdrawn else int(withdrawn))

    def events(self) -> list[EventLine]:
        """The events of the exported cards, by date and name."""
        where, values = self.filter.where()
        return [EventLine(*row) for row in self.conn.execute(
            "SELECT e.key, e.name, e.date, e.venue FROM office_events e WHERE EXISTS"
            f" (SELECT 1 FROM office_cards o WHERE o.event_key = e.key AND {where})"
            " ORDER BY e.date, e.name, e.key", values)]

    def tallies(self, event: str, kind: str) -> list[Tally]:
        """The exported cards of one event per prompt, topic or district, most first."""
        if kind not in LABEL_KINDS:
            raise ValueError(kind)
        where, values = replace(self.filter, event=event).where()
        labels = self.labels(kind)
        rows = self.conn.execute(f"SELECT o.{kind}_id, COUNT(*) FROM office_cards o"
                                 f" WHERE {where} GROUP BY o.{kind}_id", values).fetchall()
        tallies = [Tally(value, labels.get(value, value) if value else NOT_GIVEN, count)
                   for value, count in rows]
        return sorted(tallies, key=lambda t: (-t.count, t.id is None, t.label.casefold()))

    def labels(self, kind: str) -> dict[str, str]:
        """id → German label of one kind, as the stations sent it."""
        return {value: label for value, label in self.conn.execute(
            "SELECT id, label FROM office_labels WHERE kind = ? AND lang = 'de'", [kind])}

    def groups(self) -> list[GroupLine]:
        """The groups that hold exported cards, by name, with their answers."""
        where, values = self.filter.where()
        lines = []
        for group_id, name, cards, text, at in self.conn.execute(
                "SELECT g.id, g.name, COUNT(*), a.text, a.at FROM office_cards o"
                " JOIN office_groups g ON g.id = o.group_id"
                " LEFT JOIN office_answers a ON a.id = (SELECT MAX(x.id) FROM office_answers x"
                f" WHERE x.group_id = g.id) WHERE {where}"
                " GROUP BY g.id, a.id ORDER BY g.name COLLATE NOCASE, g.id", values):
            lines.append(GroupLine(group_id, name, cards, text or "", at if text else None))
        return lines

    def rows(self, order: str = BY_STATION, event: str | None = None
             ) -> Iterator[dict[str, Any]]:
        """Every exported card (of ``event`` only, if given) as a flat row with the keys
        of ``KEYS`` and raw values."""
        where, values = (replace(self.filter, event=event) if event else self.filter).where()
        label_of = self.statuses.label
        status_names: dict[str, str] = {}
        cursor = stream(self.conn, _SELECT.format(where=where, order=order), values)
        for (card_uuid, status, status_at, hidden, withdrawn_at, group_id, event_key,
             received_at, data, event_name, group_name, own_text, own_at, group_text,
             group_at, correction) in cursor:
            card = json.loads(data)
            labels = card.get("labels") or {}
            session = card.get("session") or {}
            withdrawn = withdrawn_at is not None
            original = "" if withdrawn else str(card.get("text") or "")
            corrected = correction is not None and not withdrawn
            # The card's own latest answer first (an empty one took it back), else the
            # group's latest.
            answer, answer_at, from_group = own_text or "", own_at if own_text else None, False
            if not answer and group_text:
                answer, answer_at, from_group = group_text, group_at, True
            if status not in status_names:
                status_names[status] = label_of(status, "de")
            yield {
                "uuid": card_uuid, "code": card.get("code"),
                "session_id": card.get("session_id"), "session_name": session.get("name"),
                "station_id": card.get("station_id"), "created_at": card.get("created_at"),
                "prompt_id": card.get("prompt_id"), "prompt_label": _label(labels, "prompt"),
                "topic_id": card.get("topic_id"), "topic_label": _label(labels, "topic"),
                "district_id": card.get("district_id"),
                "district_label": _label(labels, "district"),
                "age_group_id": card.get("age_group_id"),
                "age_group_label": _label(labels, "age_group"),
                "language": card.get("language"), "source": card.get("source"),
                "text": correction if corrected else original,
                "event_name": event_name, "received_at": received_at, "hidden": bool(hidden),
                "config_version": card.get("config_version"),
                "event_key": event_key, "status": status,
                "status_label": status_names[status], "status_at": status_at,
                "group_id": group_id, "group_name": group_name, "answer": answer or None,
                "answer_at": answer_at, "answer_from_group": from_group,
                "corrected": corrected, "original_text": original if corrected else None,
                "withdrawn": withdrawn, "withdrawn_at": withdrawn_at,
            }


YES, NO = "ja", "nein"
"""The yes-or-no columns ("Ausgeblendet", "Korrigiert", "Zurückgezogen")."""
SPREADSHEET_KEYS: tuple[str, ...] = tuple(column.key for column in COLLECTOR_COLUMNS)


def spreadsheet_row(row: dict[str, Any]) -> list[Any]:
    """A card as a person reads it in a spreadsheet, in the order of ``COLLECTOR_COLUMNS``:
    German words for the source, for a detail not given and for yes or no, the answer's
    day in Dortmund's time; None for an empty cell."""
    source = row["source"]
    answer_at = row["answer_at"]
    cells = {
        **row,
        "district_label": row["district_label"] or row["district_id"] or NOT_GIVEN,
        "age_group_label": row["age_group_label"] or row["age_group_id"] or NOT_GIVEN,
        "source_label": SOURCE_LABELS.get(source, source) if source else None,
        "hidden": YES if row["hidden"] else NO,
        "answer_on": (dt.datetime.fromisoformat(answer_at).astimezone(TIME_ZONE).date()
                      .isoformat() if answer_at else None),
        "corrected": YES if row["corrected"] else NO,
        "withdrawn": YES if row["withdrawn"] else NO,
    }
    return [cells[key] for key in SPREADSHEET_KEYS]


def _label(labels: dict[str, Any], kind: str) -> str | None:
    choice = labels.get(kind)
    return str(choice.get("de")) if isinstance(choice, dict) and choice.get("de") else None


def _database_file(store: CollectorStore) -> str | None:
    """The file behind the store's connection; None for an in-memory database."""
    for _seq, name, path in store.db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(path) or None
    return None


@contextmanager
def export_snapshot(store: CollectorStore, export_filter: ExportFilter,
                    statuses: StatusCatalogue | None = None) -> Iterator[ExportSnapshot]:
    """A consistent read of the store for one export; ``UserError`` for an unknown event."""
    statuses = statuses or StatusCatalogue()
    if store.dialect == "postgresql":
        with store.db.read_snapshot() as db:
            snapshot = ExportSnapshot(db, export_filter, statuses)
            snapshot.check_event()
            yield snapshot
        return
    path = _database_file(store)
    if path is None:
        with store.lock:
            snapshot = ExportSnapshot(store.db.conn, export_filter, statuses)
            snapshot.check_event()
            yield snapshot
        return
    reader = open_durable(path, what="the collector database")
    try:
        reader.execute("BEGIN")  # one read transaction: every query sees the same cards
        snapshot = ExportSnapshot(reader.conn, export_filter, statuses)
        snapshot.check_event()
        yield snapshot
    finally:
        if reader.conn.in_transaction:
            reader.execute("ROLLBACK")
        reader.close()
