"""Sync benchmarks: 10,000 cards from a station to a local collector, and ingest rates.

Each figure is a wall-clock time set against a floor measured in the same run. ``ratio``
is time / floor for a time (how many times the bare database write the whole path costs)
and rate / floor rate for a rate (the target: at least half the floor's rate).

- sync: the station's card rows inserted into one durable SQLite table (WAL,
  synchronous=FULL, one transaction) against the whole path (seal, sign, HTTP, ack).
- ingest on SQLite: ``BatchIngest.ingest`` of 20 batches of 500 cards (no HTTP) against
  writing the same rows of the same tables the ingest wrote – ``batches``, ``cards``,
  ``office_events``, ``office_cards``, the full-text ``office_card_text`` (FTS5 trigrams)
  and ``office_labels`` – read back from the ingest's own database and inserted with
  ``executemany`` into a fresh collector database (same schema, indexes and pragmas), one
  transaction per batch as the ingest commits them.
- ingest on PostgreSQL: the same batches into a fresh PostgreSQL collector database
  (``tests.support.postgres.running_postgres``, a server of this run) against ``COPY`` of
  the same rows of the same tables (the ``pg_trgm`` index included), read back likewise,
  one transaction per batch.
- each ingest figure and its floor: the median of ``INGEST_RUNS`` runs into fresh
  databases.

What the ingest does beyond its floor, per batch: parse and check the JSON
(``read_document``: the text the signature covers and each card's JSON are cut from the
body the station wrote), the signature and the manifest, the per-card checks, the look-ups
for idempotency and conflicts, the office's labels and rowids, and on PostgreSQL the
writers' advisory lock and the generation counter.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks.timing import row
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
INGEST_RUNS = 3
"""The ingest and its floor are each the median of this many runs, each into a fresh
database (one run of a second on a machine shared with the database server varies by a
tenth either way)."""
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


FLOOR_TABLES = ("batches", "cards", "office_events", "office_cards", "office_card_text",
                "office_labels")
"""The tables an ingest of cards (without contacts or moderation) writes, in order."""
_FLOOR_SELECT = {
    "batches": "SELECT * FROM batches WHERE batch_id = ?",
    "cards": "SELECT * FROM cards WHERE batch_id = ?",
    "office_cards": "SELECT {rowid}o.* FROM office_cards o JOIN cards c ON c.uuid = o.uuid"
                    " WHERE c.batch_id = ? ORDER BY o.rowid",
    "office_card_text": "SELECT t.rowid, t.text FROM office_card_text t JOIN office_cards o"
                        " ON o.rowid = t.rowid JOIN cards c ON c.uuid = o.uuid"
                        " WHERE c.batch_id = ? ORDER BY t.rowid",
}
"""Per batch, the rows the ingest wrote; ``office_events`` and ``office_labels`` (a few
rows, upserted with every batch) are copied whole with the first batch."""


Written = dict[str, tuple[list[str], list[tuple]]]
"""Table name: its column names and rows."""


def _written(conn: Any, batch_ids: list[str], rowid: str, mark: str) -> list[Written]:
    """The registered stations (written before the clock starts), then per batch each
    floor table's column names and rows, as the ingest stored them."""
    cursor = conn.execute("SELECT * FROM stations")
    out: list[Written] = [{"stations": ([column[0] for column in cursor.description],
                                        [tuple(found) for found in cursor.fetchall()])}]
    for number, batch_id in enumerate(batch_ids):
        tables: Written = {}
        for table in FLOOR_TABLES:
            if table in _FLOOR_SELECT:
                sql = _FLOOR_SELECT[table].format(rowid=rowid).replace("?", mark)
                cursor = conn.execute(sql, [batch_id])
            elif number == 0:
                cursor = conn.execute(f"SELECT * FROM {table}")
            else:
                continue
            rows = [tuple(found) for found in cursor.fetchall()]
            tables[table] = ([column[0] for column in cursor.description], rows)
        out.append(tables)
    return out


def _sqlite_floor(source: Path, empty: Path, folder: Path, batch_ids: list[str]) -> float:
    """Seconds to write the ingest's rows into a fresh collector database, ``executemany``
    per table, one transaction per batch (WAL, synchronous=FULL, foreign keys on)."""
    with sqlite3.connect(source) as conn:
        per_batch = _written(conn, batch_ids, "o.rowid AS rowid, ", "?")
    path = folder / f"floor-{time.monotonic_ns()}.db"
    shutil.copy(empty, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    start = 0.0
    for number, tables in enumerate(per_batch):
        if number == 1:
            start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table, (columns, rows) in tables.items():
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                             f" ({', '.join('?' for _ in columns)})", rows)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _postgres_floor(source: str, empty: str, batch_ids: list[str]) -> float:
    """Seconds to ``COPY`` the ingest's rows into a fresh PostgreSQL collector database,
    one transaction per batch."""
    import psycopg

    with psycopg.connect(source) as conn:
        per_batch = _written(conn, batch_ids, "", "%s")
    with psycopg.connect(empty, autocommit=True) as conn:
        start = 0.0
        for number, tables in enumerate(per_batch):
            if number == 1:
                start = time.perf_counter()
            with conn.transaction():
                for table, (columns, rows) in tables.items():
                    with conn.cursor().copy(f"COPY {table} ({', '.join(columns)})"
                                            " FROM STDIN") as copy:
                        for found in rows:
                            copy.write_row(found)
        return time.perf_counter() - start


def _ingest(store: CollectorStore, batches: list[bytes]) -> tuple[float, list[str]]:
    """Seconds to ingest ``batches`` one after another, and their ids."""
    ingest = BatchIngest(store)
    start = time.perf_counter()
    ids = [ingest.ingest(raw).batch_id for raw in batches]
    return time.perf_counter() - start, ids


def _registered(target: Path | str, station: dict[str, Any]) -> CollectorStore:
    """A fresh collector database that knows the station the batches come from."""
    store = CollectorStore.open(target)
    store.add_station(station["station_id"], station["verify_key"], station["enrolled_at"])
    return store


def _median_runs(run: Callable[[int], tuple[float, float]]) -> tuple[float, float]:
    """The median ingest time and the median floor of ``INGEST_RUNS`` runs."""
    runs = [run(number) for number in range(INGEST_RUNS)]
    return (statistics.median(seconds for seconds, _floor in runs),
            statistics.median(floor for _seconds, floor in runs))


def _postgres_rows(batches: list[bytes], station: dict[str, Any]) -> list[dict]:
    """The ingest on PostgreSQL against ``COPY``, on a server started for this."""
    from tests.support.postgres import running_postgres

    with running_postgres() as server:
        template = server.create_database()
        CollectorStore.open(server.url(template)).close()

        def run(_number: int) -> tuple[float, float]:
            url, empty = (server.url(server.create_database(template)) for _ in range(2))
            store = _registered(url, station)
            try:
                seconds, ids = _ingest(store, batches)
            finally:
                store.close()
            return seconds, _postgres_floor(url, empty, ids)

        seconds, floor = _median_runs(run)
    floor_name = ("COPY of the same rows of the same tables into a fresh PostgreSQL "
                  "collector database, one transaction per batch")
    return [
        row(f"collector ingest on PostgreSQL: {CARDS} cards (verify, dedupe, store)",
            seconds, "s", floor, floor_name=floor_name),
        row("collector ingest rate on PostgreSQL", CARDS / seconds, "cards/s",
            CARDS / floor, target="≥ 0.5", floor_name=floor_name),
    ]


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
    """Every measurement, each with its floor from this run."""
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
        # BatchIngest (no HTTP), against writing the rows it wrote into a fresh database.
        CollectorStore.open(folder / "empty.db").close()
        store = CollectorStore.open(folder / "enrolling.db")
        other = add_station(store, "buergerhalle-2", "http://127.0.0.1:1",
                            folder / "enrolment-2.json")
        registered = store.station("buergerhalle-2")
        store.close()
        assert registered is not None
        config = dataclasses.replace(station.config, station=dataclasses.replace(
            station.config.station, id="buergerhalle-2"))
        station.db.execute("UPDATE cards SET station_id = 'buergerhalle-2'")
        station.db.execute("DELETE FROM sync_batch_cards")
        station.db.execute("DELETE FROM sync_batches")
        batches = [b.document for b in StationSync(config, station.db, other)
                   .sealer.seal_pending()]
        station.close()

        def run(number: int) -> tuple[float, float]:
            path = folder / f"ingest-{number}.db"
            store = _registered(path, registered)
            try:
                seconds, ids = _ingest(store, batches)
            finally:
                store.close()
            return seconds, _sqlite_floor(path, folder / "empty.db", folder, ids)

        ingest_seconds, ingest_floor = _median_runs(run)

    sync_floor_name = "plain SQLite inserts of the same rows (WAL, synchronous=FULL)"
    floor_name = ("executemany of the same rows of the same tables (cards, office index, "
                  "FTS5) into a fresh collector database, one transaction per batch")
    return [
        row(f"sync: {CARDS} cards station -> local collector (seal, sign, HTTP, ack)",
            sync_seconds, "s", sync_floor, floor_name=sync_floor_name),
        row(f"collector ingest: {CARDS} cards (verify, dedupe, store)",
            ingest_seconds, "s", ingest_floor, floor_name=floor_name),
        row("collector ingest rate", CARDS / ingest_seconds, "cards/s", CARDS / ingest_floor,
            target="≥ 0.5", floor_name=floor_name),
        *_postgres_rows(batches, registered),
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
