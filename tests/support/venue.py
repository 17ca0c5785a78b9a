"""A venue's hub with stations enrolled at it, for the relay's tests: cards written at a
station, sealed and stored at the hub as the station's uploads would be."""

from __future__ import annotations

import datetime as dt
import json

import nacl.public

from station_app.collector.ingest import BatchIngest
from station_app.collector.store import CollectorStore
from station_app.sync import StationSync
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config

NOW = dt.datetime(2026, 9, 28, 12, 0, tzinfo=dt.UTC)
YESTERDAY = (NOW - dt.timedelta(days=1)).date().isoformat()


class Venue:
    """Stations enrolled at the hub, their batches stored there."""

    def __init__(self, hub: CollectorStore, folder) -> None:
        self.hub = hub
        self.folder = folder
        self.ingest = BatchIngest(hub, clock=lambda: NOW)
        self.enrolments: dict = {}
        self.stations: dict = {}

    def station(self, station_id: str, batch_size: int = 10):
        if station_id not in self.stations:
            self.enrolments[station_id] = enrol(self.hub, station_id, self.folder,
                                                now=NOW - dt.timedelta(days=1))
            self.stations[station_id] = open_station(
                station_config(batch_size=batch_size, station_id=station_id),
                clock=lambda: NOW - dt.timedelta(hours=1))
        return self.stations[station_id]

    def seal(self, station_id: str) -> list[bytes]:
        station = self.stations[station_id]
        sync = StationSync(station.config, station.db, self.enrolments[station_id],
                           clock=lambda: NOW - dt.timedelta(minutes=5))
        return [batch.document for batch in sync.sealer.seal_pending()]

    def hand_in(self, station_id: str, count: int) -> tuple[list[str], list[bytes]]:
        """Cards written at a station, sealed and uploaded to the hub."""
        uuids = add_cards(self.station(station_id), count, prefix=station_id)
        batches = self.seal(station_id)
        for raw in batches:
            self.ingest.ingest(raw)
        return uuids, batches

    def contact(self, station_id: str, uuid: str) -> None:
        """A Mitmachpool address sealed for the hub's key (yesterday's: it travels)."""
        station = self.station(station_id)
        box = nacl.public.SealedBox(self.enrolments[station_id].collector_public_key)
        station.db["contacts"].insert({
            "uuid": uuid, "session_id": station.sessions.current_or_open().id,
            "consent_version": "2026-1", "consented_at": YESTERDAY,
            "sealed": box.encrypt(json.dumps({"email": f"{uuid}@example.org"}).encode())})

    def close(self) -> None:
        for station in self.stations.values():
            station.close()


def city_cards(city: CollectorStore) -> list[str]:
    return [row[0] for row in city.db.execute("SELECT uuid FROM cards").fetchall()]
