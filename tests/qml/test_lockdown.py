"""Lock-down: the kiosk cannot be closed or left without the facilitator PIN."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication

from tests.qml.conftest import FACILITATOR_PIN

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_close_events_are_refused(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    event = QCloseEvent()
    QGuiApplication.sendEvent(driver.window, event)
    assert not event.isAccepted()
    assert driver.window.close() is False
    assert driver.window.isVisible()


def test_the_development_window_closes_like_any_window(open_kiosk, kiosk_config):
    """``station-app run --windowed``: a developer closes the window and the kiosk ends."""
    driver = open_kiosk(kiosk_config, locked_down=False)
    event = QCloseEvent()
    QGuiApplication.sendEvent(driver.window, event)
    assert event.isAccepted()


def test_quit_keys_do_nothing(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.tap("startParticipate")
    driver.tap("prompt_heute")
    driver.wait_step("topic")
    for key, modifiers in ((Qt.Key.Key_F4, ALT), (Qt.Key.Key_Escape, Qt.KeyboardModifier(0)),
                           (Qt.Key.Key_Q, CTRL), (Qt.Key.Key_W, CTRL)):
        driver.key(key, modifiers)
    assert driver.window.isVisible()
    assert driver.step == "topic"
    assert driver.left == []


def _enter_pin(driver, pin: str) -> None:
    for digit in pin:
        driver.tap(f"pin_{digit}")
    driver.tap("pin_ok")


def test_shortcut_pin_and_leaving_the_kiosk(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.key(Qt.Key.Key_F, CTRL | SHIFT)
    driver.wait_for("pinPad")

    _enter_pin(driver, "1111")
    assert "PIN stimmt nicht" in driver.text_of("pinMessage")
    assert driver.find("facilitatorHome") is None

    _enter_pin(driver, FACILITATOR_PIN)
    driver.wait_for("facilitatorHome")
    assert driver.gone("pinPad")
    assert driver.kiosk.bridges.pin.property("unlocked")

    driver.tap("facilitatorBack")
    driver.qtbot.waitUntil(lambda: driver.gone("facilitatorHome"))
    assert not driver.kiosk.bridges.pin.property("unlocked")
    assert driver.step == "start"

    driver.key(Qt.Key.Key_F, CTRL | SHIFT)
    driver.wait_for("pinPad")
    for digit in FACILITATOR_PIN:  # the hardware keyboard works on the pad too
        driver.key(Qt.Key(ord(digit)), text=digit)
    driver.key(Qt.Key.Key_Return)
    driver.wait_for("facilitatorHome")
    driver.tap("facilitatorLeave")
    # the facilitator area may ask for confirmation first
    driver.qtbot.waitUntil(lambda: driver.left or driver.find("confirmAccept") is not None)
    if not driver.left:
        driver.tap("confirmAccept")
    assert driver.left == [1]
    assert driver.window.property("allowClose")


def test_long_press_in_the_corner_opens_the_pin_pad(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    corner = driver.find("facilitatorCorner")
    point = driver.centre(corner)
    driver.qtbot.mousePress(driver.window, Qt.MouseButton.LeftButton, pos=point)
    driver.wait_for("pinPad", timeout=6000)
    driver.qtbot.mouseRelease(driver.window, Qt.MouseButton.LeftButton, pos=point)
    driver.tap("pin_cancel")
    driver.qtbot.waitUntil(lambda: driver.gone("pinPad"))
    # a short tap in the corner does nothing
    driver.qtbot.mouseClick(driver.window, Qt.MouseButton.LeftButton, pos=point)
    assert driver.gone("pinPad")
    assert driver.step == "start"


def test_wrong_pins_lock_the_pad(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.key(Qt.Key.Key_F, CTRL | SHIFT)
    driver.wait_for("pinPad")
    for _ in range(5):
        _enter_pin(driver, "9999")
    assert "warten Sie 30 Sekunden" in driver.text_of("pinMessage")
    driver.tap("pin_1")  # locked: digits are not taken
    assert driver.find("pinDots").property("text") == "PIN eingeben"
    assert driver.kiosk.bridges.pin.property("lockedSeconds") == 30


def test_tap_point_helper_is_inside_window(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    point = driver.centre(driver.find("startParticipate"))
    assert QPoint(0, 0).x() <= point.x() <= driver.window.width()


def test_a_fresh_station_asks_to_choose_a_pin_entered_twice(open_kiosk, kiosk_config):
    """First start after installing: no PIN yet, so the pad asks to choose one; the
    dashboard opens with it, and from then on it is the PIN."""
    driver = open_kiosk(kiosk_config, pin=None)
    driver.key(Qt.Key.Key_F, CTRL | SHIFT)
    driver.wait_for("pinPad")
    assert "noch keine PIN festgelegt" in driver.text_of("pinIntro")
    assert driver.text_of("pinDots") == "Neue PIN wählen"
    _enter_pin(driver, "12")
    assert "4 bis 12 Ziffern" in driver.text_of("pinMessage")
    _enter_pin(driver, "5791")
    assert driver.text_of("pinDots") == "Neue PIN wiederholen"
    _enter_pin(driver, "5719")
    assert "verschieden" in driver.text_of("pinMessage")
    assert not driver.station.pin.is_set
    _enter_pin(driver, "5791")
    _enter_pin(driver, "5791")
    driver.wait_for("facilitatorHome")
    assert driver.station.pin.is_set
    assert [e.action for e in driver.station.audit.entries()][:2] == \
        ["pin.chosen_on_kiosk", "pin.set"]

    driver.tap("facilitatorBack")
    driver.qtbot.waitUntil(lambda: driver.gone("facilitatorHome"))
    driver.key(Qt.Key.Key_F, CTRL | SHIFT)
    driver.wait_for("pinPad")
    assert driver.find("pinIntro") is None  # the pad asks for the PIN now
    _enter_pin(driver, "1111")
    assert "PIN stimmt nicht" in driver.text_of("pinMessage")
    _enter_pin(driver, "5791")
    driver.wait_for("facilitatorHome")
