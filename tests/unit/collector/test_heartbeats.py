"""Heartbeats at the collector: only a registered station's, signed by it; the newest
kept; the clock's offset from a network heartbeat only; silent and clock-off flags."""

from __future__ import annotations

import datetime as dt

import nacl.signing
import pytest

from station_app.collector.heartbeats import (
    HeartbeatRefused,
    receive_heartbeat,
    station_health,
)
from station_app.protocol.heartbeat import Heartbeat, build_heartbeat

NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def beat(key, sent_at: dt.datetime, pending: int = 4, station: str = "nord-2") -> bytes:
    return build_heartbeat(Heartbeat(station, sent_at, "1.4.0", 2, pending, "failing", 10**9,
                                     "collector not reachable"), key)


@pytest.fixture
def key(store):
    signing = nacl.signing.SigningKey.generate()
    store.add_station("nord-2", signing.verify_key, NOW)
    return signing


def test_a_stations_heartbeat_is_kept_with_its_clock_offset(store, key):
    receive_heartbeat(store, beat(key, NOW + dt.timedelta(minutes=12)), NOW)
    health = station_health(store)["nord-2"]
    assert health.heartbeat.pending_cards == 4 and health.heartbeat.printer == "failing"
    assert health.clock_offset == dt.timedelta(minutes=12) and health.clock_off
    assert not health.silent(NOW + dt.timedelta(hours=1))
    assert health.silent(NOW + dt.timedelta(hours=3))


def test_only_the_newest_is_kept_and_a_file_says_nothing_about_the_clock(store, key):
    receive_heartbeat(store, beat(key, NOW, pending=1), NOW)
    receive_heartbeat(store, beat(key, NOW - dt.timedelta(hours=5), pending=9),
                      NOW + dt.timedelta(minutes=1), by_file=True)  # an old stick
    assert station_health(store)["nord-2"].heartbeat.pending_cards == 1
    receive_heartbeat(store, beat(key, NOW + dt.timedelta(hours=1), pending=0),
                      NOW + dt.timedelta(hours=2), by_file=True)
    health = station_health(store)["nord-2"]
    assert health.heartbeat.pending_cards == 0 and health.by_file
    assert health.clock_offset is None and not health.clock_off


def test_strangers_and_forgeries_are_refused(store, key):
    with pytest.raises(HeartbeatRefused) as refused:
        receive_heartbeat(store, beat(key, NOW, station="sued-1"), NOW)
    assert refused.value.status == 403
    with pytest.raises(HeartbeatRefused) as refused:
        receive_heartbeat(store, beat(nacl.signing.SigningKey.generate(), NOW), NOW)
    assert refused.value.status == 403
    with pytest.raises(HeartbeatRefused) as refused:
        receive_heartbeat(store, b"{}", NOW)
    assert refused.value.status == 400
    assert station_health(store) == {}
