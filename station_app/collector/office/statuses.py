"""The public statuses a card goes through, and their names in the public pages' nine
languages (the office shows German and English).

The city may name its own steps in a TOML file (``collector serve --statuses FILE``);
``de`` and ``en`` are needed, the other languages of the follow-up page (``tr``, ``ar``,
``pl``, ``ro``, ``bg``, ``uk``, ``ru``) may be given beside them, and a language left out
is shown in English (then German)::

    [[status]]
    key = "received"
    de = "Eingegangen"
    en = "Received"
    tr = "Alındı"

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
MORE_LANGUAGES = ("tr", "ar", "pl", "ro", "bg", "uk", "ru")
"""The follow-up page's languages besides German and English (``pages.LANGUAGES``)."""


@dataclass(frozen=True)
class Status:
    """One step: its key (stored) and its name per language: German, English, and
    (``more``) the other languages that name it, as (language, name) pairs."""

    key: str
    de: str
    en: str
    more: tuple[tuple[str, str], ...] = ()

    def label(self, lang: str) -> str:
        """The name in ``lang``; else in English; else in German."""
        if lang == "de":
            return self.de
        if lang != "en":
            for code, name in self.more:
                if code == lang:
                    return name
        return self.en or self.de


def _named(key: str, de: str, en: str, *more: str) -> Status:
    """A built-in step named in all nine languages (``more`` in ``MORE_LANGUAGES``' order)."""
    return Status(key, de, en, tuple(zip(MORE_LANGUAGES, more, strict=True)))


WITHDRAWN_STATUS = _named(WITHDRAWN, "Zurückgezogen", "Withdrawn", "Geri çekildi",
                          "تم السحب", "Wycofana", "Retrasă", "Оттеглена", "Відкликана",
                          "Отозвана")

DEFAULT_STATUSES = (
    _named(RECEIVED, "Eingegangen", "Received", "Alındı", "تم الاستلام", "Wpłynęła",
           "Primită", "Получена", "Надійшла", "Поступила"),
    _named("in_progress", "In Bearbeitung", "Being considered", "İnceleniyor",
           "قيد الدراسة", "W trakcie rozpatrywania", "În curs de analiză",
           "В процес на разглеждане", "Розглядається", "Рассматривается"),
    _named("adopted", "Aufgenommen", "Taken up", "Dikkate alındı", "تم الأخذ بها",
           "Przyjęta", "Preluată", "Приета", "Врахована", "Учтена"),
    _named("in_strategy", "In die Stadtstrategie eingeflossen",
           "Included in the city strategy", "Kent stratejisine dahil edildi",
           "أُدرجت في استراتيجية المدينة", "Włączona do strategii miasta",
           "Inclusă în strategia orașului", "Включена в стратегията на града",
           "Включена до стратегії міста", "Включена в стратегию города"),
    _named("not_pursued", "Nicht weiterverfolgt", "Not pursued", "Başka işlem yapılmayacak",
           "لن تتم متابعتها", "Bez dalszych działań", "Fără alte demersuri",
           "Без по-нататъшни действия", "Без подальших дій", "Без дальнейших действий"),
)
"""The steps of a collector without a statuses file. The names describe the card
("Karte", "kart", "بطاقة", "karta", "fișă", "карта", "картка", "карточка": feminine where
the language has genders)."""


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
        more = []
        for lang in MORE_LANGUAGES:
            label = entry.get(lang)
            if label is None:
                continue
            if not isinstance(label, str) or not label.strip() or len(label) > 80:
                raise UserError(f"{where} ({key}): {lang!r} must name it in 1–80 characters "
                                "(or be left out: then it is shown in English)")
            more.append((lang, label.strip()))
        steps.append(Status(key, de.strip(), en.strip(), tuple(more)))
    try:
        return StatusCatalogue(tuple(steps))
    except UserError as error:
        raise UserError(f"{path}: {error}") from None
