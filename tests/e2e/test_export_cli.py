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
