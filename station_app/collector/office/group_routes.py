"""The office's group pages and what staff do to a group: create, rename, answer it once
for all its cards, set the status of all its cards, take a card out.

As on the card pages: both roles, every change a POST with the CSRF token and back to the
page (303) with a confirmation; a refused one shows the page again (400) with why.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from station_app.collector.office.card_pages import (
    PageContext,
    missing_page,
    other_language,
    page_key,
)
from station_app.collector.office.card_search import CardFilter
from station_app.collector.office.case_texts import TEXT, cards_count, refusal
from station_app.collector.office.cases import Group
from station_app.collector.office.casework import MAX_ANSWER, CaseRefused, clean_text
from station_app.collector.office.group_pages import group_page, group_path, groups_page
from station_app.collector.office.sessions import StaffSession
from station_app.collector.office.templates import link
from station_app.collector.office.web import Office, OfficeHandlers, client_of, switch_href

GROUP_DONE = ("created", "renamed", "group_answered", "group_answer_removed", "removed",
              "unchanged")
"""What a group's page confirms after a change (``?done=``; ``group_status`` has a count)."""
MAX_DIGITS = 12
GroupAction = Callable[[Group, dict[str, str], str, str], dict[str, str | int]]
"""Does one thing to a group (group, form, actor, client); returns the page's ``done``
parameters."""


def group_number(value: str | None) -> int | None:
    """A group's number as typed in a path or a form; ``None`` if it cannot be one."""
    if not value or not value.isascii() or not value.isdigit() or len(value) > MAX_DIGITS:
        return None
    return int(value)


class GroupRoutes(OfficeHandlers):
    """The groups' list, one group's page, and the changes made from them."""

    def _context(self, session: StaffSession, lang: str, switch: str) -> PageContext:
        return PageContext(lang, self.office.site, self._viewer(session), switch)

    # --- every group --------------------------------------------------------------------

    async def _groups(self, session: StaffSession, lang: str, switch: str, *,
                      error: str = "", typed_name: str = "", status: int = 200) -> Response:
        groups = await run_in_threadpool(self.office.files.groups)
        return self._page(groups_page(self._context(session, lang, switch), groups,
                                      error=error, typed_name=typed_name), status)

    async def groups(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        return await self._groups(session, lang, switch_href(request, lang))

    async def create(self, request: Request) -> Response:
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, form, lang = checked
        name = form.get("name", "")
        try:
            group_id = await run_in_threadpool(self.office.casework.create_group, name,
                                               actor=session.user_name,
                                               client=client_of(request))
        except CaseRefused as refused:
            return await self._groups(session, lang, link("/office/groups", other_language(lang)),
                                      error=refusal(refused.reason, lang),
                                      typed_name=name[:500], status=400)
        return RedirectResponse(link(group_path(group_id), lang, done="created"), 303)

    # --- one group ----------------------------------------------------------------------

    async def _find(self, request: Request) -> Group | None:
        group_id = group_number(request.path_params["group"])
        if group_id is None:
            return None
        return await run_in_threadpool(self.office.files.group, group_id)

    def _missing(self, session: StaffSession, lang: str, switch: str) -> Response:
        html = missing_page(self._context(session, lang, switch), "group_missing_title",
                            "group_missing_text", "/office/groups", "back_to_groups",
                            "/office/groups")
        return self._page(html, 404)

    async def _group(self, session: StaffSession, lang: str, switch: str, group: Group,
                     after: str | None, *, done: str = "", error: str = "",
                     invalid: str = "", typed: dict[str, str] | None = None,
                     status: int = 200) -> Response:
        cards = await run_in_threadpool(self.office.search.page,
                                        CardFilter(group=str(group.id)), after)
        html = group_page(self._context(session, lang, switch), group, cards, after,
                          self.office.settings.statuses, done=done, error=error,
                          invalid=invalid, typed=typed)
        return self._page(html, status)

    async def group(self, request: Request) -> Response:
        checked = await self.staff_page(request)
        if isinstance(checked, Response):
            return checked
        session, lang = checked
        switch = switch_href(request, lang)
        group = await self._find(request)
        if group is None:
            return self._missing(session, lang, switch)
        params = request.query_params
        return await self._group(session, lang, switch, group, page_key(params.get("after")),
                                 done=self._done(params.get("done", ""),
                                                 params.get("moved", ""), lang))

    @staticmethod
    def _done(done: str, moved: str, lang: str) -> str:
        t = TEXT[lang]
        if done == "group_status":
            cards = group_number(moved)
            if cards is None:
                return ""
            return (t["done_group_status"].format(cards=cards_count(cards, lang)) if cards
                    else t["done_group_status_none"])
        return t[f"done_{done}"] if done in GROUP_DONE else ""

    async def _act(self, request: Request, act: GroupAction, field: str) -> Response:
        """One change to a group from its page; back to the page, or the page with why not."""
        checked = await self._checked_post(request)
        if isinstance(checked, Response):
            return checked
        session, form, lang = checked
        group = await self._find(request)
        if group is None:
            typed = quote(request.path_params["group"][:MAX_DIGITS], safe="")
            switch = link(f"/office/groups/{typed}", other_language(lang))
            return self._missing(session, lang, switch)
        try:
            done = await run_in_threadpool(act, group, form, session.user_name,
                                           client_of(request))
        except CaseRefused as refused:
            fresh = await run_in_threadpool(self.office.files.group, group.id)
            switch = link(group_path(group.id), other_language(lang))
            return await self._group(session, lang, switch, fresh or group, None,
                                     error=refusal(refused.reason, lang), invalid=field,
                                     typed=form,
                                     status=409 if refused.reason == "withdrawn" else 400)
        return RedirectResponse(link(group_path(group.id), lang, **done), 303)

    def _rename(self, group: Group, form: dict[str, str], actor: str,
                client: str) -> dict[str, str | int]:
        changed = self.office.casework.rename_group(group.id, form.get("name", ""),
                                                    actor=actor, client=client)
        return {"done": "renamed" if changed else "unchanged"}

    def _answer(self, group: Group, form: dict[str, str], actor: str,
                client: str) -> dict[str, str | int]:
        text = form.get("answer", "")
        if not self.office.casework.answer_group(group.id, text, actor=actor, client=client):
            return {"done": "unchanged"}
        removed = not clean_text(text, MAX_ANSWER)
        return {"done": "group_answer_removed" if removed else "group_answered"}

    def _status(self, group: Group, form: dict[str, str], actor: str,
                client: str) -> dict[str, str | int]:
        moved = self.office.casework.set_group_status(group.id, form.get("status", ""),
                                                      actor=actor, client=client)
        return {"done": "group_status", "moved": moved}

    def _remove(self, group: Group, form: dict[str, str], actor: str,
                client: str) -> dict[str, str | int]:
        card_uuid = form.get("card", "")[:64]
        case = self.office.files.by_uuid(card_uuid) if card_uuid else None
        if case is None:
            raise CaseRefused("no_card")
        if case.group_id != group.id:
            raise CaseRefused("not_in_group")
        self.office.casework.assign([card_uuid], None, actor=actor, client=client)
        return {"done": "removed"}

    async def rename(self, request: Request) -> Response:
        return await self._act(request, self._rename, "group-name")

    async def answer(self, request: Request) -> Response:
        return await self._act(request, self._answer, "group-answer")

    async def set_status(self, request: Request) -> Response:
        return await self._act(request, self._status, "group-status")

    async def remove(self, request: Request) -> Response:
        return await self._act(request, self._remove, "")


def routes(office: Office) -> list[Route]:
    """The groups' routes (paths under the ``/office`` mount)."""
    groups = GroupRoutes(office)
    return [
        Route("/groups", groups.groups, methods=["GET"]),
        Route("/groups", groups.create, methods=["POST"]),
        Route("/groups/{group}", groups.group, methods=["GET"]),
        Route("/groups/{group}/rename", groups.rename, methods=["POST"]),
        Route("/groups/{group}/answer", groups.answer, methods=["POST"]),
        Route("/groups/{group}/status", groups.set_status, methods=["POST"]),
        Route("/groups/{group}/remove", groups.remove, methods=["POST"]),
    ]
