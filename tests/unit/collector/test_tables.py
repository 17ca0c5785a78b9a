"""The collector's tables and the steps that made them, on both databases."""

from __future__ import annotations

from station_app.collector.schema_history import applied_versions
from station_app.collector.store import CollectorStore
from station_app.collector.tables import STEPS
from tests.support.collector_cards import card, receive


def test_a_database_that_kept_content_hashes_keeps_its_cards_without_them(reopenable,
                                                                          backend):
    target = reopenable
    with CollectorStore.open(target) as opened:
        receive(opened, [card("Mehr Bänke"), card("Weniger Lärm")])
        with opened.transaction() as db:  # as step 2 left it
            db.execute("ALTER TABLE cards ADD COLUMN content_sha256 TEXT NOT NULL"
                       " DEFAULT 'e3b0c442'")
            db.execute("DELETE FROM collector_schema WHERE version = 3")
        before = opened.db.execute("SELECT uuid, data FROM cards ORDER BY uuid").fetchall()
    with CollectorStore.open(target) as opened:
        assert applied_versions(opened.db) == [step.version for step in STEPS]
        columns = {row[0] for row in opened.db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'cards'"
        )} if backend == "postgresql" else {
            row[1] for row in opened.db.execute("PRAGMA table_info(cards)")}
        assert "data" in columns and "content_sha256" not in columns
        if backend == "sqlite":  # rebuilt with its indexes
            assert {row[1] for row in opened.db.execute("PRAGMA index_list(cards)")} >= {
                "cards_code", "cards_station"}
        assert opened.db.execute("SELECT uuid, data FROM cards ORDER BY uuid").fetchall() \
            == before
