"""Station configuration: one TOML file per station, validated before anything starts.

Every setting is declared once below, as a dataclass field with its type, default and a
description in ``metadata``. The loader walks those declarations, so an unknown key, a wrong
type or an empty label is reported with the file, the key path and the problem, e.g.
``stadtkonferenz.toml: topics[2].label: must not be empty``.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import functools
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_app.errors import ConfigError
from station_app.protocol.identifiers import ID_PATTERN

LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}$")
PAPER_SIZES = ("80mm", "58mm", "a6")
GERMAN = "de"
"""The language of every configured text itself; translations are for the others."""
EASY_GERMAN = "ls"
"""Leichte Sprache, German easy-to-read (BITV 2.0). Not an ISO 639 code – ISO has none for
easy-to-read German – but a UI language of the kiosk like the others: its own catalogue
(``station_ls.ts``) and its own texts in every translation table (``ls = '…'``); German in
everything else (plural rules, keyboard, dates: ``station_app.qml.language.locale_name``)."""
KIOSK_LANGUAGES = ("de", "ls", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru")
"""The languages the kiosk ships catalogues for. A translation in one of them is kept ready
even while ``kiosk.languages`` does not offer it yet; any other language must be offered."""
PICTOGRAM_SUFFIXES = (".svg", ".png")


settings_table = dataclass(frozen=True, repr=False)
"""How a table of settings is declared: immutable, compared by value. No generated repr:
the kiosk builds these classes before its first frame and nobody prints them."""


def setting(description: str, default: Any = dataclasses.MISSING, **rules: Any) -> Any:
    """Declare a setting: its description, default and validation rules in one place."""
    metadata = {"description": description, **rules}
    if isinstance(default, list | dict):
        return field(default_factory=lambda: type(default)(default), metadata=metadata)
    return field(default=default, metadata=metadata)


@settings_table
class Event:
    """The participation event the station serves, e.g. a Stadtkonferenz."""

    name: str = setting("Name shown on the start screen and the receipt", non_empty=True)
    date: dt.date = setting("Day of the event (YYYY-MM-DD)")
    venue: str = setting("Where the event takes place", "", )


@settings_table
class StationInfo:
    """This device: a stable id (used in card codes' batches) and a display name."""

    id: str = setting("Stable station id, lower case letters, digits, - and _", id=True)
    name: str = setting("Name shown to facilitators and on receipts", non_empty=True)


@settings_table
class Choice:
    """A prompt, topic, district or age group: a stable id, a German label, translations."""

    id: str = setting("Stable id; cards refer to it, so never reuse it for something else", id=True)
    label: str = setting("German label", non_empty=True)
    translations: dict[str, str] = setting("Label per language code, e.g. en = '…'", {},
                                           translates="label")
    example: str = setting("Placeholder example for the writing screen (prompts only)", "")
    example_translations: dict[str, str] = setting(
        "Example per language code, e.g. en = 'For example: …' (prompts only)", {},
        translates="example")
    pictogram: str = setting("Pictogram file inside resources/ shown on the choice's tile "
                             "(topics), e.g. 'pictograms/wohnen.svg'; empty for none", "",
                             pictogram=True)

    def label_for(self, language: str) -> str:
        """The label in ``language``, falling back to German."""
        return self.translations.get(language) or self.label

    def example_for(self, language: str) -> str:
        """The writing screen's example in ``language``, falling back to German ('' if none)."""
        return self.example_translations.get(language) or self.example


@settings_table
class Kiosk:
    """How the attendee flow behaves."""

    languages: list[str] = setting("UI languages offered, first is the default; 'ls' is "
                                   "Leichte Sprache (German easy-to-read)", ["de", "en"],
                                   languages=True, non_empty=True)
    inactivity_seconds: int = setting("Idle time before the warning; 0 turns it off (WCAG 2.2.1)",
                                      120, minimum=0, maximum=3600)
    warning_seconds: int = setting("Countdown shown before the draft is discarded", 30,
                                   minimum=20, maximum=600)
    dashboard_inactivity_seconds: int = setting(
        "Idle time in the facilitator dashboard before its warning; 0 turns it off", 600,
        minimum=0, maximum=7200)
    thank_you_seconds: int = setting("Thank-you screen time before returning to start", 30,
                                     minimum=5, maximum=600)
    max_text_length: int = setting("Longest card text in characters", 1000,
                                   minimum=50, maximum=5000)
    allow_other_topic: bool = setting("Offer 'Anderes Thema' beside the configured topics", True)
    ask_details: bool = setting("Offer the optional district and age group step", True)


@settings_table
class FollowUp:
    """Where the receipt's QR code leads."""

    url_template: str = setting("Follow-up URL; {code} required, {station} and {event} allowed",
                                "http://127.0.0.1:8787/k/{code}", url_template=True)
    participation_url: str = setting("The city's online participation portal", "")


@settings_table
class Receipt:
    """The printed slip."""

    paper: str = setting("Paper: 80mm or 58mm roll, or a6", "80mm", choices=PAPER_SIZES)
    show_text: bool = setting("Print the beginning of the card text", True)
    title: str = setting("Heading on the receipt", "Ihre Beteiligungskarte")
    title_translations: dict[str, str] = setting("Heading per language code, e.g. en = '…'", {},
                                                 translates="title")
    next_steps: str = setting("'So geht es weiter' text", "")
    next_steps_translations: dict[str, str] = setting("'So geht es weiter' per language code",
                                                      {}, translates="next_steps")
    logo: str = setting("Logo file inside resources/ (empty for none)", "")


@settings_table
class Report:
    """The PDF session report a city hands to its council."""

    logo: str = setting("Logo file inside resources/ for the title page (empty for none)", "")


@settings_table
class Printer:
    """The receipt printer."""

    name: str = setting("Printer (CUPS queue) name; empty for the system default", "")
    enabled: bool = setting("Print a receipt after each card", True)
    max_attempts: int = setting("Tries per receipt before the job is marked failed", 3,
                                minimum=1, maximum=20)


@settings_table
class Sync:
    """Sending sealed batches to the collector (Sammelstelle)."""

    collector_url: str = setting("Collector base URL; empty means USB stick only", "")
    interval_seconds: int = setting("Pause between upload attempts when idle", 300,
                                    minimum=5, maximum=86400)
    live: bool = setting(
        "Live wall at the venue: look for new cards twice a second and upload each one at "
        "once (within seconds of 'Karte abgeben'), and retry a lost collector within five "
        "seconds; for a collector on the venue's own network (the hub)", False)
    enrolment_file: str = setting("Enrolment file from 'collector add-station' (keys, URL)", "")
    batch_size: int = setting("Most cards in one batch", 500, minimum=1, maximum=10000)


@settings_table
class Contact:
    """The optional Mitmachpool e-mail opt-in."""

    enabled: bool = setting("Offer the Mitmachpool step (needs collector_public_key)", True)
    collector_public_key: str = setting("Collector's public key (base64) for sealing; "
                                        "empty hides the step", "", public_key=True)
    consent_text: str = setting("Consent text shown beside the checkbox",
                                "Ich möchte in den Mitmachpool aufgenommen werden.")
    consent_text_en: str = setting("English consent text: the same as "
                                   "consent_text_translations.en, which wins when both are set",
                                   "")
    consent_text_translations: dict[str, str] = setting(
        "Consent text per language code, e.g. tr = '…'; a new version of the text needs a new "
        "consent_version", {}, translates="consent_text", english="consent_text_en")
    consent_version: str = setting("Version of the consent text, stored with each consent",
                                   "1", non_empty=True)
    privacy_notice: str = setting(
        "Privacy notice (DSGVO Art. 13: who collects, why, how long, the rights, whom to "
        "contact), readable on the Mitmachpool step", "")
    privacy_notice_en: str = setting("English privacy notice: the same as "
                                     "privacy_notice_translations.en, which wins when both "
                                     "are set", "")
    privacy_notice_translations: dict[str, str] = setting(
        "Privacy notice per language code, e.g. tr = '…' (a legal text: have each "
        "translation checked before an event)", {}, translates="privacy_notice",
        english="privacy_notice_en")

    def consent_texts(self) -> dict[str, str]:
        """The consent text's translations, ``consent_text_en`` as the ``en`` entry."""
        return _with_english(self.consent_text_translations, self.consent_text_en)

    def consent_text_for(self, language: str) -> str:
        """The consent text in ``language``, falling back to German."""
        return self.consent_texts().get(language) or self.consent_text

    def privacy_notices(self) -> dict[str, str]:
        """The privacy notice's translations, ``privacy_notice_en`` as the ``en`` entry."""
        return _with_english(self.privacy_notice_translations, self.privacy_notice_en)

    def privacy_notice_for(self, language: str) -> str:
        """The privacy notice in ``language``, falling back to German ('' when none is set)."""
        return (self.privacy_notices().get(language) or self.privacy_notice).strip()


def _with_english(translations: dict[str, str], english: str) -> dict[str, str]:
    """A translation table with the older ``…_en`` setting as its ``en`` entry (the table's
    own ``en`` wins)."""
    if not english.strip() or "en" in translations:
        return translations
    return {"en": english, **translations}


@settings_table
class StationConfig:
    """A whole station: what the kiosk asks, how it prints and where it syncs."""

    event: Event = setting("The event")
    station: StationInfo = setting("This device")
    prompts: list[Choice] = setting("Questions (Frage / Impuls)", non_empty=True, unique_ids=True)
    topics: list[Choice] = setting("Topic fields (Themenfelder)", non_empty=True, unique_ids=True)
    districts: list[Choice] = setting("City districts (optional for attendees); place names, "
                                      "so translations are optional", [], unique_ids=True,
                                      place_names=True)
    age_groups: list[Choice] = setting("Age groups (optional for attendees)", [],
                                       unique_ids=True)
    kiosk: Kiosk = setting("Attendee flow", None)
    followup: FollowUp = setting("QR follow-up", None)
    receipt: Receipt = setting("Receipt", None)
    report: Report = setting("PDF report", None)
    printer: Printer = setting("Printer", None)
    sync: Sync = setting("Sync", None)
    contact: Contact = setting("Mitmachpool", None)
    source: Path = field(default=Path("<memory>"), compare=False, repr=False,
                         metadata={"internal": True})

    def prompt(self, prompt_id: str) -> Choice | None:
        return _by_id(self.prompts, prompt_id)

    def topic(self, topic_id: str) -> Choice | None:
        return _by_id(self.topics, topic_id)

    def district(self, district_id: str) -> Choice | None:
        return _by_id(self.districts, district_id)

    def age_group(self, age_group_id: str) -> Choice | None:
        return _by_id(self.age_groups, age_group_id)


def _by_id(choices: list[Choice], wanted: str) -> Choice | None:
    return next((choice for choice in choices if choice.id == wanted), None)


OTHER_TOPIC_ID = "anderes"
"""The topic id of the kiosk's 'Anderes Thema' tile; never configured, always accepted."""


def load_config(path: Path) -> StationConfig:
    """Read and validate a station file; raises ``ConfigError`` naming file, key and problem."""
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "", "file not found") from None
    except OSError as error:
        raise ConfigError(str(path), "", f"cannot be read ({error.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(name, "", "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(name, "", _syntax_problem(str(error), raw)) from None
    return parse_config(data, name, source=path)


def _syntax_problem(message: str, raw: bytes) -> str:
    """``TOML syntax error at line 5, column 3: …``, also when tomllib says 'end of document'."""
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if match:
        where = f"line {match.group(1)}, column {match.group(2)}"
        message = message[:match.start()]
    else:
        lines = max(1, len(raw.splitlines()))
        where = f"line {lines} (end of file)"
        message = message.replace(" (at end of document)", "")
    return f"TOML syntax error at {where}: {message}"


def parse_config(data: dict[str, Any], file: str = "<config>",
                 source: Path | None = None) -> StationConfig:
    """Validate an already parsed TOML document."""
    config = _build(StationConfig, data, file, "")
    _check_translation_languages(config, file)
    if source is not None:
        config = dataclasses.replace(config, source=source)
    return config


@dataclass(frozen=True)
class TranslatedText:
    """One configured text an attendee reads, with its translation table."""

    key: str
    """The table's key path, e.g. ``prompts[2].translations``."""
    german_key: str
    """The German text's key path, e.g. ``prompts[2].label``."""
    german: str
    table: dict[str, str]
    """The table as configured."""
    translations: dict[str, str]
    """The table with an older ``…_en`` setting as its ``en`` entry."""
    english_key: str = ""
    """That older setting's key path, e.g. ``contact.consent_text_en`` ('' for none)."""
    place_name: bool = False
    """A district: a place name, which stays as it is in every language."""


def translated_texts(config: StationConfig) -> list[TranslatedText]:
    """Every translatable text of ``config``, in the order of the settings."""
    found: list[TranslatedText] = []

    def walk(table: Any, prefix: str, place_name: bool) -> None:
        for f in dataclasses.fields(table):
            if f.metadata.get("internal"):
                continue
            value = getattr(table, f.name)
            key = f"{prefix}{f.name}"
            if dataclasses.is_dataclass(value):
                walk(value, f"{key}.", place_name)
            elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
                for i, item in enumerate(value):
                    walk(item, f"{key}[{i}].", bool(f.metadata.get("place_names")))
            elif "translates" in f.metadata:
                english = f.metadata.get("english", "")
                german = f.metadata["translates"]
                found.append(TranslatedText(
                    key, f"{prefix}{german}", getattr(table, german), value,
                    _with_english(value, getattr(table, english)) if english else value,
                    f"{prefix}{english}" if english else "", place_name))

    walk(config, "", False)
    return found


def translation_gaps(config: StationConfig) -> list[str]:
    """One English line per station language a configured text has no translation for.

    Not an error: the kiosk shows the German text instead. Districts are place names and
    need none; a text without letters (an age group "18–29") is the same in every language;
    the consent text and the privacy notice count only while the Mitmachpool is enabled,
    the receipt's texts only while receipts are printed.
    """
    languages = [language for language in config.kiosk.languages if language != GERMAN]
    gaps: list[str] = []
    for text in translated_texts(config):
        if text.place_name or not any(character.isalpha() for character in text.german):
            continue
        if text.key.startswith("contact.") and not config.contact.enabled:
            continue
        if text.key.startswith("receipt.") and not config.printer.enabled:
            continue
        shown = "the receipt shows" if text.key.startswith("receipt.") else "the kiosk shows"
        for language in languages:
            if language in text.translations:
                continue
            also = f" nor {text.english_key}" if text.english_key and language == "en" else ""
            gaps.append(f"{text.key} has no {language!r}{also} ({shown} German)")
    return gaps


def prepared_languages(config: StationConfig) -> list[str]:
    """Languages the configuration has translations for but ``kiosk.languages`` does not
    offer (yet), in the order of ``KIOSK_LANGUAGES``."""
    used = {language for text in translated_texts(config) for language in text.translations}
    return [language for language in KIOSK_LANGUAGES
            if language in used and language not in config.kiosk.languages]


def _check_translation_languages(config: StationConfig, file: str) -> None:
    """A translation must be in a language the station offers (or one the kiosk ships,
    kept ready before it is offered) and never in German, the text itself."""
    offered = config.kiosk.languages
    for text in translated_texts(config):
        for language in text.table:
            key = f"{text.key}.{language}"
            if language == GERMAN:
                raise ConfigError(file, key, f"German is {text.german_key} itself: remove "
                                  "this entry")
            if language not in offered and language not in KIOSK_LANGUAGES:
                raise ConfigError(file, key, f"{language!r} is not one of the station's "
                                  f"languages (kiosk.languages = {', '.join(offered)}): add "
                                  "it there or remove this translation")


def describe_settings() -> list[tuple[str, str, str]]:
    """Every setting as (key path, type, description), for documentation and tests."""
    rows: list[tuple[str, str, str]] = []

    def walk(cls: type, prefix: str) -> None:
        hints = _hints(cls)
        for f in dataclasses.fields(cls):
            if f.metadata.get("internal"):
                continue
            hint = hints[f.name]
            key = f"{prefix}{f.name}"
            nested = _nested_class(hint)
            if nested is not None:
                rows.append((key, "table" if hint is nested else "array of tables",
                             f.metadata["description"]))
                walk(nested, f"{key}." if hint is nested else f"{key}[].")
            else:
                rows.append((key, _type_name(hint), f.metadata["description"]))

    walk(StationConfig, "")
    return rows


# --- validation machinery -------------------------------------------------------------


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A settings class's field types (resolved once: it is asked for every table)."""
    return typing.get_type_hints(cls)


def _nested_class(hint: Any) -> type | None:
    if dataclasses.is_dataclass(hint):
        return hint  # type: ignore[return-value]
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        if dataclasses.is_dataclass(item):
            return item  # type: ignore[return-value]
    return None


def _type_name(hint: Any) -> str:
    names = {str: "string", int: "integer", bool: "boolean", dt.date: "date", Path: "path"}
    if hint in names:
        return names[hint]
    origin = typing.get_origin(hint)
    if origin is list:
        return f"array of {_type_name(typing.get_args(hint)[0])}s"
    if origin is dict:
        return "table of strings"
    return str(hint)


def _build(cls: type, data: Any, file: str, path: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(file, path or "<top>", "must be a table")
    hints = _hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    for key in data:
        if key not in known:
            raise ConfigError(file, f"{path}{key}", "unknown key (check the spelling)")
    values: dict[str, Any] = {}
    for name, f in known.items():
        key = f"{path}{name}"
        hint = hints[name]
        if name not in data:
            nested = _nested_class(hint)
            if nested is not None and f.default is None:
                values[name] = _build(nested, {}, file, f"{key}.")
                continue
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ConfigError(file, key, "missing (required)")
            continue
        values[name] = _convert(hint, data[name], file, key, f.metadata)
    return cls(**values)


def _convert(hint: Any, value: Any, file: str, key: str, rules: typing.Mapping[str, Any]) -> Any:
    nested = _nested_class(hint)
    if nested is not None and hint is nested:
        return _build(nested, value, file, f"{key}.")
    origin = typing.get_origin(hint)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(file, key, "must be an array")
        (item_hint,) = typing.get_args(hint)
        items = [_convert(item_hint, item, file, f"{key}[{i}]", {}) for i, item in enumerate(value)]
        _check_list(items, file, key, rules)
        return items
    if origin is dict:
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ConfigError(file, key, "must be a table of strings")
        for language, text in value.items():
            if not LANGUAGE_PATTERN.match(language):
                raise ConfigError(file, f"{key}.{language}", "must be a language code like 'en'")
            if not text.strip():
                raise ConfigError(file, f"{key}.{language}", "must not be empty")
        return dict(value)
    if isinstance(hint, types.UnionType):
        raise TypeError(f"unsupported setting type {hint}")
    return _convert_scalar(hint, value, file, key, rules)


def _convert_scalar(hint: Any, value: Any, file: str, key: str,
                    rules: typing.Mapping[str, Any]) -> Any:
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(file, key, "must be true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(file, key, "must be a whole number")
        if "minimum" in rules and value < rules["minimum"]:
            raise ConfigError(file, key, f"must be at least {rules['minimum']}")
        if "maximum" in rules and value > rules["maximum"]:
            raise ConfigError(file, key, f"must be at most {rules['maximum']}")
        return value
    if hint is dt.date:
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise ConfigError(file, key, "must be a date like 2026-09-28 (without quotes)")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(file, key, "must be a string")
        _check_string(value, file, key, rules)
        return value
    raise TypeError(f"unsupported setting type {hint}")


def _check_string(value: str, file: str, key: str, rules: typing.Mapping[str, Any]) -> None:
    if rules.get("non_empty") and not value.strip():
        raise ConfigError(file, key, "must not be empty")
    if rules.get("id") and not ID_PATTERN.match(value):
        raise ConfigError(file, key, f"{value!r} is not a valid id "
                          "(lower case letters, digits, - and _, at most 64)")
    if rules.get("public_key") and value.strip() and not _is_public_key(value):
        raise ConfigError(file, key, "must be the collector's public key: 44 characters of "
                          "base64 (32 bytes), as printed by 'collector add-station'")
    if rules.get("pictogram"):
        _check_pictogram(value, file, key)
    if "choices" in rules and value not in rules["choices"]:
        raise ConfigError(file, key, f"must be one of {', '.join(rules['choices'])}")
    if rules.get("url_template"):
        if "{code}" not in value:
            raise ConfigError(file, key, "must contain {code}")
        if not value.startswith(("http://", "https://")):
            raise ConfigError(file, key, "must start with http:// or https://")
        unknown = set(re.findall(r"{([^}]*)}", value)) - {"code", "station", "event"}
        if unknown:
            raise ConfigError(file, key, f"unknown placeholder {{{sorted(unknown)[0]}}}")


def _check_pictogram(value: str, file: str, key: str) -> None:
    """A pictogram names an SVG or PNG file inside ``resources/`` (like a logo setting; an
    absolute path for one kept elsewhere on the station), never a folder above it."""
    name = value.strip()
    if name and not name.lower().endswith(PICTOGRAM_SUFFIXES):
        raise ConfigError(file, key, "must name an .svg or .png file, e.g. "
                          "'pictograms/wohnen.svg'")
    if name and not Path(name).is_absolute() and ".." in Path(name).parts:
        raise ConfigError(file, key, "must name a file inside resources/ (no '..')")


def _is_public_key(value: str) -> bool:
    try:
        return len(base64.b64decode(value.strip(), validate=True)) == 32
    except (binascii.Error, ValueError):
        return False


def _check_list(items: list[Any], file: str, key: str, rules: typing.Mapping[str, Any]) -> None:
    if rules.get("non_empty") and not items:
        raise ConfigError(file, key, "must not be empty")
    if rules.get("languages"):
        for i, language in enumerate(items):
            if not LANGUAGE_PATTERN.match(language):
                raise ConfigError(file, f"{key}[{i}]", f"{language!r} is not a language code")
    if rules.get("unique_ids"):
        seen: set[str] = set()
        for i, item in enumerate(items):
            if item.id in seen:
                raise ConfigError(file, f"{key}[{i}].id", f"duplicate id {item.id!r}")
            if item.id == OTHER_TOPIC_ID and key == "topics":
                raise ConfigError(file, f"{key}[{i}].id",
                                  f"{OTHER_TOPIC_ID!r} is reserved for 'Anderes Thema'")
            seen.add(item.id)
