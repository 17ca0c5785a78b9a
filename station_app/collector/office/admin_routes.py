"""The admins' routes: publishing events' results and choosing whether their live walls
wait for approvals (``/office/events``), and blocking or unblocking staff accounts
(``/office/users``).

A POST is checked for its session and CSRF token first, then for the role: a moderator's
POST is refused with 403 and changes nothing. Unknown events and accounts get a 404 page.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from station_app.collector.office import templates
from station_app.collector.office.accounts import MAX_NAME
from station_app.collector.office.admin_pages import events_page, users_page
from station_app.collector.office.overview import Overview, UnknownEvent, set_publication
from station_app.collector.office.overview_pages import missing_page
from station_app.collector.office.overview_texts import TEXT
from station_app.collector.office.sessions import StaffSession
from station_app.collector.office.web import Office, OfficeHandlers, client_of, switch_href
from station_app.collector.pages import escape
from station_app.errors import UserError

MAX_TYPED = 4 * MAX_NAME
"""Longer names or keys in an address are not looked up at all."""


class AdminRoutes(OfficeHandlers):
    """The events' publication switches and the accounts' block buttons."""

    def __init__(self, office: Office) -> None:
        super().__init__(office)
        self.overview = Overview(office.store)

    async def _admin_post(self, request: Request
                          ) -> tuple[StaffSession, dict[str, str], str] | Response:
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, _form, lang = checked
        if session.role != "admin":
            return self._message(request, lang, 403, "forbidden_title", "forbidden_role",
                                 session)
        return checked

    def _missing(self, request: Request, lang: str, session: StaffSession, what: str
                 ) -> Response:
        back, current = (("/office/events", "to_events") if what == "event"
                         else ("/office/users", "to_users")), f"/office/{what}s"
        return self._page(missing_page(
            lang, self.office.site, self._viewer(session), switch_href(request, lang),
            title_key=f"unknown_{what}_title", text_key=f"unknown_{what}_text", back=back,
            current=current), 404)

    # --- events -------------------------------------------------------------------------

    async def events(self, request: Request) -> Response:
        checked = await self.staff_page(request, admin=True)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        lines = await run_in_threadpool(self.overview.events)
        by_key = {line.event.key: line for line in lines}
        saved = by_key.get(request.query_params.get("saved", ""))
        unchanged = by_key.get(request.query_params.get("unchanged", ""))
        return self._page(events_page(lang, self.office.site, self._viewer(session),
                                      switch_href(request, lang), lines, saved=saved,
                                      unchanged=unchanged))

    async def change_event(self, request: Request) -> Response:
        checked = await self._admin_post(request)
        if isinstance(checked, Response):
            return checked
        session, form, lang = checked
        key = request.path_params["key"]
        if len(key) > MAX_TYPED:
            return self._missing(request, lang, session, "event")
        try:
            change = await run_in_threadpool(
                set_publication, self.office.store, self.office.audit, key,
                results_public=bool(form.get("results_public")),
                cards_public=bool(form.get("cards_public")),
                wall_premoderated=bool(form.get("wall_premoderated")),
                actor=session.user_name, client=client_of(request))
        except UnknownEvent:
            return self._missing(request, lang, session, "event")
        outcome = "saved" if change.changed else "unchanged"
        return RedirectResponse(templates.link("/office/events", lang, **{outcome: key}), 303)

    # --- accounts -----------------------------------------------------------------------

    async def users(self, request: Request) -> Response:
        checked = await self.staff_page(request, admin=True)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        users = await run_in_threadpool(self.office.accounts.all)
        done = ""
        named = request.query_params.get("account", "")
        kind = request.query_params.get("done", "")
        user = next((user for user in users if user.name == named), None)
        if user is not None and kind in ("disabled", "enabled") and \
                user.enabled == (kind == "enabled"):
            done = TEXT[lang][f"done_{kind}"].format(name=escape(user.name))
        return self._page(users_page(lang, self.office.site, self._viewer(session),
                                     switch_href(request, lang), users, done=done))

    async def disable(self, request: Request) -> Response:
        return await self._set_enabled(request, False)

    async def enable(self, request: Request) -> Response:
        return await self._set_enabled(request, True)

    async def _set_enabled(self, request: Request, enabled: bool) -> Response:
        checked = await self._admin_post(request)
        if isinstance(checked, Response):
            return checked
        session, _form, lang = checked
        name = request.path_params["name"]
        accounts = self.office.accounts
        user = await run_in_threadpool(accounts.find, name) if len(name) <= MAX_TYPED else None
        if user is None:
            return self._missing(request, lang, session, "user")
        if not enabled and user.name == session.user_name:
            users = await run_in_threadpool(accounts.all)
            return self._page(users_page(lang, self.office.site, self._viewer(session),
                                         switch_href(request, lang), users,
                                         error=TEXT[lang]["self_refused"]), 409)
        try:
            changed, _ended = await run_in_threadpool(
                lambda: accounts.set_enabled(user.name, enabled, actor=session.user_name,
                                             client=client_of(request)))
        except UserError:  # removed in the meantime
            return self._missing(request, lang, session, "user")
        return RedirectResponse(templates.link(
            "/office/users", lang, done="enabled" if enabled else "disabled",
            account=changed.name), 303)


def routes(office: Office) -> list[Route]:
    admin = AdminRoutes(office)
    return [Route("/events", admin.events, methods=["GET"]),
            Route("/events/{key}", admin.change_event, methods=["POST"]),
            Route("/users", admin.users, methods=["GET"]),
            Route("/users/{name:path}/disable", admin.disable, methods=["POST"]),
            Route("/users/{name:path}/enable", admin.enable, methods=["POST"])]

