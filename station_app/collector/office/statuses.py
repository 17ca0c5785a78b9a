"""The public statuses a card goes through, and their names in German and English.

The city may name its own steps in a TOML file (``collector serve --statuses FILE``)::

    [[status]]
    key = "received"
    de = "Eingegangen"
    en = "Received"

    [[status]]
    key = "in_progress"
    de = "In Bearbeitung"
    en = "Being considered"

The first step is always ``received`` (every card starts there when it arrives);
``withdrawn`` is not a step staff choose: only the card's holder withdraws a card.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from station_app.collector.office.card_index import RECEIVED, WITHDRAWN
from station_app.errors import UserError

MAX_STATUSES = 20
_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class Status:
    """One step: its key (stored) and its name per language."""

    key: str
    de: str
    en: str

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.de


WITHDRAWN_STATUS = Status(WITHDRAWN, "Zurückgezogen", "Withdrawn")

DEFAULT_STATUSES = (
    Status(RECEIVED, "Eingegangen", "Received"),
    Status("in_progress", "In Bearbeitung", "Being considered"),
    Status("adopted", "Aufgenommen", "Taken up"),
    Status("in_strategy", "In die Stadtstrategie eingeflossen",
           "Included in the city strategy"),
    Status("not_pursued", "Nicht weiterverfolgt", "Not pursued"),
)


@dataclass(frozen=True)
class StatusCatalogue:
    """The steps staff may set, in their order, plus the built-in ``withdrawn``."""

    steps: tuple[Status, ...] = DEFAULT_STATUSES

    def __post_init__(self) -> None:
        keys = [status.key for status in self.steps]
        if not keys or keys[0] != RECEIVED:
            raise UserError(f"the first status must be {RECEIVED!r} (every card starts there)")
        if WITHDRAWN in keys:
            raise UserError(f"{WITHDRAWN!r} is not a status staff can set; leave it out")
        if len(set(keys)) != len(keys):
            raise UserError("every status needs its own key")

    def __contains__(self, key: object) -> bool:
        return any(status.key == key for status in self.steps)

    def label(self, key: str, lang: str) -> str:
        """The name of a stored status; a key no longer configured is shown as it is."""
        if key == WITHDRAWN:
            return WITHDRAWN_STATUS.label(lang)
        for status in self.steps:
            if status.key == key:
                return status.label(lang)
        return key


def load_statuses(path: Path) -> StatusCatalogue:
    """The catalogue of a TOML file; ``UserError`` naming what is wrong, and where."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"{path}: cannot read the statuses ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise UserError(f"{path}: not a valid TOML file ({error})") from None
    entries = data.get("status")
    if not isinstance(entries, list) or not entries:
        raise UserError(f"{path}: no [[status]] entries")
    if len(entries) > MAX_STATUSES:
        raise UserError(f"{path}: at most {MAX_STATUSES} statuses")
    steps = []
    for number, entry in enumerate(entries, 1):
        where = f"{path}: status {number}"
        if not isinstance(entry, dict):
            raise UserError(f"{where} is not a table")
        key, de, en = entry.get("key"), entry.get("de"), entry.get("en")
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise UserError(f"{where}: 'key' must be lower-case letters, digits or _ "
                            "(e.g. in_progress)")
        for lang, label in (("de", de), ("en", en)):
            if not isinstance(label, str) or not label.strip() or len(label) > 80:
                raise UserError(f"{where} ({key}): {lang!r} must name it in 1–80 characters")
        steps.append(Status(key, de.strip(), en.strip()))
    try:
        return StatusCatalogue(tuple(steps))
    except UserError as error:
        raise UserError(f"{path}: {error}") from None
