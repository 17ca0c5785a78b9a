"""„Große Schrift“ in two steps (WCAG 1.4.4): each tap goes 100 % → 150 % → 200 % → 100 %, on
the start screen and on every step; the toggle shows the size and tells a screen reader;
every new attendee starts at 100 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from station_app.app import KioskTiming
from station_app.qml.speech import ENGINE_VARIABLE
from tests.qml.conftest import SIZES, Driver
from tests.qml.test_dashboard_touch import open_dashboard

TOUCH_MINIMUM = 48
CYCLE = [(1, 1.5, "150\u00a0%"), (2, 2.0, "200\u00a0%"), (0, 1.0, "")]
"""After each tap: Theme.textStep, Theme.textScale and the size the toggle shows."""


def theme(driver: Driver) -> QObject:
    return driver.kiosk.engine.singletonInstance("ui", "Theme")


def size_shown(driver: Driver, toggle: str) -> str:
    """The size written on the toggle ("" while it shows none)."""
    for placed in driver.walk():
        if placed.shown and placed.item.objectName() == "textSizeValue" \
                and _inside(driver, placed.item, toggle):
            return placed.item.property("text")
    return ""


def _inside(driver: Driver, item: QQuickItem, name: str) -> bool:
    outer = driver.find(name)
    area = outer.mapRectToScene(QRectF(0, 0, outer.width(), outer.height()))
    return area.contains(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))


def accessible(item: QQuickItem) -> tuple[QAccessible.Role, str, bool]:
    QAccessible.setActive(True)
    iface = QAccessible.queryAccessibleInterface(item)
    return iface.role(), iface.text(QAccessible.Text.Name), bool(iface.state().checked)


def check_cycle(driver: Driver, toggle: str, label: str) -> None:
    """Tap ``toggle`` three times: 150 %, 200 %, 100 %; its look and accessible state."""
    body = theme(driver).property("fontBody")
    for step, scale, shown in CYCLE:
        driver.tap(toggle)
        driver.qtbot.waitUntil(lambda step=step: theme(driver).property("textStep") == step)
        assert theme(driver).property("textScale") == scale
        assert theme(driver).property("largeText") is (step > 0)
        assert theme(driver).property("fontBody") == round(body * scale)
        item = driver.wait_for(toggle)
        assert item.property("checked") is (step > 0)
        assert item.property("text") == label
        assert size_shown(driver, toggle) == shown
        name = f"{label}, {shown}" if shown else label
        assert accessible(item) == (QAccessible.Role.CheckBox, name, step > 0)
        assert item.width() >= TOUCH_MINIMUM and item.height() >= TOUCH_MINIMUM


@pytest.mark.parametrize("size", ["1280x800", "800x1280"])
def test_the_start_screen_toggle_cycles_through_three_sizes(open_kiosk, kiosk_config, size):
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    assert theme(driver).property("textStep") == 0
    assert accessible(driver.wait_for("start_largeText")) == (
        QAccessible.Role.CheckBox, "Große Schrift", False)
    check_cycle(driver, "start_largeText", "Große Schrift")


def test_every_step_cycles_the_same_size(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.tap("language_en")
    driver.qtbot.waitUntil(lambda: driver.kiosk.bridges.language.property("language") == "en")
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    check_cycle(driver, "prompt_largeText", "Large text")
    # chosen on one step, the size stays for the next
    driver.tap("prompt_largeText")
    driver.tap("prompt_largeText")
    driver.tap("prompt_herausforderungen")
    driver.wait_step("topic")
    assert theme(driver).property("textStep") == 2
    assert size_shown(driver, "topic_largeText") == "200\u00a0%"


def test_the_keyboard_cycles_it_too(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.focus_by_tab("start_largeText")
    for step in (1, 2, 0):
        driver.key(Qt.Key.Key_Return)
        driver.qtbot.waitUntil(lambda step=step: theme(driver).property("textStep") == step)


def test_the_next_attendee_starts_at_100_percent(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config, timing=KioskTiming(400, 2, 60_000, 25))
    driver.tap("start_largeText")
    driver.tap("start_largeText")
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    assert theme(driver).property("textStep") == 2
    driver.wait_for("inactivityOverlay")
    driver.wait_step("start", timeout=5000)
    assert theme(driver).property("textStep") == 0
    assert theme(driver).property("textScale") == 1.0
    toggle = driver.wait_for("start_largeText")
    assert accessible(toggle) == (QAccessible.Role.CheckBox, "Große Schrift", False)
    assert size_shown(driver, "start_largeText") == ""


def test_speech_reads_the_new_size_of_the_focused_toggle(open_kiosk, kiosk_config,
                                                          monkeypatch):
    monkeypatch.setenv(ENGINE_VARIABLE, "mock")
    driver = open_kiosk(kiosk_config)
    speech = driver.kiosk.bridges.speech
    driver.qtbot.waitUntil(lambda: speech.property("available"))
    driver.tap("start_readAloud")
    driver.qtbot.waitUntil(lambda: speech.property("active"))
    driver.focus_by_tab("start_largeText")

    def said_after(count: int, starting: str) -> str:
        def found() -> str:
            return next((text for text in speech.spoken[count:] if text.startswith(starting)),
                        "")
        driver.qtbot.waitUntil(lambda: bool(found()))
        return found()

    for percent in (150, 200):  # 150 % → 200 % leaves it checked: read all the same
        count = len(speech.spoken)
        driver.key(Qt.Key.Key_Return)
        assert said_after(count, "Große Schrift") == f"Große Schrift, {percent} %, ausgewählt."
    count = len(speech.spoken)
    driver.key(Qt.Key.Key_Return)
    assert said_after(count, "Große Schrift") == "Große Schrift, nicht ausgewählt."


def test_the_dashboard_opens_at_150_percent_and_gives_200_back(open_kiosk, kiosk_config):
    """The staff-only dashboard is laid out for text up to 150 %; the attendee's 200 % comes
    back with "Zurück zum Kiosk"."""
    driver = open_kiosk(kiosk_config)
    driver.tap("start_largeText")
    driver.tap("start_largeText")
    open_dashboard(driver)
    assert theme(driver).property("textStep") == 1
    driver.tap("facilitatorBack")
    driver.qtbot.waitUntil(lambda: not driver.window.property("facilitatorOpen"))
    assert theme(driver).property("textStep") == 2
    assert size_shown(driver, "start_largeText") == "200\u00a0%"
