"""The station package's format: signed, endorsed to the station, every kind of bad file
named (not a package, a newer format, damaged, tampered with)."""

from __future__ import annotations

import datetime as dt
import json

import nacl.public
import nacl.signing
import pytest

from station_app.protocol.enrolment import Enrolment
from station_app.protocol.package import PackageError, build_package, read_package

NOW = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)
CONFIG = '[station]\nid = "nord-2"\nname = "Nord"\n'


def package_bytes(*, enrolment: bool = True, station_key: nacl.signing.SigningKey | None = None,
                  collector_key: nacl.public.PrivateKey | None = None,
                  package_key: nacl.signing.SigningKey | None = None,
                  version: int = 3) -> tuple[bytes, nacl.signing.SigningKey]:
    station_key = station_key or nacl.signing.SigningKey.generate()
    collector_key = collector_key or nacl.public.PrivateKey.generate()
    keys = Enrolment("nord-2", station_key, collector_key.public_key,
                     "https://sammelstelle.example") if enrolment else None
    raw = build_package(station_id="nord-2", config_version=version, created_at=NOW,
                        config_toml=CONFIG, enrolment=keys,
                        collector_url="https://sammelstelle.example/",
                        collector_key=collector_key,
                        package_signing_key=package_key or nacl.signing.SigningKey.generate(),
                        station_verify_key=station_key.verify_key)
    return raw, station_key


def kind_of(raw: bytes) -> str:
    with pytest.raises(PackageError) as refused:
        read_package(raw)
    return refused.value.kind


def test_a_package_reads_back_with_everything_it_carries():
    raw, station_key = package_bytes()
    package = read_package(raw)
    assert (package.station_id, package.config_version, package.created_at) == (
        "nord-2", 3, NOW)
    assert package.config_toml == CONFIG
    assert package.collector_url == "https://sammelstelle.example"
    assert package.enrolment is not None
    assert bytes(package.enrolment.signing_key) == bytes(station_key)
    assert package.endorsed_for(station_key)
    assert not package.endorsed_for(nacl.signing.SigningKey.generate())


def test_a_package_without_keys_is_endorsed_to_the_registered_station_key():
    station_key = nacl.signing.SigningKey.generate()
    raw, _ = package_bytes(enrolment=False, station_key=station_key)
    package = read_package(raw)
    assert package.enrolment is None and package.endorsed_for(station_key)


def test_one_changed_character_anywhere_is_tampering():
    raw, _ = package_bytes()
    data = json.loads(raw)
    data["config"] = data["config"].replace("Nord", "Süd")
    assert kind_of(json.dumps(data).encode()) == "tampered"
    data = json.loads(raw)
    data["config_version"] = 99
    assert kind_of(json.dumps(data).encode()) == "tampered"


def test_the_layout_of_the_file_does_not_matter():
    raw, _ = package_bytes()
    compact = json.dumps(json.loads(raw), separators=(",", ":")).encode()
    assert read_package(compact).config_version == 3


@pytest.mark.parametrize(("raw", "kind"), [
    (b"\x89PNG\r\n", "not_package"),
    (b'{"format": "enrolment/1"}', "not_package"),
    (b"[]", "not_package"),
    (b'{"format": "station-package/2"}', "newer_format"),
    (b'{"format": "station-package/1"}', "damaged"),
    (b'{"format": "station-package/1", "collector": {"package_key": "!!"}}', "damaged"),
])
def test_files_that_are_not_good_packages_are_named(raw: bytes, kind: str):
    assert kind_of(raw) == kind


def test_a_package_cut_short_is_damaged_not_foreign():
    raw, _ = package_bytes()
    assert kind_of(raw[: len(raw) // 3]) == "damaged"


def test_an_oversized_file_is_not_read():
    assert kind_of(b"{" + b" " * (1024 * 1024 + 1) + b"}") == "not_package"
