"""The station's settings described for the office's form: read from config.py's own
declarations, so every setting an event defines has exactly one field, with the schema's
type, default, rules and description – and a German name."""

from __future__ import annotations

import dataclasses

from station_app.config import KIOSK_LANGUAGES, Kiosk, describe_settings
from station_app.config_form import FILLED_BY_PACKAGE, LABELS, ROW_SETTINGS, setting_fields
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
    walk,
)


def described() -> dict[str, str]:
    return {key: kind for key, kind, _description in describe_settings()}


def test_every_setting_of_the_schema_has_its_field_but_those_a_package_fills():
    shown = {one.key for one in walk(setting_fields())}
    older_english = {"contact.consent_text_en", "contact.privacy_notice_en"}
    tables = {key for key in described() if "[]" not in key}
    assert {key for key in shown if "[]" not in key} == \
        tables - FILLED_BY_PACKAGE - older_english
    assert tables >= FILLED_BY_PACKAGE
    choice = {key.removeprefix("prompts[].") for key in described()
              if key.startswith("prompts[].")}
    for rows, names in ROW_SETTINGS.items():
        assert set(names) <= choice
        assert {key for key in shown if key.startswith(f"{rows}[].")} == \
            {f"{rows}[].{name}" for name in names}


def test_the_kinds_follow_the_schemas_types():
    fields = {one.key: one for one in walk(setting_fields())}
    kinds = {key: one.kind for key, one in fields.items()}
    assert kinds["event"] == TABLE and kinds["prompts"] == ROWS
    assert kinds["event.name"] == TEXT and kinds["event.date"] == DATE
    assert kinds["kiosk.inactivity_seconds"] == NUMBER and kinds["kiosk.ask_details"] == BOOL
    assert kinds["receipt.paper"] == CHOICE and kinds["kiosk.languages"] == CHOICE_LIST
    assert kinds["contact.privacy_notice"] == LONG_TEXT
    assert kinds["prompts[].translations"] == TRANSLATIONS
    schema = described()
    for key, one in fields.items():
        assert schema[key] == {TABLE: "table", ROWS: "array of tables", TEXT: "string",
                               LONG_TEXT: "string", CHOICE: "string", NUMBER: "integer",
                               BOOL: "boolean", DATE: "date", CHOICE_LIST: "array of strings",
                               TRANSLATIONS: "table of strings"}[one.kind], key


def test_defaults_rules_and_descriptions_are_the_schemas_own():
    fields = {one.key: one for one in walk(setting_fields())}
    declared = {f.name: f for f in dataclasses.fields(Kiosk)}
    seconds = fields["kiosk.inactivity_seconds"]
    assert (seconds.default, seconds.minimum, seconds.maximum) == (120, 0, 3600)
    assert seconds.description == declared["inactivity_seconds"].metadata["description"]
    assert fields["kiosk.languages"].choices == KIOSK_LANGUAGES
    assert fields["kiosk.languages"].default == ("de", "en")
    assert fields["receipt.paper"].choices == ("80mm", "58mm", "a6")
    assert fields["event.name"].required and fields["event.name"].rules == {"non_empty": True}
    assert not fields["event.venue"].required and fields["event.venue"].default == ""
    assert fields["prompts"].required and fields["prompts"].rules["unique_ids"]
    assert fields["districts"].default == () and not fields["districts"].required
    assert fields["followup.url_template"].rules == {"url_template": True}
    consent = fields["contact.consent_text_translations"]
    assert (consent.translates, consent.english) == ("consent_text", "consent_text_en")


def test_each_list_shows_its_own_settings_of_a_choice():
    fields = {one.key: one for one in walk(setting_fields())}
    assert [one.name for one in fields["prompts"].children] == list(ROW_SETTINGS["prompts"])
    assert [one.name for one in fields["topics"].children] == ["id", "label", "translations",
                                                              "pictogram"]
    assert fields["topics"].row_label == "Themenfeld"
    assert "prompts[].example" in fields and "districts[].example" not in fields


def test_every_field_has_a_german_name_and_every_name_a_setting():
    fields = list(walk(setting_fields()))
    unnamed = [one.key for one in fields if one.label == one.key]
    assert unnamed == []
    assert fields[0].label == "Veranstaltung"
    keys = {one.key for one in fields} | {f"[].{one.name}" for one in fields if "[]" in one.key}
    assert set(LABELS) - keys == set()
    assert next(one for one in fields if one.key == "receipt.title_translations").label == \
        "Überschrift – Übersetzungen"
