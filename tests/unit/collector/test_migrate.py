"""What ``collector migrate`` copies and in what order, and the arguments it refuses."""

from __future__ import annotations

import pytest

from station_app.collector.migrate import NOT_COPIED, check_targets, copy_order
from station_app.collector.store import CollectorStore, table_names
from station_app.errors import UserError


def test_every_table_but_the_sessions_throttle_and_record_is_copied_after_what_it_names():
    with CollectorStore.open(":memory:") as store:
        order = copy_order(store)
    assert set(order) == table_names() - NOT_COPIED
    assert {"cards", "contacts", "office_audit", "office_users", "relay_outbox"} <= set(order)
    for first, then in (("stations", "batches"), ("batches", "cards"),
                        ("office_cards", "office_card_text"),
                        ("office_cards", "office_status_events"),
                        ("office_cards", "office_answers"),
                        ("office_cards", "office_corrections")):
        assert order.index(first) < order.index(then), (first, then)


@pytest.mark.parametrize(("source", "target", "message"), [
    ("postgresql://u@h/venue", "postgresql://u@h/city", "--from takes the venue's SQLite"),
    ("collector.db", "city.db", "--to takes a postgresql:// URL"),
    ("fehlt.db", "postgresql://u@h/city", "there is no such file to migrate"),
])
def test_wrong_ends_are_named(tmp_path, monkeypatch, source, target, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "collector.db").write_bytes(b"")
    with pytest.raises(UserError, match=message):
        check_targets(source, target)


def test_a_file_and_a_url_are_taken(tmp_path):
    venue = tmp_path / "collector.db"
    venue.write_bytes(b"")
    assert check_targets(venue, "postgresql://u:geheim@h/city") == (
        venue, "postgresql://u:geheim@h/city")
