"""The office's own form reader: urlencoded only, bounded, UTF-8, first value wins."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from station_app.collector.office.forms import (
    MAX_FORM_BYTES,
    FormRefused,
    read_form,
    read_form_lists,
)


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


async def ticked(request: Request) -> Response:
    """A form with repeated fields, then the CSRF check's ``read_form`` on the same request."""
    try:
        lists = await read_form_lists(request, max_fields=60)
    except FormRefused as refused:
        return JSONResponse({"refused": refused.status, "then": await read_form(request)})
    return JSONResponse({"lists": lists, "first": await read_form(request)})


@pytest.fixture
def lists_client():
    routes = [Route("/", ticked, methods=["POST"])]
    with TestClient(Starlette(routes=routes)) as test_client:
        yield test_client


def test_repeated_fields_keep_every_value_and_the_later_check_sees_the_first(lists_client):
    body = "&".join([*(f"card=c{n}" for n in range(50)), "to_group=7", "csrf_token=t"])
    answer = lists_client.post("/", content=body, headers=FORM).json()
    assert answer["lists"]["card"] == [f"c{n}" for n in range(50)]
    assert answer["first"] == {"card": "c0", "to_group": "7", "csrf_token": "t"}


def test_repeated_fields_are_still_bounded_and_a_refused_form_counts_as_empty(lists_client):
    body = "&".join(f"card=c{n}" for n in range(61))
    assert lists_client.post("/", content=body, headers=FORM).json() == {
        "refused": 400, "then": {}}
    assert lists_client.post("/", content=b"card=1", headers={}).json()["refused"] == 415
