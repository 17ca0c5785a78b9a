"""1,000 cards reach a real collector through a faulty network and collector restarts."""

from __future__ import annotations

import random
import threading

import pytest

from station_app.collector.reconcile import reconcile
from station_app.collector.store import CollectorStore
from station_app.storage import open_database
from station_app.storage.sync_state import SyncLedger
from station_app.sync import Backoff, StationSync, SyncWorker, load_station_enrolment
from tests.e2e.collector_process import CollectorProcess, run_cli
from tests.e2e.sync_fault_proxy import FaultProxy
from tests.e2e.sync_fixtures import add_cards, open_station, station_config
from tests.waiting import wait_until

pytestmark = pytest.mark.slow


def test_thousand_cards_sync_exactly_once_through_faults_and_restarts(tmp_path, collector_db):
    station_dir = tmp_path / "station"
    station_dir.mkdir()
    enrolled = run_cli("collector", "add-station", "buergerhalle-1", "--db", str(collector_db),
                       "-o", str(station_dir / "enrolment.json"))
    assert enrolled.returncode == 0, enrolled.stderr

    with CollectorProcess(collector_db, log=tmp_path / "collector.log") as collector, \
            FaultProxy(collector.port, seed=11, fault_rate=0.45, max_faults=30) as proxy:
        config = station_config(batch_size=25, collector_url=proxy.url)
        station = open_station(config, station_dir)
        uuids = add_cards(station, 1000)
        station.close()
        enrolment = load_station_enrolment(config, station_dir)

        done = threading.Event()
        runs: list[tuple[bool, str | None]] = []

        def listener(report, status, error):
            runs.append((bool(report and report.ok), error))
            if status is not None and status.pending_cards == 0:
                done.set()

        worker = SyncWorker(
            lambda: StationSync(config, open_database(station_dir / "station.db"), enrolment,
                                owns_db=True),
            interval=30, backoff=Backoff(base=0.05, cap=0.4, rng=random.Random(5)),
            listener=listener)
        worker.start()
        try:
            # 40 batches need at least 40 connections: these restarts happen mid-sync.
            wait_until(lambda: sum(proxy.fates.values()) >= 12, 60, "12 upload attempts")
            collector.stop(kill=True)  # a crash, possibly in the middle of a batch
            seen = sum(proxy.fates.values())
            wait_until(lambda: sum(proxy.fates.values()) >= seen + 3, 60,
                     "the station to retry against a dead collector")
            collector.start()
            wait_until(lambda: sum(proxy.fates.values()) >= 30, 60, "30 upload attempts")
            collector.restart()  # a graceful restart
            assert done.wait(120), f"sync did not finish: {runs[-5:]}"
        finally:
            worker.stop()

    assert runs[-1][0], "the last run must have succeeded"
    for fate in ("pass", "drop", "delay", "cut_request", "cut_response"):
        assert proxy.fates[fate] > 0, proxy.fates
    assert any(not ok for ok, _ in runs), "the faults never reached the station"

    store = CollectorStore.open(collector_db)
    try:
        held = [row[0] for row in store.db.execute("SELECT uuid FROM cards").fetchall()]
        assert len(held) == len(set(held)) == 1000
        assert set(held) == set(uuids)
        line = reconcile(store)[0]
        assert line.complete and line.missing_seqs == [] and line.cards_stored == 1000
        assert line.batches_received == 40
    finally:
        store.close()

    db = open_database(station_dir / "station.db")
    try:
        ledger = SyncLedger(db)
        assert ledger.unsynced_cards() == []
        assert db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 1000
        assert ledger.status().last_success_at is not None
    finally:
        db.close()
