"""Writing a station configuration as TOML text (the standard library only reads TOML).

Enough of TOML 1.0 for a configuration: strings, whole numbers, booleans, dates, arrays of
those, tables, arrays of tables, and inline tables for a table of plain values inside
another table (a translation table: ``translations = { en = "…", tr = "…" }``). Strings are
basic strings with every character TOML does not allow as it is escaped – quotes,
backslashes, control characters –; one with line breaks outside an inline table is a
multi-line string, so a privacy notice stays readable. Anything else (a float, a time, a
table inside an array of plain values) is a ``TypeError``: the form never makes one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def dumps(document: Mapping[str, Any]) -> str:
    """``document`` (string keys; values as above) as TOML text."""
    lines: list[str] = []
    _table(lines, (), document, top=True)
    return "\n".join(lines).strip("\n") + "\n"


def key_text(key: str) -> str:
    """A key as TOML writes it: bare when it can be, else a quoted string."""
    if not isinstance(key, str):
        raise TypeError(f"a TOML key must be a string, not {type(key).__name__}")
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _path(path: tuple[str, ...]) -> str:
    return ".".join(key_text(part) for part in path)


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list | tuple) and bool(value) and all(
        isinstance(item, Mapping) for item in value)


def _inline_ok(value: Mapping[str, Any]) -> bool:
    """A table of plain values (and arrays of them) goes inline."""
    return all(not isinstance(item, Mapping) and not _is_table_array(item)
               for item in value.values())


def _table(lines: list[str], path: tuple[str, ...], table: Mapping[str, Any], *,
           top: bool = False) -> None:
    nested: list[tuple[str, Mapping[str, Any]]] = []
    arrays: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in table.items():
        if isinstance(value, Mapping) and (top or not _inline_ok(value)):
            nested.append((key, value))
        elif _is_table_array(value):
            arrays.append((key, list(value)))
        else:
            lines.append(f"{key_text(key)} = {_value(value, inline=False)}")
    for key, value in nested:
        lines.extend(["", f"[{_path((*path, key))}]"])
        _table(lines, (*path, key), value)
    for key, rows in arrays:
        for row in rows:
            lines.extend(["", f"[[{_path((*path, key))}]]"])
            _table(lines, (*path, key), row)


def _value(value: Any, *, inline: bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value) if inline or "\n" not in value else _multiline(value)
    if isinstance(value, dt.datetime):
        raise TypeError("a configuration holds dates, not times")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        if not _inline_ok(value):
            raise TypeError("an inline table holds plain values only")
        items = ", ".join(f"{key_text(key)} = {_value(item, inline=True)}"
                          for key, item in value.items())
        return f"{{ {items} }}" if items else "{}"
    if isinstance(value, list | tuple):
        if any(isinstance(item, Mapping) for item in value):
            raise TypeError("an array mixes tables and plain values")
        return "[" + ", ".join(_value(item, inline=True) for item in value) + "]"
    raise TypeError(f"no TOML value for {type(value).__name__}")


def _escaped(character: str) -> str:
    if character in _ESCAPES:
        return _ESCAPES[character]
    code = ord(character)
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04X}"
    return character


def _string(text: str) -> str:
    return '"' + "".join(_escaped(character) for character in text) + '"'


def _multiline(text: str) -> str:
    """A multi-line basic string: line breaks as they are, everything else escaped (every
    quote too, so no run of three ends it early)."""
    body = "".join("\n" if character == "\n" else _escaped(character) for character in text)
    return f'"""\n{body}"""'
