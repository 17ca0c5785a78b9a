"""Every screen in every language of the embedded station, with text at 100 % and at 150 %:
all ten languages (German, Leichte Sprache and eight more) at 1280×800 and at 800×1280,
German, Leichte Sprache and English at 1920×1080 too. Text at 200 % (the second step of
"Große Schrift", WCAG 1.4.4): German at all three sizes, Arabic (right to left), Russian and
Leichte Sprache at 1280×800 and 800×1280.

Writes ``screenshots/<size>[-large|-200]-<language>/<nn>-<screen>.png`` (git-ignored) for
people to open and judge, and fails when anything on any of them does not fit: a text or
control outside the window, under the keyboard, cut off, elided, or a field that scrolls
sideways (``tests/qml/geometry.py``) – the things a picture shows but a functional test does
not notice. The start screen's language choice shows all ten pills at every size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from station_app.app import KioskTiming
from station_app.config import KIOSK_LANGUAGES
from tests.qml.conftest import NINE_LANGUAGES, SIZES, walk_every_screen
from tests.qml.geometry import keyboard_top, layout_problems

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

LARGEST_LANGUAGES = ("ar", "ru", "ls")
"""Shown with text at 200 % besides German (at every size): right to left, the longest
words (Cyrillic), the longest texts (Leichte Sprache)."""
LARGEST_CASES = [(size, language) for size in SIZES for language in ("de", *LARGEST_LANGUAGES)
                 if language == "de" or size in EVERY_LANGUAGE_SIZES]

TEXT_STEPS = {0: "", 1: "-large", 2: "-200"}
"""How many taps on "Große Schrift" (100 %, 150 %, 200 %) and the screenshot folder's
suffix."""


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


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def held_still(item: QQuickItem) -> Callable[[], bool]:
    """For ``waitUntil``: true once ``item`` is where it was at the last look (the step has
    scrolled it into view)."""
    seen: list[QRectF] = []

    def check() -> bool:
        now = scene_rect(item)
        still = bool(seen) and seen[-1] == now
        seen.append(now)
        return still

    return check


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


@pytest.mark.parametrize("text_step", [0, 1, 2], ids=["normal", "large", "200"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_language_choice_fits_ten_languages(open_kiosk, kiosk_config, size: str,
                                                 text_step: int):
    """Ten pills, each in its own language, wrapped into rows: each big enough to tap,
    inside the window (at 200 % once the start screen is scrolled to its end), apart from
    the others, named and checked for a screen reader; "Leichte Sprache" right after
    "Deutsch"."""
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    prepare(driver, "uk", text_step)
    driver.qtbot.waitUntil(driver.settled)
    # with text at 200 % the start screen scrolls: the choice is at its end
    page = driver.wait_for("startPage")
    page.setProperty("contentY", max(0.0, page.property("contentHeight") - page.height()))
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


def prepare(driver, language: str, text_step: int) -> None:
    """Choose ``language`` and tap "Große Schrift" ``text_step`` times (1: 150 %, 2: 200 %)."""
    driver.tap(f"language_{language}")
    driver.qtbot.waitUntil(
        lambda: driver.kiosk.bridges.language.property("language") == language)
    for _ in range(text_step):
        driver.tap("start_largeText")
    theme = driver.kiosk.engine.singletonInstance("ui", "Theme")
    driver.qtbot.waitUntil(lambda: theme.property("textStep") == text_step)


SCREENS = 13
"""What ``check_every_screen`` shows: start, PIN pad, prompt, topic, write (keyboard open),
details, contact, contact with the keyboard open, the privacy notice, review, review with its
error, thanks, the inactivity warning."""


def check_every_screen(open_kiosk, kiosk_config, size: str, language: str,
                       text_step: int) -> None:
    """Screenshot and check every screen of ``language`` at ``size`` and ``text_step``."""
    folder = SCREENSHOTS / f"{size}{TEXT_STEPS[text_step]}-{language}"
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.png"):  # of an earlier run, perhaps under another name
        stale.unlink()
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    prepare(driver, language, text_step)
    problems: list[str] = []
    written: list[Path] = []

    def shoot(screen: str, window) -> None:
        path = folder / f"{len(written):02d}-{screen}.png"
        assert window.grabWindow().save(str(path))
        written.append(path)
        problems.extend(f"{screen}: {problem}" for problem in problems_of(window))

    def visit(screen: str) -> None:
        driver.qtbot.waitUntil(driver.settled)
        shoot(screen, driver.window)
        if screen == "contact":  # the address being written, then the privacy notice
            driver.tap("contactEmail")
            driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
            driver.qtbot.waitUntil(lambda: driver.find("emailHelpers") is not None)
            driver.qtbot.waitUntil(held_still(driver.find("emailGroup")))
            field = scene_rect(driver.find("contactEmail"))
            top = keyboard_top(driver.window)
            assert top is not None and field.top() >= 0 and field.bottom() <= top + 1.5, \
                f"the address field ({field}) is not in view above the keyboard ({top})"
            shoot("contact-keyboard", driver.window)
            driver.tap("contactPrivacy")
            driver.wait_for("noticeText")
            shoot("privacy", driver.window)
            driver.tap("noticeClose")
            driver.qtbot.waitUntil(lambda: driver.gone("noticePanel"))

    walk_every_screen(driver, visit)

    # The inactivity warning, on a kiosk that waits only briefly.
    quick = open_kiosk(kiosk_config, size=SIZES[size],
                       timing=KioskTiming(300, 30, 60_000, 1000))
    prepare(quick, language, text_step)
    quick.tap("startParticipate")
    quick.wait_for("inactivityOverlay")
    shoot("inactivity", quick.window)

    assert len(written) == SCREENS
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("text_step", [0, 1], ids=["normal", "large"])
@pytest.mark.parametrize(("size", "language"), CASES)
def test_every_screen(open_kiosk, kiosk_config, size: str, text_step: int, language: str):
    check_every_screen(open_kiosk, kiosk_config, size, language, text_step)


@pytest.mark.slow
@pytest.mark.parametrize(("size", "language"), LARGEST_CASES)
def test_every_screen_at_200_percent(open_kiosk, kiosk_config, size: str, language: str):
    check_every_screen(open_kiosk, kiosk_config, size, language, 2)
