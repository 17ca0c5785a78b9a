"""A database that cannot answer for a moment: 503 with Retry-After, never a bare 500."""

from __future__ import annotations

import pytest
from psycopg import conninfo, sql
from starlette.testclient import TestClient

from station_app.collector.app import create_app
from station_app.collector.ingest import BatchIngest
from station_app.collector.pages import TEXT as PAGE_TEXT
from station_app.collector.pages import PageSettings
from station_app.collector.unavailable import RETRY_SECONDS, TEXT, unavailable_page
from station_app.protocol.codes import new_code
from tests.support.venue import NOW

CODE = new_code()  # well formed, held by no card: the page has to ask the database


def test_every_page_language_has_the_texts():
    assert set(TEXT) == set(PAGE_TEXT)
    assert all(set(texts) == {"title", "text"} and all(texts.values())
               for texts in TEXT.values())


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_the_page_says_the_card_is_safe_and_when_to_try_again(lang):
    page = unavailable_page(lang, PageSettings())
    assert f'<html lang="{lang}"' in page
    assert TEXT[lang]["text"] in page and PAGE_TEXT[lang]["limited_text"] in page


def _end_connections(postgres_server, store) -> None:
    """What a restarted server or its administrator does to the collector's connections."""
    name = conninfo.conninfo_to_dict(store.db.url)["dbname"]
    postgres_server.admin(sql.SQL(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = {}"
        " AND pid <> pg_backend_pid()").format(sql.Literal(name)))


@pytest.mark.parametrize("backend", ["postgresql"])
def test_lost_connections_give_503_once_then_pages_and_batches_work(store, postgres_server):
    app = create_app(store, BatchIngest(store, clock=lambda: NOW))
    with TestClient(app, raise_server_exceptions=False) as http:
        assert http.get(f"/k/{CODE}").status_code == 404  # the pool's connection in use
        _end_connections(postgres_server, store)
        answers = [http.get(f"/k/{CODE}?lang=en") for _ in range(3)]
        api = http.get("/api/v1/health")
    first = answers[0]
    assert first.status_code == 503, first.text[:200]
    assert first.headers["retry-after"] == str(RETRY_SECONDS)
    assert TEXT["en"]["title"] in first.text and "Traceback" not in first.text
    assert first.headers["content-security-policy"]  # the pages' strict headers
    assert [answer.status_code for answer in answers[1:]] == [404, 404]  # a new connection
    assert api.status_code == 200


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_api_answers_503_in_json(store, postgres_server):
    app = create_app(store, BatchIngest(store, clock=lambda: NOW))
    with TestClient(app, raise_server_exceptions=False) as http:
        assert http.get("/api/v1/health").status_code == 200
        _end_connections(postgres_server, store)
        answer = http.get("/api/v1/health")
    assert answer.status_code == 503 and answer.headers["retry-after"] == str(RETRY_SECONDS)
    assert "not available" in answer.json()["detail"]
