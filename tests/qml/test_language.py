"""Languages: English really shows English, right-to-left languages mirror the layout."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

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
    """The invitation turns by itself, in the station's order (Leichte Sprache after
    German), and shows each of the ten languages in turn."""
    driver = open_kiosk(kiosk_config)
    first = driver.text_of("startInvitation")
    assert first == "Ihre Meinung für Dortmund zählt."
    driver.qtbot.waitUntil(lambda: driver.text_of("startInvitation") != first, timeout=8000)
    assert driver.text_of("startInvitation") == "Ihre Meinung ist wichtig für Dortmund."
    screen = driver.wait_for("startScreen")
    seen = []
    for index in range(len(kiosk_config.kiosk.languages)):
        screen.setProperty("invitationIndex", index)
        seen.append(driver.text_of("startInvitation"))
    assert len(set(seen)) == len(kiosk_config.kiosk.languages) == 10
    assert seen[:3] == ["Ihre Meinung für Dortmund zählt.",
                        "Ihre Meinung ist wichtig für Dortmund.",
                        "Your voice counts for Dortmund."]


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


def _lupdate(target: Path, language: str, *extra: str) -> ET.ElementTree:
    """A fresh Linguist file from the sources, as tools/update-translations makes it."""
    subprocess.run([_tool("pyside6-lupdate"), *_all_qml(), *_all_python(), "-ts", str(target),
                    "-source-language", "de_DE", "-target-language", language, *extra,
                    "-silent"], check=True)
    return ET.parse(target)


MIN_FORMS = {"tr": 1}
"""Plural forms Qt wants per language beyond the default two (Turkish has one)."""


def _untranslated(fresh: ET.ElementTree, shipped_file: Path) -> list[tuple[str, str]]:
    """Messages of ``fresh`` that ``shipped_file`` lacks, leaves unfinished, or whose plural
    forms (``numerusform``, one per form of the language) are not all filled in."""
    shipped = {(ctx.findtext("name"), msg.findtext("source")): msg
               for ctx in ET.parse(shipped_file).iter("context")
               for msg in ctx.iter("message")}
    missing = []
    for ctx in fresh.iter("context"):
        for msg in ctx.iter("message"):
            key = (ctx.findtext("name"), msg.findtext("source"))
            found = shipped.get(key)
            translation = found.find("translation") if found is not None else None
            if translation is None or translation.get("type"):
                missing.append(key)
            elif msg.get("numerus") == "yes":
                forms = [form.text for form in translation.iter("numerusform")]
                least = MIN_FORMS.get(shipped_file.stem.removeprefix("station_"), 2)
                if found.get("numerus") != "yes" or len(forms) < least or not all(forms):
                    missing.append(key)
            elif not translation.text:
                missing.append(key)
    return missing


def test_every_ui_string_has_an_english_translation(tmp_path):
    """Every qsTr() string in ui/ and every translatable string of the bridges (facilitator
    dashboard included) is translated to English, plural strings in both forms."""
    fresh = _lupdate(tmp_path / "fresh.ts", "en_GB")
    assert _untranslated(fresh, TRANSLATIONS / "station_en.ts") == [], \
        "run tools/update-translations and translate (resources/translations/README.md)"
    contexts = {ctx.findtext("name") for ctx in fresh.iter("context")}
    assert {"FacilitatorBridge", "SyncBridge", "ExportBridge", "Labels", "Receipt",
            "SyncProblem", "PrinterProblem", "EnrolmentProblem"} <= contexts
    assert any(msg.get("numerus") == "yes" for msg in fresh.iter("message"))


def test_every_plural_string_has_its_german_forms(tmp_path):
    """German is the source language, but "%n Karten" needs "1 Karte": station_de.ts holds
    the German numerus forms of every plural string (and nothing else)."""
    fresh = _lupdate(tmp_path / "fresh_de.ts", "de_DE", "-pluralonly")
    plural = [msg for msg in fresh.iter("message") if msg.get("numerus") == "yes"]
    assert plural, "no %n strings found in the sources"
    assert _untranslated(fresh, TRANSLATIONS / "station_de.ts") == [], \
        "run tools/update-translations and fill station_de.ts's numerus forms"
    shipped = ET.parse(TRANSLATIONS / "station_de.ts")
    assert all(msg.get("numerus") == "yes" for msg in shipped.iter("message"))
    for msg in shipped.iter("message"):
        one, many = [form.text for form in msg.find("translation").iter("numerusform")]
        assert "%n" in one and "%n" in many and one != many, msg.findtext("source")


SHIPPED = sorted(path.stem.removeprefix("station_")
                 for path in TRANSLATIONS.glob("station_*.ts"))
"""Every catalogue the kiosk ships (German's holds only its plural forms)."""


@pytest.mark.parametrize("language", [code for code in SHIPPED if code not in ("de", "en")])
def test_every_ui_string_is_translated_in_every_shipped_language(tmp_path, language):
    """No unfinished entry anywhere: every string of ui/ and of the bridges, in every
    language the kiosk ships, plural strings in each of the language's forms."""
    fresh = _lupdate(tmp_path / "fresh.ts", "en_GB")
    assert _untranslated(fresh, TRANSLATIONS / f"station_{language}.ts") == [], \
        "run tools/update-translations and translate (resources/translations/README.md)"
    text = (TRANSLATIONS / f"station_{language}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_every_offered_language_is_shipped(kiosk_config):
    assert set(kiosk_config.kiosk.languages) <= set(SHIPPED)


@pytest.mark.parametrize("language", SHIPPED)
def test_compiled_translation_matches_its_source(tmp_path, language):
    compiled = tmp_path / f"station_{language}.qm"
    source = TRANSLATIONS / f"station_{language}.ts"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)],
                   check=True)
    assert compiled.read_bytes() == (TRANSLATIONS / f"station_{language}.qm").read_bytes(), \
        "run tools/update-translations (resources/translations/README.md)"


def test_german_counts_one_card_and_two_cards(qapp):
    """The German translator words %n strings by German rules; English by English ones."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    def words(language: str, count: int) -> str:
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"station_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            return QCoreApplication.translate("SyncSection", "Noch nicht übertragen: %n Karten",
                                              "", count)
        finally:
            QCoreApplication.removeTranslator(translator)

    assert [words("de", n) for n in (0, 1, 2)] == [
        "Noch nicht übertragen: 0 Karten", "Noch nicht übertragen: 1 Karte",
        "Noch nicht übertragen: 2 Karten"]
    assert [words("en", n) for n in (1, 2)] == [
        "Not yet transferred: 1 card", "Not yet transferred: 2 cards"]


def test_the_readme_states_the_review_state_of_every_offered_language(kiosk_config):
    """Each language the embedded station offers has its line with a reviewed flag."""
    readme = (TRANSLATIONS / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Review state of each language", 1)[1]
    rows = {line.split("|")[1].strip(): line.split("|")[-2].strip()
            for line in table.splitlines() if line.startswith("| ") and "---" not in line}
    for code in kiosk_config.kiosk.languages:
        assert code in rows, code
        assert rows[code].startswith(("yes", "no")), (code, rows[code])
