"""The PIN lockout survives a restart: a real second ``Station.open`` on the same data dir."""

from __future__ import annotations

from station_app.station import Station


def test_lockout_counter_and_lock_survive_a_restart(tmp_path, clock):
    data_dir = tmp_path / "data"
    first = Station.open(data_dir=data_dir, clock=clock)
    try:
        first.pin.set("2468")
        for _ in range(3):
            assert not first.pin.verify("0000").accepted
    finally:
        first.close()

    second = Station.open(data_dir=data_dir, clock=clock)  # the kiosk was restarted
    try:
        assert second.pin.verify("1111").tries_left == 1  # 3 + 1 wrong tries so far
        verdict = second.pin.verify("1111")
        assert not verdict.accepted and verdict.locked_seconds == 30
    finally:
        second.close()

    clock.advance(10)
    third = Station.open(data_dir=data_dir, clock=clock)  # restarting does not unlock
    try:
        assert third.pin.locked_seconds() == 20
        assert not third.pin.verify("2468").accepted
        clock.advance(21)
        assert third.pin.verify("2468").accepted
        actions = [entry.action for entry in third.audit.entries()]
        assert actions.count("pin.rejected") == 5 and actions[0] == "pin.accepted"
    finally:
        third.close()
