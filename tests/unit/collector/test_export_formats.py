"""Every format of the collector's export, read back the way its reader reads it: the CSV
with ``csv``, the XLSX with openpyxl (and as the XML inside it), the JSON as JSON, the PDF
as the text pypdf extracts. Each carries the status, the group and the answer; none
carries a hidden or withdrawn card unless asked, a withdrawn card's text, or an address."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.public
import openpyxl
import pypdf
import pytest

from station_app.collector.export import write_export
from station_app.collector.export_formats import (
    CATALOGUE,
    FORMATS,
    ExportFormat,
    file_name,
)
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.casework import Casework
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.statuses import StatusCatalogue
from station_app.errors import UserError
from tests.support.collector_cards import card, receive
from tests.waiting import wait_until

ADDRESS = "erika.musterfrau@example.org"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
FEST = {"name": "Stadtteilfest Hörde", "date": "2026-12-05", "venue": "Marktplatz",
        "participation_url": "https://www.dortmund.de/stadtgespraech"}
ANSWER = "Wir pflanzen im Frühjahr 40 Bäume an der Kampstraße."
OWN_ANSWER = "Der Trinkbrunnen kommt im Mai."


@dataclass
class Office:
    """The cards of the export tests and what staff and holders did with them."""

    store: Any
    codes: dict[str, str]


def _at(minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, 14, 10, minute, tzinfo=dt.UTC)


def _staff_clock() -> dt.datetime:
    """When staff answered: a week after the event."""
    return dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def office(store) -> Office:
    """Six cards of the Stadtkonferenz and one of the Stadtteilfest; a Mitmachpool contact."""
    cards = {
        "grouped": card("Mehr Bäume in der Innenstadt", created_at=_at(1)),
        "answered": card("Ein Trinkbrunnen am Markt", topic="mobil", created_at=_at(2)),
        "formula": card('=HYPERLINK("http://evil.example","klick")', created_at=_at(3)),
        "hidden": card("Ruft mich an: 0170 999", hidden=True, created_at=_at(4)),
        "withdrawn": card("Das nehme ich zurück, bitte löschen", created_at=_at(5)),
        "corrected": card("Radwege bis Hombrug", created_at=_at(6)),
    }
    receive(store, list(cards.values()))
    fest = card("Ein Fest für alle Generationen", created_at=_at(7))
    receive(store, [fest], station_id="hoerde-1", event=FEST)
    cards["fest"] = fest
    audit = AuditLog(store, _staff_clock)
    work = Casework(store, StatusCatalogue(), audit, _staff_clock)
    uuid = {name: one["uuid"] for name, one in cards.items()}
    group = work.create_group("Stadtgrün", actor="anna", client="test")
    work.assign([uuid["grouped"], uuid["formula"]], group, actor="anna", client="test")
    work.answer_group(group, ANSWER, actor="anna", client="test")
    work.set_group_status(group, "in_progress", actor="anna", client="test")
    work.answer_card(uuid["answered"], OWN_ANSWER, actor="anna", client="test")
    work.set_status(uuid["answered"], "adopted", actor="anna", client="test")
    holder = CardHolder(store, audit, _staff_clock)
    holder.withdraw(cards["withdrawn"]["code"])
    holder.correct(cards["corrected"]["code"], "Radwege bis Hombruch")
    sealed = nacl.public.SealedBox(store.private_key().public_key).encrypt(
        json.dumps({"email": ADDRESS, "consent_version": "2026-1"}).encode())
    with store.transaction() as db:
        db.execute("INSERT INTO contacts (uuid, station_id, batch_id, sealed, consent_version,"
                   " consented_at, received_at) VALUES ('c-1', 'buergerhalle-1', '', ?,"
                   " '2026-1', '2026-11-14', '2026-11-14')", [sealed])
    return Office(store, {name: one["code"] for name, one in cards.items()})


@dataclass
class Exported:
    """One export as its reader sees it: rows by card code (None for the PDF) and all of
    its text (the PDF's as extracted, the XLSX's XML parts)."""

    rows: dict[str, dict[str, Any]] | None
    text: str
    count: int


def export(office: Office, fmt: str, tmp_path: Path, **options: Any) -> Exported:
    path = tmp_path / f"export.{fmt}"
    count = write_export(office.store, fmt, path, **options)
    if fmt == "csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # German Excel needs the byte order mark
        text = raw.decode("utf-8-sig")
        header, *lines = list(csv.reader(text.splitlines(), delimiter=";", strict=True))
        rows = [dict(zip(header, line, strict=True)) for line in lines]
        return Exported({row["Kartencode"]: row for row in rows}, text, count)
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(path)["Karten"]
        header, *lines = list(sheet.iter_rows(values_only=True))
        rows = [dict(zip(header, line, strict=True)) for line in lines]
        with zipfile.ZipFile(path) as archive:
            text = "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                             if name.endswith(".xml"))
        return Exported({row["Kartencode"]: row for row in rows}, text, count)
    if fmt == "json":
        text = path.read_text(encoding="utf-8")
        return Exported({row["code"]: row for row in json.loads(text)["cards"]}, text, count)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return Exported(None, " ".join(text.split()), count)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_carries_status_group_and_answer(office, tmp_path, fmt):
    found = export(office, fmt, tmp_path)
    grouped, answered = office.codes["grouped"], office.codes["answered"]
    if fmt in ("csv", "xlsx"):
        rows = found.rows
        assert (rows[grouped]["Status"], rows[grouped]["Gruppe"], rows[grouped]["Antwort"],
                rows[grouped]["Antwort vom"]) == ("In Bearbeitung", "Stadtgrün", ANSWER,
                                                  "2026-11-20")
        assert (rows[answered]["Status"], rows[answered]["Antwort"]) == ("Aufgenommen",
                                                                       OWN_ANSWER)
        assert rows[answered]["Gruppe"] in ("", None)
    elif fmt == "json":
        card = found.rows[grouped]
        assert (card["status"], card["status_label"], card["group_name"]) == (
            "in_progress", "In Bearbeitung", "Stadtgrün")
        assert (card["answer"], card["answer_from_group"]) == (ANSWER, True)
        assert card["answer_at"].startswith("2026-11-20T09:00")
        assert found.rows[answered]["answer"] == OWN_ANSWER
        assert found.rows[answered]["answer_from_group"] is False
    else:
        text = found.text
        assert f"{grouped} ·" in text and "Status: In Bearbeitung · Gruppe: Stadtgrün" in text
        assert f"Antwort der Gruppe vom 20.11.2026: {ANSWER}" in text
        assert f"Antwort vom 20.11.2026: {OWN_ANSWER}" in text
        assert "Status: Aufgenommen" in text
        assert "Stadtgrün (2 Karten)" in text  # the groups with their answers


@pytest.mark.parametrize("fmt", FORMATS)
def test_hidden_and_withdrawn_cards_are_left_out_unless_asked_for(office, tmp_path, fmt):
    hidden, withdrawn = office.codes["hidden"], office.codes["withdrawn"]
    plain = export(office, fmt, tmp_path)
    assert plain.count == 5
    assert hidden not in plain.text and withdrawn not in plain.text
    with_hidden = export(office, fmt, tmp_path, include_hidden=True)
    assert with_hidden.count == 6
    assert hidden in with_hidden.text and withdrawn not in with_hidden.text
    everything = export(office, fmt, tmp_path, include_hidden=True, include_withdrawn=True)
    assert everything.count == 7
    assert withdrawn in everything.text
    if everything.rows is None:
        assert f"{withdrawn} ·" in everything.text and "Status: Zurückgezogen" in everything.text
        assert "Zurückgezogen: der Text wurde gelöscht." in everything.text
        assert "ausgeblendet" in everything.text
    elif fmt == "json":
        card = everything.rows[withdrawn]
        assert (card["text"], card["withdrawn"], card["status"]) == ("", True, "withdrawn")
        assert everything.rows[hidden]["hidden"] is True
    else:
        row = everything.rows[withdrawn]
        assert row["Text"] in ("", None)
        assert (row["Zurückgezogen"], row["Status"]) == ("ja", "Zurückgezogen")
        assert everything.rows[hidden]["Ausgeblendet"] == "ja"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_withdrawn_cards_text_is_in_no_format(office, tmp_path, fmt):
    everything = export(office, fmt, tmp_path, include_hidden=True, include_withdrawn=True)
    assert "nehme ich zurück" not in everything.text


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_corrected_card_reads_as_corrected(office, tmp_path, fmt):
    found = export(office, fmt, tmp_path)
    code = office.codes["corrected"]
    if fmt in ("csv", "xlsx"):
        row = found.rows[code]
        assert (row["Text"], row["Korrigiert"], row["Ursprünglicher Text"]) == (
            "Radwege bis Hombruch", "ja", "Radwege bis Hombrug")
        assert found.rows[office.codes["grouped"]]["Korrigiert"] == "nein"
    elif fmt == "json":
        card = found.rows[code]
        assert (card["text"], card["corrected"], card["original_text"]) == (
            "Radwege bis Hombruch", True, "Radwege bis Hombrug")
    else:
        assert "Radwege bis Hombruch" in found.text and "Hombrug" not in found.text


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_address_is_ever_in_an_export(office, tmp_path, fmt):
    everything = export(office, fmt, tmp_path, include_hidden=True, include_withdrawn=True)
    assert ADDRESS not in everything.text
    assert EMAIL.findall(everything.text) == []


def test_formulas_are_neutralised_in_the_csv_and_stored_as_text_in_the_xlsx(office, tmp_path):
    code = office.codes["formula"]
    formula = '=HYPERLINK("http://evil.example","klick")'
    assert export(office, "csv", tmp_path).rows[code]["Text"] == "'" + formula
    path = tmp_path / "karten.xlsx"
    write_export(office.store, "xlsx", path)
    sheet = openpyxl.load_workbook(path)["Karten"]
    header = [cell.value for cell in sheet[1]]
    cell = next(row[header.index("Text")] for row in sheet.iter_rows(min_row=2)
                if row[0].value == code)
    assert (cell.value, cell.data_type) == (formula, "s")
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any(b"<f>" in xml or b"<f " in xml for xml in sheets)


def test_the_xlsx_has_bold_frozen_headings_and_a_sheet_of_groups(office, tmp_path):
    path = tmp_path / "karten.xlsx"
    write_export(office.store, "xlsx", path)
    workbook = openpyxl.load_workbook(path)
    cards = workbook["Karten"]
    header = [cell.value for cell in cards[1]]
    assert header[-7:] == ["Status", "Gruppe", "Antwort", "Antwort vom", "Korrigiert",
                           "Zurückgezogen", "Ursprünglicher Text"]
    assert all(cell.font.bold for cell in cards[1]) and cards.freeze_panes == "A2"
    assert cards.column_dimensions["E"].width == 80  # the text
    groups = list(workbook["Gruppen"].iter_rows(values_only=True))
    assert groups[0][:3] == ("Gruppe", "Karten im Export", "Antwort")
    assert groups[1][:3] == ("Stadtgrün", 2, ANSWER)


def test_the_json_keeps_its_format_and_says_what_it_holds(office, tmp_path):
    path = tmp_path / "karten.json"
    write_export(office.store, "json", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "collector-export/1"
    assert document["count"] == len(document["cards"]) == 5
    assert document["stations"] == ["buergerhalle-1", "hoerde-1"]
    assert document["left_out"] == {"hidden": 1, "withdrawn": 1}
    assert document["filter"] == {"event": None, "include_hidden": False,
                                  "include_withdrawn": False}
    assert [group["name"] for group in document["groups"]] == ["Stadtgrün"]
    assert {status["key"] for status in document["statuses"]} >= {"received", "adopted"}
    first = document["cards"][0]
    assert list(first)[:20] == [  # the keys of collector-export/1 as they always were
        "uuid", "code", "session_id", "session_name", "station_id", "created_at",
        "prompt_id", "prompt_label", "topic_id", "topic_label", "district_id",
        "district_label", "age_group_id", "age_group_label", "language", "source", "text",
        "event_name", "received_at", "hidden"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_event_only(office, tmp_path, fmt):
    found = export(office, fmt, tmp_path, event=event_key(FEST))
    assert found.count == 1
    assert office.codes["fest"] in found.text and office.codes["grouped"] not in found.text


def test_an_unknown_event_or_format_is_refused_with_what_there_is(office, tmp_path):
    with pytest.raises(UserError, match="there is no event 'stadtfest' at the collector "
                                        r"\(events: 2026-12-05-stadtteilfest-hoerde, "
                                        "2026-11-14-stadtkonferenz-ausgangsbilder"):
        write_export(office.store, "csv", tmp_path / "x.csv", event="stadtfest")
    with pytest.raises(UserError, match=r"unknown export format 'docx' \(one of csv, xlsx, "
                                        r"json, pdf\)"):
        write_export(office.store, "docx", tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


def test_a_format_whose_library_is_missing_says_what_to_install(office, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setitem(CATALOGUE, "pdf", ExportFormat("pdf", "pdf", "application/pdf",
                                                       "kein_solches_paket"))
    with pytest.raises(UserError, match=r"the PDF export needs kein_solches_paket, which "
                                        r"this collector installation lacks \(pip install "):
        write_export(office.store, "pdf", tmp_path / "x.pdf")
    assert write_export(office.store, "csv", tmp_path / "x.csv") == 5


def test_the_pdf_counts_per_event_and_prints_umlauts(office, tmp_path):
    text = export(office, "pdf", tmp_path).text
    assert "Auszählung: Stadtkonferenz Ausgangsbilder" in text
    assert "Auszählung: Stadtteilfest Hörde" in text
    assert "Karten je Themenfeld Anzahl Grün und Klima 3 Mobilität 1" in text
    assert "Ausgeblendete Karten 1 (nicht im Bericht enthalten)" in text
    assert "Kontaktdaten aus dem Mitmachpool" in text
    fonts = {str(font.get("/BaseFont", ""))
             for page in pypdf.PdfReader(tmp_path / "export.pdf").pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in font for font in fonts)


def test_an_export_of_a_database_file_lets_batches_arrive_while_it_reads(tmp_path):
    """It reads on a connection of its own, so the collector keeps storing batches."""
    from station_app.collector.export import merged_rows
    from station_app.collector.store import CollectorStore

    with CollectorStore.open(tmp_path / "collector.db") as store:
        receive(store, [card("Mehr Bänke", created_at=_at(1)),
                        card("Mehr Licht", created_at=_at(2))])
        rows = merged_rows(store)
        first = next(rows)  # the export is under way
        stored = threading.Event()
        worker = threading.Thread(target=lambda: (
            receive(store, [card("Mehr Grün", created_at=_at(3))]), stored.set()))
        worker.start()
        try:
            wait_until(stored.is_set, timeout=5, what="a batch stored during an export")
            assert [first["text"], *(row["text"] for row in rows)] == ["Mehr Bänke",
                                                                       "Mehr Licht"]
        finally:
            rows.close()  # a writer the export held up goes on
            worker.join()
        assert write_export(store, "json", tmp_path / "alle.json") == 3
    cards = json.loads((tmp_path / "alle.json").read_text(encoding="utf-8"))["cards"]
    assert [card["text"] for card in cards] == ["Mehr Bänke", "Mehr Licht", "Mehr Grün"]


def test_file_names_name_the_event_and_the_day():
    day = dt.date(2026, 12, 2)
    assert file_name("csv", "2026-11-14-stadtkonferenz", day) == (
        "stadtgespraech-2026-11-14-stadtkonferenz-2026-12-02.csv")
    assert file_name("xlsx", None, day) == "stadtgespraech-alle-2026-12-02.xlsx"


def test_a_pdf_for_reading_lists_at_most_its_limit_and_says_where_the_rest_is(
        office, tmp_path, monkeypatch):
    from station_app.collector import export_pdf

    monkeypatch.setattr(export_pdf, "MAX_LISTED", 2)
    exported = export(office, "pdf", tmp_path)
    assert exported.count == 2
    assert "… und 3 weitere Karten" in exported.text
    assert "Alle stehen im CSV-, Excel- und JSON-Export." in exported.text
