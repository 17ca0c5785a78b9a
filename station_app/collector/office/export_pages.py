"""The office's export page: one GET form that downloads the file (no scripts).

The format as radio buttons, the event as a list, hidden and withdrawn cards as two
boxes to tick; a refused choice is shown again with the reason next to the form, tied to
the field it concerns. Every value from the database (an event's name) is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from station_app.collector.export_formats import FORMATS
from station_app.collector.office.cases import Event
from station_app.collector.office.export_texts import TEXT
from station_app.collector.office.templates import Viewer, frame, hidden
from station_app.collector.pages import MONTHS_EN, PageSettings, escape

PATH = "/office/export"
FILE_PATH = "/office/export/file"
STYLE = """
fieldset{border:1px solid var(--line);background:var(--surface);padding:.5rem 1rem;
margin:0 0 1rem}
legend{font-weight:700;padding:0 .25rem}
.choice{display:flex;align-items:center;gap:.6rem;min-height:44px;margin:0}
.choice input{width:1.5rem;height:1.5rem;flex:none;margin:0;accent-color:var(--primary)}
.choice label{font-weight:400;padding:.4rem 0}
.hint{color:var(--ink-muted);margin:.25rem 0 .5rem}
select{font:inherit;font-size:1.125rem;padding:.5rem;min-height:44px;max-width:100%;
border:2px solid var(--ink-muted);background:var(--surface);color:var(--ink)}
"""


@dataclass(frozen=True)
class ExportChoice:
    """What the form asks for: a format, an event ('' for all) and the two boxes."""

    format: str = "csv"
    event: str = ""
    include_hidden: bool = False
    include_withdrawn: bool = False


def event_text(event: Event, lang: str) -> str:
    """An event as the list names it: its name and its day."""
    name = event.name or event.key
    try:
        day = dt.date.fromisoformat(event.date)
    except ValueError:
        return name
    when = (f"{day:%d.%m.%Y}" if lang == "de"
            else f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}")
    return f"{name} ({when})"


def export_page(lang: str, site: PageSettings, viewer: Viewer, switch_href: str,
                events: Sequence[Event], choice: ExportChoice, *, error: str = "",
                error_field: str = "") -> str:
    """The form; ``error`` (already worded) is shown above it and tied to ``error_field``
    (``format``, ``event`` or ``include``)."""
    t = TEXT[lang]

    def invalid(field: str) -> str:
        return (' aria-invalid="true" aria-describedby="export-error"'
                if error and field == error_field else "")

    notice = (f'<p class="notice" id="export-error" role="alert">{escape(error)}</p>\n'
              if error else "")
    formats = "".join(
        f'<p class="choice"><input type="radio" id="format-{key}" name="format" '
        f'value="{key}"{" checked" if key == choice.format else ""}'
        f'{invalid("format") if index == 0 else ""} required>'
        f'<label for="format-{key}">{t["format_" + key]}</label></p>\n'
        for index, key in enumerate(FORMATS))
    options = [f'<option value="">{t["all_events"]}</option>']
    options += [f'<option value="{escape(event.key)}"'
                f'{" selected" if event.key == choice.event else ""}>'
                f"{escape(event_text(event, lang))}</option>" for event in events]
    empty = "" if events else f'<p class="hint">{t["no_events"]}</p>\n'
    boxes = "".join(
        f'<p class="choice"><input type="checkbox" id="{name}" name="{name}" value="1"'
        f'{" checked" if ticked else ""}{invalid("include") if index == 0 else ""}>'
        f'<label for="{name}">{t[name + "_label"]}</label></p>\n'
        for index, (name, ticked) in enumerate((("hidden", choice.include_hidden),
                                                 ("withdrawn", choice.include_withdrawn))))
    body = (
        f"<h1>{t['title']}</h1>\n<p>{t['intro']}</p>\n{notice}"
        f'<form method="get" action="{FILE_PATH}">\n{hidden("lang", lang)}\n'
        f'<fieldset><legend>{t["format_legend"]}</legend>\n{formats}</fieldset>\n'
        f'<p class="field"><label for="event">{t["event_label"]}</label><br>\n'
        f'<select id="event" name="event"{invalid("event")}>{"".join(options)}</select></p>\n'
        f"{empty}"
        f'<fieldset><legend>{t["include_legend"]}</legend>\n'
        f'<p class="hint">{t["include_hint"]}</p>\n{boxes}</fieldset>\n'
        f'<p class="info">{t["privacy"]}</p>\n'
        f'<button type="submit">{t["download"]}</button>\n</form>'
    )
    title = t["error_title"] if error else t["title"]
    return frame(lang, title, body, site, switch_href, viewer, current=PATH, style=STYLE)
