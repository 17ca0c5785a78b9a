"""The collector's HTTP surface in process: API statuses, follow-up pages, rate limit."""

from __future__ import annotations

import nacl.signing
import pytest
from starlette.testclient import TestClient

from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.pages import PageSettings, choose_language
from station_app.protocol.codes import new_code
from station_app.sync import StationSync
from tests.e2e.sync_fixtures import (
    add_cards,
    enrol,
    open_station,
    station_config,
    upload_headers,
)
from tests.support.collector_cards import card, receive


def client_for(store, **settings) -> TestClient:
    return TestClient(create_app(store, settings=CollectorSettings(**settings)),
                      base_url="http://collector")


@pytest.fixture
def synced(store, tmp_path):
    """A collector holding three cards of one station; yields (client, cards)."""
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    station = open_station(station_config())
    add_cards(station, 3)
    station.db.execute("UPDATE cards SET text = ? WHERE rowid = 1",
                       ["<script>alert(1)</script>\nZweite Zeile"])
    cards = list(station.archive.iter())
    raw = StationSync(station.config, station.db, enrolment).sealer.seal_pending()[0].document
    station.close()
    with client_for(store) as client:
        assert client.post("/api/v1/batches", content=raw,
                           headers=upload_headers(raw, enrolment)).status_code == 201
        yield client, cards, raw, enrolment


def test_health_and_openapi(store):
    with client_for(store) as client:
        health = client.get("/api/v1/health")
        assert health.status_code == 200 and health.json()["status"] == "ok"
        spec = client.get("/api/v1/openapi.json").json()
        assert spec["openapi"].startswith("3.")
        assert {"/api/v1/batches", "/api/v1/health", "/k/{code}"} <= set(spec["paths"])


def test_batch_endpoint_statuses(synced, store):
    client, _cards, raw, enrolment = synced

    def post(body: bytes, **headers: str):
        return client.post("/api/v1/batches", content=body,
                           headers={**upload_headers(body, enrolment), **headers})

    again = post(raw)
    assert again.status_code == 200 and again.json()["status"] == "already-received"
    assert again.json()["contacts_opened"] == 0
    assert post(raw, **{"Content-Type": "text/plain"}).status_code == 415
    assert post(b"{nope").status_code == 422
    assert post(b"{}").status_code == 422
    # Not signed, signed by someone else, or for a station nobody registered: refused
    # before the body is parsed.
    assert client.post("/api/v1/batches", content=raw,
                       headers={"Content-Type": "application/json"}).status_code == 401
    assert post(raw, **{"X-Batch-Signature": upload_headers(
        raw, key=nacl.signing.SigningKey.generate())["X-Batch-Signature"]}).status_code == 403
    assert post(raw, **{"X-Station-Id": "fremde-station"}).status_code == 403
    with client_for(store, max_batch_bytes=100) as small:
        assert small.post("/api/v1/batches", content=raw,
                          headers=upload_headers(raw, enrolment)).status_code == 413


def test_follow_up_page_in_german_by_default(synced):
    client, cards, _raw, _enrolment = synced
    page = client.get(f"/k/{cards[1].code}")
    assert page.status_code == 200
    body = page.text
    assert '<html lang="de">' in body
    assert f"<title>Ihre Beteiligungskarte {cards[1].code}" in body
    assert "Was soll erhalten bleiben?" in body and "Innovation und Forschung" in body
    assert cards[1].text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in body
    assert "Eingegangen" in body and "https://www.dortmund.de/stadtgespraech" in body
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_card_text_is_escaped(synced):
    client, cards, _raw, _enrolment = synced
    body = client.get(f"/k/{cards[0].code}").text
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_english_by_query_or_accept_language(synced):
    client, cards, _raw, _enrolment = synced
    code = cards[1].code
    for response in (client.get(f"/k/{code}?lang=en"),
                     client.get(f"/k/{code}", headers={"Accept-Language": "en-GB,en;q=0.9"})):
        assert '<html lang="en">' in response.text
        assert "What should be preserved?" in response.text
    # A code typed in lower case without dashes still finds the card.
    assert client.get(f"/k/{code.replace('-', '').lower()}").status_code == 200


def test_unknown_and_mistyped_codes_get_a_helpful_page(synced):
    client, cards, _raw, _enrolment = synced
    code = cards[0].code
    typo = code[:-1] + ("2" if code[-1] != "2" else "3")
    mistyped = client.get(f"/k/{typo}")
    assert mistyped.status_code == 404 and "Tippfehler" in mistyped.text
    assert '<form action="/k"' in mistyped.text
    unknown = client.get(f"/k/{new_code()}")
    assert unknown.status_code == 404 and "(noch) nicht gefunden" in unknown.text
    assert client.get("/k/%3Cscript%3E").status_code == 404
    assert "&lt;script&gt;" in client.get("/k/%3Cscript%3E").text


def test_code_form_redirects_to_the_card(synced):
    client, cards, _raw, _enrolment = synced
    form = client.get("/k")
    assert form.status_code == 200 and 'name="code"' in form.text
    redirect = client.get(f"/k?code={cards[2].code.lower()}&lang=en", follow_redirects=False)
    assert redirect.status_code == 303
    assert redirect.headers["location"] == f"/k/{cards[2].code}?lang=en"


def test_follow_up_pages_are_rate_limited_per_client(store):
    with client_for(store, page_requests_per_minute=1, page_burst=3) as client:
        statuses = [client.get("/k/K7M-4QX-9TRP").status_code for _ in range(5)]
        assert statuses[:3] == [404, 404, 404] and statuses[3:] == [429, 429]
        limited = client.get("/k/K7M-4QX-9TRP")
        assert int(limited.headers["retry-after"]) >= 1
        assert "Zu viele Anfragen" in limited.text
        assert client.get("/api/v1/health").status_code == 200  # health is never limited


@pytest.mark.parametrize(("query", "header", "expected"), [
    (None, None, "de"), ("en", None, "en"), ("fr", "en", "en"),
    (None, "fr-FR, en;q=0.8, de;q=0.9", "de"), (None, "en-US", "en"), (None, "xx;q=oops", "de"),
])
def test_language_choice(query, header, expected):
    assert choose_language(query, header) == expected


def test_page_settings_default_to_the_stadtgespraech():
    assert PageSettings().site_name == "Dortmunder Stadtgespräch"


def test_the_holders_forms_are_rate_limited_harder_than_the_pages(store):
    held = card("Mehr Bänke am Phoenix-See.")
    receive(store, [held])
    code = held["code"]
    with client_for(store, holder_posts_per_hour=1, holder_burst=2) as client:
        statuses = [client.post(f"/k/{code}/withdraw", data={"lang": "de"}).status_code
                    for _ in range(3)]
        assert statuses == [403, 403, 429]  # no token: refused, then not even read
        limited = client.post(f"/k/{code}/correct", data={"text": "Neu"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 3000
        assert "Bitte warten Sie 60 Minuten" in limited.text
        assert client.get(f"/k/{code}").status_code == 200  # the pages have their own bucket


def test_an_unknown_address_gets_a_page_with_the_strict_headers_or_json_for_the_api(store):
    with TestClient(create_app(store)) as client:
        page = client.get("/nirgends?lang=en")
        assert page.status_code == 404 and "There is no such page" in page.text
        assert page.headers["content-security-policy"].startswith("default-src 'none'")
        assert page.headers["x-frame-options"] == "DENY"
        broken = client.get("/office/a%0ab")
        assert broken.status_code == 404 and "Diese Seite gibt es nicht" in broken.text
        api = client.get("/api/v1/nothing")
        assert api.status_code == 404 and api.json() == {"detail": "not found"}
        refused = client.get("/api/v1/batches")
        assert refused.status_code == 405 and "POST" in refused.headers["allow"]


def test_the_relay_address_checks_the_hub_before_it_reads_the_body(store):
    from station_app.protocol.batch import SIGNATURE_HEADER, STATION_HEADER

    with TestClient(create_app(store), base_url="http://collector") as client:
        bare = client.post("/api/v1/relay", content=b"{}",
                           headers={"Content-Type": "application/json"})
        assert bare.status_code == 401
        stranger = client.post("/api/v1/relay", content=b"{}", headers={
            "Content-Type": "application/json", STATION_HEADER: "hub-x",
            SIGNATURE_HEADER: "c2ln"})
        assert stranger.status_code == 403 and "unknown station 'hub-x'" in stranger.text
        assert client.post("/api/v1/relay", content=b"{}").status_code == 415
