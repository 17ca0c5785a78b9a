"""Load for ``test_collector_scale``: many stations syncing at once, and many follow-up
page readers beside them, with every outcome recorded for the test to judge.

Stations are real station databases (``Station.intake.submit_all``, one transaction each)
that sync with the product's ``StationSync.upload_once`` in a thread each, retried with the
product's ``Backoff`` until every batch is acknowledged or a deadline passes. Each station
publishes the codes of its acknowledged cards, so the readers ask for codes the collector
holds for certain (each must answer 200) beside codes it cannot hold (404). The readers run
in a process of their own, each on a kept-alive connection, pausing between pages as a
person would (``read_pages``' ``pause``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import multiprocessing
import queue
import random
import sqlite3
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing.synchronize import Event as ProcessEvent
from pathlib import Path
from typing import NamedTuple, Protocol

import httpx
import sqlite_utils

from station_app.collector.store import CollectorStore
from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.intake import CardDraft
from station_app.protocol.codes import new_code
from station_app.protocol.enrolment import Enrolment
from station_app.storage import open_database
from station_app.sync import Backoff, StationSync
from station_app.sync.service import SyncReport
from station_app.sync.transport import TransportError
from tests.e2e.sync_fixtures import PROMPTS, TOPICS, enrol, open_station, station_config


@dataclass
class FleetStation:
    """One station's folder and what it holds."""

    station_id: str
    folder: Path
    config: StationConfig
    uuids: list[str]
    codes: list[str]

    @property
    def db_path(self) -> Path:
        return self.folder / "station.db"


def fleet_ids(count: int) -> list[str]:
    return [f"station-{number:02d}" for number in range(count)]


def build_fleet(folder: Path, count: int, cards: int, batch_size: int,
                collector_url: str) -> list[FleetStation]:
    """``count`` stations under ``folder`` (``fleet_ids``), ``cards`` cards each (one
    transaction each), syncing to ``collector_url``."""
    fleet = []
    for station_id in fleet_ids(count):
        config = station_config(batch_size=batch_size, station_id=station_id,
                                collector_url=collector_url)
        (folder / station_id).mkdir(parents=True)
        station = open_station(config, folder / station_id)
        try:
            drafts = [CardDraft(prompt_id=PROMPTS[i % len(PROMPTS)],
                                topic_id=TOPICS[i % len(TOPICS)],
                                text=f"{station_id} Karte {i}: Mehr Grün im Quartier, Ümläute",
                                district_id="eving" if i % 3 == 0 else None,
                                language="en" if i % 7 == 0 else "de")
                      for i in range(cards)]
            stored = station.intake.submit_all(drafts)
        finally:
            station.close()
        fleet.append(FleetStation(station_id, folder / station_id, config,
                                  [card.uuid for card in stored],
                                  [card.code for card in stored]))
    return fleet


def enrol_fleet(db: Path | str, count: int, folder: Path) -> dict[str, Enrolment]:
    """Register the ``count`` stations of ``fleet_ids`` at the collector database ``db``
    (``enrol.add_station``); their enrolment files go to ``folder``."""
    with closing(CollectorStore.open(db)) as store:
        return {station_id: enrol(store, station_id, folder) for station_id in fleet_ids(count)}


class CodePool:
    """The codes of cards the collector has acknowledged, filled by the uploaders."""

    def __init__(self, forward: Callable[[list[str]], object] | None = None) -> None:
        """``forward`` is handed each lot of new codes (to the readers' process)."""
        self._codes: list[str] = []
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._forward = forward

    def add(self, codes: Iterable[str]) -> None:
        with self._lock:
            new = [code for code in codes if code not in self._seen]
            self._seen.update(new)
            self._codes.extend(new)
            if new and self._forward is not None:
                self._forward(new)

    def pick(self, rng: random.Random) -> str | None:
        with self._lock:
            return rng.choice(self._codes) if self._codes else None

    def __len__(self) -> int:
        with self._lock:
            return len(self._codes)


@dataclass
class UploadOutcome:
    """What one station's uploader did."""

    runs: list[SyncReport] = field(default_factory=list)
    done: bool = False
    error: str | None = None
    seconds: float = 0.0

    @property
    def failed_runs(self) -> int:
        return sum(not report.ok for report in self.runs)


UPLOAD_ERRORS = (TransportError, UserError, sqlite3.Error, OSError, ValueError,
                 threading.BrokenBarrierError)
"""What an uploader can meet that the test reports as the station's outcome: the
product's transport and user errors, the station database's, the file system's, a bad
document, and a start barrier that broke. Anything else ends the thread with its traceback
(pytest shows it) and the station not done."""


class StationUploader(threading.Thread):
    """Uploads one station until every batch is acknowledged (or the deadline passes):
    ``upload_once``, then the product's backoff after a transient failure."""

    def __init__(self, station: FleetStation, enrolment: Enrolment, pool: CodePool,
                 start: threading.Barrier, deadline: float, seed: int) -> None:
        super().__init__(name=f"upload-{station.station_id}", daemon=True)
        self.station = station
        self.enrolment = enrolment
        self.pool = pool
        self.start_together = start
        self.deadline = deadline
        self.backoff = Backoff(base=0.05, cap=1.0, rng=random.Random(seed))
        self.stop_event = threading.Event()
        self.outcome = UploadOutcome()

    def run(self) -> None:
        began = time.monotonic()
        try:
            self.start_together.wait(30)
            db = open_database(self.station.db_path)
            sync = StationSync(self.station.config, db, self.enrolment)
            try:
                self._until_acknowledged(sync, db)
            finally:
                sync.close()
                db.close()
        except UPLOAD_ERRORS as error:
            self.outcome.error = "".join(traceback.format_exception(error))
        finally:
            self.outcome.seconds = time.monotonic() - began
            if not self.outcome.done and self.outcome.error is None:
                self.outcome.error = "the uploader ended early (see the thread's traceback)"

    def _until_acknowledged(self, sync: StationSync, db: sqlite_utils.Database) -> None:
        failures = 0
        while not self.stop_event.is_set():
            report = sync.upload_once()
            self.outcome.runs.append(report)
            self.pool.add(acknowledged_codes(db))
            if report.ok and not sync.ledger.unacknowledged() \
                    and not sync.ledger.unsynced_cards():
                self.outcome.done = True
                return
            if not report.transient:
                self.outcome.error = f"refused: {report.errors}"
                return
            if time.monotonic() > self.deadline:
                self.outcome.error = f"deadline passed: {report.errors[-1:]}"
                return
            failures += 1
            self.stop_event.wait(self.backoff.delay(failures))


def acknowledged_codes(db: sqlite_utils.Database) -> list[str]:
    """The codes of the station's cards in acknowledged batches."""
    return [row[0] for row in db.execute(
        "SELECT c.code FROM cards c JOIN sync_batch_cards b ON b.card_uuid = c.uuid"
        " WHERE b.synced_at IS NOT NULL").fetchall()]


class Read(NamedTuple):
    """One follow-up page request: what was asked, the answer, and how long it took."""

    kind: str
    """``known`` (an acknowledged card's code), ``unknown`` (a valid code no card has) or
    ``typo`` (a code with a wrong check symbol)."""
    status: int
    """The HTTP status, or 0 when no answer came (the error is in ``error``)."""
    seconds: float
    error: str = ""


@dataclass
class ReadResults:
    """Everything the readers saw."""

    reads: list[Read] = field(default_factory=list)
    workers: Counter[int] = field(default_factory=Counter)
    """Health answers on new connections while the load ran, by worker pid (0: none)."""
    reads_before_stop: int = 0
    seconds: float = 0.0

    def statuses(self) -> Counter[tuple[str, int]]:
        return Counter((read.kind, read.status) for read in self.reads)

    def percentile(self, fraction: float) -> float:
        """The latency below which ``fraction`` of the reads lie (nearest rank)."""
        times = sorted(read.seconds for read in self.reads)
        if not times:
            return 0.0
        return times[min(len(times) - 1, max(0, math.ceil(fraction * len(times)) - 1))]

    def summary(self) -> str:
        times = [read.seconds for read in self.reads]
        return (f"{len(self.reads)} reads in {self.seconds:.1f} s, "
                f"p50 {self.percentile(0.5) * 1000:.0f} ms, "
                f"p99 {self.percentile(0.99) * 1000:.0f} ms, "
                f"max {max(times, default=0.0) * 1000:.0f} ms, "
                f"statuses {dict(sorted(self.statuses().items()))}")

    def dump(self, path: Path) -> None:
        path.write_text(json.dumps({"reads": self.reads, "workers": self.workers,
                                    "before_stop": self.reads_before_stop,
                                    "seconds": self.seconds}))

    @classmethod
    def load(cls, path: Path) -> ReadResults:
        data = json.loads(path.read_text())
        return cls([Read(*read) for read in data["reads"]],
                   Counter({int(pid): n for pid, n in data["workers"].items()}),
                   data["before_stop"], data["seconds"])


class Flag(Protocol):
    """A ``threading.Event`` or a ``multiprocessing`` one."""

    def is_set(self) -> bool: ...


def unknown_code(rng: random.Random) -> tuple[str, str]:
    """A code the collector cannot hold: a fresh valid one, or one with a typo."""
    code = new_code()
    if rng.random() < 0.5:
        return "unknown", code
    wrong = "2" if code[-1] != "2" else "3"
    return "typo", code[:-1] + wrong


class PageConnection:
    """A bare HTTP/1.1 client on one kept-alive connection: GET, status and body read.

    httpx costs its event loop about a millisecond per request, so 200 readers in one
    process measured mostly themselves; this costs a tenth of that. A connection left idle
    for a second is opened anew (the server's keep-alive timeout is 5 s), and one the server
    closes (``Connection: close``) too."""

    IDLE = 1.0

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self._used = 0.0

    async def get(self, target: str, timeout: float = 30) -> int:
        """The status of ``GET target``; raises ``OSError`` or ``ValueError`` if no
        well-formed answer came."""
        return await asyncio.wait_for(self._get(target), timeout)

    async def _get(self, target: str) -> int:
        if self._streams is None or time.monotonic() - self._used > self.IDLE:
            await self.close()
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                     "Accept-Language: de\r\n\r\n".encode("ascii"))
        await writer.drain()
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        headers = {name.strip().lower(): value.strip()
                   for name, _, value in (line.partition(":") for line in head[1:] if line)}
        if headers.get("transfer-encoding", "").lower() == "chunked":
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                await reader.readexactly(size + 2)
            await reader.readuntil(b"\r\n")
        else:
            await reader.readexactly(int(headers.get("content-length", "0")))
        self._used = time.monotonic()
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self._streams is not None:
            writer = self._streams[1]
            self._streams = None
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def _reader(url: str, pool: CodePool, results: ReadResults, stop: asyncio.Event,
                  seed: int, max_reads: int, unknown_share: float, pause: float) -> None:
    """One reader on a connection of its own, reading until ``stop``; between two reads it
    waits for ``stop`` about ``pause`` seconds (jittered), as a person reading a page."""
    rng = random.Random(seed)
    address = httpx.URL(url)
    connection = PageConnection(address.host, address.port or 80)
    try:
        for _ in range(max_reads):
            if stop.is_set():
                return
            code = pool.pick(rng)
            if code is None or rng.random() < unknown_share:
                kind, code = unknown_code(rng)
            else:
                kind = "known"
            began = time.perf_counter()
            try:
                status = await connection.get(f"/k/{code}?lang=de")
                read = Read(kind, status, time.perf_counter() - began)
            except (OSError, ValueError, TimeoutError, asyncio.IncompleteReadError) as error:
                read = Read(kind, 0, time.perf_counter() - began, repr(error))
                await connection.close()
            results.reads.append(read)
            if pause:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), pause * rng.uniform(0.5, 1.5))
    finally:
        await connection.close()


async def _prober(url: str, results: ReadResults, stop: asyncio.Event) -> None:
    """Which worker answers a new connection, sampled while the load runs."""
    while not stop.is_set():
        async with httpx.AsyncClient(base_url=url, timeout=10) as client:
            try:
                response = await client.get("/api/v1/health")
                results.workers[int(response.json()["worker"])] += 1
            except (httpx.HTTPError, ValueError, KeyError):
                results.workers[0] += 1
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 0.1)


async def read_pages(url: str, pool: CodePool, readers: int, until: Flag, deadline: float,
                     max_reads: int, unknown_share: float = 0.1,
                     pause: float = 0.0) -> ReadResults:
    """``readers`` concurrent tasks read follow-up pages at ``url`` until ``until`` is set
    or ``deadline`` (``time.monotonic``) passes, each at most ``max_reads`` times, about
    ``pause`` seconds apart (0: back to back). Each reader has a connection of its own
    (``PageConnection``)."""
    results = ReadResults()
    stop = asyncio.Event()
    began = time.monotonic()
    tasks = [asyncio.create_task(_reader(url, pool, results, stop, seed, max_reads,
                                         unknown_share, pause))
             for seed in range(readers)]
    prober = asyncio.create_task(_prober(url, results, stop))
    while not until.is_set() and time.monotonic() < deadline \
            and not all(task.done() for task in tasks):
        await asyncio.sleep(0.05)  # the poll interval of a bounded wait
    results.reads_before_stop = len(results.reads)
    stop.set()
    await asyncio.gather(*tasks, prober)
    results.seconds = time.monotonic() - began
    return results


def _readers_main(url: str, readers: int, codes: multiprocessing.Queue[list[str]],
                  ready: ProcessEvent, until: ProcessEvent, seconds: float, max_reads: int,
                  pause: float, out: Path) -> None:
    """The readers' process: codes arrive on ``codes`` (a thread puts them in the pool)."""
    pool = CodePool()

    def take() -> None:
        while not until.is_set():
            with contextlib.suppress(queue.Empty):
                pool.add(codes.get(timeout=0.1))

    threading.Thread(target=take, daemon=True).start()
    ready.set()
    results = asyncio.run(read_pages(url, pool, readers, until, time.monotonic() + seconds,
                                     max_reads, pause=pause))
    results.dump(out)


class ReaderProcess:
    """The readers in a process of their own, so that their latencies are the collector's,
    not those of the test process's threads (uploaders, proxy) competing for its GIL."""

    def __init__(self, url: str, readers: int, seconds: float, max_reads: int,
                 pause: float, out: Path) -> None:
        """``readers`` readers (``read_pages``) for at most ``seconds``; their results go
        to the file ``out``."""
        context = multiprocessing.get_context("spawn")
        self.codes: multiprocessing.Queue[list[str]] = context.Queue()
        self.ready = context.Event()
        self.until = context.Event()
        self.out = out
        self.seconds = seconds
        self.process = context.Process(
            target=_readers_main, name="page-readers", daemon=True,
            args=(url, readers, self.codes, self.ready, self.until, seconds, max_reads, pause,
                  out))

    def start(self, timeout: float = 30) -> ReaderProcess:
        self.process.start()
        if not self.ready.wait(timeout):
            raise AssertionError(f"the readers' process did not start in {timeout:g} s")
        return self

    def forward(self, codes: list[str]) -> None:
        self.codes.put(codes)

    def finish(self) -> ReadResults:
        """Tell the readers to stop; their results once they have."""
        assert self.stop(self.seconds + 30), "the readers' process did not end"
        assert self.process.exitcode == 0, f"readers ended with {self.process.exitcode}"
        return ReadResults.load(self.out)

    def stop(self, timeout: float = 10) -> bool:
        """End the readers (killed after ``timeout`` seconds: then False) and let go of
        the code queue: codes still on their way are dropped, so this process's exit never
        waits for a reader that is gone (``Queue.cancel_join_thread``)."""
        self.until.set()
        self.codes.cancel_join_thread()
        self.codes.close()
        if self.process.pid is None:
            return True
        self.process.join(timeout)
        if not self.process.is_alive():
            return True
        self.process.kill()
        self.process.join(5)
        return False
