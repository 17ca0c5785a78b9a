"""Per-station reconciliation: what each station says it sealed against what arrived.

Every batch carries the station's running totals (batches and cards sealed so far). The
highest totals seen are the station's claim; gaps in the sequence numbers and a card count
below the claim show what is still on the station (or on a USB stick in someone's bag).
A station whose batches came through a venue's hub names the hub (``hubs``), and a hub's
own line names the stations it relayed (``relays_for``): the gap of a station behind a hub
may still be on the hub.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from station_app.collector.store import CollectorStore


@dataclass(frozen=True)
class StationReconciliation:
    """One station's line in the reconciliation."""

    station_id: str
    batches_received: int
    highest_seq: int
    missing_seqs: list[int]
    cards_claimed: int
    cards_in_received_batches: int
    cards_stored: int
    conflicts: int
    last_received_at: str | None
    duplicate_seqs: list[int] = field(default_factory=list)
    hubs: list[str] = field(default_factory=list)
    """The venue hubs the station's batches came through (or that registered its key)."""
    relays_for: list[str] = field(default_factory=list)
    """For a hub: the stations whose batches it relayed here (a hub seals no cards)."""

    @property
    def complete(self) -> bool:
        """Everything the station reported sealed has arrived, without conflicts."""
        return (not self.missing_seqs and not self.conflicts
                and self.cards_stored >= self.cards_claimed)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "complete": self.complete}


def reconcile(store: CollectorStore) -> list[StationReconciliation]:
    """One line per registered station, in station id order."""
    lines = []
    db = store.db
    with store.lock:
        hubs: dict[str, set[str]] = {}
        for station_id, hub_id in db.execute(
                "SELECT station_id, hub_id FROM relay_station_keys UNION SELECT station_id,"
                " substr(via, instr(via, ':') + 1) FROM batches WHERE via LIKE 'relay:%'"
                " OR via LIKE 'file:%'").fetchall():
            hubs.setdefault(station_id, set()).add(hub_id)
        for station_id in store.station_ids():
            rows = db.execute(
                "SELECT seq, card_count, totals, received_at FROM batches"
                " WHERE station_id = ? ORDER BY seq", [station_id]).fetchall()
            seqs = [row[0] for row in rows]
            claimed_batches, claimed_cards = 0, 0
            for _seq, _count, totals, _at in rows:
                data = json.loads(totals or "{}")
                claimed_batches = max(claimed_batches, int(data.get("batches_sealed") or 0))
                claimed_cards = max(claimed_cards, int(data.get("cards_sealed") or 0))
            highest = max([*seqs, claimed_batches], default=0)
            present = set(seqs)
            stored = db.execute("SELECT COUNT(*) FROM cards WHERE station_id = ?",
                                [station_id]).fetchone()[0]
            conflicts = db.execute("SELECT COUNT(*) FROM conflicts WHERE station_id = ?",
                                   [station_id]).fetchone()[0]
            lines.append(StationReconciliation(
                station_id=station_id, batches_received=len(rows), highest_seq=highest,
                missing_seqs=[s for s in range(1, highest + 1) if s not in present],
                cards_claimed=claimed_cards,
                cards_in_received_batches=sum(row[1] for row in rows),
                cards_stored=stored, conflicts=conflicts,
                last_received_at=max((row[3] for row in rows), default=None),
                duplicate_seqs=sorted({s for s in seqs if seqs.count(s) > 1}),
                hubs=sorted(hubs.get(station_id, ())),
                relays_for=sorted(s for s, of in hubs.items() if station_id in of),
            ))
    return lines


def format_table(lines: list[StationReconciliation]) -> str:
    """A plain text table for the command line."""
    if not lines:
        return "no stations registered yet (see 'collector add-station ID')"
    out = [f"{'station':<24} {'batches':>8} {'missing':<16} {'claimed':>8} {'stored':>8} "
           f"{'conflicts':>9}  state"]
    notes = []
    for line in lines:
        missing = ",".join(map(str, line.missing_seqs[:6])) or "-"
        if len(line.missing_seqs) > 6:
            missing += ",…"
        state = "complete" if line.complete else "incomplete"
        if line.hubs:
            state += f" (via {', '.join(line.hubs)})"
        if line.relays_for and not line.batches_received:
            state = "hub"
            notes.append(f"{line.station_id} is a venue hub: it relayed the batches of "
                         f"{', '.join(line.relays_for)}")
        out.append(f"{line.station_id:<24} {line.batches_received:>8} {missing:<16} "
                   f"{line.cards_claimed:>8} {line.cards_stored:>8} {line.conflicts:>9}  "
                   f"{state}")
    return "\n".join(out + notes)
