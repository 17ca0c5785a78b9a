"""The overview's route (any member of staff), and with it the admins' pages for events
and accounts (``admin_routes``)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from station_app.collector.office import admin_routes
from station_app.collector.office.card_index import LABEL_KINDS
from station_app.collector.office.cases import Event
from station_app.collector.office.overview import (
    CardCounts,
    EventLine,
    Overview,
    StationLine,
)
from station_app.collector.office.overview_pages import missing_page, overview_page
from station_app.collector.office.web import Office, OfficeHandlers, switch_href

MAX_KEY = 100


class OverviewRoutes(OfficeHandlers):
    """``GET /office/overview``: events, stations, counts (optionally of one event)."""

    def __init__(self, office: Office) -> None:
        super().__init__(office)
        self.overview = Overview(office.store)

    def _gather(self, key: str, lang: str
                ) -> tuple[list[EventLine], list[StationLine], CardCounts,
                           dict[str, dict[str, str]], Event | None] | None:
        chosen = self.office.files.event(key) if key else None
        if key and chosen is None:
            return None
        labels = {kind: self.office.files.labels(kind, lang) for kind in LABEL_KINDS}
        return (self.overview.events(), self.overview.stations(),
                self.overview.counts(key), labels, chosen)

    async def page(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        key = request.query_params.get("event", "").strip()[:MAX_KEY + 1]
        found = (await run_in_threadpool(self._gather, key, lang)
                 if len(key) <= MAX_KEY else None)
        viewer, switch = self._viewer(session), switch_href(request, lang)
        if found is None:
            return self._page(missing_page(
                lang, self.office.site, viewer, switch, title_key="unknown_event_title",
                text_key="unknown_event_text", back=("/office/overview", "to_overview"),
                current="/office/overview"), 404)
        events, stations, counts, labels, chosen = found
        return self._page(overview_page(lang, self.office.site, viewer, switch,
                                        events=events, stations=stations, counts=counts,
                                        labels=labels, chosen=chosen))


def routes(office: Office) -> list[Route]:
    """The overview's route and the admins' pages for events and accounts."""
    overview = OverviewRoutes(office)
    return [Route("/overview", overview.page, methods=["GET"]),
            *admin_routes.routes(office)]
