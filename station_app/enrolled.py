"""Where a station's enrolment lives, and the collector key it brings along.

Light on purpose (no libsodium, no database): the kiosk asks before its start screen
whether the Mitmachpool step is on, and that depends on the collector's public key – which
comes with the enrolment, so nobody has to copy it into the station's TOML by hand.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from station_app.config import StationConfig

ENROLMENT_FILE_NAME = "enrolment.json"


def enrolment_path(config: StationConfig, data_dir: Path) -> Path:
    """Where the station's enrolment file is: the config setting, else the data folder.

    A relative setting is relative to the configuration file, like every other path in it.
    """
    setting = config.sync.enrolment_file
    if not setting:
        return data_dir / ENROLMENT_FILE_NAME
    path = Path(setting).expanduser()
    if not path.is_absolute() and config.source.name != "<memory>":
        path = config.source.parent / path
    return path


def with_enrolled_key(config: StationConfig, data_dir: Path) -> StationConfig:
    """The configuration with the enrolment's collector key for the Mitmachpool, when the
    configuration names none itself (a configured key wins; ``check`` says if they differ).
    """
    if config.contact.collector_public_key.strip():
        return config
    try:
        text = enrolment_path(config, data_dir).read_text(encoding="utf-8")
    except OSError:  # not enrolled (yet): the start needs no JSON reader for that
        return config
    import json

    try:
        data = json.loads(text)
        key = data["collector_public_key"] if data.get("station_id") == config.station.id \
            else ""
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return config
    if not isinstance(key, str) or not key.strip():
        return config
    return dataclasses.replace(config, contact=dataclasses.replace(
        config.contact, collector_public_key=key.strip()))
