"""The Mitmachpool step: the keyboard never covers the address helpers or the consent box,
and the privacy notice (DSGVO Art. 13) is read on the kiosk, in the UI language."""

from __future__ import annotations

import contextlib

import pytest
from pytestqt.exceptions import TimeoutError

from tests.qml.conftest import SIZES
from tests.qml.geometry import keyboard_top, layout_problems, seen_items
from tests.qml.test_keyboard_style import keys, tap_key

KEPT_IN_VIEW = ("contactEmail", "emailInsert_at", "emailInsert_de", "emailInsert_com",
                "contactConsent")


def go_to_contact(driver) -> None:
    driver.write_card("idee", "wohnen", "Mehr Bänke")
    driver.tap("details_next")
    driver.wait_step("contact")


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_keyboard_never_covers_the_helpers_or_the_consent(open_kiosk, kiosk_config,
                                                              size, large):
    driver = open_kiosk(kiosk_config, size=SIZES[size])
    if large:
        driver.tap("start_largeText")
    go_to_contact(driver)
    driver.tap("contactEmail")
    driver.type("erika.mustermann")
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    driver.qtbot.waitUntil(lambda: keyboard_top(driver.window) is not None)

    def uncovered() -> list[str]:
        top = keyboard_top(driver.window)
        found = {seen.item.objectName(): seen for seen in seen_items(driver.window)
                 if seen.item.objectName() in KEPT_IN_VIEW}
        problems = [f"{name} is not shown" for name in KEPT_IN_VIEW if name not in found]
        for name, seen in found.items():
            visible = seen.rect if seen.clip is None else seen.rect.intersected(seen.clip)
            if visible.height() < seen.rect.height() - 1:
                problems.append(f"{name} is scrolled partly out of view")
            if seen.rect.bottom() > top + 1:
                problems.append(f"{name} lies under the keyboard")
        return problems

    with contextlib.suppress(TimeoutError):  # the page scrolls once the keyboard is open
        driver.qtbot.waitUntil(lambda: uncovered() == [], timeout=3000)
    assert uncovered() == []
    # The hint under the consent box appears with the first letters; the layout places it
    # a frame later.
    with contextlib.suppress(TimeoutError):
        driver.qtbot.waitUntil(lambda: layout_problems(driver.window) == [], timeout=3000)
    assert layout_problems(driver.window) == []


@pytest.mark.parametrize(("language", "start"), [("de", "Wer erhebt Ihre Daten?"),
                                                 ("en", "Who collects your data?")])
def test_the_privacy_notice_is_read_on_the_kiosk(open_kiosk, kiosk_config, language, start):
    driver = open_kiosk(kiosk_config)
    driver.tap(f"language_{language}")
    go_to_contact(driver)
    driver.tap("contactPrivacy")
    text = driver.wait_for("noticeText").property("text")
    configured = (kiosk_config.contact.privacy_notice_en if language == "en"
                  else kiosk_config.contact.privacy_notice)
    assert text == configured.strip() and text.startswith(start)
    # who collects, why, how long, the rights, whom to contact – and never a link to follow
    for part in (("Stadt Dortmund", "City of Dortmund"), ("Einwilligung", "consent"),
                 ("Wie lange", "How long"), ("Ihre Rechte", "Your rights"),
                 ("Ansprechpartner", "Contact")):
        assert part[language == "en"] in text
    assert "http" not in text and "www." not in text
    assert layout_problems(driver.window) == []
    driver.tap("noticeClose")
    driver.qtbot.waitUntil(lambda: driver.gone("noticePanel"))
    assert driver.step == "contact"


def test_without_a_configured_notice_there_is_no_button(open_kiosk, kiosk_config):
    import dataclasses

    config = dataclasses.replace(kiosk_config, contact=dataclasses.replace(
        kiosk_config.contact, privacy_notice="", privacy_notice_en=""))
    driver = open_kiosk(config)
    go_to_contact(driver)
    assert driver.gone("contactPrivacy")


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_email_field_has_an_at_key_on_the_main_layer(open_kiosk, kiosk_config, language):
    driver = open_kiosk(kiosk_config)
    driver.tap(f"language_{language}")
    go_to_contact(driver)
    driver.tap("contactEmail")
    driver.type("erika.mustermann")
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    driver.qtbot.waitUntil(lambda: "@" in keys(driver))
    assert "," not in keys(driver)  # an address has no comma
    tap_key(driver, "@")
    for letter in "nrw":
        tap_key(driver, letter)
    field = driver.find("contactEmail")
    driver.qtbot.waitUntil(lambda: field.property("text") == "erika.mustermann@nrw")

    # Back on the write step the key is a comma again.
    driver.tap("contact_back")
    driver.wait_step("details")
    driver.tap("details_back")
    driver.wait_step("write")
    driver.tap("writeArea")
    driver.qtbot.waitUntil(lambda: "," in keys(driver))
    assert "@" not in keys(driver)
