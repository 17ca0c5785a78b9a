"""Leichte Sprache (``ls``, German easy-to-read): a UI language of its own – a complete
catalogue with German plural rules, every configured text of the embedded station, a choice
on the start screen right after German, and a pictogram on each topic tile."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, QTranslator, QUrl
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from station_app.config import EASY_GERMAN, KIOSK_LANGUAGES, translation_gaps
from station_app.paths import qml_import_dir, resources_dir
from station_app.qml.language import is_rtl, keyboard_locale, native_name, qt_locale
from tests.qml.test_keyboard_locales import character_keys, open_keyboard_in, qml_value
from tests.qml.test_language import TRANSLATIONS, _lupdate, _tool, _untranslated

LS_FILE = TRANSLATIONS / "station_ls.ts"
PICTOGRAMS = resources_dir() / "pictograms"


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


# --- the language --------------------------------------------------------------------------


def test_leichte_sprache_is_german_in_all_but_its_words():
    assert EASY_GERMAN == "ls" and EASY_GERMAN in KIOSK_LANGUAGES
    assert native_name("ls") == "Leichte Sprache"
    assert not is_rtl("ls")
    assert keyboard_locale("ls") == "de_DE"
    locale = qt_locale("ls")
    assert locale.name() == "de_DE" and locale.monthName(3) == "März"
    assert qt_locale("tr").name() == "tr_TR"  # every other code is its own locale


# --- the catalogue -------------------------------------------------------------------------


def test_every_ui_string_has_a_leichte_sprache_entry(tmp_path):
    """station_ls.ts holds every string of ui/ and the bridges, none unfinished: attendee
    strings in Leichte Sprache, staff-only ones with their German text."""
    fresh = _lupdate(tmp_path / "fresh_ls.ts", "de_DE")
    assert _untranslated(fresh, LS_FILE) == [], \
        "new strings: add their Leichte-Sprache (or, staff-only, German) text to station_ls.ts"
    root = ET.parse(LS_FILE).getroot()
    assert root.get("language") == "de_DE"  # lrelease compiles German plural rules
    assert not [message for message in root.iter("message")
                if message.find("translation").get("type")]


ATTENDEE_CONTEXTS = ("ContactScreen", "DetailsScreen", "PromptScreen", "ReviewScreen",
                     "StartScreen", "ThanksScreen", "TopicScreen", "WriteScreen")


def easy_read_translations() -> dict[tuple[str, str], str]:
    return {(context.findtext("name"), message.findtext("source")):
            message.find("translation").text or ""
            for context in ET.parse(LS_FILE).iter("context")
            if context.findtext("name") in ATTENDEE_CONTEXTS
            for message in context.iter("message")}


def test_the_attendee_strings_follow_the_easy_read_rules():
    """Short sentences (at most 12 words), compound nouns hyphenated, no genitive "der
    Stadt"/"unserer", the reader addressed as "Sie"; long German sentences are rewritten."""
    texts = easy_read_translations()
    assert len(texts) > 50
    problems = []
    for (context, source), text in texts.items():
        for sentence in text.replace("?", ".").replace("!", ".").split(". "):
            if len(sentence.split()) > 12:
                problems.append(f"{context}: long sentence {sentence!r}")
        for word in ("Kartencode", "Themenfeld", "Stadtbezirk", "Beteiligungskarte",
                     "Datenschutzhinweise", "Mitmachpool", "unserer Stadt", " des "):
            if word in text:
                problems.append(f"{context}: {word!r} in {text!r}")
        if len(source) > 80 and text == source:
            problems.append(f"{context}: not rewritten: {source!r}")
    assert problems == [], "\n".join(problems)
    assert texts[("TopicScreen", "Zu welchem Themenfeld passt Ihre Karte?")] == \
        "Zu welchem Thema passt Ihre Karte?"


def test_the_catalogue_counts_in_german(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "station_ls.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        counts = [QCoreApplication.translate("SyncSection", "Noch nicht übertragen: %n Karten",
                                             "", count) for count in (0, 1, 2)]
        start = QCoreApplication.translate("StartScreen", "Ihre Meinung für Dortmund zählt.")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert counts == ["Noch nicht übertragen: 0 Karten", "Noch nicht übertragen: 1 Karte",
                      "Noch nicht übertragen: 2 Karten"]
    assert start == "Ihre Meinung ist wichtig für Dortmund."


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    compiled = tmp_path / "station_ls.qm"
    result = subprocess.run([_tool("pyside6-lrelease"), str(LS_FILE), "-qm", str(compiled)],
                            check=True, capture_output=True, text=True)
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert "0 unfinished" in result.stdout
    assert compiled.read_bytes() == (TRANSLATIONS / "station_ls.qm").read_bytes(), \
        "compile station_ls.ts again (resources/translations/README.md)"


def test_the_embedded_station_has_a_leichte_sprache_text_for_everything(kiosk_config):
    assert kiosk_config.kiosk.languages[:2] == ["de", "ls"]
    assert translation_gaps(kiosk_config) == []
    assert kiosk_config.topic("bildung").label_for("ls") == "Lernen, Mitmachen und Gesundheit"


# --- on the kiosk --------------------------------------------------------------------------


def test_choosing_leichte_sprache_shows_the_easy_read_prompts(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    german, easy = driver.wait_for("language_de"), driver.wait_for("language_ls")
    assert easy.property("text") == "Leichte Sprache"
    # right after Deutsch: on its row, next in reading order
    assert round(scene_rect(easy).top()) == round(scene_rect(german).top())
    assert scene_rect(easy).left() > scene_rect(german).right()

    driver.tap("language_ls")
    driver.qtbot.waitUntil(lambda: driver.kiosk.bridges.language.property("language") == "ls")
    assert driver.text_of("startParticipate") == "Mitmachen"
    assert not driver.kiosk.bridges.language.property("rightToLeft")
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    assert driver.wait_for("promptScreen").property("title") == \
        "Zu welcher Frage möchten Sie etwas sagen?"
    for prompt in kiosk_config.prompts:
        assert driver.text_of(f"prompt_{prompt.id}") == prompt.translations["ls"]
    assert driver.text_of("prompt_idee") == "Ich habe eine Idee für Dortmund."
    driver.tap("prompt_herausforderungen")
    driver.wait_step("topic")
    assert driver.wait_for("topicScreen").property("title") == "Zu welchem Thema passt Ihre Karte?"
    assert driver.text_of("topic_wohnen") == "Wohnen und Leben im Stadt-Teil"
    assert driver.text_of("topic_anderes") == "Ein anderes Thema"
    driver.tap("topic_wohnen")
    driver.wait_step("write")
    driver.type("Mehr Bänke")
    driver.tap("write_next")
    driver.wait_step("details")
    assert driver.text_of("district_none") == "möchte ich nicht sagen"
    driver.tap("details_skip")
    driver.wait_step("contact")
    assert driver.find("contactConsent").property("text").startswith(
        "Ja, ich will in den Mitmach-Pool")
    driver.tap("contact_skip")
    driver.wait_step("review")
    driver.tap("review_next")
    driver.wait_step("thanks")
    [card] = driver.stored_cards()
    assert card["language"] == "ls"


def test_leichte_sprache_types_on_the_german_keyboard(open_kiosk, kiosk_config):
    driver = open_keyboard_in(open_kiosk, kiosk_config, "ls")
    panel = driver.find("keyboard")
    assert qml_value(panel, "VirtualKeyboardSettings.locale") == "de_DE"
    assert {"ä", "ö", "ü"} <= set(character_keys(driver))


# --- pictograms ----------------------------------------------------------------------------


def test_each_pictogram_is_a_simple_one_colour_drawing(qapp, kiosk_config):
    files = {path.stem for path in PICTOGRAMS.glob("*.svg")}
    assert {topic.id for topic in kiosk_config.topics} | {"anderes"} <= files
    for topic in kiosk_config.topics:
        assert topic.pictogram == f"pictograms/{topic.id}.svg"
    for name in sorted(files):
        path = PICTOGRAMS / f"{name}.svg"
        svg = ET.parse(path).getroot()
        assert svg.get("viewBox") == "0 0 48 48", name
        assert svg.get("stroke") == "currentColor" and svg.get("fill") == "none", name
        assert 2 <= float(svg.get("stroke-width")) <= 3, name
        image = QImage(str(path))
        assert not image.isNull(), name
        colours = {image.pixelColor(x, y).name() for x in range(image.width())
                   for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}
        assert colours == {svg.get("color").lower()}, name  # one colour, nothing else


def pictogram_of(driver, name: str) -> QQuickItem:
    image = driver.wait_for(f"{name}_pictogram")
    driver.qtbot.waitUntil(lambda: loaded(image))
    return image


def loaded(image: QQuickItem) -> bool:
    """The image has read its file and draws something."""
    return image.property("progress") == 1.0 and image.property("paintedWidth") > 0


def test_the_other_topic_tile_shows_its_speech_bubble(open_kiosk, kiosk_config):
    driver = open_kiosk(kiosk_config)
    driver.tap("startParticipate")
    driver.tap("prompt_heute")
    driver.wait_step("topic")
    tile = driver.wait_for("topic_anderes")
    image = pictogram_of(driver, "topic_anderes")
    assert Path(QUrl(image.property("source")).toLocalFile()) == PICTOGRAMS / "anderes.svg"
    assert scene_rect(tile).contains(scene_rect(image))
    assert image.height() >= 32  # sized with the label's text, not a speck


TILE = """
import QtQuick
import ui
ChoiceTile {
    objectName: "tile"
    width: 420
    text: "Wohnen und Leben im Stadt-Teil"
    LayoutMirroring.enabled: rtl
    LayoutMirroring.childrenInherit: true
    property bool rtl: false
}
"""


@pytest.mark.parametrize("mirrored", [False, True], ids=["ltr", "rtl"])
def test_a_tile_shows_its_pictogram_at_the_reading_start(qapp, qtbot, mirrored: bool):
    """The tile leads with the pictogram – on the left, or on the right when mirrored –
    inside the tile, beside its label, and silent for a screen reader."""
    engine = QQmlEngine()
    engine.addImportPath(str(qml_import_dir()))
    component = QQmlComponent(engine)
    component.setData(TILE.encode(), QUrl.fromLocalFile(str(qml_import_dir() / "tile.qml")))
    window = QQuickWindow()
    window.resize(600, 300)
    tile = component.createWithInitialProperties(
        {"pictogram": QUrl.fromLocalFile(str(PICTOGRAMS / "wohnen.svg")),
         "rtl": mirrored})
    assert tile is not None, component.errorString()
    tile.setParentItem(window.contentItem())
    window.show()
    qtbot.waitExposed(window)
    image = next(item for item in _children(tile) if item.objectName() == "tile_pictogram")
    qtbot.waitUntil(lambda: loaded(image))
    label = next(item for item in _children(tile)
                 if item.inherits("QQuickText") and item.property("text") == tile.property("text"))
    picture, words, whole = scene_rect(image), scene_rect(label), scene_rect(tile)
    assert whole.contains(picture) and picture.width() >= 32
    assert not picture.intersects(words)
    assert (picture.left() > words.right()) if mirrored else (picture.right() < words.left())
    QAccessible.setActive(True)
    iface = QAccessible.queryAccessibleInterface(tile)
    assert iface.text(QAccessible.Text.Name) == "Wohnen und Leben im Stadt-Teil"
    roles = [iface.child(i).role() for i in range(iface.childCount())]
    assert QAccessible.Role.Graphic not in roles  # the name says what the picture shows
    grabbed = window.grabWindow()
    inside = grabbed.copy(picture.toRect())
    assert any(inside.pixelColor(x, y).name() == "#00506e"
               for x in range(inside.width()) for y in range(inside.height()))
    window.close()
    tile.deleteLater()


def _children(item: QQuickItem) -> list[QQuickItem]:
    found, stack = [], [item]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(current.childItems())
    return found


@pytest.mark.parametrize("language", ["ls", "ar"])
def test_every_topic_tile_shows_its_pictogram(open_kiosk, kiosk_config, language: str):
    """Each configured topic's pictogram (the model's ``pictogram`` role), inside its tile
    at the reading start: on the left, on the right in Arabic."""
    driver = open_kiosk(kiosk_config)
    driver.tap(f"language_{language}")
    driver.tap("startParticipate")
    driver.tap("prompt_heute")
    driver.wait_step("topic")
    for topic in [*(topic.id for topic in kiosk_config.topics), "anderes"]:
        tile = scene_rect(driver.wait_for(f"topic_{topic}"))
        image = pictogram_of(driver, f"topic_{topic}")
        assert Path(QUrl(image.property("source")).toLocalFile()) == PICTOGRAMS / f"{topic}.svg"
        picture = scene_rect(image)
        assert tile.contains(picture), topic
        assert (picture.center().x() > tile.center().x()) is (language == "ar"), topic
