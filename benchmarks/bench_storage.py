"""Card commit through the app's intake vs a raw, equally durable sqlite3 insert."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from pathlib import Path

from benchmarks.timing import median_seconds, row
from station_app.config import load_config
from station_app.intake import CardDraft
from station_app.paths import database_path, default_config_path
from station_app.station import Station
from station_app.storage import open_database

CARDS = 200


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "app"
        station = Station.assemble(load_config(default_config_path()), data_dir,
                                   open_database(database_path(data_dir)))
        draft = CardDraft(prompt_id="idee", topic_id="wohnen",
                          text="Mehr Bänke und Schatten am Phoenix-See")

        def app_commits() -> None:
            for _ in range(CARDS):
                station.intake.submit(draft)

        raw = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("CREATE TABLE cards (uuid TEXT PRIMARY KEY, code TEXT, text TEXT,"
                    " created_at TEXT)")

        def raw_commits() -> None:
            for _ in range(CARDS):
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO cards VALUES (?, ?, ?, ?)",
                            [str(uuid.uuid4()), "ABC-DEF-GHJK", draft.text,
                             "2026-09-28T10:00:00+00:00"])
                raw.execute("COMMIT")

        ours = median_seconds(app_commits, repeats=5) / CARDS
        floor = median_seconds(raw_commits, repeats=5) / CARDS
        station.close()
        raw.close()
    return [row("card commit (durable, WAL + synchronous=FULL)", ours * 1000, "ms/card",
                floor * 1000, "", "raw sqlite3 durable insert")]
