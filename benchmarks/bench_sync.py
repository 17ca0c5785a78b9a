"""Sync benchmarks: 10,000 cards from a station to a local collector, and ingest rate.

Each figure is a wall-clock time set against a floor measured in the same run: plain
SQLite inserts of the same rows with the same durability pragmas (WAL, synchronous=FULL,
one transaction). ``ratio`` is time / floor, so it says how many times the bare database
write the whole path costs (signing, hashing, JSON, HTTP, verification, bookkeeping).
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.timing import row
from station_app.clock import utc_now
from station_app.collector.enrol import add_station
from station_app.collector.ingest import BatchIngest
from station_app.collector.store import CollectorStore
from station_app.config import load_config
from station_app.intake import CardDraft
from station_app.paths import default_config_path
from station_app.station import Station
from station_app.storage import open_database
from station_app.sync import StationSync

CARDS = 10_000
BATCH_SIZE = 500
REPO = Path(__file__).resolve().parents[1]


def _station(folder: Path, url: str) -> Station:
    config = load_config(default_config_path())
    config = dataclasses.replace(config, sync=dataclasses.replace(
        config.sync, batch_size=BATCH_SIZE, collector_url=url))
    station = Station.assemble(config, folder, open_database(folder / "station.db"))
    drafts = [CardDraft(prompt_id=config.prompts[i % 4].id, topic_id=config.topics[i % 5].id,
                        text=f"Karte {i}: Mehr Grün und bezahlbarer Wohnraum im Quartier.")
              for i in range(CARDS)]
    station.intake.submit_all(drafts)
    return station


def _floor(rows: list[tuple], columns: int, folder: Path) -> float:
    """Seconds to insert ``rows`` into a fresh durable SQLite table, one transaction."""
    path = folder / f"floor-{time.monotonic_ns()}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(columns))},"
                 " PRIMARY KEY (c0))")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' for _ in range(columns))})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(db: Path, port: int, *options: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "station_app", "collector", "serve", "--db", str(db),
         "--port", str(port), *options], cwd=REPO, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO)})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).is_success:
                return process
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the collector did not start")


def run() -> list[dict]:
    """Both measurements, each with its floor from this run."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = CollectorStore.open(folder / "collector.db")
        port = _free_port()
        enrolment = add_station(store, "buergerhalle-1", f"http://127.0.0.1:{port}",
                                folder / "enrolment.json")
        store.close()
        (folder / "station").mkdir()
        station = _station(folder / "station", f"http://127.0.0.1:{port}")
        card_rows = [tuple(row.values()) for row in station.db["cards"].rows]

        process = _serve(folder / "collector.db", port)
        try:
            sync = StationSync(station.config, station.db, enrolment)
            start = time.perf_counter()
            report = sync.upload_once()
            sync_seconds = time.perf_counter() - start
            sync.close()
        finally:
            process.terminate()
            process.wait(10)
        if not report.ok or report.cards_acknowledged != CARDS:
            raise RuntimeError(f"benchmark sync failed: {report.errors}")
        sync_floor = _floor(card_rows, len(card_rows[0]), folder)

        # Ingest: the same 10,000 cards, sealed again for a second station, straight into
        # BatchIngest (no HTTP), against inserting the collector's card rows.
        store = CollectorStore.open(folder / "ingest.db")
        other = add_station(store, "buergerhalle-2", "http://127.0.0.1:1",
                            folder / "enrolment-2.json")
        config = dataclasses.replace(station.config, station=dataclasses.replace(
            station.config.station, id="buergerhalle-2"))
        station.db.execute("UPDATE cards SET station_id = 'buergerhalle-2'")
        station.db.execute("DELETE FROM sync_batch_cards")
        station.db.execute("DELETE FROM sync_batches")
        batches = [b.document for b in StationSync(config, station.db, other)
                   .sealer.seal_pending()]
        station.close()
        ingest = BatchIngest(store)
        start = time.perf_counter()
        for raw in batches:
            ingest.ingest(raw)
        ingest_seconds = time.perf_counter() - start
        stored = [(c["uuid"], c["code"], c["station_id"], "b", "h", c["created_at"],
                   utc_now().isoformat(), json.dumps(c, ensure_ascii=False))
                  for raw in batches for c in json.loads(raw)["cards"]]
        store.close()
        ingest_floor = _floor(stored, 8, folder)

    floor_name = "plain SQLite inserts of the same rows (WAL, synchronous=FULL)"
    return [
        row(f"sync: {CARDS} cards station -> local collector (seal, sign, HTTP, ack)",
            sync_seconds, "s", sync_floor, floor_name=floor_name),
        row(f"collector ingest: {CARDS} cards (verify, dedupe, store)",
            ingest_seconds, "s", ingest_floor, floor_name=floor_name),
        row("collector ingest rate", CARDS / ingest_seconds, "cards/s", CARDS / ingest_floor,
            floor_name=floor_name),
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
