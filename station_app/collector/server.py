"""Running the collector: check the options, bind the socket, then serve with uvicorn.

Everything that can go wrong at the start – a port in use, an address this machine does not
have, an option that makes no sense – is found before anything says "listening", and ends
in one line (``UserError``).

``SIGTERM`` and ``SIGINT`` (Ctrl-C) stop the server cleanly (``CollectorServer``): the live
wall's open streams end at once instead of holding the stop for uvicorn's graceful timeout,
requests under way finish, and ``serve`` returns (exit status 0).

``--workers N`` runs N processes on the one socket (``serve_workers``, supervised by
``workers.Supervisor``); with one (the default) everything happens in this process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import math
import signal
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import uvicorn

from station_app.clock import utc_now
from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.database import shown
from station_app.collector.ingest import BatchIngest
from station_app.collector.memory import map_large_buffers
from station_app.collector.store import CollectorStore
from station_app.collector.wall_routes import end_streams
from station_app.collector.workers import Report, Supervisor, check_workers, worker_settings
from station_app.errors import UserError

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from station_app.protocol.enrolment import Enrolment

MAX_CLOCK_SKEW_HOURS = 24 * 365
MAX_PAGE_RATE = 1e6
MAX_PAGE_BURST = 1_000_000
GRACEFUL_SECONDS = 5
"""How long a stop waits for requests under way (a batch being stored) before it cuts them."""
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class CollectorServer(uvicorn.Server):
    """uvicorn's server, stopped cleanly by ``SIGTERM`` or ``SIGINT``.

    At the signal the live wall's streams end (``wall_routes.end_streams``): uvicorn waits
    for every open response, and a stream lasts until its client leaves. And once the
    server has stopped, the signal is not raised again: uvicorn does so by default, which
    ends the process by the signal (status -15) or with ``KeyboardInterrupt`` (130)
    although it stopped as it was asked to. A second Ctrl-C still forces the exit.
    """

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        end_streams()

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach only the main thread
            return
        previous = {number: signal.signal(number, self.handle_exit) for number in STOP_SIGNALS}
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)


def check_options(port: int, page_rate: float, clock_skew_hours: float,
                  page_burst: int = 20) -> None:
    """Refuse values that make no sense, each in one sentence."""
    if not 0 < port < 65536:
        raise UserError("--port must be between 1 and 65535")
    if not math.isfinite(page_rate) or not 0 < page_rate <= MAX_PAGE_RATE:
        raise UserError(f"--page-rate must be a number above 0 and at most {MAX_PAGE_RATE:g}")
    if not 1 <= page_burst <= MAX_PAGE_BURST:
        raise UserError(f"--page-burst must be between 1 and {MAX_PAGE_BURST}")
    if not math.isfinite(clock_skew_hours) or not 0 <= clock_skew_hours <= MAX_CLOCK_SKEW_HOURS:
        raise UserError(f"--clock-skew-hours must be between 0 and {MAX_CLOCK_SKEW_HOURS}")


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, or a sentence saying why it cannot be had."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                   flags=socket.AI_PASSIVE)
    except (socket.gaierror, UnicodeError):
        raise UserError(f"--host {host!r} is not an address of this machine") from None
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise UserError(f"port {port} on {host} is already in use (another collector?"
                            " choose one with --port)") from None
        if error.errno in (errno.EADDRNOTAVAIL, errno.EINVAL):
            raise UserError(f"--host {host!r} is not an address of this machine") from None
        if error.errno == errno.EACCES:
            raise UserError(f"port {port} needs administrator rights (use one above 1023)"
                            ) from None
        raise UserError(f"cannot listen on {host}:{port} ({error.strerror})") from None
    return sock


@dataclass(frozen=True)
class RelaySettings:
    """``serve --relay-to URL --relay-enrolment FILE``: relay to the city while serving."""

    enrolment: Path
    url: str | None = None
    interval: float = 5.0


MAX_RELAY_INTERVAL = 3600.0


def serve(db_path: Path | str, host: str, port: int, settings: CollectorSettings,
          clock_skew_hours: float = 24.0, relay: RelaySettings | None = None,
          workers: int = 1) -> None:
    """Serve until interrupted (SIGINT/SIGTERM end it cleanly). A hub (``--wall``, or a
    ``relay``) keeps its stations' batches as signed for the city; with ``relay`` a thread
    forwards them while it serves. ``workers`` > 1: that many processes serve the socket
    (``serve_workers``)."""
    check_options(port, settings.page_requests_per_minute, clock_skew_hours,
                  settings.page_burst)
    check_workers(workers, db_path)
    target = _relay_target(relay)
    sock = bind(host, port)
    if workers > 1:
        try:
            serve_workers(sock, workers, Served(db_path, host, port, settings,
                                                clock_skew_hours, target, relay))
        finally:
            sock.close()
        return
    try:
        store = CollectorStore.open(db_path)
    except UserError:
        sock.close()
        raise
    map_large_buffers()
    stop = threading.Event()
    relay_thread: threading.Thread | None = None
    try:
        app = _prepare(store, settings, clock_skew_hours, target)
        print(f"collector listening on http://{host}:{port} (database {shown(db_path)})",
              flush=True)
        if target is not None and relay is not None:
            relay_thread = _start_relay(store, target, relay.interval, stop)
        CollectorServer(_config(app)).run(sockets=[sock])
    finally:
        stop.set()
        if relay_thread is not None:
            relay_thread.join(10)
        sock.close()
        store.close()


def _relay_target(relay: RelaySettings | None) -> tuple[Enrolment, str] | None:
    """The hub's enrolment at the city and the city's URL, checked, for ``relay``."""
    if relay is None:
        return None
    from station_app.collector.relay import load_target

    if not math.isfinite(relay.interval) or not 0 < relay.interval <= MAX_RELAY_INTERVAL:
        raise UserError(f"--relay-interval must be above 0 and at most "
                        f"{MAX_RELAY_INTERVAL:g} seconds")
    return load_target(relay.enrolment, relay.url)


def _prepare(store: CollectorStore, settings: CollectorSettings, clock_skew_hours: float,
             target: tuple[Enrolment, str] | None) -> Starlette:
    """The application over an open store, after the store's first-start work."""
    store.private_key()  # create the collector's key pair before the first station
    if settings.wall or target is not None:
        store.mark_hub(utc_now())
    if target is not None and store.station(target[0].station_id) is not None:
        raise UserError(f"{target[0].station_id!r} is a station of this hub; the hub's "
                        "enrolment at the city needs an id of its own")
    ingest = BatchIngest(store, clock_skew=dt.timedelta(hours=clock_skew_hours))
    return create_app(store, ingest, settings)


def _config(app: Starlette) -> uvicorn.Config:
    # No proxy headers: the rate limiter must see the real peer, not a claimed one.
    return uvicorn.Config(app, proxy_headers=False, server_header=False,
                          log_level="warning", access_log=False,
                          timeout_graceful_shutdown=GRACEFUL_SECONDS)


@dataclass(frozen=True)
class Served:
    """What each worker process serves (``serve_workers``)."""

    db_path: Path | str
    host: str
    port: int
    settings: CollectorSettings
    clock_skew_hours: float
    target: tuple[Enrolment, str] | None = None
    relay: RelaySettings | None = None


def serve_workers(sock: socket.socket, workers: int, served: Served) -> None:
    """``workers`` processes on ``sock``, supervised (``workers.Supervisor``); each opens
    the database on its own (``shared``: it sees the others' commits) and keeps its share
    of the rate limits (``worker_settings``). The relay, if any, runs once, in a process of
    its own. Call it before this process has a thread or a database connection: it forks."""
    if threading.active_count() > 1:
        raise RuntimeError("serve_workers forks: call it before any thread is started")
    settings = worker_settings(served.settings, workers)

    def worker(report: Report) -> int:
        store = CollectorStore.open(served.db_path, shared=True)
        try:
            map_large_buffers()
            app = _prepare(store, settings, served.clock_skew_hours, served.target)
            report.ready()
            CollectorServer(_config(app)).run(sockets=[sock])
        finally:
            store.close()
        return 0

    def relay(report: Report) -> int:
        sock.close()  # the relay serves no requests
        assert served.target is not None and served.relay is not None
        return _relay_process(served.db_path, served.target, served.relay.interval)

    def listening() -> None:
        print(f"collector listening on http://{served.host}:{served.port} (database "
              f"{shown(served.db_path)}, {workers} worker processes)", flush=True)

    Supervisor([worker] * workers, relay if served.target is not None else None,
               on_ready=listening).run()


def _relay_process(db_path: Path | str, target: tuple[Enrolment, str], interval: float) -> int:
    """The relay beside the workers: its own store, stopped by SIGTERM or SIGINT."""
    from station_app.collector.relay import HubRelay, relay_loop

    enrolment, url = target
    stop = threading.Event()
    for number in STOP_SIGNALS:
        signal.signal(number, lambda *_: stop.set())
    print(f"relaying to {url} as hub {enrolment.station_id}", flush=True)
    stores: list[CollectorStore] = []

    def make_relay() -> HubRelay:
        stores.append(CollectorStore.open(db_path, shared=True))
        return HubRelay(stores[0], enrolment, url)

    try:
        relay_loop(make_relay, stop, interval, say=lambda line: print(line, flush=True))
    finally:
        for store in stores:
            store.close()
    return 0


def _start_relay(store: CollectorStore, target: tuple[Enrolment, str], interval: float,
                 stop: threading.Event) -> threading.Thread:
    """The relay in a thread of its own, over the server's store (its lock orders the two;
    a second connection in this process would be unsafe: closing any handle on the
    database's files drops this process's SQLite locks on them)."""
    from station_app.collector.relay import HubRelay, relay_loop

    enrolment, url = target
    print(f"relaying to {url} as hub {enrolment.station_id}", flush=True)
    thread = threading.Thread(
        target=relay_loop, name="relay", daemon=True,
        args=(lambda: HubRelay(store, enrolment, url), stop, interval),
        kwargs={"say": lambda line: print(line, flush=True)})
    thread.start()
    return thread
