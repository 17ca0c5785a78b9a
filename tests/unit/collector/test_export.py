"""The collector's merged CSV reads like the station's: German headings, German labels."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from station_app.collector.export import merged_rows, write_export
from station_app.collector.ingest import BatchIngest
from station_app.export.columns import CARD_WIDTHS
from station_app.export.exporter import Exporter
from station_app.intake import CardDraft
from station_app.protocol.batch import manifest_sha256
from station_app.protocol.export_columns import COLLECTOR_COLUMNS, COLUMN_WIDTHS
from station_app.protocol.signatures import sign_document
from station_app.sync import StationSync
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config
from tests.unit.export.export_docs import CARD_TABLE, COLLECTOR_TABLE, documented_columns

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


def test_merged_csv_has_the_documented_station_headings_then_its_own(merged, tmp_path):
    store, uuids = merged
    path = tmp_path / "alle.csv"
    assert write_export(store, "csv", path, include_hidden=True) == 3
    header, *rows = _read(path)
    station_columns = documented_columns(CARD_TABLE)
    assert header[:len(station_columns)] == station_columns
    collector_columns = header[len(station_columns):]
    documented = documented_columns(COLLECTOR_TABLE)
    assert collector_columns[:len(documented)] == documented
    assert collector_columns == ["Veranstaltung", "Eingegangen am (UTC)", "Ausgeblendet",
                                 "Status", "Gruppe", "Antwort", "Antwort vom", "Korrigiert",
                                 "Zurückgezogen", "Ursprünglicher Text"]
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
    assert [card["Status"] for card in cards] == ["Eingegangen"] * 3
    assert {(card["Korrigiert"], card["Zurückgezogen"]) for card in cards} == {("nein",
                                                                                "nein")}


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


def test_one_template_reads_the_station_csv_and_the_collector_csv(store, tmp_path):
    """The station's own CSV and the collector's CSV of the same cards: the same columns in
    the same order, and the same words in every cell the two share ("Papierkarte",
    "keine Angabe", the labels, the session's name)."""
    enrolment = enrol(store, "buergerhalle-1", tmp_path, now=NOW - dt.timedelta(days=1))
    station = open_station(station_config(), clock=lambda: NOW - dt.timedelta(hours=1))
    add_cards(station, 4)
    station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen",
                                    text="-abgetippt vom Papier", source="paper"))
    Exporter(station.db, station.config, lambda: NOW).write("csv", tmp_path / "station.csv",
                                                            all_sessions=True)
    sync = StationSync(station.config, station.db, enrolment,
                       clock=lambda: NOW - dt.timedelta(minutes=5))
    for batch in sync.sealer.seal_pending():
        BatchIngest(store, clock=lambda: NOW).ingest(batch.document)
    station.close()
    write_export(store, "csv", tmp_path / "sammelstelle.csv")

    station_header, *station_rows = _read(tmp_path / "station.csv")
    merged_header, *merged_rows = _read(tmp_path / "sammelstelle.csv")
    assert merged_header[:len(station_header)] == station_header
    uuid = station_header.index("Karten-ID (UUID)")
    merged_by_uuid = {row[uuid]: row[:len(station_header)] for row in merged_rows}
    assert {row[uuid]: row for row in station_rows} == merged_by_uuid
    cells = {cell for row in station_rows for cell in row}
    assert {"Papierkarte", "Station (Touchscreen)", "keine Angabe", "Eving",
            "'-abgetippt vom Papier"} <= cells


def test_the_collector_sheet_has_the_station_sheet_widths_and_a_width_for_every_column():
    assert {key: COLUMN_WIDTHS[key] for key in CARD_WIDTHS} == CARD_WIDTHS
    assert {column.key for column in COLLECTOR_COLUMNS} == set(COLUMN_WIDTHS)


def test_merged_rows_still_serve_the_callers_of_collector_export_1(merged):
    store, uuids = merged
    rows = list(merged_rows(store))
    assert {row["uuid"] for row in rows} == set(uuids[:2])  # not the hidden one
    assert {row["uuid"] for row in merged_rows(store, include_hidden=True)} == set(uuids)
    assert {row["status"] for row in rows} == {"received"}
