"""Shared fixtures: a station on an in-memory database with a pinned clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station_app.config import StationConfig, load_config
from station_app.paths import default_config_path
from station_app.station import Station
from station_app.storage import open_database

PINNED_NOW = dt.datetime(2026, 9, 28, 10, 30, tzinfo=dt.UTC)

# postgres_server (session) and postgres_url: a real PostgreSQL started by the suite.
pytest_plugins = ["tests.support.postgres"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-guide-images", action="store_true",
                     help="write the facilitator guide's pictures to docs/images (make docs)")


def pytest_configure(config: pytest.Config) -> None:
    """The library workarounds the running kiosk installs at start-up (``app.run_kiosk``)."""
    from station_app.qml.workarounds import install_workarounds

    install_workarounds()


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = PINNED_NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def default_config() -> StationConfig:
    return load_config(default_config_path())


@pytest.fixture
def station(default_config: StationConfig, clock: FakeClock, tmp_path: Path):
    """The default station over an in-memory database, closed after the test."""
    db = open_database(":memory:")
    built = Station.assemble(default_config, tmp_path, db, clock)
    yield built
    built.close()
