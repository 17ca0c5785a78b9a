"""One label service for every place that shows a card's ids."""

from __future__ import annotations

from station_app.labels import LabelBook


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
    assert labels.every_language("topics", "anderes") == {"de": "Anderes Thema",
                                                          "en": "Other topic"}
    assert labels.every_language("prompts", "heute") == {
        "de": "Was macht Dortmund heute aus?", "en": "What makes Dortmund what it is today?"}
    assert labels.every_language("districts", None) is None
    assert labels.every_language("districts", "atlantis") is None


def test_mapping_for_many_rows(default_config):
    topics = LabelBook(default_config).mapping("topics")
    assert topics["anderes"] == "Anderes Thema" and topics["kultur"].startswith("Kultur")
