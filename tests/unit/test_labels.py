"""One label service for every place that shows a card's ids."""

from __future__ import annotations

import dataclasses

from station_app.config import KIOSK_LANGUAGES
from station_app.labels import LabelBook
from station_app.paths import resources_dir


def test_configured_and_built_in_labels_per_language(default_config):
    labels = LabelBook(default_config)
    assert labels.label("topics", "wohnen") == "Wohnen und Quartiersleben"
    assert labels.label("topics", "wohnen", "en") == "Housing and neighbourhood life"
    assert labels.label("topics", "anderes", "en") == "Other topic"
    assert labels.label("districts", "hoerde", "en") == "Hörde"  # no translation: German
    assert labels.label("districts", None) == "" and labels.label("districts", "") == ""
    assert labels.label("prompts", "retired-prompt") == "retired-prompt"  # an older config
    assert labels.chart_label("age_groups", None) == "keine Angabe"
    assert labels.chart_label("age_groups", None, "en") == "prefer not to say"
    assert labels.source("paper") == "Papierkarte"
    assert labels.source("paper", "en") == "Paper card"


def test_a_language_without_translation_falls_back_to_german(default_config):
    labels = LabelBook(default_config)
    assert labels.label("topics", "anderes", "xx") == "Anderes Thema"


def test_every_language_for_the_batch(default_config):
    labels = LabelBook(default_config)
    offered = default_config.kiosk.languages
    assert offered == list(KIOSK_LANGUAGES)  # the embedded station offers all ten
    other = labels.every_language("topics", "anderes")
    assert list(other) == offered
    assert other["de"] == "Anderes Thema" and other["en"] == "Other topic"
    assert other["ls"] == "Ein anderes Thema"
    heute = labels.every_language("prompts", "heute")
    assert set(heute) == set(offered)
    assert heute["de"] == "Was macht Dortmund heute aus?"
    assert heute["en"] == "What makes Dortmund what it is today?"
    assert heute["ls"] == "Was ist typisch für Dortmund?"
    assert labels.every_language("districts", None) is None
    assert labels.every_language("districts", "atlantis") is None


def test_the_batch_carries_only_the_offered_languages(default_config):
    two = dataclasses.replace(default_config, kiosk=dataclasses.replace(
        default_config.kiosk, languages=["de", "en"]))
    labels = LabelBook(two)
    assert labels.every_language("topics", "anderes") == {"de": "Anderes Thema",
                                                          "en": "Other topic"}
    assert labels.every_language("prompts", "heute") == {
        "de": "Was macht Dortmund heute aus?", "en": "What makes Dortmund what it is today?"}


def test_leichte_sprache_labels(default_config):
    labels = LabelBook(default_config)
    assert labels.label("topics", "wohnen", "ls") == "Wohnen und Leben im Stadt-Teil"
    assert labels.label("age_groups", "65-plus", "ls") == "65 Jahre und älter"
    assert labels.label("districts", "hoerde", "ls") == "Hörde"  # a place name stays
    assert labels.chart_label("age_groups", None, "ls") == "möchte ich nicht sagen"
    assert labels.example("idee", "ls").startswith("Zum Beispiel: Ein Treff-Punkt")


def test_each_topic_has_its_pictogram(default_config):
    labels = LabelBook(default_config)
    for topic in default_config.topics:
        path = labels.pictogram("topics", topic.id)
        assert path == resources_dir() / "pictograms" / f"{topic.id}.svg"
        assert path.is_file()
    assert labels.pictogram("prompts", "heute") is None  # none configured
    assert labels.pictogram("topics", "atlantis") is None


def test_a_missing_pictogram_file_is_no_pictogram(default_config):
    wohnen = dataclasses.replace(default_config.topic("wohnen"), pictogram="pictograms/nope.svg")
    config = dataclasses.replace(default_config, topics=[wohnen])
    assert LabelBook(config).pictogram("topics", "wohnen") is None


def test_mapping_for_many_rows(default_config):
    topics = LabelBook(default_config).mapping("topics")
    assert topics["anderes"] == "Anderes Thema" and topics["kultur"].startswith("Kultur")
