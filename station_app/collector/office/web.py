"""What every page of the office shares: its services, its headers, and the handlers'
helpers (who is logged in, refusals, cookies, the language of a page).

Every page except the login form needs a live session: a request without one is sent to
the login (GET) or refused with 403 (POST). Every POST carries the form's CSRF token; a
missing or wrong one is refused with 403 before anything else is done.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from station_app.clock import utc_now
from station_app.collector.office import templates
from station_app.collector.office.accounts import PasswordHasher, StaffAccounts
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_search import CardSearch
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.casework import Casework
from station_app.collector.office.csrf import FIELD, CsrfTokens, office_secret
from station_app.collector.office.forms import FormRefused, read_form
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.sessions import SESSION_COOKIE, StaffSession, StaffSessions
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.throttle import LoginThrottle
from station_app.collector.pages import PageSettings, choose_language
from station_app.collector.ratelimit import RateLimiter
from station_app.collector.store import CollectorStore

OFFICE_HEADERS = {"X-Frame-Options": "DENY"}
"""Added to the follow-up pages' headers (whose CSP already says ``frame-ancestors
'none'``) for browsers that only know the older header."""
_NEXT = re.compile(r"/office/(?:[a-z0-9_-]+/?)*")


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
    store: CollectorStore
    casework: Casework
    files: CaseFiles
    search: CardSearch
    holder: CardHolder

    @classmethod
    def build(cls, store: CollectorStore, settings: OfficeSettings, site: PageSettings,
              clock: Callable[[], dt.datetime] = utc_now) -> Office:
        audit = AuditLog(store, clock)
        return cls(site, settings,
                   StaffAccounts(store, PasswordHasher(settings.hash_cost), clock),
                   StaffSessions(store, settings.sessions, clock),
                   CsrfTokens(office_secret(store, clock), clock),
                   LoginThrottle(store, settings.throttle, clock),
                   audit,
                   RateLimiter(settings.login_requests_per_minute, settings.login_burst),
                   store, Casework(store, settings.statuses, audit, clock), CaseFiles(store),
                   CardSearch(store), CardHolder(store, audit, clock))


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def page_language(request: Request, chosen: str | None = None) -> str:
    return choose_language(chosen or request.query_params.get("lang"),
                           request.headers.get("accept-language"))


def safe_next(value: str | None) -> str:
    """Where to go after the login: only pages of the office itself (not its login or
    logout, and no query: a link cannot make the first page after a login do anything)."""
    if not value or not _NEXT.fullmatch(value):
        return ""
    return "" if value.rstrip("/") in ("/office/login", "/office/logout") else value


def switch_href(request: Request, lang: str) -> str:
    """This page in the other language, keeping its own query parameters."""
    params = {key: value for key, value in list(request.query_params.items())[:20]
              if key != "lang"}
    return templates.link(request.url.path, "en" if lang == "de" else "de", **params)


class OfficeHandlers:
    """The base of every group of handlers: the helpers over the office's services."""

    def __init__(self, office: Office) -> None:
        self.office = office

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
                                                 switch_href(request, lang), viewer), status)

    def _viewer(self, session: StaffSession) -> templates.Viewer:
        return templates.Viewer(session.user_name, session.role,
                                self.office.csrf.for_session(session.id))

    async def _session(self, request: Request) -> StaffSession | None:
        return await run_in_threadpool(self.office.sessions.find,
                                       request.cookies.get(SESSION_COOKIE))

    def _to_login(self, request: Request, lang: str) -> Response:
        next_path = safe_next(request.url.path)
        return RedirectResponse(templates.link("/office/login", lang,
                                               next=next_path or None), 303)

    async def _checked_post(self, request: Request
                            ) -> tuple[StaffSession, dict[str, str], str] | Response:
        """A POST of a logged-in member of staff with the right token, or the refusal."""
        lang = page_language(request)
        session = await self._session(request)
        if session is None:
            return self._message(request, lang, 403, "forbidden_title", "forbidden_login")
        try:
            form = await read_form(request)
        except FormRefused:
            form = {}
        lang = page_language(request, form.get("lang"))
        if not self.office.csrf.check_session(session.id, form.get(FIELD)):
            return self._message(request, lang, 403, "forbidden_title", "forbidden_csrf",
                                 session)
        return session, form, lang

    async def staff_page(self, request: Request, *, admin: bool = False
                         ) -> tuple[StaffSession, str] | Response:
        """A GET of a logged-in member of staff (an admin, if ``admin``), with the page's
        language; otherwise the login (no session) or a 403 page (wrong role)."""
        lang = page_language(request)
        session = await self._session(request)
        if session is None:
            return self._to_login(request, lang)
        if admin and session.role != "admin":
            return self._message(request, lang, 403, "forbidden_title", "forbidden_role",
                                 session)
        return session, lang
