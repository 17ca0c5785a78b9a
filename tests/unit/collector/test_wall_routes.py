"""The live wall's routes in process: the page, the script, the stream and its feed, the
limits, and what ends a stream."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from station_app.collector.app import HTML_HEADERS, CollectorSettings, create_app
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.casework import Casework
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.web import Office
from station_app.collector.pages import PageSettings
from station_app.collector.wall_pages import SCRIPT
from station_app.collector.wall_routes import WallFeed, WallRoutes, end_streams, sse_message
from tests.support.collector_cards import EVENT, card, receive
from tests.unit.collector.office.conftest import CHEAP
from tests.waiting import wait_until

KEY = event_key(EVENT)
STREAM = f"/wall/{KEY}/stream"
WALL = CollectorSettings(wall=True)
"""A collector started with ``--wall``, as a venue's hub."""


@pytest.fixture
def wall(store) -> WallRoutes:
    """The wall's routes over the store, looking twenty times a second."""
    routes = WallRoutes(Office.build(store, OfficeSettings(hash_cost=CHEAP), PageSettings()),
                        HTML_HEADERS)
    routes.feed.look = 0.05
    return routes


@pytest.fixture
def client(wall) -> Iterator[TestClient]:
    with TestClient(Starlette(routes=wall.routes()), base_url="http://hub") as opened:
        yield opened


def next_event(lines: Iterator[str]) -> tuple[str, str]:
    """(id, data) of the next ``wall`` event of a stream."""
    found: dict[str, str] = {}
    for line in lines:
        if not line:
            if "data" in found:
                return found.get("id", ""), found["data"]
            continue
        name, _, value = line.partition(": ")
        found[name] = value
    raise AssertionError(f"the stream ended after {found}")


def test_the_page_holds_the_current_cards_and_only_it_may_run_its_script(store):
    receive(store, [card("Mehr Bänke am Phoenix-See"), card("Radwege!", topic="mobil")])
    with TestClient(create_app(store, settings=WALL)) as client:
        page = client.get(f"/wall/{KEY}")
        listing = client.get("/wall/")
        bare = client.get("/wall")
        english = client.get(f"/wall/{KEY}?lang=en")
        missing = client.get("/wall/gibt-es-nicht")
        crooked = client.get("/wall/Gross_und%20klein")
    assert page.status_code == 200 and "Mehr Bänke am Phoenix-See" in page.text
    assert page.text.index("Radwege!") < page.text.index("Mehr Bänke")  # newest first
    policy = page.headers["content-security-policy"]
    assert policy.startswith("default-src 'none'; script-src 'self'; connect-src 'self';")
    assert "style-src 'unsafe-inline'" in policy and "frame-ancestors 'none'" in policy
    assert page.headers["cache-control"] == "no-cache"
    assert "Mobility" in english.text and '<html lang="en">' in english.text
    for strict in (listing, bare, missing, crooked):
        assert strict.headers["content-security-policy"] == HTML_HEADERS[
            "Content-Security-Policy"]
        assert "<script" not in strict.text
    assert listing.status_code == bare.status_code == 200
    assert f'href="/wall/{KEY}?lang=de"' in listing.text
    assert missing.status_code == crooked.status_code == 404
    assert "Diese Live-Wand gibt es nicht" in missing.text


def test_the_script_is_served_as_a_script(client):
    script = client.get("/wall/wall.js")
    assert script.status_code == 200 and script.text == SCRIPT
    assert script.headers["content-type"] == "text/javascript; charset=utf-8"
    assert script.headers["x-content-type-options"] == "nosniff"


def test_neither_the_page_nor_the_stream_carries_a_code_or_a_station(store, client):
    cards = [card("Mehr Bänke"), card("Mehr Licht")]
    receive(store, cards, station_id="buergerhalle-7")
    page = client.get(f"/wall/{KEY}").text
    with client.stream("GET", STREAM) as stream:
        _version, part = next_event(stream.iter_lines())
    for text in (page, part):
        assert "Mehr Bänke" in text and "buergerhalle-7" not in text
        assert not any(one["code"] in text or one["uuid"] in text for one in cards)


def test_the_stream_sends_the_wall_then_each_change_new_cards_and_hidden_ones_gone(
        store, client, clock):
    shade = card("Mehr Schatten auf dem Friedensplatz")
    receive(store, [shade])
    with client.stream("GET", STREAM) as stream:
        assert stream.headers["content-type"] == "text/event-stream; charset=utf-8"
        assert stream.headers["cache-control"] == "no-store"
        assert "content-length" not in stream.headers
        lines = stream.iter_lines()
        assert next(lines) == "retry: 3000"
        first_id, first = next_event(lines)
        assert "Mehr Schatten" in first and "1 Karte" in first
        receive(store, [card("Ein Trinkbrunnen am Markt")])
        second_id, second = next_event(lines)
        assert "Ein Trinkbrunnen am Markt" in second and "2 Karten" in second
        assert second_id != first_id
        Casework(store, StatusCatalogue(), AuditLog(store, clock), clock).set_hidden(
            shade["uuid"], True, "Persönliche Daten", actor="moritz", client="here")
        _id, third = next_event(lines)
        assert "Mehr Schatten" not in third and "1 Karte" in third


def test_a_stream_that_has_the_current_wall_gets_only_heartbeats(store, wall, client):
    receive(store, [card("eins")])
    wall.feed.heartbeat = 0.05
    with client.stream("GET", STREAM) as stream:
        version, _part = next_event(stream.iter_lines())
    with client.stream("GET", STREAM, headers={"Last-Event-ID": version}) as stream:
        lines = stream.iter_lines()
        assert [next(lines) for _ in range(4)] == ["retry: 3000", "", ": still here", ""]
    with client.stream("GET", f"{STREAM}?v={version}") as stream:  # the page's own version
        lines = stream.iter_lines()
        assert [next(lines) for _ in range(3)] == ["retry: 3000", "", ": still here"]


def test_all_streams_share_one_look_a_tick_and_one_rendering_a_change(store, wall, client):
    receive(store, [card("eins")])
    renders: list[tuple[str, list[str]]] = []
    render = wall.feed.render

    def counted(key: str, langs: list[str]):
        renders.append((key, langs))
        return render(key, langs)

    wall.feed.render = counted
    with ExitStack() as stack:
        streams = [stack.enter_context(client.stream("GET", f"{STREAM}?lang={lang}"))
                   for lang in ("de", "de", "de", "en", "en")]
        readers = [stream.iter_lines() for stream in streams]
        for lines in readers:
            next_event(lines)
        assert wall.feed.streams == 5
        looks, started = wall.feed.looks, time.monotonic()
        receive(store, [card("zwei")])
        parts = [next_event(lines)[1] for lines in readers]
        assert all("zwei" in part for part in parts)
        assert len({part for part in parts}) == 2  # one German, one English
        ticks = (time.monotonic() - started) / wall.feed.look
        assert wall.feed.looks - looks <= ticks + 2  # not five looks a tick
    assert [key for key, _langs in renders] == [KEY] * len(renders)
    assert renders[-1] == (KEY, ["de", "en"])  # the change: read and rendered once
    wait_until(lambda: wall.feed.streams == 0, what="the streams to end with their clients")


def test_closing_the_feed_ends_every_stream_and_refuses_new_ones(store, wall, client):
    receive(store, [card("eins")])
    with client.stream("GET", STREAM) as stream:
        lines = stream.iter_lines()
        next_event(lines)
        client.portal.call(wall.feed.close)  # type: ignore[union-attr]
        assert list(lines) == []  # ended, cleanly
    refused = client.get(STREAM)
    assert refused.status_code == 503 and refused.headers["retry-after"] == "10"


def test_one_client_may_hold_only_a_few_streams_and_no_stream_for_no_wall(store, wall,
                                                                          client):
    receive(store, [card("eins")])
    wall.feed.max_per_client = 2
    with client.stream("GET", STREAM), client.stream("GET", STREAM):
        refused = client.get(STREAM)
        assert refused.status_code == 429
    assert client.get("/wall/gibt-es-nicht/stream").status_code == 404
    assert client.get("/wall/-x/stream").status_code == 404


def test_wall_pages_are_rate_limited_like_the_follow_up_pages_but_streams_are_not(store):
    receive(store, [card("eins")])
    settings = CollectorSettings(page_requests_per_minute=1, page_burst=2, wall=True)
    with TestClient(create_app(store, settings=settings)) as client:
        assert [client.get(f"/wall/{KEY}").status_code for _ in range(3)] == [200, 200, 429]
        limited = client.get("/wall/")
        assert limited.status_code == 429 and "Zu viele Anfragen" in limited.text
        for _ in range(3):
            with client.stream("GET", STREAM) as stream:
                assert stream.status_code == 200


def test_end_streams_ends_every_open_stream_at_once_and_takes_no_new_one(store, wall,
                                                                           client):
    """What the server does when it is told to stop (``server.CollectorServer``): from
    another thread than the feed's loop, as a signal handler may run."""
    receive(store, [card("eins")])
    with client.stream("GET", STREAM) as stream:
        lines = stream.iter_lines()
        assert "eins" in next_event(lines)[1]
        started = time.monotonic()
        end_streams()
        assert list(lines) == []  # the stream ends, long before its next heartbeat
        assert time.monotonic() - started < 2
    assert wall.feed.closed and wall.feed.streams == 0
    refused = client.get(STREAM)
    assert refused.status_code == 503 and refused.headers["retry-after"] == "10"


def test_a_feed_that_never_streamed_is_closed_by_end_streams_too():
    feed = WallFeed(None, lambda key, langs: None)  # type: ignore[arg-type]
    end_streams()
    assert feed.closed and feed.subscribe("e", "de", "client") is None


def test_a_part_over_several_lines_is_one_event():
    assert sse_message("v1", "a\nb") == b"id: v1\nevent: wall\ndata: a\ndata: b\n\n"


def test_a_store_that_cannot_be_read_for_a_while_only_delays_the_wall(store, wall, client,
                                                                      caplog):
    receive(store, [card("eins")])
    fingerprints = wall.feed.reader.fingerprints
    failures = [3]

    def flaky(keys):
        if failures[0]:
            failures[0] -= 1
            raise OSError("disk I/O error")
        return fingerprints(keys)

    wall.feed.reader.fingerprints = flaky  # type: ignore[method-assign]
    with client.stream("GET", STREAM) as stream:
        _id, part = next_event(stream.iter_lines())
    assert "eins" in part and failures == [0]
    assert caplog.text.count("could not read the store") == 1  # said once, not each time


def test_a_collector_started_without_wall_serves_none(store):
    receive(store, [card("Mehr Bänke am Phoenix-See")])
    with TestClient(create_app(store)) as client:
        for path in ("/wall/", f"/wall/{KEY}", f"/wall/{KEY}/stream", "/wall/wall.js"):
            assert client.get(path).status_code == 404, path
