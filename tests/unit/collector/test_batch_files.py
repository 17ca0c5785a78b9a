"""Batch files from a USB stick: each file on its own line, a summary, never a crash."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from station_app.collector.batch_files import import_batch_files, read_batch_file
from station_app.collector.ingest import BatchIngest
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config

NOW = dt.datetime(2026, 3, 5, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
def batch_files(store, tmp_path):
    """Two good batch files written by a station, as on a stick."""
    from station_app.sync import StationSync

    enrolment = enrol(store, "buergerhalle-1", tmp_path, now=NOW - dt.timedelta(days=1))
    station = open_station(station_config(batch_size=10), clock=lambda: NOW - dt.timedelta(hours=1))
    add_cards(station, 15)
    sync = StationSync(station.config, station.db, enrolment,
                       clock=lambda: NOW - dt.timedelta(minutes=5))
    files = sorted(sync.write_files(tmp_path / "usb"))
    station.close()
    assert len(files) == 2
    return files


def ingest_for(store):
    return BatchIngest(store, clock=lambda: NOW)


def stored_cards(store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]


def test_good_files_are_imported_although_others_are_bad(store, batch_files, tmp_path):
    fifo = tmp_path / "usb" / "pipe.json"
    os.mkfifo(fifo)
    garbage = tmp_path / "usb" / "garbage.json"
    garbage.write_bytes(b"\xff\xfe not json")
    folder = tmp_path / "usb" / "folder.json"
    folder.mkdir()
    missing = tmp_path / "usb" / "gone.json"
    paths = [fifo, batch_files[0], garbage, folder, missing, batch_files[1]]

    report = import_batch_files(ingest_for(store), paths)

    assert stored_cards(store) == 15
    statuses = [outcome.status for outcome in report.outcomes]
    assert statuses == ["refused", "stored", "refused", "refused", "refused", "stored"]
    messages = [outcome.message for outcome in report.outcomes]
    assert "pipe.json" in messages[0] and "device or a pipe" in messages[0]
    assert "garbage.json" in messages[2] and "refused (" in messages[2]
    assert "is a folder" in messages[3]
    assert "not found" in messages[4]
    assert "card(s) stored" in messages[1]
    assert all("\n" not in message for message in messages)
    assert report.summary() == "6 file(s): 2 imported, 0 received before, 4 refused"


def test_a_file_imported_twice_is_reported_as_received_before(store, batch_files):
    import_batch_files(ingest_for(store), batch_files)
    report = import_batch_files(ingest_for(store), batch_files)
    assert [o.status for o in report.outcomes] == ["already-received"] * 2
    assert report.summary() == "2 file(s): 0 imported, 2 received before, 0 refused"
    assert stored_cards(store) == 15


def test_a_huge_file_is_refused_without_being_read(store, batch_files, tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: 4 GiB that take no disk space
        handle.truncate(4 * 2**30)
    report = import_batch_files(ingest_for(store), [huge, batch_files[0]], limit=2**20)
    first, second = report.outcomes
    assert first.status == "refused" and "too large (4096.0 MB; at most 1 MB)" in first.message
    assert second.status == "stored"


def test_a_device_is_refused(tmp_path):
    with pytest.raises(ValueError, match="device or a pipe"):
        read_batch_file(tmp_path.joinpath("/dev/zero"))


def test_an_unreadable_file_is_refused_with_the_reason(tmp_path):
    if os.geteuid() == 0:
        locked = tmp_path / "locked.json"
        locked.symlink_to(locked)  # a loop: root can read anything else
        reason = "cannot be read"
    else:
        locked = tmp_path / "locked.json"
        locked.write_text("{}")
        locked.chmod(0)
        reason = "cannot be read (Permission denied)"
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_batch_file(locked)
