"""The handlers of the follow-up page ``/k/{code}`` and of its two forms: withdraw the card
(``/k/{code}/withdraw``) and correct its text (``/k/{code}/correct``).

No account and no cookie: the code on the receipt is the key. A POST is done only when it
comes from one of these pages: its ``Origin`` (when the browser sends one) must be this
site, and its hidden token – an HMAC under the office's secret of the code and the hour –
must be right; both are checked before anything is done. The pages with a form send
``Referrer-Policy: same-origin`` instead of ``no-referrer``, so browsers name the real
origin on their POST (the code in the address still reaches no other site). The client's
address is never kept with the card: ``CardHolder`` writes its audit entry with "-".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from urllib.parse import quote, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from station_app.clock import utc_now
from station_app.collector import holder_pages, pages
from station_app.collector.followup_pages import DONE, CardView, card_href, card_page
from station_app.collector.html_responses import PreparedHeaders, PreparedHTML
from station_app.collector.office.cases import Case
from station_app.collector.office.casework import CaseRefused
from station_app.collector.office.csrf import FIELD, CsrfTokens
from station_app.collector.office.forms import FormRefused, read_form
from station_app.collector.office.holder import MAX_CORRECTIONS
from station_app.collector.office.web import Office
from station_app.protocol.codes import parse_code

FORM_LIMIT = 32 * 1024
"""A correction of 2,000 characters outside ASCII is up to 24 KB percent-encoded."""
TOKEN_HOURS = 2
"""A form stays good for one to two hours after its page was opened."""


class _Busy:
    """The store was held by someone else: read it in the thread pool."""


BUSY = _Busy()


class HolderTokens:
    """The hidden token of the holder's forms, bound to the card's code and the hour."""

    def __init__(self, csrf: CsrfTokens, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._csrf = csrf
        self._clock = clock

    def _hour(self) -> int:
        return int(self._clock().timestamp() // 3600)

    def issue(self, code: str) -> str:
        return self._csrf.for_session(f"holder:{code}:{self._hour()}")

    def check(self, code: str, offered: str | None) -> bool:
        now = self._hour()
        return any(self._csrf.check_session(f"holder:{code}:{hour}", offered)
                   for hour in range(now, now - TOKEN_HOURS, -1))


def from_this_site(request: Request) -> bool:
    """False when the request's ``Origin`` names another site (or is opaque, ``null``);
    True when it names this one or is absent (older browsers, scripts with the code)."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    parts = urlsplit(origin.strip())
    host = request.headers.get("host", "")
    return parts.scheme in ("http", "https") and bool(host) \
        and parts.netloc.lower() == host.lower()


class FollowupRoutes:
    """The follow-up page, the code form and the holder's two forms."""

    def __init__(self, office: Office, headers: Mapping[str, str],
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.office = office
        self.site = office.site
        self.headers = PreparedHeaders(headers)
        self.form_headers = PreparedHeaders({**headers, "Referrer-Policy": "same-origin"})
        self.tokens = HolderTokens(office.csrf, clock)

    # --- helpers ------------------------------------------------------------------------

    def _html(self, html: str, status: int = 200, form: bool = False) -> HTMLResponse:
        return PreparedHTML(html, status, self.form_headers if form else self.headers)

    @staticmethod
    def _lang(request: Request, chosen: str | None = None, own: str | None = None) -> str:
        """``?lang=`` (or the form's), else ``Accept-Language``, else the card's own
        language (``own``), else German."""
        return pages.choose_public_language(chosen or request.query_params.get("lang"),
                                            request.headers.get("accept-language"), own)

    def _read_case(self, code: str, wait: bool = True) -> Case | _Busy | None:
        """The card of ``code``, read under the store's lock (so never half of a change
        this collector is making). Without ``wait``, ``BUSY`` when someone else holds the
        store."""
        store = self.office.store
        if not store.lock.acquire(blocking=wait):
            return BUSY
        try:
            return self.office.files.by_code(code)
        finally:
            store.lock.release()

    async def _find(self, code: str) -> Case | None:
        """The card of ``code``, read right here when the store is free: the read (about
        0.05 ms) costs less than handing it to a worker thread and back, which made the
        whole page three times as dear (0.4 against 0.13 ms in process; ``make bench``).
        When a batch or a change holds the store, the read waits in the thread pool
        instead, so the event loop never waits for a writer."""
        found = self._read_case(code, wait=False)
        if isinstance(found, _Busy):
            found = await run_in_threadpool(self._read_case, code)
        assert not isinstance(found, _Busy)
        return found

    async def _case(self, request: Request, lang: str) -> Case | Response:
        """The card the path names, or the page for a mistyped or unknown code."""
        typed = request.path_params["code"]
        code = parse_code(typed)
        if code is None:
            return self._html(pages.not_found_page(typed, lang, self.site, typo=True), 404)
        case = await self._find(code)
        if case is None:
            return self._html(pages.not_found_page(code, lang, self.site, typo=False), 404)
        return case

    def _refused(self, case: Case, reason: str, lang: str) -> Response:
        if reason == "no_card":
            return self._html(pages.not_found_page(case.code, lang, self.site, typo=False), 404)
        status = {"foreign": 403, "bad_form": 400}.get(reason, 409)
        return self._html(holder_pages.refused_page(case.code, reason, lang, self.site,
                                                    case.withdrawn_at), status, form=True)

    async def _checked_post(self, request: Request
                            ) -> tuple[Case, dict[str, str], str] | Response:
        """A POST from one of these pages with the right token: the card, the form, the
        page language; else the refusal (403 for another site or a wrong token)."""
        lang = self._lang(request)
        found = await self._case(request, lang)
        if isinstance(found, Response):
            return found
        if not from_this_site(request):
            return self._refused(found, "foreign", lang)
        try:
            form = await read_form(request, FORM_LIMIT)
        except FormRefused as refused:
            response = self._refused(found, "bad_form", lang)
            response.status_code = refused.status
            return response
        return found, form, self._lang(request, form.get("lang"))

    # --- the follow-up page and the code form ------------------------------------------

    async def code_form(self, request: Request) -> Response:
        lang = self._lang(request)
        typed = request.query_params.get("code", "").strip()
        if not typed:
            return self._html(pages.not_found_page("", lang, self.site, typo=None))
        code = parse_code(typed)
        if code is None:
            return self._html(pages.not_found_page(typed, lang, self.site, typo=True), 404)
        return RedirectResponse(f"/k/{quote(code)}?lang={lang}", 303)

    async def card(self, request: Request) -> Response:
        typed = request.path_params["code"]
        code = parse_code(typed)
        found = await self._find(code) if code is not None else None
        if found is None:
            lang = self._lang(request)
            return self._html(pages.not_found_page(code or typed, lang, self.site,
                                                   typo=code is None), 404)
        lang = self._lang(request, own=found.language)
        done = request.query_params.get("done", "")
        view = CardView(self.site, self.office.settings.statuses, done if done in DONE else "")
        return self._html(card_page(found, lang, view))

    # --- withdraw -----------------------------------------------------------------------

    async def withdraw_form(self, request: Request) -> Response:
        lang = self._lang(request)
        found = await self._case(request, lang)
        if isinstance(found, Response):
            return found
        if found.withdrawn:
            return self._refused(found, "withdrawn", lang)
        return self._html(holder_pages.withdraw_page(found, lang, self.site,
                                                     self.tokens.issue(found.code)), form=True)

    async def withdraw(self, request: Request) -> Response:
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        case, form, lang = checked
        if not self.tokens.check(case.code, form.get(FIELD)):
            if case.withdrawn:
                return self._refused(case, "withdrawn", lang)
            return self._html(holder_pages.withdraw_page(
                case, lang, self.site, self.tokens.issue(case.code), error="token"), 403,
                form=True)
        try:
            await run_in_threadpool(self.office.holder.withdraw, case.code)
        except CaseRefused as refused:
            return await self._after_refusal(case, refused.reason, lang)
        return RedirectResponse(card_href(case.code, lang, done="withdrawn"), 303)

    async def _after_refusal(self, case: Case, reason: str, lang: str) -> Response:
        """The worded refusal of a holder's action, with the card as it is now."""
        now = await self._find(case.code)
        return self._refused(now or case, reason, lang)

    # --- correct ------------------------------------------------------------------------

    async def correct_form(self, request: Request) -> Response:
        lang = self._lang(request)
        found = await self._case(request, lang)
        if isinstance(found, Response):
            return found
        if found.withdrawn:
            return self._refused(found, "withdrawn", lang)
        if len(found.corrections) >= MAX_CORRECTIONS:
            return self._refused(found, "too_many_corrections", lang)
        return self._html(holder_pages.correct_page(found, lang, self.site,
                                                    self.tokens.issue(found.code)), form=True)

    async def correct(self, request: Request) -> Response:
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        case, form, lang = checked
        typed = form.get("text", "")
        if not self.tokens.check(case.code, form.get(FIELD)):
            if case.withdrawn:
                return self._refused(case, "withdrawn", lang)
            return self._html(holder_pages.correct_page(
                case, lang, self.site, self.tokens.issue(case.code), typed, error="token"),
                403, form=True)
        try:
            await run_in_threadpool(self.office.holder.correct, case.code, typed)
        except CaseRefused as refused:
            if refused.reason in ("text_needed", "too_long"):
                return self._html(holder_pages.correct_page(
                    case, lang, self.site, self.tokens.issue(case.code), typed,
                    error=refused.reason), 400, form=True)
            return await self._after_refusal(case, refused.reason, lang)
        return RedirectResponse(card_href(case.code, lang, done="corrected"), 303)
