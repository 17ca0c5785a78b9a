"""The live wall's routes: ``/wall/`` (the events), ``/wall/{event}`` (the wall as served,
already holding the current cards), ``/wall/{event}/stream`` (server-sent events with each
new version of the wall's changing part) and ``/wall/wall.js`` (the script that swaps it in).

The streams of one collector process share one ``WallFeed``: once a second, while anybody
watches, it asks the store one question for every watched event (``WallReader.
fingerprints``); only when an event's answer changed does it read that wall again and render
its changing part once per language watched; and a stream is sent a part only if it differs
from the one it has (its version is the part's hash). A thousand projectors and phones cost
what one costs. Every stream gets a comment line every 15 seconds (so proxies and the
browser keep it open and a vanished client is noticed), and ends when its client leaves or
when the server shuts down: uvicorn waits for open responses before it stops (up to its
graceful timeout), so the server ends every stream of the process (``end_streams``) as
soon as it is told to stop (``SIGTERM``/``SIGINT``, ``server.CollectorServer``), and the
browsers' ``EventSource`` reconnects once the hub is back.

The page of a wall is made at most once a second per event and language, however many ask
for it (``results.PageCache``), and is rate-limited like the follow-up pages; the streams
are not (a stream is one request that lasts), but one client may hold only a few at a time.
Only the wall's page may run a script (``script-src 'self'``) and open the stream
(``connect-src 'self'``); the list and the error pages keep the strict policy.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
import weakref
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from station_app.collector import pages, wall_pages
from station_app.collector.office.web import Office
from station_app.collector.results import PageCache
from station_app.collector.wall import WallReader

log = logging.getLogger(__name__)

EVENT_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
MAX_KEY = 100
LOOK_SECONDS = 1.0
"""How often the feed asks the store whether a watched wall changed."""
HEARTBEAT_SECONDS = 15.0
RETRY_MILLISECONDS = 3000
"""What the stream tells ``EventSource`` to wait before it reconnects."""
PAGE_SECONDS = 1.0
MAX_STREAMS = 2000
MAX_STREAMS_PER_CLIENT = 20
"""A projector, a few phones and a reload or two behind one address; more is no wall."""
Parts = dict[str, tuple[str, str]]
"""lang → (version, changing part) of one wall."""
_FEEDS: weakref.WeakSet[WallFeed] = weakref.WeakSet()
"""Every feed of this process, for ``end_streams``."""


def end_streams() -> None:
    """End every live stream of this process now and take no new ones: the server is
    stopping. Safe from any thread and from a signal handler (each feed is closed in its
    event loop)."""
    for feed in list(_FEEDS):
        feed.close_soon()


def event_key_ok(key: str) -> bool:
    """Whether ``key`` can be an event's key (``card_index.event_key`` makes only these)."""
    return 0 < len(key) <= MAX_KEY and key[0] != "-" and set(key) <= EVENT_KEY_CHARS


def version_of(part: str) -> str:
    return hashlib.sha256(part.encode()).hexdigest()[:16]


def sse_message(version: str, part: str) -> bytes:
    """One server-sent event ``wall`` carrying ``part``, with its version as the id."""
    data = "".join(f"data: {line}\n" for line in part.splitlines() or [""])
    return f"id: {version}\nevent: wall\n{data}\n".encode()


@dataclass(eq=False)
class Subscription:
    """One open stream: the wall and language it shows, and the version it has."""

    key: str
    lang: str
    client: str
    seen: str
    queue: asyncio.Queue[tuple[str, str] | None] = field(
        default_factory=lambda: asyncio.Queue(maxsize=1))

    def offer(self, version: str, part: str) -> None:
        """Hand the stream a part newer than its own; an older one not yet sent is dropped."""
        if version == self.seen:
            return
        self.seen = version
        if self.queue.full():
            self.queue.get_nowait()
        self.queue.put_nowait((version, part))

    def end(self) -> None:
        if self.queue.full():
            self.queue.get_nowait()
        self.queue.put_nowait(None)


class WallFeed:
    """Every live stream of this process, and the one loop that feeds them all."""

    def __init__(self, reader: WallReader, render: Callable[[str, list[str]], Parts | None],
                 *, look: float = LOOK_SECONDS, heartbeat: float = HEARTBEAT_SECONDS,
                 max_streams: int = MAX_STREAMS,
                 max_per_client: int = MAX_STREAMS_PER_CLIENT) -> None:
        self.reader = reader
        self.render = render
        self.look = look
        self.heartbeat = heartbeat
        self.max_streams = max_streams
        self.max_per_client = max_per_client
        self.looks = 0
        """How many times the feed asked the store (for tests and the benchmark)."""
        self.closed = False
        self._subs: set[Subscription] = set()
        self._clients: Counter[str] = Counter()
        self._latest: dict[tuple[str, str], tuple[str, str]] = {}
        self._prints: dict[str, object] = {}
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        _FEEDS.add(self)

    @property
    def streams(self) -> int:
        return len(self._subs)

    # --- streams ------------------------------------------------------------------------

    def subscribe(self, key: str, lang: str, client: str, seen: str = "") -> Subscription | None:
        """A new stream of wall ``key`` in ``lang``; None when the feed is closed or the
        client (or everybody) holds as many streams as allowed."""
        if self.closed or len(self._subs) >= self.max_streams \
                or self._clients[client] >= self.max_per_client:
            return None
        sub = Subscription(key, lang, client, seen)
        self._subs.add(sub)
        self._clients[client] += 1
        latest = self._latest.get((key, lang))
        if latest is not None:
            sub.offer(*latest)
        self._run(first_of_its_kind=latest is None)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        if sub in self._subs:
            self._subs.discard(sub)
            self._clients[sub.client] -= 1
            if self._clients[sub.client] <= 0:
                del self._clients[sub.client]

    def close(self) -> None:
        """End every stream now and take no new ones (the server is shutting down)."""
        self.closed = True
        for sub in list(self._subs):
            sub.end()
        if self._wake is not None:
            self._wake.set()

    def close_soon(self) -> None:
        """``close`` from any thread: in the feed's event loop, if it has one running."""
        loop = self._loop
        if loop is None or loop.is_closed():
            self.closed = True  # no stream was ever fed: nothing to end
            return
        try:
            loop.call_soon_threadsafe(self.close)
        except RuntimeError:  # the loop closed in the meantime
            self.closed = True

    # --- the loop -----------------------------------------------------------------------

    def _run(self, first_of_its_kind: bool) -> None:
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done() or self._task.get_loop() is not loop:
            self._wake = asyncio.Event()
            self._loop = loop
            self._task = loop.create_task(self._watch(), name="wall-feed")
        elif first_of_its_kind and self._wake is not None:
            self._wake.set()  # a wall or language nobody watched yet: read it now

    async def _watch(self) -> None:
        failing = False
        try:
            while self._subs and not self.closed:
                try:
                    await self._look_once()
                    failing = False
                except Exception:  # a busy or broken store: say so once, try again
                    if not failing:
                        log.exception("the live wall's feed could not read the store")
                    failing = True
                assert self._wake is not None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.look)
                self._wake.clear()
        finally:
            self._latest.clear()
            self._prints.clear()

    async def _look_once(self) -> None:
        watched: dict[str, set[str]] = {}
        for sub in self._subs:
            watched.setdefault(sub.key, set()).add(sub.lang)
        prints = await run_in_threadpool(self.reader.fingerprints, list(watched))
        self.looks += 1
        for key, langs in watched.items():
            fresh = all((key, lang) in self._latest for lang in langs)
            if fresh and prints.get(key) == self._prints.get(key):
                continue
            parts = await run_in_threadpool(self.render, key, sorted(langs))
            self._prints[key] = prints.get(key)
            for lang, latest in (parts or {}).items():
                self._latest[(key, lang)] = latest
                for sub in list(self._subs):
                    if sub.key == key and sub.lang == lang:
                        sub.offer(*latest)
        for gone in [wall for wall in self._latest if wall[0] not in watched]:
            del self._latest[gone]
        for gone in [key for key in self._prints if key not in watched]:
            del self._prints[gone]


class EventStream(Response):
    """``text/event-stream`` of one subscription, until the client leaves or the feed ends."""

    def __init__(self, feed: WallFeed, sub: Subscription, headers: Mapping[str, str]) -> None:
        super().__init__(None, 200, dict(headers), "text/event-stream; charset=utf-8")
        self.raw_headers = [(name, value) for name, value in self.raw_headers
                            if name != b"content-length"]  # it lasts: no length
        self.feed = feed
        self.sub = sub

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gone = asyncio.ensure_future(_disconnected(receive))
        upcoming: asyncio.Future[tuple[str, str] | None] | None = None
        try:
            await send({"type": "http.response.start", "status": self.status_code,
                        "headers": self.raw_headers})
            await _body(send, f"retry: {RETRY_MILLISECONDS}\n\n".encode())
            while True:
                upcoming = upcoming or asyncio.ensure_future(self.sub.queue.get())
                done, _ = await asyncio.wait({upcoming, gone}, timeout=self.feed.heartbeat,
                                             return_when=asyncio.FIRST_COMPLETED)
                if gone in done:
                    return
                if upcoming not in done:
                    await _body(send, b": still here\n\n")
                    continue
                message, upcoming = upcoming.result(), None
                if message is None:
                    break
                await _body(send, sse_message(*message))
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # the client went away while it was being written to
            return
        finally:
            for pending in (gone, upcoming):
                if pending is not None:
                    pending.cancel()
            self.feed.unsubscribe(self.sub)


async def _disconnected(receive: Receive) -> None:
    """Returns when the client has gone (a stream's request has no body to read)."""
    message = await receive()
    while message["type"] != "http.disconnect":
        message = await receive()


async def _body(send: Send, chunk: bytes) -> None:
    await send({"type": "http.response.body", "body": chunk, "more_body": True})


class WallRoutes:
    """The handlers of ``/wall/…`` over the office's store."""

    def __init__(self, office: Office, headers: Mapping[str, str],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store = office.store
        self.site = office.site
        self.reader = WallReader(office.store)
        self.feed = WallFeed(self.reader, self.render)
        self.cache: PageCache[tuple[int, bytes]] = PageCache(PAGE_SECONDS, clock)
        self.headers = {**headers, "Cache-Control": "no-cache", "Vary": "Accept-Language"}
        policy = headers.get("Content-Security-Policy", "default-src 'none'")
        self.wall_headers = {**self.headers, "Content-Security-Policy": policy.replace(
            "default-src 'none';", "default-src 'none'; script-src 'self'; "
                                   "connect-src 'self';", 1)}
        self.stream_headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no",
                               "X-Content-Type-Options": "nosniff"}
        self.script_headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"}
        self._known: set[str] = set()

    @staticmethod
    def _lang(request: Request) -> str:
        return pages.choose_language(request.query_params.get("lang"),
                                     request.headers.get("accept-language"))

    # --- what is rendered (in the thread pool) ------------------------------------------

    def render(self, key: str, langs: list[str]) -> Parts | None:
        """The changing part of wall ``key`` in each of ``langs``, from one reading."""
        view = self.reader.view(key)
        if view is None:
            return None
        parts: Parts = {}
        for lang in langs:
            part = wall_pages.live_part(view, self.reader.topic_labels(lang), lang)
            parts[lang] = (version_of(part), part)
        return parts

    def _render_page(self, key: str, lang: str) -> tuple[int, bytes]:
        view = self.reader.view(key)
        if view is None:
            return 404, wall_pages.missing_page(lang, self.site).encode()
        labels = self.reader.topic_labels(lang)
        version = version_of(wall_pages.live_part(view, labels, lang))
        return 200, wall_pages.wall_page(view, labels, lang, self.site, version).encode()

    def _exists(self, key: str) -> bool:
        if key not in self._known and self.reader.event(key) is not None:
            self._known.add(key)
        return key in self._known

    # --- handlers -----------------------------------------------------------------------

    async def listing(self, request: Request) -> Response:
        lang = self._lang(request)
        events = await run_in_threadpool(self.reader.events)
        return HTMLResponse(wall_pages.list_page(events, lang, self.site),
                            headers=self.headers)

    async def wall(self, request: Request) -> Response:
        lang = self._lang(request)
        key = request.path_params["event"]
        if not event_key_ok(key):
            return HTMLResponse(wall_pages.missing_page(lang, self.site), 404,
                                headers=self.headers)
        cache_key = (key, lang, str(self.store.generation))
        found = self.cache.fresh(cache_key)
        status, html = found[1] if found is not None else await run_in_threadpool(
            self.cache.get, cache_key, lambda: self._render_page(key, lang))
        return HTMLResponse(html, status,
                            headers=self.wall_headers if status == 200 else self.headers)

    async def stream(self, request: Request) -> Response:
        lang = self._lang(request)
        key = request.path_params["event"]
        if not event_key_ok(key) or (key not in self._known
                                     and not await run_in_threadpool(self._exists, key)):
            return PlainTextResponse("no such wall", 404, headers=self.stream_headers)
        seen = (request.headers.get("last-event-id") or request.query_params.get("v")
                or "")[:32]
        client = request.client.host if request.client else "unknown"
        sub = self.feed.subscribe(key, lang, client, seen)
        if sub is None:
            retry = {**self.stream_headers, "Retry-After": "10"}
            return PlainTextResponse("no more streams now", 503 if self.feed.closed else 429,
                                     headers=retry)
        return EventStream(self.feed, sub, self.stream_headers)

    async def script(self, request: Request) -> Response:
        return Response(wall_pages.SCRIPT, media_type="text/javascript; charset=utf-8",
                        headers=self.script_headers)


    def routes(self) -> list[Route]:
        return [
            Route("/wall", self.listing, methods=["GET"]),
            Route("/wall/", self.listing, methods=["GET"]),
            Route("/wall/wall.js", self.script, methods=["GET"]),
            Route("/wall/{event}", self.wall, methods=["GET"]),
            Route("/wall/{event}/stream", self.stream, methods=["GET"]),
        ]


def wall_routes(office: Office, headers: Mapping[str, str]) -> list[Route]:
    """The wall's routes; ``headers`` are the strict headers of the public pages."""
    return WallRoutes(office, headers).routes()
