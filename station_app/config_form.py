"""The station's settings described for the office's event form (``protocol/setting_fields``).

Read from ``config.py``'s own declarations – types, defaults, rules and descriptions – so
the form offers exactly the settings the station's check accepts, with no second list of
them. What is added here is only how the form presents them: a short German name per
setting (the schema's descriptions stay the hints), which texts take several lines, which
of a choice's settings a list shows (an example only for prompts, a pictogram only for
topics), and the settings a package fills itself and the form therefore leaves out.

``collector serve`` hands ``setting_fields()`` to the office (``OfficeSettings``); the
collector never imports this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import typing
from typing import Any

from station_app.config import KIOSK_LANGUAGES, StationConfig
from station_app.protocol.setting_fields import (
    BOOL,
    CHOICE,
    CHOICE_LIST,
    DATE,
    LONG_TEXT,
    NUMBER,
    ROWS,
    TABLE,
    TEXT,
    TRANSLATIONS,
    SettingField,
)

FILLED_BY_PACKAGE = frozenset({"sync.enrolment_file", "contact.collector_public_key"})
"""Settings a station gets from its package's enrolment (the enrolment file in its data
folder, the collector's key for the Mitmachpool): an event never sets them."""
LONG_TEXTS = frozenset({"contact.consent_text", "contact.privacy_notice",
                        "receipt.next_steps"})
ROW_SETTINGS = {"prompts": ("id", "label", "translations", "example", "example_translations"),
                "topics": ("id", "label", "translations", "pictogram"),
                "districts": ("id", "label", "translations"),
                "age_groups": ("id", "label", "translations")}
"""Which of a choice's settings each list shows."""
LABELS = {
    "event": "Veranstaltung", "event.name": "Name der Veranstaltung",
    "event.date": "Datum", "event.venue": "Ort",
    "station": "Station", "station.id": "Kennung der Station",
    "station.name": "Name der Station",
    "prompts": "Fragen", "topics": "Themenfelder", "districts": "Stadtbezirke",
    "age_groups": "Altersgruppen",
    "[].id": "Kennung", "[].label": "Text (Deutsch)", "[].example": "Beispiel (Deutsch)",
    "[].pictogram": "Piktogramm",
    "kiosk": "Ablauf am Kiosk", "kiosk.languages": "Sprachen",
    "kiosk.inactivity_seconds": "Wartezeit bis zur Warnung (Sekunden)",
    "kiosk.warning_seconds": "Countdown der Warnung (Sekunden)",
    "kiosk.dashboard_inactivity_seconds": "Wartezeit im Moderationsbereich (Sekunden)",
    "kiosk.thank_you_seconds": "Dauer des Dankeschöns (Sekunden)",
    "kiosk.max_text_length": "Höchstlänge einer Karte (Zeichen)",
    "kiosk.allow_other_topic": "„Anderes Thema“ anbieten",
    "kiosk.ask_details": "Stadtbezirk und Altersgruppe erfragen",
    "followup": "QR-Code", "followup.url_template": "Adresse hinter dem QR-Code",
    "followup.participation_url": "Online-Beteiligungsportal der Stadt",
    "receipt": "Beleg", "receipt.paper": "Papier",
    "receipt.show_text": "Anfang des Kartentexts drucken",
    "receipt.title": "Überschrift (Deutsch)",
    "receipt.next_steps": "„So geht es weiter“ (Deutsch)", "receipt.logo": "Logo-Datei",
    "report": "PDF-Bericht", "report.logo": "Logo-Datei des Titelblatts",
    "printer": "Drucker", "printer.name": "Druckername (CUPS)",
    "printer.enabled": "Nach jeder Karte einen Beleg drucken",
    "printer.max_attempts": "Druckversuche je Beleg",
    "sync": "Übertragung", "sync.collector_url": "Adresse der Sammelstelle",
    "sync.interval_seconds": "Pause zwischen Übertragungen (Sekunden)",
    "sync.live": "Live-Wand am Veranstaltungsort",
    "sync.batch_size": "Höchstzahl Karten je Übertragung",
    "contact": "Mitmachpool", "contact.enabled": "Mitmachpool anbieten",
    "contact.consent_text": "Einwilligungstext (Deutsch)",
    "contact.consent_version": "Version des Einwilligungstexts",
    "contact.privacy_notice": "Datenschutzhinweis (Deutsch)",
}
"""The form's German name of each setting; ``[].name`` for a choice's settings in any list."""
ROW_LABELS = {"prompts": "Frage", "topics": "Themenfeld", "districts": "Stadtbezirk",
              "age_groups": "Altersgruppe"}
_PRESENTED = frozenset({"description", "translates", "english"})
"""Metadata that the field carries in its own attributes, not among the rules."""


@functools.cache
def setting_fields() -> tuple[SettingField, ...]:
    """Every setting of a station's configuration that an event defines, in the schema's
    order."""
    return _fields(StationConfig, "", "")


def label_of(key: str, name: str) -> str:
    """The German name of a setting (its key path when it has none)."""
    return LABELS.get(key) or LABELS.get(f"[].{name}") or key


def _fields(cls: type, prefix: str, row_of: str) -> tuple[SettingField, ...]:
    hints = typing.get_type_hints(cls)
    declared = {f.name: f for f in dataclasses.fields(cls)}
    english = {f.metadata["english"] for f in declared.values() if "english" in f.metadata}
    shown = ROW_SETTINGS.get(row_of, tuple(declared))
    found: list[SettingField] = []
    for name in shown:
        f = declared[name]
        key = f"{prefix}{name}"
        if f.metadata.get("internal") or key in FILLED_BY_PACKAGE or name in english:
            continue
        found.append(_field(f, hints[name], key))
    return tuple(found)


def _field(f: dataclasses.Field[Any], hint: Any, key: str) -> SettingField:
    metadata = f.metadata
    rules = {rule: value for rule, value in metadata.items() if rule not in _PRESENTED}
    default = _default(f)
    common: dict[str, Any] = {
        "key": key, "name": f.name, "label": label_of(key, f.name),
        "description": metadata["description"], "default": default,
        "required": default is None and f.default is dataclasses.MISSING, "rules": rules}
    if dataclasses.is_dataclass(hint):
        return SettingField(kind=TABLE, children=_fields(hint, f"{key}.", ""),
                            **common)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list and dataclasses.is_dataclass(args[0]):
        return SettingField(kind=ROWS, children=_fields(args[0], f"{key}[].", f.name),
                            row_label=ROW_LABELS.get(f.name, f.name), **common)
    if origin is list:
        return SettingField(kind=CHOICE_LIST, choices=KIOSK_LANGUAGES
                            if metadata.get("languages") else (), **common)
    if origin is dict:
        german = metadata["translates"]
        german_key = key.rsplit(".", 1)[0] + f".{german}" if "." in key else german
        common["label"] = f"{label_of(german_key, german).removesuffix(' (Deutsch)')} – " \
                          "Übersetzungen"
        return SettingField(kind=TRANSLATIONS, translates=german,
                            english=metadata.get("english", ""), **common)
    if hint is bool:
        return SettingField(kind=BOOL, **common)
    if hint is int:
        return SettingField(kind=NUMBER, minimum=metadata.get("minimum"),
                            maximum=metadata.get("maximum"), **common)
    if hint is dt.date:
        return SettingField(kind=DATE, **common)
    if hint is str and "choices" in metadata:
        return SettingField(kind=CHOICE, choices=tuple(metadata["choices"]), **common)
    if hint is str:
        return SettingField(kind=LONG_TEXT if key in LONG_TEXTS else TEXT, **common)
    raise TypeError(f"{key}: no form field for the setting type {hint}")


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        value = f.default_factory()
        return tuple(value) if isinstance(value, list) else value
    if f.default is dataclasses.MISSING:
        return None
    return f.default
