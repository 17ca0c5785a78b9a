"""The event form on ``/office/packages``: one field per setting of the station's schema.

Generated from ``OfficeSettings.setting_fields`` (the station's own declaration as plain
data): a table of settings is a fieldset, a whole number a number field with its range, a
day a date, a choice a list box, the languages check boxes, a translation table one input
per language the event offers (or has a translation in) under its German text, and the
prompts, topics, districts and age groups repeated fieldsets with two empty rows to add
more. Every field has its label, the schema's description and key path as its hint, and –
when the station's check refused the form – the check's message beside the field it names.
No scripts: "Sprachen und Zeilen übernehmen" posts the form to show the inputs of newly
ticked languages and new empty rows, without writing a package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station_app.collector.office import templates
from station_app.collector.office.event_form import (
    POSTED_AS,
    STATION_ID,
    long_text,
    translation_languages,
)
from station_app.collector.office.texts import TEXT
from station_app.collector.pages import LANGUAGE_NAMES, RIGHT_TO_LEFT, escape
from station_app.protocol.setting_fields import (
    BOOL,
    CHOICE,
    CHOICE_LIST,
    DATE,
    LONG_TEXT,
    NUMBER,
    ROWS,
    TABLE,
    TRANSLATIONS,
    SettingField,
)

EXTRA_ROWS = 2
"""Empty rows after each list's rows, to add a prompt, a topic … at a time."""
NAMES = {**LANGUAGE_NAMES, "ls": "Leichte Sprache"}
MAX_TEXT = 2000
MAX_LONG_TEXT = 20000
STYLE = """
.event-form fieldset{border:1px solid var(--line);padding:.5rem 1rem 1rem;margin:1rem 0;
min-width:0}
.event-form legend{font-weight:700;font-size:1.15rem;padding:0 .25rem}
.event-form fieldset fieldset legend{font-size:1.05rem}
.event-form fieldset.row{background:var(--surface)}
.setting{margin:.5rem 0 .75rem}
.setting>label{display:block;margin-bottom:.15rem}
.setting input:not([type=checkbox]),.setting select{width:100%;max-width:40rem;
font-size:1.125rem}
.setting select{padding:.5rem;border:2px solid var(--ink-muted);background:var(--surface)}
.event-form textarea,.advanced textarea{font:inherit;width:100%;padding:.5rem;
border:2px solid var(--ink-muted);background:var(--surface);color:var(--ink);
box-sizing:border-box}
.muted,.hint{color:var(--ink-muted)}
.hint{display:block;font-size:.9rem;font-weight:400;overflow-wrap:anywhere}
.choices{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.choices label{font-weight:400;min-height:24px;display:inline-flex;gap:.35rem;
align-items:center}
.lang-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));
gap:0 1rem}
details.translations,details.advanced{margin:.5rem 0}
details.translations summary,details.advanced summary{cursor:pointer;font-weight:700;
min-height:24px;padding:.25rem 0;color:var(--primary)}
.field-error{background:var(--notice-fill);color:var(--notice-ink);font-weight:700;
padding:.25rem .5rem;margin:.25rem 0;border-inline-start:4px solid var(--accent)}
[aria-invalid=true]{border-color:var(--accent)!important;border-width:3px}
.buttons{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
"""


@dataclass(frozen=True)
class EventView:
    """What the event form shows besides the configuration."""

    station_id: str
    url: str
    new_keys: bool = False
    writable: bool = True
    problem: str = ""
    """The station's check's message (or another refusal), as text."""
    problem_key: str = ""
    """The setting it names, as the schema names it (``prompts[2].label``)."""
    note: str = ""
    """A status line (plain text), e.g. after "Sprachen und Zeilen übernehmen"."""
    unshown: tuple[str, ...] = ()
    template: str = ""


@dataclass(frozen=True)
class _Context:
    lang: str
    languages: tuple[str, ...]
    view: EventView

    @property
    def t(self) -> dict[str, str]:
        return TEXT[self.lang]


def language_name(code: str) -> str:
    """A language in its own name, with its code (``Türkçe (tr)``)."""
    return f"{NAMES.get(code, code)} ({code})"


def _id(name: str) -> str:
    return "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", name)


def event_form(fields: tuple[SettingField, ...], data: Mapping[str, Any], lang: str,
               viewer: templates.Viewer, view: EventView) -> str:
    """The whole event form (HTML) filled with ``data``, a configuration as ``tomllib``
    reads it."""
    t = TEXT[lang]
    context = _Context(lang, tuple(translation_languages(data, fields)), view)
    top = ""
    if view.problem:
        top += (f'<p class="notice" role="alert" id="event-problem">'
                f'{escape(t["ef_refused"].format(detail=view.problem))}</p>\n')
    elif view.note:
        top += f'<p class="info" role="status">{escape(view.note)}</p>\n'
    if view.template:
        top += f'<p class="info">{escape(t["ef_template"].format(station=view.template))}</p>\n'
    if view.unshown:
        top += (f'<p class="info">{escape(t["ef_unshown"])} '
                + ", ".join(f"<code>{escape(key)}</code>" for key in view.unshown) + "</p>\n")
    disabled = "" if view.writable else " disabled"
    body = "".join(_setting(context, one, data, "", fields) for one in fields)
    return (
        f'<h2 id="event-form-title">{t["ef_title"]}</h2>\n<p>{t["ef_intro"]}</p>\n{top}'
        f'<form method="post" action="{escape(templates.link("/office/packages", lang))}"'
        ' class="event-form" novalidate aria-labelledby="event-form-title">\n'
        f'{templates.form_fields(viewer, lang)}{templates.hidden("form", "fields")}\n'
        f"{body}"
        f'<p class="buttons"><button type="submit" name="step" value="write"{disabled}>'
        f'{t["ef_submit"]}</button>\n'
        f'<button type="submit" name="step" value="refresh" class="quiet"'
        f' aria-describedby="refresh-hint">{t["ef_refresh"]}</button></p>\n'
        f'<p class="hint" id="refresh-hint">{t["ef_refresh_hint"]}</p>\n'
        f'<p class="muted">{t["ef_keys_note"]}</p>\n</form>\n')


def _setting(context: _Context, one: SettingField, table: Mapping[str, Any], concrete: str,
             siblings: tuple[SettingField, ...]) -> str:
    """One setting of ``table``; ``concrete`` is the key path of the table (``prompts[2].``)."""
    key = f"{concrete}{one.name}"
    value = table.get(one.name) if isinstance(table, Mapping) else None
    if one.kind == TABLE:
        return _table(context, one, value if isinstance(value, Mapping) else {}, key)
    if one.kind == ROWS:
        return _rows(context, one, value if isinstance(value, list) else [], key)
    if one.kind == CHOICE_LIST:
        return _choice_list(context, one, value, key)
    if one.kind == TRANSLATIONS:
        return _translations(context, one, value if isinstance(value, Mapping) else {}, key,
                             long_text(one, siblings))
    return _scalar(context, one, one.default if value is None else value, key)


def _problem(context: _Context, key: str, exact: bool = True) -> str:
    """The check's message when it names ``key`` (or, unless ``exact``, a part of it)."""
    named = context.view.problem_key
    if not named or not context.view.problem:
        return ""
    if named == key or (not exact and named.startswith(key) and named[len(key)] in "[."):
        return context.view.problem
    return ""


def _error(problem: str, element: str) -> tuple[str, str]:
    """The inline message (HTML) and the attributes tying it to its field."""
    if not problem:
        return "", ""
    return (f'<p class="field-error" id="e-{element}">{escape(problem)}</p>',
            ' aria-invalid="true"')


def _hint(context: _Context, one: SettingField, key: str, element: str) -> str:
    t = context.t
    parts = [f"<code>{escape(key)}</code>", f'<span lang="en">{escape(one.description)}</span>']
    if one.minimum is not None and one.maximum is not None:
        parts.append(escape(t["ef_range"].format(minimum=one.minimum, maximum=one.maximum)))
    if one.kind != BOOL and one.default not in (None, "", (), {}):
        parts.append(escape(t["ef_default"].format(value=_shown(one.default))))
    if one.required:
        parts.append(t["ef_required"])
    return f'<span class="hint" id="h-{element}">{" · ".join(parts)}</span>'


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def _described(element: str, problem: str) -> str:
    ids = f"h-{element}" + (f" e-{element}" if problem else "")
    return f' aria-describedby="{ids}"'


def _scalar(context: _Context, one: SettingField, value: Any, key: str) -> str:
    name = POSTED_AS.get(one.key, key)
    element = _id(name)
    if one.key == STATION_ID:
        value = context.view.station_id
    problem = _problem(context, key)
    error, invalid = _error(problem, element)
    attributes = f'id="{element}" name="{escape(name)}"{_described(element, problem)}{invalid}'
    label = escape(one.label)
    hint = _hint(context, one, key, element)
    if one.kind == BOOL:
        checked = " checked" if value is True else ""
        return (f'<div class="setting"><label><input type="checkbox" {attributes} value="1"'
                f"{checked}> {label}</label>{hint}{error}</div>\n")
    if one.kind == LONG_TEXT:
        control = (f'<textarea {attributes} rows="6" maxlength="{MAX_LONG_TEXT}">\n'
                   f"{escape(_shown(value))}</textarea>")
    elif one.kind == CHOICE:
        options = list(one.choices) + ([str(value)] if str(value) not in one.choices else [])
        control = f"<select {attributes}>" + "".join(
            f'<option value="{escape(option)}"{" selected" if option == str(value) else ""}>'
            f"{escape(option)}</option>" for option in options) + "</select>"
    else:
        control = f"<input {_input_type(one, value)}{attributes} value=\"{escape(_shown(value))}\">"
    return (f'<div class="setting"><label for="{element}">{label}</label>\n{control}\n'
            f"{hint}{error}</div>\n")


def _input_type(one: SettingField, value: Any) -> str:
    """Numbers and days get their own input while the value is one (a value typed wrong
    stays a text, as it was typed)."""
    if one.kind == NUMBER and (value in (None, "") or isinstance(value, int)):
        bounds = "".join(f' {name}="{limit}"' for name, limit in
                         (("min", one.minimum), ("max", one.maximum)) if limit is not None)
        return f'type="number" step="1" inputmode="numeric"{bounds} '
    if one.kind == DATE and (value in (None, "") or isinstance(value, dt.date)):
        return 'type="date" '
    spelling = ' spellcheck="false" autocomplete="off"' if one.rules.get("id") else ""
    return f'type="text" maxlength="{MAX_TEXT}"{spelling} '


def _table(context: _Context, one: SettingField, value: Mapping[str, Any], key: str) -> str:
    inner = "".join(_setting(context, child, value, f"{key}.", one.children)
                    for child in one.children)
    if one.key == "station":
        inner += _package_fields(context)
    return (f'<fieldset><legend>{escape(one.label)}</legend>\n'
            f'<p class="hint"><code>[{escape(key)}]</code> · <span lang="en">'
            f"{escape(one.description)}</span></p>\n{inner}</fieldset>\n")


def _package_fields(context: _Context) -> str:
    """The package's own fields beside the station's: the collector's address as the
    station reaches it, and new keys for a station already enrolled."""
    t, view = context.t, context.view
    problem = view.problem if view.problem_key == "url" else ""
    error, invalid = _error(problem, "f-url")
    described = ' aria-describedby="e-f-url"' if error else ""
    checked = " checked" if view.new_keys else ""
    return (f'<div class="setting"><label for="f-url">{t["ef_url"]}</label>\n'
            f'<input id="f-url" name="url" type="url" value="{escape(view.url)}"'
            f' maxlength="{MAX_TEXT}"{invalid}{described}>'
            f"{error}</div>\n"
            f'<div class="setting"><label><input type="checkbox" name="new_keys" value="1"'
            f'{checked}> {t["ef_new_keys"]}</label></div>\n')


def _rows(context: _Context, one: SettingField, rows: list[Any], key: str) -> str:
    t = context.t
    problem = _problem(context, key)
    element = _id(key)
    error, invalid = _error(problem, element)
    shown = [row if isinstance(row, Mapping) else {} for row in rows]
    parts = []
    for index, row in enumerate([*shown, *([{}] * EXTRA_ROWS)]):
        words = "ef_new_row" if index >= len(shown) else "ef_row"
        legend = t[words].format(row=one.row_label, number=index + 1)
        inner = "".join(_setting(context, child, row, f"{key}[{index}].", one.children)
                        for child in one.children)
        parts.append(f'<fieldset class="row"><legend>{escape(legend)}</legend>\n{inner}'
                     "</fieldset>\n")
    return (f'<fieldset id="{element}"{invalid}{_described(element, problem)}>'
            f'<legend>{escape(one.label)}</legend>\n'
            f'<p class="hint" id="h-{element}"><code>[[{escape(key)}]]</code> · '
            f'<span lang="en">{escape(one.description)}</span> · {t["ef_rows_hint"]}</p>\n'
            f"{error}{''.join(parts)}</fieldset>\n")


def _choice_list(context: _Context, one: SettingField, value: Any, key: str) -> str:
    chosen = [code for code in (value if isinstance(value, list) else list(one.default or ()))
              if isinstance(code, str)]
    problem = _problem(context, key, exact=False)
    element = _id(key)
    error, invalid = _error(problem, element)
    codes = list(dict.fromkeys([*chosen, *one.choices]))
    boxes = "".join(
        f'<label><input type="checkbox" name="{escape(key)}" value="{escape(code)}"'
        f'{" checked" if code in chosen else ""}> {escape(language_name(code))}</label>'
        for code in codes)
    return (f'<fieldset id="{element}"{invalid}{_described(element, problem)}>'
            f"<legend>{escape(one.label)}</legend>\n"
            f'<div class="choices">{boxes}</div>\n'
            f'{_hint(context, one, key, element)}'
            f'<p class="hint">{context.t["ef_languages_hint"]}</p>{error}</fieldset>\n')


def _translations(context: _Context, one: SettingField, table: Mapping[str, Any], key: str,
                  long: bool) -> str:
    t = context.t
    inputs = []
    opened = False
    for code in context.languages:
        name = f"{key}.{code}"
        element = _id(name)
        problem = _problem(context, name)
        opened = opened or bool(problem)
        error, invalid = _error(problem, element)
        value = table.get(code, "")
        words = escape(value if isinstance(value, str) else "")
        lang = "de" if code == "ls" else code
        direction = "rtl" if code in RIGHT_TO_LEFT else "auto"
        attributes = (f'id="{element}" name="{escape(name)}" lang="{escape(lang)}" '
                      f'dir="{direction}"{invalid}'
                      + (f' aria-describedby="e-{element}"' if problem else ""))
        control = (f"<textarea {attributes} rows=\"4\" maxlength=\"{MAX_LONG_TEXT}\">\n"
                   f"{words}</textarea>" if long else
                   f'<input type="text" {attributes} maxlength="{MAX_TEXT}" value="{words}">')
        inputs.append(f'<div class="setting"><label for="{element}">'
                      f"{escape(language_name(code))}</label>\n{control}{error}</div>")
    done = sum(1 for code in context.languages if str(table.get(code, "")).strip())
    summary = t["ef_translated"].format(label=one.label, done=done,
                                        total=len(context.languages))
    opened = opened or (_problem(context, key, exact=False) != "")
    return (f'<details class="translations"{" open" if opened else ""}>'
            f"<summary>{escape(summary)}</summary>\n"
            f'<div role="group" aria-label="{escape(one.label)}">'
            f'<p class="hint"><code>{escape(key)}</code> · <span lang="en">'
            f'{escape(one.description)}</span></p>\n'
            f'<div class="lang-grid">{"".join(inputs)}</div></div></details>\n')
