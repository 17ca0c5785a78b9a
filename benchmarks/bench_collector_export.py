"""The collector's merged export at city scale: the CSV of 1,000,000 cards.

Ours is the real command, ``collector export --format csv`` (``station_app/collector/
export.py`` over ``export_rows``: one query joining ``office_cards`` with ``cards``, the
batch's event, the group, the latest answers and the latest correction, every card's JSON
read for its labels and session, the status named, formula triggers neutralised, a BOM, an
atomic replace with an fsync), run as its own process so that its peak memory (max RSS)
is its own. The floor, in the same run on the same database, is the least any CSV of
these cards can do: one plain ``sqlite3`` cursor over the same card rows (``cards`` and
``office_cards``, the same cards, the same order) straight into ``csv.writer``.

The database is filled directly (``executemany`` of the rows the ingest would write into
the collector's tables, made by ``CollectorStore.open``), not through ``BatchIngest``: ten
stations of 100,000 cards each, in batches of 500, one event; 1 % hidden, 0.5 %
withdrawn, 5 % in one of 20 answered groups, 1 % answered on their own, 0.5 % corrected.
The full-text index (``office_card_text``) is left empty: the export does not read it.

Peak memory tells whether the export streams: the same export of a tenth of the cards
(``SMALL_CARDS``, same database, ``--event`` of its own small event) is measured too; a
streaming export takes about the same memory for both.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.timing import row
from station_app.collector.store import CollectorStore
from station_app.protocol.codes import CODE_ALPHABET, format_code

CARDS = 1_000_000
SMALL_CARDS = 100_000
"""Cards of the second, small event (part of ``CARDS``)."""
STATIONS = 10
BATCH = 500
GROUPS = 20
REPO = Path(__file__).resolve().parents[1]
_PHRASE = ("Mehr Bänke im Park und Schatten an Haltestellen; bezahlbarer Wohnraum für "
           "Familien, Radwege bis in die Vororte, Kultur im Quartier, Grün statt Grau, "
           "Treffpunkte für Jung und Alt, längere Öffnungszeiten der Bibliotheken")
_WORDS = _PHRASE.split(" ")
_LABELS = {
    "prompt": {"p1": {"de": "Was wünschen Sie sich?", "en": "What do you wish for?"},
               "p2": {"de": "Was fehlt?", "en": "What is missing?"}},
    "topic": {"gruen": {"de": "Grün & Klima", "en": "Green & climate"},
              "mobil": {"de": "Mobilität", "en": "Mobility"},
              "wohnen": {"de": "Wohnen", "en": "Housing"}},
    "district": {"innenstadt-west": {"de": "Innenstadt-West"}, "hoerde": {"de": "Hörde"}},
    "age_group": {"30-49": {"de": "30–49"}, "65+": {"de": "65 und älter"}},
}
_EVENTS = [
    {"key": "2026-11-14-stadtkonferenz", "name": "Stadtkonferenz", "date": "2026-11-14",
     "venue": "Rathaus", "participation_url": "https://www.dortmund.de/stadtgespraech"},
    {"key": "2026-11-21-hoerde", "name": "Bürgerforum Hörde", "date": "2026-11-21",
     "venue": "Bürgerhaus Hörde", "participation_url": "https://www.dortmund.de/stadtgespraech"},
]
_CARD_SQL = ("INSERT INTO cards (uuid, code, station_id, batch_id, created_at,"
             " received_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)")
_OFFICE_SQL = ("INSERT INTO office_cards (uuid, code, event_key, station_id, prompt_id,"
               " topic_id, district_id, age_group_id, source, created_at, received_at, status,"
               " status_at, hidden, withdrawn_at, group_id) VALUES"
               " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_FLOOR_SQL = ("SELECT o.uuid, c.code, c.station_id, c.created_at, c.received_at, o.status,"
              " c.data FROM office_cards o JOIN cards c ON c.uuid = o.uuid"
              " WHERE o.hidden = 0 AND o.withdrawn_at IS NULL"
              " ORDER BY o.station_id, o.created_at, o.uuid")


def _batches(rng: random.Random) -> Iterator[tuple[tuple, list[tuple], list[tuple]]]:
    """Per batch: its ``batches`` row, its ``cards`` rows and its ``office_cards`` rows."""
    start = dt.datetime(2026, 11, 14, 9, 0, tzinfo=dt.UTC)
    per_station = CARDS // STATIONS
    small_from = per_station - SMALL_CARDS // STATIONS  # each station's last cards
    for station in range(STATIONS):
        station_id = f"station-{station + 1:02d}"
        for first in range(0, per_station, BATCH):
            event = _EVENTS[1 if first >= small_from else 0]
            batch_id = str(uuid_module.UUID(int=rng.getrandbits(128), version=4))
            received = (start + dt.timedelta(seconds=first + BATCH)).isoformat()
            cards, office = [], []
            for number in range(first, first + BATCH):
                card_uuid = str(uuid_module.UUID(int=rng.getrandbits(128), version=4))
                code = format_code("".join(rng.choices(CODE_ALPHABET, k=10)))
                created = (start + dt.timedelta(seconds=number)).isoformat()
                prompt, topic = rng.choice(("p1", "p2")), rng.choice(("gruen", "mobil",
                                                                      "wohnen"))
                district = rng.choice((None, "innenstadt-west", "hoerde"))
                age = rng.choice((None, "30-49", "65+"))
                source = "paper" if number % 7 == 0 else "kiosk"
                labels = {"prompt": _LABELS["prompt"][prompt],
                          "topic": _LABELS["topic"][topic]}
                if district:
                    labels["district"] = _LABELS["district"][district]
                if age:
                    labels["age_group"] = _LABELS["age_group"][age]
                text = " ".join(rng.choices(_WORDS, k=rng.randint(5, 40)))
                hidden = number % 100 == 3
                data = {"uuid": card_uuid, "code": code, "session_id": 1,
                        "station_id": station_id, "created_at": created, "prompt_id": prompt,
                        "topic_id": topic, "district_id": district, "age_group_id": age,
                        "language": "de", "source": source,
                        "text": ("=SUMME(A1)" if number % 1000 == 5 else text),
                        "labels": labels, "session": {"uuid": batch_id, "name": "Vormittag"},
                        "hidden": hidden, "config_version": 3}
                cards.append((card_uuid, code, station_id, batch_id, created, received,
                              json.dumps(data, ensure_ascii=False)))
                group = number // 20 % GROUPS + 1 if number % 20 == 1 else None
                office.append((card_uuid, code, event["key"], station_id, prompt, topic,
                               district, age, source, created, received, "received", received,
                               int(hidden), received if number % 200 == 7 else None, group))
            yield ((batch_id, station_id, first // BATCH + 1, received, received, "http",
                    BATCH, 0, BATCH, f"{first:064x}", json.dumps(event, ensure_ascii=False),
                    "{}"), cards, office)


def _fill(path: Path) -> None:
    """The collector database of ``CARDS`` cards, written straight into its tables."""
    CollectorStore.open(path).close()
    rng = random.Random(16)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO stations (station_id, verify_key, enrolled_at)"
                         " VALUES (?, ?, '2026-11-01T00:00:00+00:00')",
                         [(f"station-{n + 1:02d}", "A" * 43 + "=") for n in range(STATIONS)])
        conn.executemany(
            "INSERT INTO office_events (key, name, date, venue, participation_url,"
            " first_received_at) VALUES (?, ?, ?, ?, ?, '2026-11-14T09:00:00+00:00')",
            [(e["key"], e["name"], e["date"], e["venue"], e["participation_url"])
             for e in _EVENTS])
        conn.executemany("INSERT INTO office_labels (kind, id, lang, label) VALUES (?, ?, ?, ?)",
                         [(kind, value, lang, label) for kind, values in _LABELS.items()
                          for value, names in values.items() for lang, label in names.items()])
        at = "2026-11-20T10:00:00+00:00"
        conn.executemany("INSERT INTO office_groups (id, name, created_at, created_by)"
                         " VALUES (?, ?, ?, 'bench')",
                         [(n, f"Thema {n}", at) for n in range(1, GROUPS + 1)])
        conn.executemany("INSERT INTO office_answers (group_id, text, at, actor)"
                         " VALUES (?, ?, ?, 'bench')",
                         [(n, "Die Stadt nimmt das in die Planung auf.", at)
                          for n in range(1, GROUPS + 1)])
        answered, corrected = [], []
        for number, (batch, cards, office) in enumerate(_batches(rng)):
            conn.execute("INSERT INTO batches (batch_id, station_id, seq, created_at,"
                         " received_at, via, card_count, contact_count, cards_stored,"
                         " manifest_sha256, event, totals) VALUES"
                         " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
            conn.executemany(_CARD_SQL, cards)
            conn.executemany(_OFFICE_SQL, office)
            answered.extend((card[0], "Danke, das prüfen wir.", at)
                            for card in cards[10::100])
            corrected.extend((card[0], "Korrigiert: mehr Bäume.", at)
                             for card in cards[50::200])
            if number % 200 == 199:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
        conn.executemany("INSERT INTO office_answers (card_uuid, text, at, actor)"
                         " VALUES (?, ?, ?, 'bench')", answered)
        conn.executemany("INSERT INTO office_corrections (card_uuid, text, at)"
                         " VALUES (?, ?, ?)", corrected)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def _floor(db: Path, out: Path) -> tuple[float, int]:
    """Seconds for the plain query into ``csv.writer``, and the rows written."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    count = 0
    try:
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            for found in conn.execute(_FLOOR_SQL):
                writer.writerow(found)
                count += 1
    finally:
        conn.close()
    return time.perf_counter() - started, count


def _ours(db: Path, out: Path, *options: str) -> tuple[float, int, str]:
    """Seconds and peak memory (KiB) of ``collector export --format csv``, and its line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "station_app", "collector", "export", "--db", str(db),
         "--format", "csv", "-o", str(out), *options], cwd=REPO, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert process.stdout is not None and process.stderr is not None
    said, problem = process.stdout.read(), process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"collector export failed: {problem.decode(errors='replace')}")
    return seconds, usage.ru_maxrss, said.decode().strip()


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _line in handle)


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "collector.db"
        started = time.perf_counter()
        _fill(db)
        fill_seconds = time.perf_counter() - started
        print(f"  filled {CARDS:,} cards in {fill_seconds:.0f} s", file=sys.stderr)
        floor, floor_count = _floor(db, folder / "floor.csv")
        (folder / "floor.csv").unlink()
        ours, peak, said = _ours(db, folder / "ours.csv")
        lines = _lines(folder / "ours.csv") - 1  # the heading
        (folder / "ours.csv").unlink()
        if lines != floor_count:
            raise RuntimeError(f"the export wrote {lines} cards, the floor {floor_count}"
                               f" ({said})")
        _small, small_peak, _said = _ours(db, folder / "small.csv", "--event",
                                          _EVENTS[1]["key"])
    floor_name = ("plain sqlite3 query of the same cards (cards ⨝ office_cards, same order)"
                  " into csv.writer")
    return [
        row(f"collector CSV export of {CARDS:,} cards (collector export)", ours, "s", floor,
            "≤ 3×", floor_name),
        row(f"collector export peak memory, {CARDS:,} cards", peak / 1024, "MiB",
            small_peak / 1024, "≤ 1.5× (streams)",
            f"the same export of {SMALL_CARDS:,} cards (one event)"),
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
