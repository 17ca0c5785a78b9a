"""Every page of the facilitator dashboard at 1280×800, 1920×1080 and 800×1280, with normal
and large text, in every language the station offers.

Writes ``screenshots/dashboard-<size>[-large]-<language>/<nn>-<page>.png`` (git-ignored) for
people to open and judge, and fails when anything on a page does not fit
(``tests/qml/geometry.py``): outside the window, cut off, elided or overlapping.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.intake import CardDraft
from tests.qml.conftest import SIZES
from tests.qml.geometry import layout_problems
from tests.qml.test_dashboard_touch import open_dashboard
from tests.qml.test_screenshots import LANGUAGES

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PAGES = ("overview", "cards", "sessions", "paper", "export", "devices")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_dashboard_page(open_kiosk, kiosk_config, size: str, large: bool,
                              language: str):
    folder = SCREENSHOTS / f"dashboard-{size}{'-large' if large else ''}-{language}"
    folder.mkdir(parents=True, exist_ok=True)
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    driver.station.sessions.open("Dortmunder Stadtgespräch – Stadtkonferenz in der Bürgerhalle")
    for text in ("Mehr Schatten auf den Spielplätzen der Nordstadt und Trinkbrunnen an den "
                 "Haltestellen, damit Kinder und ältere Menschen im Sommer draußen sein können.",
                 "Bezahlbarer Wohnraum für junge Familien."):
        driver.station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen", text=text,
                                               district_id="innenstadt-nord"))
    driver.tap(f"language_{language}")
    if large:
        driver.tap("start_largeText")
    open_dashboard(driver)
    problems: list[str] = []
    for number, page in enumerate(PAGES):
        driver.tap(f"nav_{page}")
        driver.qtbot.waitUntil(driver.settled)
        assert driver.window.grabWindow().save(str(folder / f"{number:02d}-{page}.png"))
        problems.extend(f"{page}: {problem}" for problem in layout_problems(driver.window))
    assert problems == [], "\n".join(problems)
