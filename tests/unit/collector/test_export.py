"""The collector's merged CSV reads like the station's: German headings, German labels."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from station_app.collector.export import (
    NOT_GIVEN,
    SOURCE_LABELS,
    SPREADSHEET_COLUMNS,
    write_export,
)
from station_app.collector.ingest import BatchIngest
from station_app.config import load_config
from station_app.export.columns import CARD_HEADINGS, LABELLED_COLUMNS
from station_app.labels import SOURCES, LabelBook
from station_app.paths import default_config_path
from station_app.protocol.batch import manifest_sha256
from station_app.protocol.signatures import sign_document
from station_app.sync import StationSync
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config

NOW = dt.datetime(2026, 9, 28, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def merged(store, tmp_path):
    """Three cards of one station at the collector: one hidden, one a formula."""
    enrolment = enrol(store, "buergerhalle-1", tmp_path, now=NOW - dt.timedelta(days=1))
    station = open_station(station_config(), clock=lambda: NOW - dt.timedelta(hours=1))
    add_cards(station, 3)
    sync = StationSync(station.config, station.db, enrolment,
                       clock=lambda: NOW - dt.timedelta(minutes=5))
    (raw,) = [batch.document for batch in sync.sealer.seal_pending()]
    station.close()
    document = json.loads(raw)
    document["cards"][1]["text"] = "=HYPERLINK(\"http://evil\")"
    document["cards"][1]["source"] = "paper"
    document["cards"][2]["hidden"] = True
    document["manifest_sha256"] = manifest_sha256(document["cards"], document["contacts"])
    BatchIngest(store, clock=lambda: NOW).ingest(sign_document(document,
                                                               enrolment.signing_key))
    return store, [card["uuid"] for card in document["cards"]]  # eving, paper, hidden


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";", strict=True))


def test_merged_csv_has_the_station_headings_then_its_own(merged, tmp_path):
    store, uuids = merged
    path = tmp_path / "alle.csv"
    assert write_export(store, "csv", path, include_hidden=True) == 3
    header, *rows = _read(path)
    assert header[:len(CARD_HEADINGS)] == list(CARD_HEADINGS)
    assert header[len(CARD_HEADINGS):] == ["Veranstaltung", "Eingegangen am (UTC)",
                                           "Ausgeblendet"]
    by_uuid = {row[header.index("Karten-ID (UUID)")]: dict(zip(header, row, strict=True))
               for row in rows}
    cards = [by_uuid[uuid] for uuid in uuids]
    assert [card["Station"] for card in cards] == ["buergerhalle-1"] * 3
    assert cards[0]["Stadtbezirk"] == "Eving" and cards[0]["Stadtbezirk (Kennung)"] == "eving"
    assert cards[1]["Stadtbezirk"] == "keine Angabe"
    assert cards[1]["Altersgruppe"] == "keine Angabe"
    assert [card["Quelle"] for card in cards] == ["Station (Touchscreen)", "Papierkarte",
                                                   "Station (Touchscreen)"]
    assert [card["Quelle (Kennung)"] for card in cards] == ["kiosk", "paper", "kiosk"]
    assert [card["Ausgeblendet"] for card in cards] == ["nein", "nein", "ja"]
    assert cards[1]["Text"] == "'=HYPERLINK(\"http://evil\")"
    assert cards[0]["Frage"] and cards[0]["Veranstaltung"]
    assert cards[0]["Eingegangen am (UTC)"].startswith("2026-09-28T12:00")


def test_hidden_cards_stay_out_of_the_csv_unless_asked_for(merged, tmp_path):
    path = tmp_path / "sichtbar.csv"
    assert write_export(merged[0], "csv", path) == 2
    header, *rows = _read(path)
    assert {dict(zip(header, row, strict=True))["Ausgeblendet"] for row in rows} == {"nein"}


def test_merged_json_keeps_english_keys_and_raw_values(merged, tmp_path):
    store, uuids = merged
    path = tmp_path / "alle.json"
    write_export(store, "json", path, include_hidden=True)
    by_uuid = {card["uuid"]: card for card in
               json.loads(path.read_text(encoding="utf-8"))["cards"]}
    cards = [by_uuid[uuid] for uuid in uuids]
    assert [card["source"] for card in cards] == ["kiosk", "paper", "kiosk"]
    assert cards[1]["district_label"] is None and cards[2]["hidden"] is True


def test_the_collector_words_things_as_the_station_does():
    """The collector may not import the station's export, so its copy is held equal here."""
    labels = LabelBook(load_config(default_config_path()))
    assert {source: labels.source(source) for source in SOURCES} == SOURCE_LABELS
    assert labels.not_given() == NOT_GIVEN
    shared = SPREADSHEET_COLUMNS[:len(CARD_HEADINGS)]
    assert tuple(heading for _, heading in shared) == CARD_HEADINGS
    assert tuple(key for key, _ in shared) == LABELLED_COLUMNS
