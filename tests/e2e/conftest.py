"""End-to-end fixtures: the collector's database on either backend."""

from __future__ import annotations

from pathlib import Path

import pytest

COLLECTOR_BACKENDS = ("sqlite", "postgresql")


def collector_target(request: pytest.FixtureRequest, backend: str, folder: Path) -> Path | str:
    """A new collector database for as long as ``request``'s fixture lives: a file in
    ``folder``, or a database of its own on the suite's PostgreSQL server (a
    ``postgresql://`` URL, the schema in place, dropped afterwards)."""
    if backend == "postgresql":
        server = request.getfixturevalue("postgres_server")
        name = server.create_database(request.getfixturevalue("collector_template"))
        request.addfinalizer(lambda: server.drop_database(name))
        return server.url(name)
    return folder / "collector.db"


@pytest.fixture(params=COLLECTOR_BACKENDS)
def collector_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a collector process keeps its data, on each backend in turn: what ``--db``
    takes. A ``CollectorProcess`` on it needs ``log=``."""
    return collector_target(request, request.param, tmp_path)


@pytest.fixture(scope="module", params=COLLECTOR_BACKENDS)
def module_collector_db(request: pytest.FixtureRequest,
                        tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    """``collector_db`` for a module's one collector process, on each backend in turn."""
    return collector_target(request, request.param, tmp_path_factory.mktemp("collector"))
