"""The collector's public pages, for everybody without an account: the follow-up page and
its forms (``followup_routes.py``) and the published results of the events.

The results are the same for every reader, so each page – per event, language and page of
cards – is kept here for a minute (``results.PageCache``), and made again at once after
any change this collector makes (a withdrawn or hidden card leaves it immediately);
thousands of readers cost one set of queries a minute. Browsers and proxies are told not
to keep it (``no-cache``).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Mapping

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from station_app.clock import utc_now
from station_app.collector import pages, results_pages
from station_app.collector.followup_routes import FollowupRoutes
from station_app.collector.office.web import Office
from station_app.collector.results import CACHE_SECONDS, PageCache, ResultsReader

EVENT_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
"""What ``card_index.event_key`` makes: anything else is no event of ours."""
MAX_PAGE = 10_000


class ResultsRoutes:
    """``/results`` (the published events) and ``/results/{event}``."""

    def __init__(self, office: Office, headers: Mapping[str, str],
                 now: Callable[[], dt.datetime] = utc_now,
                 cache: PageCache[tuple[int, bytes]] | None = None) -> None:
        self.office = office
        self.store = office.store
        self.site = office.site
        self.reader = ResultsReader(office.store, office.files, office.settings.statuses)
        self.cache: PageCache[tuple[int, bytes]] = cache or PageCache(CACHE_SECONDS,
                                                                      time.monotonic)
        self.now = now
        # Kept here, not in browsers or proxies: a withdrawn card must leave the page at
        # once, also for the reader who saw it a minute ago.
        self.headers = {**headers, "Cache-Control": "no-cache", "Vary": "Accept-Language"}
        self.missing_headers = dict(headers)

    def _lang(self, request: Request) -> str:
        return pages.choose_public_language(request.query_params.get("lang"),
                                            request.headers.get("accept-language"))

    def _response(self, status: int, html: str | bytes) -> Response:
        return HTMLResponse(html, status,
                            headers=self.headers if status == 200 else self.missing_headers)

    async def _cached(self, key: tuple[str, ...], make: Callable[[], tuple[int, bytes]]
                      ) -> Response:
        """A kept page straight away (no thread, no query); else made in the thread pool,
        once however many readers ask for it. A page kept before the last change in the
        store is not used: a withdrawn or hidden card leaves the page at once."""
        key = (*key, str(self.store.generation))
        found = self.cache.fresh(key)
        status, html = found[1] if found is not None else \
            await run_in_threadpool(self.cache.get, key, make)
        return self._response(status, html)

    def _now_iso(self) -> str:
        return self.now().astimezone(dt.UTC).isoformat()

    # --- the pages, as they are made for the cache --------------------------------------

    def _render_list(self, lang: str) -> tuple[int, bytes]:
        events = self.reader.published_events()
        html = results_pages.list_page(events, lang, self.site, self._now_iso())
        return 200, html.encode()

    def _render_event(self, key: str, lang: str, page: int) -> tuple[int, bytes]:
        none_label = results_pages.TEXT[lang]["no_district"]
        found = self.reader.results(key, lang, page, none_label)
        if found is None or found.page != page:  # unpublished, or past the last page
            return 404, results_pages.missing_page(key, lang, self.site).encode()
        return 200, results_pages.event_page(found, lang, self.site, self._now_iso()).encode()

    # --- handlers -----------------------------------------------------------------------

    async def listing(self, request: Request) -> Response:
        lang = self._lang(request)
        return await self._cached(("list", lang), lambda: self._render_list(lang))

    async def event(self, request: Request) -> Response:
        lang = self._lang(request)
        key = request.path_params["event"]
        if not EVENT_KEY.fullmatch(key):
            return self._response(404, results_pages.missing_page(key, lang, self.site))
        typed = request.query_params.get("page", "1")
        page = int(typed) if typed.isdigit() and len(typed) <= 5 else 1
        page = min(max(page, 1), MAX_PAGE)
        return await self._cached(("event", key, lang, str(page)),
                                  lambda: self._render_event(key, lang, page))


def public_routes(office: Office, headers: Mapping[str, str],
                  clock: Callable[[], dt.datetime] = utc_now,
                  cache: PageCache[tuple[int, bytes]] | None = None) -> list[Route]:
    """Every public route over the office's services; ``headers`` go on every page."""
    followup = FollowupRoutes(office, headers, clock)
    results = ResultsRoutes(office, headers, clock, cache)
    return [
        Route("/k/{code}", followup.card, methods=["GET"]),  # the busiest: first
        Route("/k", followup.code_form, methods=["GET"]),
        Route("/k/{code}/withdraw", followup.withdraw_form, methods=["GET"]),
        Route("/k/{code}/withdraw", followup.withdraw, methods=["POST"]),
        Route("/k/{code}/correct", followup.correct_form, methods=["GET"]),
        Route("/k/{code}/correct", followup.correct, methods=["POST"]),
        Route("/results", results.listing, methods=["GET"]),
        Route("/results/{event}", results.event, methods=["GET"]),
    ]
