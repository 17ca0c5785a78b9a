"""The reconciliation names the way a station's batches came: a station behind a venue's
hub says which hub, and the hub's own line says whose batches it relayed."""

from __future__ import annotations

from station_app.collector.reconcile import format_table, reconcile


def test_stations_behind_a_hub_are_marked_and_the_hub_is_no_incomplete_station(
        venue, relay, city):
    venue.hand_in("saal-1", 12)
    venue.hand_in("saal-2", 3)
    assert relay.relay_once().ok
    lines = {line.station_id: line for line in reconcile(city)}
    assert lines["saal-1"].hubs == ["hub-1"] and lines["saal-2"].hubs == ["hub-1"]
    assert lines["saal-1"].complete and lines["saal-1"].cards_stored == 12
    assert lines["hub-1"].relays_for == ["saal-1", "saal-2"] and lines["hub-1"].hubs == []
    assert lines["saal-1"].as_dict()["hubs"] == ["hub-1"]
    table = format_table(list(lines.values())).splitlines()
    assert next(row for row in table if row.startswith("saal-1")).endswith(
        "complete (via hub-1)")
    assert next(row for row in table if row.startswith("hub-1")).endswith("hub")
    assert table[-1] == "hub-1 is a venue hub: it relayed the batches of saal-1, saal-2"


def test_a_station_the_city_enrolled_itself_names_no_hub(city, tmp_path):
    from tests.support.collector_cards import card, receive

    receive(city, [card("Bäume")], station_id="rathaus-1")
    (line,) = reconcile(city)
    assert line.hubs == [] and line.relays_for == []
    assert format_table([line]).splitlines()[-1].endswith("complete")
