"""Installing a station package (the command line and the dashboard share this): checked
against this station, previewed, installed with its keys, refused in words – the station
unchanged – when it is not for this station or not newer."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from station_app.collector.packages import write_package
from station_app.config import load_config
from station_app.package_install import (
    NOT_NEWER,
    OTHER_COLLECTOR,
    OTHER_STATION,
    TAMPERED,
    PackageRefused,
    apply_package,
    check_package,
    find_package_files,
    installed_record,
    station_of_config,
)
from station_app.paths import default_config_path, installed_config_path
from station_app.protocol.enrolment import read_enrolment
from station_app.storage import AuditLog, open_database

URL = "https://sammelstelle.dortmund.de"


def config_text(station_id: str = "nord-2", topic: str = "Wohnen und Quartiersleben") -> str:
    text = default_config_path().read_text(encoding="utf-8")
    text = text.replace('id = "buergerhalle-1"', f'id = "{station_id}"', 1)
    return text.replace('label = "Wohnen und Quartiersleben"', f'label = "{topic}"', 1)


def packaged(store, folder: Path, name: str, station_id: str = "nord-2", **options) -> Path:
    text = options.pop("text", None) or config_text(station_id)
    return write_package(store, station_id, text, folder / name, collector_url=URL,
                         check_config=lambda toml: station_of_config(toml, Path("e.toml")),
                         **options).path


@pytest.fixture
def embedded():
    return load_config(default_config_path())


def install(source: Path, data_dir: Path, current=None, audit=None):
    if current is None and installed_config_path(data_dir).exists():
        current = load_config(installed_config_path(data_dir))
    return apply_package(check_package(source, current, data_dir), data_dir, audit=audit)


def refusal(source: Path, data_dir: Path, current) -> PackageRefused:
    with pytest.raises(PackageRefused) as refused:
        check_package(source, current, data_dir)
    return refused.value


def test_the_demo_station_takes_a_package_and_becomes_that_station(store, tmp_path, embedded):
    data_dir = tmp_path / "data"
    source = packaged(store, tmp_path, "nord.station-package")
    checked = check_package(source, embedded, data_dir)
    lines = [change.text("de") for change in checked.changes]
    assert "Station: buergerhalle-1 → nord-2" in lines
    assert f"Sammelstelle: keine → {URL}" in lines
    assert "Konfigurationsversion: keine → 1" in lines
    db = open_database(":memory:")
    installed = apply_package(checked, data_dir, audit=AuditLog(db), actor="facilitator")
    assert (installed.station_id, installed.config_version, installed.with_keys) == (
        "nord-2", 1, True)
    config = load_config(installed_config_path(data_dir))
    assert config.station.id == "nord-2"
    enrolment = read_enrolment(data_dir / "enrolment.json")
    assert enrolment.station_id == "nord-2" and enrolment.collector_url == URL
    assert stat.S_IMODE((data_dir / "enrolment.json").stat().st_mode) == 0o600
    assert store.station("nord-2")["verify_key"] == enrolment.signing_key.verify_key
    assert installed_record(data_dir).config_version == 1
    [entry] = AuditLog(db).entries()
    assert (entry.actor, entry.action) == ("facilitator", "package.install")
    assert entry.details["config_version"] == 1 and "signing_key" not in str(entry.details)


def test_an_update_names_what_changes_and_keeps_the_keys(store, tmp_path):
    data_dir = tmp_path / "data"
    install(packaged(store, tmp_path, "1.station-package"), data_dir)
    keys = (data_dir / "enrolment.json").read_bytes()
    update = packaged(store, tmp_path, "2.station-package",
                      text=config_text(topic="Wohnen im Quartier"))
    checked = check_package(update, load_config(installed_config_path(data_dir)), data_dir)
    lines = [change.text("de") for change in checked.changes]
    assert "Themen umbenannt: „Wohnen und Quartiersleben“ → „Wohnen im Quartier“" in lines
    assert "Konfigurationsversion: 1 → 2" in lines
    apply_package(checked, data_dir)
    assert (data_dir / "enrolment.json").read_bytes() == keys
    labels = [t.label for t in load_config(installed_config_path(data_dir)).topics]
    assert "Wohnen im Quartier" in labels


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_refusals_say_why_and_change_nothing(store, tmp_path):
    data_dir = tmp_path / "data"
    first = packaged(store, tmp_path, "1.station-package")
    second = packaged(store, tmp_path, "2.station-package")
    install(second, data_dir)
    current = load_config(installed_config_path(data_dir))
    before = snapshot(data_dir)

    old = refusal(first, data_dir, current)
    assert old.message.source == NOT_NEWER and old.message.args == (
        "1.station-package", "1", "2")
    other = refusal(packaged(store, tmp_path, "s.station-package", "sued-1"), data_dir,
                    current)
    assert other.message.source == OTHER_STATION
    assert other.message.text("de") == ("Das Stationspaket „s.station-package“ gehört zur "
                                        "Station „sued-1“, diese Station ist „nord-2“")
    tampered = tmp_path / "t.station-package"
    tampered.write_text(second.read_text(encoding="utf-8").replace("nord-2", "nord-3"),
                        encoding="utf-8")
    assert refusal(tampered, data_dir, current).message.source == TAMPERED
    assert snapshot(data_dir) == before


def test_a_package_of_another_collector_is_refused(store, tmp_path, embedded):
    from station_app.collector.store import CollectorStore

    data_dir = tmp_path / "data"
    install(packaged(store, tmp_path, "1.station-package"), data_dir, embedded)
    with CollectorStore.open(tmp_path / "other.db") as other:
        foreign = packaged(other, tmp_path, "f.station-package")
    refused = refusal(foreign, data_dir, load_config(installed_config_path(data_dir)))
    assert refused.message.source == OTHER_COLLECTOR


def test_a_failed_write_puts_every_file_back(store, tmp_path, embedded, monkeypatch):
    from station_app.errors import UserError

    data_dir = tmp_path / "data"
    install(packaged(store, tmp_path, "1.station-package"), data_dir, embedded)
    before = snapshot(data_dir)
    checked = check_package(packaged(store, tmp_path, "2.station-package", new_keys=True),
                            load_config(installed_config_path(data_dir)), data_dir)
    from station_app.protocol import files  # apply_package imports its writer when used

    original = files.atomic_write

    def failing(path: Path, data: bytes, **options):
        if path.name == "station-package.json":
            raise UserError(f"{path}: disk full")
        return original(path, data, **options)

    monkeypatch.setattr(files, "atomic_write", failing)
    with pytest.raises(PackageRefused):
        apply_package(checked, data_dir)
    monkeypatch.setattr(files, "atomic_write", original)
    assert snapshot(data_dir) == before


def test_packages_are_found_on_the_sticks(tmp_path):
    stick = tmp_path / "STADT-DO"
    (stick / "Veranstaltung" / "tief" / "tiefer").mkdir(parents=True)
    (stick / "nord-2.station-package").write_text("{}")
    (stick / "Veranstaltung" / "sued-1.STATION-PACKAGE").write_text("{}")
    (stick / "Veranstaltung" / "tief" / "tiefer" / "x.station-package").write_text("{}")
    (stick / ".Trash").mkdir()
    (stick / ".Trash" / "old.station-package").write_text("{}")
    (stick / "notes.txt").write_text("")
    found = find_package_files([stick, tmp_path / "gone"])
    assert [(f.path.name, f.stick) for f in found] == [
        ("nord-2.station-package", "STADT-DO"), ("sued-1.STATION-PACKAGE", "STADT-DO")]
