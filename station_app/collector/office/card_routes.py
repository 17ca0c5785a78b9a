"""The office's card list and card page, and what staff do to a card: set its status, hide
or show it, answer it, put it into a group (one card, or the ticked ones of the list),
approve it for the event's live wall or take that back (``wall_approval``); and the waiting
list of a pre-moderated event's live wall (``/office/wall``, ``wall_waiting``), where each
card is approved with a button of its own.

Both roles may do all of it. Every change is a POST with the form's CSRF token that comes
back to its page (303) with a short confirmation there; a refused change shows the page
again (400, or 409 for a withdrawn card) with the reason and what was typed.
``routes(office)`` also returns the group pages' routes (``group_routes``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from station_app.collector.office import group_routes
from station_app.collector.office.card_pages import (
    Choices,
    PageContext,
    card_href,
    card_list_page,
    card_page,
    missing_page,
    other_language,
    page_key,
)
from station_app.collector.office.card_search import CardFilter
from station_app.collector.office.case_texts import TEXT, cards_count, refusal
from station_app.collector.office.cases import Case
from station_app.collector.office.casework import (
    MAX_ANSWER,
    MAX_CARDS_AT_ONCE,
    CaseRefused,
    clean_text,
)
from station_app.collector.office.forms import FormRefused, read_form_lists
from station_app.collector.office.group_routes import group_number
from station_app.collector.office.sessions import StaffSession
from station_app.collector.office.templates import link
from station_app.collector.office.wall_approval import WallApproval
from station_app.collector.office.wall_waiting import (
    APPROVE_PATH,
    PATH,
    WaitingView,
    waiting_filter,
    waiting_page,
)
from station_app.collector.office.web import (
    Office,
    OfficeHandlers,
    client_of,
    switch_href,
)
from station_app.collector.wall import WallReader
from station_app.protocol.codes import parse_code
from station_app.protocol.hide_reasons import HIDE_REASONS

CARD_DONE = ("status", "hidden", "shown", "answered", "answer_removed", "grouped",
             "ungrouped", "wall_approved", "wall_unapproved", "unchanged")
"""What a card's page confirms after a change (``?done=``)."""
MAX_ID = 64
MAX_EVENT_KEY = 100
WAITING_DONE = ("approved", "unchanged")
CardAction = Callable[[Case, dict[str, str], str, str], str]
"""Does one thing to a card (case, form, actor, client) and says what (a ``CARD_DONE``)."""


def list_filter(params: Mapping[str, str]) -> CardFilter:
    """The list's filter from query parameters; a group that cannot be a group's number
    (``CardFilter`` takes any digits) counts as "any"."""
    chosen = CardFilter.from_query(params)
    if chosen.group not in ("", "none") and group_number(chosen.group) is None:
        return replace(chosen, group="")
    return chosen


def count(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) <= 6 \
        else None


class CardRoutes(OfficeHandlers):
    """The card list, the card page and the changes made from them."""

    def __init__(self, office: Office) -> None:
        super().__init__(office)
        self.wall = WallApproval(office.store, office.audit, office.casework.clock)
        self.walls = WallReader(office.store)

    def _context(self, session: StaffSession, lang: str, switch: str) -> PageContext:
        return PageContext(lang, self.office.site, self._viewer(session), switch)

    def _choices(self, lang: str) -> Choices:
        files = self.office.files
        return Choices(files.events(), self.office.store.station_ids(),
                       files.labels("prompt", lang), files.labels("topic", lang),
                       files.labels("district", lang), files.groups(),
                       self.office.settings.statuses)

    def _missing(self, session: StaffSession, lang: str, switch: str) -> Response:
        html = missing_page(self._context(session, lang, switch), "card_missing_title",
                            "card_missing_text", "/office/cards", "back_to_list",
                            "/office/cards")
        return self._page(html, 404)

    # --- the list -----------------------------------------------------------------------

    async def _list(self, session: StaffSession, lang: str, switch: str, chosen: CardFilter,
                    after: str | None, *, done: dict[str, str] | None = None, error: str = "",
                    picked: frozenset[str] = frozenset(), to_group: str = "",
                    group_invalid: bool = False, status: int = 200) -> Response:
        choices = await run_in_threadpool(self._choices, lang)
        page = await run_in_threadpool(self.office.search.page, chosen, after)
        html = card_list_page(self._context(session, lang, switch), choices, chosen, page,
                              after, done=self._list_done(done or {}, choices, lang),
                              error=error, picked=picked, to_group=to_group,
                              group_invalid=group_invalid)
        return self._page(html, status)

    @staticmethod
    def _list_done(params: dict[str, str], choices: Choices, lang: str) -> str:
        t, moved = TEXT[lang], count(params.get("moved"))
        if params.get("done") not in ("assigned", "unassigned") or moved is None:
            return ""
        if moved == 0:
            return t["done_none_moved"]
        if params["done"] == "unassigned":
            return t["done_unassigned"].format(cards=cards_count(moved, lang))
        name = next((g.name for g in choices.groups if str(g.id) == params.get("to")), "")
        return t["done_assigned"].format(cards=cards_count(moved, lang), group=name)

    async def card_list(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        params = request.query_params
        done = {key: params.get(key, "") for key in ("done", "moved", "to")}
        return await self._list(session, lang, switch_href(request, lang),
                                list_filter(params), page_key(params.get("after")),
                                done=done)

    async def assign(self, request: Request) -> Response:
        """The ticked cards of the list into a group (or out of theirs)."""
        try:
            lists = await read_form_lists(request, max_fields=MAX_CARDS_AT_ONCE + 20)
        except FormRefused:
            lists = {}  # the CSRF check below refuses it
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, form, lang = checked
        back = dict(parse_qsl(form.get("back", ""))[:20])
        chosen, after = list_filter(back), page_key(back.get("after"))
        picked = [value[:MAX_ID] for value in lists.get("card", [])]
        target = form.get("to_group", "")
        try:
            if not target:
                raise CaseRefused("group_needed")
            group_id = None if target == "none" else group_number(target)
            if target != "none" and group_id is None:
                raise CaseRefused("no_group")
            moved = await run_in_threadpool(self.office.casework.assign, picked, group_id,
                                            actor=session.user_name,
                                            client=client_of(request))
        except CaseRefused as refused:
            switch = link("/office/cards", other_language(lang), **chosen.as_query(),
                          after=after)
            return await self._list(session, lang, switch, chosen, after,
                                    error=refusal(refused.reason, lang),
                                    picked=frozenset(picked), to_group=target,
                                    group_invalid=refused.reason in ("group_needed",
                                                                     "no_group"),
                                    status=409 if refused.reason == "withdrawn" else 400)
        done = "unassigned" if group_id is None else "assigned"
        return RedirectResponse(link("/office/cards", lang, **chosen.as_query(), after=after,
                                     done=done, moved=moved, to=group_id), 303)

    # --- one card -----------------------------------------------------------------------

    async def _card(self, session: StaffSession, lang: str, switch: str, case: Case, *,
                    done: str = "", error: str = "", invalid: str = "",
                    typed: dict[str, str] | None = None, status: int = 200) -> Response:
        groups = await run_in_threadpool(self.office.files.groups)
        wall = await run_in_threadpool(self.wall.state, case.uuid)
        html = card_page(self._context(session, lang, switch), case,
                         self.office.settings.statuses, groups, done=done, error=error,
                         invalid=invalid, typed=typed, wall=wall)
        return self._page(html, status)

    async def _find(self, request: Request) -> Case | None:
        card_uuid = request.path_params["card"]
        if len(card_uuid) > MAX_ID:
            return None
        return await run_in_threadpool(self.office.files.by_uuid, card_uuid)

    async def card(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        switch = switch_href(request, lang)
        case = await self._find(request)
        if case is None:
            return self._missing(session, lang, switch)
        done = request.query_params.get("done", "")
        return await self._card(session, lang, switch, case,
                                done=TEXT[lang][f"done_{done}"] if done in CARD_DONE else "")

    async def _act(self, request: Request, act: CardAction, field: str) -> Response:
        """One change to a card from its page; back to the page, or the page with why not."""
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, form, lang = checked
        case = await self._find(request)
        if case is None:
            return self._missing(session, lang, card_href(request.path_params["card"][:MAX_ID],
                                                          other_language(lang)))
        try:
            done = await run_in_threadpool(act, case, form, session.user_name,
                                           client_of(request))
        except CaseRefused as refused:
            fresh = await run_in_threadpool(self.office.files.by_uuid, case.uuid)
            withdrawn = refused.reason == "withdrawn"
            return await self._card(
                session, lang, card_href(case.uuid, other_language(lang)), fresh or case,
                error=refusal(refused.reason, lang), invalid="" if withdrawn else field,
                typed=form, status=409 if withdrawn else 400)
        return RedirectResponse(card_href(case.uuid, lang, done=done), 303)

    # --- the live wall's waiting list --------------------------------------------------

    def _waiting_view(self, key: str, after: str | None, lang: str) -> WaitingView:
        events = [event for event in self.walls.events() if event.premoderated]
        chosen = next((event for event in events if event.key == key), None)
        asked_open = bool(key) and chosen is None and self.walls.event(key) is not None
        event = chosen or (events[0] if events else None)
        page = None
        if event is not None:
            page = self.office.search.page(waiting_filter(event.key),
                                           after if event is chosen else None)
        return WaitingView(events, event, asked_open, page,
                           after if event is not None and event is chosen else None,
                           self.office.files.labels("topic", lang))

    async def _waiting(self, session: StaffSession, lang: str, switch: str, key: str,
                       after: str | None, *, done: str = "", error: str = "",
                       status: int = 200) -> Response:
        view = await run_in_threadpool(self._waiting_view, key, after, lang)
        html = waiting_page(self._context(session, lang, switch), view, done=done,
                            error=error)
        return self._page(html, status)

    async def waiting(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        params = request.query_params
        code = params.get("code", "")
        done = ""
        if params.get("done") in WAITING_DONE and parse_code(code) == code:
            key = "waiting_done" if params["done"] == "approved" else "waiting_done_unchanged"
            done = TEXT[lang][key].format(code=code)
        return await self._waiting(session, lang, switch_href(request, lang),
                                   params.get("event", "")[:MAX_EVENT_KEY],
                                   page_key(params.get("after")), done=done)

    async def approve_waiting(self, request: Request) -> Response:
        """One card of the waiting list approved; back to the list (the same page of it)."""
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, form, lang = checked
        key, after = form.get("event", "")[:MAX_EVENT_KEY], page_key(form.get("after"))
        card_uuid = form.get("card", "")[:MAX_ID]
        try:
            changed = await run_in_threadpool(self.wall.set_approved, card_uuid, True,
                                              actor=session.user_name,
                                              client=client_of(request))
        except CaseRefused as refused:
            switch = link(PATH, other_language(lang), event=key or None, after=after)
            return await self._waiting(session, lang, switch, key, after,
                                       error=refusal(refused.reason, lang),
                                       status=409 if refused.reason == "withdrawn" else 400)
        code = await run_in_threadpool(self.wall.code_of, card_uuid)
        return RedirectResponse(link(PATH, lang, event=key or None, after=after,
                                     done="approved" if changed else "unchanged",
                                     code=code), 303)

    # --- changes to one card --------------------------------------------------------------

    def _set_status(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        changed = self.office.casework.set_status(case.uuid, form.get("status", ""),
                                                  actor=actor, client=client)
        return "status" if changed else "unchanged"

    def _hide(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        choice = form.get("reason", "")
        reason = form.get("own_reason", "").strip() or (choice if choice in HIDE_REASONS
                                                        else "")
        changed = self.office.casework.set_hidden(case.uuid, True, reason, actor=actor,
                                                  client=client)
        return "hidden" if changed else "unchanged"

    def _show(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        changed = self.office.casework.set_hidden(case.uuid, False,
                                                  form.get("show_reason", ""), actor=actor,
                                                  client=client)
        return "shown" if changed else "unchanged"

    def _answer(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        text = form.get("answer", "")
        if not self.office.casework.answer_card(case.uuid, text, actor=actor, client=client):
            return "unchanged"
        return "answered" if clean_text(text, MAX_ANSWER) else "answer_removed"

    def _group(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        value = form.get("group", "")
        group_id = None if value == "none" else group_number(value)
        if value != "none" and group_id is None:
            raise CaseRefused("no_group")
        moved = self.office.casework.assign([case.uuid], group_id, actor=actor, client=client)
        if not moved:
            return "unchanged"
        return "ungrouped" if group_id is None else "grouped"

    def _approve(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        changed = self.wall.set_approved(case.uuid, True, actor=actor, client=client)
        return "wall_approved" if changed else "unchanged"

    def _unapprove(self, case: Case, form: dict[str, str], actor: str, client: str) -> str:
        changed = self.wall.set_approved(case.uuid, False, actor=actor, client=client)
        return "wall_unapproved" if changed else "unchanged"

    async def set_status(self, request: Request) -> Response:
        return await self._act(request, self._set_status, "status")

    async def hide(self, request: Request) -> Response:
        return await self._act(request, self._hide, "reason")

    async def show(self, request: Request) -> Response:
        return await self._act(request, self._show, "show-reason")

    async def answer(self, request: Request) -> Response:
        return await self._act(request, self._answer, "answer")

    async def group(self, request: Request) -> Response:
        return await self._act(request, self._group, "group")

    async def approve(self, request: Request) -> Response:
        return await self._act(request, self._approve, "")

    async def unapprove(self, request: Request) -> Response:
        return await self._act(request, self._unapprove, "")


def routes(office: Office) -> list[Route]:
    """The cards' routes and the groups' (paths under the ``/office`` mount)."""
    cards = CardRoutes(office)
    return [
        Route("/cards", cards.card_list, methods=["GET"]),
        Route("/cards/group", cards.assign, methods=["POST"]),
        Route("/cards/{card}", cards.card, methods=["GET"]),
        Route("/cards/{card}/status", cards.set_status, methods=["POST"]),
        Route("/cards/{card}/hide", cards.hide, methods=["POST"]),
        Route("/cards/{card}/show", cards.show, methods=["POST"]),
        Route("/cards/{card}/answer", cards.answer, methods=["POST"]),
        Route("/cards/{card}/group", cards.group, methods=["POST"]),
        # Approve before unapprove: there is an approval to take back when they are taken in turn.
        Route("/cards/{card}/approve", cards.approve, methods=["POST"]),
        Route("/cards/{card}/unapprove", cards.unapprove, methods=["POST"]),
        Route(PATH.removeprefix("/office"), cards.waiting, methods=["GET"]),
        Route(APPROVE_PATH.removeprefix("/office"), cards.approve_waiting, methods=["POST"]),
        *group_routes.routes(office),
    ]
