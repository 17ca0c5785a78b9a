"""The command line end to end: enrol, sync, USB batch files, import, export, reconcile."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tests.e2e.collector_process import CollectorProcess, free_port, run_cli

pytestmark = pytest.mark.slow


def test_station_and_collector_command_lines(tmp_path, collector_db):
    station = ["--data-dir", str(tmp_path / "station")]
    with CollectorProcess(collector_db, log=tmp_path / "collector.log") as collector:
        enrolment = tmp_path / "enrolment.json"
        out = run_cli("collector", "add-station", "buergerhalle-1", "--db", str(collector_db),
                      "-o", str(enrolment), "--url", collector.url)
        assert out.returncode == 0 and "registered" in out.stdout, out.stderr

        missing = run_cli(*station, "sync")
        assert missing.returncode == 2 and "enrolment" in missing.stderr
        assert missing.stderr.count("\n") == 1  # one line, no traceback

        out = run_cli(*station, "sync", "--install-enrolment", str(enrolment))
        assert out.returncode == 0 and "seals contacts for this collector" in out.stdout, \
            out.stderr
        for text in ("Mehr Bänke am Phoenix-See", "Bessere Radwege"):
            assert run_cli(*station, "cards", "add", "--prompt", "idee", "--topic", "wohnen",
                           "--text", text).returncode == 0
        out = run_cli(*station, "sync")
        assert out.returncode == 0 and "2 of 2 card(s) synced" in out.stdout, out.stderr

        # Offline day: more cards go onto a USB stick as batch files.
        for i in range(3):
            run_cli(*station, "cards", "add", "--prompt", "heute", "--topic", "kultur",
                    "--text", f"Stickkarte {i}")
        stick = tmp_path / "usb"
        out = run_cli(*station, "sync", "--to-dir", str(stick))
        assert out.returncode == 0 and "1 batch file(s)" in out.stdout, out.stderr
        (batch_file,) = stick.glob("*.batch.json")
        assert (stick / "buergerhalle-1.heartbeat.json").is_file()
        out = run_cli("collector", "import", "--db", str(collector_db), str(batch_file))
        assert out.returncode == 0 and "3 card(s) stored" in out.stdout, out.stderr
        out = run_cli("collector", "import", "--db", str(collector_db), str(batch_file))
        assert "received before, nothing changed" in out.stdout

        bad = tmp_path / "kaputt.batch.json"
        bad.write_bytes(batch_file.read_bytes().replace(b"Stickkarte 1", b"Stickkarte X"))
        out = run_cli("collector", "import", "--db", str(collector_db), str(bad))
        assert out.returncode == 2 and "refused" in out.stdout
        pipe = tmp_path / "pipe.batch.json"
        os.mkfifo(pipe)
        out = run_cli("collector", "import", "--db", str(collector_db), str(pipe), str(bad),
                      str(batch_file))
        lines = out.stdout.splitlines()
        assert out.returncode == 2 and len(lines) == 4, out.stdout
        assert "device or a pipe" in lines[0] and "refused" in lines[1]
        assert "received before" in lines[2]
        assert lines[3] == "3 file(s): 0 imported, 1 received before, 2 refused"
        assert out.stderr.strip() == "station-app: error: 2 of 3 file(s) refused (see above)"

        # Online again: the USB batch is acknowledged as already received.
        out = run_cli(*station, "sync")
        assert out.returncode == 0 and "5 of 5 card(s) synced" in out.stdout, out.stderr
        status = run_cli(*station, "sync", "--status")
        assert "0 of 5 card(s) pending" in status.stdout

    out = run_cli("collector", "reconcile", "--db", str(collector_db), "--json")
    (line,) = json.loads(out.stdout)
    assert line["complete"] and line["cards_stored"] == 5 and line["missing_seqs"] == []
    export = tmp_path / "alle.json"
    out = run_cli("collector", "export", "--db", str(collector_db), "--format", "json",
                  "-o", str(export))
    assert out.returncode == 0, out.stderr
    texts = {card["text"] for card in json.loads(export.read_text("utf-8"))["cards"]}
    assert "Mehr Bänke am Phoenix-See" in texts and len(texts) == 5
    out = run_cli("collector", "export", "--db", str(collector_db), "--format", "csv",
                  "-o", str(tmp_path / "alle.csv"))
    assert out.returncode == 0 and "5 card(s)" in out.stdout


@pytest.mark.parametrize("command", [("reconcile",), ("export", "--format", "csv", "-o", "x.csv"),
                                     ("serve", "--port", str(free_port()))])
def test_collector_commands_refuse_a_station_database(tmp_path, command):
    station = tmp_path / "station"
    assert run_cli("--data-dir", str(station), "cards", "add", "--prompt", "idee", "--topic",
                   "wohnen", "--text", "Mehr Bänke").returncode == 0
    database = station / "station.db"
    before = database.read_bytes()
    out = run_cli("collector", *command, "--db", str(database))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "this is a station's database" in out.stderr
    assert database.read_bytes() == before  # no collector tables added to it
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE kunden (name TEXT)").connection.commit()
    out = run_cli("collector", *command, "--db", str(foreign))
    assert out.returncode == 2 and "not a collector database" in out.stderr
