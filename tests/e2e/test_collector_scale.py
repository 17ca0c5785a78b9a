"""The collector under load, on loopback, on both backends (issue 16).

Twenty stations of 2,000 cards each sync at once into ``collector serve --workers 4``
through the fault-injecting proxy, and the collector ends up holding every card exactly once,
every station's reconciliation complete and free of conflicts. Beside them 200 concurrent
readers ask for follow-up pages – codes of cards the collector has acknowledged, and codes
it cannot hold – and never see a 5xx; their p99 latency is printed and recorded. A small
check beside it: with the page limit left at its default, a 429 is the only refusal.

Bounded in count and in time: each upload and the readers have deadlines, the figures go to
the terminal (``pytest -q`` shows them) and to the JUnit properties.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import closing
from pathlib import Path

import pytest

from station_app.collector.reconcile import reconcile
from station_app.collector.store import CollectorStore
from station_app.storage import open_database
from station_app.storage.sync_state import SyncLedger
from station_app.sync import StationSync
from tests.e2e.collector_process import CollectorProcess, query
from tests.e2e.scale_load import (
    CodePool,
    FleetStation,
    ReaderProcess,
    ReadResults,
    StationUploader,
    UploadOutcome,
    build_fleet,
    enrol_fleet,
    read_pages,
)
from tests.e2e.sync_fault_proxy import FATES, FaultProxy
from tests.waiting import wait_until

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

STATIONS = 20
CARDS = 2_000
BATCH_SIZE = 200
WORKERS = 4
READERS = 200
UPLOAD_SECONDS = 90
"""The deadline of every station's upload and of the readers (a quiet run's sync takes
some 20 s, one beside other load on the machine some 50 s)."""
READ_PAUSE = 0.4
"""Seconds a reader spends on a page before the next (jittered by half): 200 readers ask
some 500 pages a second. Back to back they would take both of the machine's cores from
the uploads and time the test machine rather than the collector."""
P99_BOUND = 5.0
"""Seconds: generous, to catch a hang or a starved event loop, not to time the pages."""
NO_LIMIT = ("--page-rate", "1000000", "--page-burst", "1000000")
"""All readers come from 127.0.0.1, one client to the limiter: lifted, so that every read
is a real page read."""


@pytest.fixture(params=("sqlite", "postgresql"))
def scale_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """The collector's database: a file, or a database of its own on the suite's server."""
    if request.param == "postgresql":
        make: Callable[[], str] = request.getfixturevalue("collector_databases")
        return make()
    return tmp_path / "collector.db"


def report(request: pytest.FixtureRequest, figures: dict[str, object]) -> None:
    """Figures in the terminal of a plain ``pytest -q`` run (past the output capture) and
    in the JUnit XML (``record_property``'s list)."""
    request.node.user_properties.extend(figures.items())
    plugins = request.config.pluginmanager
    terminal = plugins.get_plugin("terminalreporter")
    capture = plugins.get_plugin("capturemanager")
    if terminal is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        terminal.write_line("")
        for name, value in figures.items():
            terminal.write_line(f"{request.node.name} {name}: {value}")


def collector_on(db: Path | str, log: Path, *options: str) -> CollectorProcess:
    """A collector with ``WORKERS`` processes, not started yet (its port is chosen)."""
    return CollectorProcess(db, None, "--workers", str(WORKERS), *options, log=log)


def start(collector: CollectorProcess) -> CollectorProcess:
    """Start ``collector``; ready once every worker serves."""
    collector.start()
    wait_until(lambda: "collector listening" in collector.log.read_text(), 30,
               "all workers to be ready")
    return collector


def test_twenty_stations_and_two_hundred_readers_at_once(request, tmp_path, scale_db):
    began = time.monotonic()
    enrolments = enrol_fleet(scale_db, STATIONS, tmp_path)
    collector = collector_on(scale_db, tmp_path / "collector.log", *NO_LIMIT)
    uploaders: list[StationUploader] = []
    with FaultProxy(collector.port, seed=16, fault_rate=0.3, max_faults=60) as proxy:
        fleet = build_fleet(tmp_path / "stations", STATIONS, CARDS, BATCH_SIZE, proxy.url)
        readers = ReaderProcess(collector.url, READERS, UPLOAD_SECONDS, 1_000, READ_PAUSE,
                                tmp_path / "reads.json")
        pool = CodePool(readers.forward)
        try:
            start(collector)
            built = time.monotonic() - began
            readers.start()
            go = threading.Barrier(STATIONS)
            deadline = time.monotonic() + UPLOAD_SECONDS
            uploaders.extend(StationUploader(station, enrolments[station.station_id], pool, go,
                                             deadline, seed=number)
                             for number, station in enumerate(fleet))
            for uploader in uploaders:
                uploader.start()
            for uploader in uploaders:
                uploader.join(max(0.0, deadline - time.monotonic()) + 10)
            reads = readers.finish()
        finally:
            for uploader in uploaders:
                uploader.stop_event.set()
            readers.stop()
            collector.stop()
    outcomes = {uploader.station.station_id: uploader.outcome for uploader in uploaders}
    disconnects, other_errors = collector_errors(collector.log.read_text())
    failed = sum(outcome.failed_runs for outcome in outcomes.values())
    fates = dict(proxy.fates)
    report(request, {
        "wall time (s)": f"{time.monotonic() - began:.1f}",
        "stations built, enrolled, collector started (s)": f"{built:.1f}",
        "sync of all stations (s)": f"{max(o.seconds for o in outcomes.values()):.1f}",
        "failed upload runs": failed,
        "what the stations were told": dict(station_errors(outcomes.values())),
        "proxy fates": fates,
        "ClientDisconnect tracebacks in the collector's log": disconnects,
        "other errors in the collector's log": len(other_errors),
        "health answers by worker pid": dict(reads.workers),
        "reads": reads.summary(),
        "reads while the stations synced": reads.reads_before_stop,
        "p50 (ms)": f"{reads.percentile(0.5) * 1000:.0f}",
        "p99 (ms)": f"{reads.percentile(0.99) * 1000:.0f}",
    })

    problems = {sid: outcome.error for sid, outcome in outcomes.items() if not outcome.done}
    assert not problems, problems
    assert not other_errors, other_errors[0][-3000:]
    check_collector(scale_db, fleet)
    check_stations(fleet)
    check_reads(reads, len(pool))
    for fate in FATES:
        assert proxy.fates[fate] > 0, fates
    assert failed > 0, "no fault reached a station"
    assert disconnects <= proxy.fates["cut_request"], disconnects
    assert len([pid for pid in reads.workers if pid]) > 1, reads.workers  # shared load


def station_errors(outcomes: Iterable[UploadOutcome]) -> Counter[str]:
    """The errors of the stations' failed runs, by message (the batch number left out)."""
    return Counter(re.sub(r"^batch \d+: ", "", error)
                   for outcome in outcomes for report in outcome.runs for error in report.errors)


def collector_errors(log: str) -> tuple[int, list[str]]:
    """The errors the collector logged: how many were a request the proxy cut while its
    body was read (``ClientDisconnect``: nobody is left to answer), and every other one
    (a traceback before the first ``ERROR:`` counts too)."""
    head, *errors = log.split("ERROR:")
    cut, other = 0, [head] if "Traceback" in head else []
    for block in errors:
        if block.rstrip().endswith("starlette.requests.ClientDisconnect"):
            cut += 1
        else:
            other.append(block)
    return cut, other


def check_collector(db: Path | str, fleet: list[FleetStation]) -> None:
    """Every card exactly once, every batch once, no conflict, every station's
    reconciliation complete: read from the collector's database (``query``) and with the
    product's ``reconcile``."""
    expected = {uuid for station in fleet for uuid in station.uuids}
    assert len(expected) == STATIONS * CARDS
    held = [uuid for (uuid,) in query(db, "SELECT uuid FROM cards")]
    assert len(held) == STATIONS * CARDS, len(held)
    assert query(db, "SELECT uuid, count(*) FROM cards GROUP BY uuid HAVING count(*) > 1"
                 ) == []
    assert set(held) == expected
    per_station = dict(query(db, "SELECT station_id, count(*) FROM cards GROUP BY station_id"))
    assert per_station == {station.station_id: CARDS for station in fleet}, per_station
    batches = dict(query(db, "SELECT station_id, count(DISTINCT seq) FROM batches"
                             " GROUP BY station_id"))
    assert batches == {station.station_id: CARDS // BATCH_SIZE for station in fleet}, batches
    assert query(db, "SELECT count(*) FROM batches") == [(STATIONS * CARDS // BATCH_SIZE,)]
    assert query(db, "SELECT count(*) FROM conflicts") == [(0,)]
    assert query(db, "SELECT count(*), count(DISTINCT uuid) FROM office_cards") \
        == [(STATIONS * CARDS, STATIONS * CARDS)]
    if isinstance(db, Path):
        assert query(db, "PRAGMA integrity_check") == [("ok",)]
    with closing(CollectorStore.open(db)) as store:
        lines = reconcile(store)
    assert [line.station_id for line in lines] == [station.station_id for station in fleet]
    for line in lines:
        assert line.complete, line
        assert line.cards_stored == line.cards_claimed == CARDS, line
        assert line.batches_received == line.highest_seq == CARDS // BATCH_SIZE, line
        assert line.conflicts == 0 and line.duplicate_seqs == [] == line.missing_seqs, line


def check_stations(fleet: list[FleetStation]) -> None:
    """Each station knows every card of its own acknowledged."""
    for station in fleet:
        with closing(open_database(station.db_path)) as db:
            ledger = SyncLedger(db)
            assert ledger.unsynced_cards() == [] and ledger.unacknowledged() == []
            assert StationSync.status_of(db).pending_cards == 0


def check_reads(reads: ReadResults, acknowledged: int) -> None:
    """No 5xx and no lost request; an acknowledged card's page is there, an unknown
    code's is not; enough reads happened while the stations synced."""
    statuses = reads.statuses()
    assert not [read for read in reads.reads if read.status == 0], \
        [read.error for read in reads.reads if read.status == 0][:5]
    assert not [key for key in statuses if key[1] >= 500], statuses
    assert {status for kind, status in statuses if kind == "known"} == {200}, statuses
    assert {status for kind, status in statuses if kind != "known"} == {404}, statuses
    assert acknowledged == STATIONS * CARDS
    assert reads.reads_before_stop >= 2 * READERS, reads.reads_before_stop
    assert sum(n for (kind, _), n in statuses.items() if kind == "known") >= READERS
    assert reads.percentile(0.99) < P99_BOUND, reads.summary()


def test_with_the_default_page_limit_a_429_is_the_only_refusal(request, tmp_path, scale_db):
    enrolments = enrol_fleet(scale_db, 1, tmp_path)
    collector = start(collector_on(scale_db, tmp_path / "collector.log"))
    try:
        station = build_fleet(tmp_path / "stations", 1, 20, BATCH_SIZE, collector.url)[0]
        with closing(open_database(station.db_path)) as db:
            sync = StationSync(station.config, db, enrolments[station.station_id])
            try:
                assert sync.upload_once().cards_acknowledged == 20
            finally:
                sync.close()
        pool = CodePool()
        pool.add(station.codes)
        reads = asyncio.run(read_pages(collector.url, pool, READERS, threading.Event(),
                                       time.monotonic() + 30, max_reads=2))
    finally:
        collector.stop()
    statuses = reads.statuses()
    assert len(reads.reads) == 2 * READERS
    assert {status for _, status in statuses} <= {200, 404, 429}, statuses
    assert sum(n for (_, status), n in statuses.items() if status == 429) > 0, statuses
    assert {status for kind, status in statuses if kind == "known"} <= {200, 429}
    assert reads.percentile(0.99) < P99_BOUND, reads.summary()
    report(request, {"reads": reads.summary()})
