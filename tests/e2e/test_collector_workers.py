"""``collector serve --workers 4`` end to end: real processes on loopback.

Four worker processes answer (each names its pid in ``/api/v1/health``); ten stations upload
200 cards each at once and the collector holds every card exactly once; a killed worker is
started anew while the others keep serving; SIGTERM ends everything with status 0 at once
although a wall stream is open, and leaves no process behind; the page rate limit holds
across the workers (each keeps its share); a card withdrawn through one worker is gone from
the follow-up page of every worker at once; the relay runs once, not in every worker.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing
from pathlib import Path

import httpx
import pytest

from station_app.collector.office.card_index import event_key
from station_app.collector.reconcile import reconcile
from station_app.collector.store import CollectorStore
from station_app.storage import open_database
from station_app.sync import Backoff, StationSync, sync_until_done
from station_app.sync.service import SyncReport
from tests.e2e.cli_helpers import assert_one_line_error, station_app
from tests.e2e.collector_process import CollectorProcess, free_port
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config
from tests.waiting import wait_until

pytestmark = pytest.mark.slow

WORKERS = 4


def children(parent: int) -> set[int]:
    """The live processes whose parent is ``parent`` (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended while we looked
        if int(fields[1]) == parent and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def start(db: Path | str, *options: str, log: Path,
          workers: int = WORKERS) -> CollectorProcess:
    """A collector with ``workers`` processes, started once all of them serve."""
    collector = CollectorProcess(db, None, "--workers", str(workers), *options,
                                 log=log).start()
    wait_until(lambda: "collector listening" in collector.log.read_text(), 30,
               "all workers to be ready")
    return collector


def parent_pid(collector: CollectorProcess) -> int:
    assert collector.process is not None
    return collector.process.pid


def worker_of(client: httpx.Client) -> int:
    return client.get("/api/v1/health").json()["worker"]


def pinned_clients(url: str, stack: ExitStack, count: int = WORKERS) -> dict[int, httpx.Client]:
    """One kept-alive connection to each of ``count`` workers: new connections until each
    worker has accepted one (the kernel picks the worker), keyed by its pid."""
    pinned: dict[int, httpx.Client] = {}
    for _ in range(400):
        client = httpx.Client(base_url=url, timeout=10,
                              limits=httpx.Limits(max_connections=1))
        stack.callback(client.close)
        pid = worker_of(client)
        if pid in pinned:
            client.close()
            continue
        pinned[pid] = client
        if len(pinned) == count:
            return pinned
    raise AssertionError(f"only {len(pinned)} workers accepted 400 new connections")


@pytest.fixture
def collector(tmp_path: Path, collector_db: Path | str) -> Iterator[CollectorProcess]:
    CollectorStore.open(collector_db).close()
    running = start(collector_db, log=tmp_path / "collector.log")
    try:
        yield running
    finally:
        running.stop()


def test_four_worker_processes_answer_requests(collector):
    workers = children(parent_pid(collector))
    assert len(workers) == WORKERS
    seen: set[int] = set()

    def every_worker_answered() -> bool:
        seen.add(httpx.get(f"{collector.url}/api/v1/health", timeout=10).json()["worker"])
        return seen == workers

    wait_until(every_worker_answered, 30, "every worker to answer a new connection")
    assert parent_pid(collector) not in seen  # the parent only supervises


def test_ten_stations_upload_at_once_and_every_card_is_held_exactly_once(tmp_path,
                                                                         collector_db):
    db = collector_db
    store = CollectorStore.open(db)
    ids = [f"station-{number}" for number in range(10)]
    enrolments = {station_id: enrol(store, station_id, tmp_path) for station_id in ids}
    store.close()
    collector = start(db, log=tmp_path / "collector.log")
    try:
        configs, uuids = {}, set()
        for station_id in ids:
            configs[station_id] = station_config(batch_size=50, station_id=station_id,
                                                 collector_url=collector.url)
            (tmp_path / station_id).mkdir()
            station = open_station(configs[station_id], tmp_path / station_id)
            uuids |= set(add_cards(station, 200, prefix=station_id))
            station.close()
        outcomes: dict[str, SyncReport] = {}
        go = threading.Barrier(len(ids))

        def upload(station_id: str) -> None:
            sync = StationSync(configs[station_id],
                               open_database(tmp_path / station_id / "station.db"),
                               enrolments[station_id], owns_db=True)
            try:
                go.wait(30)
                outcomes[station_id] = sync_until_done(sync, 40, Backoff(base=0.1, cap=1.0))
            finally:
                sync.close()

        threads = [threading.Thread(target=upload, args=(station_id,)) for station_id in ids]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert all(report.ok for report in outcomes.values()), outcomes
        assert len(outcomes) == len(ids)
    finally:
        collector.stop()
    with closing(CollectorStore.open(db)) as store:
        held = [row[0] for row in store.db.execute("SELECT uuid FROM cards")]
        assert len(held) == len(set(held)) == 2000 and set(held) == uuids
        lines = reconcile(store)
        assert len(lines) == 10
        assert all(line.complete and line.cards_stored == 200 for line in lines), lines
        # every card in the office's index too, once (written in the same transaction)
        assert store.db.execute("SELECT count(*), count(DISTINCT uuid) FROM"
                                " office_cards").fetchone() == (2000, 2000)
        if store.dialect == "sqlite":
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_killed_worker_is_started_anew_and_serving_goes_on(collector):
    parent = parent_pid(collector)
    before = children(parent)
    victim = min(before)
    killed = time.monotonic()
    os.kill(victim, signal.SIGKILL)  # a worker crashes; the parent lives on
    answered = 0

    def replaced() -> bool:
        nonlocal answered
        response = httpx.get(f"{collector.url}/api/v1/health", timeout=10)
        answered += response.status_code == 200
        now = children(parent)
        return victim not in now and len(now) == WORKERS

    wait_until(replaced, 30, "a new worker in the killed one's place")
    assert answered >= 1 and time.monotonic() - killed < 30
    newcomer = (children(parent) - before).pop()
    log = collector.log.read_text()
    assert f"(pid {victim}) ended unexpectedly (signal 9 (SIGKILL))" in log, log
    wait_until(lambda: f"started anew (pid {newcomer})" in collector.log.read_text(), 10,
               "the line about the new worker")

    seen: set[int] = set()

    def the_newcomer_answers() -> bool:
        seen.add(httpx.get(f"{collector.url}/api/v1/health", timeout=10).json()["worker"])
        return newcomer in seen

    wait_until(the_newcomer_answers, 30, "the new worker to answer")
    assert "Traceback" not in log


def test_sigterm_ends_every_worker_at_once_with_status_0(tmp_path):
    db = tmp_path / "hub.db"
    store = CollectorStore.open(db)
    enrolment = enrol(store, "saal-1", tmp_path)
    store.close()
    collector = start(db, "--wall", log=tmp_path / "hub.log")
    lines: list[str] = []
    ended = threading.Event()
    try:
        config = station_config(batch_size=50, station_id="saal-1",
                                collector_url=collector.url)
        station = open_station(config)
        add_cards(station, 3)
        assert StationSync(config, station.db, enrolment).upload_once().acknowledged == 1
        event = station.config.event
        station.close()
        key = event_key({"name": event.name, "date": event.date.isoformat()})
        workers = children(parent_pid(collector))
        assert len(workers) == WORKERS

        def read() -> None:
            try:
                with httpx.stream("GET", f"{collector.url}/wall/{key}/stream",
                                  timeout=30) as stream:
                    lines.extend(stream.iter_lines())
            except httpx.HTTPError as error:
                lines.append(f"error: {error!r}")
            finally:
                ended.set()

        threading.Thread(target=read, daemon=True).start()
        wait_until(lambda: "event: wall" in lines, 15, "the stream's first event")
        assert collector.process is not None
        started = time.monotonic()
        collector.process.send_signal(signal.SIGTERM)
        status = collector.process.wait(15)
        took = time.monotonic() - started
    finally:
        collector.stop()
    assert status == 0 and took < 3, (status, took)  # not the 5 s graceful timeout
    assert ended.wait(5) and not any(line.startswith("error:") for line in lines)
    assert not any(alive(pid) for pid in workers)  # none left behind
    assert "Traceback" not in collector.log.read_text()


def test_the_page_rate_limit_holds_across_the_workers(tmp_path):
    db = tmp_path / "collector.db"
    CollectorStore.open(db).close()
    burst, rate = 8, 1.0
    collector = start(db, "--page-rate", f"{rate:g}", "--page-burst", str(burst),
                      log=tmp_path / "collector.log")
    try:
        began = time.monotonic()
        statuses = [httpx.get(f"{collector.url}/k", timeout=10).status_code
                    for _ in range(80)]  # each over a new connection: any worker
        took_minutes = (time.monotonic() - began) / 60
    finally:
        collector.stop()
    answered = statuses.count(200)
    assert statuses.count(429) == len(statuses) - answered
    # At most the burst and what the rate adds during the test, from all workers together.
    assert answered <= int(burst + took_minutes * rate), statuses
    assert answered >= burst // WORKERS  # the worker a connection reaches has its share


def withdraw(client: httpx.Client, code: str) -> None:
    """The holder's withdrawal through the page's own form."""
    form = client.get(f"/k/{code}/withdraw", params={"lang": "de"})
    assert form.status_code == 200, form.status_code
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token is not None
    done = client.post(f"/k/{code}/withdraw", data={"csrf_token": token.group(1),
                                                     "lang": "de"})
    assert done.status_code == 303, (done.status_code, done.text[:300])


def test_a_withdrawn_card_is_gone_from_the_page_of_every_worker_at_once(tmp_path,
                                                                        collector_db):
    store = CollectorStore.open(collector_db)
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    store.close()
    collector = start(collector_db, log=tmp_path / "collector.log")
    try:
        config = station_config(collector_url=collector.url)
        station = open_station(config)
        add_cards(station, 2, prefix="Rückzug")
        card = next(station.archive.iter())
        assert StationSync(config, station.db, enrolment).upload_once().acknowledged == 1
        station.close()
        with ExitStack() as stack:
            pinned = pinned_clients(collector.url, stack)
            for client in pinned.values():
                page = client.get(f"/k/{card.code}", params={"lang": "de"})
                assert page.status_code == 200 and card.text.split(":")[0] in page.text
            withdraw(next(iter(pinned.values())), card.code)
            for pid, client in pinned.items():
                page = client.get(f"/k/{card.code}", params={"lang": "de"})
                assert page.status_code == 200
                assert card.text.split(":")[0] not in page.text, pid
                assert worker_of(client) == pid  # still the same worker's connection
    finally:
        collector.stop()


def test_the_relay_runs_once_beside_the_workers(tmp_path, collector_db):
    city_db, hub_db = tmp_path / "city.db", collector_db
    with closing(CollectorStore.open(city_db)) as city:
        enrol(city, "hub-1", tmp_path)
    CollectorStore.open(hub_db).close()
    nobody = f"http://127.0.0.1:{free_port()}"  # the city is away: the relay says so
    hub = start(hub_db, "--wall", "--relay-to", nobody, "--relay-enrolment",
                str(tmp_path / "enrolment-hub-1.json"), "--relay-interval", "0.2",
                workers=2, log=tmp_path / "hub.log")
    try:
        wait_until(lambda: len(children(parent_pid(hub))) == 3, 20, "the relay process")
        assert len(children(parent_pid(hub))) == 3  # two workers and the relay
        assert hub.log.read_text().count("relaying to") == 1
        assert hub.process is not None
        hub.process.send_signal(signal.SIGTERM)
        assert hub.process.wait(15) == 0
    finally:
        hub.stop()
    with closing(CollectorStore.open(hub_db)) as store:  # whole after the stop
        assert store.hub_since is not None
        if store.dialect == "sqlite":
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(("options", "said"), [
    (["--workers", "0"], "--workers must be between 1 and 64"),
    (["--workers", "65"], "--workers must be between 1 and 64"),
    (["--workers", "4", "--db", ":memory:"], "needs a database the worker processes share"),
    (["--workers", "2", "--page-burst", "0"], "--page-burst must be between"),
])
def test_nonsense_is_refused_in_one_line(tmp_path, options, said):
    result = station_app("collector", "serve", "--db", str(tmp_path / "c.db"), "--port",
                         str(free_port()), *options, data_dir=tmp_path, timeout=30)
    assert said in assert_one_line_error(result)
    assert b"listening" not in result.stdout


def test_a_worker_that_cannot_open_the_database_ends_the_command_in_one_line(tmp_path):
    bad = tmp_path / "c.db"
    bad.write_bytes(b"not a database at all, " * 100)
    began = time.monotonic()
    result = station_app("collector", "serve", "--db", str(bad), "--port", str(free_port()),
                         "--workers", "4", data_dir=tmp_path, timeout=60)
    line = assert_one_line_error(result)
    assert "the collector database cannot be opened" in line
    assert b"listening" not in result.stdout and b"anew" not in result.stdout
    assert time.monotonic() - began < 20  # no loop of restarts
