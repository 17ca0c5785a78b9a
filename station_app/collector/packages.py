"""Writing a station package at the collector: the event configuration, the station's keys,
the collector's keys and URL, in one signed file (``protocol/package.py``).

The package key is not stored anywhere of its own: it is derived (keyed BLAKE2b, bound to
this purpose) from the collector's identity key, which ``CollectorStore.private_key`` keeps
in the collector database and creates on first use – where the enrolment's collector key
comes from too. So the key exists from the first package on, and a backup of the database
is a backup of it.

Each package is kept in ``station_packages`` (a station that syncs takes the newest one
without keys: ``newest_package``) and is one entry in the office's audit log
(``station.package``, the station as target, its configuration version in ``after``);
the next package for the station gets the highest version recorded there plus one, in
the same transaction, so two packages never share a version. A station not yet
registered here is registered as ``collector add-station`` does (``enrol.add_station``),
and its keys travel in the package; for a registered station the package carries none
(the station keeps its enrolment) unless ``new_keys`` asks for fresh ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nacl.encoding
import nacl.hash
import nacl.signing

from station_app.clock import utc_now
from station_app.collector.enrol import add_station
from station_app.collector.office.audit import AuditLog
from station_app.collector.store import CollectorStore
from station_app.errors import UserError
from station_app.protocol.enrolment import Enrolment
from station_app.protocol.files import atomic_write
from station_app.protocol.package import build_package

PACKAGE_WRITTEN = "station.package"
"""The office audit action of a package written; its ``after`` holds the version."""

_KEY_PURPOSE = b"station-package/1 signing key"

ConfigCheck = Callable[[str], str]
"""Validates a configuration's TOML text with the station's schema and returns the
``[station] id`` it names; raises ``UserError`` naming key and problem."""


@dataclass(frozen=True)
class WrittenPackage:
    """What ``write_package`` wrote."""

    path: Path
    station_id: str
    config_version: int
    with_keys: bool
    """The package carries the station's keys (new registration or new keys)."""
    registered: bool
    """The station was registered here with this package."""
    package_key: str
    """Base64 of the key the package is signed with."""


def package_signing_key(store: CollectorStore) -> nacl.signing.SigningKey:
    """The collector's package key (derived from its identity key, see the module)."""
    seed = nacl.hash.blake2b(_KEY_PURPOSE, key=bytes(store.private_key()), digest_size=32,
                             encoder=nacl.encoding.RawEncoder)
    return nacl.signing.SigningKey(seed)


def last_config_version(store: CollectorStore, station_id: str) -> int:
    """The configuration version of the newest package written for the station (0: none)."""
    with store.lock:
        row = store.db.execute(
            "SELECT MAX(CAST(json_extract(after, '$.config_version') AS INTEGER))"
            " FROM office_audit WHERE action = ? AND target = ?",
            [PACKAGE_WRITTEN, station_id]).fetchone()
    return int(row[0] or 0)


def write_package(store: CollectorStore, station_id: str, config_toml: str, path: Path, *,
                  collector_url: str, check_config: ConfigCheck, new_keys: bool = False,
                  actor: str = "cli", client: str = "command line",
                  now: dt.datetime | None = None) -> WrittenPackage:
    """Write the package for ``station_id`` with ``config_toml`` to ``path`` (owner-only:
    it may hold the station's secret key).

    ``UserError`` when the configuration is invalid or names another station, the URL is
    not http(s), or the file cannot be written; nothing is registered or counted then.
    """
    named = check_config(config_toml)
    if named != station_id:
        raise UserError(f"the configuration is for station {named!r} (its [station] id), "
                        f"not {station_id!r}")
    if not collector_url.startswith(("http://", "https://")):
        raise UserError("the collector URL must start with http:// or https://")
    now = now or utc_now()
    url = collector_url.rstrip("/")
    with store.transaction():  # registration, version and file: all or nothing
        registered = store.station(station_id)
        enrolment: Enrolment | None = None
        if registered is None or new_keys:
            enrolment = _register(store, station_id, url, replace=registered is not None,
                                  now=now)
            station_key = enrolment.signing_key.verify_key
        else:
            station_key = registered["verify_key"]
        version = last_config_version(store, station_id) + 1
        signing_key = package_signing_key(store)
        raw = build_package(station_id=station_id, config_version=version, created_at=now,
                            config_toml=config_toml, enrolment=enrolment, collector_url=url,
                            collector_key=store.private_key(),
                            package_signing_key=signing_key, station_verify_key=station_key)
        AuditLog(store, lambda: now).record(
            actor, PACKAGE_WRITTEN, client=client, target=station_id,
            after={"config_version": version, "with_keys": enrolment is not None,
                   "config_sha256": hashlib.sha256(config_toml.encode("utf-8")).hexdigest(),
                   "file": path.name})
        store.db.execute(
            "INSERT INTO station_packages (station_id, config_version, created_at, with_keys,"
            " document) VALUES (?, ?, ?, ?, ?)",
            [station_id, version, now.astimezone(dt.UTC).isoformat(),
             int(enrolment is not None), raw])
        atomic_write(path, raw, mode=0o600)
    return WrittenPackage(path, station_id, version, enrolment is not None,
                          registered is None, b64_key(signing_key))


@dataclass(frozen=True)
class PackagedStation:
    """The newest package written for a station (the office's template for the next)."""

    station_id: str
    config_version: int
    created_at: str
    config_toml: str


def last_packages(store: CollectorStore) -> list[PackagedStation]:
    """Every station's newest package, by station id."""
    with store.lock:
        rows = store.db.execute(
            "SELECT p.station_id, p.config_version, p.created_at, p.document"
            " FROM station_packages p WHERE p.config_version = (SELECT MAX(config_version)"
            " FROM station_packages q WHERE q.station_id = p.station_id)"
            " ORDER BY p.station_id").fetchall()
    return [PackagedStation(station_id, version, created_at,
                            str(json.loads(bytes(document)).get("config", "")))
            for station_id, version, created_at, document in rows]


def newest_package(store: CollectorStore, station_id: str, newer_than: int) -> bytes | None:
    """The newest package for the station above version ``newer_than`` that carries no
    keys (one with keys travels by hand only: it holds the station's secret key), or None."""
    with store.lock:
        row = store.db.execute(
            "SELECT document, with_keys FROM station_packages WHERE station_id = ?"
            " AND config_version > ? ORDER BY config_version DESC LIMIT 1",
            [station_id, newer_than]).fetchone()
    if row is None or row[1]:
        return None
    return bytes(row[0])


def b64_key(signing_key: nacl.signing.SigningKey) -> str:
    """Base64 of the public half, as the package names it."""
    return signing_key.verify_key.encode(nacl.encoding.Base64Encoder).decode("ascii")


def _register(store: CollectorStore, station_id: str, url: str, *, replace: bool,
              now: dt.datetime) -> Enrolment:
    """Register the station as ``collector add-station`` does; its enrolment goes into the
    package, so the enrolment file ``add_station`` writes is only a passing copy in a
    private temporary folder."""
    with tempfile.TemporaryDirectory(prefix="station-package-") as folder:
        return add_station(store, station_id, url, Path(folder) / "enrolment.json",
                           replace=replace, now=now)
