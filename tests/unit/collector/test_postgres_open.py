"""A PostgreSQL database the collector cannot use is refused in one line that never shows
the URL's password: unreachable, another application's, or sorting text the wrong way."""

from __future__ import annotations

import sys

import pytest

from station_app.collector.postgres_open import problem_of, redacted, too_old
from station_app.collector.store import CollectorStore
from station_app.errors import StorageError


def test_a_password_is_never_shown():
    assert redacted("postgresql://anna:geheim@db.example:5433/stadt") == \
        "postgresql://anna:***@db.example:5433/stadt"
    assert redacted("postgresql://anna@/stadt?host=/run/pg") == \
        "postgresql://anna@/stadt?host=/run/pg"


def test_an_unreachable_server_is_one_line_without_the_password(tmp_path):
    url = f"postgresql://anna:geheim@/stadt?host={tmp_path}"
    with pytest.raises(StorageError) as refused:
        CollectorStore.open(url)
    message = str(refused.value)
    assert message.startswith("postgresql://anna:***@/stadt")
    assert "cannot be reached" in message and "geheim" not in message and "\n" not in message


def test_without_the_driver_the_way_to_install_it_is_named(monkeypatch):
    """The kiosk's bundle and a plain install carry no PostgreSQL driver."""
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    with pytest.raises(StorageError) as refused:
        CollectorStore.open("postgresql://anna:geheim@db.example/stadt")
    message = str(refused.value)
    assert message.startswith("postgresql://anna:***@db.example/stadt: ")
    assert "no PostgreSQL driver" in message and "station-app[collector]" in message
    assert "geheim" not in message and "\n" not in message


def test_another_applications_database_is_left_alone(postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StorageError, match=r"not a collector database .* invoices"):
        CollectorStore.open(postgres_url)
    with psycopg.connect(postgres_url) as conn:
        tables = conn.execute("SELECT table_name FROM information_schema.tables WHERE"
                              " table_schema = 'public'").fetchall()
    assert tables == [("invoices",)]  # nothing of the collector's was added


class Answers:
    """Stands in for the database's answers to the questions ``problem_of`` asks."""

    def __init__(self, collation: str, version: int = 150008) -> None:
        self.collation = collation
        self.version = version

    def execute(self, sql, params=None):
        from station_app.collector.database import Rows

        if "datcollate" in sql:
            return Rows([(self.collation,)], 1)
        if "server_version_num" in sql:
            return Rows([(str(self.version),)], 1)
        return Rows([], 0)


def test_a_database_that_sorts_by_language_is_refused_with_the_way_to_make_one():
    problem = problem_of(Answers("de_DE.UTF-8"), set())
    assert "'de_DE.UTF-8'" in problem and "--locale=C.UTF-8" in problem
    assert problem_of(Answers("C.UTF-8"), set()) == ""


@pytest.mark.parametrize(("version", "said"), [
    (130011, "the server runs PostgreSQL 13; the collector needs 14 or newer"),
    (140000, ""), (150008, ""), (170002, "")])
def test_a_server_older_than_14_is_refused(version, said):
    assert too_old(version).startswith(said) and bool(too_old(version)) == bool(said)
    assert problem_of(Answers("C.UTF-8", version), set()) == too_old(version)


def test_the_suites_server_is_new_enough(postgres_server):
    import psycopg

    with psycopg.connect(postgres_server.url()) as conn:
        version = int(conn.execute("SHOW server_version_num").fetchone()[0])
    assert too_old(version) == ""
