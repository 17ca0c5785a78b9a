"""The office's pages: plain HTML in the frame and stylesheet of the follow-up pages.

No scripts; every value that a person typed (a name, an address, an audit entry) is
escaped; every field has its label; every form carries its CSRF token. Who is logged in,
and in which role, is in the header of every page behind the login.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from station_app.collector.office.audit import HOLDER, AuditEntry
from station_app.collector.office.csrf import FIELD
from station_app.collector.office.texts import TEXT, action_label, role_label
from station_app.collector.office.wall_approval import STATION_ACTOR
from station_app.collector.pages import PageSettings, document, escape

STYLE = """
h1{font-size:1.75rem;line-height:1.25}
.who{order:3;flex-basis:100%;display:flex;flex-wrap:wrap;align-items:center;
gap:.25rem .75rem;margin:0}
.who p{margin:0}.who form{margin:0}
.areas{order:4;flex-basis:100%}
.areas ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.areas a{display:inline-block;padding:.5rem 0;min-height:24px}
.areas a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
button.quiet{background:var(--surface);color:var(--primary);border:2px solid var(--primary);
margin-top:0;padding:.4rem 1rem}
button.quiet:hover{background:var(--paper)}
.notice{background:var(--notice-fill);color:var(--notice-ink);padding:.75rem 1rem;
border-left:4px solid var(--accent)}
.info{background:var(--surface);padding:.75rem 1rem;border-left:4px solid var(--primary)}
label{font-weight:700}
.field input{width:100%;max-width:24rem}
.table{overflow-x:auto}
table{border-collapse:collapse;font-size:1rem;min-width:100%;background:var(--surface)}
caption{text-align:left;font-weight:700;padding:.5rem 0;background:var(--paper)}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:var(--paper)}
td code{font-size:.9rem;white-space:pre-wrap;overflow-wrap:anywhere}
@media (max-width:48rem){
.entries,.entries caption,.entries tbody,.entries tr,.entries td{display:block}
.entries thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.entries{background:none}
.entries tr{border:1px solid var(--line);margin-bottom:.75rem;padding:.25rem 0;
background:var(--surface)}
.entries td{border:0;padding:.2rem .75rem}
.entries td::before{content:attr(data-label);display:block;font-weight:700;
font-size:.9rem;color:var(--ink-muted)}}
"""
WIDE = "header,main,footer{max-width:72rem}"
COLUMNS = ("col_at", "col_actor", "col_action", "col_target", "col_before", "col_after",
           "col_client")


@dataclass(frozen=True)
class Viewer:
    """Who is looking at a page behind the login, and the token their forms carry."""

    name: str
    role: str
    csrf_token: str


def link(path: str, lang: str, **params: str | int | None) -> str:
    """``path`` with ``lang`` and the given query parameters (those that are not None)."""
    query = {"lang": lang, **{key: value for key, value in params.items() if value is not None}}
    return f"{path}?{urlencode(query)}"


def hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'


def form_fields(viewer: Viewer, lang: str) -> str:
    """The hidden fields every office form carries: its CSRF token and the page language."""
    return hidden(FIELD, viewer.csrf_token) + hidden("lang", lang)


AREAS = (("/office/overview", "nav_overview", False), ("/office/cards", "nav_cards", False),
         ("/office/groups", "nav_groups", False), ("/office/export", "nav_export", False),
         ("/office/events", "nav_events", True), ("/office/packages", "nav_packages", True),
         ("/office/users", "nav_users", True), ("/office/audit", "nav_audit", True))
"""The office's areas as the navigation names them: path, text key, for admins only."""
WALL_AREA = ("/office/wall", "nav_wall", False)
"""The waiting list for the live wall: named after the cards where the wall is served."""


def areas(viewer: Viewer, wall: bool = False) -> list[tuple[str, str, bool]]:
    """The areas ``viewer`` may go to; with ``wall`` (a hub), the live wall's approvals."""
    found = [area for area in AREAS if not area[2] or viewer.role == "admin"]
    if wall:
        found.insert(2, WALL_AREA)
    return found


def area_nav(lang: str, viewer: Viewer, current: str, wall: bool = False) -> str:
    """The navigation between the areas; ``current`` (a path) is marked for screen readers."""
    t = TEXT[lang]
    items = []
    for path, key, _admin_only in areas(viewer, wall):
        mark = ' aria-current="page"' if path == current else ""
        items.append(f'<li><a href="{escape(link(path, lang))}"{mark}>{t[key]}</a></li>')
    return f'<nav class="areas" aria-label="{t["nav_label"]}"><ul>{"".join(items)}</ul></nav>'


def frame(lang: str, title: str, body: str, site: PageSettings, switch_href: str,
          viewer: Viewer | None = None, wide: bool = False, current: str = "",
          style: str = "") -> str:
    """A page of the office: the collector's frame, who is logged in (with the logout and
    the areas' navigation), ``body`` as the main content; ``style`` is added CSS."""
    t = TEXT[lang]
    who = ""
    if viewer is not None:
        who = (
            '<div class="who">'
            f'<p>{t["logged_in_as"]} <strong>{escape(viewer.name)}</strong> '
            f'({escape(role_label(viewer.role, lang))})</p>'
            f'<form method="post" action="{escape(link("/office/logout", lang))}">'
            f'{hidden(FIELD, viewer.csrf_token)}{hidden("lang", lang)}'
            f'<button type="submit" class="quiet">{t["logout"]}</button></form></div>'
            + area_nav(lang, viewer, current, site.wall)
        )
    return document(lang, title, body, site_name=f"{site.site_name} – {t['office']}",
                    switch_href=switch_href, header=who,
                    style=STYLE + (WIDE if wide else "") + style)


def login_page(lang: str, site: PageSettings, *, token: str, switch_href: str,
               name: str = "", error: str = "", info: str = "", next_path: str = "") -> str:
    """The login form; ``error`` is shown as an alert tied to both fields."""
    t = TEXT[lang]
    described = ' aria-describedby="login-error" aria-invalid="true"' if error else ""
    message = ""
    if error:
        message = f'<p class="notice" id="login-error" role="alert">{escape(error)}</p>\n'
    elif info:
        message = f'<p class="info" role="status">{escape(info)}</p>\n'
    body = (
        f"<h1>{t['login_title']}</h1>\n<p>{t['login_intro']}</p>\n{message}"
        '<form method="post" action="/office/login">\n'
        f'<p class="field"><label for="name">{t["name"]}</label><br>\n'
        f'<input id="name" name="name" type="text" value="{escape(name[:64])}" '
        'autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="64" '
        f'required{described}></p>\n'
        f'<p class="field"><label for="password">{t["password"]}</label><br>\n'
        '<input id="password" name="password" type="password" '
        f'autocomplete="current-password" maxlength="1024" required{described}></p>\n'
        f"{hidden(FIELD, token)}\n{hidden('lang', lang)}\n"
        f"{hidden('next', next_path) if next_path else ''}\n"
        f'<button type="submit">{t["login"]}</button>\n</form>'
    )
    return frame(lang, t["login_title"], body, site, switch_href)


def landing_page(lang: str, site: PageSettings, viewer: Viewer, switch_href: str) -> str:
    """The first page after the login: who you are, and where you can go from here."""
    t = TEXT[lang]
    items = "".join(
        f'<li><a href="{escape(link(path, lang))}">{t[key]}</a>: {t[key.replace("nav_", "desc_")]}'
        "</li>\n" for path, key, _admin_only in areas(viewer, site.wall))
    body = (
        f"<h1>{t['landing_title']}</h1>\n"
        f"<p>{t['welcome'].format(name=escape(viewer.name))} "
        f"{t['your_role'].format(role=escape(role_label(viewer.role, lang)))}</p>\n"
        f"<h2>{t['areas']}</h2>\n<ul>\n{items}</ul>"
    )
    return frame(lang, t["office"], body, site, switch_href, viewer)


def _details(value: dict[str, Any] | None, lang: str) -> str:
    if value is None:
        return TEXT[lang]["none"]
    return f"<code>{escape(json.dumps(value, ensure_ascii=False, sort_keys=True))}</code>"


def actor_label(actor: str, lang: str) -> str:
    """Who did it, as the audit log names them (HTML): a member of staff, a card's holder,
    or a station (an approval for the live wall given at its dashboard)."""
    if actor == HOLDER:
        return TEXT[lang]["actor_attendee"]
    if actor.startswith(STATION_ACTOR):
        return TEXT[lang]["actor_station"].format(
            station=escape(actor.removeprefix(STATION_ACTOR)))
    return escape(actor)


def _entry_row(entry: AuditEntry, lang: str) -> str:
    none = TEXT[lang]["none"]
    cells = [
        f'<time datetime="{escape(entry.at.isoformat())}">'
        f'{escape(entry.at.strftime("%Y-%m-%d %H:%M:%S"))}</time>',
        actor_label(entry.actor, lang),
        escape(action_label(entry.action, lang)),
        escape(entry.target) if entry.target is not None else none,
        _details(entry.before, lang),
        _details(entry.after, lang),
        escape(entry.client),
    ]
    # Explicit roles: on a phone the rows are shown as stacked blocks, and a table whose
    # display is changed by CSS would otherwise lose its meaning for screen readers.
    return '<tr role="row">' + "".join(
        f'<td role="cell" data-label="{TEXT[lang][key]}">{cell}</td>'
        for key, cell in zip(COLUMNS, cells, strict=True)) + "</tr>"


def audit_page(lang: str, site: PageSettings, viewer: Viewer, entries: list[AuditEntry],
               switch_href: str, older_than: int | None, paged: bool) -> str:
    """The audit log, newest first; ``older_than`` is the id the next page starts below."""
    t = TEXT[lang]
    if entries:
        heads = "".join(f'<th scope="col" role="columnheader">{t[key]}</th>'
                        for key in COLUMNS)
        rows = "\n".join(_entry_row(entry, lang) for entry in entries)
        table = (f'<div class="table" role="region" aria-label="{t["table_region"]}" '
                 f'tabindex="0">\n<table class="entries" role="table">\n'
                 f'<caption>{t["audit_caption"]}</caption>\n<thead role="rowgroup">'
                 f'<tr role="row">{heads}</tr></thead>\n<tbody role="rowgroup">\n{rows}\n'
                 "</tbody>\n</table>\n"
                 "</div>\n")
    else:
        table = f"<p>{t['audit_empty']}</p>\n"
    pages = []
    if older_than is not None:
        pages.append(f'<a href="{escape(link("/office/audit", lang, before=older_than))}">'
                     f'{t["older"]}</a>')
    if paged:
        pages.append(f'<a href="{escape(link("/office/audit", lang))}">{t["newest"]}</a>')
    pages.append(f'<a href="{escape(link("/office/", lang))}">{t["back"]}</a>')
    body = (f"<h1>{t['audit_title']}</h1>\n<p>{t['audit_intro']}</p>\n{table}"
            + "<p>" + " · ".join(pages) + "</p>")
    return frame(lang, t["audit_title"], body, site, switch_href, viewer, wide=True,
                 current="/office/audit")


def message_page(lang: str, site: PageSettings, title_key: str, text_key: str,
                 switch_href: str, viewer: Viewer | None = None) -> str:
    """A plain page for a refusal (403), an unknown page (404) or an unreadable form."""
    t = TEXT[lang]
    target = ((link("/office/", lang), t["back"]) if viewer is not None
              else (link("/office/login", lang), t["to_login"]))
    body = (f"<h1>{t[title_key]}</h1>\n<p>{t[text_key]}</p>\n"
            f'<p><a href="{escape(target[0])}">{target[1]}</a></p>')
    return frame(lang, t[title_key], body, site, switch_href, viewer)
