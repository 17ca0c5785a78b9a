"""The collector's two kinds of database behind one way of asking: SQLite or PostgreSQL.

SQLite (a file, ``--db collector.db``) is the embedded default: a demo, one venue. A city
runs PostgreSQL (``--db postgresql://…``), several worker processes on several machines.
The collector's modules write each query once, in the SQL both understand, with ``?``
placeholders, and run it with ``db.execute(sql, params)`` (``executemany`` for many rows);
the few real differences are chosen by ``db.dialect`` where they occur (full-text search,
the schema). On SQLite ``db`` is the sqlite-utils database itself, unchanged and as fast as
before; on PostgreSQL it is a ``PostgresDatabase``:

- a psycopg 3 connection pool; a statement outside a transaction borrows a connection,
  fetches its rows and gives the connection back (autocommit);
- ``binding()`` (what ``CollectorStore.lock`` is on PostgreSQL) keeps one connection for a
  block of reads; ``transaction()`` one transaction on it, nested ones as savepoints, and
  the outermost first takes a transaction-level advisory lock, so that writers in every
  process and on every machine take their turns as SQLite's writers do (the rules that read,
  check and then write – each card once, a changed card a conflict – stay race-free);
- ``?`` becomes psycopg's ``%s`` (outside string literals) and a literal ``%`` becomes
  ``%%``; the translation is kept per query text.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import psycopg

POSTGRES_PREFIXES = ("postgresql://", "postgres://")
WRITER_LOCK = 7_251_413
"""The advisory lock key every write transaction takes first (any constant of our own)."""


class Database(Protocol):
    """What the collector's modules use of a database: SQLite's sqlite-utils ``Database``
    or a ``PostgresDatabase``."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


def is_postgres_url(target: object) -> bool:
    """Whether ``--db`` names a PostgreSQL database (never mistaken for a file path)."""
    return isinstance(target, str) and target.startswith(POSTGRES_PREFIXES)


def database_target(value: str) -> Path | str:
    """What ``--db`` names: a ``postgresql://`` URL kept as it is (a path would fold its
    ``//``), anything else a file path."""
    return value if is_postgres_url(value) else Path(value)


def shown(target: Path | str) -> str:
    """A database name fit for the terminal and the log: a URL without its password."""
    if is_postgres_url(target):
        from station_app.collector.postgres_open import redacted

        return redacted(str(target))
    return str(target)


def database_errors() -> tuple[type[Exception], ...]:
    """What either database raises when it is busy, full or out of reach for a moment
    (a loop that retries catches these)."""
    import sqlite3

    try:
        import psycopg
    except ImportError:  # a collector installed without PostgreSQL's driver
        return (sqlite3.Error,)
    return sqlite3.Error, psycopg.OperationalError


def dialect_of(db: Any) -> str:
    """``"sqlite"`` or ``"postgresql"``."""
    return getattr(db, "dialect", "sqlite")


def executemany(db: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Run one statement for many rows, on either database."""
    if dialect_of(db) == "postgresql":
        db.executemany(sql, rows)
    else:
        db.conn.executemany(sql, rows)


def insert_rows(db: Any, table: str, columns: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> None:
    """Insert new rows (no conflict possible: the caller checked, inside its transaction),
    on PostgreSQL with ``COPY`` (several times faster than one INSERT per row)."""
    if dialect_of(db) == "postgresql":
        db.copy_rows(table, columns, rows)
    else:
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                            f" ({', '.join('?' for _ in columns)})", rows)


def among(db: Any, column: str, values: Sequence[Any]) -> Iterator[tuple[str, list[Any]]]:
    """The condition "``column`` is one of ``values``" with its parameters, in as few
    pieces as the database takes: SQLite's ``IN (?, …)`` for at most 500 values at a time,
    PostgreSQL's ``= ANY(?)`` of one array (planned once, whatever the number)."""
    if dialect_of(db) == "postgresql":
        if values:
            yield f"{column} = ANY(?)", [list(values)]
        return
    for start in range(0, len(values), 500):
        chunk = list(values[start:start + 500])
        yield f"{column} IN ({', '.join('?' for _ in chunk)})", chunk


def new_rowids(db: Any, table: str, count: int) -> range:
    """``count`` rowids for new rows of ``table``, for rows inserted with them (inside the
    caller's write transaction, which keeps every other writer out): on SQLite those after
    the largest, on PostgreSQL the next of the identity's sequence."""
    if count == 0:
        return range(0)
    if dialect_of(db) == "postgresql":  # the sequence moved on by count at once
        (last,) = db.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'rowid'),"
            f" nextval(pg_get_serial_sequence('{table}', 'rowid')) + ? - 1)",
            [count]).fetchone()
        return range(last - count + 1, last + 1)
    (largest,) = db.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()
    return range(largest + 1, largest + 1 + count)


def raw(db: Any) -> Any:
    """What to call ``execute`` on in a hot path: SQLite's own connection (one Python call
    less per query than sqlite-utils' wrapper), or the PostgreSQL database."""
    return db if dialect_of(db) == "postgresql" else db.conn


def stream(db: Any, sql: str, params: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of a large result, a few at a time: SQLite's cursor, or on PostgreSQL a
    server-side cursor in the transaction the caller holds (``read_snapshot``)."""
    if dialect_of(db) != "postgresql":
        yield from db.execute(sql, params)
        return
    with db.binding() as conn, conn.cursor(name="collector_stream") as cursor:
        cursor.itersize = 2000
        cursor.execute(to_pyformat(sql), list(params))
        yield from cursor


@functools.lru_cache(maxsize=4096)
def to_pyformat(sql: str) -> str:
    """SQLite's ``?`` placeholders as psycopg's ``%s``; every literal ``%`` doubled (psycopg
    reads ``%`` as the start of a placeholder anywhere in a query that has parameters).
    A ``?`` inside a string literal stays as it is."""
    out: list[str] = []
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted  # '' inside a literal toggles twice: still inside
            out.append(char)
        elif char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)


class Rows:
    """A statement's rows, fetched before its connection went back to the pool."""

    __slots__ = ("_next", "_rows", "rowcount")

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


class PostgresDatabase:
    """A pool of connections to one PostgreSQL database, used like the SQLite database."""

    dialect = "postgresql"

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 8,
                 timeout: float = 30.0) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self._local = threading.local()
        self.pool = ConnectionPool(url, min_size=min_size, max_size=max_size, timeout=timeout,
                                   kwargs={"autocommit": True}, open=False,
                                   name="collector")
        self.pool.open(wait=True, timeout=timeout)

    def close(self) -> None:
        self.pool.close()

    # --- the connection this thread holds, if any ----------------------------------------

    def _held(self) -> psycopg.Connection[Any] | None:
        return getattr(self._local, "conn", None)

    @contextmanager
    def binding(self) -> Iterator[psycopg.Connection[Any]]:
        """Hold one pool connection in this thread for the block (nested blocks share it)."""
        held = self._held()
        if held is not None:
            yield held
            return
        with self.pool.connection() as conn:
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[PostgresDatabase]:
        """One write transaction (a savepoint inside another); the outermost one waits
        for the writers' advisory lock first."""
        with self.binding() as conn:
            outermost = conn.info.transaction_status == _idle()
            with conn.transaction():
                if outermost:
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
                yield self

    @property
    def in_transaction(self) -> bool:
        held = self._held()
        return held is not None and held.info.transaction_status != _idle()

    # --- statements ----------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        """Run one statement; its cursor (in a held connection) or its fetched rows."""
        query = to_pyformat(sql)
        args = _without_nul(params)
        held = self._held()
        if held is not None:
            return held.execute(query, args)
        with self.pool.connection() as conn:
            cursor = conn.execute(query, args)
            rows = cursor.fetchall() if cursor.description is not None else []
            return Rows(rows, cursor.rowcount)

    @contextmanager
    def read_snapshot(self) -> Iterator[PostgresDatabase]:
        """One read-only transaction in which every query sees the same database (an
        export); its statements run on the connection this thread holds."""
        with self.binding() as conn:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield self
            finally:
                conn.execute("ROLLBACK")

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = [_without_nul(row) for row in rows]
        if not batch:
            return
        with self.binding() as conn, conn.cursor() as cursor:
            cursor.executemany(to_pyformat(sql), batch)

    def copy_rows(self, table: str, columns: Sequence[str],
                  rows: Iterable[Sequence[Any]]) -> None:
        """``COPY table (columns) FROM STDIN`` of ``rows``, on the connection this thread
        holds (inside its transaction)."""
        with self.binding() as conn, conn.cursor() as cursor, cursor.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(_without_nul(row))


def _without_nul(params: Sequence[Any] | None) -> list[Any]:
    """The parameters as a list, NUL characters taken out of texts: PostgreSQL's text
    cannot hold them (a batch with one is refused before; this is for a typed search or
    a login name), and no text of the collector means anything by them."""
    if params is None:
        return []
    return [value.replace("\x00", "") if isinstance(value, str) and "\x00" in value
            else value for value in params]


def _idle() -> Any:
    from psycopg.pq import TransactionStatus

    return TransactionStatus.IDLE


class PostgresBinding:
    """``CollectorStore.lock`` on PostgreSQL: not a lock (each thread has its own
    connection, and writers wait for each other in the database), but the same block
    shape – ``with store.lock:`` holds one connection for the reads inside it."""

    def __init__(self, db: PostgresDatabase) -> None:
        self._db = db
        self._local = threading.local()

    def __enter__(self) -> PostgresBinding:
        blocks = getattr(self._local, "blocks", [])
        block = self._db.binding()
        block.__enter__()
        blocks.append(block)
        self._local.blocks = blocks
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._local.blocks.pop().__exit__(*exc_info)

    def acquire(self, blocking: bool = True) -> bool:
        """A caller that would rather not wait (the follow-up page on the event loop) is
        told no: with PostgreSQL every read is a round trip, better made off the loop."""
        if not blocking:
            return False
        self.__enter__()
        return True

    def release(self) -> None:
        self.__exit__(None, None, None)

