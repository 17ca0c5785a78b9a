"""The office's web routes under ``/office/``: login, logout, the landing page, the audit log.

Every page except the login form needs a live session: a request without one is sent to
the login (GET) or refused with 403 (POST). Every POST carries the form's CSRF token, the
login form too; a missing or wrong one is refused with 403 before anything else is done.
Every response under ``/office`` gets the follow-up pages' strict headers (no scripts, no
framing, no caching).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from station_app.clock import utc_now
from station_app.collector.office import audit as actions
from station_app.collector.office import templates
from station_app.collector.office.accounts import MAX_PASSWORD, PasswordHasher, StaffAccounts
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.csrf import (
    FIELD,
    LOGIN_COOKIE,
    LOGIN_TOKEN_LIFETIME,
    CsrfTokens,
    office_secret,
)
from station_app.collector.office.forms import FormRefused, read_form
from station_app.collector.office.sessions import SESSION_COOKIE, StaffSession, StaffSessions
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.texts import TEXT
from station_app.collector.office.throttle import LoginThrottle
from station_app.collector.pages import PageSettings, choose_language
from station_app.collector.ratelimit import RateLimiter
from station_app.collector.store import CollectorStore

OFFICE_HEADERS = {"X-Frame-Options": "DENY"}
"""Added to the follow-up pages' headers (whose CSP already says ``frame-ancestors
'none'``) for browsers that only know the older header."""
_NEXT = re.compile(r"/office/(?:audit)?")
AUDIT_PAGE_SIZE = 100


class SecurityHeaders:
    """Adds the office's headers to every response under it, the framework's own 404 and
    405 answers included."""

    def __init__(self, app: ASGIApp, headers: Mapping[str, str]) -> None:
        self.app = app
        self.headers = [(name.lower().encode("latin-1"), value.encode("latin-1"))
                        for name, value in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _value in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in self.headers if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Office:
    """The office's services, built once per collector."""

    site: PageSettings
    settings: OfficeSettings
    accounts: StaffAccounts
    sessions: StaffSessions
    csrf: CsrfTokens
    throttle: LoginThrottle
    audit: AuditLog
    login_limiter: RateLimiter

    @classmethod
    def build(cls, store: CollectorStore, settings: OfficeSettings, site: PageSettings,
              clock: Callable[[], dt.datetime] = utc_now) -> Office:
        return cls(site, settings,
                   StaffAccounts(store, PasswordHasher(settings.hash_cost), clock),
                   StaffSessions(store, settings.sessions, clock),
                   CsrfTokens(office_secret(store, clock), clock),
                   LoginThrottle(store, settings.throttle, clock),
                   AuditLog(store, clock),
                   RateLimiter(settings.login_requests_per_minute, settings.login_burst))


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _lang(request: Request, chosen: str | None = None) -> str:
    return choose_language(chosen or request.query_params.get("lang"),
                           request.headers.get("accept-language"))


def _safe_next(value: str | None) -> str:
    """Where to go after the login: only pages of the office itself."""
    return value if value and _NEXT.fullmatch(value) else ""


def _switch(request: Request, lang: str) -> str:
    """This page in the other language, keeping its own query parameters."""
    params = {key: value for key, value in request.query_params.items()
              if key in ("next", "before")}
    return templates.link(request.url.path, "en" if lang == "de" else "de", **params)


class OfficeRoutes:
    """The request handlers, over the office's services."""

    def __init__(self, office: Office) -> None:
        self.office = office

    # --- helpers ------------------------------------------------------------------------

    def _cookie(self, response: Response, request: Request, name: str, value: str,
                max_age: int) -> None:
        secure = self.office.settings.behind_tls or request.url.scheme == "https"
        parts = [f"{name}={value}", "Path=/office", f"Max-Age={max_age}", "HttpOnly",
                 "SameSite=Strict", *(["Secure"] if secure else [])]
        response.headers.append("set-cookie", "; ".join(parts))

    def _page(self, html: str, status: int = 200, headers: Mapping[str, str] | None = None
              ) -> HTMLResponse:
        return HTMLResponse(html, status, headers=dict(headers or {}))

    def _message(self, request: Request, lang: str, status: int, title: str, text: str,
                 session: StaffSession | None = None) -> HTMLResponse:
        viewer = self._viewer(session) if session is not None else None
        return self._page(templates.message_page(lang, self.office.site, title, text,
                                                 _switch(request, lang), viewer), status)

    def _viewer(self, session: StaffSession) -> templates.Viewer:
        return templates.Viewer(session.user_name, session.role,
                                self.office.csrf.for_session(session.id))

    async def _session(self, request: Request) -> StaffSession | None:
        return await run_in_threadpool(self.office.sessions.find,
                                       request.cookies.get(SESSION_COOKIE))

    def _to_login(self, request: Request, lang: str) -> Response:
        next_path = _safe_next(request.url.path)
        return RedirectResponse(templates.link("/office/login", lang,
                                               next=next_path or None), 303)

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
                                    switch_href=_switch(request, lang), name=name,
                                    error=error, info=info, next_path=next_path)
        response = self._page(html, status, headers)
        if not fresh:
            self._cookie(response, request, LOGIN_COOKIE, cookie,
                         int(LOGIN_TOKEN_LIFETIME.total_seconds()))
        return response

    async def login_form(self, request: Request) -> Response:
        lang = _lang(request)
        if await self._session(request) is not None:
            return RedirectResponse(templates.link("/office/", lang), 303)
        info = TEXT[lang]["logged_out"] if request.query_params.get("bye") == "1" else ""
        return self._login_form(request, lang, info=info,
                                next_path=_safe_next(request.query_params.get("next")))

    async def login(self, request: Request) -> Response:
        office, client = self.office, _client(request)
        lang = _lang(request)
        wait = office.login_limiter.allow(client)
        if wait > 0:
            return self._login_form(request, lang, status=429, error=TEXT[lang]["login_busy"],
                                    headers={"Retry-After": str(math.ceil(wait))})
        try:
            form = await read_form(request)
        except FormRefused as refused:
            return self._message(request, lang, refused.status, "bad_form_title",
                                 "bad_form_text")
        lang = _lang(request, form.get("lang"))
        if not office.csrf.check_login(request.cookies.get(LOGIN_COOKIE), form.get(FIELD)):
            return self._message(request, lang, 403, "forbidden_title", "forbidden_csrf")
        name = form.get("name", "")[:200]
        password = form.get("password", "")[:MAX_PASSWORD + 1]
        next_path = _safe_next(form.get("next"))
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

    async def _checked_post(self, request: Request
                            ) -> tuple[StaffSession, dict[str, str], str] | Response:
        """A POST of a logged-in member of staff with the right token, or the refusal."""
        lang = _lang(request)
        session = await self._session(request)
        if session is None:
            return self._message(request, lang, 403, "forbidden_title", "forbidden_login")
        try:
            form = await read_form(request)
        except FormRefused:
            form = {}
        lang = _lang(request, form.get("lang"))
        if not self.office.csrf.check_session(session.id, form.get(FIELD)):
            return self._message(request, lang, 403, "forbidden_title", "forbidden_csrf",
                                 session)
        return session, form, lang

    async def logout(self, request: Request) -> Response:
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, _form, lang = checked
        await run_in_threadpool(self.office.sessions.end, session.id)
        await run_in_threadpool(self.office.audit.record, session.user_name, actions.LOGOUT,
                                client=_client(request), target=session.user_name)
        response = RedirectResponse(templates.link("/office/login", lang, bye="1"), 303)
        self._cookie(response, request, SESSION_COOKIE, "", 0)
        return response

    # --- pages --------------------------------------------------------------------------

    async def landing(self, request: Request) -> Response:
        lang = _lang(request)
        session = await self._session(request)
        if session is None:
            return self._to_login(request, lang)
        return self._page(templates.landing_page(lang, self.office.site, self._viewer(session),
                                                 _switch(request, lang)))

    async def audit(self, request: Request) -> Response:
        lang = _lang(request)
        session = await self._session(request)
        if session is None:
            return self._to_login(request, lang)
        if session.role != "admin":
            return self._message(request, lang, 403, "forbidden_title", "forbidden_role",
                                 session)
        typed = request.query_params.get("before", "")
        before = int(typed) if typed.isdigit() and len(typed) <= 18 else None
        entries = await run_in_threadpool(self.office.audit.latest, AUDIT_PAGE_SIZE + 1,
                                          before)
        older = entries[AUDIT_PAGE_SIZE - 1].id if len(entries) > AUDIT_PAGE_SIZE else None
        return self._page(templates.audit_page(
            lang, self.office.site, self._viewer(session), entries[:AUDIT_PAGE_SIZE],
            _switch(request, lang), older, before is not None))

    async def elsewhere(self, request: Request) -> Response:
        """Any other path under /office/: the login for strangers, else 'not found'."""
        lang = _lang(request)
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


def office_app(store: CollectorStore, settings: OfficeSettings, site: PageSettings,
               headers: Mapping[str, str],
               clock: Callable[[], dt.datetime] = utc_now) -> ASGIApp:
    """The office as one ASGI application, to be mounted at ``/office``."""
    routes = OfficeRoutes(Office.build(store, settings, site, clock))
    router = Router(routes=[
        Route("/login", routes.login_form, methods=["GET"]),
        Route("/login", routes.login, methods=["POST"]),
        Route("/logout", routes.logout, methods=["POST"]),
        Route("/", routes.landing, methods=["GET"]),
        Route("/audit", routes.audit, methods=["GET"]),
        Route("/{rest:path}", routes.elsewhere, methods=["GET", "POST"]),
    ])
    # The router's own refusals (405) are answered inside, so they get the headers too.
    return SecurityHeaders(ExceptionMiddleware(router), {**headers, **OFFICE_HEADERS})
