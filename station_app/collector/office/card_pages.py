"""The office's card list and card page as HTML, and the pieces the group pages share.

Plain HTML without scripts: every value a person typed (a card's text, a group's name, an
answer, a reason) is escaped; every control has its ``<label for>``; the tables stack on a
phone (``.entries``, with explicit roles so they keep their meaning for screen readers).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from station_app.collector.office.card_index import WITHDRAWN
from station_app.collector.office.card_search import CardFilter, CardPage, CardRow, decode_key
from station_app.collector.office.case_texts import TEXT, cards_count
from station_app.collector.office.cases import Case, Event, Group, TimelineEntry
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.templates import Viewer, form_fields, frame, hidden, link
from station_app.collector.office.wall_approval import WallState
from station_app.collector.pages import MONTHS_EN, PageSettings, escape, format_time
from station_app.protocol.hide_reasons import HIDE_REASONS, reason_in

SHORT_TEXT = 200
WIDEST = "header,main,footer{max-width:96rem}"
"""The card list's ten columns want more room than the office's wide pages give."""
STYLE = """
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
select,textarea{font:inherit;font-size:1.125rem;padding:.5rem;border:2px solid var(--ink-muted);
background:var(--surface);color:var(--ink);max-width:100%;box-sizing:border-box;min-height:44px}
textarea{width:100%;max-width:44rem}
textarea:focus{outline:3px solid var(--focus);outline-offset:2px}
.field select{max-width:min(100%,24rem)}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:0 1rem}
.filters .field select,.filters .field input{width:100%;max-width:none}
.hint{color:var(--ink-muted);font-size:1rem}
.pick{display:inline-flex;align-items:center;justify-content:center;min-width:44px;
min-height:44px;cursor:pointer}
.pick input{width:1.5rem;height:1.5rem;margin:0}
.mark{font-size:.95rem}
.pages a,.links a{display:inline-block;padding:.6rem 0}
.code{font-family:ui-monospace,monospace;letter-spacing:.05em;white-space:nowrap}
.cards td,.cards th{font-size:.95rem;padding:.35rem .45rem}
.cards td.text-cell{min-width:12rem}
main form{margin-bottom:1.5rem}
td form{margin:0}
.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.35rem 1rem}
.facts dt,.facts dd{margin:0}
.history table{min-width:0}
"""


@dataclass(frozen=True)
class PageContext:
    """What every page of a request shares: its language, the site, who is looking."""

    lang: str
    site: PageSettings
    viewer: Viewer
    switch_href: str

    def page(self, title: str, body: str, current: str, extra_style: str = "") -> str:
        return frame(self.lang, title, body, self.site, self.switch_href, self.viewer,
                     wide=True, current=current, style=STYLE + extra_style)


@dataclass(frozen=True)
class Choices:
    """What the card list's filters offer."""

    events: list[Event]
    stations: list[str]
    prompts: dict[str, str]
    topics: dict[str, str]
    districts: dict[str, str]
    groups: list[Group]
    statuses: StatusCatalogue


# --- pieces ---------------------------------------------------------------------------------


def other_language(lang: str) -> str:
    return "en" if lang == "de" else "de"


def page_key(value: str | None) -> str | None:
    """A card list's ``after`` as it came, if it is one of the list's own page keys."""
    if not value or len(value) > 300 or decode_key(value) is None:
        return None
    return value


def card_href(card_uuid: str, lang: str, **params: str | int | None) -> str:
    return link(f"/office/cards/{quote(card_uuid, safe='')}", lang, **params)


def when(iso: str | None, lang: str) -> str:
    """A stored time as ``<time>`` in Dortmund's local time."""
    if not iso:
        return TEXT[lang]["none"]
    try:
        machine, text = format_time(iso, lang)
    except (TypeError, ValueError):
        return escape(iso)
    return f'<time datetime="{escape(machine)}">{escape(text)}</time>'


def event_label(event: Event, lang: str) -> str:
    """An event's name and date, as the filter offers it (not escaped)."""
    name = event.name or event.key
    year, month, day = [*event.date.split("-"), "", "", ""][:3]
    if not (year.isdigit() and month.isdigit() and day.isdigit() and 1 <= int(month) <= 12):
        return name
    date = (f"{int(day)}.{int(month)}.{year}" if lang == "de"
            else f"{int(day)} {MONTHS_EN[int(month) - 1]} {year}")
    return f"{name} ({date})"


def shorten(text: str, limit: int = SHORT_TEXT) -> str:
    """A text on one line, cut at a word near ``limit`` characters with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


def described(*ids: str, invalid: bool = False) -> str:
    """``aria-describedby`` (and ``aria-invalid``) for a control; the refusal is ``problem``."""
    names = [*ids, *(["problem"] if invalid else [])]
    attrs = f' aria-describedby="{" ".join(names)}"' if names else ""
    return attrs + (' aria-invalid="true"' if invalid else "")


def select_field(field_id: str, name: str, label: str, options: Sequence[tuple[str, str]],
                 value: str, *, invalid: bool = False, required: bool = False) -> str:
    """A labelled select; a value not among ``options`` is offered as it is, chosen."""
    if value and all(key != value for key, _text in options):
        options = [*options, (value, value)]
    items = "".join(
        f'<option value="{escape(key)}"{" selected" if key == value else ""}>'
        f"{escape(text)}</option>" for key, text in options)
    return (f'<p class="field"><label for="{field_id}">{escape(label)}</label><br>\n'
            f'<select id="{field_id}" name="{escape(name)}"{" required" if required else ""}'
            f"{described(invalid=invalid)}>{items}</select></p>\n")


def notices(done_text: str, error_text: str) -> str:
    """The refusal (an alert the controls point to) and the confirmation of the last step."""
    parts = []
    if error_text:
        parts.append(f'<p class="notice" id="problem" role="alert">{escape(error_text)}</p>')
    if done_text:
        parts.append(f'<p class="info" role="status">{escape(done_text)}</p>')
    return "\n".join(parts) + ("\n" if parts else "")


def entries_table(caption: str, heads: Sequence[str], rows: Sequence[Sequence[str]],
                  region: str | None = None, text_column: int | None = None) -> str:
    """A table that stacks on a phone; cells are HTML, heads and caption plain text. A
    ``region`` scrolls sideways where the screen is too narrow; ``text_column`` (an index)
    holds card texts and gets the room for them."""
    head = "".join(f'<th scope="col" role="columnheader">{escape(h)}</th>' for h in heads)
    wide = ' class="text-cell"'
    body = "\n".join(
        '<tr role="row">' + "".join(
            f'<td role="cell"{wide if n == text_column else ""} '
            f'data-label="{escape(h)}">{cell}</td>'
            for n, (h, cell) in enumerate(zip(heads, row, strict=True))) + "</tr>"
        for row in rows)
    kind = "entries cards" if text_column is not None else "entries"
    table = (f'<table class="{kind}" role="table">\n<caption>{escape(caption)}</caption>\n'
             f'<thead role="rowgroup"><tr role="row">{head}</tr></thead>\n'
             f'<tbody role="rowgroup">\n{body}\n</tbody>\n</table>\n')
    if region is None:
        return table
    return (f'<div class="table" role="region" aria-label="{escape(region)}" tabindex="0">\n'
            f"{table}</div>\n")


def status_options(statuses: StatusCatalogue, lang: str) -> list[tuple[str, str]]:
    return [(status.key, status.label(lang)) for status in statuses.steps]


def missing_page(ctx: PageContext, title_key: str, text_key: str, back: str,
                 back_key: str, current: str) -> str:
    """A 404 in the office's frame: what was not found, and the way back."""
    t = TEXT[ctx.lang]
    body = (f"<h1>{t[title_key]}</h1>\n<p>{t[text_key]}</p>\n"
            f'<p><a href="{escape(link(back, ctx.lang))}">{t[back_key]}</a></p>')
    return ctx.page(t[title_key], body, current)


def text_cell(row: CardRow, lang: str) -> str:
    """A card's text in a table: shortened, marked when corrected, or "withdrawn"."""
    t = TEXT[lang]
    if row.withdrawn:
        return f"<em>{t['withdrawn_mark']}</em>"
    mark = f' <strong class="mark">({t["corrected"]})</strong>' if row.corrected else ""
    return escape(shorten(row.text)) + mark


def code_link(card_uuid: str, code: str, lang: str) -> str:
    return (f'<a href="{escape(card_href(card_uuid, lang))}">'
            f'<span class="code">{escape(code)}</span></a>')


# --- the card list --------------------------------------------------------------------------


def _by_label(labels: Mapping[str, str]) -> list[tuple[str, str]]:
    return sorted(labels.items(), key=lambda item: item[1].lower())


def _filter_form(ctx: PageContext, choices: Choices, chosen: CardFilter) -> str:
    t, lang = TEXT[ctx.lang], ctx.lang
    everything = [("", t["any"])]
    statuses = choices.statuses
    fields = (
        ("event", [*everything, *((e.key, event_label(e, lang)) for e in choices.events)]),
        ("station", [*everything, *((s, s) for s in choices.stations)]),
        ("prompt", [*everything, *_by_label(choices.prompts)]),
        ("topic", [*everything, *_by_label(choices.topics)]),
        ("district", [*everything, ("none", t["not_given"]), *_by_label(choices.districts)]),
        ("source", [*everything, ("kiosk", t["source_kiosk"]), ("paper", t["source_paper"])]),
        ("status", [*everything, *status_options(statuses, lang),
                    (WITHDRAWN, statuses.label(WITHDRAWN, lang))]),
        ("group", [*everything, ("none", t["in_no_group"]),
                   *((str(g.id), g.name) for g in choices.groups)]),
        ("visibility", [("all", t["vis_all"]), ("visible", t["vis_visible"]),
                        ("hidden", t["vis_hidden"])]),
    )
    if ctx.site.wall or chosen.wall:  # a hub: its live wall's approvals
        fields += (("wall", [*everything, ("waiting", t["wall_waiting_option"]),
                             ("approved", t["wall_approved_option"])]),)
    selects = "".join(select_field(f"f-{name}", name, t[name], options,
                                   getattr(chosen, name)) for name, options in fields)
    search = (f'<p class="field"><label for="f-text">{t["filter_text"]}</label><br>\n'
              f'<input id="f-text" name="text" type="search" value="{escape(chosen.text)}" '
              f'maxlength="100"{described("f-text-hint")}><br>\n'
              f'<span class="hint" id="f-text-hint">{t["filter_text_hint"]}</span></p>\n')
    return (f'<h2 id="filter-heading">{t["filter_heading"]}</h2>\n'
            '<form method="get" action="/office/cards" role="search" '
            f'aria-labelledby="filter-heading">\n{hidden("lang", lang)}\n'
            f'<div class="filters">\n{selects}{search}</div>\n'
            f'<button type="submit">{t["filter_submit"]}</button>\n'
            f'<p class="links"><a href="{escape(link("/office/cards", lang))}">'
            f'{t["filter_reset"]}</a></p>\n</form>\n')


def _list_row(row: CardRow, lang: str, choices: Choices, names: Mapping[str, Mapping[str, str]],
              picked: frozenset[str]) -> list[str]:
    t = TEXT[lang]
    pick = ""
    if not row.withdrawn:
        box = f"pick-{row.uuid}"
        pick = (f'<label class="pick" for="{escape(box)}"><input type="checkbox" '
                f'id="{escape(box)}" name="card" value="{escape(row.uuid)}"'
                f'{" checked" if row.uuid in picked else ""}>'
                f'<span class="vh">{escape(t["pick_card"].format(code=row.code))}</span>'
                "</label>")
    group = names["group"].get(str(row.group_id)) if row.group_id is not None else None
    return [
        pick,
        code_link(row.uuid, row.code, lang),
        when(row.created_at, lang),
        escape(names["event"].get(row.event_key, row.event_key)),
        escape(row.station_id),
        escape(choices.prompts.get(row.prompt_id, row.prompt_id)),
        escape(choices.topics.get(row.topic_id, row.topic_id)),
        text_cell(row, lang),
        escape(choices.statuses.label(row.status, lang))
        + (f"<br><strong>{t['hidden']}</strong>" if row.hidden else ""),
        escape(group) if group else t["none"],
    ]


def _assign(ctx: PageContext, choices: Choices, to_group: str, invalid: bool) -> str:
    t, lang = TEXT[ctx.lang], ctx.lang
    heading = f"<h3>{t['assign_heading']}</h3>\n"
    if not choices.groups:
        return (f"{heading}<p>{t['assign_no_groups']} "
                f'<a href="{escape(link("/office/groups", lang))}#new-group">'
                f"{t['new_group_link']}</a></p>\n")
    options = [("", t["assign_choose"]), *((str(g.id), g.name) for g in choices.groups),
               ("none", t["assign_out"])]
    return (heading + select_field("to-group", "to_group", t["assign_label"], options,
                                   to_group, invalid=invalid, required=True)
            + f'<button type="submit">{t["assign_submit"]}</button>\n')


def card_list_page(ctx: PageContext, choices: Choices, chosen: CardFilter, page: CardPage,
                   after: str | None, *, done: str = "", error: str = "",
                   picked: frozenset[str] = frozenset(), to_group: str = "",
                   group_invalid: bool = False) -> str:
    """The filters, the number of cards found, one page of them with a checkbox each, the
    form to put the ticked ones into a group, and the links to the next and first page.
    After a refusal, ``picked`` are ticked again, ``to_group`` chosen again, and
    ``group_invalid`` says the refusal is about the chosen group."""
    t, lang = TEXT[ctx.lang], ctx.lang
    names = {"event": {e.key: e.name or e.key for e in choices.events},
             "group": {str(g.id): g.name for g in choices.groups}}
    heads = [t["col_pick"], t["code"], t["created"], t["event"], t["station"], t["prompt"],
             t["topic"], t["text"], t["status"], t["group"]]
    query = chosen.as_query()
    if page.rows:
        table = entries_table(t["results_caption"], heads,
                              [_list_row(row, lang, choices, names, picked)
                               for row in page.rows], region=t["table_region"],
                              text_column=7)
        back = urlencode({**query, **({"after": after} if after else {})})
        results = ('<form method="post" action="/office/cards/group" '
                   'aria-labelledby="results-heading">\n'
                   f"{form_fields(ctx.viewer, lang)}{hidden('back', back)}\n{table}"
                   f"{_assign(ctx, choices, to_group, group_invalid)}</form>\n")
    else:
        results = f"<p>{t['results_empty']}</p>\n"
    pages = []
    if page.next_after:
        more = link("/office/cards", lang, **query, after=page.next_after)
        pages.append(f'<a href="{escape(more)}">{t["more"]}</a>')
    if after:
        pages.append(f'<a href="{escape(link("/office/cards", lang, **query))}">'
                     f'{t["first_page"]}</a>')
    body = (f"<h1>{t['cards_title']}</h1>\n<p>{t['cards_intro']}</p>\n"
            f"{_filter_form(ctx, choices, chosen)}"
            f'<h2 id="results-heading">{t["results_heading"]}</h2>\n'
            f"{notices(done, error)}"
            f"<p><strong>{cards_count(page.total, lang, page.more_than_total)}</strong>"
            f"</p>\n{results}"
            + (f'<p class="pages">{" · ".join(pages)}</p>' if pages else ""))
    return ctx.page(t["cards_title"], body, "/office/cards", WIDEST)


# --- one card -------------------------------------------------------------------------------


def _facts(case: Case, lang: str, statuses: StatusCatalogue) -> str:
    t = TEXT[lang]

    def given(kind: str, fallback: str) -> str:
        return escape(case.label(kind, lang) or fallback)

    group = t["in_no_group"]
    if case.group_id is not None:
        group = (f'<a href="{escape(link(f"/office/groups/{case.group_id}", lang))}">'
                 f"{escape(case.group_name or case.group_id)}</a>")
    event = escape(event_label(case.event, lang))
    rows = [
        (t["code"], f'<span class="code">{escape(case.code)}</span>'),
        (t["event"], event),
        (t["station"], escape(case.station_id)),
        (t["created_at"], when(case.created_at, lang)),
        (t["received_at"], when(case.received_at, lang)),
        (t["prompt"], given("prompt", case.prompt_id)),
        (t["topic"], given("topic", case.topic_id)),
        (t["district"], given("district", case.district_id or t["not_given"])),
        (t["age_group"], given("age_group", case.age_group_id or t["not_given"])),
        (t["source"], t["source_paper"] if case.source == "paper" else t["source_kiosk"]),
        (t["status"], escape(statuses.label(case.status, lang))),
        (t["visibility"], t["hidden"] if case.hidden else t["visible"]),
        (t["group"], group),
    ]
    items = "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'<h2>{t["facts_heading"]}</h2>\n<dl class="facts">\n{items}\n</dl>\n'


def _texts(case: Case, lang: str) -> str:
    t = TEXT[lang]
    parts = [f"<h2>{t['text_heading']}</h2>\n<h3>{t['original']}</h3>\n"
             f"<p>{t['original_note'].format(time=when(case.created_at, lang))}</p>\n"
             f'<div class="text">{escape(case.text)}</div>\n']
    for correction in case.corrections:
        parts.append(f"<h3>{t['correction'].format(time=when(correction.at, lang))}</h3>\n"
                     f"<p>{t['correction_note']}</p>\n"
                     f'<div class="text">{escape(correction.text)}</div>\n')
    return "".join(parts)


def _step(entry: TimelineEntry, lang: str, statuses: StatusCatalogue) -> list[str]:
    t = TEXT[lang]
    if entry.kind == "status":
        step = escape(statuses.label(entry.status, lang))
    else:
        step = t["step_answer_removed" if entry.kind == "answer_removed" else "step_answered"]
    who = (t["who_holder"] if entry.actor == "attendee"
           else escape(entry.actor) if entry.actor else t["none"])
    return [when(entry.at, lang), step, who]


def _status(case: Case, lang: str, statuses: StatusCatalogue, form: str) -> str:
    t = TEXT[lang]
    now = t["status_now"].format(status=escape(statuses.label(case.status, lang)),
                                 time=when(case.status_at, lang))
    timeline = entries_table(t["timeline_caption"], [t["col_when"], t["col_step"], t["col_who"]],
                             [_step(entry, lang, statuses) for entry in case.timeline])
    timeline = f'<div class="history">\n{timeline}</div>\n'
    return f"<h2>{t['status_heading']}</h2>\n<p>{now}</p>\n{form}{timeline}"


def _moderation(case: Case, lang: str, form: str) -> str:
    t = TEXT[lang]
    rows = []
    for decision in case.moderation:
        source = (t["by_station"].format(station=escape(case.station_id))
                  if decision.source == "station"
                  else t["by_office"].format(name=escape(decision.source.removeprefix("office:"))))
        rows.append([when(decision.at, lang),
                     t["decision_hidden" if decision.hidden else "decision_shown"],
                     escape(reason_in(decision.reason, lang)) if decision.reason else t["none"],
                     source])
    history = ('<div class="history">\n' + entries_table(
        t["moderation_caption"], [t["col_when"], t["col_decision"], t["col_reason"],
                                  t["col_by"]], rows) + "</div>\n"
        if rows else f"<p>{t['moderation_none']}</p>\n")
    return (f"<h2>{t['moderation_heading']}</h2>\n"
            f"<p>{t['hidden_now' if case.hidden else 'shown_now']}</p>\n{form}{history}")


def _wall(case: Case, wall: WallState, ctx: PageContext) -> str:
    """Whether the card is approved for its event's live wall, and the button to change it."""
    t, lang = TEXT[ctx.lang], ctx.lang
    base = f"/office/cards/{quote(case.uuid, safe='')}"
    now = (t["wall_approved_now"].format(time=when(wall.approved_at, lang)) if wall.approved
           else t["wall_not_approved"])
    form = _form(f"{base}/unapprove" if wall.approved else f"{base}/approve", ctx, "",
                 t["wall_unapprove_submit" if wall.approved else "wall_approve_submit"])
    note = f"<p>{t['wall_hidden_note']}</p>\n" if case.hidden and wall.approved else ""
    wall_href = link(f"/wall/{quote(case.event.key, safe='-')}", lang)
    see = (f'<p class="links"><a href="{escape(wall_href)}">{t["wall_link"]}</a></p>\n'
           if ctx.site.wall else "")  # the city's collector serves no wall
    return (f"<h2>{t['wall_heading']}</h2>\n"
            f"<p>{t['wall_premoderated' if wall.premoderated else 'wall_open']}</p>\n"
            f"<p>{now}</p>\n{note}{form}{see}")


def _form(action: str, ctx: PageContext, fields: str, button: str) -> str:
    return (f'<form method="post" action="{escape(action)}">\n'
            f"{form_fields(ctx.viewer, ctx.lang)}\n{fields}"
            f'<button type="submit">{button}</button>\n</form>\n')


def _text_input(field_id: str, name: str, label: str, value: str, limit: int,
                invalid: bool) -> str:
    return (f'<p class="field"><label for="{field_id}">{escape(label)}</label><br>\n'
            f'<input id="{field_id}" name="{name}" type="text" value="{escape(value)}" '
            f'maxlength="{limit}"{described(invalid=invalid)}></p>\n')


def answer_field(field_id: str, label: str, hint: str, value: str, invalid: bool) -> str:
    """The textarea of an official answer, with what saving it empty does."""
    return (f'<p class="field"><label for="{field_id}">{escape(label)}</label><br>\n'
            f'<textarea id="{field_id}" name="answer" rows="6" maxlength="5000"'
            f'{described(f"{field_id}-hint", invalid=invalid)}>{escape(value)}</textarea>'
            f'<br>\n<span class="hint" id="{field_id}-hint">{hint}</span></p>\n')


def _card_forms(ctx: PageContext, case: Case, statuses: StatusCatalogue, groups: list[Group],
                invalid: str, typed: Mapping[str, str]) -> dict[str, str]:
    t, lang = TEXT[ctx.lang], ctx.lang
    base = f"/office/cards/{quote(case.uuid, safe='')}"
    status = _form(f"{base}/status", ctx, select_field(
        "status", "status", t["status_label"], status_options(statuses, lang),
        typed.get("status", case.status), invalid=invalid == "status"), t["status_submit"])
    if case.hidden:
        moderation = _form(f"{base}/show", ctx, _text_input(
            "show-reason", "show_reason", t["show_reason"], typed.get("show_reason", ""), 200,
            invalid == "show-reason"), t["show_submit"])
    else:
        reasons = [("", t["reason_choose"]),
                   *((reason, reason_in(reason, lang)) for reason in HIDE_REASONS)]
        moderation = _form(f"{base}/hide", ctx, select_field(
            "reason", "reason", t["hide_reason"], reasons, typed.get("reason", ""),
            invalid=invalid == "reason") + _text_input(
            "own-reason", "own_reason", t["own_reason"], typed.get("own_reason", ""), 200,
            invalid == "reason"), t["hide_submit"])
    own = case.answer.text if case.answer and not case.answer.from_group else ""
    hint = t["answer_hint"] + (f" {t['answer_over_group']}" if case.group_id is not None else "")
    answer = _form(f"{base}/answer", ctx, answer_field(
        "answer", t["answer_label"], hint, typed.get("answer", own), invalid == "answer"),
        t["answer_submit"])
    options = [("none", t["group_none_option"]), *((str(g.id), g.name) for g in groups)]
    current = str(case.group_id) if case.group_id is not None else "none"
    group = _form(f"{base}/group", ctx, select_field(
        "group", "group", t["group_label"], options, typed.get("group", current),
        invalid=invalid == "group"), t["group_submit"]) + (
        f'<p class="links"><a href="{escape(link("/office/groups", lang))}#new-group">'
        f"{t['new_group_link']}</a></p>\n")
    return {"status": status, "moderation": moderation, "answer": answer, "group": group}


def _answer(case: Case, lang: str, form: str) -> str:
    t = TEXT[lang]
    if case.answer is None:
        now = f"<p>{t['answer_none']}</p>\n"
    else:
        said = (t["answer_from_group"].format(group=escape(case.group_name or ""),
                                              time=when(case.answer.at, lang))
                if case.answer.from_group else t["answer_own"].format(
                    time=when(case.answer.at, lang)))
        now = f'<p>{said}</p>\n<div class="text">{escape(case.answer.text)}</div>\n'
    return f"<h2>{t['answer_heading']}</h2>\n{now}{form}"


def _group(case: Case, lang: str, form: str) -> str:
    t = TEXT[lang]
    now = t["group_none_now"]
    if case.group_id is not None:
        now = t["group_now"].format(group=(
            f'<a href="{escape(link(f"/office/groups/{case.group_id}", lang))}">'
            f"{escape(case.group_name or case.group_id)}</a>"))
    return f"<h2>{t['group_heading']}</h2>\n<p>{now}</p>\n{form}"


def card_page(ctx: PageContext, case: Case, statuses: StatusCatalogue, groups: list[Group],
              *, done: str = "", error: str = "", invalid: str = "",
              typed: Mapping[str, str] | None = None, wall: WallState | None = None) -> str:
    """Everything staff know of one card, and the forms to act on it (none once it is
    withdrawn: then only its facts and its history are left); with ``wall``, its place on
    the event's live wall and the button to approve it there or take that back."""
    t, lang = TEXT[ctx.lang], ctx.lang
    title = t["card_title"].format(code=case.code)
    parts = [f"<h1>{escape(title)}</h1>\n", notices(done, error)]
    if case.withdrawn:
        parts.append(f'<p class="notice">'
                     f"{t['withdrawn_notice'].format(time=when(case.withdrawn_at, lang))}</p>\n")
    parts.append(_facts(case, lang, statuses))
    if case.withdrawn:
        parts += [_status(case, lang, statuses, ""), _moderation(case, lang, "")]
    else:
        forms = _card_forms(ctx, case, statuses, groups, invalid, typed or {})
        parts += [_texts(case, lang), _answer(case, lang, forms["answer"]),
                  _status(case, lang, statuses, forms["status"]),
                  _moderation(case, lang, forms["moderation"]),
                  _wall(case, wall, ctx) if wall is not None else "",
                  _group(case, lang, forms["group"])]
    parts.append(f'<p class="links"><a href="{escape(link("/office/cards", lang))}">'
                 f"{t['back_to_list']}</a></p>")
    return ctx.page(title, "".join(parts), "/office/cards")
