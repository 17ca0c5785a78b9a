"""Follow-up page benchmarks: requests per second of ``/k/{code}`` and of a published
results page, each against a bare Starlette route served by the same server in the same run.

One collector app (``create_app``) over a temporary database of 5,000 cards – some in an
answered group, some answered on their own, some moved on, the event's results and cards
published – runs in a child process under uvicorn on loopback, configured as ``collector
serve`` does, with one route added: ``/bench/bare``, a constant page with the same headers
(the floor). The rate limit is raised so the benchmark measures the pages, not the limiter.

One client asks for each in turn, in rounds – the floor, the follow-up page rotating over
real codes, the results page – over a few keep-alive connections, following no redirects,
every answer a 200. The client is a few lines of asyncio speaking HTTP/1.1, not httpx:
httpx spends several times what the bare route costs on each request, so on the same
machine it would set the pace (with it the floor came out near 1,200 req/s, against some
8,000 here) and every ratio would look close to 1. ``ratio`` is page rps / floor rps
(medians over the rounds); the target is at least half the floor.

With workers (``collector serve --workers N``, N = 1 and 4): the real command serves the
same kind of database – a shared SQLite file, and a PostgreSQL database of a server
started for this run (``tests.support.postgres.running_postgres``) – with the page rate
limit raised (``--page-rate``, ``--page-burst``; each worker keeps its share). A worker
cannot be given an extra route, so the floor is a bare Starlette app (the same constant
page and headers) under uvicorn with the same number of processes on one socket, run
beside it; the three servers take turns, round by round. The load comes from
``CLIENT_PROCESSES`` processes of the same asyncio client, ``CLIENT_CONNECTIONS``
keep-alive connections each, all counting the answers of the same window.

What the figure means on this machine (2 cores, shared): client and servers run on the
same two cores, so the workers' requests per second are what the whole machine manages,
the client's own work included; four workers cannot go beyond two busy cores, they only
keep both busy (one worker keeps one). Two client processes are enough to saturate that:
adding a third moves neither the floor nor the pages' rate, it only takes CPU from the
servers. ``ratio`` compares the pages with the bare route at the same worker count.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import multiprocessing
import multiprocessing.pool
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from benchmarks.timing import row
from tests.waiting import wait_until

CARDS = 5_000
BATCH = 500
REQUESTS = 2_000
"""Per page, over all rounds."""
ROUNDS = 4
CONNECTIONS = 4
TIME_LIMIT = 10.0
"""Seconds one measurement may take at most (it then counts what it got)."""
REPO = Path(__file__).resolve().parents[1]
STAFF = {"actor": "bench", "client": "bench"}
WORKERS = (1, 4)
CLIENT_PROCESSES = 2
CLIENT_CONNECTIONS = 8
"""Per client process."""
WINDOW = 2.0
"""Seconds in which a worker measurement counts answers (after a second's warm-up)."""
WORKER_ROUNDS = 3


async def _bare(request: Request) -> HTMLResponse:
    from station_app.collector.app import HTML_HEADERS

    return HTMLResponse("<!DOCTYPE html>\n<title>bare</title><p>bare</p>\n",
                        headers=HTML_HEADERS)


async def _health(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


bare_app = Starlette(routes=[Route("/bench/bare", _bare, methods=["GET"]),
                             Route("/api/v1/health", _health, methods=["GET"])])
"""The floor with workers: the bare route on its own, under uvicorn (``serve_bare``)."""


def _fill(db: Path | str) -> tuple[list[str], str]:
    """The database: 5,000 cards of one published event; returns their codes and the key."""
    from station_app.collector.office.settings import OfficeSettings
    from station_app.collector.office.web import Office
    from station_app.collector.pages import PageSettings
    from station_app.collector.store import CollectorStore
    from tests.support.collector_cards import card, receive

    store = CollectorStore.open(db)
    try:
        start = dt.datetime(2026, 11, 14, 9, 0, tzinfo=dt.UTC)
        made = [card(f"Karte {number}: Mehr Grün und Schatten am Phoenix-See, sichere Radwege "
                     "und bezahlbarer Wohnraum im Quartier.",
                     prompt=("p1", "p2")[number % 2], topic=("gruen", "mobil")[number % 3 % 2],
                     district=None if number % 5 == 0 else "innenstadt-west",
                     created_at=start + dt.timedelta(seconds=number))
                for number in range(CARDS)]
        for first in range(0, CARDS, BATCH):
            receive(store, made[first:first + BATCH], seq=first // BATCH + 1)
        casework = Office.build(store, OfficeSettings(), PageSettings()).casework
        uuids = [one["uuid"] for one in made]
        for first in range(0, 1_000, 200):  # five groups of 200, answered
            group = casework.create_group(f"Thema {first // 200 + 1}", **STAFF)
            casework.assign(uuids[first:first + 200], group, **STAFF)
            casework.answer_group(group, "Die Stadt nimmt das in die Planung auf.", **STAFF)
            casework.set_group_status(group, "in_progress", **STAFF)
        for card_uuid in uuids[1_000:1_100]:
            casework.answer_card(card_uuid, "Danke, das prüfen wir.", **STAFF)
        with store.transaction() as tx:
            tx.execute("UPDATE office_events SET results_public = 1, cards_public = 1")
            key = tx.execute("SELECT key FROM office_events").fetchone()[0]
    finally:
        store.close()
    return [one["code"] for one in made], key


def serve(db: str, port: int) -> None:
    """The child process: the collector app plus the bare route, under uvicorn."""
    import uvicorn

    from station_app.collector.app import CollectorSettings, create_app
    from station_app.collector.store import CollectorStore

    store = CollectorStore.open(db)
    app = create_app(store, settings=CollectorSettings(page_requests_per_minute=1e9,
                                                       page_burst=10**9))
    app.router.routes.insert(0, Route("/bench/bare", _bare, methods=["GET"]))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, proxy_headers=False,
                            server_header=False, log_level="warning", access_log=False)
    try:
        uvicorn.Server(config).run()
    finally:
        store.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_followup", "serve", str(db), str(port)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(REPO)})

    return _answering(process, port, "the benchmark's collector", 30)


def _answering(process: subprocess.Popen[bytes], port: int, what: str,
               timeout: float) -> subprocess.Popen[bytes]:
    """``process`` once its health route answers on ``port``; killed if it does not."""
    def up() -> bool:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited")
        try:
            return httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).is_success
        except httpx.HTTPError:
            return False

    try:
        wait_until(up, timeout, what)
    except AssertionError:
        process.kill()
        raise RuntimeError(f"{what} did not start") from None
    return process


async def _client(port: int, paths: itertools.cycle[str], left: list[int],
                  deadline: float) -> None:
    """One keep-alive connection asking for ``paths`` while requests are ``left``."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while left[0] > 0 and time.perf_counter() < deadline:
            left[0] -= 1
            await _get(reader, writer, port, next(paths))
    finally:
        writer.close()


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, port: int,
               path: str) -> None:
    """One GET on a keep-alive connection, its answer read whole; it must be a 200."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                 "Accept-Language: de\r\n\r\n".encode("ascii"))
    head = await reader.readuntil(b"\r\n\r\n")
    status = head.split(b" ", 2)[1]
    if status != b"200":
        raise RuntimeError(f"{path}: {status.decode()}")
    length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    await reader.readexactly(length)


async def _rate(port: int, paths: list[str], count: int) -> float:
    """Requests per second of ``count`` GETs over ``paths`` (in turn)."""
    turn = itertools.cycle(paths)
    left = [CONNECTIONS * 5]  # warm the connections (and the results cache)
    await asyncio.gather(*(_client(port, turn, left, time.perf_counter() + TIME_LIMIT)
                           for _ in range(CONNECTIONS)))
    left = [count]
    started = time.perf_counter()
    await asyncio.gather(*(_client(port, turn, left, started + TIME_LIMIT)
                           for _ in range(CONNECTIONS)))
    return (count - left[0]) / (time.perf_counter() - started)


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "collector.db"
        codes, key = _fill(db)
        port = _free_port()
        process = _start(db, port)
        targets = {"bare": ["/bench/bare"], "followup": [f"/k/{code}" for code in codes[::3]],
                   "results": [f"/results/{key}", f"/results/{key}?lang=en",
                               f"/results/{key}?page=2"]}
        measured: dict[str, list[float]] = {name: [] for name in targets}
        try:
            for _round in range(ROUNDS):
                for name, paths in targets.items():
                    measured[name].append(asyncio.run(_rate(port, paths,
                                                            REQUESTS // ROUNDS)))
        finally:
            process.terminate()
            process.wait(10)
        with_workers = run_workers(db, codes)
    floor, followup, results = (statistics.median(measured[name])
                                for name in ("bare", "followup", "results"))
    floor_name = (f"a bare Starlette route on the same uvicorn, same client "
                  f"({CONNECTIONS} keep-alive connections, medians of {ROUNDS} rounds)")
    return [
        row(f"follow-up page /k/{{code}}: {CARDS} cards, rotating codes", followup, "req/s",
            floor, target="≥ 0.5", floor_name=floor_name),
        row("published results page /results/{event} (cached)", results, "req/s", floor,
            target="≥ 0.5", floor_name=floor_name),
        *with_workers,
    ]


def _serve_workers(db: Path | str, port: int, workers: int) -> subprocess.Popen[bytes]:
    """``collector serve --workers N`` over ``db``, the page rate limit raised as far as
    the command allows (a burst far above the requests of the whole benchmark)."""
    from station_app.collector.server import MAX_PAGE_BURST, MAX_PAGE_RATE

    return _started([sys.executable, "-m", "station_app", "collector", "serve", "--db",
                     str(db), "--port", str(port), "--workers", str(workers),
                     "--page-rate", f"{MAX_PAGE_RATE:g}", "--page-burst", str(MAX_PAGE_BURST)],
                    port)


def _serve_bare(port: int, workers: int) -> subprocess.Popen[bytes]:
    """The bare route alone under uvicorn, ``workers`` processes on one socket, configured
    as the collector's server is."""
    return _started([sys.executable, "-m", "uvicorn", "benchmarks.bench_followup:bare_app",
                     "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                     "--no-proxy-headers", "--no-server-header", "--no-access-log",
                     "--log-level", "warning"], port)


def _started(command: list[str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(REPO)})

    return _answering(process, port, f"the benchmark's server ({command[2:6]})", 60)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def load(port: int, paths: list[str], begin: float, window: float) -> int:
    """One client process: ``CLIENT_CONNECTIONS`` keep-alive connections asking for
    ``paths`` in turn from now on; returns the answers completed between ``begin`` and
    ``begin + window`` (``time.time()``, the same clock in every process)."""
    return asyncio.run(_load(port, paths, begin, window))


async def _load(port: int, paths: list[str], begin: float, window: float) -> int:
    turn = itertools.cycle(paths)
    counted = [0]

    async def client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while (now := time.time()) < begin + window:
                await _get(reader, writer, port, next(turn))
                if begin <= now and time.time() <= begin + window:
                    counted[0] += 1
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(CLIENT_CONNECTIONS)))
    return counted[0]


def _worker_rate(pool: multiprocessing.pool.Pool, port: int, paths: list[str]) -> float:
    """Requests per second all client processes got answered in one window, after a
    second's warm-up."""
    begin = time.time() + 1.0
    shares = [paths[number::CLIENT_PROCESSES] or paths for number in range(CLIENT_PROCESSES)]
    counts = pool.starmap(load, [(port, share, begin, WINDOW) for share in shares])
    return sum(counts) / WINDOW


def _worker_rows(servers: dict[str, tuple[Path | str, list[str]]]) -> list[dict]:
    """``collector serve --workers N`` on each database (with its cards' codes) against
    the bare app with N processes, for each N of ``WORKERS``."""
    rows = []
    context = multiprocessing.get_context("spawn")
    with context.Pool(CLIENT_PROCESSES) as pool:
        for workers in WORKERS:
            ports = {name: _free_port() for name in (*servers, "bare")}
            paths = {name: [f"/k/{code}" for code in codes[::3]]
                     for name, (_db, codes) in servers.items()}
            paths["bare"] = ["/bench/bare"]
            running = {}
            try:
                for name, (db, _codes) in servers.items():
                    running[name] = _serve_workers(db, ports[name], workers)
                running["bare"] = _serve_bare(ports["bare"], workers)
                measured: dict[str, list[float]] = {name: [] for name in ports}
                for _round in range(WORKER_ROUNDS):
                    for name, port in ports.items():
                        measured[name].append(_worker_rate(pool, port, paths[name]))
            finally:
                for process in running.values():
                    _stop(process)
            floor = statistics.median(measured["bare"])
            floor_name = (f"a bare Starlette app under uvicorn --workers {workers}, same "
                          f"load ({CLIENT_PROCESSES} client processes x {CLIENT_CONNECTIONS}"
                          f" connections, medians of {WORKER_ROUNDS} windows of {WINDOW:.0f}"
                          " s)")
            for name in servers:
                rows.append(row(f"follow-up page /k/{{code}}, collector serve --workers "
                                f"{workers} on {name}", statistics.median(measured[name]),
                                "req/s", floor, target="≥ 0.5", floor_name=floor_name))
    return rows


def run_workers(db: Path, codes: list[str]) -> list[dict]:
    """The worker figures: the filled SQLite file ``db`` (its cards' ``codes``), and the
    same kind of database on PostgreSQL, on a server started for this."""
    from tests.support.postgres import running_postgres

    with running_postgres() as server:
        url = server.url(server.create_database())
        pg_codes, _key = _fill(url)
        return _worker_rows({"SQLite": (db, codes), "PostgreSQL": (url, pg_codes)})


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        for line in run():
            print(line)
