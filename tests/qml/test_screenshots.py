"""Every screen in every language of the embedded station, with normal and large text: all
ten languages (German, Leichte Sprache and eight more) at 1280×800 and at 800×1280, German,
Leichte Sprache and English at 1920×1080 too.

Writes ``screenshots/<size>[-large]-<language>/<nn>-<screen>.png`` (git-ignored) for people
to open and judge, and fails when anything on any of them does not fit: a text or control
outside the window, under the keyboard, cut off, elided, or a field that scrolls sideways
(``tests/qml/geometry.py``) – the things a picture shows but a functional test does not
notice. The start screen's language choice shows all ten pills at every size.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from station_app.app import KioskTiming
from station_app.config import KIOSK_LANGUAGES
from tests.qml.conftest import NINE_LANGUAGES, SIZES, walk_every_screen
from tests.qml.geometry import layout_problems

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

LANGUAGES = ("de", "ls", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru")
"""The languages of the default station (``[kiosk] languages``): every kiosk language,
Leichte Sprache right after German."""

EVERY_LANGUAGE_SIZES = ("1280x800", "800x1280")
"""The sizes every language is shown at: the common landscape one and the narrowest.
(1920×1080 only scales the same layout up; German, Leichte Sprache and English are shown
there.)"""
WIDE_LANGUAGES = ("de", "ls", "en")

CASES = [(size, language) for size in SIZES for language in LANGUAGES
         if size in EVERY_LANGUAGE_SIZES or language in WIDE_LANGUAGES]


@contextmanager
def closed_dashboard_hidden(window) -> Iterator[None]:
    """Main.qml's ``facilitatorArea`` Loader is visible and fills the window even while it
    has loaded nothing; ``layout_problems`` takes it for an open overlay and would check
    only what is inside it (nothing). While the dashboard is closed the empty loader is
    hidden for the check, so the screen under it is really checked."""
    area, stack = None, [window.contentItem()]
    while stack and area is None:
        item = stack.pop(0)
        area = item if item.objectName() == "facilitatorArea" else None
        stack.extend(item.childItems())
    empty = isinstance(area, QQuickItem) and area.isVisible() and area.property("item") is None
    if empty:
        area.setVisible(False)
    try:
        yield
    finally:
        if empty:
            area.setVisible(True)


def problems_of(window) -> list[str]:
    """``layout_problems`` of what is on screen (see ``closed_dashboard_hidden``)."""
    with closed_dashboard_hidden(window):
        return layout_problems(window)


def test_the_default_station_offers_these_languages(kiosk_config):
    assert tuple(kiosk_config.kiosk.languages) == LANGUAGES == KIOSK_LANGUAGES


def test_the_nine_language_station_offers_nine(kiosk_config_nine):
    assert tuple(kiosk_config_nine.kiosk.languages) == NINE_LANGUAGES


NATIVE_NAMES = {"de": "Deutsch", "ls": "Leichte Sprache", "en": "English", "tr": "Türkçe",
                "ar": "العربية", "pl": "Polski", "ro": "Română", "bg": "Български",
                "uk": "Українська", "ru": "Русский"}
TOUCH_MINIMUM = 48


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_language_choice_fits_ten_languages(open_kiosk, kiosk_config, size: str,
                                                 large: bool):
    """Ten pills, each in its own language, wrapped into rows: each big enough to tap,
    inside the window, apart from the others, named and checked for a screen reader;
    "Leichte Sprache" right after "Deutsch"."""
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    prepare(driver, "uk", large)
    driver.qtbot.waitUntil(driver.settled)
    with driver.qtbot.waitSignal(driver.window.frameSwapped, timeout=2000):
        driver.window.update()  # every layout pass of the switch has run
    QAccessible.setActive(True)
    window = QRectF(0, 0, driver.window.width(), driver.window.height())
    pills = {code: driver.wait_for(f"language_{code}") for code in LANGUAGES}
    rects = {code: pill.mapRectToScene(QRectF(0, 0, pill.width(), pill.height()))
             for code, pill in pills.items()}
    problems = []
    for code, pill in pills.items():
        area = rects[code]
        if pill.property("text") != NATIVE_NAMES[code]:
            problems.append(f"{code} is called {pill.property('text')!r}")
        if area.width() < TOUCH_MINIMUM or area.height() < TOUCH_MINIMUM:
            problems.append(f"{code} is {area.width():.0f}×{area.height():.0f} px")
        if not window.contains(area):
            problems.append(f"{code} leaves the window ({area})")
        problems.extend(f"{code} and {other} overlap" for other, rect in rects.items()
                        if other > code and rect.intersects(area))
        iface = QAccessible.queryAccessibleInterface(pill)
        if iface.role() != QAccessible.Role.RadioButton:
            problems.append(f"{code} has the role {iface.role()}")
        if iface.text(QAccessible.Text.Name) != NATIVE_NAMES[code]:
            problems.append(f"{code} is named {iface.text(QAccessible.Text.Name)!r}")
        if bool(iface.state().checked) is not (code == "uk"):
            problems.append(f"{code} is {'not ' * (code == 'uk')}checked")
    assert problems == [], "\n".join(problems)
    assert len({round(rect.top()) for rect in rects.values()}) > 1  # ten wrap into rows
    german, easy = rects["de"], rects["ls"]  # next in reading order: same row, or the next
    assert (round(easy.top()) == round(german.top()) and easy.left() > german.right()) or \
        easy.top() >= german.bottom()
    problems_here = problems_of(driver.window)
    assert problems_here == [], "\n".join(problems_here)


def prepare(driver, language: str, large: bool) -> None:
    driver.tap(f"language_{language}")
    driver.qtbot.waitUntil(
        lambda: driver.kiosk.bridges.language.property("language") == language)
    if large:
        driver.tap("start_largeText")


@pytest.mark.slow
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize(("size", "language"), CASES)
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
        problems.extend(f"{screen}: {problem}" for problem in problems_of(driver.window))

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
    problems.extend(f"inactivity: {problem}" for problem in problems_of(quick.window))

    assert len(written) == 11
    assert problems == [], "\n".join(problems)
