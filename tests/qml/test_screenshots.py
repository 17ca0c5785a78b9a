"""Every screen at 1280×800, 1920×1080 and 800×1280, with normal and large text, in every
language the station offers.

Writes ``screenshots/<size>[-large]-<language>/<nn>-<screen>.png`` (git-ignored) for people
to open and judge, and fails when anything on any of them does not fit: a text or control
outside the window, under the keyboard, cut off, elided, or a field that scrolls sideways
(``tests/qml/geometry.py``) – the things a picture shows but a functional test does not
notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.app import KioskTiming
from tests.qml.conftest import SIZES, walk_every_screen
from tests.qml.geometry import layout_problems

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"



LANGUAGES = ("de", "en")
"""The languages of the default station (``[kiosk] languages``)."""


def test_the_default_station_offers_these_languages(kiosk_config):
    assert tuple(kiosk_config.kiosk.languages) == LANGUAGES


def prepare(driver, language: str, large: bool) -> None:
    driver.tap(f"language_{language}")
    if large:
        driver.tap("start_largeText")


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_screen(open_kiosk, kiosk_config, size: str, large: bool, language: str):
    folder = SCREENSHOTS / f"{size}{'-large' if large else ''}-{language}"
    folder.mkdir(parents=True, exist_ok=True)
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    prepare(driver, language, large)
    problems: list[str] = []
    written: list[Path] = []

    def visit(screen: str) -> None:
        driver.qtbot.waitUntil(driver.settled)
        path = folder / f"{len(written):02d}-{screen}.png"
        assert driver.window.grabWindow().save(str(path))
        written.append(path)
        problems.extend(f"{screen}: {problem}" for problem in layout_problems(driver.window))

    walk_every_screen(driver, visit)

    # The inactivity warning, on a kiosk that waits only briefly.
    quick = open_kiosk(kiosk_config, size=SIZES[size],
                       timing=KioskTiming(300, 30, 60_000, 1000))
    prepare(quick, language, large)
    quick.tap("startParticipate")
    quick.wait_for("inactivityOverlay")
    path = folder / f"{len(written):02d}-inactivity.png"
    assert quick.window.grabWindow().save(str(path))
    written.append(path)
    problems.extend(f"inactivity: {problem}" for problem in layout_problems(quick.window))

    assert len(written) == 11
    assert problems == [], "\n".join(problems)
