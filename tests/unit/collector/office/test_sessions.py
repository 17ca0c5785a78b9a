"""Sessions end when idle, when too old, at logout, and when the account is blocked."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.collector.office.sessions import (
    SessionLimits,
    StaffSessions,
    session_digest,
    well_formed,
)
from tests.unit.collector.office.conftest import PASSWORD


@pytest.fixture
def sessions(store, accounts, clock) -> StaffSessions:
    accounts.add("anna", "moderator", PASSWORD, actor="t", client="c")
    return StaffSessions(store, SessionLimits(idle=dt.timedelta(minutes=30),
                                              absolute=dt.timedelta(hours=12)), clock)


def test_only_the_ids_hash_is_stored(store, sessions):
    session_id = sessions.start("anna", "127.0.0.1")
    assert well_formed(session_id) and len(session_id) >= 43
    stored = [row[0] for row in store.db.execute("SELECT id_sha256 FROM office_sessions")]
    assert stored == [session_digest(session_id)] and session_id not in stored
    found = sessions.find(session_id)
    assert found is not None and (found.user_name, found.role) == ("anna", "moderator")


def test_every_start_is_a_new_random_id(sessions):
    assert len({sessions.start("anna", "x") for _ in range(20)}) == 20


def test_idle_timeout(sessions, clock):
    session_id = sessions.start("anna", "x")
    clock.advance(29 * 60)
    assert sessions.find(session_id) is not None  # a request keeps it alive ...
    clock.advance(29 * 60)
    assert sessions.find(session_id) is not None
    clock.advance(30 * 60 + 1)  # ... and half an hour without one ends it
    assert sessions.find(session_id) is None
    clock.advance(-60 * 60)
    assert sessions.find(session_id) is None  # gone from the database, not just refused


def test_absolute_timeout_after_twelve_hours_however_busy(sessions, clock):
    session_id = sessions.start("anna", "x")
    for _ in range(35):  # 11 h 40 min of steady work
        clock.advance(20 * 60)
        assert sessions.find(session_id) is not None
    clock.advance(20 * 60 + 1)
    assert sessions.find(session_id) is None


def test_a_new_login_ends_the_session_the_browser_brought(sessions):
    planted = sessions.start("anna", "x")
    fresh = sessions.start("anna", "x", replacing=planted)
    assert fresh != planted
    assert sessions.find(planted) is None and sessions.find(fresh) is not None


def test_end_is_logout(sessions):
    session_id = sessions.start("anna", "x")
    assert sessions.end(session_id)
    assert sessions.find(session_id) is None
    assert not sessions.end(session_id)


def test_a_blocked_account_has_no_session_even_if_its_row_survived(store, sessions):
    session_id = sessions.start("anna", "x")
    store.db.execute("UPDATE office_users SET enabled = 0")  # behind the accounts' back
    assert sessions.find(session_id) is None


@pytest.mark.parametrize("value", [None, "", "short", "ä" * 43, "a" * 43 + ";", "a" * 200])
def test_cookie_values_that_are_no_session_ids(sessions, value):
    assert sessions.find(value) is None
    assert not sessions.end(value)


def test_expired_sessions_are_cleared_at_the_next_login(store, sessions, clock):
    sessions.start("anna", "x")
    clock.advance(13 * 3600)
    sessions.start("anna", "x")
    assert store.db.execute("SELECT COUNT(*) FROM office_sessions").fetchone()[0] == 1
