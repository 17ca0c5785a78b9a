"""The event form's values: a template fills it, a posted form becomes a configuration
again – empty rows and translations left out, wrong numbers and days kept as typed."""

from __future__ import annotations

import datetime as dt
import tomllib

from station_app.collector.office.event_form import (
    offered_languages,
    posted_values,
    template_values,
    toml_text,
    translation_languages,
    unshown,
)
from station_app.config_form import setting_fields
from station_app.paths import default_config_path

FIELDS = setting_fields()
EMBEDDED = default_config_path().read_text(encoding="utf-8")


def form(**fields: str | list[str]) -> dict[str, list[str]]:
    return {name.replace("__", "."): value if isinstance(value, list) else [value]
            for name, value in fields.items()}


def test_a_template_fills_the_form_with_the_older_english_texts_in_their_tables():
    data = template_values(EMBEDDED, FIELDS)
    assert data["event"]["date"] == dt.date(2026, 9, 28)
    contact = data["contact"]
    assert "consent_text_en" not in contact and "privacy_notice_en" not in contact
    assert contact["consent_text_translations"]["en"].startswith("Yes, I would like")
    assert contact["consent_text_translations"]["tr"].startswith("Evet")
    own = template_values('[contact]\nconsent_text_en = "old"\n'
                          'consent_text_translations = { en = "new" }\n', FIELDS)
    assert own["contact"] == {"consent_text_translations": {"en": "new"}}
    assert template_values("not = [toml", FIELDS) == {}


def test_settings_the_form_has_no_field_for_are_named():
    data = template_values(EMBEDDED, FIELDS)
    assert unshown(data, FIELDS) == []  # the empty enrolment file and key are no loss
    data["sync"]["enrolment_file"] = "/media/stick/enrolment.json"
    data["topics"][0]["example"] = "Zum Beispiel"
    data["unknown"] = 1
    assert unshown(data, FIELDS) == ["sync.enrolment_file", "topics[0].example", "unknown"]


def test_the_languages_with_inputs_are_the_offered_ones_then_those_kept_ready():
    data = {"kiosk": {"languages": ["de", "tr", "en", "tr"]},
            "receipt": {"title_translations": {"uk": "Ваша", "fr": "Votre"}},
            "prompts": [{"translations": {"ls": "Frage"}}]}
    assert offered_languages(data, FIELDS) == ["de", "tr", "en"]
    assert translation_languages(data, FIELDS) == ["tr", "en", "ls", "uk", "fr"]
    assert offered_languages({}, FIELDS) == ["de", "en"]  # the schema's default


def test_a_posted_form_becomes_the_configuration():
    posted = form(station_id="nord-2", station__name="Station Nord",
                  event__name="  Forum  ", event__date="2026-11-14",
                  kiosk__languages=["de", "ls", "en", "ls"], kiosk__inactivity_seconds="90",
                  kiosk__ask_details="1", **{"prompts[0].id": "heute",
                                             "prompts[0].label": "Was fehlt?",
                                             "prompts[0].translations.en": "What is missing?",
                                             "prompts[0].translations.ls": "  ",
                                             "prompts[0].translations.x1": "ignored",
                                             "prompts[1].id": "", "prompts[1].label": "",
                                             "prompts[1].translations.en": "dropped",
                                             "prompts[7].id": "", "prompts[7].label": "Neu"},
                  contact__privacy_notice="Zeile 1\r\nZeile 2\r\n")
    data = posted_values(posted, FIELDS)
    assert data["station"] == {"id": "nord-2", "name": "Station Nord"}
    assert data["event"] == {"name": "Forum", "date": dt.date(2026, 11, 14)}
    assert data["kiosk"]["languages"] == ["de", "ls", "en"]
    assert data["kiosk"]["inactivity_seconds"] == 90
    assert data["kiosk"]["ask_details"] is True and data["kiosk"]["allow_other_topic"] is False
    assert data["prompts"] == [
        {"id": "heute", "label": "Was fehlt?", "translations": {"en": "What is missing?"},
         "example_translations": {}},
        {"id": "", "label": "Neu", "translations": {}, "example_translations": {}}]
    assert data["topics"] == [] and data["contact"]["privacy_notice"] == "Zeile 1\nZeile 2\n"
    assert "venue" not in data["event"]  # not sent: the schema's default


def test_what_is_no_number_or_day_stays_as_it_was_typed_for_the_check_to_name():
    data = posted_values(form(kiosk__inactivity_seconds="zwei", event__date="2026-02-30",
                              printer__max_attempts=" -4 ", sync__batch_size=""), FIELDS)
    assert data["kiosk"]["inactivity_seconds"] == "zwei"
    assert data["event"]["date"] == "2026-02-30"
    assert data["printer"]["max_attempts"] == -4 and data["sync"]["batch_size"] == ""


def test_the_configuration_as_toml_reads_back_as_the_station_reads_it():
    data = template_values(EMBEDDED, FIELDS)
    data["event"]["name"] = 'Forum "Nord" \\ <script>'
    assert tomllib.loads(toml_text(data)) == data
