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
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

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


def _fill(db: Path) -> tuple[list[str], str]:
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
    from starlette.requests import Request
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    from station_app.collector.app import HTML_HEADERS, CollectorSettings, create_app
    from station_app.collector.store import CollectorStore

    async def bare(request: Request) -> HTMLResponse:
        return HTMLResponse("<!DOCTYPE html>\n<title>bare</title><p>bare</p>\n",
                            headers=HTML_HEADERS)

    store = CollectorStore.open(db)
    app = create_app(store, settings=CollectorSettings(page_requests_per_minute=1e9,
                                                       page_burst=10**9))
    app.router.routes.insert(0, Route("/bench/bare", bare, methods=["GET"]))
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

    def up() -> bool:
        if process.poll() is not None:
            raise RuntimeError("the benchmark's collector exited")
        try:
            return httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).is_success
        except httpx.HTTPError:
            return False

    try:
        wait_until(up, 30, "the benchmark's collector")
    except AssertionError:
        process.kill()
        raise RuntimeError("the benchmark's collector did not start") from None
    return process


async def _client(port: int, paths: itertools.cycle[str], left: list[int],
                  deadline: float) -> None:
    """One keep-alive connection asking for ``paths`` while requests are ``left``."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while left[0] > 0 and time.perf_counter() < deadline:
            left[0] -= 1
            path = next(paths)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                         "Accept-Language: de\r\n\r\n".encode("ascii"))
            head = await reader.readuntil(b"\r\n\r\n")
            status = head.split(b" ", 2)[1]
            if status != b"200":
                raise RuntimeError(f"{path}: {status.decode()}")
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
    finally:
        writer.close()


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
    floor, followup, results = (statistics.median(measured[name])
                                for name in ("bare", "followup", "results"))
    floor_name = (f"a bare Starlette route on the same uvicorn, same client "
                  f"({CONNECTIONS} keep-alive connections, medians of {ROUNDS} rounds)")
    return [
        row(f"follow-up page /k/{{code}}: {CARDS} cards, rotating codes", followup, "req/s",
            floor, target="≥ 0.5", floor_name=floor_name),
        row("published results page /results/{event} (cached)", results, "req/s", floor,
            target="≥ 0.5", floor_name=floor_name),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        for line in run():
            print(line)
