"""The collector's own SQLite database (sqlite-utils): stations, batches, cards, conflicts.

One connection guarded by a lock: uvicorn runs request handlers in a thread pool, and
SQLite serialises writers anyway, so the lock only makes the order explicit. Every batch is
applied in one transaction, so a killed collector holds either a whole batch or none of it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import nacl.public
import nacl.signing
import sqlite_utils

from station_app.clock import utc_now
from station_app.collector.database import (
    PostgresBinding,
    among,
    dialect_of,
    executemany,
    insert_rows,
    is_postgres_url,
)
from station_app.collector.office import card_index
from station_app.collector.postgres_open import connect_postgres
from station_app.collector.schema_history import bring_up_to_date
from station_app.collector.tables import SCHEMA, STEPS
from station_app.durable_sqlite import open_durable, write_transaction
from station_app.errors import StorageError, UserError
from station_app.protocol.canonical import b64decode, b64encode, canonical_text

MAX_REJECTIONS_KEPT = 10_000


def _foreign_tables(db: sqlite_utils.Database) -> str:
    """Why this file is not a collector database, or "" if it is one (or is new).

    Opening a station's database by mistake must not add collector tables to it."""
    tables = {row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if "schema_migrations" in tables:
        return ("this is a station's database, not the collector's (use station-app "
                "--data-dir for it, or give the collector database with --db)")
    ours, virtual = set(), set()
    for statement in SCHEMA:
        if statement.startswith(("CREATE TABLE", "CREATE VIRTUAL TABLE")):
            name = statement.split("EXISTS", 1)[1].split()[0].split("(", 1)[0]
            ours.add(name)
            if statement.startswith("CREATE VIRTUAL TABLE"):
                virtual.add(name)
    # A full-text table keeps its index in shadow tables named after it.
    others = sorted(name for name in tables - ours
                    if not any(name.startswith(f"{v}_") for v in virtual))
    if others:
        return (f"not a collector database (it holds other tables: {', '.join(others[:3])}); "
                "give the collector database with --db")
    return ""


_CONTACT_COLUMNS = ("uuid", "station_id", "batch_id", "sealed", "consent_version",
                    "consented_at", "received_at")


def _first_as_dict(db: Any, sql: str, params: list[Any]) -> dict[str, Any] | None:
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    names = [column[0] for column in cursor.description] if hasattr(cursor, "description") \
        and cursor.description else None
    return dict(zip(names or [], row, strict=True))


def table_names() -> set[str]:
    """The collector's own tables (those the schema creates)."""
    return {statement.split("EXISTS", 1)[1].split()[0].split("(", 1)[0]
            for statement in SCHEMA if statement.startswith(("CREATE TABLE",
                                                             "CREATE VIRTUAL TABLE"))}


class CollectorStore:
    """All reads and writes of the collector database."""

    def __init__(self, db: Any, *, shared: bool = False) -> None:
        self.db = db
        self.dialect = dialect_of(db)
        self.lock: Any = PostgresBinding(db) if self.dialect == "postgresql" \
            else threading.RLock()
        """SQLite: one connection, one thread at a time. PostgreSQL: a connection per
        thread for the block (``PostgresBinding``); writers take turns in the database."""
        self._generation = 0
        self.shared = shared or self.dialect == "postgresql"
        """Other processes write to the same database (``collector serve --workers N``, or
        any PostgreSQL database): ``generation`` then also changes with their commits."""
        with self.transaction():
            bring_up_to_date(db, STEPS, utc_now().isoformat(timespec="seconds"))
            card_index.index_missing(db)
        self._generation = 0
        row = db.execute("SELECT since FROM relay_hub WHERE id = 1").fetchone()
        self.hub_since: str | None = row[0] if row else None
        """Since when this database is a venue's hub (it keeps the stations' signed batches
        for the relay to the city); None on the city's collector."""

    @property
    def generation(self) -> tuple[int, int]:
        """Changes with every committed write transaction: a page kept in a cache under an
        older generation may show what has changed since (a withdrawn card's text). This
        process's own count, and for a ``shared`` database SQLite's ``data_version``, which
        changes when another connection commits."""
        if not self.shared:
            return self._generation, 0
        if self.dialect == "postgresql":
            row = self.db.execute("SELECT generation FROM collector_generation").fetchone()
            return 0, int(row[0])
        with self.lock:
            return self._generation, int(self.db.execute("PRAGMA data_version").fetchone()[0])

    @classmethod
    def open(cls, path: Path | str, *, shared: bool = False) -> CollectorStore:
        """Open (or create) the collector database: a file, ``":memory:"`` for tests, or a
        ``postgresql://`` URL (``open_postgres``).

        The file holds the private key that opens every Mitmachpool address, so it is
        created readable by its owner only. ``shared``: other processes write to it too.
        """
        if is_postgres_url(path):
            db = connect_postgres(str(path), table_names())
            try:
                return cls(db)
            except Exception:
                db.close()
                raise
        db = open_durable(path, what="the collector database", private=True)
        try:
            foreign = _foreign_tables(db)
            if foreign:
                raise StorageError(f"{path}: {foreign}")
            return cls(db, shared=shared)
        except sqlite3.DatabaseError as error:
            db.close()
            raise StorageError(f"{path}: the collector database cannot be opened ({error})"
                               ) from None
        except StorageError:
            db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CollectorStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction (nested: a savepoint); ``generation`` moves on after the
        outermost one."""
        if self.dialect == "postgresql":
            outermost = not self.db.in_transaction
            with self.db.transaction() as db:
                yield db
                if outermost:
                    db.execute("UPDATE collector_generation SET generation = generation + 1")
            return
        with self.lock:
            outermost = not self.db.conn.in_transaction
            with write_transaction(self.db):
                yield self.db
            if outermost:
                self._generation += 1

    # --- identity and stations ------------------------------------------------------------

    def private_key(self) -> nacl.public.PrivateKey:
        """The collector's key pair for Mitmachpool sealed boxes, created on first use."""
        with self.transaction():
            row = self.db.execute(
                "SELECT private_key FROM collector_identity WHERE id = 1").fetchone()
            if row:
                return nacl.public.PrivateKey(b64decode(row[0], "private_key"))
            key = nacl.public.PrivateKey.generate()
            self.db.execute("INSERT INTO collector_identity (id, private_key, created_at)"
                            " VALUES (1, ?, ?)", [b64encode(bytes(key)), utc_now().isoformat()])
            return key

    def add_station(self, station_id: str, verify_key: nacl.signing.VerifyKey,
                    at: dt.datetime, replace: bool = False) -> None:
        """Register a station; ``replace`` issues new keys and revokes every earlier one,
        also those a hub registered for it (``relay_station_keys``)."""
        with self.transaction():
            exists = self.station(station_id) is not None
            if exists and not replace:
                raise UserError(f"station {station_id!r} is already registered "
                                "(use --replace to issue new keys)")
            self.db.execute(
                "INSERT INTO stations (station_id, verify_key, enrolled_at) VALUES (?, ?, ?)"
                " ON CONFLICT(station_id) DO UPDATE SET verify_key = excluded.verify_key,"
                " enrolled_at = excluded.enrolled_at",
                [station_id, b64encode(bytes(verify_key)), at.isoformat()])
            self.db.execute("DELETE FROM relay_station_keys WHERE station_id = ?", [station_id])

    def station(self, station_id: str) -> dict[str, Any] | None:
        """The station with its own key and, under ``keys``, every key it may sign with:
        its own first, then those enrolled hubs registered for it, each with its enrolment
        time."""
        with self.lock:
            row = self.db.execute("SELECT station_id, verify_key, enrolled_at FROM stations"
                                  " WHERE station_id = ?", [station_id]).fetchone()
            vouched = [] if row is None else self.db.execute(
                "SELECT verify_key, enrolled_at FROM relay_station_keys WHERE station_id = ?"
                " AND verify_key != ? ORDER BY registered_at", [station_id, row[1]]).fetchall()
        if row is None:
            return None
        keys = [(nacl.signing.VerifyKey(b64decode(key, "verify_key")),
                 dt.datetime.fromisoformat(at)) for key, at in [(row[1], row[2]), *vouched]]
        return {"station_id": row[0], "verify_key": keys[0][0], "enrolled_at": keys[0][1],
                "keys": keys}

    def register_relayed_station(self, station_id: str, verify_key: str,
                                 enrolled_at: dt.datetime, hub_id: str,
                                 at: dt.datetime) -> None:
        """A hub's registration: ``hub_id`` enrolled ``station_id`` with ``verify_key``.

        A station unknown here is registered with that key; a station some hub registered
        before may gain another key (re-enrolled at its hub, or at a second venue). A
        station this collector enrolled itself keeps its own key only: ``UserError``, so
        that no hub can sign for a station the city enrolled.
        """
        with self.transaction():
            row = self.db.execute("SELECT verify_key FROM stations WHERE station_id = ?",
                                  [station_id]).fetchone()
            if row is None:
                self.db.execute("INSERT INTO stations (station_id, verify_key, enrolled_at)"
                                " VALUES (?, ?, ?)",
                                [station_id, verify_key, enrolled_at.isoformat()])
            elif row[0] != verify_key and self.db.execute(
                    "SELECT COUNT(*) FROM relay_station_keys WHERE station_id = ?",
                    [station_id]).fetchone()[0] == 0:
                raise UserError(f"station {station_id!r} is enrolled at this collector itself"
                                f" with another key; hub {hub_id!r} cannot register a key "
                                "for it (sync the station here directly, or re-enrol it at "
                                "the hub only)")
            self.db.execute(
                "INSERT INTO relay_station_keys (station_id, verify_key, hub_id,"
                " enrolled_at, registered_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [station_id, verify_key, hub_id, enrolled_at.isoformat(), at.isoformat()])

    def is_hub(self) -> bool:
        """Whether this database is a hub's (asked again while it is not: another process,
        ``collector relay``, may have made it one)."""
        if self.hub_since is None:
            with self.lock:
                row = self.db.execute("SELECT since FROM relay_hub WHERE id = 1").fetchone()
            self.hub_since = row[0] if row else None
        return self.hub_since is not None

    def mark_hub(self, at: dt.datetime) -> None:
        """From now on keep every station batch as signed, for the relay to the city."""
        if self.hub_since is not None:
            return
        with self.transaction():
            self.db.execute("INSERT INTO relay_hub (id, since) VALUES (1, ?)"
                            " ON CONFLICT DO NOTHING", [at.isoformat()])
            self.hub_since = self.db.execute(
                "SELECT since FROM relay_hub WHERE id = 1").fetchone()[0]

    def station_ids(self) -> list[str]:
        with self.lock:
            return [r[0] for r in self.db.execute(
                "SELECT station_id FROM stations ORDER BY station_id").fetchall()]

    # --- reading ------------------------------------------------------------------------

    def batch(self, batch_id: str) -> dict[str, Any] | None:
        return _first_as_dict(self.db, "SELECT * FROM batches WHERE batch_id = ?", [batch_id])

    def stored_cards(self, uuids: list[str]) -> dict[str, dict[str, Any]]:
        """Those of ``uuids`` the collector already holds, each card as it was stored."""
        found: dict[str, dict[str, Any]] = {}
        with self.lock:
            for condition, params in among(self.db, "uuid", uuids):
                for uuid, data in self.db.execute(
                        f"SELECT uuid, data FROM cards WHERE {condition}", params).fetchall():
                    found[uuid] = json.loads(data)
        return found

    def card_by_code(self, code: str) -> dict[str, Any] | None:
        """A card with its batch's event and whether it is hidden now (the office's index
        keeps that: the latest decision of a station or the office, ``card_index``)."""
        with self.lock:
            row = self.db.execute(
                "SELECT c.data, c.received_at, b.event, o.hidden FROM cards c"
                " JOIN batches b ON b.batch_id = c.batch_id"
                " JOIN office_cards o ON o.uuid = c.uuid WHERE c.code = ?"
                " ORDER BY c.received_at LIMIT 1", [code]).fetchone()
        if row is None:
            return None
        return {"card": json.loads(row[0]), "received_at": row[1], "event": json.loads(row[2]),
                "hidden": bool(row[3])}

    def counts(self) -> dict[str, int]:
        with self.lock:
            return {table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                    for table in ("stations", "batches", "cards", "contacts", "conflicts")}

    def contacts(self) -> list[dict[str, Any]]:
        with self.lock:
            cursor = self.db.execute("SELECT uuid, station_id, batch_id, sealed,"
                                     " consent_version, consented_at, received_at"
                                     " FROM contacts ORDER BY uuid")
            return [dict(zip(_CONTACT_COLUMNS, row, strict=True)) for row in cursor]

    # --- writing ------------------------------------------------------------------------

    def record_conflict(self, station_id: str, batch_id: str, card_uuid: str | None,
                        reason: str, offered: Any, at: dt.datetime) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO conflicts (at, station_id, batch_id, card_uuid, reason, offered)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [at.isoformat(), station_id, batch_id, card_uuid, reason,
                 json.dumps(offered, ensure_ascii=False)])

    def record_rejection(self, via: str, station_id: str | None, reason: str,
                         at: dt.datetime) -> None:
        """Keep a bounded log of refused batches, so an operator can see who knocks."""
        with self.transaction():
            self.db.execute("INSERT INTO rejections (at, via, station_id, reason)"
                            " VALUES (?, ?, ?, ?)",
                            [at.isoformat(), via, (station_id or "")[:64] or None,
                             reason[:300]])
            self.db.execute("DELETE FROM rejections WHERE id <= (SELECT MAX(id) FROM"
                            " rejections) - ?", [MAX_REJECTIONS_KEPT])

    def store_batch(self, document: dict[str, Any], via: str, at: dt.datetime,
                    new_cards: list[dict[str, Any]], *,
                    contacts: list[dict[str, Any]] | None = None,
                    original: tuple[bytes, str, dt.datetime] | None = None,
                    card_data: list[str] | None = None) -> int:
        """Insert the batch row, its new cards and its contacts in one transaction.

        ``card_data``: each new card's canonical JSON for ``cards.data``, when the caller
        has it (the ingest made it for the signature), else made here.

        ``contacts`` replaces the batch's own (a hub's relay sealed them anew for this
        collector); ``original`` (the signed document, the key and enrolment time that
        verified it) goes into the relay outbox on a hub, in the same transaction.
        """
        received = at.isoformat()
        batch_id = document["batch_id"]
        if contacts is None:
            contacts = document["contacts"]
        with self.transaction():
            self.db.execute(
                "INSERT INTO batches (batch_id, station_id, seq, created_at, received_at, via,"
                " card_count, contact_count, cards_stored, manifest_sha256, event, totals)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [batch_id, document["station_id"], document["seq"], document["created_at"],
                 received, via, len(document["cards"]), len(document["contacts"]),
                 len(new_cards), document["manifest_sha256"],
                 json.dumps(document.get("event") or {}, ensure_ascii=False),
                 json.dumps(document.get("totals") or {})])
            insert_rows(
                self.db, "cards", ("uuid", "code", "station_id", "batch_id", "created_at",
                                   "received_at", "data"),
                [(card["uuid"], card["code"], card["station_id"], batch_id,
                  card["created_at"], received, data)
                 for card, data in zip(new_cards, card_data or [
                     canonical_text(card) for card in new_cards], strict=True)])
            # Nothing that could tie a contact to a card: no batch, only days (docs/privacy.md).
            executemany(
                self.db,
                "INSERT INTO contacts (uuid, station_id, batch_id, sealed,"
                " consent_version, consented_at, received_at) VALUES (?, ?, '', ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [(c["uuid"], document["station_id"], b64decode(c["sealed"], "sealed"),
                  c["consent_version"], c["consented_at"][:10], received[:10])
                 for c in contacts])
            executemany(
                self.db,
                "INSERT INTO moderation_events (uuid, card_uuid, station_id,"
                " batch_id, hidden, reason, at, source, received_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'station', ?) ON CONFLICT DO NOTHING",
                [(m["uuid"], m["card_uuid"], document["station_id"], batch_id,
                  int(m["hidden"]), m["reason"], m["at"], received)
                 for m in document.get("moderation") or []])
            card_index.index_cards(self.db, document.get("event") or {}, new_cards,
                                   received)
            card_index.refresh_hidden(self.db, [m["card_uuid"] for m in
                                                document.get("moderation") or []])
            if original is not None:
                raw, verify_key, enrolled_at = original
                self.db.execute(
                    "INSERT INTO relay_outbox (batch_id, station_id, seq,"
                    " received_at, verify_key, enrolled_at, card_count, contact_count,"
                    " moderation_count, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT DO NOTHING",
                    [batch_id, document["station_id"], document["seq"], received, verify_key,
                     enrolled_at.isoformat(), len(document["cards"]), len(contacts),
                     len(document.get("moderation") or []), raw])
        return len(new_cards)
