"""The office's web routes under ``/office/``: login, logout, the landing page, the audit log;
the other areas add theirs (``card_routes``, ``overview_routes``, ``export_routes``).

Every response under ``/office`` gets the follow-up pages' strict headers (no scripts, no
framing, no caching) and ``X-Frame-Options``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping

from starlette.concurrency import run_in_threadpool
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp

from station_app.clock import utc_now
from station_app.collector.office import audit as actions
from station_app.collector.office import templates
from station_app.collector.office.accounts import MAX_PASSWORD
from station_app.collector.office.csrf import FIELD, LOGIN_COOKIE, LOGIN_TOKEN_LIFETIME
from station_app.collector.office.forms import FormRefused, read_form
from station_app.collector.office.sessions import SESSION_COOKIE, StaffSession
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.texts import TEXT
from station_app.collector.office.web import (
    OFFICE_HEADERS,
    Office,
    OfficeHandlers,
    SecurityHeaders,
    client_of,
    page_language,
    safe_next,
    switch_href,
)
from station_app.collector.pages import PageSettings
from station_app.collector.store import CollectorStore

AUDIT_PAGE_SIZE = 100


class OfficeRoutes(OfficeHandlers):
    """Login, logout, the landing page and the audit log."""

    # --- login and logout ---------------------------------------------------------------

    def _login_form(self, request: Request, lang: str, *, status: int = 200, name: str = "",
                    error: str = "", info: str = "", next_path: str = "",
                    headers: Mapping[str, str] | None = None) -> Response:
        csrf = self.office.csrf
        cookie = request.cookies.get(LOGIN_COOKIE)
        fresh = csrf.login_cookie_fresh(cookie, within=LOGIN_TOKEN_LIFETIME / 2)
        if not fresh or cookie is None:
            cookie = csrf.new_login_cookie()
        html = templates.login_page(lang, self.office.site, token=csrf.for_login(cookie),
                                    switch_href=switch_href(request, lang), name=name,
                                    error=error, info=info, next_path=next_path)
        response = self._page(html, status, headers)
        if not fresh:
            self._cookie(response, request, LOGIN_COOKIE, cookie,
                         int(LOGIN_TOKEN_LIFETIME.total_seconds()))
        return response

    async def login_form(self, request: Request) -> Response:
        lang = page_language(request)
        if await self._session(request) is not None:
            return RedirectResponse(templates.link("/office/", lang), 303)
        info = TEXT[lang]["logged_out"] if request.query_params.get("bye") == "1" else ""
        return self._login_form(request, lang, info=info,
                                next_path=safe_next(request.query_params.get("next")))

    async def login(self, request: Request) -> Response:
        office, client = self.office, client_of(request)
        lang = page_language(request)
        wait = office.login_limiter.allow(client)
        if wait > 0:
            return self._login_form(request, lang, status=429, error=TEXT[lang]["login_busy"],
                                    headers={"Retry-After": str(math.ceil(wait))})
        try:
            form = await read_form(request)
        except FormRefused as refused:
            return self._message(request, lang, refused.status, "bad_form_title",
                                 "bad_form_text")
        lang = page_language(request, form.get("lang"))
        if not office.csrf.check_login(request.cookies.get(LOGIN_COOKIE), form.get(FIELD)):
            return self._message(request, lang, 403, "forbidden_title", "forbidden_csrf")
        name = form.get("name", "")[:200]
        password = form.get("password", "")[:MAX_PASSWORD + 1]
        next_path = safe_next(form.get("next"))
        locked = await run_in_threadpool(office.throttle.wait, name, client)
        if locked > dt.timedelta(0):
            await run_in_threadpool(office.audit.record, name[:64] or "-",
                                    actions.LOGIN_REFUSED, client=client, target=None,
                                    after={"retry_after_seconds": math.ceil(
                                        locked.total_seconds())})
            minutes = max(1, math.ceil(locked.total_seconds() / 60))
            return self._login_form(
                request, lang, status=429, name=name, next_path=next_path,
                error=(TEXT[lang]["login_throttled_one"] if minutes == 1
                       else TEXT[lang]["login_throttled"].format(minutes=minutes)),
                headers={"Retry-After": str(math.ceil(locked.total_seconds()))})
        user, reason = await run_in_threadpool(office.accounts.check_login, name, password)
        if user is None:
            await run_in_threadpool(office.throttle.failed, name, client)
            await run_in_threadpool(office.audit.record, name[:64] or "-",
                                    actions.LOGIN_FAILED, client=client,
                                    after={"reason": reason})
            return self._login_form(request, lang, name=name, next_path=next_path,
                                    error=TEXT[lang]["login_failed"])
        await run_in_threadpool(office.throttle.succeeded, name)
        session_id = await run_in_threadpool(office.sessions.start, user.name, client,
                                             request.cookies.get(SESSION_COOKIE))
        await run_in_threadpool(office.accounts.record_login, user)
        await run_in_threadpool(office.audit.record, user.name, actions.LOGIN_SUCCEEDED,
                                client=client, target=user.name, after={"role": user.role})
        response = RedirectResponse(templates.link(next_path or "/office/", lang), 303)
        self._cookie(response, request, SESSION_COOKIE, session_id,
                     int(office.sessions.limits.absolute.total_seconds()))
        self._cookie(response, request, LOGIN_COOKIE, "", 0)
        return response

    async def logout(self, request: Request) -> Response:
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, _form, lang = checked
        await run_in_threadpool(self.office.sessions.end, session.id)
        await run_in_threadpool(self.office.audit.record, session.user_name, actions.LOGOUT,
                                client=client_of(request), target=session.user_name)
        response = RedirectResponse(templates.link("/office/login", lang, bye="1"), 303)
        self._cookie(response, request, SESSION_COOKIE, "", 0)
        return response

    # --- pages --------------------------------------------------------------------------

    async def landing(self, request: Request) -> Response:
        lang = page_language(request)
        session = await self._session(request)
        if session is None:
            return self._to_login(request, lang)
        return self._page(templates.landing_page(lang, self.office.site, self._viewer(session),
                                                 switch_href(request, lang)))

    async def audit(self, request: Request) -> Response:
        checked = await self.staff_page(request, admin=True)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        typed = request.query_params.get("before", "")
        before = int(typed) if typed.isdigit() and len(typed) <= 18 else None
        entries = await run_in_threadpool(self.office.audit.latest, AUDIT_PAGE_SIZE + 1,
                                          before)
        older = entries[AUDIT_PAGE_SIZE - 1].id if len(entries) > AUDIT_PAGE_SIZE else None
        return self._page(templates.audit_page(
            lang, self.office.site, self._viewer(session), entries[:AUDIT_PAGE_SIZE],
            switch_href(request, lang), older, before is not None))

    async def elsewhere(self, request: Request) -> Response:
        """Any other path under /office/: the login for strangers, else 'not found'."""
        lang = page_language(request)
        if request.method == "POST":
            checked = await self._checked_post(request)
            if isinstance(checked, Response):
                return checked
            session: StaffSession | None = checked[0]
        else:
            session = await self._session(request)
            if session is None:
                return self._to_login(request, lang)
        return self._message(request, lang, 404, "not_found_title", "not_found_text", session)


def office_router(office: Office, headers: Mapping[str, str]) -> ASGIApp:
    """The office as one ASGI application over its services, to be mounted at ``/office``."""
    from station_app.collector.office.areas import area_routes

    routes = OfficeRoutes(office)
    router = Router(routes=[
        Route("/login", routes.login_form, methods=["GET"]),
        Route("/login", routes.login, methods=["POST"]),
        Route("/logout", routes.logout, methods=["POST"]),
        Route("/", routes.landing, methods=["GET"]),
        Route("/audit", routes.audit, methods=["GET"]),
        *area_routes(office),
        Route("/{rest:path}", routes.elsewhere, methods=["GET", "POST"]),
    ])
    # The router's own refusals (405) are answered inside, so they get the headers too.
    return SecurityHeaders(ExceptionMiddleware(router), {**headers, **OFFICE_HEADERS})


def office_app(store: CollectorStore, settings: OfficeSettings, site: PageSettings,
               headers: Mapping[str, str],
               clock: Callable[[], dt.datetime] = utc_now) -> ASGIApp:
    """The office over a store, with its services built here (tests mount it alone)."""
    return office_router(Office.build(store, settings, site, clock), headers)
