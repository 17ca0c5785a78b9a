"""The dashboard on a touch-only tablet: the on-screen keyboard for every text field, and the
dashboard's own idle time with the warning on top and a half-typed paper card kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from station_app.app import KioskTiming
from tests.qml.conftest import SIZES
from tests.qml.geometry import keyboard_top, layout_problems
from tests.qml.test_keyboard_style import keys, tap_key

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"

# The attendee flow waits a minute; the dashboard locks after 700 ms of quiet and a
# countdown of 20 "seconds" ticking every 25 ms.
DASHBOARD_QUICK = KioskTiming(inactivity_ms=60_000, warning_seconds=20, thank_you_ms=60_000,
                              tick_ms=25, dashboard_ms=700)


def open_dashboard(driver) -> None:
    driver.open_dashboard()


def drawn_above(upper: QQuickItem, lower: QQuickItem) -> bool:
    """Whether ``upper`` is painted over ``lower``: below their nearest common ancestor, the
    branch with the higher z, or the later sibling at equal z, is drawn on top."""
    def chain(item: QQuickItem) -> list[QQuickItem]:
        found = []
        while item is not None:
            found.insert(0, item)
            item = item.parentItem()
        return found

    ups, lows = chain(upper), chain(lower)
    depth = next(i for i, (a, b) in enumerate(zip(ups, lows, strict=False)) if a is not b)
    a, b = ups[depth], lows[depth]
    siblings = ups[depth - 1].childItems()
    return (a.z(), siblings.index(a)) > (b.z(), siblings.index(b))


def _card(driver) -> str:
    from station_app.intake import CardDraft

    return driver.station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen",
                                                  text="Mehr Bänke am Phoenix-See")).code


# How to reach each text field of the dashboard: the taps before the field is shown.
FIELDS = {
    "cardSearch": ["nav_cards"],
    "sessionNameField": ["nav_sessions"],
    "paperText": ["nav_paper"],
    "reasonField": ["nav_cards", "hide_{code}"],
    "reprintCode": ["nav_devices"],
}


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
@pytest.mark.parametrize("field", list(FIELDS))
def test_every_dashboard_field_gets_the_keyboard_above_it(open_kiosk, default_config,
                                                           field, size):
    driver = open_kiosk(default_config, size=SIZES[size])
    code = _card(driver)
    open_dashboard(driver)
    for name in FIELDS[field]:
        driver.tap(name.format(code=code))
    item = driver.wait_for(field)
    driver.scroll_into_view(item)
    driver.tap(field)
    driver.type("Nordstadt")
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    driver.qtbot.waitUntil(lambda: keyboard_top(driver.window) is not None)
    top = keyboard_top(driver.window)
    assert item.property("text").endswith("Nordstadt")

    def field_above_keyboard() -> bool:
        bottom = item.mapToScene(QPointF(0, item.height())).y()
        return bottom <= top + 0.5

    driver.qtbot.waitUntil(field_above_keyboard, timeout=3000)
    # The dashboard ends where the keyboard begins: nothing of it lies underneath.
    area = driver.find("facilitatorArea")
    assert area.mapToScene(QPointF(0, area.height())).y() <= top + 0.5
    # A tap on a key reaches the keyboard (no modal layer swallows it).
    driver.qtbot.waitUntil(lambda: "a" in keys(driver))
    tap_key(driver, "a")
    driver.qtbot.waitUntil(lambda: item.property("text").endswith("Nordstadta"))
    SCREENSHOTS.mkdir(exist_ok=True)
    driver.window.grabWindow().save(str(SCREENSHOTS / f"dashboard-{size}-{field}.png"))
    assert layout_problems(driver.window) == []


def test_the_dashboard_waits_longer_warns_on_top_and_keeps_the_paper_card(
        open_kiosk, default_config):
    driver = open_kiosk(default_config, timing=DASHBOARD_QUICK)
    open_dashboard(driver)
    driver.tap("nav_paper")
    driver.tap("paperPrompt_idee")
    driver.tap("paperTopic_wohnen")
    driver.tap("paperText")
    driver.type("Spielplatz an der Kampstrasse")

    overlay = driver.wait_for("inactivityOverlay")
    driver.qtbot.waitUntil(overlay.isVisible)
    assert "Moderationsmenü" in driver.text_of("inactivityExplanation")
    # The warning is the topmost layer of the window, above the dashboard.
    assert drawn_above(overlay, driver.find("facilitatorHome"))

    # Nobody answers: the dashboard locks and the kiosk shows its start screen.
    driver.wait_step("start", timeout=5000)
    driver.qtbot.waitUntil(lambda: driver.gone("facilitatorHome"))
    assert not driver.kiosk.bridges.pin.property("unlocked")
    assert driver.stored_cards() == []

    # The facilitator comes back: the card is there as it was, marked as a draft.
    open_dashboard(driver)
    driver.tap("nav_paper")
    assert driver.wait_for("paperText").property("text") == "Spielplatz an der Kampstrasse"
    driver.wait_for("paperDraftRestored")  # and it says so
    driver.tap("paperSave")
    driver.qtbot.waitUntil(lambda: len(driver.stored_cards()) == 1)
    card = driver.stored_cards()[0]
    assert (card["text"], card["source"], card["prompt_id"], card["topic_id"]) == (
        "Spielplatz an der Kampstrasse", "paper", "idee", "wohnen")
    driver.qtbot.waitUntil(lambda: driver.gone("paperDraftRestored"))
    assert driver.kiosk.bridges.facilitator.property("paperDraft").get("text") is None


def test_the_attendee_flow_keeps_its_own_shorter_time(open_kiosk, default_config):
    """The dashboard's time is not the flow's: an attendee's draft still goes after 700 ms."""
    quick_flow = KioskTiming(inactivity_ms=700, warning_seconds=20, thank_you_ms=60_000,
                             tick_ms=25, dashboard_ms=60_000)
    driver = open_kiosk(default_config, timing=quick_flow)
    open_dashboard(driver)
    with driver.qtbot.assertNotEmitted(driver.kiosk.idle.timedOut, wait=1200):
        pass
    assert not driver.gone("facilitatorHome")
    driver.tap("facilitatorBack")
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    driver.wait_step("start", timeout=5000)
