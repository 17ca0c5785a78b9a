"""The hub's side of the relay in its database: which station batches the city has
acknowledged, which are pending, and why a pending one was refused.

Every batch a hub stores is kept as the station signed it (``relay_outbox``, written in the
batch's own transaction by ``CollectorStore.store_batch``). The city's acknowledgement of a
batch drops the document and keeps the acknowledgement, like a station's ledger; once the
city has opened a batch's Mitmachpool contacts, the hub deletes its own sealed copies.
Nothing here deletes a card.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from station_app.collector.database import executemany
from station_app.collector.relay_decisions import decisions_status
from station_app.collector.store import CollectorStore

_COLUMNS = ("batch_id", "station_id", "seq", "received_at", "verify_key", "enrolled_at",
            "card_count", "contact_count", "moderation_count", "document", "attempts",
            "last_error", "acknowledged_at", "ack_status", "written_to")


@dataclass(frozen=True)
class OutboxBatch:
    """One station batch as the hub keeps it for the city."""

    batch_id: str
    station_id: str
    seq: int
    received_at: str
    verify_key: str
    enrolled_at: str
    card_count: int
    contact_count: int
    moderation_count: int
    document: bytes | None
    attempts: int
    last_error: str | None
    acknowledged_at: str | None
    ack_status: str | None
    written_to: str | None

    def parsed(self) -> dict[str, Any]:
        """The station's signed batch (only a pending batch still has it)."""
        if self.document is None:
            raise ValueError(f"batch {self.batch_id} was acknowledged; its document is gone")
        data: dict[str, Any] = json.loads(self.document)
        return data


@dataclass(frozen=True)
class StationRelayStatus:
    """One station's line in ``collector relay --status``."""

    station_id: str
    batches_relayed: int
    cards_relayed: int
    batches_pending: int
    cards_pending: int
    batches_refused: int
    not_kept: int
    """Batches this hub stored before it became a hub: it cannot relay them."""
    last_error: str | None


@dataclass(frozen=True)
class RelayStatus:
    hub_since: str | None
    stations: list[StationRelayStatus] = field(default_factory=list)
    decisions_pending: int = 0
    """Decisions of the hub's own office the city has not acknowledged (relay_decisions)."""
    decisions_relayed: int = 0
    decisions_problem: str | None = None

    @property
    def pending(self) -> int:
        return sum(line.batches_pending for line in self.stations)

    def as_dict(self) -> dict[str, Any]:
        return {"hub_since": self.hub_since, "pending_batches": self.pending,
                "stations": [vars(line) for line in self.stations],
                "decisions": {"pending": self.decisions_pending,
                              "relayed": self.decisions_relayed,
                              "last_problem": self.decisions_problem}}


class RelayOutbox:
    """Reads and writes ``relay_outbox`` of one hub database."""

    def __init__(self, store: CollectorStore) -> None:
        self.store = store

    def _rows(self, where: str, args: list[Any], document: bool = True) -> list[OutboxBatch]:
        columns = ", ".join(name if document or name != "document" else "NULL"
                            for name in _COLUMNS)
        with self.store.lock:
            rows = self.store.db.execute(
                f"SELECT {columns} FROM relay_outbox WHERE {where}"
                " ORDER BY received_at, station_id, seq", args).fetchall()
        return [OutboxBatch(*row) for row in rows]

    def pending(self) -> list[OutboxBatch]:
        """Batches the city has not acknowledged, in the order they reached the hub (so a
        hide travels after the card it hides); without their documents (``get`` reads
        one at a time: a batch may be 32 MB)."""
        return self._rows("acknowledged_at IS NULL", [], document=False)

    def get(self, batch_id: str) -> OutboxBatch | None:
        rows = self._rows("batch_id = ?", [batch_id])
        return rows[0] if rows else None

    def note_attempt(self, batch_id: str, at: dt.datetime, error: str | None) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE relay_outbox SET attempts = attempts + 1, last_attempt_at = ?,"
                       " last_error = ? WHERE batch_id = ?", [at.isoformat(), error, batch_id])

    def note_written(self, batch_id: str, path: str) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE relay_outbox SET written_to = ? WHERE batch_id = ?",
                       [path, batch_id])

    def acknowledge(self, batch_id: str, at: dt.datetime, status: str,
                    purge_contacts: list[str]) -> None:
        """The city holds the batch: drop its document; delete the hub's own copies of the
        contacts the city has opened (``purge_contacts``)."""
        with self.store.transaction() as db:
            db.execute("UPDATE relay_outbox SET acknowledged_at = ?, ack_status = ?,"
                       " last_error = NULL, document = NULL WHERE batch_id = ?"
                       " AND acknowledged_at IS NULL", [at.isoformat(), status, batch_id])
            executemany(db, "DELETE FROM contacts WHERE uuid = ?",
                                [(uuid,) for uuid in purge_contacts])

    def status(self) -> RelayStatus:
        """Per station: relayed, pending and refused batches, and batches not kept."""
        lines = []
        with self.store.lock:
            db = self.store.db
            for station_id in self.store.station_ids():
                relayed = db.execute(
                    "SELECT COUNT(*), COALESCE(SUM(card_count), 0) FROM relay_outbox"
                    " WHERE station_id = ? AND acknowledged_at IS NOT NULL",
                    [station_id]).fetchone()
                pending = db.execute(
                    "SELECT COUNT(*), COALESCE(SUM(card_count), 0),"
                    " COALESCE(SUM(CASE WHEN last_error IS NOT NULL THEN 1 ELSE 0 END), 0)"
                    " FROM relay_outbox"
                    " WHERE station_id = ? AND acknowledged_at IS NULL",
                    [station_id]).fetchone()
                not_kept = db.execute(
                    "SELECT COUNT(*) FROM batches b WHERE b.station_id = ? AND NOT EXISTS"
                    " (SELECT 1 FROM relay_outbox r WHERE r.batch_id = b.batch_id)",
                    [station_id]).fetchone()[0]
                error = db.execute(
                    "SELECT last_error FROM relay_outbox WHERE station_id = ? AND"
                    " acknowledged_at IS NULL AND last_error IS NOT NULL"
                    " ORDER BY last_attempt_at DESC LIMIT 1", [station_id]).fetchone()
                if not (relayed[0] or pending[0] or not_kept):
                    continue  # a station that never sent anything (or the hub itself)
                lines.append(StationRelayStatus(
                    station_id, relayed[0], relayed[1], pending[0], pending[1], pending[2],
                    not_kept, error[0] if error else None))
        pending, relayed, problem = decisions_status(self.store)
        return RelayStatus(self.store.hub_since, lines, pending, relayed, problem)


def format_status(status: RelayStatus) -> str:
    """A plain text table for the command line."""
    if status.hub_since is None:
        return ("this database is no hub's (start it with 'collector serve --wall' or "
                "'--relay-to URL'): it keeps no batches to relay")
    decisions = []
    if status.decisions_pending or status.decisions_relayed:
        decisions.append(f"decisions of this hub's office: {status.decisions_relayed} "
                         f"relayed, {status.decisions_pending} pending")
    if status.decisions_problem:
        decisions.append(f"decisions: last problem: {status.decisions_problem}")
    if not status.stations:
        return "\n".join([f"hub since {status.hub_since}: no station batches received yet",
                          *decisions])
    out = [f"{'station':<24} {'relayed':>8} {'cards':>6} {'pending':>8} {'cards':>6} "
           f"{'refused':>8} {'not kept':>9}"]
    for line in status.stations:
        out.append(f"{line.station_id:<24} {line.batches_relayed:>8} {line.cards_relayed:>6} "
                   f"{line.batches_pending:>8} {line.cards_pending:>6} "
                   f"{line.batches_refused:>8} {line.not_kept:>9}")
    for line in status.stations:
        if line.last_error:
            out.append(f"{line.station_id}: last problem: {line.last_error}")
        if line.not_kept:
            out.append(f"{line.station_id}: {line.not_kept} batch(es) arrived before this "
                       "collector was a hub and cannot be relayed: sync the station to the "
                       "city directly (or bring its batch files)")
    out += decisions
    total = status.pending
    waiting = [f"{total} batch(es)"] if total else []
    if status.decisions_pending:
        waiting.append(f"{status.decisions_pending} decision(s)")
    out.append(f"{' and '.join(waiting)} not acknowledged by the city yet" if waiting
               else "everything relayed")
    return "\n".join(out)
