"""Inactivity: warning with countdown, one tap gives more time, then a clean start screen."""

from __future__ import annotations

import dataclasses

from station_app.app import KioskTiming

# 700 ms of quiet before the warning; the 20 "seconds" of countdown tick every 25 ms.
SHORT = KioskTiming(inactivity_ms=700, warning_seconds=20, thank_you_ms=60_000, tick_ms=25)


def test_warning_extension_and_reset(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config, timing=SHORT)
    driver.tap("start_largeText")
    driver.tap("startParticipate")
    driver.tap("prompt_heute")
    driver.tap("topic_kultur")
    driver.wait_step("write")
    driver.type("Mein geheimer Entwurf")
    assert driver.window.property("keyboardVisible")

    overlay = driver.wait_for("inactivityOverlay")
    assert "Sekunden" in driver.text_of("inactivityCountdown")
    # One tap anywhere gives more time and does not press what lies underneath.
    driver.tap("write_back")
    driver.qtbot.waitUntil(lambda: not overlay.isVisible())
    assert driver.step == "write"
    assert driver.find("writeArea").property("text") == "Mein geheimer Entwurf"

    # Nobody comes back: warning, countdown, then everything is gone.
    driver.wait_for("inactivityOverlay")
    driver.wait_step("start", timeout=5000)
    assert driver.gone("inactivityOverlay")
    assert driver.gone("writeArea")
    kiosk = driver.kiosk.kiosk
    assert kiosk.property("text") == "" and kiosk.property("promptId") == ""
    assert not driver.window.property("keyboardVisible")
    assert not any("geheimer" in (item.property("text") or "")
                   for item in driver.items() if item.metaObject().indexOfProperty("text") >= 0)
    assert driver.find("start_largeText").property("checked") is False
    assert driver.stored_cards() == []

    driver.tap("startParticipate")  # the next attendee starts from scratch
    driver.wait_step("prompt")
    assert all(not driver.find(f"prompt_{p.id}").property("checked")
               for p in kiosk_config.prompts)


def test_the_start_screen_never_times_out(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config, timing=SHORT)
    with driver.qtbot.assertNotEmitted(driver.kiosk.idle.timedOut, wait=400):
        pass
    assert driver.gone("inactivityOverlay")


def test_timeouts_can_be_switched_off(open_kiosk, kiosk_config):
    off = dataclasses.replace(kiosk_config.kiosk, inactivity_seconds=0)
    config = dataclasses.replace(kiosk_config, kiosk=off)
    timing = dataclasses.replace(KioskTiming.from_config(config), tick_ms=10)
    driver = open_kiosk(config, timing=timing)
    assert driver.kiosk.idle.property("enabled") is False
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    with driver.qtbot.assertNotEmitted(driver.kiosk.idle.timedOut, wait=500):
        pass
    assert driver.gone("inactivityOverlay")
    assert driver.step == "prompt"


def test_countdown_is_at_least_twenty_seconds_by_default(kiosk_config):
    timing = KioskTiming.from_config(kiosk_config)
    assert timing.warning_seconds >= 20 and timing.tick_ms == 1000
    assert timing.inactivity_ms == kiosk_config.kiosk.inactivity_seconds * 1000


def test_a_closed_kiosk_never_times_out_into_its_closed_station(open_kiosk, kiosk_config,
                                                               qtbot):
    """A kiosk closed during the countdown (in English) must not reset itself later: the
    reset switches the language back, and the dashboard would then read a closed database."""
    driver = open_kiosk(kiosk_config, timing=SHORT)
    driver.tap("language_en")
    driver.tap("startParticipate")
    driver.wait_for("inactivityOverlay")
    driver.kiosk.close()
    driver.station.close()
    # Longer than the rest of the countdown (20 ticks of 25 ms); an exception raised in the
    # event loop (a read of the closed database) fails the test.
    qtbot.wait(1500)
    assert driver.kiosk.closed
