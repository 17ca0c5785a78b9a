"""The office's export in process: the form, the download, its audit entry, the refusals."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from html.parser import HTMLParser

import openpyxl
import pypdf
import pytest

from station_app.collector.export_formats import CATALOGUE, FORMATS, ExportFormat
from station_app.collector.office.audit import EXPORT_DOWNLOADED, AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.export_texts import TEXT
from tests.support.collector_cards import card, receive
from tests.unit.collector import test_export_formats
from tests.unit.collector.office import test_routes
from tests.unit.collector.office.test_routes import log_in, make_client
from tests.unit.collector.test_export_formats import ADDRESS, ANSWER, FEST

staff = test_routes.staff
"""anna (admin) and moritz (moderator), as in the office's route tests."""
office = test_export_formats.office
"""Cards with a status, a group, answers, a hidden, a withdrawn and a corrected one."""
FESTIVAL = event_key(FEST)


class _Form(HTMLParser):
    """The form's fields (id → attributes), the labels' targets and the page's headings."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, dict[str, str | None]] = {}
        self.labels: set[str] = set()
        self.headings: list[str] = []
        self.options: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if tag in ("input", "select") and found.get("type") != "hidden":
            self.fields[str(found["id"])] = found
        elif tag == "label":
            self.labels.add(str(found["for"]))
        elif re.fullmatch(r"h[1-6]", tag):
            self.headings.append(tag)
        elif tag == "option":
            self.options.append(str(found["value"]))


def _form(html: str) -> _Form:
    parser = _Form()
    parser.feed(html)
    return parser


def _downloads(store) -> list:
    return [entry for entry in AuditLog(store).latest() if entry.action == EXPORT_DOWNLOADED]


def test_the_export_needs_a_login(office, staff, clock):
    with make_client(office.store, clock) as client:
        page = client.get("/office/export")
        assert page.status_code == 303
        assert page.headers["location"] == "/office/login?lang=de&next=%2Foffice%2Fexport"
        file = client.get("/office/export/file?format=csv")
        assert file.status_code == 303
        assert file.headers["location"] == ("/office/login?lang=de&next=%2Foffice%2Fexport"
                                            "%2Ffile")
    assert _downloads(office.store) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_form_offers_every_format_the_events_and_the_two_choices(office, staff, clock,
                                                                      lang):
    receive(office.store, [card("Noch eine")], station_id="eving-1",
            event={"name": "<b>Fest</b>", "date": "2026-12-24"})
    with make_client(office.store, clock) as client:
        log_in(client, "moritz", lang=lang)  # a moderator: every member of staff may export
        page = client.get(f"/office/export?lang={lang}")
    assert page.status_code == 200
    t = TEXT[lang]
    form = _form(page.text)
    assert [form.fields[f"format-{key}"]["type"] for key in FORMATS] == ["radio"] * 4
    assert "checked" in form.fields["format-csv"]
    assert form.fields["hidden"]["type"] == form.fields["withdrawn"]["type"] == "checkbox"
    assert set(form.fields) <= form.labels  # every field has its label
    assert form.options == ["", "2026-12-24-b-fest-b", FESTIVAL,  # the latest first
                            "2026-11-14-stadtkonferenz-ausgangsbilder"]
    assert "&lt;b&gt;Fest&lt;/b&gt;" in page.text and "<b>Fest</b>" not in page.text
    assert form.headings[0] == "h1"
    assert t["privacy"] in page.text and t["format_pdf"] in page.text
    assert '<form method="get" action="/office/export/file">' in page.text
    assert f'<a href="/office/export?lang={lang}" aria-current="page">' in page.text


def test_a_download_is_the_file_named_for_its_event_and_an_audit_entry(office, staff,
                                                                        clock):
    with make_client(office.store, clock) as client:
        log_in(client, "moritz")
        got = client.get(f"/office/export/file?format=csv&event={FESTIVAL}&lang=de")
    assert got.status_code == 200
    assert got.headers["content-type"] == "text/csv; charset=utf-8"
    assert got.headers["content-disposition"] == (
        f'attachment; filename="stadtgespraech-{FESTIVAL}-2026-09-28.csv"')
    rows = list(csv.DictReader(io.StringIO(got.content.decode("utf-8-sig")), delimiter=";"))
    assert [row["Kartencode"] for row in rows] == [office.codes["fest"]]
    (entry,) = _downloads(office.store)
    assert (entry.actor, entry.target) == ("moritz", FESTIVAL)
    assert entry.after == {"format": "csv", "event": FESTIVAL, "include_hidden": False,
                           "include_withdrawn": False, "cards": 1}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_downloads_with_its_media_type_and_carries_the_answers(
        office, staff, clock, fmt, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with make_client(office.store, clock) as client:
        log_in(client)
        got = client.get(f"/office/export/file?format={fmt}&hidden=1&withdrawn=1")
    assert got.status_code == 200
    assert got.headers["content-type"].startswith(CATALOGUE[fmt].media_type.split(";")[0])
    assert got.headers["content-disposition"] == (
        f'attachment; filename="stadtgespraech-alle-2026-09-28.{fmt}"')
    assert int(got.headers["content-length"]) == len(got.content)
    if fmt == "csv":
        text = got.content.decode("utf-8-sig")
    elif fmt == "json":
        text = json.dumps(json.loads(got.content), ensure_ascii=False)
    elif fmt == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(got.content))["Karten"]
        text = " ".join(str(value) for row in sheet.iter_rows(values_only=True)
                        for value in row if value is not None)
    else:
        pages = pypdf.PdfReader(io.BytesIO(got.content)).pages
        text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert ANSWER in text and "Stadtgrün" in text
    assert office.codes["hidden"] in text and office.codes["withdrawn"] in text
    assert ADDRESS not in text and "nehme ich zurück" not in text
    assert list(tmp_path.iterdir()) == []  # nothing of the file stays on the server
    (entry,) = _downloads(office.store)
    assert entry.after["format"] == fmt and entry.after["cards"] == 7
    assert entry.after["include_hidden"] is entry.after["include_withdrawn"] is True


@pytest.mark.parametrize(("query", "field", "key"), [
    ("format=docx", "format-csv", "bad_format"),
    ("", "format-csv", "bad_format"),
    ("format=csv&event=stadtfest", "event", "bad_event"),
    ("format=csv&event=" + "x" * 300, "event", "bad_event"),
    ("format=csv&hidden=yes", "hidden", "bad_flag"),
    ("format=json&withdrawn=0", "hidden", "bad_flag"),
])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_choice_the_form_cannot_send_gets_the_form_again_with_the_reason(
        office, staff, clock, query, field, key, lang):
    with make_client(office.store, clock) as client:
        log_in(client, lang=lang)
        got = client.get(f"/office/export/file?{query}&lang={lang}")
    assert got.status_code == 400
    assert got.headers["content-type"].startswith("text/html")
    assert f'<p class="notice" id="export-error" role="alert">{TEXT[lang][key]}</p>' in got.text
    form = _form(got.text)
    assert form.fields[field]["aria-invalid"] == "true"
    assert form.fields[field]["aria-describedby"] == "export-error"
    assert "/office/export/file" not in got.text.split("<main")[0]  # the switch: no download
    assert _downloads(office.store) == []


def test_the_form_keeps_what_was_chosen(office, staff, clock):
    with make_client(office.store, clock) as client:
        log_in(client)
        got = client.get(f"/office/export/file?format=pdf&event={FESTIVAL}&hidden=yes")
    form = _form(got.text)
    assert "checked" in form.fields["format-pdf"] and "checked" not in form.fields["format-csv"]
    assert f'<option value="{FESTIVAL}" selected>' in got.text
    assert (f'href="/office/export?lang=en&amp;format=pdf&amp;event={FESTIVAL}"'
            in got.text)


def test_a_format_this_collector_cannot_write_is_explained(office, staff, clock,
                                                           monkeypatch):
    monkeypatch.setitem(CATALOGUE, "xlsx", ExportFormat("xlsx", "xlsx", "application/x",
                                                        "kein_solches_paket"))
    with make_client(office.store, clock) as client:
        log_in(client)
        got = client.get("/office/export/file?format=xlsx")
    assert got.status_code == 503
    assert ("Das Format XLSX ist auf dieser Sammelstelle nicht eingerichtet (es fehlt das "
            "Paket kein_solches_paket)") in got.text
    assert _downloads(office.store) == []


def test_both_languages_have_the_same_words_and_none_is_empty():
    assert set(TEXT["de"]) == set(TEXT["en"])
    for lang in ("de", "en"):
        assert all(value.strip() for value in TEXT[lang].values()), lang
        assert {f"format_{key}" for key in FORMATS} <= set(TEXT[lang])


def test_a_head_request_builds_no_file_and_writes_no_entry(store, staff, clock):
    with make_client(store, clock) as client:
        log_in(client)
        before = len(AuditLog(store).latest())
        answer = client.head("/office/export/file?format=csv")
        assert answer.status_code == 405 and answer.headers["allow"] == "GET"
        assert len(AuditLog(store).latest()) == before
