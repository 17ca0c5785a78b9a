"""The office's group pages as HTML: every group with the form to create one, and one group
with its name, its answer, the status for all its cards and the cards themselves.

A group's answer is shown on every card of the group that has no answer of its own; the
page says so where the answer is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from station_app.collector.office.card_pages import (
    PageContext,
    answer_field,
    code_link,
    described,
    entries_table,
    notices,
    select_field,
    status_options,
    text_cell,
    when,
)
from station_app.collector.office.card_search import CardPage, CardRow
from station_app.collector.office.case_texts import TEXT, cards_count, number
from station_app.collector.office.cases import Group
from station_app.collector.office.casework import MAX_GROUP_NAME
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.templates import form_fields, hidden, link
from station_app.collector.pages import escape

CURRENT = "/office/groups"


def group_path(group_id: int) -> str:
    return f"/office/groups/{group_id}"


def _name_input(field_id: str, label: str, value: str, invalid: bool) -> str:
    return (f'<p class="field"><label for="{field_id}">{escape(label)}</label><br>\n'
            f'<input id="{field_id}" name="name" type="text" value="{escape(value)}" '
            f'maxlength="{MAX_GROUP_NAME}" required{described(invalid=invalid)}></p>\n')


def _post(action: str, ctx: PageContext, fields: str, button: str, extra: str = "") -> str:
    return (f'<form method="post" action="{escape(action)}">\n'
            f"{form_fields(ctx.viewer, ctx.lang)}\n{fields}"
            f'<button type="submit"{extra}>{button}</button>\n</form>\n')


def groups_page(ctx: PageContext, groups: list[Group], *, error: str = "",
                typed_name: str = "") -> str:
    """Every group (name, cards, answered or not) and the form to create one."""
    t, lang = TEXT[ctx.lang], ctx.lang
    if groups:
        rows = [[f'<a href="{escape(link(group_path(group.id), lang))}">{escape(group.name)}</a>',
                 number(group.cards, lang),
                 t["answered_on"].format(time=when(group.answer.at, lang)) if group.answer
                 else t["not_answered"]] for group in groups]
        listing = entries_table(t["groups_caption"],
                                [t["col_name"], t["col_cards"], t["col_answer"]], rows)
    else:
        listing = f"<p>{t['groups_empty']}</p>\n"
    create = _post("/office/groups", ctx,
                   _name_input("new-group-name", t["create_label"], typed_name, bool(error)),
                   t["create_submit"])
    body = (f"<h1>{t['groups_title']}</h1>\n<p>{t['groups_intro']}</p>\n{listing}"
            f'<h2 id="new-group">{t["create_heading"]}</h2>\n{notices("", error)}{create}')
    return ctx.page(t["groups_title"], body, CURRENT)


def _card_row(ctx: PageContext, group: Group, row: CardRow,
              statuses: StatusCatalogue) -> list[str]:
    t, lang = TEXT[ctx.lang], ctx.lang
    remove = t["none"]
    if not row.withdrawn:
        which = escape(t["remove_which"].format(code=row.code))
        remove = _post(f"{group_path(group.id)}/remove", ctx, hidden("card", row.uuid) + "\n",
                       f'{t["remove_submit"]}<span class="vh"> ({which})</span>',
                       ' class="quiet"')
    return [code_link(row.uuid, row.code, lang), text_cell(row, lang),
            escape(statuses.label(row.status, lang)), remove]


def _cards(ctx: PageContext, group: Group, cards: CardPage, after: str | None,
           statuses: StatusCatalogue) -> str:
    t, lang = TEXT[ctx.lang], ctx.lang
    heading = f"<h2>{t['group_cards_heading']}</h2>\n"
    if not cards.rows:
        return f"{heading}<p>{t['group_cards_empty']}</p>\n"
    table = entries_table(t["group_cards_caption"],
                          [t["code"], t["text"], t["status"], t["col_remove"]],
                          [_card_row(ctx, group, row, statuses) for row in cards.rows],
                          region=t["table_region"], text_column=1)
    pages = []
    if cards.next_after:
        more = link(group_path(group.id), lang, after=cards.next_after)
        pages.append(f'<a href="{escape(more)}">{t["more"]}</a>')
    if after:
        pages.append(f'<a href="{escape(link(group_path(group.id), lang))}">'
                     f"{t['first_page']}</a>")
    return (f"{heading}<p><strong>{cards_count(cards.total, lang)}</strong></p>\n{table}"
            + (f'<p class="pages">{" · ".join(pages)}</p>\n' if pages else ""))


def group_page(ctx: PageContext, group: Group, cards: CardPage, after: str | None,
               statuses: StatusCatalogue, *, done: str = "", error: str = "",
               invalid: str = "", typed: Mapping[str, str] | None = None) -> str:
    """One group: who made it, its answer, the status for all its cards, its cards (each
    with a button to take it out) and its name."""
    t, lang = TEXT[ctx.lang], ctx.lang
    typed = typed or {}
    path = group_path(group.id)
    title = t["group_title"].format(name=group.name)
    made = t["group_made"].format(time=when(group.created_at, lang),
                                  name=escape(group.created_by))
    answer_now = (f"<p>{t['group_answer_now'].format(time=when(group.answer.at, lang))}</p>\n"
                  f'<div class="text">{escape(group.answer.text)}</div>\n' if group.answer
                  else f"<p>{t['group_answer_none']}</p>\n")
    answer = _post(f"{path}/answer", ctx, answer_field(
        "group-answer", t["group_answer_label"], t["group_answer_hint"],
        typed.get("answer", group.answer.text if group.answer else ""),
        invalid == "group-answer"), t["group_answer_submit"])
    status = _post(f"{path}/status", ctx, select_field(
        "group-status", "status", t["group_status_label"],
        [("", t["reason_choose"]), *status_options(statuses, lang)],
        typed.get("status", ""), invalid=invalid == "group-status", required=True),
        t["group_status_submit"])
    rename = _post(f"{path}/rename", ctx, _name_input(
        "group-name", t["rename_label"], typed.get("name", group.name),
        invalid == "group-name"), t["rename_submit"])
    in_list = link("/office/cards", lang, group=group.id)
    body = (
        f"<h1>{escape(title)}</h1>\n{notices(done, error)}"
        f"<p>{made} {cards_count(group.cards, lang)}.</p>\n"
        f'<p class="links"><a href="{escape(in_list)}">{t["group_cards_link"]}</a></p>\n'
        f"<h2>{t['group_answer_heading']}</h2>\n<p>{t['group_answer_note']}</p>\n"
        f"{answer_now}{answer}"
        f"<h2>{t['group_status_heading']}</h2>\n{status}"
        f"{_cards(ctx, group, cards, after, statuses)}"
        f"<h2>{t['rename_heading']}</h2>\n{rename}"
        f'<p class="links"><a href="{escape(link(CURRENT, lang))}">{t["back_to_groups"]}</a></p>'
    )
    return ctx.page(title, body, CURRENT)
