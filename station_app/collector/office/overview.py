"""The office's overview in numbers: the events, each station's reconciliation, and how
many cards there are per prompt, topic, district and age group.

Every number is counted by SQLite (``GROUP BY`` over the indexed ``office_cards`` table),
never by loading cards into Python: the counts are one pass over the table, about a tenth
of a second at 100,000 cards on a laptop. Withdrawn cards are left out of the counts
(their holder took them back) and counted on their own; hidden cards are counted, and how
many of them there are is said.

Also here: the admins' one write on events, whether an event's results are published (and
whether its live wall shows only the cards a moderator approved).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from station_app.collector.heartbeats import StationHealth, station_health
from station_app.collector.office.audit import EVENT_CHANGED, AuditLog
from station_app.collector.office.cases import EVENT_COLUMNS, Event
from station_app.collector.packages import last_config_version
from station_app.collector.reconcile import StationReconciliation, reconcile
from station_app.collector.store import CollectorStore

COUNTED_KINDS = ("prompt", "topic", "district", "age_group")
"""The columns the overview counts by, in the order it shows them."""


@dataclass(frozen=True)
class EventLine:
    """One event with its number of cards (withdrawn ones not counted)."""

    event: Event
    cards: int
    wall_premoderated: bool = False
    """Whether the event's live wall shows only cards a moderator approved."""


@dataclass(frozen=True)
class Count:
    """How many cards have one prompt, topic, district or age group; ``id`` is ``None``
    for the cards that did not say (district and age group are optional)."""

    id: str | None
    cards: int


@dataclass(frozen=True)
class CardCounts:
    """The counts of one event (or of all): ``counted`` excludes withdrawn cards, ``hidden``
    is how many of the counted ones are hidden, ``withdrawn`` how many were left out."""

    counted: int
    hidden: int
    withdrawn: int
    by_kind: dict[str, list[Count]]


@dataclass(frozen=True)
class LastBatch:
    """The batch of a station that arrived last: its sequence number and arrival time."""

    seq: int
    received_at: str


@dataclass(frozen=True)
class StationLine:
    """One station's reconciliation and its latest batch (``None`` before the first), its
    latest heartbeat (``None`` before the first) and the newest configuration version
    packaged for it (0: none)."""

    reconciliation: StationReconciliation
    last_batch: LastBatch | None
    health: StationHealth | None = None
    latest_package: int = 0


class UnknownEvent(LookupError):
    """No event has this key."""


@dataclass(frozen=True)
class PublicationChange:
    """What an event's flags were and are (``results_public``, ``cards_public``, and
    ``wall_premoderated`` when it was given); ``changed`` is False if nothing was written."""

    event: Event
    before: dict[str, bool]
    after: dict[str, bool]

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _event(row: tuple) -> Event:
    return Event(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]))


class Overview:
    """Reads the overview's numbers from the collector database."""

    def __init__(self, store: CollectorStore) -> None:
        self.store = store

    def events(self) -> list[EventLine]:
        """Every event, the latest first, with its cards counted."""
        with self.store.lock:
            db = self.store.db
            counts = dict(db.execute(
                "SELECT event_key, COUNT(*) FROM office_cards WHERE withdrawn_at IS NULL"
                " GROUP BY event_key").fetchall())
            rows = db.execute(f"SELECT {EVENT_COLUMNS}, wall_premoderated FROM office_events"
                              " ORDER BY date DESC, name, key").fetchall()
        return [EventLine(_event(row), int(counts.get(row[0], 0)), bool(row[-1]))
                for row in rows]

    def stations(self) -> list[StationLine]:
        """Every registered station's reconciliation, in station id order."""
        lines = reconcile(self.store)
        with self.store.lock:
            last: dict[str, LastBatch] = {}
            for line in lines:
                row = self.store.db.execute(
                    "SELECT seq, received_at FROM batches WHERE station_id = ?"
                    " ORDER BY received_at DESC, rowid DESC LIMIT 1",
                    [line.station_id]).fetchone()
                if row is not None:
                    last[line.station_id] = LastBatch(int(row[0]), str(row[1]))
        health = station_health(self.store)
        return [StationLine(line, last.get(line.station_id), health.get(line.station_id),
                            last_config_version(self.store, line.station_id))
                for line in lines]

    def counts(self, event_key: str = "") -> CardCounts:
        """The cards per prompt, topic, district and age group, of one event or of all
        (``event_key`` empty); the most frequent first, "not given" after the others.

        One pass over the table: SQLite groups the cards by their combination of details
        (a few hundred lines at most, however many cards there are), and these lines are
        summed up per detail here.
        """
        where, values = ("WHERE event_key = ?", [event_key]) if event_key else ("", [])
        with self.store.lock:
            rows = self.store.db.execute(
                "SELECT prompt_id, topic_id, NULLIF(district_id, ''), NULLIF(age_group_id, ''),"
                " hidden <> 0, withdrawn_at IS NOT NULL, COUNT(*) FROM office_cards"
                f" {where} GROUP BY 1, 2, 3, 4, 5, 6", values).fetchall()
        counted = hidden = withdrawn = 0
        tallies: dict[str, Counter[str | None]] = {kind: Counter() for kind in COUNTED_KINDS}
        for *details, is_hidden, is_withdrawn, cards in rows:
            if is_withdrawn:
                withdrawn += cards
                continue
            counted += cards
            hidden += cards if is_hidden else 0
            for kind, value in zip(COUNTED_KINDS, details, strict=True):
                tallies[kind][value] += cards
        by_kind = {kind: [Count(value, cards) for value, cards in sorted(
            tally.items(), key=lambda item: (item[0] is None, -item[1], item[0] or ""))]
            for kind, tally in tallies.items()}
        return CardCounts(counted, hidden, withdrawn, by_kind)


def set_publication(store: CollectorStore, audit: AuditLog, key: str, *,
                    results_public: bool, cards_public: bool, actor: str, client: str,
                    wall_premoderated: bool | None = None) -> PublicationChange:
    """Publish or withdraw an event's results page and its single cards, and (unless
    ``wall_premoderated`` is None) say whether its live wall waits for approvals, in one
    transaction with its audit entry (none if nothing changed); ``UnknownEvent`` if no
    event has ``key``."""
    after = {"results_public": results_public, "cards_public": cards_public}
    with store.transaction() as db:
        row = db.execute(f"SELECT {EVENT_COLUMNS}, wall_premoderated FROM office_events"
                         " WHERE key = ?", [key]).fetchone()
        if row is None:
            raise UnknownEvent(key)
        event = _event(row)
        before = {"results_public": event.results_public, "cards_public": event.cards_public}
        wall = bool(row[-1])
        if wall_premoderated is not None:
            before["wall_premoderated"], wall = wall, wall_premoderated
            after["wall_premoderated"] = wall
        if before != after:
            db.execute("UPDATE office_events SET results_public = ?, cards_public = ?,"
                       " wall_premoderated = ? WHERE key = ?",
                       [int(results_public), int(cards_public), int(wall), key])
            audit.record(actor, EVENT_CHANGED, client=client, target=key, before=before,
                         after=after)
    return PublicationChange(event, before, after)
