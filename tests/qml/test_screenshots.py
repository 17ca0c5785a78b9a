"""Every screen at 1280×800, 1920×1080 and 800×1280, with normal and large text.

Writes ``screenshots/<size>[-large]/<nn>-<screen>.png`` (git-ignored) for people to open and
judge, and fails when any text on any of them overflows its box or leaves the window – the
thing a picture shows but a functional test does not notice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.app import KioskTiming
from tests.qml.conftest import SIZES, Driver, walk_every_screen

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"



def overflowing_texts(driver: Driver) -> list[str]:
    """Visible texts that do not fit their box or stick out of the window."""
    problems = []
    width = driver.window.width()
    for placed in driver.shown_items():
        item = placed.item
        if not item.inherits("QQuickText"):
            continue
        text = item.property("text") or ""
        if not text.strip():
            continue
        short = text[:40].replace("\n", " ")
        if item.property("truncated"):
            problems.append(f"{short!r} is cut off")
        if item.property("contentWidth") > item.width() + 1.5:
            problems.append(f"{short!r} is wider ({item.property('contentWidth'):.0f}) "
                            f"than its box ({item.width():.0f})")
        if item.property("contentHeight") > item.height() + 1.5:
            problems.append(f"{short!r} is taller than its box")
        rect = item.mapRectToScene(item.boundingRect())
        if rect.left() < -1 or rect.right() > width + 1:
            problems.append(f"{short!r} leaves the window ({rect.left():.0f}–{rect.right():.0f})")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_screen(open_kiosk, kiosk_config, size: str, large: bool):
    folder = SCREENSHOTS / (size + ("-large" if large else ""))
    folder.mkdir(parents=True, exist_ok=True)
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    if large:
        driver.tap("start_largeText")
    problems: list[str] = []
    written: list[Path] = []

    def visit(screen: str) -> None:
        driver.qtbot.waitUntil(driver.settled)
        path = folder / f"{len(written):02d}-{screen}.png"
        assert driver.window.grabWindow().save(str(path))
        written.append(path)
        problems.extend(f"{screen}: {problem}" for problem in overflowing_texts(driver))

    walk_every_screen(driver, visit)

    # The inactivity warning, on a kiosk that waits only briefly.
    quick = open_kiosk(kiosk_config, size=SIZES[size],
                       timing=KioskTiming(300, 30, 60_000, 1000))
    if large:
        quick.tap("start_largeText")
    quick.tap("startParticipate")
    quick.wait_for("inactivityOverlay")
    path = folder / f"{len(written):02d}-inactivity.png"
    assert quick.window.grabWindow().save(str(path))
    written.append(path)
    problems.extend(f"inactivity: {problem}" for problem in overflowing_texts(quick))

    assert len(written) == 11
    assert problems == [], "\n".join(problems)
