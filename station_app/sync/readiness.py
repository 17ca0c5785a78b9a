"""``station-app check``'s line about sync: enrolled? does the Mitmachpool key fit?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from station_app.errors import UserError
from station_app.sync.service import NotEnrolled, load_station_enrolment

if TYPE_CHECKING:
    from station_app.station import Station


def sync_readiness(station: Station) -> str:
    """One line on sync; ``UserError`` when the enrolment and the configuration disagree
    (contacts sealed for the configured key could never be opened by the collector)."""
    config = station.config
    try:
        enrolment = load_station_enrolment(config, station.data_dir)
    except NotEnrolled:
        return ("sync: not registered with a collection point yet – batch files for a USB "
                "stick only (install the enrolment or station package)")
    configured = config.contact.collector_public_key.strip()
    if configured and configured != enrolment.collector_public_key_b64:
        raise UserError("contact.collector_public_key is not the key of the collector this "
                        f"station is enrolled at ({enrolment.collector_url or 'USB only'}): "
                        "Mitmachpool contacts sealed with it could never be opened; remove "
                        "the setting (the enrolment's key is used) or fix it")
    where = enrolment.collector_url or "batch files for a USB stick"
    return f"sync: enrolled as {enrolment.station_id} at {where}"
