"""``station-app export`` and ``station-app moderate`` as real child processes."""

from __future__ import annotations

import csv
import json

import openpyxl
import pypdf

from .cli_helpers import assert_one_line_error, station_app


def _ok(*args, data_dir, stdin=None) -> str:
    result = station_app(*args, data_dir=data_dir, stdin=stdin)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def _card_code(output: str) -> str:
    return output.split()[1]  # "card K7M-4QX-9TRP stored (...)"


def test_export_every_format_and_moderation_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    _ok("sessions", "open", "Stadtkonferenz 28.09. – Station Wohnen", data_dir=data)
    kept = _card_code(_ok("cards", "add", "--prompt", "idee", "--topic", "wohnen", "--text",
                          "=SUMME(A1:A3) Bänke", "--district", "hoerde", data_dir=data))
    hidden = _card_code(_ok("cards", "add", "--prompt", "heute", "--topic", "kultur",
                            "--text", "Meine Nummer 0170 999", data_dir=data))
    out = _ok("moderate", "hide", hidden.lower(), "--reason", "Telefonnummer", data_dir=data)
    assert out.strip() == f"card {hidden} hidden: Telefonnummer"
    assert hidden in _ok("moderate", "list", data_dir=data)

    csv_path = tmp_path / "karten.csv"
    out = _ok("export", "--format", "csv", "-o", str(csv_path), data_dir=data)
    assert out.strip() == (f"1 cards (Sitzung 1: Stadtkonferenz 28.09. – Station Wohnen, "
                           f"1 hidden not included) written to {csv_path}")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["Kartencode"], r["Text"], r["Stadtbezirk"]) for r in rows] == [
        (kept, "'=SUMME(A1:A3) Bänke", "Hörde")]

    _ok("export", "--format", "csv", "--delimiter", ",", "-o", str(csv_path), data_dir=data)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["Kartencode"] == kept

    xlsx_path = tmp_path / "karten.xlsx"
    _ok("export", "--format", "xlsx", "--all", "-o", str(xlsx_path), data_dir=data)
    sheet = openpyxl.load_workbook(xlsx_path)["Karten"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [kept]

    json_path = tmp_path / "karten.json"
    _ok("export", "--format", "json", "--session", "1", "-o", str(json_path), data_dir=data)
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert [c["code"] for c in document["cards"]] == [kept]
    assert document["statistics"]["hidden"] == 1

    _ok("moderate", "unhide", hidden, data_dir=data)
    pdf_path = tmp_path / "bericht.pdf"
    _ok("export", "--format", "pdf", "-o", str(pdf_path), data_dir=data)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf_path).pages)
    assert "Meine Nummer 0170 999" in text and "Ausgeblendete Karten 0" in " ".join(text.split())


def test_bad_export_and_moderation_input_is_one_line(tmp_path):
    data = tmp_path / "data"
    line = assert_one_line_error(station_app("export", "--format", "csv", "-o",
                                             str(tmp_path / "x.csv"), data_dir=data))
    assert "no sessions yet" in line
    _ok("sessions", "open", "Vormittag", data_dir=data)
    line = assert_one_line_error(station_app("export", "--format", "csv", "-o",
                                             str(tmp_path / "nope" / "x.csv"), data_dir=data))
    assert "the folder does not exist" in line
    line = assert_one_line_error(station_app("export", "--format", "docx", "-o", "x",
                                             data_dir=data))
    assert "invalid choice" in line
    line = assert_one_line_error(station_app("export", "--format", "csv", "--all",
                                             "--session", "1", "-o", "x", data_dir=data))
    assert "not allowed with argument" in line
    line = assert_one_line_error(station_app("export", "--format", "csv", "--delimiter", "x",
                                             "-o", str(tmp_path / "x.csv"), data_dir=data))
    assert "delimiter" in line
    line = assert_one_line_error(station_app("export", "--format", "json", "--session", "7",
                                             "-o", str(tmp_path / "x.json"), data_dir=data))
    assert "there is no session 7" in line
    line = assert_one_line_error(station_app("moderate", "hide", "AAA-AAA-AAAA", "--reason",
                                             "x", data_dir=data))
    assert "not a card code" in line or "there is no card" in line
    line = assert_one_line_error(station_app("moderate", "hide", "AAA", data_dir=data))
    assert "--reason" in line
    for device in ("/dev/null", "/dev/full"):
        for fmt in ("csv", "xlsx", "pdf"):
            line = assert_one_line_error(station_app("export", "--format", fmt, "-o", device,
                                                     data_dir=data))
            assert f"{device}: is not a regular file (a device or a pipe)" in line
    assert list(tmp_path.glob("*.part")) == [] and not (tmp_path / "x.csv").exists()


def _collector_db(path):
    """A collector database with a grouped and answered card, a hidden and a withdrawn one,
    of two events."""
    from station_app.collector.office.audit import AuditLog
    from station_app.collector.office.casework import Casework
    from station_app.collector.office.holder import CardHolder
    from station_app.collector.office.statuses import StatusCatalogue
    from station_app.collector.store import CollectorStore
    from tests.support.collector_cards import card, receive

    cards = [card("Schatten für den Spielplatz"), card("=1+1 Bänke"),
             card("Geheim", hidden=True), card("Bitte löschen")]
    fest = card("Ein Fest für alle")
    with CollectorStore.open(path) as store:
        receive(store, cards)
        receive(store, [fest], station_id="hoerde-1",
                event={"name": "Stadtteilfest Hörde", "date": "2026-12-05"})
        audit = AuditLog(store)
        work = Casework(store, StatusCatalogue(), audit)
        group = work.create_group("Spielplätze", actor="anna", client="cli")
        work.assign([cards[0]["uuid"]], group, actor="anna", client="cli")
        work.answer_group(group, "Die Sonnensegel kommen im Juni.", actor="anna", client="cli")
        work.set_status(cards[0]["uuid"], "adopted", actor="anna", client="cli")
        CardHolder(store, audit).withdraw(cards[3]["code"])
    return path, [one["code"] for one in (*cards, fest)]


def test_the_collector_exports_every_format_with_status_group_and_answer(tmp_path,
                                                                         collector_db):
    db, (shaded, formula, hidden, withdrawn, fest) = _collector_db(collector_db)
    data = tmp_path / "data"
    csv_path = tmp_path / "alle.csv"
    out = _ok("collector", "export", "--db", str(db), "--format", "csv", "-o", str(csv_path),
              data_dir=data)
    assert out.strip() == (f"3 card(s) (all events, 1 hidden not included, 1 withdrawn not "
                           f"included) written to {csv_path}")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Kartencode"]: row for row in csv.DictReader(handle, delimiter=";")}
    assert set(rows) == {shaded, formula, fest}
    assert (rows[shaded]["Status"], rows[shaded]["Gruppe"], rows[shaded]["Antwort"]) == (
        "Aufgenommen", "Spielplätze", "Die Sonnensegel kommen im Juni.")
    assert rows[formula]["Text"] == "'=1+1 Bänke"

    xlsx_path = tmp_path / "alle.xlsx"
    _ok("collector", "export", "--db", str(db), "--format", "xlsx", "--include-hidden",
        "--include-withdrawn", "-o", str(xlsx_path), data_dir=data)
    sheet = openpyxl.load_workbook(xlsx_path)["Karten"]
    header, *lines = list(sheet.iter_rows(values_only=True))
    cells = {line[0]: dict(zip(header, line, strict=True)) for line in lines}
    assert set(cells) == {shaded, formula, hidden, withdrawn, fest}
    assert cells[withdrawn]["Text"] is None and cells[withdrawn]["Zurückgezogen"] == "ja"
    assert cells[shaded]["Gruppe"] == "Spielplätze"

    json_path = tmp_path / "fest.json"
    out = _ok("collector", "export", "--db", str(db), "--format", "json", "--event",
              "2026-12-05-stadtteilfest-hoerde", "-o", str(json_path), data_dir=data)
    assert out.startswith("1 card(s) (event 2026-12-05-stadtteilfest-hoerde) written to")
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert [c["code"] for c in document["cards"]] == [fest]

    pdf_path = tmp_path / "bericht.pdf"
    _ok("collector", "export", "--db", str(db), "--format", "pdf", "-o", str(pdf_path),
        data_dir=data)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf_path).pages
                             ).split())
    assert "Schatten für den Spielplatz" in text and "Status: Aufgenommen" in text
    assert "Die Sonnensegel kommen im Juni." in text and "Bitte löschen" not in text


def test_bad_collector_export_input_is_one_line(tmp_path, collector_db):
    db, _codes = _collector_db(collector_db)
    data = tmp_path / "data"
    line = assert_one_line_error(station_app("collector", "export", "--db", str(db),
                                             "--format", "docx", "-o", "x", data_dir=data))
    assert "invalid choice: 'docx' (choose from 'csv', 'xlsx', 'json', 'pdf')" in line
    line = assert_one_line_error(station_app("collector", "export", "--db", str(db),
                                             "--format", "csv", "--event", "stadtfest", "-o",
                                             str(tmp_path / "x.csv"), data_dir=data))
    assert line == ("station-app: error: there is no event 'stadtfest' at the collector "
                    "(events: 2026-12-05-stadtteilfest-hoerde, "
                    "2026-11-14-stadtkonferenz-ausgangsbilder)")
    line = assert_one_line_error(station_app("collector", "export", "--db", str(db),
                                             "--format", "xlsx", "-o", "/dev/full",
                                             data_dir=data))
    assert "/dev/full: is not a regular file (a device or a pipe)" in line
    assert not (tmp_path / "x.csv").exists() and list(tmp_path.glob(".*.part")) == []
