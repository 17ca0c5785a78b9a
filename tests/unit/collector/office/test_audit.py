"""The audit log: who, when (UTC), what, before and after, from where; newest first."""

from __future__ import annotations

import datetime as dt

from station_app.collector.office.audit import AuditLog


def test_an_entry_keeps_everything_it_was_given(store, clock):
    log = AuditLog(store, clock)
    log.record("anna", "user.disabled", client="127.0.0.1", target="bert",
               before={"enabled": True}, after={"enabled": False, "note": "Grüße <b>"})
    entry = log.latest()[0]
    assert entry.at == clock.now and entry.at.utcoffset() == dt.timedelta(0)
    assert (entry.actor, entry.action, entry.target, entry.client) == (
        "anna", "user.disabled", "bert", "127.0.0.1")
    assert entry.before == {"enabled": True}
    assert entry.after == {"enabled": False, "note": "Grüße <b>"}


def test_times_are_stored_in_utc(store):
    berlin = dt.timezone(dt.timedelta(hours=2))
    AuditLog(store, lambda: dt.datetime(2026, 9, 28, 12, 0, tzinfo=berlin)).record(
        "anna", "logout", client="x")
    stored = store.db.execute("SELECT at FROM office_audit").fetchone()[0]
    assert stored == "2026-09-28T10:00:00+00:00"


def test_newest_first_and_paging_back(store, clock):
    log = AuditLog(store, clock)
    for number in range(5):
        clock.advance(1)
        log.record(f"user-{number}", "login.succeeded", client="x")
    newest = log.latest(limit=2)
    assert [e.actor for e in newest] == ["user-4", "user-3"]
    older = log.latest(limit=2, before_id=newest[-1].id)
    assert [e.actor for e in older] == ["user-2", "user-1"]


def test_nothing_before_or_after_is_none_and_long_values_are_cut(store, clock):
    log = AuditLog(store, clock)
    log.record("x" * 500, "login.failed", client="y" * 500)
    entry = log.latest()[0]
    assert entry.before is None and entry.after is None and entry.target is None
    assert len(entry.actor) == 200 and len(entry.client) == 100


def test_an_entry_written_in_a_failed_transaction_is_gone(store, clock):
    log = AuditLog(store, clock)
    try:
        with store.transaction():
            log.record("anna", "user.added", client="x")
            raise RuntimeError("the change itself failed")
    except RuntimeError:
        pass
    assert log.latest() == []
