"""A station set up from one file: the collector writes the package, the station installs
it, writes cards as the packaged station and syncs them to that collector; tampered,
other-station, other-collector and outdated packages are refused in one line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import httpx
import pytest

from station_app.paths import default_config_path
from tests.e2e.collector_process import CollectorProcess, query, run_cli

pytestmark = pytest.mark.slow


def event_config(folder: Path, station_id: str, *, topic: str = "Wohnen und Quartiersleben",
                 name: str = "Stadtteilforum Nord") -> Path:
    """The embedded station's file, made into another station's event."""
    text = default_config_path().read_text(encoding="utf-8")
    text = text.replace('id = "buergerhalle-1"', f'id = "{station_id}"', 1)
    text = text.replace('name = "Dortmunder Stadtgespräch – Stadtkonferenz"',
                        f'name = "{name}"', 1)
    text = text.replace('label = "Wohnen und Quartiersleben"', f'label = "{topic}"', 1)
    path = folder / f"{station_id}-{len(list(folder.glob('*.toml')))}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def package(db: Path | str, station_id: str, config: Path, output: Path, url: str) -> str:
    out = run_cli("collector", "package", station_id, "--config", str(config), "--db",
                  str(db), "-o", str(output), "--url", url)
    assert out.returncode == 0, out.stderr
    return out.stdout


def refused(station: list[str], file: Path) -> str:
    out = run_cli(*station, "install", str(file), "--yes")
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1, out.stderr
    return out.stderr


def files_of(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())
            if path.is_file() and not path.name.startswith("station.db")}


def test_a_station_set_up_from_one_package_syncs_to_its_collector(tmp_path, collector_db):
    db = collector_db
    data = tmp_path / "station"
    station = ["--data-dir", str(data)]
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector:
        first = tmp_path / "nord-2.station-package"
        out = package(db, "nord-2", event_config(tmp_path, "nord-2"), first, collector.url)
        assert "registered and packaged: configuration version 1, with new keys" in out
        assert first.stat().st_mode & 0o077 == 0  # it holds the station's secret key

        out = run_cli(*station, "install", str(first), "--yes")
        assert out.returncode == 0, out.stderr
        assert "Station: buergerhalle-1 → nord-2" in out.stdout  # the preview
        assert "installed: station nord-2, Stadtteilforum Nord, configuration version 1" \
            in out.stdout
        out = run_cli(*station, "check")
        assert "station nord-2" in out.stdout and "Stadtteilforum Nord" in out.stdout, \
            out.stderr

        assert run_cli(*station, "cards", "add", "--prompt", "idee", "--topic", "wohnen",
                       "--text", "Ein Bücherschrank am Nordmarkt").returncode == 0
        out = run_cli(*station, "sync")  # the packaged keys and URL: no other set-up
        assert out.returncode == 0 and "1 of 1 card(s) synced" in out.stdout, out.stderr

        # A newer package keeps the keys and changes what the kiosk asks.
        second = tmp_path / "nord-2-v2.station-package"
        out = package(db, "nord-2", event_config(tmp_path, "nord-2", topic="Wohnen im Quartier"),
                      second, collector.url)
        assert "configuration version 2, without keys" in out
        out = run_cli(*station, "install", str(second), "--yes")
        assert out.returncode == 0, out.stderr
        assert "Themen umbenannt: „Wohnen und Quartiersleben“ → „Wohnen im Quartier“" \
            in out.stdout or "Topics renamed" in out.stdout, out.stdout
        assert run_cli(*station, "cards", "add", "--prompt", "heute", "--topic", "wohnen",
                       "--text", "Nach dem Update").returncode == 0
        out = run_cli(*station, "sync")
        assert out.returncode == 0 and "2 of 2 card(s) synced" in out.stdout, out.stderr

    stations = {row[0] for row in query(db, "SELECT station_id FROM office_cards")}
    versions = dict(query(db, "SELECT json_extract(data, '$.text'),"
                          " CAST(json_extract(data, '$.config_version') AS INTEGER) FROM cards"))
    assert stations == {"nord-2"}
    # Every card records the configuration it was written under, at the collector too.
    assert versions == {"Ein Bücherschrank am Nordmarkt": 1, "Nach dem Update": 2}
    merged = tmp_path / "alle.csv"
    out = run_cli("collector", "export", "--db", str(db), "--format", "csv", "-o", str(merged))
    assert out.returncode == 0, out.stderr
    with merged.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {row["Text"]: row["Konfigurationsversion"] for row in rows} == {
        "Ein Bücherschrank am Nordmarkt": "1", "Nach dem Update": "2"}
    own = tmp_path / "station.csv"
    out = run_cli(*station, "export", "--format", "csv", "--all", "-o", str(own))
    assert out.returncode == 0, out.stderr
    with own.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["Konfigurationsversion"] for row in csv.DictReader(handle, delimiter=";")
                ] == ["1", "2"]
    record = json.loads((data / "station-package.json").read_text(encoding="utf-8"))
    assert record["config_version"] == 2 and "signing_key" not in json.dumps(record)


def test_refused_packages_leave_the_station_unchanged(tmp_path):
    db = tmp_path / "collector.db"
    data = tmp_path / "station"
    station = ["--data-dir", str(data)]
    url = "http://127.0.0.1:9"
    v1, v2 = tmp_path / "v1.station-package", tmp_path / "v2.station-package"
    package(db, "nord-2", event_config(tmp_path, "nord-2"), v1, url)
    package(db, "nord-2", event_config(tmp_path, "nord-2", name="Forum Nord, zweiter Tag"), v2,
            url)
    out = run_cli(*station, "install", str(v2), "--yes")
    assert out.returncode == 0, out.stderr
    before = files_of(data)

    assert "not newer than the installed version 2" in refused(station, v1)

    tampered = tmp_path / "tampered.station-package"
    tampered.write_text(v2.read_text(encoding="utf-8").replace("zweiter Tag", "dritter Tag"),
                        encoding="utf-8")
    assert "signature does not match" in refused(station, tampered)

    other = tmp_path / "sued-1.station-package"
    package(db, "sued-1", event_config(tmp_path, "sued-1"), other, url)
    assert "is for station 'sued-1', but this station is 'nord-2'" in refused(station, other)

    foreign = tmp_path / "foreign.station-package"
    package(tmp_path / "other-collector.db", "nord-2", event_config(tmp_path, "nord-2"),
            foreign, url)
    assert "signed by another collector" in refused(station, foreign)

    cut = tmp_path / "cut.station-package"
    cut.write_bytes(v2.read_bytes()[:200])
    assert "refused station package" in refused(station, cut)

    assert files_of(data) == before
    out = run_cli(*station, "check")
    assert "Forum Nord, zweiter Tag" in out.stdout, out.stderr


def test_the_collector_refuses_a_configuration_it_cannot_package(tmp_path):
    db = tmp_path / "collector.db"
    broken = tmp_path / "broken.toml"
    broken.write_text(event_config(tmp_path, "nord-2").read_text(encoding="utf-8").replace(
        "inactivity_seconds = 120", "inactivity_seconds = -5"), encoding="utf-8")
    for args, words in (
            (["nord-2", "--config", str(broken)], "kiosk.inactivity_seconds"),
            (["sued-1", "--config", str(event_config(tmp_path, "nord-2"))],
             "is for station 'nord-2'"),
            (["nord-2"], "needs --config FILE"),
            (["nord-2", "--config", str(tmp_path / "missing.toml")], "cannot be read")):
        out = run_cli("collector", "package", *args, "--db", str(db), "-o",
                      str(tmp_path / "out.station-package"))
        assert out.returncode == 2 and words in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1
    assert not (tmp_path / "out.station-package").exists()
    out = run_cli("collector", "reconcile", "--db", str(db), "--json")
    assert json.loads(out.stdout) == []  # nothing was registered


def test_a_newer_configuration_arrives_with_sync_and_is_installed_at_the_next_start(
        tmp_path, collector_db):
    db = collector_db
    data = tmp_path / "station"
    station = ["--data-dir", str(data)]
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector:
        first = tmp_path / "v1.station-package"
        package(db, "nord-2", event_config(tmp_path, "nord-2"), first, collector.url)
        assert run_cli(*station, "install", str(first), "--yes").returncode == 0
        out = run_cli(*station, "sync")
        assert out.returncode == 0 and "is waiting" not in out.stdout, out.stderr

        package(db, "nord-2", event_config(tmp_path, "nord-2", name="Forum Nord, Tag 2"),
                tmp_path / "v2.station-package", collector.url)
        assert run_cli(*station, "cards", "add", "--prompt", "idee", "--topic", "wohnen",
                       "--text", "Noch unter Version 1").returncode == 0
        out = run_cli(*station, "sync")
        assert out.returncode == 0, out.stderr
        assert "configuration version 2 is waiting at the station" in out.stdout
        assert "Stadtteilforum Nord" in run_cli(*station, "check").stdout  # not yet

        out = run_cli(*station, "run", "--smoke-test")  # the kiosk starts: installed first
        assert out.returncode == 0, out.stderr
        assert "Forum Nord, Tag 2" in run_cli(*station, "check").stdout
        assert not (data / "pending.station-package").exists()
        assert run_cli(*station, "cards", "add", "--prompt", "idee", "--topic", "wohnen",
                       "--text", "Unter Version 2").returncode == 0
        assert run_cli(*station, "sync").returncode == 0
    versions = dict(query(db, "SELECT json_extract(data, '$.text'),"
                          " CAST(json_extract(data, '$.config_version') AS INTEGER) FROM cards"))
    assert versions == {"Noch unter Version 1": 1, "Unter Version 2": 2}


def test_the_office_writes_the_package_the_station_is_set_up_from(tmp_path, collector_db):
    """The round trip from the office: an admin downloads the package in /office/, the
    station installs it, and its cards reach the collector with the configuration version."""
    from tests.e2e.test_office_routes_security import PASSWORD, log_in, token_of
    from tests.e2e.test_office_security import add_user

    db = collector_db
    assert add_user(db, "anna", "admin", PASSWORD, data_dir=tmp_path).returncode == 0
    data = tmp_path / "station"
    station = ["--data-dir", str(data)]
    with CollectorProcess(db, log=tmp_path / "collector.log") as collector:
        with httpx.Client(base_url=collector.url, follow_redirects=False) as office:
            assert log_in(office, "anna").status_code == 303
            page = office.get("/office/packages?lang=de")
            assert page.status_code == 200
            written = office.post("/office/packages", data={
                "csrf_token": token_of(page), "lang": "de", "station_id": "nord-2",
                "url": collector.url,
                "config": event_config(tmp_path, "nord-2").read_text(encoding="utf-8")})
            assert written.status_code == 200, written.text[:300]
        package_file = tmp_path / "nord-2.station-package"
        package_file.write_bytes(written.content)
        out = run_cli(*station, "install", str(package_file), "--yes")
        assert out.returncode == 0 and "configuration version 1" in out.stdout, out.stderr
        assert run_cli(*station, "cards", "add", "--prompt", "idee", "--topic", "wohnen",
                       "--text", "Aus dem Büro eingerichtet").returncode == 0
        out = run_cli(*station, "sync")
        assert out.returncode == 0 and "1 of 1 card(s) synced" in out.stdout, out.stderr
    (row,) = query(db, "SELECT json_extract(data, '$.station_id'),"
                   " CAST(json_extract(data, '$.config_version') AS INTEGER) FROM cards")
    ((actor,),) = query(db, "SELECT actor FROM office_audit WHERE action = 'station.package'")
    assert row == ("nord-2", 1) and actor == "anna"
