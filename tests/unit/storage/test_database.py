"""Storage: durable pragmas, migrations, cards, sessions, audit log, PIN lockout."""

from __future__ import annotations

import pytest

from station_app.errors import CardRejected, StorageError, UserError
from station_app.intake import CardDraft
from station_app.paths import database_path
from station_app.station import Station
from station_app.storage import integrity_problems, open_database
from station_app.storage.migrations import all_migrations, schema_version


def draft(**fields) -> CardDraft:
    values = {"prompt_id": "idee", "topic_id": "wohnen", "text": "Mehr Bänke im Park"}
    values.update(fields)
    return CardDraft(**values)


def test_file_database_uses_wal_full_sync_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / "station.db")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


def test_migrations_are_recorded_and_applied_once(tmp_path):
    path = tmp_path / "station.db"
    open_database(path).close()
    db = open_database(path)
    try:
        versions = [row[0] for row in db.execute("SELECT version FROM schema_migrations")]
        assert versions == [m.version for m in all_migrations()]
        assert schema_version(db) == all_migrations()[-1].version
    finally:
        db.close()


def test_unreadable_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "station.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match=r"station\.db: the database cannot be opened"):
        open_database(path)


def test_card_is_committed_and_visible_to_a_second_connection(tmp_path, default_config, clock):
    station = Station.assemble(default_config, tmp_path,
                               open_database(database_path(tmp_path)), clock)
    try:
        card = station.intake.submit(draft(district_id="hoerde", age_group_id="30-44"))
        other = open_database(database_path(tmp_path))
        try:
            row = other.execute("SELECT text, district_id, created_at FROM cards WHERE uuid = ?",
                                [card.uuid]).fetchone()
        finally:
            other.close()
        assert row == ("Mehr Bänke im Park", "hoerde", "2026-09-28T10:30:00+00:00")
        assert not station.db.conn.in_transaction
    finally:
        station.close()


def test_first_card_opens_a_session_for_todays_event(station):
    assert station.sessions.current() is None
    card = station.intake.submit(draft())
    session = station.sessions.current()
    assert session is not None and session.opened_automatically
    assert session.name == "Dortmunder Stadtgespräch – Stadtkonferenz – 28.09.2026"
    assert card.session_id == session.id
    assert station.archive.get(card.uuid) == card
    assert station.archive.by_code(card.code) == card


def test_unknown_ids_are_refused_before_anything_is_written(station):
    for bad, message in [({"prompt_id": "x"}, "unknown prompt 'x'"),
                         ({"topic_id": "x"}, "unknown topic 'x'"),
                         ({"district_id": "x"}, "unknown district 'x'"),
                         ({"age_group_id": "x"}, "unknown age group 'x'"),
                         ({"language": "xx"}, "unknown language 'xx'")]:
        with pytest.raises(CardRejected, match=message):
            station.intake.submit(draft(**bad))
    assert station.archive.count() == 0


def test_other_topic_is_accepted(station):
    card = station.intake.submit(draft(topic_id="anderes"))
    assert card.topic_id == "anderes"


def test_batch_insert_is_all_or_nothing(station):
    session = station.sessions.current_or_open()
    good = station.intake.build(draft(), session.id)
    duplicate = good  # same UUID twice: the second insert fails, the first is rolled back
    with pytest.raises(StorageError):
        station.archive.add_all([good, duplicate])
    assert station.archive.count() == 0


def test_sessions_open_close_and_audit(station, clock):
    first = station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
    clock.advance(3600)
    second = station.sessions.open("  Nachmittag   Wohnen ")
    assert second.name == "Nachmittag Wohnen"
    sessions = station.sessions.all()
    assert [s.id for s in sessions] == [first.id, second.id]
    assert sessions[0].closed_at == clock.now and sessions[1].is_open
    closed = station.sessions.close()
    assert closed.closed_at is not None
    with pytest.raises(UserError, match="no session is open"):
        station.sessions.close()
    with pytest.raises(UserError, match="a session needs a name"):
        station.sessions.open("   ")
    with pytest.raises(UserError, match="there is no session 99"):
        station.sessions.get(99)
    actions = [entry.action for entry in reversed(station.audit.entries())]
    assert actions == ["session.open", "session.close", "session.open", "session.close"]


def test_integrity_check_is_clean(station):
    station.intake.submit(draft())
    assert integrity_problems(station.db) == []


def test_pin_is_hashed_and_locks_out_with_growing_times(station, clock):
    assert not station.pin.verify("1234").accepted  # no PIN set: nothing opens
    station.pin.set("2468")
    stored = station.state.get("facilitator.pin_hash")
    assert "2468" not in stored and stored.startswith("scrypt$")
    assert station.pin.verify("2468").accepted
    for tries_left in (4, 3, 2, 1):
        assert station.pin.verify("0000").tries_left == tries_left
    verdict = station.pin.verify("0000")
    assert not verdict.accepted and verdict.locked_seconds == 30
    assert not station.pin.verify("2468").accepted  # right PIN, but locked
    clock.advance(31)
    verdict = station.pin.verify("1111")
    assert verdict.locked_seconds == 60  # the lock grows
    clock.advance(61)
    assert station.pin.verify("2468").accepted


@pytest.mark.parametrize("pin", ["12", "abcd", "1234567890123", "١٢٣٤"])
def test_bad_pin_format_is_refused(station, pin):
    with pytest.raises(UserError, match="4 to 12 digits"):
        station.pin.set(pin)


def test_online_backup_copies_every_card_while_the_database_is_open(tmp_path, default_config,
                                                                   clock):
    from station_app.storage.database import backup_database

    station = Station.assemble(default_config, tmp_path,
                               open_database(database_path(tmp_path)), clock)
    try:
        cards = [station.intake.submit(draft(text=f"Karte {i}")) for i in range(25)]
        target = tmp_path / "sicherung" / "station-backup.db"
        assert backup_database(station.db, target) > 0
        assert not (target.parent / ".station-backup.db.partial").exists()
    finally:
        station.close()
    copy = open_database(target)
    try:
        assert integrity_problems(copy) == []
        stored = {row[0] for row in copy.execute("SELECT uuid FROM cards")}
        assert stored == {card.uuid for card in cards}
    finally:
        copy.close()
    with pytest.raises(StorageError, match="is a folder"):
        backup_database(open_database(":memory:"), tmp_path)
