"""Exports at event scale: CSV of 100,000 cards against a raw dump, the PDF of 10,000 cards.

The CSV floor is the least any CSV export can do: one plain sqlite3 cursor over the same
columns straight into ``csv.writer``, measured in the same run on the same file. Ours also
leaves out hidden cards, adds the config labels, neutralises formula triggers, writes a BOM
and replaces the target atomically with an fsync.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.timing import median_seconds, row
from station_app.cards import new_card
from station_app.config import load_config
from station_app.export.exporter import Exporter
from station_app.paths import database_path, default_config_path
from station_app.station import Station
from station_app.storage import open_database
from station_app.storage.card_rows import CARD_COLUMNS

CSV_CARDS = 100_000
PDF_CARDS = 10_000
_PHRASE = ("Mehr Bänke im Park und Schatten an Haltestellen; bezahlbarer Wohnraum für "
           "Familien, Radwege bis in die Vororte, Kultur im Quartier, Grün statt Grau, "
           "Treffpunkte für Jung und Alt, längere Öffnungszeiten der Bibliotheken")
_WORDS = _PHRASE.split(" ")


def _fill(station: Station, count: int, seed: int) -> None:
    rng = random.Random(seed)
    config = station.config
    session = station.sessions.open(f"Benchmark {count}")
    start = dt.datetime(2026, 9, 28, 9, 0, tzinfo=dt.UTC)
    cards = []
    for i in range(count):
        cards.append(new_card(
            session_id=session.id, station_id=config.station.id,
            prompt_id=rng.choice(config.prompts).id, topic_id=rng.choice(config.topics).id,
            text=" ".join(rng.choices(_WORDS, k=rng.randint(5, 40))),
            district_id=rng.choice([None, *[d.id for d in config.districts]]),
            age_group_id=rng.choice([None, *[a.id for a in config.age_groups]]),
            source=rng.choice(("kiosk", "paper")), now=start + dt.timedelta(seconds=i)))
    station.archive.add_all(cards)


def _floor_csv(db_file: Path, out: Path) -> None:
    connection = sqlite3.connect(db_file)
    try:
        with out.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(
                connection.execute(f"SELECT {', '.join(CARD_COLUMNS)} FROM cards"))
    finally:
        connection.close()


def _floor_pdf(db_file: Path, out: Path) -> None:
    """The least a PDF of the cards can do: each text as a line on a plain canvas."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from station_app.paths import resources_dir

    fonts = sorted((resources_dir() / "fonts").glob("DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("FloorSans", str(fonts[0])))
    canvas = Canvas(str(out), pagesize=A4)
    y = A4[1] - 40
    with sqlite3.connect(db_file) as conn:
        for (text,) in conn.execute("SELECT text FROM cards ORDER BY created_at"):
            if y < 40:
                canvas.showPage()
                y = A4[1] - 40
            canvas.setFont("FloorSans", 9)
            canvas.drawString(40, y, text[:110])
            y -= 12
    canvas.save()


def run() -> list[dict]:
    config = load_config(default_config_path())
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "csv"
        db_file = database_path(data_dir)
        station = Station.assemble(config, data_dir, open_database(db_file))
        _fill(station, CSV_CARDS, seed=5)
        exporter = Exporter(station.db, config)
        ours_path, floor_path = Path(folder) / "ours.csv", Path(folder) / "floor.csv"
        ours = median_seconds(lambda: exporter.write("csv", ours_path), repeats=5)
        floor = median_seconds(lambda: _floor_csv(db_file, floor_path), repeats=5)
        station.close()
        rows.append(row(f"CSV export of {CSV_CARDS:,} cards", ours, "s", floor, "≤ 2×",
                        "plain sqlite3 cursor into csv.writer"))

        data_dir = Path(folder) / "pdf"
        station = Station.assemble(config, data_dir, open_database(database_path(data_dir)))
        _fill(station, PDF_CARDS, seed=6)
        started = time.perf_counter()
        result = Exporter(station.db, config).write("pdf", Path(folder) / "bericht.pdf")
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        _floor_pdf(database_path(data_dir), Path(folder) / "floor.pdf")
        floor = time.perf_counter() - started
        station.close()
        assert result.cards == PDF_CARDS
        rows.append(row(f"PDF report of {PDF_CARDS:,} cards", seconds, "s", floor, "< 60 s",
                        "bare reportlab canvas: every card text as one line, same font"))
    return rows
