"""The collector's ASGI application (Starlette): batch upload API (and a venue hub's relay
of its stations' batches, ``RELAY_PATH``, and of its own office's decisions,
``DECISIONS_PATH``), the public pages (the
follow-up page and its forms, the published results: ``public_routes.py``; the events' live
walls: ``wall_routes.py``), and the staff area mounted at ``/office`` (``office/``).

Database work runs in Starlette's thread pool so a slow disk never stalls the event loop;
``BatchIngest`` serialises writers with the store's lock. (The follow-up page reads its card
right away when nobody holds the store, and in the thread pool otherwise:
``followup_routes.py``.)
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from station_app import __version__
from station_app.clock import utc_now
from station_app.collector import pages
from station_app.collector.database import database_errors
from station_app.collector.forwarded import ForwardedClientMiddleware, Network, TrustedProxies
from station_app.collector.heartbeats import HeartbeatRefused, receive_heartbeat
from station_app.collector.hub_decisions import HubDecisions
from station_app.collector.ingest import BatchIngest, IngestError, IngestResult
from station_app.collector.office.routes import office_router
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.web import Office
from station_app.collector.openapi import openapi_document
from station_app.collector.packages import last_config_version, newest_package
from station_app.collector.public_routes import public_routes
from station_app.collector.ratelimit import RateLimiter
from station_app.collector.store import CollectorStore
from station_app.collector.unavailable import unavailable
from station_app.collector.wall_routes import wall_routes
from station_app.protocol.batch import SIGNATURE_HEADER, STATION_HEADER
from station_app.protocol.canonical import FormatError
from station_app.protocol.heartbeat import HEARTBEAT_PATH, MAX_HEARTBEAT_BYTES
from station_app.protocol.hub_decisions import DECISIONS_PATH
from station_app.protocol.package import PACKAGE_PATH, check_request, read_request
from station_app.protocol.relay import RELAY_PATH
from station_app.protocol.signatures import SignatureError

HTML_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",  # the code in the URL must not leak to other sites
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


@dataclass
class CollectorSettings:
    """Everything the running collector can be told on its command line."""

    pages: pages.PageSettings = field(default_factory=pages.PageSettings)
    max_batch_bytes: int = 32 * 1024 * 1024
    page_requests_per_minute: float = 30.0
    page_burst: int = 20
    api_requests_per_minute: float = 600.0
    api_burst: int = 120
    holder_posts_per_hour: float = 10.0
    """How often one client may withdraw or correct a card (the forms' POSTs)."""
    holder_burst: int = 10
    office: OfficeSettings = field(default_factory=OfficeSettings)
    trusted_proxies: tuple[Network, ...] = ()
    """Reverse proxies whose ``X-Forwarded-For`` names the client (``forwarded``); none
    by default: the TCP peer is the client."""
    wall: bool = False
    """Serve the live wall (``/wall/``): on a venue's hub, not on the city's collector, which
    would otherwise show every event's cards as they arrive."""


MAX_DECISIONS_BYTES = 16 * 1024 * 1024
"""A full decisions document: 1,000 corrections of 5,000 characters each."""
RELAY_ALLOWANCE = 4 * 1024 * 1024
"""What a relay document may add to the largest batch: the hub's registration, and the
batch's contacts sealed anew for this collector."""


class _TooLarge(Exception):
    """A request body went past its limit while it was read."""


def _public_page(path: str) -> bool:
    """A public page (``/k``, ``/results``, ``/wall``); a wall's live stream is
    none: it is one request that lasts (``wall_routes`` bounds the streams per client)."""
    if path.startswith("/wall/") and path.endswith("/stream"):
        return False
    return path in ("/k", "/results", "/wall") or path.startswith(("/k/", "/results/",
                                                                  "/wall/"))


class RateLimitMiddleware:
    """Rejects a client's request with 429 when its bucket is empty: the public pages
    (``/k``, ``/results``, ``/wall``), the holder's forms (a POST under ``/k/``: harder) and
    the API each have their own buckets."""

    def __init__(self, app: ASGIApp, pages_limiter: RateLimiter,
                 api_limiter: RateLimiter, site: pages.PageSettings,
                 holder_limiter: RateLimiter | None = None) -> None:
        self.app = app
        self.pages = pages_limiter
        self.api = api_limiter
        self.holder = holder_limiter or RateLimiter(10 / 60, 10)
        self.site = site

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        client = (scope.get("client") or ("unknown", 0))[0]
        is_page = _public_page(path)
        if path == "/api/v1/health" or not (is_page or path.startswith("/api/")):
            await self.app(scope, receive, send)
            return
        if is_page and scope.get("method") == "POST":
            limiter = self.holder
        else:
            limiter = self.pages if is_page else self.api
        wait = limiter.allow(client)
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        retry = {"Retry-After": str(max(1, int(wait + 0.999)))}
        response: Response
        if is_page:
            request = Request(scope)
            lang = pages.choose_public_language(request.query_params.get("lang"),
                                                request.headers.get("accept-language"))
            response = HTMLResponse(pages.rate_limited_page(lang, self.site, wait), 429,
                                    headers={**HTML_HEADERS, **retry})
        else:
            response = JSONResponse({"detail": "too many requests"}, 429, headers=retry)
        await response(scope, receive, send)


def create_app(store: CollectorStore, ingest: BatchIngest | None = None,
               settings: CollectorSettings | None = None) -> Starlette:
    """The collector application over an open store."""
    settings = settings or CollectorSettings()
    ingest = ingest or BatchIngest(store)
    decisions = HubDecisions(ingest)
    site = dataclasses.replace(settings.pages, wall=settings.wall)
    office = Office.build(store, settings.office, site)

    async def health(request: Request) -> Response:
        counts = await run_in_threadpool(store.counts)
        return JSONResponse({"status": "ok", "version": __version__,
                             "stations": counts["stations"], "cards": counts["cards"],
                             "worker": os.getpid()})

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_document())

    async def _signed_sender(request: Request, what: str,
                             who: str) -> tuple[str, str] | Response:
        """The sender an upload names and its signature, or the refusal: not JSON, not
        named or not signed, or a stranger (then not a byte of the body is read)."""
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            return JSONResponse({"detail": f"send {what} as application/json"}, 415)
        sender = request.headers.get(STATION_HEADER, "")
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not sender or not signature:
            return JSONResponse({"detail": f"name {who} ({STATION_HEADER}) and sign "
                                 f"the body ({SIGNATURE_HEADER})"}, 401)
        try:
            await run_in_threadpool(ingest.known_station, sender)
        except IngestError as error:
            await run_in_threadpool(store.record_rejection, "http", sender, str(error),
                                    utc_now())
            return JSONResponse({"detail": str(error)}, error.status)
        return sender, signature

    async def post_batch(request: Request, relayed: bool = False) -> Response:
        """A signed batch. The station and its signature are checked before the body is
        parsed; the body is read at most up to the limit, hashed and parsed off the event
        loop, and parsed once. ``relayed``: a hub's relay document, which may be a little
        larger than the batch it carries (``RELAY_ALLOWANCE``)."""
        sender = await _signed_sender(request, "the batch", "the station")
        if isinstance(sender, Response):
            return sender
        station_id, signature = sender
        try:
            # Handed over in a box that the worker empties: a worker thread keeps its last
            # call's arguments until its next call, and this one may be 32 MB.
            limit = settings.max_batch_bytes + (RELAY_ALLOWANCE if relayed else 0)
            body = [await _read_body(request, limit)]
        except _TooLarge:
            return JSONResponse({"detail": "the batch is too large"}, 413)
        result = await run_in_threadpool(_ingest_upload, body, station_id, signature,
                                         relayed)
        if isinstance(result, IngestError):
            return JSONResponse({"detail": str(result)}, result.status)
        return JSONResponse(result.as_ack(), 201 if result.status == "stored" else 200)

    def _ingest_upload(body: list[bytearray], station_id: str, signature: str,
                       relayed: bool = False) -> IngestResult | IngestError:
        """Ingest in a worker thread; a refusal comes back bare. Its traceback's frames
        hold the body in a reference cycle that only the garbage collector would break,
        whenever it next runs: 32 MB for every refused upload until then."""
        try:
            if relayed:
                return ingest.ingest_relay(body.pop(), "relay", claimed_hub=station_id,
                                           raw_signature=signature)
            return ingest.ingest(body.pop(), "http", claimed_station=station_id,
                                 raw_signature=signature)
        except IngestError as error:
            error.__traceback__ = error.__context__ = error.__cause__ = None
            return error

    async def post_relay(request: Request) -> Response:
        """A hub's relay document (``protocol/relay.py``): named and signed by the hub,
        checked like a batch upload before its body is parsed."""
        return await post_batch(request, relayed=True)

    async def post_decisions(request: Request) -> Response:
        """A hub's decisions (``protocol/hub_decisions.py``): named and signed by the hub,
        which must be enrolled here, checked before the body is parsed."""
        sender = await _signed_sender(request, "the decisions", "the hub")
        if isinstance(sender, Response):
            return sender
        hub_id, signature = sender
        try:
            body = bytes(await _read_body(request, MAX_DECISIONS_BYTES))
        except _TooLarge:
            return JSONResponse({"detail": "the decisions document is too large"}, 413)
        try:
            ack = await run_in_threadpool(decisions.receive, body, "relay",
                                          claimed_hub=hub_id, raw_signature=signature)
        except IngestError as error:
            return JSONResponse({"detail": str(error)}, error.status)
        return JSONResponse(ack.as_ack())

    async def post_heartbeat(request: Request) -> Response:
        """A station's signed heartbeat (``protocol/heartbeat.py``): kept for the office's
        view of the fleet; the answer names the newest configuration version the office
        has packaged for the station (0: none)."""
        try:
            body = bytes(await _read_body(request, MAX_HEARTBEAT_BYTES))
        except _TooLarge:
            return JSONResponse({"detail": "the heartbeat is too large"}, 413)
        try:
            heartbeat = await run_in_threadpool(receive_heartbeat, store, body, utc_now())
        except HeartbeatRefused as refused:
            return JSONResponse({"detail": str(refused)}, refused.status)
        latest = await run_in_threadpool(last_config_version, store, heartbeat.station_id)
        return JSONResponse({"status": "ok", "latest_config_version": latest})

    async def post_package(request: Request) -> Response:
        """A station's signed question for a newer package (``protocol/package.py``): the
        newest one without keys, or 204."""
        try:
            body = bytes(await _read_body(request, 4096))
        except _TooLarge:
            return JSONResponse({"detail": "the request is too large"}, 413)
        answer = await run_in_threadpool(_package_for, body)
        if isinstance(answer, tuple):
            return JSONResponse({"detail": answer[1]}, answer[0])
        if answer is None:
            return Response(status_code=204)
        return Response(answer, 200, media_type="application/json")

    def _package_for(body: bytes) -> bytes | tuple[int, str] | None:
        try:
            station_id, have, document = read_request(body)
        except FormatError as error:
            return 400, str(error)
        station = store.station(station_id)
        if station is None:
            return 403, f"unknown station {station_id!r}"
        for key, _enrolled_at in station["keys"]:
            try:
                check_request(document, key)
            except SignatureError:
                continue
            return newest_package(store, station_id, have)
        return 403, "the signature does not match the station's key"

    async def root(request: Request) -> Response:
        return RedirectResponse("/k", 303)

    async def missing(request: Request, error: Exception) -> Response:
        """An unknown address or a refused method, outside the routes' own answers: JSON
        for the API, else a page with the pages' strict headers (never Starlette's bare
        text, which has none)."""
        status = getattr(error, "status_code", 404)
        allowed = dict(getattr(error, "headers", None) or {})  # a 405's Allow
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "not found" if status == 404 else
                                 "method not allowed"}, status, headers=allowed)
        lang = pages.choose_public_language(request.query_params.get("lang"),
                                            request.headers.get("accept-language"))
        headers = {**HTML_HEADERS, "X-Frame-Options": "DENY", **allowed}
        return HTMLResponse(pages.missing_page(lang, site), status, headers=headers)

    async def database_down(request: Request, error: Exception) -> Response:
        return unavailable(request, error, site, HTML_HEADERS)

    # The public pages first: the router tries the routes in turn, and the follow-up page
    # is what a city serves most (every receipt's QR), far more often than the API.
    handlers: dict[Any, Any] = {404: missing, 405: missing,
                                **dict.fromkeys(database_errors(), database_down)}
    app = Starlette(exception_handlers=handlers, routes=[
        *public_routes(office, HTML_HEADERS),
        Route("/", root, methods=["GET"]),
        Route("/api/v1/health", health, methods=["GET"]),
        Route("/api/v1/openapi.json", openapi, methods=["GET"]),
        Route("/api/v1/batches", post_batch, methods=["POST"]),
        Route(RELAY_PATH, post_relay, methods=["POST"]),
        Route(DECISIONS_PATH, post_decisions, methods=["POST"]),
        Route(HEARTBEAT_PATH, post_heartbeat, methods=["POST"]),
        Route(PACKAGE_PATH, post_package, methods=["POST"]),
        *(wall_routes(office, HTML_HEADERS) if settings.wall else []),
        Mount("/office", app=office_router(office, HTML_HEADERS)),
    ])
    app.add_middleware(
        RateLimitMiddleware,
        pages_limiter=RateLimiter(settings.page_requests_per_minute, settings.page_burst),
        api_limiter=RateLimiter(settings.api_requests_per_minute, settings.api_burst),
        site=site,
        holder_limiter=RateLimiter(settings.holder_posts_per_hour / 60, settings.holder_burst),
    )
    if settings.trusted_proxies:  # added last: the outermost, before the rate limits
        app.add_middleware(ForwardedClientMiddleware,
                           proxies=TrustedProxies(settings.trusted_proxies))
    app.state.store = store
    app.state.ingest = ingest
    app.state.office = office
    return app


async def _read_body(request: Request, limit: int) -> bytearray:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    # One growing buffer: a list of chunks joined at the end would hold the body twice.
    body = bytearray()
    async for chunk in request.stream():
        if len(body) + len(chunk) > limit:
            raise _TooLarge
        body += chunk
    return body

