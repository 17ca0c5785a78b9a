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
