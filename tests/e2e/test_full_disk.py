"""Full disks, for real: every command fails in one line naming the disk or file, leaves no
half or empty file, and what is finished is reported as finished.

Each case runs in a private mount namespace on small tmpfs disks filled to the brim
(``tests/e2e/full_disk.py``); ENOSPC comes from the kernel, not from a mock.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.cli_helpers import station_app
from tests.e2e.full_disk import Disk, FullDiskRun, run_on_full_disks, station_app_command

pytestmark = pytest.mark.slow

CARDS = 400


@pytest.fixture(scope="module")
def station_data(tmp_path_factory) -> Path:
    """A station with 400 cards, prepared on the ordinary disk."""
    data = tmp_path_factory.mktemp("station") / "data"
    rows = "".join(f"idee;wohnen;Karte {i}: mehr Bänke und Schatten am Phoenix-See\n"
                   for i in range(CARDS))
    csv_file = data.parent / "karten.csv"
    csv_file.write_text("prompt;topic;text\n" + rows, encoding="utf-8")
    assert station_app("cards", "import", str(csv_file), data_dir=data).returncode == 0
    assert station_app("facilitator", "set-pin", "--stdin", data_dir=data,
                       stdin=b"2468\n").returncode == 0
    return data


def assert_one_line(run: FullDiskRun, *fragments: str) -> str:
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def card_count(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]


@pytest.mark.parametrize("kiosk_running", [True, False], ids=["kiosk running", "alone"])
def test_a_card_on_a_full_disk_is_refused_and_the_others_are_intact(station_data, tmp_path,
                                                                   kiosk_running):
    run = run_on_full_disks(
        station_app_command("--data-dir", "{data}", "cards", "add", "--prompt", "idee",
                            "--topic", "wohnen", "--text", "Noch eine Karte"),
        {"data": Disk(copy_from=station_data,
                      hold_open="station.db" if kiosk_running else None)}, tmp_path)
    assert_one_line(run, "station.db", "disk holding the database is full", "free some space")
    assert card_count(run.results / "data" / "station.db") == CARDS


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "pdf"])
def test_an_export_onto_a_full_stick_leaves_no_file(station_data, tmp_path, fmt):
    run = run_on_full_disks(
        station_app_command("--data-dir", "{data}", "export", "--format", fmt, "--all",
                            "-o", f"{{stick}}/karten.{fmt}"),
        {"data": Disk(free=4 * 2**20, copy_from=station_data), "stick": Disk(free=8192)},
        tmp_path)
    assert_one_line(run, f"karten.{fmt}: the disk is full")
    assert [name for name in run.files if name.startswith("stick/")] == []  # no .part either


def test_a_finished_export_counts_even_when_the_audit_line_cannot_be_stored(station_data,
                                                                            tmp_path):
    run = run_on_full_disks(
        station_app_command("--data-dir", "{data}", "export", "--format", "xlsx", "--all",
                            "-o", "{stick}/karten.xlsx"),
        {"data": Disk(copy_from=station_data, hold_open="station.db"),
         "stick": Disk(free=8 * 2**20)}, tmp_path)
    assert run.returncode == 0, run.stderr
    assert f"{CARDS} cards" in run.stdout and "written to" in run.stdout
    assert run.stderr.strip().splitlines() == [
        "station-app: warning: the export is complete, but the audit log could not record "
        "it (the disk is full)"]
    sheet = load_workbook(run.results / "stick" / "karten.xlsx", read_only=True)["Karten"]
    assert sum(1 for _ in sheet.iter_rows()) == CARDS + 1


def test_a_receipt_pdf_onto_a_full_disk_leaves_no_empty_file(station_data, tmp_path):
    listed = station_app("cards", "list", "--json", data_dir=station_data)
    code = json.loads(listed.stdout)[0]["code"]
    run = run_on_full_disks(
        station_app_command("--data-dir", "{data}", "receipts", "pdf", code,
                            "-o", "{stick}/quittung.pdf"),
        {"data": Disk(free=2**20, copy_from=station_data), "stick": Disk(free=0)}, tmp_path)
    assert_one_line(run, "quittung.pdf: the disk is full")
    assert [name for name in run.files if name.startswith("stick/")] == []


def test_an_enrolment_onto_a_full_disk_registers_nothing(tmp_path):
    prepared = tmp_path / "collector"
    prepared.mkdir()
    run = run_on_full_disks(
        station_app_command("collector", "add-station", "buergerhalle-1",
                            "--db", "{office}/collector.db", "-o", "{stick}/enrolment.json"),
        {"office": Disk(free=2**20, copy_from=prepared), "stick": Disk(free=0)},
        tmp_path / "run")
    assert_one_line(run, "enrolment.json: the disk is full")
    assert [name for name in run.files if name.startswith("stick/")] == []
    with sqlite3.connect(run.results / "office" / "collector.db") as db:
        assert db.execute("SELECT COUNT(*) FROM stations").fetchone()[0] == 0


def test_a_collector_on_a_full_disk_says_so_in_one_line(tmp_path):
    run = run_on_full_disks(
        station_app_command("collector", "add-station", "buergerhalle-1",
                            "--db", "{office}/collector.db", "-o", "{stick}/enrolment.json"),
        {"office": Disk(free=0), "stick": Disk(free=2**20)}, tmp_path)
    assert_one_line(run, "collector.db:")
    assert [name for name in run.files if name.startswith("stick/")] == []


PIN_TRY = """
import sys
from pathlib import Path
from station_app.station import Station
station = Station.open(data_dir=Path(sys.argv[1]))
wrong, right = station.pin.verify("1111"), station.pin.verify("2468")
print(wrong.accepted, wrong.tries_left, right.accepted, station.pin.verify("1111").tries_left)
"""


def test_the_right_pin_opens_the_dashboard_when_the_database_is_full(station_data, tmp_path):
    run = run_on_full_disks([sys.executable, "-c", PIN_TRY, "{data}"],
                            {"data": Disk(copy_from=station_data, hold_open="station.db")},
                            tmp_path)
    assert run.returncode == 0, run.stderr
    # Wrong tries are still counted (in memory, when the database cannot keep them).
    assert run.stdout.split() == ["False", "4", "True", "4"]
