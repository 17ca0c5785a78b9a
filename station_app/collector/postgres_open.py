"""Opening the collector's PostgreSQL database: reached, fit for the collector, or refused
in one line that never shows the URL's password."""

from __future__ import annotations

from station_app.collector.database import PostgresDatabase
from station_app.errors import StorageError

CONNECT_TIMEOUT = 10
"""Seconds to wait for the server before saying it cannot be reached."""
C_COLLATIONS = ("C", "POSIX", "C.UTF-8", "C.utf8", "ucs_basic")
MIN_SERVER_VERSION = 140000
"""PostgreSQL 14: the casework triggers are made with CREATE OR REPLACE TRIGGER."""
"""Collations under which text sorts by its bytes, as SQLite's does (ISO times compare as
text)."""


def redacted(url: str) -> str:
    """A database URL fit to be shown: without its password."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def too_old(server_version_num: int) -> str:
    """Why a server of this version (``SHOW server_version_num``) is too old, or ""."""
    if server_version_num >= MIN_SERVER_VERSION:
        return ""
    return (f"the server runs PostgreSQL {server_version_num // 10000}; the collector needs "
            f"{MIN_SERVER_VERSION // 10000} or newer (CREATE OR REPLACE TRIGGER)")


def problem_of(db: PostgresDatabase, ours: set[str]) -> str:
    """Why this PostgreSQL database cannot hold the collector's, or "" if it can."""
    old = too_old(int(db.execute("SHOW server_version_num").fetchone()[0]))
    if old:
        return old
    collation = db.execute("SELECT datcollate FROM pg_database WHERE datname ="
                           " current_database()").fetchone()[0]
    if collation not in C_COLLATIONS:
        return (f"the database sorts text by {collation!r}; the collector needs the C "
                "collation (it compares ISO times as text): create it with "
                "'createdb --template=template0 --encoding=UTF8 --locale=C.UTF-8 NAME'")
    tables = {row[0] for row in db.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema ="
        " current_schema()").fetchall()}
    others = sorted(tables - ours - {"collector_generation"})
    if others:
        return f"not a collector database (it holds other tables: {', '.join(others[:3])})"
    return ""


def _reason(error: BaseException, url: str) -> str:
    """The server's or the driver's reason in one line, never with the password."""
    from urllib.parse import unquote, urlsplit

    reason = " ".join(str(error).split())[:300] or type(error).__name__
    password = urlsplit(url).password
    for secret in {password, unquote(password)} if password else ():
        reason = reason.replace(secret, "***")
    return reason


def connect_postgres(url: str, ours: set[str]) -> PostgresDatabase:
    """A pool on the database at ``url``, checked; ``StorageError`` in one line."""
    shown = redacted(url)
    try:
        import psycopg
        import psycopg_pool
    except ImportError:  # the kiosk's bundle, or an install without the collector extra
        raise StorageError(f"{shown}: this installation has no PostgreSQL driver; install "
                           "the collector with it: pip install 'station-app[collector]'"
                           ) from None
    try:
        # One plain connection first: it fails at once, with the server's reason (a pool
        # would keep trying and then only say that it timed out).
        psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT).close()
        db = PostgresDatabase(url)
    except (psycopg.Error, psycopg_pool.PoolTimeout) as error:
        reason = _reason(error, url)
        raise StorageError(f"{shown}: the collector database cannot be reached "
                           f"({reason})") from None
    try:
        problem = problem_of(db, ours)
    except psycopg.Error as error:
        db.close()
        reason = _reason(error, url)
        raise StorageError(f"{shown}: the collector database cannot be opened ({reason})"
                           ) from None
    if problem:
        db.close()
        raise StorageError(f"{shown}: {problem}")
    return db
