"""The relay's fixtures: a hub and a city collector in memory, the hub enrolled at the
city, the city's app behind a test client, and a venue of stations at the hub; and a
collector database that can be opened again."""

from __future__ import annotations

import datetime as dt

import pytest
from starlette.testclient import TestClient

from station_app.collector.app import create_app
from station_app.collector.ingest import BatchIngest
from station_app.collector.relay import HubRelay
from station_app.collector.relay_client import RelayClient
from tests.e2e.sync_fixtures import enrol
from tests.support.venue import NOW, Venue
from tests.unit.conftest import open_store


@pytest.fixture
def reopenable(request, backend, tmp_path):
    """A collector database that can be opened again: a file, or a PostgreSQL URL."""
    if backend == "postgresql":
        return request.getfixturevalue("collector_databases")()
    return tmp_path / "collector.db"


@pytest.fixture
def hub(request, backend):
    opened = open_store(request, backend)
    yield opened
    opened.close()


@pytest.fixture
def city(request, backend):
    opened = open_store(request, backend)
    yield opened
    opened.close()


@pytest.fixture
def hub_enrolment(city, tmp_path):
    """The hub, enrolled at the city like a station."""
    return enrol(city, "hub-1", tmp_path / "city", url="http://city",
                 now=NOW - dt.timedelta(days=2))


@pytest.fixture
def http(city):
    with TestClient(create_app(city, BatchIngest(city, clock=lambda: NOW)),
                    base_url="http://city") as client:
        yield client


@pytest.fixture
def relay(hub, hub_enrolment, http):
    made = HubRelay(hub, hub_enrolment, "http://city", client=RelayClient("http://city",
                                                                         http=http))
    yield made
    made.close()


@pytest.fixture
def venue(hub, tmp_path):
    hub.mark_hub(NOW)
    made = Venue(hub, tmp_path / "hub")
    yield made
    made.close()
