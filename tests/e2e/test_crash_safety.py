"""Killing the station at random moments never loses a committed card or damages the file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from station_app.paths import database_path
from station_app.storage import integrity_problems, open_database

from .cli_helpers import ROOT, child_env

ROUNDS = 50
pytestmark = pytest.mark.slow


def _stored_uuids(data_dir: Path) -> set[str]:
    db = open_database(database_path(data_dir))
    try:
        assert integrity_problems(db) == []
        return {row[0] for row in db.execute("SELECT uuid FROM cards")}
    finally:
        db.close()


def _read_lines(stream, sink: list[str]) -> None:
    for raw in stream:
        sink.append(raw.decode().strip())


def test_sigkill_while_adding_cards_loses_no_committed_card(tmp_path):
    rng = random.Random(20260928)
    reported: set[str] = set()
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "e2e" / "card_writer.py"), str(tmp_path)],
            stdout=subprocess.PIPE, env=child_env(), cwd=ROOT)
        lines: list[str] = []
        reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 30
        while "ready" not in lines and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        assert "ready" in lines, "the writer did not start"
        # Let it write for a random while, then pull the plug.
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        reader.join(timeout=10)
        reported |= {line.split()[1] for line in lines if line.startswith("committed ")}
        stored = _stored_uuids(tmp_path)
        missing = reported - stored
        assert not missing, f"{len(missing)} committed cards lost"
    assert len(reported) > ROUNDS  # the kills really happened while cards were being written


def _write_import_file(path: Path, rows: int) -> None:
    lines = ["prompt;topic;text;district"]
    lines += [f"idee;wohnen;Papierkarte {i}: Mehr Grün in Hörde;hoerde" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_sigkill_during_import_leaves_all_or_nothing(tmp_path):
    data_dir = tmp_path / "data"
    csv_file = tmp_path / "papierkarten.csv"
    rows = 3000
    _write_import_file(csv_file, rows)
    command = [sys.executable, "-m", "station_app", "cards", "import", str(csv_file),
               "--data-dir", str(data_dir)]
    # Calibrate on a database that already holds cards, as the later rounds will.
    runs = []
    for _ in range(2):
        started = time.monotonic()
        subprocess.run(command, env=child_env(), cwd=ROOT, check=True, capture_output=True)
        runs.append(time.monotonic() - started)
    full_run = max(runs)
    rng = random.Random(4711)
    expected = 2 * rows
    outcomes = {"nothing": 0, "all": 0}
    for _ in range(30):
        child = subprocess.Popen(command, env=child_env(), cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2 * full_run, 1.4 * full_run))  # kill delay, by design
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        count = len(_stored_uuids(data_dir))
        assert count in (expected, expected + rows), f"partial import: {count - expected} rows"
        outcomes["all" if count == expected + rows else "nothing"] += 1
        expected = count
    # Both outcomes occur, so the kills really landed before and after the commit.
    assert outcomes["nothing"] and outcomes["all"], outcomes
