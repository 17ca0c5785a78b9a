"""The collector's server: a stop signal ends the live wall's streams at once and the
process as asked (the signal is not raised again once the server has stopped)."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest
import uvicorn

from station_app.collector.server import CollectorServer
from station_app.collector.wall_routes import WallFeed


async def nothing(scope: object, receive: object, send: object) -> None:
    """An ASGI app that is never called here."""


@pytest.fixture
def heard() -> Iterator[list[int]]:
    """The stop signals that reach the handlers in place before the server's."""
    found: list[int] = []
    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in before:
        signal.signal(number, lambda number, _frame: found.append(number))
    try:
        yield found
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_ends_the_streams_and_is_not_raised_again(heard, number):
    feed = WallFeed(None, lambda key, langs: None)  # type: ignore[arg-type]
    server = CollectorServer(uvicorn.Config(nothing))
    handlers = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    with server.capture_signals():
        signal.raise_signal(number)
    assert server.should_exit and not server.force_exit
    assert feed.closed  # every stream ends now, not after the graceful timeout
    assert heard == []  # uvicorn would raise it again here: exit status -15 or 130
    assert {n: signal.getsignal(n) for n in handlers} == handlers


def test_a_second_ctrl_c_forces_the_exit(heard):
    server = CollectorServer(uvicorn.Config(nothing))
    with server.capture_signals():
        signal.raise_signal(signal.SIGINT)
        signal.raise_signal(signal.SIGINT)
    assert server.should_exit and server.force_exit and heard == []

