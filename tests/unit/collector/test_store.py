"""The collector's database holds the key to every Mitmachpool address: owner-only files."""

from __future__ import annotations

import os
import stat

from station_app.collector.store import CollectorStore
from station_app.durable_sqlite import backup_database


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_database_its_journal_and_its_backups_are_owner_only(tmp_path):
    old = os.umask(0o022)  # a usual umask: files would be world-readable by default
    try:
        store = CollectorStore.open(tmp_path / "collector.db")
        store.private_key()
        store.db.execute("INSERT INTO rejections (at, via, reason) VALUES ('x', 'y', 'z')")
        assert _mode(tmp_path / "collector.db") == 0o600
        assert _mode(tmp_path / "collector.db-wal") == 0o600
        assert _mode(tmp_path / "collector.db-shm") == 0o600
        backup_database(store.db, tmp_path / "sicherung.db", private=True)
        assert _mode(tmp_path / "sicherung.db") == 0o600
        store.close()
    finally:
        os.umask(old)


def test_an_existing_world_readable_database_is_tightened(tmp_path):
    path = tmp_path / "collector.db"
    CollectorStore.open(path).close()
    os.chmod(path, 0o644)
    CollectorStore.open(path).close()
    assert _mode(path) == 0o600


def test_a_database_from_before_the_relay_gains_its_tables_on_open(tmp_path):
    import sqlite3

    from station_app.collector import store as store_module

    path = tmp_path / "collector.db"
    older = [s for s in store_module.SCHEMA if "relay_" not in s]
    with sqlite3.connect(path) as conn:
        for statement in older:
            conn.execute(statement)
    with sqlite3.connect(path) as conn:
        assert "relay_outbox" not in {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    with CollectorStore.open(path) as opened:
        names = set(opened.db.table_names())
        assert {"relay_hub", "relay_outbox", "relay_station_keys"} <= names
        assert opened.hub_since is None and not opened.is_hub()


def test_a_hub_is_marked_once_and_other_connections_see_it(tmp_path):
    import datetime as dt

    path = tmp_path / "hub.db"
    first, second = CollectorStore.open(path), CollectorStore.open(path)
    try:
        assert not second.is_hub()
        first.mark_hub(dt.datetime(2026, 9, 28, tzinfo=dt.UTC))
        first.mark_hub(dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
        assert second.is_hub() and second.hub_since == first.hub_since == \
            "2026-09-28T00:00:00+00:00"
    finally:
        first.close()
        second.close()


def test_hubs_register_stations_but_never_one_the_collector_enrolled_itself(store):
    import datetime as dt

    import nacl.signing
    import pytest

    from station_app.errors import UserError
    from station_app.protocol.canonical import b64encode

    at = dt.datetime(2026, 9, 28, tzinfo=dt.UTC)

    def key() -> str:
        return b64encode(bytes(nacl.signing.SigningKey.generate().verify_key))

    first, second = key(), key()
    store.register_relayed_station("saal-1", first, at, "hub-1", at)
    store.register_relayed_station("saal-1", first, at, "hub-1", at)  # again: nothing new
    store.register_relayed_station("saal-1", second, at, "hub-2", at)  # a second venue
    assert [b64encode(bytes(k)) for k, _at in store.station("saal-1")["keys"]] == [first,
                                                                                   second]
    store.add_station("rathaus-1", nacl.signing.SigningKey.generate().verify_key, at)
    with pytest.raises(UserError, match="enrolled at this collector itself"):
        store.register_relayed_station("rathaus-1", key(), at, "hub-1", at)
    assert len(store.station("rathaus-1")["keys"]) == 1


def test_every_schema_step_is_recorded_once_and_reopening_applies_none(reopenable):
    from station_app.collector.schema_history import applied_versions
    from station_app.collector.store import STEPS

    target = reopenable
    for _ in range(2):
        with CollectorStore.open(target) as opened:
            assert applied_versions(opened.db) == [step.version for step in STEPS]
            rows = opened.db.execute("SELECT COUNT(*) FROM collector_schema").fetchone()
            assert rows[0] == len(STEPS)


def test_a_database_a_newer_station_app_has_brought_further_is_refused(reopenable):
    import pytest

    from station_app.collector.store import STEPS
    from station_app.errors import StorageError

    target = reopenable
    with CollectorStore.open(target) as opened, opened.transaction() as db:
        db.execute("INSERT INTO collector_schema (version, name, applied_at)"
                   " VALUES (?, 'from the future', '2030-01-01T00:00:00+00:00')",
                   [len(STEPS) + 1])
    with pytest.raises(StorageError, match=f"schema version {len(STEPS) + 1}.*update"):
        CollectorStore.open(target)


def test_a_database_from_before_the_record_keeps_its_cards_and_gains_the_record(tmp_path):
    import sqlite3

    from station_app.collector import store as store_module
    from station_app.collector.schema_history import applied_versions

    path = tmp_path / "collector.db"
    with CollectorStore.open(path) as opened, opened.transaction() as db:
        db.execute("INSERT INTO rejections (at, via, reason) VALUES ('x', 'y', 'kept')")
    with sqlite3.connect(path) as conn:  # as the collector left it before the record
        conn.execute("DROP TABLE collector_schema")
    with CollectorStore.open(path) as opened:
        assert applied_versions(opened.db) == [step.version for step in store_module.STEPS]
        assert opened.db.execute("SELECT reason FROM rejections").fetchall() == [("kept",)]

