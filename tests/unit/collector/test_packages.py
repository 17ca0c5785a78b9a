"""Writing station packages at the collector: validated by the station's schema, versions
that only grow, keys only for a new station (or when asked), every package audited."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from station_app.collector.office.audit import AuditLog
from station_app.collector.packages import (
    PACKAGE_WRITTEN,
    last_config_version,
    package_signing_key,
    write_package,
)
from station_app.errors import ConfigError, UserError
from station_app.package_install import station_of_config
from station_app.paths import default_config_path
from station_app.protocol.package import read_package

URL = "https://sammelstelle.dortmund.de/"


def config_text(station_id: str = "nord-2") -> str:
    return default_config_path().read_text(encoding="utf-8").replace(
        'id = "buergerhalle-1"', f'id = "{station_id}"', 1)


def write(store, tmp_path: Path, name: str, text: str | None = None, station: str = "nord-2",
          **options):
    return write_package(store, station, text or config_text(station), tmp_path / name,
                         collector_url=URL,
                         check_config=lambda toml: station_of_config(toml, Path("event.toml")),
                         **options)


def test_a_new_station_is_registered_and_gets_its_keys(store, tmp_path):
    written = write(store, tmp_path, "a.station-package")
    assert (written.config_version, written.with_keys, written.registered) == (1, True, True)
    assert stat.S_IMODE(written.path.stat().st_mode) == 0o600
    package = read_package(written.path.read_bytes())
    assert package.enrolment is not None
    assert store.station("nord-2")["verify_key"] == package.enrolment.signing_key.verify_key
    assert package.collector_url == URL.rstrip("/")
    assert package.package_key_b64 == written.package_key
    assert package.endorsed_for(package.enrolment.signing_key)


def test_later_packages_grow_the_version_and_keep_the_keys(store, tmp_path):
    first = read_package(write(store, tmp_path, "1.station-package").path.read_bytes())
    second = write(store, tmp_path, "2.station-package")
    package = read_package(second.path.read_bytes())
    assert (second.config_version, second.with_keys, second.registered) == (2, False, False)
    assert package.enrolment is None
    assert package.endorsed_for(first.enrolment.signing_key)
    assert last_config_version(store, "nord-2") == 2
    assert last_config_version(store, "sued-1") == 0


def test_new_keys_replace_the_registered_ones(store, tmp_path):
    first = read_package(write(store, tmp_path, "1.station-package").path.read_bytes())
    renewed = write(store, tmp_path, "2.station-package", new_keys=True)
    package = read_package(renewed.path.read_bytes())
    assert renewed.with_keys and package.enrolment is not None
    assert package.enrolment.signing_key != first.enrolment.signing_key
    assert store.station("nord-2")["verify_key"] == package.enrolment.signing_key.verify_key


def test_the_package_key_is_the_collectors_own_and_stable(store, tmp_path):
    assert package_signing_key(store) == package_signing_key(store)
    one = read_package(write(store, tmp_path, "1.station-package").path.read_bytes())
    two = read_package(write(store, tmp_path, "2.station-package", station="sued-1")
                       .path.read_bytes())
    assert one.package_key == two.package_key == package_signing_key(store).verify_key


def test_every_package_is_in_the_audit_log_without_a_key(store, tmp_path):
    write(store, tmp_path, "1.station-package", actor="admin-anna", client="127.0.0.1")
    [entry] = [e for e in AuditLog(store).latest() if e.action == PACKAGE_WRITTEN]
    assert (entry.actor, entry.target) == ("admin-anna", "nord-2")
    after = entry.after or {}
    assert after["config_version"] == 1 and after["with_keys"] is True
    assert "signing_key" not in json.dumps(after)


def test_bad_configurations_are_refused_and_nothing_is_registered(store, tmp_path):
    broken = config_text().replace("inactivity_seconds = 120", "inactivity_seconds = -5")
    with pytest.raises(ConfigError, match=r"kiosk\.inactivity_seconds"):
        write(store, tmp_path, "x.station-package", broken)
    with pytest.raises(UserError, match="is for station 'sued-1'"):
        write(store, tmp_path, "x.station-package", config_text("sued-1"))
    with pytest.raises(UserError, match="http:// or https://"):
        write_package(store, "nord-2", config_text(), tmp_path / "x.station-package",
                      collector_url="ftp://x", check_config=lambda toml: "nord-2")
    assert store.station("nord-2") is None and last_config_version(store, "nord-2") == 0
    assert not (tmp_path / "x.station-package").exists()


def test_a_file_that_cannot_be_written_leaves_nothing_registered(store, tmp_path):
    (tmp_path / "file").write_text("in the way")
    with pytest.raises(UserError):
        write(store, tmp_path, "file/x.station-package")
    assert store.station("nord-2") is None and last_config_version(store, "nord-2") == 0


def test_a_syncing_station_gets_the_newest_package_without_keys(store, tmp_path):
    import datetime as dt

    import nacl.signing
    from starlette.testclient import TestClient

    from station_app.collector.app import create_app
    from station_app.collector.packages import newest_package
    from station_app.protocol.package import PACKAGE_PATH, build_request

    first = read_package(write(store, tmp_path, "1.station-package").path.read_bytes())
    assert newest_package(store, "nord-2", 0) is None  # the first one holds the keys
    write(store, tmp_path, "2.station-package")
    assert read_package(newest_package(store, "nord-2", 0)).config_version == 2
    assert newest_package(store, "nord-2", 2) is None
    now = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)
    with TestClient(create_app(store)) as http:
        asked = http.post(PACKAGE_PATH, content=build_request(
            "nord-2", 1, now, first.enrolment.signing_key))
        assert asked.status_code == 200 and read_package(asked.content).config_version == 2
        assert http.post(PACKAGE_PATH, content=build_request(
            "nord-2", 2, now, first.enrolment.signing_key)).status_code == 204
        forged = http.post(PACKAGE_PATH, content=build_request(
            "nord-2", 0, now, nacl.signing.SigningKey.generate()))
        assert forged.status_code == 403
        assert http.post(PACKAGE_PATH, content=b"{}").status_code == 400
