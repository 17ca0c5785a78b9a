"""The stations' heartbeats at the collector: the latest one of each station, checked
against the station's key, with the offset of its clock (``protocol/heartbeat.py``).

The offset is the station's ``sent_at`` minus the time the heartbeat arrived (positive: the
station's clock is ahead); a heartbeat read from a USB stick arrived long after it was
written, so only a network heartbeat sets it. An older heartbeat than the one kept (a USB
file imported late) changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.canonical import FormatError
from station_app.protocol.heartbeat import Heartbeat, read_heartbeat, station_of
from station_app.protocol.signatures import SignatureError

SILENT_AFTER = dt.timedelta(hours=2)
"""A station heard from less recently than this (and than three of its sync intervals) is
flagged as silent in the office."""
CLOCK_TOLERANCE = dt.timedelta(minutes=5)
"""A station whose clock is off by more than this is flagged (cards' times, the session)."""


class HeartbeatRefused(UserError):
    """Not a heartbeat of a station this collector knows, or not signed by it."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status


@dataclass(frozen=True)
class StationHealth:
    """A station's latest heartbeat as the office shows it."""

    heartbeat: Heartbeat
    received_at: dt.datetime
    clock_offset: dt.timedelta | None
    """None for a heartbeat from a USB stick (its arrival says nothing about the clock)."""
    by_file: bool

    def silent(self, now: dt.datetime, expected: dt.timedelta = SILENT_AFTER) -> bool:
        return now - self.received_at > expected

    @property
    def clock_off(self) -> bool:
        return self.clock_offset is not None and abs(self.clock_offset) > CLOCK_TOLERANCE


def receive_heartbeat(store: CollectorStore, raw: bytes, received_at: dt.datetime, *,
                      by_file: bool = False) -> Heartbeat:
    """Check and keep a heartbeat (the newest per station); ``HeartbeatRefused`` says why
    not (400 malformed, 403 unknown station or wrong signature)."""
    try:
        station_id, document = station_of(raw)
    except FormatError as error:
        raise HeartbeatRefused(400, str(error)) from None
    station = store.station(station_id)
    if station is None:
        raise HeartbeatRefused(403, f"unknown station {station_id!r}")
    heartbeat = None
    for key, _enrolled_at in station["keys"]:
        try:
            heartbeat = read_heartbeat(document, key)
            break
        except SignatureError:
            continue
        except FormatError as error:
            raise HeartbeatRefused(400, str(error)) from None
    if heartbeat is None:
        raise HeartbeatRefused(403, "the signature does not match the station's key")
    offset = None if by_file else (heartbeat.sent_at - received_at).total_seconds()
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO station_heartbeats (station_id, sent_at, received_at,"
            " clock_offset_seconds, by_file, document) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(station_id) DO UPDATE SET sent_at = excluded.sent_at,"
            " received_at = excluded.received_at,"
            " clock_offset_seconds = excluded.clock_offset_seconds,"
            " by_file = excluded.by_file, document = excluded.document"
            " WHERE excluded.sent_at > station_heartbeats.sent_at",
            [station_id, heartbeat.sent_at.astimezone(dt.UTC).isoformat(),
             received_at.astimezone(dt.UTC).isoformat(), offset, int(by_file),
             json.dumps(heartbeat.as_document(), ensure_ascii=False)])
    return heartbeat


def station_health(store: CollectorStore) -> dict[str, StationHealth]:
    """The latest heartbeat of every station that sent one, by station id."""
    with store.lock:
        rows = store.db.execute("SELECT station_id, received_at, clock_offset_seconds,"
                                " by_file, document FROM station_heartbeats").fetchall()
    health = {}
    for station_id, received_at, offset, by_file, document in rows:
        data = json.loads(document)
        heartbeat = Heartbeat(
            station_id=station_id, sent_at=dt.datetime.fromisoformat(data["sent_at"]),
            app_version=data["app_version"], config_version=data["config_version"],
            pending_cards=data["pending_cards"], printer=data["printer"],
            free_disk_bytes=data["free_disk_bytes"], last_error=data["last_error"])
        health[station_id] = StationHealth(
            heartbeat, dt.datetime.fromisoformat(received_at),
            dt.timedelta(seconds=offset) if offset is not None else None, bool(by_file))
    return health
