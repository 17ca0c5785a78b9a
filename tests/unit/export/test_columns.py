"""The header rows a spreadsheet user sees (German) are the ones docs/export-formats.md
lists, and the JSON keys a script reads (English) are the catalogue's; the XLSX widths."""

from __future__ import annotations

import json

import openpyxl
import pytest

from station_app.export.columns import CARD_COLUMNS, CARD_WIDTHS, COUNT_COLUMNS
from station_app.export.exporter import Exporter
from station_app.intake import CardDraft
from station_app.protocol.export_columns import CARD_KEYS
from tests.unit.export.export_docs import CARD_TABLE, COUNTS_TABLE, documented_columns

FIRST_HEADINGS = ["Kartencode", "Erstellt am (UTC)", "Frage", "Themenfeld", "Text",
                  "Stadtbezirk", "Altersgruppe", "Quelle"]


@pytest.fixture
def two_cards(station, clock):
    station.sessions.open("Stadtkonferenz – Station Wohnen")
    clock.advance(60)
    kiosk = station.intake.submit(CardDraft(prompt_id="heute", topic_id="kultur",
                                            text="Mehr Bänke im Park", district_id="hoerde",
                                            age_group_id="30-44"))
    clock.advance(60)
    paper = station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen",
                                            text="=Treffpunkt für alle", source="paper"))
    return Exporter(station.db, station.config, clock), kiosk, paper


def test_csv_opens_with_german_headings_and_german_labels(two_cards, tmp_path):
    exporter, kiosk, _ = two_cards
    path = tmp_path / "karten.csv"
    exporter.write("csv", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw[3:].decode("utf-8").split("\r\n")
    header = lines[0].split(";")
    assert header[:8] == FIRST_HEADINGS
    assert header == documented_columns(CARD_TABLE)
    first = dict(zip(header, lines[1].split(";"), strict=True))
    assert first["Kartencode"] == kiosk.code
    assert first["Frage"] == "Was macht Dortmund heute aus?"
    assert first["Themenfeld"] == "Kultur, Gemeinschaft und Freizeit"
    assert (first["Stadtbezirk"], first["Altersgruppe"]) == ("Hörde", "30–44")
    assert (first["Quelle"], first["Quelle (Kennung)"]) == ("Station (Touchscreen)", "kiosk")
    second = dict(zip(header, lines[2].split(";"), strict=True))
    assert (second["Quelle"], second["Quelle (Kennung)"]) == ("Papierkarte", "paper")
    assert (second["Stadtbezirk"], second["Altersgruppe"]) == ("keine Angabe", "keine Angabe")
    assert (second["Stadtbezirk (Kennung)"], second["Altersgruppe (Kennung)"]) == ("", "")
    assert second["Text"] == "'=Treffpunkt für alle"  # still neutralised


def test_xlsx_opens_with_the_same_german_headings_bold_and_frozen(two_cards, tmp_path):
    exporter, kiosk, paper = two_cards
    path = tmp_path / "karten.xlsx"
    exporter.write("xlsx", path)
    workbook = openpyxl.load_workbook(path)
    cards = workbook["Karten"]
    header = [cell.value for cell in cards[1]]
    assert header == documented_columns(CARD_TABLE) and header[:8] == FIRST_HEADINGS
    assert all(cell.font.bold for cell in cards[1])
    assert cards.freeze_panes == "A2"
    assert cards.column_dimensions["E"].width == 80  # the text column is the widest
    rows = [dict(zip(header, row, strict=True))
            for row in cards.iter_rows(min_row=2, values_only=True)]
    assert [row["Kartencode"] for row in rows] == [kiosk.code, paper.code]
    assert [row["Quelle"] for row in rows] == ["Station (Touchscreen)", "Papierkarte"]
    assert rows[1]["Stadtbezirk"] == "keine Angabe" and rows[1]["Stadtbezirk (Kennung)"] is None
    assert rows[1]["Text"] == "=Treffpunkt für alle"  # a text cell, not a formula
    counts = workbook["Auszählung"]
    assert [cell.value for cell in counts[1]] == ["Merkmal", "Kennung", "Bezeichnung",
                                                  "Anzahl"]
    assert [cell.value for cell in counts[1]] == documented_columns(COUNTS_TABLE)
    merkmale = {row[0] for row in counts.iter_rows(min_row=2, values_only=True)}
    assert merkmale == {"Sichtbare Karten", "Ausgeblendete Karten", "Frage", "Themenfeld",
                        "Stadtbezirk", "Altersgruppe", "Quelle"}
    sources = {row[2]: row[3] for row in counts.iter_rows(min_row=2, values_only=True)
               if row[0] == "Quelle"}
    assert sources == {"Station (Touchscreen)": 1, "Papierkarte": 1}


def test_json_keeps_the_english_keys_of_the_catalogue(two_cards, tmp_path):
    exporter, _, _ = two_cards
    path = tmp_path / "karten.json"
    exporter.write("json", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    card = document["cards"][0]
    # Only the spreadsheet adds the source's label; the session's name is in "sessions".
    keys = {column.key for column in CARD_COLUMNS} - {"source_label", "session_name"}
    assert keys <= set(card)
    assert document["sessions"][0]["name"] == "Stadtkonferenz – Station Wohnen"
    assert not {name for name in card if any(ch.isupper() for ch in name)}


def test_the_xlsx_sheets_are_the_shared_table_and_the_documented_counts():
    assert tuple(column.key for column in CARD_COLUMNS) == CARD_KEYS
    assert set(CARD_WIDTHS) == set(CARD_KEYS)  # no column falls back to the default width
    assert max(CARD_COLUMNS, key=lambda column: column.width).key == "text"
    assert [column.heading for column in COUNT_COLUMNS] == documented_columns(COUNTS_TABLE)
