"""What a station reports of itself: pending cards, its printer, free space, its
configuration version; nothing about any card."""

from __future__ import annotations

import dataclasses
import datetime as dt

from station_app.storage.print_jobs import PrintJobs
from station_app.sync.heartbeat import gather, printer_state
from tests.unit.sync.test_service import add_cards

NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def test_the_heartbeat_counts_what_is_pending_and_names_the_printer(station, tmp_path):
    assert printer_state(station.config, station.db) == "none"
    add_cards(station, 3)
    jobs = PrintJobs(station.db)
    job = jobs.enqueue(station.archive.search(None)[0].card.code)
    jobs.claim(job.id)
    jobs.give_up(job.id, "no paper")
    beat = gather(station.config, station.db, tmp_path, NOW)
    assert (beat.pending_cards, beat.printer, beat.config_version) == (3, "failing", None)
    assert beat.free_disk_bytes is not None and beat.free_disk_bytes > 0
    assert beat.station_id == station.config.station.id and beat.sent_at == NOW
    off = dataclasses.replace(station.config, printer=dataclasses.replace(
        station.config.printer, enabled=False))
    assert printer_state(off, station.db) == "off"
