"""A report of any size: ``report_of(texts, ...)`` stores the cards and writes the PDF."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from station_app.export.exporter import Exporter, ExportResult
from station_app.intake import CardDraft

LONG_EVENT = ("Dortmunder Stadtgespräch – Stadtkonferenz „Ausgangsbilder und Zukunftsbilder "
              "für die Stadtstrategie 2035“ in der Bürgerhalle des Rathauses")
_WORDS = ["Mehr", "Bänke", "im", "Park", "und", "Schatten", "an", "Haltestellen,",
          "bezahlbarer", "Wohnraum", "für", "Familien,", "Radwege", "bis", "in", "die",
          "Vororte,", "Kultur", "Quartier,", "Grün", "statt", "Grau,", "Treffpunkte", "Jung",
          "Alt,", "längere", "Öffnungszeiten", "der", "Bibliotheken", "Ümläute", "&", "<b>"]


def card_texts(count: int, seed: int = 7, longest: int = 1000) -> list[str]:
    """``count`` different texts, from one line to ``longest`` characters, every fifth
    one as long as the kiosk allows."""
    rng = random.Random(seed)
    texts = []
    for number in range(count):
        length = longest if number % 5 == 0 else rng.randint(20, longest // 2)
        words = [f"Karte{number:04d}:"]
        while len(" ".join(words)) < length:
            words.append(rng.choice(_WORDS))
        texts.append(" ".join(words)[:length].rstrip(" ,"))
    return texts


ReportOf = Callable[..., tuple[Path, ExportResult]]


@pytest.fixture
def report_of(station, clock, tmp_path) -> ReportOf:
    """Store cards with ``texts`` (spread over prompts, topics, districts, age groups and
    sources) in an open session and write the report, with the event name and the logo
    setting given."""

    def make(texts: list[str], *, event_name: str | None = None, logo: str | None = None,
             name: str = "bericht.pdf") -> tuple[Path, ExportResult]:
        config = station.config
        if event_name is not None:
            config = dataclasses.replace(
                config, event=dataclasses.replace(config.event, name=event_name))
        if logo is not None:
            config = dataclasses.replace(
                config, report=dataclasses.replace(config.report, logo=logo))
        if station.sessions.current() is None:
            station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
        prompts, topics = station.config.prompts, station.config.topics
        districts = [None, *station.config.districts]
        ages = [None, *station.config.age_groups]
        if texts:
            station.intake.submit_all([CardDraft(
                prompt_id=prompts[i % len(prompts)].id,
                topic_id=topics[(i // 2) % len(topics)].id, text=text,
                district_id=getattr(districts[i % len(districts)], "id", None),
                age_group_id=getattr(ages[i % len(ages)], "id", None),
                source="paper" if i % 3 == 0 else "kiosk") for i, text in enumerate(texts)])
        path = tmp_path / name
        result = Exporter(station.db, config, clock).write("pdf", path)
        return path, result

    return make
