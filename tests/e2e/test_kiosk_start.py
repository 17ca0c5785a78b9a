"""``station-app run --smoke-test`` from the checkout: the start screen first, then the station.

The kiosk paints its start screen before it opens the database; these tests check that the
station behind it is really opened (and a broken one still ends in one clear line).
"""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys

from station_app.paths import database_path
from tests.waiting import wait_until

from .cli_helpers import ROOT, assert_one_line_error, child_env, station_app

HEADLESS = {"QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}


def test_smoke_test_paints_the_start_screen_then_opens_the_station(tmp_path, monkeypatch):
    for name, value in HEADLESS.items():
        monkeypatch.setenv(name, value)
    result = station_app("run", "--smoke-test", data_dir=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    frame = re.search(r"^first frame of the start screen after (\d+) ms", out, re.MULTILINE)
    ready = re.search(r"^ready for cards .* after (\d+) ms", out, re.MULTILINE)
    assert frame and ready, out
    assert int(ready.group(1)) >= int(frame.group(1))
    # The station was opened behind the start screen: the database exists, migrated.
    with sqlite3.connect(database_path(tmp_path)) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"cards", "sessions", "contacts", "print_jobs"} <= tables
    assert "Traceback" not in result.stderr.decode()


def test_a_damaged_database_is_set_aside_and_the_kiosk_keeps_taking_cards(tmp_path,
                                                                           monkeypatch):
    """Not a SQLite file any more: renamed out of the way untouched, a fresh database
    takes the cards, ``check`` names the set-aside file."""
    for name, value in HEADLESS.items():
        monkeypatch.setenv(name, value)
    database_path(tmp_path).parent.mkdir(parents=True, exist_ok=True)
    damaged_bytes = b"this is no SQLite file " * 400
    database_path(tmp_path).write_bytes(damaged_bytes)
    result = station_app("run", "--smoke-test", data_dir=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    [aside] = tmp_path.glob("station.damaged-*.db")
    assert aside.read_bytes() == damaged_bytes  # never written into, never deleted
    added = station_app("cards", "add", "--prompt", "idee", "--topic", "wohnen", "--text",
                        "Nach dem Schaden", data_dir=tmp_path)
    assert added.returncode == 0, added.stderr
    check = station_app("check", data_dir=tmp_path)
    assert check.returncode == 0 and f"set aside as {aside}" in check.stdout.decode()


def test_a_database_that_fails_its_quick_check_is_set_aside(tmp_path, monkeypatch):
    for name, value in HEADLESS.items():
        monkeypatch.setenv(name, value)
    lines = ["prompt;topic;text"] + [f"idee;wohnen;Karte {i} " + "x" * 300 for i in range(400)]
    (tmp_path / "p.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert station_app("cards", "import", str(tmp_path / "p.csv"),
                       data_dir=tmp_path / "d").returncode == 0
    path = database_path(tmp_path / "d")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(8 * page, 12 * page):  # scribble over a few b-tree pages
        data[offset] = 0x5A
    path.write_bytes(bytes(data))
    check = station_app("check", data_dir=tmp_path / "d")
    assert_one_line_error(check)  # check reports it, in one line
    result = station_app("run", "--smoke-test", data_dir=tmp_path / "d", timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    [aside] = (tmp_path / "d").glob("station.damaged-*.db")
    assert aside.read_bytes() == bytes(data)


def test_without_a_screen_the_kiosk_says_so_and_the_smoke_test_runs_headless(
        tmp_path, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QUICK_BACKEND", "software")
    line = assert_one_line_error(station_app("run", data_dir=tmp_path, timeout=120))
    assert "no screen" in line and "DISPLAY" in line
    smoke = station_app("run", "--smoke-test", data_dir=tmp_path, timeout=120)
    assert smoke.returncode == 0, smoke.stderr.decode()
    assert "first frame of the start screen" in smoke.stdout.decode()


def test_ctrl_c_ends_the_kiosk_cleanly(tmp_path):
    """A developer's Ctrl+C (SIGINT) ends ``run --windowed``: exit 130, no traceback."""
    env = {**child_env(), **HEADLESS}
    child = subprocess.Popen(
        [sys.executable, "-m", "station_app", "run", "--windowed", "--data-dir",
         str(tmp_path)], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until(lambda: database_path(tmp_path).exists(), 60, "the station to open")
        child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err.decode()
    assert "Traceback" not in err.decode()


def test_a_malformed_collector_key_stops_check_and_the_kiosk_in_one_line(tmp_path,
                                                                        monkeypatch):
    """Point 5 of the hardening: the kiosk never starts half-ready on a key that cannot
    seal a contact (before, ``check`` said ok and no card was ever accepted)."""
    for name, value in HEADLESS.items():
        monkeypatch.setenv(name, value)
    from station_app.paths import default_config_path

    config = tmp_path / "station.toml"
    text = default_config_path().read_text(encoding="utf-8")
    assert 'collector_public_key = ""' in text
    config.write_text(text.replace('collector_public_key = ""',
                                   'collector_public_key = "kein-schlüssel"'), "utf-8")
    for command in (("check",), ("run", "--smoke-test")):
        line = assert_one_line_error(station_app("--config", str(config), *command,
                                                 data_dir=tmp_path / "data", timeout=120))
        assert "contact.collector_public_key" in line
    assert not (tmp_path / "data" / "station.db").exists()  # nothing half-started
