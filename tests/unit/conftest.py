"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from station_app.collector.store import CollectorStore

BACKENDS = ("sqlite", "postgresql")
"""Every collector test runs on both: SQLite in memory, and a real PostgreSQL server the
suite starts itself (tests/support/postgres.py)."""


def open_store(request: pytest.FixtureRequest, backend: str) -> CollectorStore:
    """One more empty collector database on ``backend`` (a test may need several)."""
    if backend == "postgresql":
        return CollectorStore.open(request.getfixturevalue("collector_databases")())
    return CollectorStore.open(":memory:")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The collector database the test runs on."""
    return request.param


@pytest.fixture
def store(request: pytest.FixtureRequest, backend: str):
    """An empty collector database."""
    opened = open_store(request, backend)
    yield opened
    opened.close()
