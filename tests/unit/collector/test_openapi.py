"""The OpenAPI document names every address a station, a hub or a reader can use, with the
methods the collector answers; the fuzz test (tests/e2e) drives the running collector
from it."""

from __future__ import annotations

from starlette.routing import Mount, Route

from station_app.collector.app import CollectorSettings, create_app
from station_app.collector.openapi import openapi_document
from station_app.collector.pages import LANGUAGES
from station_app.collector.store import CollectorStore

NOT_AN_API = {"/", "/api/v1/openapi.json", "/wall", "/wall/wall.js"}
"""A redirect, the document itself, the listing's other spelling, the wall's script."""


def served(settings: CollectorSettings) -> set[tuple[str, str]]:
    with CollectorStore.open(":memory:") as store:
        app = create_app(store, settings=settings)
        pairs = set()
        for route in app.routes:
            if isinstance(route, Mount):
                continue  # the staff area: a browser's, not an API
            assert isinstance(route, Route)
            if route.path in NOT_AN_API:
                continue
            pairs |= {(route.path, method.lower()) for method in route.methods or ()
                      if method != "HEAD"}
    return pairs


def test_every_public_route_of_a_hub_is_documented():
    paths = openapi_document()["paths"]
    documented = {(path, method) for path, operations in paths.items()
                  for method in operations}
    assert served(CollectorSettings(wall=True)) == documented


def test_the_relay_and_the_hubs_decisions_are_signed_uploads():
    paths = openapi_document()["paths"]
    for path in ("/api/v1/relay", "/api/v1/relay/decisions"):
        post = paths[path]["post"]
        headers = {p["name"] for p in post["parameters"] if p["in"] == "header"}
        assert headers == {"X-Station-Id", "X-Batch-Signature"}
        assert {"401", "403", "413", "415", "422"} <= set(post["responses"])
    decisions = paths["/api/v1/relay/decisions"]["post"]["requestBody"]["content"]
    schema = decisions["application/json"]["schema"]["properties"]["decisions"]["items"]
    assert schema["properties"]["kind"]["enum"] == ["hide", "show", "withdraw", "correct"]


def test_the_pages_offer_every_language_they_speak():
    paths = openapi_document()["paths"]
    for path in ("/k", "/k/{code}", "/results", "/results/{event}"):
        (lang,) = [p for p in paths[path]["get"]["parameters"] if p["name"] == "lang"]
        assert lang["schema"]["enum"] == list(LANGUAGES)
