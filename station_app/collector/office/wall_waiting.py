"""The office's waiting list for the live wall (``/office/wall``): the cards of a
pre-moderated event that the wall does not show yet, the newest first, each with a button
that approves it.

Listed are an event's visible cards not approved yet (hidden and withdrawn ones are left
out): the card list's own search (``CardSearch``, ``CardFilter(wall="waiting")``), paged by
key like the list. Every button is a form of its own with the CSRF token that posts to
``/office/wall/approve`` and comes back here (``card_routes``). Plain HTML without scripts;
a card's text, an event's name and a station's id are escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from station_app.collector.office.card_pages import (
    PageContext,
    code_link,
    entries_table,
    event_label,
    notices,
    select_field,
    text_cell,
    when,
)
from station_app.collector.office.card_search import CardFilter, CardPage, CardRow
from station_app.collector.office.case_texts import TEXT, number
from station_app.collector.office.cases import Event
from station_app.collector.office.templates import form_fields, hidden, link
from station_app.collector.office.texts import TEXT as OFFICE_TEXT
from station_app.collector.pages import escape
from station_app.collector.wall import WallEvent

PATH = "/office/wall"
APPROVE_PATH = "/office/wall/approve"


def waiting_filter(event_key: str) -> CardFilter:
    """The cards of ``event_key`` that wait for an approval for the live wall."""
    return CardFilter(event=event_key, visibility="visible", wall="waiting")


@dataclass(frozen=True)
class WaitingView:
    """What the waiting list shows."""

    events: list[WallEvent]
    """The pre-moderated events, the latest first."""
    event: WallEvent | None
    """The event shown (the one asked for, else the latest pre-moderated one)."""
    asked_open: bool
    """The event asked for shows every card: nothing of it waits."""
    page: CardPage | None
    after: str | None
    topics: dict[str, str]
    """Topic id → label in the page's language."""


def _event(event: WallEvent, lang: str) -> str:
    """An event's name and date (not escaped)."""
    return event_label(Event(event.key, event.name, event.date, event.venue, "", False,
                             False), lang)


def waiting_count(page: CardPage, lang: str) -> str:
    t = TEXT[lang]
    if page.more_than_total:
        return t["waiting_more_than"].format(n=number(page.total, lang))
    if page.total == 0:
        return t["waiting_empty"]
    if page.total == 1:
        return t["waiting_one"]
    return t["waiting_many"].format(n=number(page.total, lang))


def _approve_form(ctx: PageContext, row: CardRow, event_key: str, after: str | None) -> str:
    t, lang = TEXT[ctx.lang], ctx.lang
    label = t["waiting_approve_card"].format(code=row.code)
    return (f'<form method="post" action="{escape(APPROVE_PATH)}">'
            f"{form_fields(ctx.viewer, lang)}{hidden('card', row.uuid)}"
            f"{hidden('event', event_key)}{hidden('after', after) if after else ''}"
            f'<button type="submit">{t["waiting_approve"]}'
            f'<span class="vh"> ({escape(label)})</span></button></form>')


def _chooser(ctx: PageContext, view: WaitingView) -> str:
    """A GET form to choose among several pre-moderated events."""
    t, lang = TEXT[ctx.lang], ctx.lang
    if len(view.events) < 2 or view.event is None:
        return ""
    options = [(event.key, _event(event, lang)) for event in view.events]
    return (f'<form method="get" action="{PATH}">\n{hidden("lang", lang)}\n'
            + select_field("w-event", "event", t["waiting_choose"], options, view.event.key)
            + f'<button type="submit">{t["waiting_show"]}</button>\n</form>\n')


def _rows(ctx: PageContext, view: WaitingView, event: WallEvent, page: CardPage) -> str:
    t, lang = TEXT[ctx.lang], ctx.lang
    heads = [t["code"], t["created"], t["station"], t["topic"], t["text"], t["col_approve"]]
    rows = [[code_link(row.uuid, row.code, lang), when(row.created_at, lang),
             escape(row.station_id), escape(view.topics.get(row.topic_id, row.topic_id)),
             text_cell(row, lang), _approve_form(ctx, row, event.key, view.after)]
            for row in page.rows]
    return entries_table(t["waiting_caption"], heads, rows, region=t["table_region"],
                         text_column=4)


def waiting_page(ctx: PageContext, view: WaitingView, *, done: str = "",
                 error: str = "") -> str:
    """The waiting list of ``view.event``, or why there is none."""
    t, lang = TEXT[ctx.lang], ctx.lang
    parts = [f"<h1>{t['waiting_title']}</h1>\n<p>{t['waiting_intro']}</p>\n",
             notices(done, error)]
    if view.asked_open:
        parts.append(f'<p class="notice">{t["waiting_not_premoderated"]}</p>\n')
    event, page = view.event, view.page
    if event is None or page is None:
        parts.append(f"<p>{t['waiting_no_events']}</p>\n")
        if ctx.viewer.role == "admin":
            parts.append(f'<p class="links"><a href="{escape(link("/office/events", lang))}">'
                         f"{OFFICE_TEXT[lang]['nav_events']}</a></p>\n")
        return ctx.page(t["waiting_title"], "".join(parts), PATH)
    parts += [_chooser(ctx, view),
              f"<h2>{escape(t['waiting_event'].format(event=_event(event, lang)))}</h2>\n",
              f"<p><strong>{waiting_count(page, lang)}</strong></p>\n"]
    if page.rows:
        parts.append(_rows(ctx, view, event, page))
    pages = []
    if page.next_after:
        more = link(PATH, lang, event=event.key, after=page.next_after)
        pages.append(f'<a href="{escape(more)}">{t["more"]}</a>')
    if view.after:
        pages.append(f'<a href="{escape(link(PATH, lang, event=event.key))}">'
                     f'{t["first_page"]}</a>')
    in_list = link("/office/cards", lang, **waiting_filter(event.key).as_query())
    pages.append(f'<a href="{escape(in_list)}">{t["waiting_in_list"]}</a>')
    if ctx.site.wall:
        wall = link(f"/wall/{quote(event.key, safe='-')}", lang)
        pages.append(f'<a href="{escape(wall)}">{t["wall_link"]}</a>')
    parts.append(f'<p class="pages links">{" · ".join(pages)}</p>\n')
    return ctx.page(t["waiting_title"], "".join(parts), PATH)
