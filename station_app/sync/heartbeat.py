"""The station's heartbeat: what the central office sees of its health (``protocol/
heartbeat.py``), gathered from the station database and its data folder."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import sqlite_utils

from station_app import __version__
from station_app.config import StationConfig
from station_app.installed_package import running_version
from station_app.protocol.heartbeat import Heartbeat
from station_app.storage.sync_state import SyncLedger


def printer_state(config: StationConfig, db: sqlite_utils.Database) -> str:
    """``off`` (receipts switched off), ``none`` (nothing printed yet), ``failing`` (the
    latest receipt failed) or ``ok``."""
    if not config.printer.enabled:
        return "off"
    row = db.execute("SELECT state FROM print_jobs WHERE state IN ('done', 'failed')"
                     " ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return "none"
    return "failing" if row[0] == "failed" else "ok"


def free_disk(folder: Path | None) -> int | None:
    if folder is None:
        return None
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def gather(config: StationConfig, db: sqlite_utils.Database, data_dir: Path | None,
           now: dt.datetime, last_error: str | None = None) -> Heartbeat:
    """The heartbeat as of ``now``; ``last_error`` overrides the ledger's (this run's)."""
    status = SyncLedger(db).status()
    version = running_version(config, data_dir) if data_dir is not None else None
    return Heartbeat(
        station_id=config.station.id, sent_at=now, app_version=__version__,
        config_version=version, pending_cards=status.pending_cards,
        printer=printer_state(config, db), free_disk_bytes=free_disk(data_dir),
        last_error=(last_error if last_error is not None else status.last_error) or "")
