"""Moving a venue's collector into the city: a SQLite collector database copied into a
PostgreSQL one (``collector migrate --from FILE.db --to postgresql://…``).

Every table the collector keeps is copied – stations, batches, cards, contacts,
moderation, the office's cards, statuses, groups, answers, users and audit log, the relay's
state – with the same keys, so that a card's code, its history and its sealed Mitmachpool
address mean the same in the new database. Not copied: the office's open sessions and
failed-login counts (staff log in again at the new address) and the schema record (the
target keeps its own).

Idempotent and resumable: each table goes over in chunks, each chunk one transaction
written with ``ON CONFLICT DO NOTHING``, so a run that stops half way (a lost connection,
Ctrl-C) leaves whole chunks behind, and the next run copies what is missing and nothing
twice. The key pair goes first: a target that already holds another collector's cards
under another key pair is refused, because the addresses sealed for one cannot be opened
with the other. The casework count of each office card is not copied but counted again by
the target's own triggers as the status events, answers and corrections arrive.
"""

from __future__ import annotations

import graphlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_app.collector.database import executemany, is_postgres_url, shown
from station_app.collector.office.audit import AuditLog
from station_app.collector.store import CollectorStore, table_names
from station_app.errors import UserError

CHUNK = 2000
"""Rows per transaction."""
NOT_COPIED = frozenset({"collector_schema", "office_sessions", "office_login_throttle",
                        "collector_identity"})
"""The identity is copied first, on its own (``_take_identity``)."""
CASEWORK = ("office_status_events", "office_answers", "office_corrections")
"""Their rows count the office card's casework (the target's triggers): after the cards."""
EMPTY_ENOUGH = frozenset({"office_secret", "office_audit"})
"""A target holding rows only in these (a collector that was started once) is empty."""


@dataclass
class MigrationReport:
    """What one run copied, per table (rows it added; 0 for a table already complete)."""

    source: Path
    target: str
    copied: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        added = sum(self.copied.values())
        again = "" if added else " (everything was there already)"
        return (f"{self.source} migrated to {self.target}: {sum(self.total.values())} "
                f"row(s) in {len(self.copied)} tables, {added} copied by this run{again}")


def check_targets(source: Path | str, target: Path | str) -> tuple[Path, str]:
    """The source file and the target URL, or a ``UserError`` saying what is wrong."""
    if is_postgres_url(source):
        raise UserError("--from takes the venue's SQLite file (e.g. collector.db), not a "
                        "database URL")
    if not is_postgres_url(target):
        raise UserError(f"--to takes a postgresql:// URL, not {target}: to copy a SQLite "
                        "collector database to another file use 'collector backup'")
    path = Path(source)
    if not path.is_file():
        raise UserError(f"{path}: there is no such file to migrate")
    return path, str(target)


def migrate(source_path: Path, target_url: str, *, actor: str, client: str,
            progress: Callable[[str], None] = lambda line: None) -> MigrationReport:
    """Copy the collector database at ``source_path`` into the one at ``target_url``."""
    source = CollectorStore.open(source_path)
    try:
        target = CollectorStore.open(target_url)
        try:
            report = MigrationReport(source_path, shown(target_url))
            _take_identity(source, target, report.target)
            target_columns = _columns_of(target)
            for name in copy_order(source):
                before = _count(target, name)
                _copy_table(source, target, name, target_columns[name])
                _set_identity(target, name, target_columns[name])
                report.total[name] = _count(target, name)
                report.copied[name] = report.total[name] - before
                progress(f"{name}: {report.copied[name]} row(s) copied")
            AuditLog(target).record(actor, "collector.migrate", client=client,
                                    target=source_path.name,
                                    after={"copied": sum(report.copied.values()),
                                           "tables": len(report.copied)})
            return report
        finally:
            target.close()
    finally:
        source.close()


def copy_order(source: CollectorStore) -> list[str]:
    """The tables to copy, each after those its foreign keys name, and the casework
    tables after the office's cards."""
    names = sorted(table_names() - NOT_COPIED)
    graph: dict[str, set[str]] = {name: set() for name in names}
    for name in names:
        if name == "office_card_text":
            graph[name].add("office_cards")  # its rowid is the office card's
            continue
        for row in source.db.execute(f"PRAGMA foreign_key_list({name})"):
            if row[2] in graph and row[2] != name:
                graph[name].add(row[2])
        if name in CASEWORK:
            graph[name].add("office_cards")
    return list(graphlib.TopologicalSorter(graph).static_order())


def _take_identity(source: CollectorStore, target: CollectorStore, target_name: str) -> None:
    """The source's key pair into the target, or a ``UserError`` if the target holds cards
    or stations under another."""
    key = source.db.execute("SELECT private_key, created_at FROM collector_identity"
                            " WHERE id = 1").fetchone()
    if key is None:
        source.private_key()  # what the source would make on its first sealed address
        key = source.db.execute("SELECT private_key, created_at FROM collector_identity"
                                " WHERE id = 1").fetchone()
    with target.transaction() as db:
        held = db.execute("SELECT private_key FROM collector_identity WHERE id = 1"
                          ).fetchone()
        if held is not None and held[0] == key[0]:
            return  # a run before this one took it: resume
        if held is not None:
            busy = [name for name in sorted(table_names() - NOT_COPIED - EMPTY_ENOUGH)
                    if db.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone() is not None]
            if busy:
                raise UserError(
                    f"{target_name}: this database already holds another "
                    f"collector's data under another key pair ({', '.join(busy[:3])}); "
                    "migrate into a new, empty database (to bring a venue's cards into a "
                    "running city collector, relay them from the venue's hub instead)")
            db.execute("DELETE FROM collector_identity")
        db.execute("INSERT INTO collector_identity (id, private_key, created_at)"
                   " VALUES (1, ?, ?)", [key[0], key[1]])


def _columns_of(target: CollectorStore) -> dict[str, list[str]]:
    """The columns of each of the target's tables, in order."""
    found: dict[str, list[str]] = {}
    for table, column in target.db.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE"
            " table_schema = current_schema() ORDER BY table_name, ordinal_position"):
        found.setdefault(table, []).append(column)
    return found


def _copy_table(source: CollectorStore, target: CollectorStore, name: str,
                columns: list[str]) -> None:
    """Every row of the source's table into the target's, a chunk per transaction."""
    have = {row[1] for row in source.db.execute(f"PRAGMA table_info({name})")}
    wanted = [column for column in columns if column in have or column == "rowid"]
    if name == "office_card_text":
        wanted = ["rowid", "text"]
    picked = ", ".join("0" if column == "casework" else
                       ("rowid" if column == "rowid" else f'"{column}"')
                       for column in wanted)
    insert = (f"INSERT INTO {name} ({', '.join(wanted)}) VALUES"
              f" ({', '.join('?' for _ in wanted)}) ON CONFLICT DO NOTHING")
    for rows in _chunks(source.db.conn, f"SELECT {picked} FROM {name} ORDER BY rowid"):
        with target.transaction() as db:
            executemany(db, insert, rows)


def _chunks(conn: sqlite3.Connection, sql: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = conn.execute(sql)
    while True:
        rows = cursor.fetchmany(CHUNK)
        if not rows:
            return
        yield rows


def _set_identity(target: CollectorStore, name: str, columns: list[str]) -> None:
    """The target's next generated key past the largest one copied, so that its own new
    rows (an audit entry, a rejection) do not collide with them."""
    for column in ("id", "rowid"):
        if column not in columns:
            continue
        with target.transaction() as db:
            sequence = db.execute("SELECT pg_get_serial_sequence(?, ?)",
                                  [name, column]).fetchone()[0]
            if sequence is not None:
                db.execute(f"SELECT setval(?, (SELECT COALESCE(MAX({column}), 0) + 1"
                           f" FROM {name}), false)", [sequence])


def _count(target: CollectorStore, name: str) -> int:
    return int(target.db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0])
