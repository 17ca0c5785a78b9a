"""The event form's values: from a template configuration, from a posted form, to TOML.

The form edits a configuration as the station's schema describes it (``OfficeSettings.
setting_fields``, ``protocol/setting_fields.py``); its state is the configuration itself, a
nested ``dict`` as ``tomllib`` reads it. A template's configuration fills it; a posted form
becomes one again – rows without id and label left out, empty translations left out, a
number or a date that is not one kept as the text typed, so the station's check names the
setting and the form shows the value again as it was typed. ``toml_text`` writes it for
``check_config`` and ``write_package``.

The fields are named after the settings' key paths (``event.name``, ``prompts[0].label``,
``prompts[0].translations.en``), the station's id as the packages form names it
(``station_id``).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from station_app.collector.office.toml_writer import dumps
from station_app.protocol.setting_fields import (
    BOOL,
    CHOICE_LIST,
    DATE,
    LONG_TEXT,
    NUMBER,
    ROWS,
    TABLE,
    TRANSLATIONS,
    SettingField,
    walk,
)

GERMAN = "de"
"""The language of every configured text itself: it has no translation input."""
STATION_ID = "station.id"
"""The setting the packages form's own station id field fills."""
POSTED_AS = {STATION_ID: "station_id"}
MAX_ROWS = 200
"""Rows of one list a posted form may have (a higher index is not read)."""
_CODE = re.compile(r"[a-z]{2,3}")
_WHOLE = re.compile(r"[+-]?\d{1,18}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRUE = ("1", "on", "true", "yes")

Form = dict[str, list[str]]
"""A posted form: every value of every field name, in order."""


def template_values(config_toml: str, fields: tuple[SettingField, ...]) -> dict[str, Any]:
    """A template's configuration as the form's state: its TOML read, each older ``…_en``
    text moved into its translation table (whose own ``en`` wins, as at the station).
    A template that is no TOML at all gives an empty form."""
    try:
        data = tomllib.loads(config_toml)
    except tomllib.TOMLDecodeError:
        return {}
    _fold_english(data, fields)
    return data


def _fold_english(table: dict[str, Any], fields: tuple[SettingField, ...]) -> None:
    for one in fields:
        value = table.get(one.name)
        if one.kind == TABLE and isinstance(value, dict):
            _fold_english(value, one.children)
        elif one.kind == ROWS and isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    _fold_english(row, one.children)
        elif one.kind == TRANSLATIONS and one.english and one.english in table:
            english = table.pop(one.english)
            translations = value if isinstance(value, dict) else {}
            if isinstance(english, str) and english.strip() and "en" not in translations:
                table[one.name] = {"en": english, **translations}


def unshown(data: Mapping[str, Any], fields: tuple[SettingField, ...],
            prefix: str = "") -> list[str]:
    """The settings of ``data`` with a value that the form has no field for (the package
    fills them, or another list's setting): a package written from the form leaves them
    out."""
    found: list[str] = []
    by_name = {one.name: one for one in fields}
    for name, value in data.items():
        key = f"{prefix}{name}"
        one = by_name.get(name)
        if one is None:
            if value not in ("", [], {}, None):
                found.append(key)
        elif one.kind == TABLE and isinstance(value, Mapping):
            found.extend(unshown(value, one.children, f"{key}."))
        elif one.kind == ROWS and isinstance(value, list):
            for i, row in enumerate(value):
                if isinstance(row, Mapping):
                    found.extend(unshown(row, one.children, f"{key}[{i}]."))
    return found


def languages_field(fields: tuple[SettingField, ...]) -> SettingField | None:
    """The setting that lists the station's languages (``kiosk.languages``)."""
    return next((one for one in walk(fields)
                 if one.kind == CHOICE_LIST and one.rules.get("languages")), None)


def value_at(data: Mapping[str, Any], key: str) -> Any:
    """The value at a dotted key path without rows (``kiosk.languages``), or None."""
    current: Any = data
    for part in key.split("."):
        if not isinstance(current, Mapping) or part not in current:
            return None
        current = current[part]
    return current


def offered_languages(data: Mapping[str, Any], fields: tuple[SettingField, ...]) -> list[str]:
    """The languages the event offers, in its order (the setting's default without one)."""
    setting = languages_field(fields)
    if setting is None:
        return []
    value = value_at(data, setting.key)
    if not isinstance(value, list):
        value = list(setting.default or ())
    return [code for code in dict.fromkeys(value) if isinstance(code, str)]


def translation_languages(data: Mapping[str, Any], fields: tuple[SettingField, ...]
                          ) -> list[str]:
    """The languages every translatable text gets an input for: those the event offers,
    then those any text already has a translation in (kept ready, as at the station);
    German never (it is the text itself)."""
    setting = languages_field(fields)
    known = setting.choices if setting is not None else ()
    used: set[str] = set()
    _collect_languages(data, fields, used)
    ready = [code for code in known if code in used]
    others = sorted(used - set(known))
    return [code for code in dict.fromkeys([*offered_languages(data, fields), *ready, *others])
            if code != GERMAN and _CODE.fullmatch(code)]


def _collect_languages(table: Any, fields: tuple[SettingField, ...], used: set[str]) -> None:
    if not isinstance(table, Mapping):
        return
    for one in fields:
        value = table.get(one.name)
        if one.kind == TABLE:
            _collect_languages(value, one.children, used)
        elif one.kind == ROWS and isinstance(value, list):
            for row in value:
                _collect_languages(row, one.children, used)
        elif one.kind == TRANSLATIONS and isinstance(value, Mapping):
            used.update(code for code in value if isinstance(code, str))


def posted_values(form: Form, fields: tuple[SettingField, ...]) -> dict[str, Any]:
    """The configuration a posted event form describes (see the module)."""
    return _posted_table(form, fields, "", "")


def _first(form: Form, name: str) -> str | None:
    values = form.get(name)
    return values[0] if values else None


def _posted_table(form: Form, fields: tuple[SettingField, ...], prefix: str,
                  concrete: str) -> dict[str, Any]:
    """``prefix`` is the fields' key path (``prompts[].``), ``concrete`` the posted names'
    (``prompts[3].``)."""
    table: dict[str, Any] = {}
    for one in fields:
        name = POSTED_AS.get(one.key, f"{concrete}{one.name}")
        if one.kind == TABLE:
            table[one.name] = _posted_table(form, one.children, f"{one.key}.", f"{name}.")
        elif one.kind == ROWS:
            table[one.name] = _posted_rows(form, one, name)
        elif one.kind == CHOICE_LIST:
            table[one.name] = [code for code in dict.fromkeys(
                value.strip() for value in form.get(name, [])) if code]
        elif one.kind == TRANSLATIONS:
            table[one.name] = _posted_translations(form, name, long_text(one, fields))
        elif one.kind == BOOL:
            table[one.name] = (_first(form, name) or "").strip().lower() in _TRUE
        else:
            value = _first(form, name)
            if value is not None:
                table[one.name] = _scalar(one, value)
    return table


def _posted_rows(form: Form, rows: SettingField, name: str) -> list[dict[str, Any]]:
    pattern = re.compile(re.escape(name) + r"\[(\d{1,3})\]\.")
    indices = sorted({int(match.group(1)) for field_name in form
                      if (match := pattern.match(field_name))})
    found = []
    for index in indices[:MAX_ROWS]:
        row = _posted_table(form, rows.children, f"{rows.key}[].", f"{name}[{index}].")
        if str(row.get("id", "")).strip() or str(row.get("label", "")).strip():
            found.append(row)
    return found


def _posted_translations(form: Form, name: str, long: bool) -> dict[str, str]:
    table: dict[str, str] = {}
    for field_name, values in form.items():
        code = field_name.removeprefix(f"{name}.")
        if code == field_name or not _CODE.fullmatch(code) or not values:
            continue
        text = _text(values[0], long=long)
        if text.strip():
            table[code] = text
    return table


def long_text(translations: SettingField, siblings: tuple[SettingField, ...]) -> bool:
    """Whether a translation table's texts take several lines: its German text's do."""
    german = next((one for one in siblings if one.name == translations.translates), None)
    return german is not None and german.kind == LONG_TEXT


def _text(value: str, *, long: bool) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value if long else value.strip()


def _scalar(one: SettingField, value: str) -> Any:
    if one.kind == NUMBER:
        text = value.strip()
        return int(text) if _WHOLE.fullmatch(text) else text
    if one.kind == DATE:
        text = value.strip()
        if _DAY.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                return text
        return text
    return _text(value, long=one.kind == LONG_TEXT)


def toml_text(data: Mapping[str, Any]) -> str:
    """The form's configuration as the TOML text a station reads."""
    return dumps(data)
