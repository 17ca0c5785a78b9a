"""The hub's HTTP client sorts the city's answers by what to do next."""

from __future__ import annotations

import httpx
import nacl.signing
import pytest

from station_app.collector.relay_client import (
    RelayAck,
    RelayClient,
    RelayConflict,
    RelayRefused,
    RelayTransient,
)
from station_app.protocol.batch import SIGNATURE_HEADER, STATION_HEADER
from station_app.protocol.signatures import verify_upload

KEY = nacl.signing.SigningKey.generate()


def client(handler) -> RelayClient:
    return RelayClient("http://city/", http=httpx.Client(transport=httpx.MockTransport(handler)))


def test_an_upload_names_the_hub_and_signs_its_bytes():
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"batch_id": "b", "manifest_sha256": "h",
                                         "status": "stored", "cards_stored": 3,
                                         "contacts_opened": 0})

    ack = client(handler).post(b"{}", "hub-1", KEY)
    assert ack == RelayAck("b", "h", "stored", 3, 0, 0)
    request = seen[0]
    assert str(request.url) == "http://city/api/v1/relay"
    assert request.headers[STATION_HEADER] == "hub-1"
    verify_upload(b"{}", request.headers[SIGNATURE_HEADER], KEY.verify_key)


@pytest.mark.parametrize(("answer", "kind", "words"), [
    (httpx.Response(503), RelayTransient, "answered 503"),
    (httpx.Response(429), RelayTransient, "answered 429"),
    (httpx.Response(200, text="<html>portal</html>"), RelayTransient, "unreadable"),
    (httpx.Response(200, json=["x"]), RelayTransient, "unreadable"),
    (httpx.Response(409, json={"detail": "card x"}), RelayConflict, "conflict at the city: card x"),
    (httpx.Response(403, json={"detail": "unknown station 'hub-1'"}), RelayRefused,
     r"refused it \(403\): unknown station"),
    (httpx.Response(404, text="nope"), RelayRefused, "no relay address"),
    (httpx.Response(422, text="bad"), RelayRefused, r"refused it \(422\): bad"),
])
def test_answers_are_sorted_by_what_to_do_next(answer, kind, words):
    with pytest.raises(kind, match=words) as caught:
        client(lambda request: answer).post(b"{}", "hub-1", KEY)
    assert caught.value.status == answer.status_code or kind is RelayTransient


def test_a_network_error_is_transient():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(RelayTransient, match=r"not reachable \(ConnectError\)"):
        client(handler).post(b"{}", "hub-1", KEY)
