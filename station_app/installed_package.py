"""What a station package installed, read lightly: the kiosk asks on every start.

``station-package.json`` in the data directory records the installed package (station,
configuration version, the collector's keys, a SHA-256 of the configuration; no secrets);
``package_install`` writes it. Only the standard library here, so opening the station does
not load the package machinery; ``json`` and ``hashlib`` load when a record is read (the
kiosk looks for a pending package before its start screen: that costs no more than the
look).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station_app.config import StationConfig
from station_app.paths import installed_config_path

RECORD_FILE_NAME = "station-package.json"
RECORD_FORMAT = "installed-station-package/1"
PENDING_FILE_NAME = "pending.station-package"
"""A newer package the station fetched when it synced, waiting in the data directory until
the running kiosk's start screen returns, or the kiosk next starts (never in the middle of
an attendee's card)."""


def pending_path(data_dir: Path) -> Path:
    return data_dir / PENDING_FILE_NAME


@dataclass(frozen=True)
class InstalledRecord:
    """What ``station-package.json`` says is installed."""

    station_id: str
    config_version: int
    package_key: str
    collector_public_key: str
    collector_url: str


def installed_record(data_dir: Path) -> InstalledRecord | None:
    """The installed package's record; None when there is none (or it is unreadable)."""
    import json

    try:
        data = json.loads((data_dir / RECORD_FILE_NAME).read_text(encoding="utf-8"))
        if data.get("format") != RECORD_FORMAT:
            return None
        record = InstalledRecord(data["station_id"], data["config_version"],
                                 data["package_key"], data["collector_public_key"],
                                 data["collector_url"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not isinstance(record.config_version, int) or not isinstance(record.station_id, str):
        return None
    return record


def running_version(config: StationConfig, data_dir: Path) -> int | None:
    """The configuration version the station runs on: the installed package's, when
    ``config`` is the installed configuration unchanged since (its SHA-256 is the record's);
    None on any other configuration (the embedded demo, ``--config FILE``, a hand edit)."""
    import hashlib
    import json

    path = installed_config_path(data_dir)
    try:
        if config.source.resolve() != path.resolve():
            return None
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        data = json.loads((data_dir / RECORD_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("config_sha256") != digest:
        return None
    version = data.get("config_version")
    return version if isinstance(version, int) and not isinstance(version, bool) else None
