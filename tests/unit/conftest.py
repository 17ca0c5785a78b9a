"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from station_app.collector.store import CollectorStore


@pytest.fixture
def store():
    """An empty in-memory collector database."""
    opened = CollectorStore.open(":memory:")
    yield opened
    opened.close()
