"""A station configuration's settings described as plain data, for a form that edits them.

The station declares its settings once (``station_app/config.py``); ``station_app/
config_form.py`` turns that declaration into ``SettingField`` values, and the collector's
office builds its event form from them without importing any station code. Nothing here
validates: the form's result goes back through the station's own check.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

TEXT = "text"
"""One line of text."""
LONG_TEXT = "long_text"
"""Text over several lines (a consent text, a privacy notice)."""
NUMBER = "number"
"""A whole number, within ``minimum`` and ``maximum`` when they are set."""
BOOL = "bool"
DATE = "date"
"""A day, ``YYYY-MM-DD``."""
CHOICE = "choice"
"""One of ``choices``."""
CHOICE_LIST = "choice_list"
"""An ordered list of codes, ``choices`` the known ones (the kiosk's languages)."""
TRANSLATIONS = "translations"
"""A table language code → text, the translations of the sibling named ``translates``."""
TABLE = "table"
"""A table of settings: ``children``."""
ROWS = "rows"
"""An array of tables, each with the settings ``children`` (prompts, topics …)."""
KINDS = (TEXT, LONG_TEXT, NUMBER, BOOL, DATE, CHOICE, CHOICE_LIST, TRANSLATIONS, TABLE, ROWS)


@dataclass(frozen=True)
class SettingField:
    """One setting as a form shows it.

    ``key`` is its path as the schema's messages name it, ``[]`` standing for a row's
    index (``prompts[].label``); ``name`` is its own key inside its table.
    """

    key: str
    name: str
    kind: str
    label: str
    """Its short German name, for the form's label."""
    description: str
    """The schema's own description of the setting."""
    default: Any = None
    """The value without a setting (``None``: required, no default)."""
    required: bool = False
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    translates: str = ""
    """For ``TRANSLATIONS``: the name of the German text it translates."""
    english: str = ""
    """For ``TRANSLATIONS``: an older sibling with the English text (``consent_text_en``),
    which the table's ``en`` entry replaces."""
    rules: Mapping[str, Any] = field(default_factory=dict)
    """The schema's validation rules as declared (``non_empty``, ``id``, ``url_template`` …)."""
    children: tuple[SettingField, ...] = ()
    row_label: str = ""
    """For ``ROWS``: what one row is called (``Frage``)."""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} of {self.key}")

    def child(self, name: str) -> SettingField | None:
        return next((one for one in self.children if one.name == name), None)


def walk(fields: tuple[SettingField, ...]) -> Iterator[SettingField]:
    """Every field, tables' and rows' children after their parent."""
    for one in fields:
        yield one
        yield from walk(one.children)
