"""Station → collector sync: signed batches over HTTP, or batch files for a USB stick."""

from station_app.protocol.enrolment import Enrolment, read_enrolment, write_enrolment
from station_app.sync.service import (
    StationSync,
    SyncReport,
    enrolment_path,
    load_station_enrolment,
)
from station_app.sync.worker import Backoff, SyncWorker, station_worker, sync_until_done

__all__ = [
    "Backoff",
    "Enrolment",
    "StationSync",
    "SyncReport",
    "SyncWorker",
    "enrolment_path",
    "load_station_enrolment",
    "read_enrolment",
    "station_worker",
    "sync_until_done",
    "write_enrolment",
]
