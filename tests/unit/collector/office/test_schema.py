"""The office's tables live in the collector database without making it a stranger."""

from __future__ import annotations

import os
import stat

from station_app.collector.office.accounts import PasswordHasher, StaffAccounts
from station_app.collector.office.schema import OFFICE_SCHEMA
from station_app.collector.store import CollectorStore
from tests.unit.collector.office.conftest import CHEAP, PASSWORD


def test_a_database_with_staff_accounts_opens_again_and_stays_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "collector.db"
        with CollectorStore.open(path) as store:
            StaffAccounts(store, PasswordHasher(CHEAP)).add("anna", "admin", PASSWORD,
                                                            actor="test", client="here")
        with CollectorStore.open(path) as store:  # not refused as "another database"
            tables = {row[0] for row in store.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"office_users", "office_sessions", "office_audit",
                "office_login_throttle", "office_secret"} <= tables
        for name in ("collector.db", "collector.db-wal", "collector.db-shm"):
            if (tmp_path / name).exists():
                assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600, name
    finally:
        os.umask(old)


def test_every_office_table_is_named_office_():
    for statement in OFFICE_SCHEMA:
        if statement.startswith("CREATE TABLE"):
            assert statement.split("EXISTS", 1)[1].strip().startswith("office_")
