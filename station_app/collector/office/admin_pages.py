"""The admins' pages: what each event's public results page and live wall show, and the
staff accounts.

Every switch is a labelled checkbox in a form of its own (a box not ticked is sent as
nothing and means "off"); every form carries its CSRF token. Passwords are never typed
into these pages: accounts are added on the server's command line.
"""

from __future__ import annotations

from urllib.parse import quote

from station_app.collector.office import templates
from station_app.collector.office.accounts import MIN_PASSWORD, StaffUser
from station_app.collector.office.case_texts import TEXT as CASE_TEXT
from station_app.collector.office.cases import Event
from station_app.collector.office.overview import EventLine
from station_app.collector.office.overview_pages import (
    STYLE,
    event_date,
    event_name,
    moment,
    number,
    stacked_table,
)
from station_app.collector.office.overview_texts import TEXT
from station_app.collector.office.texts import role_label
from station_app.collector.pages import PageSettings, escape

ADMIN_STYLE = STYLE + """
section.event{border-top:1px solid var(--line);margin-top:1.5rem}
fieldset{border:1px solid var(--line);background:var(--surface);padding:.5rem 1rem;margin:0}
legend{font-weight:700;padding:0 .25rem}
.switch{display:flex;align-items:center;gap:.75rem;min-height:44px;margin:.25rem 0}
.switch input{width:1.5rem;height:1.5rem;flex:none;margin:0}
.hint{margin:0 0 .5rem 2.25rem;color:var(--ink-muted)}
pre{background:var(--surface);padding:.75rem;overflow-x:auto;white-space:pre-wrap;
overflow-wrap:anywhere;border-left:4px solid var(--primary)}
td form{margin:0}
"""


def user_action_path(name: str, enable: bool) -> str:
    """Where the button of an account posts to (the name quoted, slashes and all)."""
    return f"/office/users/{quote(name, safe='')}/{'enable' if enable else 'disable'}"


def publication_state(event: Event, lang: str) -> tuple[str, str]:
    """The two flags in words: the results page's state, and that of single cards."""
    t = TEXT[lang]
    results = t["state_results_on"] if event.results_public else t["state_results_off"]
    if not event.cards_public:
        cards = t["state_cards_off"]
    else:
        cards = t["state_cards_on"] if event.results_public else t["state_cards_waiting"]
    return results, cards


def _switch(field: str, ident: str, label: str, on: bool, hint: str = "") -> str:
    described = f' aria-describedby="{ident}-hint"' if hint else ""
    checked = " checked" if on else ""
    line = (f'<p class="switch"><input type="checkbox" id="{ident}" name="{field}" '
            f'value="1"{checked}{described}> <label for="{ident}">{label}</label></p>\n')
    if hint:
        line += f'<p class="hint" id="{ident}-hint">{hint}</p>\n'
    return line


def wall_state(line: EventLine, lang: str) -> str:
    """Whether the event's live wall waits for approvals, in a sentence."""
    return TEXT[lang]["wall_premoderated" if line.wall_premoderated else "wall_open"]


def _event_section(index: int, line: EventLine, viewer: templates.Viewer, lang: str,
                   wall: bool = False) -> str:
    t = TEXT[lang]
    event = line.event
    name = event_name(event, lang)
    facts = t["event_facts"].format(
        date=event_date(event.date, lang),
        venue=escape(event.venue) if event.venue else t["no_venue"],
        cards=number(line.cards, lang))
    results, cards = publication_state(event, lang)
    links = [f'<a href="{escape(templates.link("/office/cards", lang, event=event.key))}">'
             f'{t["cards_link"].format(name=name)}</a>']
    if event.results_public:
        links.append(f'<a href="{escape(templates.link(f"/results/{event.key}", lang))}">'
                     f'{t["results_link"].format(name=name)}</a>')
    if wall:  # the city's collector serves no wall
        links.append(f'<a href="{escape(templates.link(f"/wall/{event.key}", lang))}">'
                     f'{t["wall_link"].format(name=name)}</a>')
        if line.wall_premoderated:
            waiting = templates.link("/office/wall", lang, event=event.key)
            links.append(f'<a href="{escape(waiting)}">'
                         f'{CASE_TEXT[lang]["waiting_link"].format(name=name)}</a>')
    action = templates.link(f"/office/events/{quote(event.key, safe='')}", lang)
    return (
        f'<section class="event" aria-labelledby="event-{index}">\n'
        f'<h2 id="event-{index}">{name}</h2>\n<p>{facts}</p>\n'
        f'<p>{t["state_now"].format(results=results, cards=cards)} '
        f"{wall_state(line, lang)}</p>\n"
        f'<form method="post" action="{escape(action)}">\n'
        f"{templates.form_fields(viewer, lang)}\n"
        f'<fieldset><legend>{t["switches_legend"].format(name=name)}</legend>\n'
        + _switch("results_public", f"results-{index}", t["results_switch"],
                  event.results_public)
        + _switch("cards_public", f"cards-{index}", t["cards_switch"], event.cards_public,
                  t["cards_switch_hint"])
        + _switch("wall_premoderated", f"wall-{index}", t["wall_switch"],
                  line.wall_premoderated, t["wall_switch_hint"])
        + f'</fieldset>\n<button type="submit">{t["save"]}</button>\n</form>\n'
        f'<p>{" · ".join(links)}</p>\n</section>\n'
    )


def events_page(lang: str, site: PageSettings, viewer: templates.Viewer, switch_href: str,
                lines: list[EventLine], *, saved: EventLine | None = None,
                unchanged: EventLine | None = None) -> str:
    """Every event with its three switches; ``saved``/``unchanged`` confirm the last POST."""
    t = TEXT[lang]
    message = ""
    if saved is not None:
        results, cards = publication_state(saved.event, lang)
        text = t["saved"].format(name=event_name(saved.event, lang), results=results,
                                 cards=cards, wall=wall_state(saved, lang))
        message = f'<p class="info" role="status">{text}</p>\n'
    elif unchanged is not None:
        message = (f'<p class="info" role="status">'
                   f'{t["unchanged"].format(name=event_name(unchanged.event, lang))}</p>\n')
    sections = ("".join(_event_section(index, line, viewer, lang, site.wall)
                        for index, line in enumerate(lines, 1))
                or f"<p>{t['events_admin_empty']}</p>\n")
    body = f"<h1>{t['events_title']}</h1>\n<p>{t['events_intro']}</p>\n{message}{sections}"
    return templates.frame(lang, t["events_title"], body, site, switch_href, viewer,
                           current="/office/events", style=ADMIN_STYLE)


def _action(user: StaffUser, viewer: templates.Viewer, lang: str) -> str:
    t = TEXT[lang]
    if user.name == viewer.name:
        return t["yourself"]
    key = "enable_button" if not user.enabled else "disable_button"
    action = templates.link(user_action_path(user.name, not user.enabled), lang)
    return (f'<form method="post" action="{escape(action)}">'
            f"{templates.form_fields(viewer, lang)}"
            f'<button type="submit" class="quiet">{t[key].format(name=escape(user.name))}'
            "</button></form>")


def users_page(lang: str, site: PageSettings, viewer: templates.Viewer, switch_href: str,
               users: list[StaffUser], *, done: str = "", error: str = "") -> str:
    """The staff accounts with a block/unblock button each; ``done`` (HTML) confirms the
    last change, ``error`` (HTML) says why it was refused."""
    t = TEXT[lang]
    message = ""
    if error:
        message = f'<p class="notice" role="alert">{error}</p>\n'
    elif done:
        message = f'<p class="info" role="status">{done}</p>\n'
    rows = [[escape(user.name), escape(role_label(user.role, lang)),
             f'<span class="state">{t["enabled"] if user.enabled else t["disabled"]}</span>',
             moment(user.created_at.isoformat(), lang, t["never"]),
             moment(user.last_login_at.isoformat() if user.last_login_at else None, lang,
                    t["never"]),
             _action(user, viewer, lang)] for user in users]
    columns = [t[key] for key in ("col_name", "col_role", "col_enabled", "col_created",
                                  "col_last_login", "col_action")]
    table = (stacked_table(lang, t["users_caption"], columns, rows) if rows
             else f"<p>{t['users_empty']}</p>\n")
    body = (f"<h1>{t['users_title']}</h1>\n<p>{t['users_intro']}</p>\n{message}{table}"
            f"<h2>{t['add_heading']}</h2>\n<p>{t['add_text']}</p>\n"
            "<pre><code>station-app collector add-user NAME --role admin|moderator "
            "--db …</code></pre>\n"
            f"<p>{t['add_after'].format(min=MIN_PASSWORD)}</p>")
    return templates.frame(lang, t["users_title"], body, site, switch_href, viewer,
                           wide=True, current="/office/users", style=ADMIN_STYLE)
