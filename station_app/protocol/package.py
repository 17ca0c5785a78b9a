"""The station package: one signed file that sets a station up for an event.

``station-app collector package`` writes it; ``station-app install`` and the dashboard's
"Einrichtung" section install it (``docs/station-package.md`` describes every field). It
carries the station's configuration – the TOML text, which station and collector both
validate with ``station_app.config`` (here it is opaque text) –, the station's enrolment
(its keys, as the enrolment file has them) when the collector issued keys with it, the
collector's public keys and URL, and a configuration version that grows with every package
the collector writes for the station.

Two proofs travel inside. ``signature``: Ed25519 with the collector's package key over the
canonical JSON of everything else, so one changed character anywhere is noticed.
``endorsement``: a crypto_box from the collector's Mitmachpool key to the station's key
holding the package key, so a station enrolled at a collector can tell that the package key
is that collector's – only the collector holds the private half of the key its enrolment
names.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from dataclasses import dataclass
from typing import Any

import nacl.exceptions
import nacl.public
import nacl.signing

from station_app.protocol.canonical import FormatError, b64decode, b64encode
from station_app.protocol.enrolment import FORMAT as ENROLMENT_FORMAT
from station_app.protocol.enrolment import Enrolment
from station_app.protocol.identifiers import ID_PATTERN
from station_app.protocol.signatures import SignatureError, sign_document, verify_signature

FORMAT = "station-package/1"
FORMAT_FAMILY = "station-package/"
SUFFIX = ".station-package"
MAX_PACKAGE_BYTES = 1024 * 1024
"""A package is a few KiB (mostly the TOML text); anything this large is something else."""

_ENDORSEMENT_CONTEXT = b"station-package/1 package key of the collector for station "
REQUEST_FORMAT = "station-package-request/1"
PACKAGE_PATH = "/api/v1/package"
"""A station that syncs asks here for a newer package: a ``REQUEST_FORMAT`` document
signed with its key, naming the version it has; the answer is the package (200) or
nothing newer (204)."""


class PackageError(FormatError):
    """A file that cannot be installed as a package. ``kind`` says why, for a screen to
    word it: ``not_package``, ``newer_format``, ``damaged`` or ``tampered`` (the signature
    does not match the content)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind


@dataclass(frozen=True)
class StationPackage:
    """A package read and checked for damage and tampering (not yet for this station)."""

    station_id: str
    config_version: int
    created_at: dt.datetime
    config_toml: str
    enrolment: Enrolment | None
    """The station's keys, when the collector issued them with this package."""
    collector_url: str
    collector_public_key: nacl.public.PublicKey
    """The collector's key for the Mitmachpool (the one an enrolment names)."""
    package_key: nacl.signing.VerifyKey
    """The key the package is signed with."""
    endorsement: bytes

    @property
    def package_key_b64(self) -> str:
        return b64encode(bytes(self.package_key))

    @property
    def collector_public_key_b64(self) -> str:
        return b64encode(bytes(self.collector_public_key))

    def endorsed_for(self, station_key: nacl.signing.SigningKey) -> bool:
        """Whether the collector whose key this package names vouches, to the station
        holding ``station_key``, that the package key is its own."""
        try:
            box = nacl.public.Box(station_key.to_curve25519_private_key(),
                                  self.collector_public_key)
            opened = box.decrypt(self.endorsement)
        except (nacl.exceptions.CryptoError, ValueError, TypeError):
            return False
        return hmac.compare_digest(opened, _endorsed(self.station_id, self.package_key))


def _endorsed(station_id: str, package_key: nacl.signing.VerifyKey) -> bytes:
    return _ENDORSEMENT_CONTEXT + station_id.encode("utf-8") + b" " + bytes(package_key)


def build_package(*, station_id: str, config_version: int, created_at: dt.datetime,
                  config_toml: str, enrolment: Enrolment | None, collector_url: str,
                  collector_key: nacl.public.PrivateKey,
                  package_signing_key: nacl.signing.SigningKey,
                  station_verify_key: nacl.signing.VerifyKey) -> bytes:
    """The package file's bytes: signed, endorsed to ``station_verify_key`` (the key in
    ``enrolment`` when there is one, else the station's registered key), indented."""
    package_key = package_signing_key.verify_key
    box = nacl.public.Box(collector_key, station_verify_key.to_curve25519_public_key())
    endorsement = box.encrypt(_endorsed(station_id, package_key))
    document: dict[str, Any] = {
        "format": FORMAT,
        "station_id": station_id,
        "config_version": config_version,
        "created_at": created_at.astimezone(dt.UTC).isoformat(),
        "config": config_toml,
        "enrolment": json.loads(enrolment.to_json()) if enrolment is not None else None,
        "collector": {
            "url": collector_url,
            "public_key": b64encode(bytes(collector_key.public_key)),
            "package_key": b64encode(bytes(package_key)),
        },
        "endorsement": b64encode(bytes(endorsement)),
    }
    signed = json.loads(sign_document(document, package_signing_key))
    # Any layout verifies: the signature covers the canonical form, not these bytes.
    return (json.dumps(signed, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def read_package(raw: bytes) -> StationPackage:
    """Parse and check a package file's bytes; ``PackageError`` says what is wrong."""
    if len(raw) > MAX_PACKAGE_BYTES:
        raise PackageError("not_package", f"larger than {MAX_PACKAGE_BYTES // 1024} KiB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        if FORMAT_FAMILY.encode() in raw or b'"package_key"' in raw:  # a package cut short
            raise PackageError("damaged", "the file is cut off or garbled (not JSON)") from None
        raise PackageError("not_package", "not a JSON file") from None
    format_id = data.get("format") if isinstance(data, dict) else None
    if not isinstance(format_id, str) or not format_id.startswith(FORMAT_FAMILY):
        raise PackageError("not_package", f"no format {FORMAT!r}")
    if format_id != FORMAT:
        raise PackageError("newer_format", f"format {format_id!r}, this station reads "
                                           f"{FORMAT!r}")
    try:
        collector = _table(data, "collector")
        package_key = nacl.signing.VerifyKey(
            b64decode(_text(collector, "package_key"), "collector.package_key"))
    except (FormatError, ValueError, TypeError) as error:
        raise PackageError("damaged", str(error)) from None
    try:
        verify_signature(data, package_key)
    except SignatureError:
        raise PackageError("tampered", "the signature does not match the content (changed "
                                       "after the collector wrote it)") from None
    try:
        return _package(data, collector, package_key)
    except (FormatError, ValueError, TypeError) as error:
        raise PackageError("damaged", str(error)) from None


def _package(data: dict[str, Any], collector: dict[str, Any],
             package_key: nacl.signing.VerifyKey) -> StationPackage:
    station_id = _text(data, "station_id")
    if not ID_PATTERN.match(station_id):
        raise FormatError(f"station_id {station_id!r} is not a station id")
    version = data.get("config_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError("config_version must be a whole number from 1")
    created_at = dt.datetime.fromisoformat(_text(data, "created_at"))
    if created_at.tzinfo is None:
        raise FormatError("created_at needs a time zone")
    config = _text(data, "config")
    if not config.strip():
        raise FormatError("config is empty")
    url = _text(collector, "url").rstrip("/")
    if url and not url.startswith(("http://", "https://")):
        raise FormatError("collector.url must start with http:// or https://")
    public_key = nacl.public.PublicKey(
        b64decode(_text(collector, "public_key"), "collector.public_key"))
    endorsement = b64decode(_text(data, "endorsement"), "endorsement")
    enrolment = None
    if data.get("enrolment") is not None:
        enrolment = _enrolment(_table(data, "enrolment"))
        if enrolment.station_id != station_id:
            raise FormatError(f"the enrolment is for station {enrolment.station_id!r}")
        if enrolment.collector_public_key != public_key:
            raise FormatError("the enrolment names another collector key than the package")
    return StationPackage(station_id, version, created_at, config, enrolment, url,
                          public_key, package_key, endorsement)


def _enrolment(data: dict[str, Any]) -> Enrolment:
    """The enrolment inside a package, with the checks ``read_enrolment`` makes."""
    if data.get("format") != ENROLMENT_FORMAT:
        raise FormatError(f"enrolment.format must be {ENROLMENT_FORMAT!r}")
    signing_key = nacl.signing.SigningKey(
        b64decode(_text(data, "signing_key"), "enrolment.signing_key"))
    if data.get("verify_key", "") not in ("", b64encode(bytes(signing_key.verify_key))):
        raise FormatError("enrolment.verify_key does not belong to enrolment.signing_key")
    collector_key = nacl.public.PublicKey(
        b64decode(_text(data, "collector_public_key"), "enrolment.collector_public_key"))
    url = _text(data, "collector_url").rstrip("/")
    if url and not url.startswith(("http://", "https://")):
        raise FormatError("enrolment.collector_url must start with http:// or https://")
    return Enrolment(_text(data, "station_id"), signing_key, collector_key, url)


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise FormatError(f"{key} is missing")
    return value


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise FormatError(f"{key} is missing")
    return value


def build_request(station_id: str, have: int, at: dt.datetime,
                  key: nacl.signing.SigningKey) -> bytes:
    """A station's signed question for a package newer than version ``have``."""
    return sign_document({"format": REQUEST_FORMAT, "station_id": station_id, "have": have,
                          "at": at.astimezone(dt.UTC).isoformat()}, key)


def read_request(raw: bytes) -> tuple[str, int, dict[str, Any]]:
    """(station, version it has, the document to check its signature on); ``FormatError``
    for anything else."""
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= 4096 else None
    except (UnicodeDecodeError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != REQUEST_FORMAT:
        raise FormatError(f"not a {REQUEST_FORMAT!r} request")
    station_id, have = data.get("station_id"), data.get("have")
    if not isinstance(station_id, str) or not ID_PATTERN.match(station_id) \
            or not isinstance(have, int) or isinstance(have, bool) or have < 0:
        raise FormatError("the request names no station or version")
    return station_id, have, data


def check_request(data: dict[str, Any], key: nacl.signing.VerifyKey) -> None:
    """``SignatureError`` unless the station's key signed the request."""
    verify_signature(data, key)
