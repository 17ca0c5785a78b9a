"""The on-screen keyboard types in the UI language: choosing a language on the start screen
gives the write step's keyboard that language's Qt Virtual Keyboard layout (``ar_AR`` for
Arabic, Cyrillic for Bulgarian, Ukrainian and Russian, the Turkish, Polish and Romanian
letters on or behind their keys)."""

from __future__ import annotations

import pytest
from PySide6.QtQml import QJSValue, QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem

from tests.qml.conftest import NINE_LANGUAGES, Driver

LAYOUTS = {"de": "de_DE", "en": "en_US", "tr": "tr_TR", "ar": "ar_AR", "pl": "pl_PL",
           "ro": "ro_RO", "bg": "bg_BG", "uk": "uk_UA", "ru": "ru_RU"}

ON_KEYS = {"de": {"ä", "ö", "ü"}, "tr": {"ğ", "ı", "ş"}, "ar": {"ع", "ب", "ش"},
           "bg": {"ж", "ъ", "щ"}, "uk": {"ї", "є", "ґ"}, "ru": {"ы", "э", "ж"}}
"""Letters of the language's layout on the main layer."""
NOT_ON_KEYS = {"de": {"ğ"}, "en": {"ä", "ж"}, "tr": {"ä", "ж"}, "ar": {"a", "ж"},
               "bg": {"a", "ы"}, "uk": {"ы", "ъ"}, "ru": {"ї", "a"}}
"""Letters of another layout, so that a stale (German, Russian) layout fails."""
BEHIND_KEYS = {"pl": ("a", "ą"), "ro": ("s", "ș")}
"""(key, letter on its press-and-hold popup): Polish and Romanian type on a Latin
layout whose accented letters are the alternatives of their base letter."""


def qml_value(item: QQuickItem, expression: str) -> object:
    """``expression`` evaluated in ``item``'s QML context (its imports and ids)."""
    result = QQmlExpression(QQmlEngine.contextForObject(item), item, expression).evaluate()
    return result[0] if isinstance(result, tuple) else result


def character_keys(driver: Driver) -> dict[str, QQuickItem]:
    """The character keys on screen by what they show, in lower case."""
    found = {}
    for placed in driver.walk():
        item = placed.item
        if (placed.in_keyboard and placed.shown
                and item.metaObject().className().startswith("Key_")
                and item.property("displayText")):
            found[item.property("displayText").lower()] = item
    return found


def alternatives(key: QQuickItem) -> str:
    value = qml_value(key, "alternativeKeys")
    if isinstance(value, QJSValue):
        value = value.toVariant()
    return "".join(value) if isinstance(value, list) else str(value or "")


def open_keyboard_in(open_kiosk, config, language: str) -> Driver:
    """The write step in ``language`` (chosen on the start screen), its keyboard open."""
    driver = open_kiosk(config)
    driver.tap(f"language_{language}")
    driver.qtbot.waitUntil(
        lambda: driver.kiosk.bridges.language.property("language") == language)
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    driver.wait_step("write")
    driver.tap("writeArea")
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    driver.qtbot.waitUntil(lambda: len(character_keys(driver)) > 20)
    return driver


@pytest.mark.parametrize("language", NINE_LANGUAGES)
def test_the_keyboard_has_the_layout_of_the_ui_language(open_kiosk, kiosk_config_nine,
                                                         language: str):
    driver = open_keyboard_in(open_kiosk, kiosk_config_nine, language)
    panel = driver.find("keyboard")
    assert qml_value(panel, "VirtualKeyboardSettings.locale") == LAYOUTS[language]
    driver.qtbot.waitUntil(lambda: qml_value(panel, "VirtualKeyboardSettings.activeLocales")
                           in ([LAYOUTS[language]], (LAYOUTS[language],)))
    keys = character_keys(driver)
    shown = set(keys)
    assert ON_KEYS.get(language, set()) <= shown, sorted(shown)
    assert not NOT_ON_KEYS.get(language, set()) & shown, sorted(shown)
    if language in BEHIND_KEYS:
        base, letter = BEHIND_KEYS[language]
        assert letter in alternatives(keys[base]), alternatives(keys[base])
    if language == "en":
        assert "ą" not in alternatives(keys["a"]) and "ș" not in alternatives(keys["s"])


def test_the_next_attendee_types_in_german_again(open_kiosk, kiosk_config_nine):
    driver = open_keyboard_in(open_kiosk, kiosk_config_nine, "uk")
    panel = driver.find("keyboard")
    assert "ї" in character_keys(driver)
    driver.kiosk.bridges.language.reset()  # what the timeout and "Fertig" do (resetToStart)
    driver.qtbot.waitUntil(
        lambda: qml_value(panel, "VirtualKeyboardSettings.locale") == "de_DE")
    driver.qtbot.waitUntil(lambda: "ä" in character_keys(driver))
