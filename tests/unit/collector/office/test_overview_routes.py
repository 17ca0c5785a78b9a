"""The overview page in process: what staff read in its tables."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import nacl.signing

from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.overview import set_publication
from station_app.protocol.canonical import b64encode
from tests.support.collector_cards import EVENT, card, receive
from tests.unit.collector.office import test_routes
from tests.unit.collector.office.test_routes import log_in, make_client

staff = test_routes.staff
"""anna (admin) and moritz (moderator), as in the office's route tests."""
FEST = {"name": "Stadtteilfest Hörde", "date": "2026-12-05", "venue": "Marktplatz",
        "participation_url": "https://www.dortmund.de/stadtgespraech"}
FIRST, SECOND = event_key(EVENT), event_key(FEST)


class _Tables(HTMLParser):
    """Every table of a page: caption → rows of cell texts (header rows included)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, list[list[str]]] = {}
        self._rows: list[list[str]] = []
        self._text: list[str] | None = None
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self._rows = []
        elif tag == "caption":
            self._caption = []
        elif tag == "tr":
            self._rows.append([])
        elif tag in ("th", "td"):
            self._text = []
        elif tag == "br" and self._text is not None:
            self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption" and self._caption is not None:
            self.found[" ".join("".join(self._caption).split())] = self._rows
            self._caption = None
        elif tag in ("th", "td") and self._text is not None:
            self._rows[-1].append(" ".join("".join(self._text).split()))
            self._text = None

    def handle_data(self, data: str) -> None:
        for target in (self._caption, self._text):
            if target is not None:
                target.append(data)


def tables(html: str) -> dict[str, list[list[str]]]:
    parser = _Tables()
    parser.feed(html)
    return parser.found


def row(html: str, caption: str, first: str) -> list[str]:
    """The row of the table ``caption`` whose first cell is ``first``."""
    return next(cells for cells in tables(html)[caption] if cells and cells[0] == first)


def _two_stations_two_events(store, clock) -> None:
    receive(store, [card("Bäume"), card("Busse", topic="mobil", district=None),
                    card("Radwege", age_group=None)], station_id="buergerhalle-1")
    taken_back = card("Doch nicht")
    receive(store, [card("Ruhe", prompt="p2", district=None, age_group=None),
                    card("Versteckt", hidden=True), taken_back], station_id="markt-1",
            event=FEST, at=dt.datetime(2026, 12, 5, 15, 0, tzinfo=dt.UTC))
    receive(store, [card("Spät")], station_id="markt-1", event=FEST, seq=3,
            at=dt.datetime(2026, 12, 5, 17, 45, tzinfo=dt.UTC))
    CardHolder(store, AuditLog(store, clock), clock).withdraw(taken_back["code"])


def test_the_overview_shows_events_stations_and_counts(store, staff, clock):
    _two_stations_two_events(store, clock)
    set_publication(store, AuditLog(store, clock), SECOND, results_public=True,
                    cards_public=False, actor="anna", client="here")
    with make_client(store, clock) as client:
        log_in(client, "moritz")  # any member of staff
        page = client.get("/office/overview")
    assert page.status_code == 200
    html = page.text
    events = "Veranstaltungen, ihre Karten und ob ihre Ergebnisse veröffentlicht sind"
    assert row(html, events, "Stadtkonferenz Ausgangsbilder") == [
        "Stadtkonferenz Ausgangsbilder", "14.11.2026", "Bürgerhalle",
        "3 Karten von „Stadtkonferenz Ausgangsbilder“ ansehen", "nicht veröffentlicht"]
    assert row(html, events, "Stadtteilfest Hörde")[3:] == [
        "3 Karten von „Stadtteilfest Hörde“ ansehen",
        "veröffentlicht Ergebnisseite von „Stadtteilfest Hörde“"]
    assert f'href="/office/cards?lang=de&amp;event={FIRST}"' in html
    assert f'href="/results/{SECOND}?lang=de"' in html
    assert f'href="/results/{FIRST}?lang=de"' not in html

    stations = "Abgleich je Station: gemeldet und angekommen"
    assert row(html, stations, "markt-1") == [
        "markt-1", "unvollständig", "2", "2", "keine", "0", "4", "0",
        "Nr. 3, angekommen 05.12.2026, 18:45 Uhr"]
    assert row(html, stations, "buergerhalle-1")[:5] == [
        "buergerhalle-1", "vollständig", "1", "keine", "keine"]

    assert "<li>Gezählte Karten: 6</li>" in html
    assert "<li>davon ausgeblendet (sie zählen mit): 1</li>" in html
    assert "<li>nicht gezählt, weil zurückgezogen: 1</li>" in html
    found = tables(html)
    assert found["Karten je Frage"][1:] == [["Was wünschen Sie sich?", "5"],
                                            ["Was stört Sie?", "1"]]
    assert found["Karten je Themenfeld"][1:] == [["Grün und Klima", "5"], ["Mobilität", "1"]]
    assert found["Karten je Stadtbezirk"][1:] == [["Innenstadt-West", "4"],
                                                  ["keine Angabe", "2"]]
    assert found["Karten je Altersgruppe"][1:] == [["30–49 Jahre", "4"], ["keine Angabe", "2"]]


def test_the_counts_can_be_narrowed_to_one_event(store, staff, clock):
    _two_stations_two_events(store, clock)
    with make_client(store, clock) as client:
        log_in(client)
        html = client.get(f"/office/overview?event={SECOND}").text
    assert f'<option value="{SECOND}" selected>Stadtteilfest Hörde (05.12.2026)' in html
    assert "Gezählt für die Veranstaltung „Stadtteilfest Hörde“." in html
    assert "Der Abgleich gilt immer für alle Veranstaltungen." in html
    assert "<li>Gezählte Karten: 3</li>" in html
    assert "<li>nicht gezählt, weil zurückgezogen: 1</li>" in html
    found = tables(html)
    assert found["Karten je Frage"][1:] == [["Was wünschen Sie sich?", "2"],
                                            ["Was stört Sie?", "1"]]
    assert found["Karten je Stadtbezirk"][1:] == [["Innenstadt-West", "2"],
                                                  ["keine Angabe", "1"]]
    # the events and stations stay whole
    assert len(found["Abgleich je Station: gemeldet und angekommen"]) == 3


def test_an_unknown_event_in_the_filter_gets_a_404_page(store, staff, clock):
    receive(store, [card("eins")])
    with make_client(store, clock) as client:
        log_in(client)
        for typed in ("gibt-es-nicht", "<script>", "x" * 5000):
            answer = client.get("/office/overview", params={"event": typed})
            assert answer.status_code == 404
            assert "Veranstaltung nicht gefunden" in answer.text
            assert "<script>" not in answer.text


def test_names_venues_and_station_ids_with_html_are_escaped(store, staff, clock):
    receive(store, [card("eins")], station_id="<img src=x onerror=alert(1)>",
            event={"name": "<script>alert(1)</script>", "date": "2026-11-14",
                   "venue": "<b>Halle</b>", "participation_url": ""})
    with make_client(store, clock) as client:
        log_in(client)
        html = client.get("/office/overview").text
    assert "<script>alert" not in html and "<img" not in html and "<b>Halle" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Halle&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_the_overview_in_english_is_english(store, staff, clock):
    _two_stations_two_events(store, clock)
    with make_client(store, clock) as client:
        log_in(client, lang="en")
        html = client.get("/office/overview?lang=en").text
    assert '<html lang="en">' in html and "<h1>Overview</h1>" in html
    assert row(html, "Reconciliation per station: reported and arrived", "markt-1")[1:4] == [
        "incomplete", "2", "2"]
    assert tables(html)["Cards per district"][1:] == [["Innenstadt-West", "4"],
                                                      ["not given", "2"]]
    assert tables(html)["Cards per topic"][1][0] == "Green and climate"
    assert "5 December 2026, 18:45" in html
    for german in ("keine Angabe", "unvollständig", "Karten je", "Gezählte", "Veranstaltung"):
        assert german not in html


def test_without_a_login_the_overview_sends_to_the_login(store, staff, clock):
    with make_client(store, clock) as client:
        answer = client.get("/office/overview?lang=en")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/office/login?lang=en&next=%2Foffice%2Foverview"


def test_an_empty_collector_has_an_overview_too(store, staff, clock):
    with make_client(store, clock) as client:
        log_in(client)
        html = client.get("/office/overview").text
    assert "Noch sind keine Karten angekommen" in html
    assert "Noch ist keine Station angemeldet." in html
    assert "<li>Gezählte Karten: 0</li>" in html


def test_a_station_behind_a_venue_hub_names_the_hub(store, staff, clock):
    receive(store, [card("Bäume")], station_id="saal-1")
    key = store.station("saal-1")["verify_key"]
    store.add_station("hub-1", nacl.signing.SigningKey.generate().verify_key,
                      dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    store.register_relayed_station("saal-1", b64encode(bytes(key)),
                                   dt.datetime(2026, 11, 2, tzinfo=dt.UTC), "hub-1",
                                   dt.datetime(2026, 11, 3, tzinfo=dt.UTC))
    with make_client(store, clock) as client:
        log_in(client)
        german = client.get("/office/overview?lang=de").text
        english = client.get("/office/overview?lang=en").text
    caption = "Abgleich je Station: gemeldet und angekommen"
    assert row(german, caption, "saal-1 über den Hub hub-1")[1] == "vollständig"
    assert row(german, caption, "hub-1 leitet die Stapel weiter von: saal-1")[1] == \
        "Hub der Veranstaltung"
    assert "saal-1 through the hub hub-1" in " ".join(
        cells[0] for cells in next(rows for title, rows in tables(english).items()
                                    if title.startswith("Reconciliation")))
