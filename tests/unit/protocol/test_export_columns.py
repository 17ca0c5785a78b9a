"""The one catalogue of export columns: unique, documented, worded as the station words it."""

from __future__ import annotations

import pytest

from station_app.collector.export_rows import OFFICE_KEYS
from station_app.config import load_config
from station_app.labels import SOURCES, LabelBook
from station_app.paths import default_config_path
from station_app.protocol.export_columns import (
    CARD_COLUMNS,
    CARD_HEADINGS,
    COLLECTOR_HEADINGS,
    MERGED_COLUMNS,
    MERGED_HEADINGS,
    NOT_GIVEN,
    SOURCE_LABELS,
    heading,
)
from tests.unit.export.export_docs import (
    CARD_TABLE,
    COLLECTOR_TABLE,
    documented_columns,
    export_formats,
)


def test_keys_and_headings_are_unique_and_the_merged_table_extends_the_card_table():
    assert len(set(MERGED_HEADINGS)) == len(MERGED_HEADINGS)
    assert len({column.key for column in MERGED_COLUMNS}) == len(MERGED_COLUMNS)
    assert MERGED_COLUMNS[:len(CARD_COLUMNS)] == CARD_COLUMNS
    assert heading("code") == "Kartencode" and heading("hidden") == "Ausgeblendet"
    with pytest.raises(KeyError):
        heading("email")  # contacts are never part of a card export


def test_the_documentation_lists_every_column_in_order_with_its_json_key():
    assert documented_columns(CARD_TABLE) == list(CARD_HEADINGS)
    assert (documented_columns(CARD_TABLE) + documented_columns(COLLECTOR_TABLE)
            == list(COLLECTOR_HEADINGS))
    doc = export_formats()
    for column in CARD_COLUMNS:
        assert f"| {column.heading} |" in doc, column.heading
        if column.key not in ("source_label", "session_name"):  # not keys of a JSON card
            assert f"`{column.key}`" in doc, column.key
    for column in MERGED_COLUMNS[len(CARD_COLUMNS):]:
        assert f"`{column.key}`" in doc, column.key  # the collector's JSON keys
    for key in OFFICE_KEYS:
        assert f"`{key}`" in doc, key  # the office's JSON keys


def test_the_value_labels_are_worded_as_the_station_words_them():
    """"keine Angabe" and the sources are one wording: the station's ``LabelBook`` (which
    translates them for the kiosk) says in German exactly what the catalogue says."""
    labels = LabelBook(load_config(default_config_path()))
    assert {source: labels.source(source) for source in SOURCES} == SOURCE_LABELS
    assert labels.not_given() == NOT_GIVEN
    doc = export_formats()
    assert all(f"„{label}“" in doc for label in (*SOURCE_LABELS.values(), NOT_GIVEN))
