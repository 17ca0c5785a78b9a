"""Station configuration: the default station loads; every mistake names file, key, problem."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import pytest

from station_app.config import (
    KIOSK_LANGUAGES,
    describe_settings,
    load_config,
    parse_config,
    prepared_languages,
    translation_gaps,
)
from station_app.errors import ConfigError
from station_app.paths import default_config_path

DEFAULT_TEXT = default_config_path().read_text(encoding="utf-8")
OFFERED = 'languages = ["de", "ls", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru"]'
"""The embedded station's ``kiosk.languages``: German, Leichte Sprache and eight more."""
TWO = 'languages = ["de", "en"]'


def write(tmp_path: Path, text: str, name: str = "stadtkonferenz.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_station_has_the_stadtgespraech_content(default_config):
    assert default_config.event.date == dt.date(2026, 9, 28)
    assert [t.label for t in default_config.topics] == [
        "Arbeit, Produktion und Handel", "Innovation und Forschung",
        "Kultur, Gemeinschaft und Freizeit", "Bildung, Teilhabe und Gesundheit",
        "Wohnen und Quartiersleben",
    ]
    assert [p.label for p in default_config.prompts] == [
        "Was macht Dortmund heute aus?", "Was soll erhalten bleiben?",
        "Welche Herausforderungen kommen auf Dortmund zu?", "Meine Idee für Dortmund",
    ]
    assert len(default_config.districts) == 12
    assert default_config.district("hoerde").label == "Hörde"
    assert default_config.kiosk.languages[0] == "de"
    assert default_config.topic("wohnen").label_for("en") == "Housing and neighbourhood life"
    assert default_config.topic("wohnen").label_for("tr") == "Konut ve mahalle yaşamı"
    assert default_config.topic("wohnen").label_for("fr") == "Wohnen und Quartiersleben"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('label = "Innovation und Forschung"', 'label = ""',
         "stadtkonferenz.toml: topics[1].label: must not be empty"),
        ('label = "Innovation und Forschung"', 'label = "  "',
         "stadtkonferenz.toml: topics[1].label: must not be empty"),
        ("[printer]\n", "[printer]\ncolour = true\n",
         "stadtkonferenz.toml: printer.colour: unknown key (check the spelling)"),
        ("inactivity_seconds = 120", 'inactivity_seconds = "120"',
         "stadtkonferenz.toml: kiosk.inactivity_seconds: must be a whole number"),
        ("warning_seconds = 30", "warning_seconds = 5",
         "stadtkonferenz.toml: kiosk.warning_seconds: must be at least 20"),
        ('paper = "80mm"', 'paper = "a4"',
         "stadtkonferenz.toml: receipt.paper: must be one of 80mm, 58mm, a6"),
        ('url_template = "http://127.0.0.1:8787/k/{code}"',
         'url_template = "http://127.0.0.1:8787/k/"',
         "stadtkonferenz.toml: followup.url_template: must contain {code}"),
        ('url_template = "http://127.0.0.1:8787/k/{code}"',
         'url_template = "http://x/k/{code}/{user}"',
         "stadtkonferenz.toml: followup.url_template: unknown placeholder {user}"),
        ('id = "eving"', 'id = "hoerde"',
         "stadtkonferenz.toml: districts[7].id: duplicate id 'hoerde'"),
        ('id = "eving"', 'id = "Eving!"', "stadtkonferenz.toml: districts[3].id: 'Eving!' is not"),
        ("date = 2026-09-28", 'date = "28.09.2026"',
         "stadtkonferenz.toml: event.date: must be a date"),
        ('languages = ["de", "ls", "en"', 'languages = ["de", "english", "en"',
         "stadtkonferenz.toml: kiosk.languages[1]: 'english' is not a language code"),
        ('[station]\nid = "buergerhalle-1"\n', "[station]\n",
         "stadtkonferenz.toml: station.id: missing (required)"),
        ("show_text = true", "show_text = 1",
         "stadtkonferenz.toml: receipt.show_text: must be true or false"),
        ('en = "What should be preserved?"', 'en = ""',
         "stadtkonferenz.toml: prompts[1].translations.en: must not be empty"),
        ('tr = "Neler korunmalı?"', 'Tr = "Neler korunmalı?"',
         "stadtkonferenz.toml: prompts[1].translations.Tr: must be a language code like 'en'"),
        ('tr = "Neler korunmalı?"', 'fr = "Que faut-il préserver ?"',
         "stadtkonferenz.toml: prompts[1].translations.fr: 'fr' is not one of the station's "
         "languages (kiosk.languages = de, ls, en, tr, ar, pl, ro, bg, uk, ru): add it there "
         "or remove this translation"),
        ('en = "For example: the many green spaces and parks in the districts."',
         'eng = "For example: the many green spaces and parks in the districts."',
         "stadtkonferenz.toml: prompts[1].example_translations.eng: 'eng' is not one of"),
        ('ro = "Fișa dumneavoastră de participare"', 'de = "Ihre Karte"',
         "stadtkonferenz.toml: receipt.title_translations.de: German is receipt.title itself"),
        ("[contact.consent_text_translations]\n",
         '[contact.consent_text_translations]\nes = "Sí"\n',
         "stadtkonferenz.toml: contact.consent_text_translations.es: 'es' is not one of"),
        ("[contact.privacy_notice_translations]\n",
         '[contact.privacy_notice_translations]\nxx = "?"\n',
         "stadtkonferenz.toml: contact.privacy_notice_translations.xx: 'xx' is not one of"),
        ('pictogram = "pictograms/wohnen.svg"', 'pictogram = "pictograms/wohnen.gif"',
         "stadtkonferenz.toml: topics[4].pictogram: must name an .svg or .png file"),
        ('pictogram = "pictograms/wohnen.svg"', 'pictogram = "../../etc/wohnen.svg"',
         "stadtkonferenz.toml: topics[4].pictogram: must name a file inside resources/"),
        ('pictogram = "pictograms/wohnen.svg"', "pictogram = 3",
         "stadtkonferenz.toml: topics[4].pictogram: must be a string"),
    ],
)
def test_each_mistake_names_file_key_and_problem(tmp_path, old, new, message):
    assert old in DEFAULT_TEXT
    path = write(tmp_path, DEFAULT_TEXT.replace(old, new, 1))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(message)


def test_unknown_top_level_table_is_an_error(tmp_path):
    path = write(tmp_path, DEFAULT_TEXT + "\n[extras]\nfoo = 1\n")
    with pytest.raises(ConfigError, match=r"stadtkonferenz.toml: extras: unknown key"):
        load_config(path)


def test_reserved_other_topic_id_is_refused(tmp_path):
    path = write(tmp_path, DEFAULT_TEXT.replace('id = "arbeit"', 'id = "anderes"'))
    with pytest.raises(ConfigError, match=r"topics\[0\].id: 'anderes' is reserved"):
        load_config(path)


def test_toml_syntax_error_names_file_and_line(tmp_path):
    lines = DEFAULT_TEXT.splitlines()
    lines[9] = 'name = "Beteiligungsstation'  # unterminated string on line 10
    path = write(tmp_path, "\n".join(lines))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith("stadtkonferenz.toml: TOML syntax error")
    assert "line 10" in str(caught.value)


def test_missing_file_and_non_utf8_are_clear(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")
    path = tmp_path / "latin1.toml"
    path.write_bytes(DEFAULT_TEXT.encode("latin-1", errors="replace"))
    with pytest.raises(ConfigError, match=r"latin1\.toml: not UTF-8 text"):
        load_config(path)


def test_optional_tables_take_their_defaults(tmp_path):
    minimal = """
[event]
name = "Quartierstreff Hörde"
date = 2026-10-01
[station]
id = "hoerde-1"
name = "Station Hörde"
[[prompts]]
id = "idee"
label = "Meine Idee"
[[topics]]
id = "wohnen"
label = "Wohnen"
"""
    config = load_config(write(tmp_path, minimal))
    assert config.kiosk.inactivity_seconds == 120
    assert config.districts == []
    assert config.receipt.paper == "80mm"


def test_timeouts_can_be_turned_off(tmp_path):
    config = load_config(write(tmp_path, DEFAULT_TEXT.replace(
        "inactivity_seconds = 120", "inactivity_seconds = 0")))
    assert config.kiosk.inactivity_seconds == 0


def test_every_setting_is_described_and_the_default_file_sets_only_known_keys():
    rows = describe_settings()
    assert all(description for _, _, description in rows)
    keys = {key for key, _, _ in rows}
    data = tomllib.loads(DEFAULT_TEXT)
    for table, values in data.items():
        if isinstance(values, dict):
            for key in values:
                assert f"{table}.{key}" in keys
        else:
            for key in values[0]:
                assert f"{table}[].{key}" in keys


def offering(languages: str, text: str = DEFAULT_TEXT) -> str:
    """The station file with its ``kiosk.languages`` line replaced."""
    assert text.count(OFFERED + "\n") == 1
    return text.replace(OFFERED, languages)


def test_the_embedded_station_is_translated_for_every_language(default_config):
    config = default_config
    assert tuple(config.kiosk.languages) == KIOSK_LANGUAGES
    assert config.kiosk.languages[:2] == ["de", "ls"]  # Leichte Sprache right after German
    assert translation_gaps(config) == []
    for language in KIOSK_LANGUAGES[1:]:
        for choice in (*config.prompts, *config.topics):
            assert choice.label_for(language) != choice.label
        for prompt in config.prompts:
            assert prompt.example_for(language) != prompt.example
        assert config.age_group("unter-18").label_for(language) != "unter 18"
        assert config.receipt.title_translations[language] != config.receipt.title
        assert config.receipt.next_steps_translations[language] != config.receipt.next_steps
        assert config.contact.consent_text_for(language) != config.contact.consent_text
        notice = config.contact.privacy_notice_for(language)
        # the legal text keeps its five paragraphs, the address and the legal basis
        assert notice.count("\n\n") == config.contact.privacy_notice.strip().count("\n\n") == 4
        assert "Friedensplatz 1, 44135 Dortmund" in notice and "6" in notice
        assert "http" not in notice and "www." not in notice
    # place names stay as they are
    assert all(district.translations == {} for district in config.districts)


def test_the_leichte_sprache_privacy_notice_keeps_every_element(default_config):
    """Who, why (and on which legal basis), how long, the rights, whom to contact – in short
    lines, one statement each (DSGVO Art. 13 in Leichte Sprache)."""
    notice = default_config.contact.privacy_notice_for("ls")
    who, why, how_long, rights, contact = notice.split("\n\n")
    assert who.startswith("Wer bekommt Ihre Daten?") and "Stadt Dortmund" in who
    assert why.startswith("Wozu") and "Artikel 6, Absatz 1, Buchstabe a" in why
    assert "Zustimmung" in why and "verschlüsselt" in why and "getrennt" in why
    assert how_long.startswith("Wie lange") and "zurücknehmen" in how_long
    for right in ("fragen", "berichtigen", "löschen", "weniger benutzen", "zurücknehmen",
                  "beschweren", "Datenschutz und Informations-Freiheit Nordrhein-Westfalen"):
        assert right in rights, right
    assert "Datenschutz-Beauftragte" in contact and "Team" in contact
    lines = notice.splitlines()
    assert max(len(line) for line in lines) <= 110  # short sentences, one per line
    assert all(line.count(". ") == 0 for line in lines)  # one statement per line


def test_every_station_language_may_be_offered_alone(tmp_path):
    config = load_config(write(tmp_path, offering('languages = ["ls", "de"]')))
    assert config.kiosk.languages == ["ls", "de"]
    assert translation_gaps(config) == []


def test_the_embedded_station_offers_every_language(default_config):
    assert default_config.kiosk.languages == list(KIOSK_LANGUAGES)
    assert translation_gaps(default_config) == []
    assert prepared_languages(default_config) == []
    assert 'live = ' not in DEFAULT_TEXT
    kiosk_table = DEFAULT_TEXT.split("[kiosk]\n", 1)[1].split("languages = ", 1)[0]
    assert "de, ls, en, tr, ar, pl, ro, bg, uk and ru" in " ".join(kiosk_table.split())


def test_a_station_offering_two_keeps_the_others_ready(tmp_path):
    config = load_config(write(tmp_path, offering(TWO)))
    assert config.kiosk.languages == ["de", "en"]
    assert translation_gaps(config) == []
    assert prepared_languages(config) == ["ls", "tr", "ar", "pl", "ro", "bg", "uk", "ru"]


def test_the_example_follows_the_language_and_falls_back_to_german(default_config):
    prompt = default_config.prompt("herausforderungen")
    assert prompt.example_for("de") == "Zum Beispiel: Bezahlbarer Wohnraum für junge Familien."
    assert prompt.example_for("en") == "For example: affordable housing for young families."
    assert prompt.example_for("ar") == "على سبيل المثال: سكن بأسعار معقولة للعائلات الشابة."
    assert prompt.example_for("fr") == prompt.example
    topic = default_config.topic("wohnen")
    assert topic.example_for("en") == "" and topic.example_translations == {}


def test_consent_and_privacy_tables_fall_back_to_german_and_older_english_keys(tmp_path):
    config = load_config(write(tmp_path, DEFAULT_TEXT))
    contact = config.contact
    assert contact.consent_text_for("tr").startswith("Evet, Dortmund Belediyesi'nin")
    assert contact.consent_text_for("en") == contact.consent_text_en
    assert contact.consent_text_for("fr") == contact.consent_text
    assert contact.privacy_notice_for("ru").startswith("Кто собирает Ваши данные?")
    assert contact.privacy_notice_for("en") == contact.privacy_notice_en.strip()
    assert contact.privacy_notice_for("fr") == contact.privacy_notice.strip()

    # an en entry in the table wins over consent_text_en
    both = load_config(write(tmp_path, DEFAULT_TEXT.replace(
        "[contact.consent_text_translations]\n",
        '[contact.consent_text_translations]\nen = "Yes, please."\n')))
    assert both.contact.consent_text_for("en") == "Yes, please."
    assert both.contact.consent_texts()["en"] == "Yes, please."


def test_a_language_the_station_offers_may_be_translated_to(tmp_path):
    text = offering('languages = ["de", "en", "fr"]')
    text = text.replace('tr = "Neler korunmalı?"', 'fr = "Que faut-il préserver ?"')
    config = load_config(write(tmp_path, text))
    assert config.prompt("erhalten").label_for("fr") == "Que faut-il préserver ?"


def test_a_missing_translation_is_a_gap_not_an_error(tmp_path):
    removed = 'ar = "ما الذي يجب الحفاظ عليه؟"\n'
    assert DEFAULT_TEXT.count(removed) == 1
    text = DEFAULT_TEXT.replace(removed, "").replace('uk = "Ваша картка участі"\n', "")
    config = load_config(write(tmp_path, text))
    assert config.prompt("erhalten").label_for("ar") == "Was soll erhalten bleiben?"
    assert translation_gaps(config) == [
        "prompts[1].translations has no 'ar' (the kiosk shows German)",
        "receipt.title_translations has no 'uk' (the receipt shows German)",
    ]


def test_gaps_count_the_older_english_keys_and_only_texts_that_are_shown(tmp_path):
    minimal = parse_config(tomllib.loads("""
[event]
name = "Quartierstreff Hörde"
date = 2026-10-01
[station]
id = "hoerde-1"
name = "Station Hörde"
[kiosk]
languages = ["de", "en"]
[contact]
consent_text_en = "Yes."
[[prompts]]
id = "idee"
label = "Meine Idee"
example = "Zum Beispiel: ein Brunnen."
translations = { en = "My idea" }
[[topics]]
id = "wohnen"
label = "Wohnen"
[[districts]]
id = "hoerde"
label = "Hörde"
[[age_groups]]
id = "18-29"
label = "18–29"
"""))
    assert translation_gaps(minimal) == [
        "prompts[0].example_translations has no 'en' (the kiosk shows German)",
        "topics[0].translations has no 'en' (the kiosk shows German)",
        "receipt.title_translations has no 'en' (the receipt shows German)",
    ]
    hidden = dataclasses.replace(
        minimal, contact=dataclasses.replace(minimal.contact, enabled=False, consent_text_en=""),
        printer=dataclasses.replace(minimal.printer, enabled=False))
    assert translation_gaps(hidden) == translation_gaps(minimal)[:2]
    shown = dataclasses.replace(minimal, contact=dataclasses.replace(minimal.contact,
                                                                     consent_text_en=""))
    assert ("contact.consent_text_translations has no 'en' nor contact.consent_text_en "
            "(the kiosk shows German)") in translation_gaps(shown)
