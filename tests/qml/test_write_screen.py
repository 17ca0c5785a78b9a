"""The write step with the on-screen keyboard open: enough of the text stays in view, and a
hardware keyboard's first keystroke is never lost."""

from __future__ import annotations


def test_the_first_hardware_keystroke_is_kept(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    # typed at once, while the write step is still fading in
    driver.type("Mehr Bäume")
    driver.wait_step("write")
    area = driver.wait_for("writeArea")
    driver.qtbot.waitUntil(lambda: area.property("text") == "Mehr Bäume", timeout=2000)
