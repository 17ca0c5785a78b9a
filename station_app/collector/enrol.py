"""Registering a station at the collector and handing it its enrolment file.

The station's key pair is made here, so the facilitator carries one file to the station and
nothing has to be typed; the collector keeps only the public half.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import nacl.signing

from station_app.clock import utc_now
from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.enrolment import Enrolment, write_enrolment
from station_app.protocol.identifiers import ID_PATTERN


def add_station(store: CollectorStore, station_id: str, collector_url: str, path: Path,
                *, replace: bool = False, now: dt.datetime | None = None) -> Enrolment:
    """Register ``station_id`` with a fresh key pair and write its enrolment file."""
    if not ID_PATTERN.match(station_id):
        raise UserError(f"{station_id!r} is not a valid station id (lower case letters, "
                        "digits, - and _, as in the station's [station] id)")
    if not collector_url.startswith(("http://", "https://")):
        raise UserError("the collector URL must start with http:// or https://")
    if path.exists() and not replace:
        raise UserError(f"{path} already exists (choose another -o FILE or use --replace)")
    signing_key = nacl.signing.SigningKey.generate()
    enrolment = Enrolment(station_id, signing_key, store.private_key().public_key,
                          collector_url.rstrip("/"))
    write_enrolment(enrolment, path)
    try:
        store.add_station(station_id, signing_key.verify_key, now or utc_now(), replace)
    except BaseException:  # not registered (taken, or the database is full): no file either
        path.unlink(missing_ok=True)
        raise
    return enrolment
