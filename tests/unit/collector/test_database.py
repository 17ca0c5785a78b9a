"""One way of asking both databases: placeholders translated for psycopg, statements on a
borrowed or held connection, transactions that nest and writers that take turns, on a real
PostgreSQL server."""

from __future__ import annotations

import threading

import pytest

from station_app.collector.database import (
    PostgresDatabase,
    Rows,
    dialect_of,
    executemany,
    is_postgres_url,
    stream,
    to_pyformat,
)


def test_placeholders_and_percent_signs_become_psycopgs():
    assert to_pyformat("SELECT ? WHERE x LIKE 'a%' AND y = ?") == \
        "SELECT %s WHERE x LIKE 'a%%' AND y = %s"
    assert to_pyformat("SELECT 'why?', ?") == "SELECT 'why?', %s"  # a ? in a literal stays
    assert to_pyformat("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', %s"


def test_only_a_postgresql_url_is_taken_for_one():
    assert is_postgres_url("postgresql://u@/db?host=/run/pg")
    assert is_postgres_url("postgres://u@h/db")
    for target in ("collector.db", "./postgresql:/x.db", ":memory:", None):
        assert not is_postgres_url(target)


def test_rows_are_read_once_in_order():
    rows = Rows([(1,), (2,), (3,)], 3)
    assert rows.fetchone() == (1,) and rows.fetchall() == [(2,), (3,)]
    assert rows.fetchone() is None and list(rows) == [] and rows.rowcount == 3


@pytest.fixture
def pg(postgres_url):
    db = PostgresDatabase(postgres_url, max_size=4)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    yield db
    db.close()


def test_statements_outside_a_transaction_fetch_and_give_the_connection_back(pg):
    assert dialect_of(pg) == "postgresql"
    executemany(pg, "INSERT INTO t VALUES (?, ?)", [(1, "eins"), (2, "zwei\x00")])
    found = pg.execute("SELECT id, text FROM t WHERE text LIKE ? ORDER BY id", ["%ei%"])
    assert found.fetchall() == [(1, "eins"), (2, "zwei")]  # NUL, which text cannot hold
    assert pg.execute("DELETE FROM t WHERE id = ?", [2]).rowcount == 1
    assert pg.pool.get_stats()["pool_available"] >= 1


def test_a_failed_transaction_leaves_nothing_and_a_savepoint_only_its_own(pg):
    with pytest.raises(RuntimeError), pg.transaction():
        pg.execute("INSERT INTO t VALUES (1, 'weg')")
        raise RuntimeError("rolled back")
    with pg.transaction():
        pg.execute("INSERT INTO t VALUES (2, 'bleibt')")
        with pytest.raises(RuntimeError), pg.transaction():
            pg.execute("INSERT INTO t VALUES (3, 'weg')")
            raise RuntimeError("only the savepoint")
        assert pg.in_transaction
    assert not pg.in_transaction
    assert pg.execute("SELECT id FROM t").fetchall() == [(2,)]


def test_writers_in_two_threads_take_turns(pg):
    """The second writer waits at its transaction's start until the first commits, so a
    read-then-write rule (each id once) holds across connections and processes."""
    inside, release, order = threading.Event(), threading.Event(), []

    def first() -> None:
        with pg.transaction():
            inside.set()
            release.wait(10)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    assert inside.wait(10)
    def second_writer() -> None:
        with pg.transaction():
            order.append("second")

    second = threading.Thread(target=second_writer)
    second.start()
    second.join(0.3)
    assert second.is_alive() and order == []  # waiting for the lock
    release.set()
    thread.join(10)
    second.join(10)
    assert order == ["first", "second"]


def test_a_snapshot_sees_one_state_and_streams_large_results(pg):
    executemany(pg, "INSERT INTO t VALUES (?, ?)", [(i, f"k{i}") for i in range(5000)])
    with pg.read_snapshot() as db:
        rows = stream(db, "SELECT id FROM t ORDER BY id", [])
        assert next(rows) == (0,)
        other = threading.Thread(target=lambda: pg.execute("DELETE FROM t"))
        other.start()
        other.join(10)
        assert sum(1 for _ in rows) == 4999  # the snapshot still holds them all
        assert db.execute("SELECT COUNT(*) FROM t").fetchone() == (5000,)
    assert pg.execute("SELECT COUNT(*) FROM t").fetchone() == (0,)


def test_rowids_given_out_are_new_and_the_next_rows_come_after_them(store):
    from station_app.collector.database import new_rowids
    from tests.support.collector_cards import card, receive

    receive(store, [card("Eins"), card("Zwei")])
    held = [row[0] for row in store.db.execute("SELECT rowid FROM office_cards")]
    with store.transaction() as db:
        given = list(new_rowids(db, "office_cards", 3))
    assert len(set(held)) == 2 and given == list(range(max(held) + 1, max(held) + 4))
    receive(store, [card("Drei")])
    (newest,) = store.db.execute("SELECT MAX(rowid) FROM office_cards").fetchone()
    assert newest > max(held)
    assert store.db.execute("SELECT COUNT(*) FROM office_card_text t JOIN office_cards o"
                            " ON o.rowid = t.rowid").fetchone()[0] == 3
