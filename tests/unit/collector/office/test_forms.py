"""The office's own form reader: urlencoded only, bounded, UTF-8, first value wins."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from station_app.collector.office.forms import MAX_FORM_BYTES, FormRefused, read_form


async def echo(request: Request) -> Response:
    try:
        return JSONResponse(await read_form(request))
    except FormRefused as refused:
        return PlainTextResponse(refused.reason, refused.status)


@pytest.fixture
def client():
    with TestClient(Starlette(routes=[Route("/", echo, methods=["POST"])])) as test_client:
        yield test_client


FORM = {"content-type": "application/x-www-form-urlencoded"}


def test_a_browsers_form(client):
    answer = client.post("/", content="name=J%C3%BCrgen+M%C3%BCller&password=a%26b%3Dc&e=",
                         headers=FORM)
    assert answer.json() == {"name": "Jürgen Müller", "password": "a&b=c", "e": ""}


def test_the_first_of_repeated_fields_counts(client):
    assert client.post("/", content="a=1&a=2", headers=FORM).json() == {"a": "1"}


@pytest.mark.parametrize("body,headers,status", [
    (b"a=1", {"content-type": "text/plain"}, 415),
    (b"a=1", {}, 415),
    (b'{"a": 1}', {"content-type": "application/json"}, 415),
    (b"a=" + b"x" * MAX_FORM_BYTES, FORM, 413),
    (b"a=%FF%FE", FORM, 400),
    ("a=ü".encode(), FORM, 400),
    (b"&".join(b"f%d=1" % n for n in range(50)), FORM, 400),
])
def test_what_is_refused(client, body, headers, status):
    assert client.post("/", content=body, headers=headers).status_code == status


def test_a_body_larger_than_it_says_is_still_cut_off(client):
    def chunks():
        for _ in range(40):
            yield b"x" * 1024

    answer = client.post("/", content=chunks(), headers=FORM)
    assert answer.status_code == 413
