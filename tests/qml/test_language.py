"""Languages: English really shows English, right-to-left languages mirror the layout."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from station_app.paths import resources_dir, ui_dir

PACKAGE = Path(__file__).resolve().parents[2] / "station_app"

TRANSLATIONS = resources_dir() / "translations"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def _all_qml() -> list[str]:
    """Every QML file of the UI: the attendee screens and the facilitator area."""
    return sorted(str(p) for p in ui_dir().rglob("*.qml"))


def _all_python() -> list[str]:
    """The bridges (``self.tr`` and friends) and the core modules that mark their texts with
    ``QT_TRANSLATE_NOOP`` (``station_app/texts.py``): what tools/update-translations reads."""
    bridges = set((PACKAGE / "qml").glob("*.py"))
    core = {p for p in PACKAGE.rglob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")}
    return sorted(str(p) for p in bridges | core)


def test_english_start_screen_and_card(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    assert driver.text_of("startParticipate") == "Mitmachen"
    driver.tap("language_en")
    driver.qtbot.waitUntil(lambda: driver.text_of("startParticipate") == "Take part")
    assert driver.text_of("start_largeText") == "Large text"

    driver.tap("startParticipate")
    driver.wait_step("prompt")
    assert driver.text_of("prompt_heute") == "What makes Dortmund what it is today?"
    assert driver.text_of("prompt_next") == "Next"
    driver.tap("prompt_heute")
    driver.wait_step("topic")
    assert driver.text_of("topic_anderes") == "Other topic"
    driver.tap("topic_wohnen")
    driver.wait_step("write")
    driver.type("More trees")
    assert driver.text_of("writeCounter") == "10 of 1000 characters"
    driver.tap("write_next")
    driver.wait_step("details")
    assert driver.text_of("district_none") == "prefer not to say"
    driver.tap("details_skip")
    driver.wait_step("contact")
    assert driver.find("contactConsent").property("text").startswith("Yes, I would like")
    driver.tap("contact_skip")
    driver.wait_step("review")
    assert driver.text_of("review_next") == "Hand in card"
    driver.tap("review_next")
    driver.wait_step("thanks")
    [card] = driver.stored_cards()
    assert card["language"] == "en"

    driver.tap("thanksDone")  # the next attendee starts in German again
    driver.wait_step("start")
    assert driver.text_of("startParticipate") == "Mitmachen"


def test_invitation_cycles_through_the_station_languages(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    seen = {driver.text_of("startInvitation")}
    driver.qtbot.waitUntil(lambda: driver.text_of("startInvitation") not in seen, timeout=8000)
    seen.add(driver.text_of("startInvitation"))
    assert seen == {"Ihre Meinung für Dortmund zählt.", "Your voice counts for Dortmund."}


def test_right_to_left_language_mirrors_the_layout(open_kiosk, kiosk_config):
    kiosk = dataclasses.replace(kiosk_config.kiosk, languages=["de", "ar"])
    driver = open_kiosk(dataclasses.replace(kiosk_config, kiosk=kiosk))
    button = driver.find("startParticipate")
    left_x = button.mapToScene(button.boundingRect().topLeft()).x()
    assert left_x < driver.window.width() / 2

    driver.tap("language_ar")
    driver.qtbot.waitUntil(lambda: driver.kiosk.bridges.language.property("rightToLeft"))
    driver.qtbot.waitUntil(
        lambda: driver.find("startParticipate").mapToScene(
            driver.find("startParticipate").boundingRect().topRight()).x()
        > driver.window.width() / 2)


def test_every_ui_string_has_an_english_translation(tmp_path):
    """Every qsTr() string in ui/ and every translatable string of the bridges (facilitator
    dashboard included) is translated to English."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *_all_qml(), *_all_python(), "-ts", str(fresh),
                    "-source-language", "de_DE", "-target-language", "en_GB", "-silent"],
                   check=True)
    shipped = {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
               for ctx in ET.parse(TRANSLATIONS / "station_en.ts").iter("context")
               for msg in ctx.iter("message")}
    missing = []
    for ctx in ET.parse(fresh).iter("context"):
        for msg in ctx.iter("message"):
            key = (ctx.findtext("name"), msg.findtext("source"))
            translation = shipped.get(key)
            if translation is None or not translation.text or translation.get("type"):
                missing.append(key)
    assert missing == [], "run pyside6-lupdate and translate (resources/translations/README.md)"
    contexts = {ctx.findtext("name") for ctx in ET.parse(fresh).iter("context")}
    assert {"FacilitatorBridge", "SyncBridge", "ExportBridge", "Labels", "Receipt"} <= contexts


def test_compiled_translation_matches_its_source(tmp_path):
    compiled = tmp_path / "station_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TRANSLATIONS / "station_en.ts"),
                    "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (TRANSLATIONS / "station_en.qm").read_bytes(), \
        "run pyside6-lrelease (resources/translations/README.md)"
