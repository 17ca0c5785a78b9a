"""Installing an enrolment file (the command line and the dashboard share this): checked,
installed owner-only, audited; refused in words for a wrong, damaged or foreign file."""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

import pytest

from station_app.enrolled import enrolment_path, with_enrolled_key
from station_app.enrolment_install import (
    DAMAGED,
    NOT_ENROLMENT,
    NOT_READABLE,
    OTHER_STATION,
    EnrolmentRefused,
    current_enrolment,
    find_enrolment_files,
    install_enrolment,
    mitmachpool_after,
)
from station_app.storage import AuditLog, open_database
from tests.e2e.sync_fixtures import enrol, station_config


@pytest.fixture
def config():
    return station_config()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "STADT-DO"
    folder.mkdir()
    return folder


def test_a_good_file_is_installed_audited_and_read_back(config, store, stick, tmp_path):
    enrolment = enrol(store, config.station.id, stick, url="https://sammelstelle.dortmund.de")
    source = stick / f"enrolment-{config.station.id}.json"
    db = open_database(":memory:")
    data_dir = tmp_path / "data"
    installed = install_enrolment(config, data_dir, source, audit=AuditLog(db),
                                  actor="facilitator")
    target = enrolment_path(config, data_dir)
    assert installed.target == target and target.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert (installed.station_id, installed.collector_url) == (
        config.station.id, "https://sammelstelle.dortmund.de")
    assert current_enrolment(config, data_dir) == (config.station.id,
                                                   "https://sammelstelle.dortmund.de")
    [entry] = AuditLog(db).entries()
    assert (entry.actor, entry.action) == ("facilitator", "enrolment.install")
    assert "signing_key" not in str(entry.details)
    # The Mitmachpool key comes with it (read when the kiosk starts).
    assert with_enrolled_key(config, data_dir).contact.collector_public_key == \
        enrolment.collector_public_key_b64


def _refusal(config, source: Path, data_dir: Path) -> EnrolmentRefused:
    with pytest.raises(EnrolmentRefused) as refused:
        install_enrolment(config, data_dir, source)
    assert not enrolment_path(config, data_dir).exists()
    return refused.value


def test_wrong_damaged_and_foreign_files_are_refused_in_words(config, store, stick, tmp_path):
    data_dir = tmp_path / "data"
    enrol(store, "andere-station", stick)
    foreign = _refusal(config, stick / "enrolment-andere-station.json", data_dir)
    assert foreign.message.source == OTHER_STATION
    assert "is for station 'andere-station'" in str(foreign)  # what the CLI prints
    assert foreign.message.text("en") == ("The enrolment file “enrolment-andere-station.json” "
                                          "belongs to station “andere-station”; this station "
                                          "is “buergerhalle-1”")

    good = enrol(store, config.station.id, tmp_path).to_json()
    for name, content, source in [
        ("kaputt.json", good[: len(good) // 2], DAMAGED),  # cut short on the stick
        ("schluessel.json", good.replace(b'"signing_key": "', b'"signing_key": "x'), DAMAGED),
        ("liste.json", b'{"format": "station-package/1"}', NOT_ENROLMENT),
        ("bild.json", b"\x89PNG\r\n", NOT_ENROLMENT),
    ]:
        (stick / name).write_bytes(content)
        refused = _refusal(config, stick / name, data_dir)
        assert refused.message.source == source, name
        assert refused.message.args == (name,)
        assert str(stick) not in refused.message.text("de")  # a name, never a path
    gone = _refusal(config, stick / "weg.json", data_dir)
    assert gone.message.source == NOT_READABLE
    assert "enrolment file not found" in str(gone)


def test_enrolment_files_on_sticks_are_found_and_nothing_else(store, stick, tmp_path):
    enrol(store, "buergerhalle-1", stick)
    (stick / "Station Nord").mkdir()
    enrol(store, "nordstadt", stick / "Station Nord")
    renamed = stick / "von-der-sammelstelle.json"
    renamed.write_bytes(enrol(store, "hoerde", tmp_path).to_json())
    (stick / "buergerhalle-1-1-abc.batch.json").write_text('{"format": "station-batch/1"}')
    (stick / "export.json").write_text('{"cards": []}')
    (stick / ".Trash-1000").mkdir()
    (stick / ".Trash-1000" / "enrolment-alt.json").write_text("{}")
    found = find_enrolment_files([stick, tmp_path / "nicht-da"])
    assert [(f.path.relative_to(stick).as_posix(), f.stick) for f in found] == [
        ("enrolment-buergerhalle-1.json", "STADT-DO"),
        ("Station Nord/enrolment-nordstadt.json", "STADT-DO"),
        ("von-der-sammelstelle.json", "STADT-DO"),
    ]


def test_what_it_means_for_the_mitmachpool(config, store, stick, tmp_path):
    enrolment = enrol(store, config.station.id, stick)
    installed = install_enrolment(config, tmp_path, stick / f"enrolment-{config.station.id}.json")
    key = enrolment.collector_public_key_b64
    assert mitmachpool_after(config, installed, running_key="") == "restart"
    assert mitmachpool_after(config, installed, running_key=key) == "ready"
    off = dataclasses.replace(config, contact=dataclasses.replace(config.contact, enabled=False))
    assert mitmachpool_after(off, installed, running_key="") == "off"
    toml = tmp_path / "station.toml"
    toml.write_text(config.source.read_text(encoding="utf-8").replace(
        'collector_public_key = ""', f'collector_public_key = "{"A" * 43}="'),
        encoding="utf-8")
    configured = dataclasses.replace(config, source=toml)
    assert mitmachpool_after(configured, installed, running_key="A" * 43 + "=") == "configured"
