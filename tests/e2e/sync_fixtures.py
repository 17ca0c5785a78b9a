"""Shared builders for the sync and collector tests: stations with cards, enrolled.

Imported as ``tests.e2e.sync_fixtures`` (the repository root is on ``sys.path`` under
``python -m pytest``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import nacl.signing

from station_app.clock import utc_now
from station_app.collector.enrol import add_station
from station_app.collector.store import CollectorStore
from station_app.config import StationConfig, load_config
from station_app.intake import CardDraft
from station_app.paths import default_config_path
from station_app.protocol.batch import SIGNATURE_HEADER, STATION_HEADER
from station_app.protocol.enrolment import Enrolment
from station_app.protocol.signatures import upload_signature
from station_app.station import Station
from station_app.storage import open_database

PROMPTS = ("heute", "erhalten", "herausforderungen", "idee")
TOPICS = ("arbeit", "innovation", "kultur", "bildung", "wohnen")


def station_config(batch_size: int = 500, station_id: str = "buergerhalle-1",
                   collector_url: str = "") -> StationConfig:
    """The embedded demo station with sync settings changed."""
    config = load_config(default_config_path())
    return dataclasses.replace(
        config,
        station=dataclasses.replace(config.station, id=station_id),
        sync=dataclasses.replace(config.sync, batch_size=batch_size,
                                 collector_url=collector_url),
    )


def open_station(config: StationConfig, data_dir: Path | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> Station:
    """A station over a file database in ``data_dir`` (or in memory)."""
    if data_dir is None:
        return Station.assemble(config, Path("."), open_database(":memory:"), clock)
    return Station.assemble(config, data_dir, open_database(data_dir / "station.db"), clock)


def add_cards(station: Station, count: int, prefix: str = "Karte") -> list[str]:
    """Commit ``count`` varied cards in one transaction; returns their UUIDs."""
    drafts = [CardDraft(prompt_id=PROMPTS[i % len(PROMPTS)], topic_id=TOPICS[i % len(TOPICS)],
                        text=f"{prefix} {i}: Mehr Grün im Quartier, Ümläute & <b>Markup</b>",
                        district_id="eving" if i % 3 == 0 else None,
                        language="en" if i % 7 == 0 else "de")
              for i in range(count)]
    return [card.uuid for card in station.intake.submit_all(drafts)]


def enrol(store: CollectorStore, station_id: str, folder: Path,
          url: str = "http://127.0.0.1:8787",
          now: dt.datetime | None = None) -> Enrolment:
    """Register a station at the collector and return its enrolment."""
    return add_station(store, station_id, url, folder / f"enrolment-{station_id}.json",
                       now=now or (utc_now() - dt.timedelta(minutes=1)))


def upload_headers(raw: bytes, enrolment: Enrolment | None = None,
                   station_id: str = "buergerhalle-1",
                   key: nacl.signing.SigningKey | None = None) -> dict[str, str]:
    """The headers a station sends with a batch: its id and its signature over the bytes."""
    key = key or (enrolment.signing_key if enrolment else None)
    assert key is not None
    station = enrolment.station_id if enrolment else station_id
    return {"Content-Type": "application/json", STATION_HEADER: station,
            SIGNATURE_HEADER: upload_signature(raw, key)}
