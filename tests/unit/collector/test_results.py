"""The published results: which events have them, what they count, what they show, and
the cache that lets many readers share one reading."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from station_app.collector import results_pages
from station_app.collector.app import HTML_HEADERS, CollectorSettings, create_app
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.web import Office
from station_app.collector.pages import PageSettings
from station_app.collector.public_routes import public_routes
from station_app.collector.results import PageCache, ResultsReader
from tests.support.collector_cards import EVENT, card, receive

STAFF = {"actor": "anna", "client": "here"}
OTHER_EVENT = {"name": "Quartiersabend Hörde", "date": "2026-12-01", "venue": "Hörder Burg"}


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_client(app) -> TestClient:
    return TestClient(app, base_url="http://collector", follow_redirects=False)


@pytest.fixture
def app(store):
    return create_app(store)


@pytest.fixture
def event_cards(store):
    """Seven cards of the Stadtkonferenz (one hidden at its station) and one of another
    event; returns the Stadtkonferenz's cards."""
    made = [card("Mehr Bänke am Phoenix-See."), card("Schatten für heiße Tage."),
            card("Bäume in der Innenstadt.", prompt="p2"),
            card("Busse am Abend.", topic="mobil"),
            card("Radweg nach Hörde.", topic="mobil", district=None),
            card("Sichere Kreuzungen.", topic="mobil", district="hoerde"),
            card("Versteckt, weil beleidigend.", hidden=True)]
    receive(store, made)
    receive(store, [card("Eine Karte aus Hörde.")], station_id="hoerde-1", event=OTHER_EVENT)
    return made


def keys_of(store) -> dict[str, str]:
    return {name: key for key, name in store.db.execute("SELECT key, name FROM office_events")}


def publish(store, name: str = EVENT["name"], cards_public: bool = False) -> str:
    store.db.execute("UPDATE office_events SET results_public = 1, cards_public = ?"
                     " WHERE name = ?", [int(cards_public), name])
    return keys_of(store)[name]


def table(body: str, anchor: str) -> dict[str, int]:
    part = body.split(f'<h2 id="{anchor}">', 1)[1].split("</table>", 1)[0]
    return {label: int(number) for label, number in re.findall(
        r'<th scope="row">([^<]+)</th><td class="number">(\d+)</td>', part)}


def main_of(page) -> str:
    return page.text.split('<main id="main">', 1)[1].split("</main>", 1)[0]


def test_both_languages_have_the_same_words_and_none_is_empty():
    text = results_pages.TEXT
    assert set(text["de"]) == set(text["en"])
    assert all(value.strip() for words in text.values() for value in words.values())


def test_unpublished_and_unknown_events_get_a_friendly_404(store, app, event_cards):
    key = keys_of(store)[EVENT["name"]]
    with make_client(app) as client:
        for path in (f"/results/{key}", "/results/2030-01-01-gibt-es-nicht",
                     "/results/%3Cscript%3E", f"/results/{key}?lang=en"):
            page = client.get(path)
            assert page.status_code == 404, path
            assert ("noch nicht veröffentlicht" in page.text
                    or "not been published yet" in page.text)
            assert "&lt;script&gt;" in page.text or "<script>" not in page.text
        listing = client.get("/results")
    assert listing.status_code == 200 and "Noch sind keine Ergebnisse veröffentlicht." in \
        listing.text


def test_the_list_names_only_published_events(store, app, event_cards):
    key = publish(store)
    with make_client(app) as client:
        body = main_of(client.get("/results?lang=en"))
    assert f'href="/results/{key}?lang=en">Stadtkonferenz Ausgangsbilder</a>' in body
    assert "14 November 2026 · Bürgerhalle" in body
    assert "Quartiersabend" not in body


def test_the_figures_leave_out_withdrawn_and_hidden_cards(store, app, event_cards):
    office = app.state.office
    office.holder.withdraw(event_cards[1]["code"])
    office.casework.set_hidden(event_cards[3]["uuid"], True, "Beleidigung", **STAFF)
    key = publish(store)
    with make_client(app) as client:
        page = client.get(f"/results/{key}")
        english = main_of(client.get(f"/results/{key}?lang=en"))
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-cache"  # kept at the collector only
    body = main_of(page)
    assert "<h1>Ergebnisse: Stadtkonferenz Ausgangsbilder</h1>" in body
    assert "14.11.2026 · Bürgerhalle" in body and "Stand: <time" in body
    assert "Eingegangene Karten: 7. Davon in den Zahlen unten: 4" in body
    assert table(body, "by-prompt") == {"Was wünschen Sie sich?": 3, "Was stört Sie?": 1}
    assert table(body, "by-topic") == {"Grün und Klima": 2, "Mobilität": 2}
    assert table(body, "by-district") == {"Innenstadt-West": 2, "hoerde": 1,
                                          "keine Angabe": 1}
    assert table(english, "by-topic") == {"Green and climate": 2, "Mobility": 2}
    assert table(english, "by-district")["not given"] == 1
    assert "Die Karten" not in body and "Phoenix-See" not in body  # cards not public


def test_answered_groups_with_cards_of_the_event_are_shown(store, app, event_cards):
    casework = app.state.office.casework
    shade = casework.create_group("Schatten & Bänke", **STAFF)
    casework.assign([c["uuid"] for c in event_cards[:3]], shade, **STAFF)
    casework.answer_group(shade, "Wir pflanzen 50 Bäume.", **STAFF)
    quiet = casework.create_group("Ohne Antwort", **STAFF)
    casework.assign([event_cards[3]["uuid"]], quiet, **STAFF)
    elsewhere = casework.create_group("Nur Hörde", **STAFF)
    other = store.db.execute("SELECT uuid FROM office_cards WHERE station_id = 'hoerde-1'"
                             ).fetchone()[0]
    casework.assign([other], elsewhere, **STAFF)
    casework.answer_group(elsewhere, "Antwort für Hörde.", **STAFF)
    app.state.office.holder.withdraw(event_cards[2]["code"])
    key = publish(store)
    with make_client(app) as client:
        body = main_of(client.get(f"/results/{key}"))
    assert "<h3>Schatten &amp; Bänke</h3>" in body and "Wir pflanzen 50 Bäume." in body
    assert "2 Karten dieser Veranstaltung · Antwort vom" in body
    assert "Ohne Antwort" not in body and "Nur Hörde" not in body


def test_cards_are_shown_only_when_the_city_says_so_and_never_hidden_or_withdrawn(
        store, app, event_cards):
    app.state.office.holder.withdraw(event_cards[0]["code"])
    app.state.office.holder.correct(event_cards[1]["code"], "Schatten und Wasser.")
    key = publish(store, cards_public=True)
    with make_client(app) as client:
        body = main_of(client.get(f"/results/{key}"))
    cards = body.split('<ul class="cards">', 1)[1].split("</ul>", 1)[0]
    assert cards.count("<li>") == 5
    assert "Schatten und Wasser." in cards and "korrigiert" in cards
    assert "Schatten für heiße Tage." not in cards
    for gone in ("Phoenix-See", "Versteckt", event_cards[2]["code"]):
        assert gone not in body
    assert "Mobilität · Was wünschen Sie sich? · Status: Eingegangen" in cards


def test_many_cards_come_a_hundred_to_a_page(store, app):
    start = dt.datetime(2026, 11, 14, 10, 0, tzinfo=dt.UTC)
    receive(store, [card(f"Karte Nummer {number:03d}.",
                         created_at=start + dt.timedelta(minutes=number))
                    for number in range(150)])
    key = publish(store, cards_public=True)
    with make_client(app) as client:
        first = main_of(client.get(f"/results/{key}"))
        second = main_of(client.get(f"/results/{key}?page=2"))
        assert client.get(f"/results/{key}?page=3").status_code == 404
        assert client.get(f"/results/{key}?page=zwei").status_code == 200  # the first page
    assert first.count("Karte Nummer") == 100 and second.count("Karte Nummer") == 50
    assert "Seite 1 von 2" in first and f'href="/results/{key}?lang=de&amp;page=2"' in first
    assert "Seite 2 von 2" in second and "Vorige Seite" in second
    assert "Karte Nummer 000." in first and "Karte Nummer 149." in second


def test_a_second_reader_costs_no_query_and_a_withdrawal_shows_at_once(
        store, event_cards, clock):
    ticks = Ticks()
    office = Office.build(store, OfficeSettings(), PageSettings())
    app = Starlette(routes=public_routes(office, HTML_HEADERS, clock,
                                         PageCache(60.0, ticks)))
    key = publish(store)
    queries: list[str] = []
    with make_client(app) as client:
        first = client.get(f"/results/{key}").text
        watch = watch_queries(store, queries.append)
        try:
            assert client.get(f"/results/{key}").text == first
            # (PostgreSQL: only the one-row look whether any process has written since)
            assert [query for query in queries if "collector_generation" not in query] == []
            office.holder.withdraw(event_cards[0]["code"])  # through this collector
            queries.clear()
            fresh = client.get(f"/results/{key}").text
        finally:
            watch()
    assert queries and fresh != first
    assert "Davon in den Zahlen unten: 5" in fresh
    assert all("FROM cards" not in query or "LIMIT" in query for query in queries)


def test_a_change_made_elsewhere_shows_after_a_minute(store, event_cards, clock):
    ticks = Ticks()
    office = Office.build(store, OfficeSettings(), PageSettings())
    app = Starlette(routes=public_routes(office, HTML_HEADERS, clock,
                                         PageCache(60.0, ticks)))
    key = publish(store)
    with make_client(app) as client:
        first = client.get(f"/results/{key}").text
        # Another collector process on the same database: this one's cache cannot know.
        store.db.execute("UPDATE office_cards SET hidden = 1 WHERE uuid = ?",
                         [event_cards[0]["uuid"]])
        ticks.now += 59
        assert client.get(f"/results/{key}").text == first
        ticks.now += 2
        clock.advance(61)
        fresh = client.get(f"/results/{key}").text
    assert "Davon in den Zahlen unten: 5" in fresh


def test_the_reader_never_lists_cards_of_an_event_without_public_cards(store, event_cards):
    office = Office.build(store, OfficeSettings(), PageSettings())
    reader = ResultsReader(store, office.files, office.settings.statuses)
    key = publish(store)
    found = reader.results(key, "de", 1, "keine Angabe")
    assert found is not None and found.cards is None and found.counted == 6
    assert reader.results(keys_of(store)[OTHER_EVENT["name"]], "de", 1, "-") is None


def test_the_cache_makes_a_value_once_however_many_ask(store):
    ticks = Ticks()
    cache: PageCache[int] = PageCache(60.0, ticks, max_entries=2)
    made: list[str] = []
    started = threading.Barrier(8)

    def make() -> int:
        made.append("x")
        return len(made)

    def reader() -> None:
        started.wait()
        assert cache.get("a", make) == 1

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made == ["x"]
    cache.get("b", make)
    cache.get("c", make)  # beyond two entries "a" is forgotten
    assert cache.get("a", make) == 4


def test_results_pages_are_rate_limited_like_the_follow_up_page(store):
    app = create_app(store, settings=CollectorSettings(page_requests_per_minute=1,
                                                       page_burst=2))
    with make_client(app) as client:
        assert [client.get("/results").status_code for _ in range(2)] == [200, 200]
        limited = client.get("/results?lang=en")
        assert limited.status_code == 429 and "Too many requests" in limited.text
        assert client.get("/k/K7M-4QX-9TRP").status_code == 429  # the same bucket


def watch_queries(store, seen: Callable[[str], None]) -> Callable[[], None]:
    """Hear every query the store runs (SQLite's trace, or PostgreSQL's execute); returns
    what ends the watch."""
    if store.dialect == "sqlite":
        store.db.conn.set_trace_callback(seen)
        return lambda: store.db.conn.set_trace_callback(None)
    original = store.db.execute

    def execute(sql, params=None):
        seen(sql)
        return original(sql, params)

    store.db.execute = execute
    return lambda: vars(store.db).pop("execute")
