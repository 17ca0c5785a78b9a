"""The title page tells a council member what the report is about before they turn a page."""

from __future__ import annotations

from tests.unit.export.conftest import LONG_EVENT, card_texts
from tests.unit.export.pdf_reading import pages


def _title(path) -> str:
    return " ".join(pages(path)[0].text().split())


def test_title_page_names_the_event_date_place_station_scope_and_card_count(report_of):
    path, result = report_of(card_texts(300), event_name=LONG_EVENT)
    title = _title(path)
    assert result.cards == 300
    assert title.startswith("Ergebnisbericht " + LONG_EVENT)  # the whole name, wrapped
    assert "28.09.2026 · Bürgerhalle im Rathaus, Friedensplatz 1, 44135 Dortmund" in title
    assert "300 Beteiligungskarten" in title and "Karten im Bericht 300" in title
    assert "davon Papierkarten 100" in title
    assert "Station Beteiligungsstation Bürgerhalle (buergerhalle-1)" in title
    assert "Umfang Sitzung 1: Stadtkonferenz 28.09. – Station Wohnen" in title
    assert "Zeitraum der Karten 28.09.2026, " in title


def test_a_report_of_all_sessions_names_them(station, clock, report_of, tmp_path):
    from station_app.export.exporter import Exporter

    for name in ("Vormittag", "Nachmittag"):
        station.sessions.open(name)
        report_of([f"Karte aus dem {name}"])
    path = tmp_path / "alle.pdf"
    Exporter(station.db, station.config, clock).write("pdf", path, all_sessions=True)
    title = _title(path)
    assert "Umfang alle Sitzungen (2): Vormittag, Nachmittag" in title
    assert "2 Beteiligungskarten" in title


def test_one_card_is_counted_in_the_singular(report_of):
    path, _ = report_of(["Mehr Bänke im Park"])
    assert "1 Beteiligungskarte " in _title(path) + " "


def test_no_cards_gives_a_single_page_that_says_so(report_of):
    path, result = report_of([])
    laid_out = pages(path)
    assert result.cards == 0 and len(laid_out) == 1
    title = " ".join(laid_out[0].text().split())
    assert "0 Beteiligungskarten" in title and "Zeitraum der Karten –" in title
    assert "In diesem Zeitraum sind keine sichtbaren Karten eingegangen." in title
