"""Several processes at once on one station: a fresh data directory, two syncs to a stick."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from station_app.paths import database_path

from .cli_helpers import ROOT, child_env, station_app

PROCESSES = 6


def _start(*args: str, data_dir) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "station_app", *args, "--data-dir",
                             str(data_dir)], env=child_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_fresh_data_directory_opened_by_several_processes_at_once(tmp_path):
    children = [_start("cards", "add", "--prompt", "idee", "--topic", "wohnen", "--text",
                       f"Karte {i}", data_dir=tmp_path) for i in range(PROCESSES)]
    results = [(child.wait(60), child.stderr.read().decode()) for child in children]
    assert all(code == 0 for code, _ in results), results
    with sqlite3.connect(database_path(tmp_path)) as db:
        assert db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == PROCESSES
        versions = [row[0] for row in db.execute("SELECT version FROM schema_migrations")]
        assert len(versions) == len(set(versions))  # every migration ran exactly once
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_syncs_to_a_stick_at_once_never_collide(tmp_path):
    data, stick = tmp_path / "station", tmp_path / "usb"
    enrolled = station_app("collector", "add-station", "buergerhalle-1", "--db",
                           str(tmp_path / "c.db"), "-o", str(tmp_path / "e.json"),
                           data_dir=tmp_path)
    assert enrolled.returncode == 0, enrolled.stderr
    assert station_app("sync", "--install-enrolment", str(tmp_path / "e.json"),
                       data_dir=data).returncode == 0
    lines = ["prompt;topic;text"] + [f"idee;wohnen;Papierkarte {i}" for i in range(1200)]
    (tmp_path / "p.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert station_app("cards", "import", str(tmp_path / "p.csv"), data_dir=data).returncode == 0
    children = [_start("sync", "--to-dir", str(stick), data_dir=data) for _ in range(2)]
    results = [(child.wait(120), child.stderr.read().decode()) for child in children]
    assert all(code == 0 for code, _ in results), results
    documents = [json.loads(path.read_bytes()) for path in sorted(stick.glob("*.batch.json"))]
    seqs = [document["seq"] for document in documents]
    assert len(seqs) == len(set(seqs)) == 3  # 1,200 cards in batches of 500
    uuids = [card["uuid"] for document in documents for card in document["cards"]]
    assert len(uuids) == len(set(uuids)) == 1200
