"""Login throttling per name and per address, with growing lockouts (pinned clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.collector.office.throttle import LoginThrottle, ThrottleRules

ZERO = dt.timedelta(0)


@pytest.fixture
def throttle(store, clock) -> LoginThrottle:
    return LoginThrottle(store, ThrottleRules(), clock)


def test_five_failures_lock_the_name_for_a_minute(throttle, clock):
    for _ in range(4):
        throttle.failed("anna", "10.0.0.1")
        assert throttle.wait("anna", "10.0.0.1") == ZERO
    throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == dt.timedelta(minutes=1)
    assert throttle.wait("ANNA", "10.0.0.2") == dt.timedelta(minutes=1)  # name, any address
    assert throttle.wait("bert", "10.0.0.1") == ZERO  # the address has more tries
    clock.advance(61)
    assert throttle.wait("anna", "10.0.0.1") == ZERO


def test_each_further_failure_doubles_the_lockout_up_to_an_hour(throttle, clock):
    for _ in range(5):
        throttle.failed("anna", "10.0.0.1")
    lockouts = []
    for _ in range(8):
        clock.advance(throttle.wait("anna", "x").total_seconds() + 1)
        throttle.failed("anna", f"10.0.1.{len(lockouts)}")
        lockouts.append(throttle.wait("anna", "x"))
    assert [int(w.total_seconds() // 60) for w in lockouts] == [2, 4, 8, 16, 32, 60, 60, 60]


def test_the_count_starts_again_after_a_quiet_window(throttle, clock):
    for _ in range(4):
        throttle.failed("anna", "10.0.0.1")
    clock.advance(15 * 60 + 1)
    throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "10.0.0.1") == ZERO


def test_failures_spread_over_the_window_still_count(throttle, clock):
    for _ in range(5):
        throttle.failed("anna", "10.0.0.1")
        clock.advance(3 * 60)  # 5 failures in 12 minutes
    assert throttle.wait("anna", "10.0.0.1") == ZERO  # the 1-minute lockout is long over ...
    throttle.failed("anna", "10.0.0.1")  # ... but the next failure locks for longer
    assert throttle.wait("anna", "10.0.0.1") == dt.timedelta(minutes=2)


def test_one_address_guessing_many_names_is_locked(throttle):
    for number in range(10):
        assert throttle.wait(f"name-{number}", "10.0.0.9") == ZERO
        throttle.failed(f"name-{number}", "10.0.0.9")
    assert throttle.wait("anyone", "10.0.0.9") == dt.timedelta(minutes=1)
    assert throttle.wait("anyone", "10.0.0.8") == ZERO


def test_success_clears_the_name_but_not_the_address(throttle):
    for _ in range(4):
        throttle.failed("anna", "10.0.0.1")
    throttle.succeeded("anna")
    throttle.failed("anna", "10.0.0.1")
    assert throttle.wait("anna", "elsewhere") == ZERO  # the name counts from 1 again
    for number in range(5):
        throttle.failed(f"other-{number}", "10.0.0.1")
    assert throttle.wait("someone", "10.0.0.1") == dt.timedelta(minutes=1)  # 10 from there


def test_unknown_names_are_counted_like_known_ones(throttle):
    for _ in range(5):
        throttle.failed("<script>gibt-es-nicht</script>", "10.0.0.1")
    assert throttle.wait("<script>gibt-es-nicht</script>", "10.0.0.2") > ZERO


def test_old_entries_are_forgotten(store, throttle, clock):
    for number in range(3):
        throttle.failed(f"guess-{number}", "10.0.0.1")
    clock.advance(2 * 3600)
    throttle.failed("late", "10.0.0.2")
    keys = {row[0] for row in store.db.execute("SELECT key FROM office_login_throttle")}
    assert keys == {"account:late", "client:10.0.0.2"}


def test_the_state_survives_a_new_throttle_object(store, throttle, clock):
    for _ in range(5):
        throttle.failed("anna", "10.0.0.1")
    assert LoginThrottle(store, ThrottleRules(), clock).wait("anna", "x") > ZERO
