"""The PDF report: text extracted with pypdf shows the cover, the charts, the groups and
every card (the pages themselves: test_pdf_pages, the title page: test_pdf_title)."""

from __future__ import annotations

import dataclasses
import re

import pypdf
import pytest

from station_app.config import Choice
from station_app.export.exporter import Exporter
from station_app.export.pdf_fonts import font_file
from station_app.intake import CardDraft
from station_app.storage.moderation import Moderation
from tests.unit.export.pdf_reading import pages


def _submit(station, clock, text, **fields):
    clock.advance(120)
    values = {"prompt_id": "idee", "topic_id": "wohnen", "text": text}
    values.update(fields)
    return station.intake.submit(CardDraft(**values))


@pytest.fixture
def report(station, clock, tmp_path):
    station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
    _submit(station, clock, "Mehr Grünflächen & Bäume <im> Quartier", prompt_id="heute",
            topic_id="wohnen", district_id="hoerde")
    _submit(station, clock, "Größere Spielplätze, Straßenfeste – çok güzel, Żółć, Київ",
            prompt_id="heute", topic_id="kultur", source="paper")
    _submit(station, clock, "Ein Treffpunkt für Jung und Alt\nin jedem Quartier",
            topic_id="anderes")
    hidden = _submit(station, clock, "Geheime Telefonnummer 0170 999", prompt_id="erhalten")
    Moderation(station.db, station.audit, clock).hide(hidden.code, "Telefonnummer")
    for i in range(60):  # enough to run over several pages
        _submit(station, clock, f"Weitere Idee Nummer {i} für einen lebendigen Hafen",
                prompt_id="herausforderungen", topic_id="arbeit")
    path = tmp_path / "bericht.pdf"
    result = Exporter(station.db, station.config, clock).write("pdf", path)
    reader = pypdf.PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    return result, reader, pages


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_cover_names_event_session_station_span_totals_and_hidden(report):
    result, _, pages = report
    cover = _flat(pages[0])
    assert "Ergebnisbericht" in cover
    assert "Dortmunder Stadtgespräch – Stadtkonferenz" in cover
    assert "Umfang Sitzung 1: Stadtkonferenz 28.09. – Station Wohnen" in cover
    assert "Beteiligungsstation Bürgerhalle (buergerhalle-1)" in cover
    assert "Karten im Bericht 63" in cover and "davon Papierkarten 1" in cover
    assert "Ausgeblendete Karten 1 (nicht im Bericht enthalten)" in cover
    assert re.search(r"Zeitraum der Karten 28\.09\.2026, \d\d:\d\d – \d\d:\d\d Uhr", cover)
    assert result.cards == 63 and result.hidden == 1


def test_charts_per_prompt_topic_age_group_and_district_before_the_cards(report):
    _, _, pages = report
    overview = _flat(pages[1])
    assert overview.startswith("Überblick Karten je Frage")
    assert "Karten je Themenfeld" in overview and "Karten je Altersgruppe" in overview
    text = _flat(" ".join(pages))
    charts = [text.index(f"Karten je {name}")
              for name in ("Frage", "Themenfeld", "Altersgruppe", "Stadtbezirk")]
    assert charts == sorted(charts)
    assert charts[-1] < text.index("Die Karten nach Frage und Themenfeld")
    # A prompt with cards in more than one topic gets its own chart.
    assert text.count("Themenfelder zu dieser Frage") == 1


def test_every_visible_card_grouped_by_prompt_and_topic_and_no_hidden_card(report):
    _, _, pages = report
    text = _flat(" ".join(pages))
    assert "Mehr Grünflächen & Bäume <im> Quartier" in text
    assert "Größere Spielplätze, Straßenfeste – çok güzel, Żółć, Київ" in text
    assert "Ein Treffpunkt für Jung und Alt in jedem Quartier" in text
    assert "Weitere Idee Nummer 59 für einen lebendigen Hafen" in text
    assert "0170 999" not in text and "Telefonnummer" not in text
    heute = text.index("Frage: Was macht Dortmund heute aus? (2 Karten)")
    wohnen = text.index("Themenfeld: Wohnen und Quartiersleben (1 Karte)")
    kultur = text.index("Themenfeld: Kultur, Gemeinschaft und Freizeit (1 Karte)")
    herausforderungen = text.index("Frage: Welche Herausforderungen kommen auf Dortmund zu?")
    idee = text.index("Frage: Meine Idee für Dortmund (1 Karte)")
    assert heute < kultur < wohnen < herausforderungen < idee  # config order
    assert text.index("Themenfeld: Anderes Thema (1 Karte)") > idee
    assert "Papierkarte" in text and "Hörde" in text


def test_page_numbers_date_and_embedded_font(report):
    _, reader, pages = report
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in text
        assert re.search(r"erstellt am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr", text)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()
            fonts.add(descriptor["/BaseFont"])
    assert any("DejaVuSans" in name for name in fonts)
    assert reader.metadata.title.startswith("Ergebnisbericht")


def test_font_comes_from_the_shipped_resources_when_present():
    path = font_file("DejaVuSans")
    assert path.is_file() and path.suffix == ".ttf"


def test_empty_session_still_gives_a_readable_report(station, clock, tmp_path):
    station.sessions.open("Leer")
    path = tmp_path / "leer.pdf"
    result = Exporter(station.db, station.config, clock).write("pdf", path)
    text = _flat(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    assert result.cards == 0
    assert "keine sichtbaren Karten" in text and "Karten im Bericht 0" in text


def test_a_chart_of_very_many_choices_still_fits_one_page(station, clock, tmp_path):
    station.sessions.open("Viele Bezirke")
    station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen", text="Mehr Bänke",
                                    district_id="hoerde"))
    many = [*station.config.districts,
            *(Choice(id=f"bezirk-{n}", label=f"Ortsteil Nummer {n}") for n in range(50))]
    config = dataclasses.replace(station.config, districts=many)
    path = tmp_path / "viele.pdf"
    assert Exporter(station.db, config, clock).write("pdf", path).cards == 1
    laid_out = pages(path)
    (chart_page,) = [page for page in laid_out if "Karten je Stadtbezirk" in page.text()]
    assert "Ortsteil Nummer 0" in chart_page.text() and "Ortsteil Nummer 49" in chart_page.text()
    assert "Mehr Bänke" in laid_out[-1].text()
