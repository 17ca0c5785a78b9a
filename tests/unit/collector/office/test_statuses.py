"""The statuses' names in the public pages' nine languages, built in or from a city's
TOML file, and how a language the file leaves out falls back."""

from __future__ import annotations

import pytest

from station_app.collector.office.statuses import (
    DEFAULT_STATUSES,
    MORE_LANGUAGES,
    WITHDRAWN_STATUS,
    Status,
    StatusCatalogue,
    load_statuses,
)
from station_app.collector.pages import LANGUAGES
from station_app.errors import UserError

GERMAN = ["Eingegangen", "In Bearbeitung", "Aufgenommen", "In die Stadtstrategie eingeflossen",
          "Nicht weiterverfolgt", "Zurückgezogen"]


def test_the_other_languages_are_the_public_pages_ones():
    assert ("de", "en", *MORE_LANGUAGES) == LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_built_in_step_is_named_in_every_language(lang):
    steps = (*DEFAULT_STATUSES, WITHDRAWN_STATUS)
    assert [status.de for status in steps] == GERMAN
    names = [status.label(lang) for status in steps]
    assert all(name.strip() for name in names) and len(set(names)) == len(names)
    if lang not in ("de", "en"):
        assert not set(names) & ({status.en for status in steps} | set(GERMAN)), lang
        assert all(dict(status.more)[lang] == status.label(lang) for status in steps)


def test_the_catalogue_names_the_built_in_steps_and_withdrawn():
    catalogue = StatusCatalogue()
    assert catalogue.label("in_strategy", "ar") == "أُدرجت في استراتيجية المدينة"
    assert catalogue.label("withdrawn", "ru") == "Отозвана"
    assert catalogue.label("received", "tr") == "Alındı"
    assert catalogue.label("no_longer_configured", "pl") == "no_longer_configured"


def test_a_city_file_names_its_steps_in_more_languages_and_the_rest_fall_back(tmp_path):
    path = tmp_path / "statuses.toml"
    path.write_text('[[status]]\nkey = "received"\nde = "Angekommen"\nen = "Arrived"\n'
                    'tr = " Geldi "\nuk = "Надійшла"\n'
                    '[[status]]\nkey = "checked"\nde = "Geprüft"\nen = "Checked"\n'
                    'ar = "تمت المراجعة"\nfr = "Vérifié"\n', encoding="utf-8")
    catalogue = load_statuses(path)
    assert catalogue.label("received", "tr") == "Geldi"
    assert catalogue.label("received", "uk") == "Надійшла"
    assert catalogue.label("received", "ru") == "Arrived"  # not named: English
    assert catalogue.label("checked", "ar") == "تمت المراجعة"
    assert catalogue.label("checked", "de") == "Geprüft"
    assert catalogue.label("checked", "en") == "Checked"
    assert catalogue.label("checked", "fr") == "Checked"  # not a page language: ignored
    assert catalogue.label("withdrawn", "bg") == "Оттеглена"


def test_without_an_english_name_german_is_shown():
    assert Status("checked", "Geprüft", "").label("ro") == "Geprüft"
    assert Status("checked", "Geprüft", "").label("en") == "Geprüft"


def test_the_files_read_before_still_read_the_same(tmp_path):
    path = tmp_path / "statuses.toml"
    path.write_text('[[status]]\nkey = "received"\nde = "Angekommen"\nen = "Arrived"\n',
                    encoding="utf-8")
    assert load_statuses(path).steps == (Status("received", "Angekommen", "Arrived"),)


@pytest.mark.parametrize("value", ['""', '"   "', "3", '"' + "x" * 81 + '"'])
def test_a_bad_name_in_another_language_says_where(tmp_path, value):
    path = tmp_path / "statuses.toml"
    path.write_text(f'[[status]]\nkey = "received"\nde = "A"\nen = "B"\npl = {value}\n',
                    encoding="utf-8")
    with pytest.raises(UserError, match=r"status 1 \(received\): 'pl' must name it"):
        load_statuses(path)
