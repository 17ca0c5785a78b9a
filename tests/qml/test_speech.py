"""Speech output ("Vorlesen", EN 301 549 §5.1.3.1) on the real kiosk, with Qt's mock engine.

What is asserted is what reached the engine: ``SpeechBridge.spoken`` holds the texts the
engine reported speaking (its state turned to Speaking after ``say()``), and the mock
engine's own ``sayingWord`` signal names each word it speaks.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.exceptions import TimeoutError as WaitTimeout

from station_app.app import KioskTiming
from station_app.qml.speech import ENGINE_VARIABLE, SpeechBridge
from station_app.speech_script import SPELLING
from tests.qml.conftest import Driver
from tests.qml.geometry import layout_problems

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "speech"
GERMAN_TITLES = {"prompt": "Wozu möchten Sie etwas sagen?",
                 "topic": "Zu welchem Themenfeld passt Ihre Karte?",
                 "details": "Möchten Sie noch etwas über sich sagen?",
                 "contact": "Dürfen wir Sie wieder einladen?",
                 "review": "Ihre Karte – ist alles richtig?", "thanks": "Vielen Dank!"}
TEXT = "Mehr Bänke im Westpark"


@pytest.fixture
def speaking_kiosk(open_kiosk, kiosk_config, monkeypatch) -> Callable[..., Driver]:
    """A kiosk whose speech output is Qt's mock engine, loaded and available."""
    monkeypatch.setenv(ENGINE_VARIABLE, "mock")

    def open_(**kwargs: object) -> Driver:
        driver = open_kiosk(kiosk_config, **kwargs)
        driver.qtbot.waitUntil(lambda: speech(driver).property("available"))
        return driver

    return open_


def speech(driver: Driver) -> SpeechBridge:
    return driver.kiosk.bridges.speech


def said_since(driver: Driver, count: int, starting: str = "", timeout: int = 5000) -> str:
    """The first text the engine began to speak after the first ``count``, that starts with
    ``starting``."""
    spoken = speech(driver).spoken

    def found() -> str:
        return next((text for text in spoken[count:] if text.startswith(starting)), "")

    driver.qtbot.waitUntil(lambda: bool(found()), timeout=timeout)
    return found()


def turn_on(driver: Driver, step: str) -> str:
    """Tap "Vorlesen" on ``step``; returns what the screen then said."""
    count = len(speech(driver).spoken)
    driver.tap(f"{step}_readAloud")
    driver.qtbot.waitUntil(lambda: speech(driver).property("active"))
    return said_since(driver, count)


def in_order(text: str, pieces: list[str]) -> bool:
    """Each of ``pieces`` occurs in ``text``, one after the other."""
    at = 0
    for piece in pieces:
        found = text.find(" ".join(piece.split()), at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def shown_texts(driver: Driver, prefix: str) -> list[str]:
    """The labels of the shown tiles whose objectName starts with ``prefix``, in order."""
    controls = ("readAloud", "speechSettings", "largeText", "back", "next", "skip")
    return [placed.item.property("text") for placed in driver.walk()
            if placed.shown and placed.item.objectName().startswith(prefix)
            and placed.item.objectName()[len(prefix):] not in controls
            and placed.item.inherits("QQuickAbstractButton")]


def screen_title(driver: Driver, step: str) -> str:
    return driver.find(f"{step}Screen").property("title")


def next_screen(driver: Driver, tap: str, step: str) -> str:
    """Tap ``tap`` (speech on), wait for ``step``; returns what that screen said."""
    count = len(speech(driver).spoken)
    driver.tap(tap)
    driver.wait_step(step)
    title = screen_title(driver, step) if step != "thanks" else ""
    return said_since(driver, count, title)


@pytest.mark.parametrize("language", ["de", "ls", "en", "tr", "ar", "pl", "ro", "bg", "uk",
                                      "ru"])
def test_every_screen_reads_its_title_question_and_choices(speaking_kiosk, language: str):
    driver = speaking_kiosk()
    if language != "de":
        driver.tap(f"language_{language}")
        driver.qtbot.waitUntil(lambda: driver.kiosk.bridges.language.language == language)
    said = turn_on(driver, "start")
    languages = shown_texts(driver, "language_")
    assert in_order(said, [driver.kiosk.kiosk.property("eventName"),
                           driver.text_of("startParticipate"), *languages]), said
    assert f"{driver.text_of('startParticipate')}, " in said  # "Mitmachen, Schaltfläche"

    steps = [("startParticipate", "prompt", "prompt_"),
             ("prompt_herausforderungen", "topic", "topic_"),
             ("topic_bildung", "write", "")]
    for tap, step, tiles in steps:
        said = next_screen(driver, tap, step)
        title = screen_title(driver, step)
        subtitle = driver.find(f"{step}Screen").property("subtitle")
        choices = shown_texts(driver, tiles) if tiles else []
        assert in_order(said, [title, subtitle, *choices]), said
        if language not in ("de", "ls") and step in GERMAN_TITLES:
            assert GERMAN_TITLES[step] not in said
    assert driver.find("writeArea").property("placeholderText")  # the field is read as empty

    driver.type(TEXT)
    said = next_screen(driver, "write_next", "details")
    districts = shown_texts(driver, "district_")
    assert in_order(said, [screen_title(driver, "details"), *districts]), said
    assert len(districts) > 5
    said = next_screen(driver, "details_next", "contact")
    assert in_order(said, [screen_title(driver, "contact"),
                           driver.text_of("contactConsent").rstrip(".")]), said
    said = next_screen(driver, "contact_skip", "review")
    assert in_order(said, [screen_title(driver, "review"), TEXT]), said
    if language not in ("de", "ls"):
        assert GERMAN_TITLES["review"] not in said

    count = len(speech(driver).spoken)
    driver.tap("review_next")
    driver.wait_step("thanks")
    code = driver.kiosk.kiosk.property("lastCode")
    first = code.split("-")[0]
    pattern = re.compile(".*?".join(re.escape(char) for char in first))
    driver.qtbot.waitUntil(lambda: any(pattern.search(text)
                                       for text in speech(driver).spoken[count:]))
    said = next(text for text in speech(driver).spoken[count:] if pattern.search(text))
    if language not in ("de", "ls"):
        assert GERMAN_TITLES["thanks"] not in said


def test_the_code_is_spelled_character_by_character(speaking_kiosk):
    driver = speaking_kiosk()
    turn_on(driver, "start")
    driver.write_card("herausforderungen", "bildung", TEXT)
    driver.tap("details_skip")
    driver.wait_step("contact")
    driver.tap("contact_skip")
    driver.wait_step("review")
    count = len(speech(driver).spoken)
    driver.tap("review_next")
    driver.wait_step("thanks")
    said = said_since(driver, count, "Vielen Dank!")
    code = driver.kiosk.kiosk.property("lastCode")
    groups = [", ".join(f"{char} wie {SPELLING['de'][char]}" if char.isalpha() else char
                        for char in group) for group in code.split("-")]
    assert "Ihr Kartencode lautet: " + ". ".join(groups) + "." in said, said


def test_focus_moves_read_the_name_and_state(speaking_kiosk):
    driver = speaking_kiosk()
    turn_on(driver, "start")
    count = len(speech(driver).spoken)
    driver.focus_by_tab("start_largeText")
    assert said_since(driver, count, "Große Schrift") == "Große Schrift, nicht ausgewählt."
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    driver.wait_step("write")
    driver.type(TEXT)
    driver.tap("write_next")
    driver.wait_step("details")
    tile = "district_innenstadt-nord"
    label = driver.text_of(tile)
    count = len(speech(driver).spoken)
    driver.focus_by_tab(tile)
    assert said_since(driver, count, label) == f"{label}, nicht ausgewählt."
    count = len(speech(driver).spoken)
    driver.key(Qt.Key.Key_Space, text=" ")
    assert said_since(driver, count, label) == f"{label}, ausgewählt."
    count = len(speech(driver).spoken)
    driver.focus_by_tab("details_readAloud")
    assert said_since(driver, count, "Vorlesen") == "Vorlesen, ausgewählt."


def test_the_mock_engine_speaks_each_word(speaking_kiosk):
    driver = speaking_kiosk()
    turn_on(driver, "start")
    engine = speech(driver).engine()
    words: list[str] = []
    engine.sayingWord.connect(lambda word, *_: words.append(word))
    driver.focus_by_tab("start_largeText")
    # the mock engine splits at every non-ASCII character (Qt's \\W without Unicode)
    expected = [w for w in re.split(r"[^A-Za-z0-9_]+", "Große Schrift, nicht ausgewählt.") if w]
    driver.qtbot.waitUntil(lambda: [w for w in words if w] == expected)


def test_a_held_touch_reads_the_control_and_does_not_press_it(speaking_kiosk):
    driver = speaking_kiosk()
    turn_on(driver, "start")
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    tile = driver.wait_for("prompt_herausforderungen")
    label = tile.property("text")
    count = len(speech(driver).spoken)
    point = driver.centre(tile)
    driver.qtbot.mousePress(driver.window, Qt.MouseButton.LeftButton, pos=point)
    assert said_since(driver, count, label) == f"{label}, nicht ausgewählt."
    driver.qtbot.mouseRelease(driver.window, Qt.MouseButton.LeftButton, pos=point)
    driver.qtbot.waitUntil(lambda: driver.step == "prompt" and driver.settled())
    assert driver.kiosk.kiosk.property("promptId") == ""
    # a tap still presses
    driver.tap("prompt_herausforderungen")
    driver.wait_step("topic")


def test_the_written_text_is_read_back_on_the_write_and_review_screens(speaking_kiosk):
    driver = speaking_kiosk()
    assert driver.gone("writeReadBack")
    turn_on(driver, "start")
    driver.tap("startParticipate")
    driver.tap("prompt_herausforderungen")
    driver.tap("topic_bildung")
    driver.wait_step("write")
    count = len(speech(driver).spoken)
    driver.tap("writeReadBack")
    assert said_since(driver, count, "Sie") == "Sie haben noch keinen Text geschrieben."
    driver.type(TEXT)
    count = len(speech(driver).spoken)
    driver.tap("writeReadBack")
    assert said_since(driver, count, "Ihr Text") == f"Ihr Text: {TEXT}."
    driver.tap("write_next")
    driver.tap("details_skip")
    driver.tap("contact_skip")
    driver.wait_step("review")
    count = len(speech(driver).spoken)
    driver.tap("reviewReadBack")
    assert said_since(driver, count, "Ihr Text") == f"Ihr Text: {TEXT}."


def test_volume_and_rate_reach_the_engine(speaking_kiosk):
    driver = speaking_kiosk()
    bridge = speech(driver)
    engine = bridge.engine()
    turn_on(driver, "start")
    driver.tap("start_speechSettings")
    assert engine.volume() == pytest.approx(0.8)
    driver.tap("start_volumeMore")
    driver.qtbot.waitUntil(lambda: engine.volume() == pytest.approx(0.9))
    assert driver.text_of("start_volumeValue") == "Lautstärke: 90 %"
    driver.tap("start_rateLess")
    driver.qtbot.waitUntil(lambda: engine.rate() == pytest.approx(-0.25))
    assert driver.text_of("start_rateValue") == "Sprechtempo: −1"
    assert bridge.spoken[-1] == "Sprechtempo: −1."
    for _ in range(4):
        driver.tap("start_volumeLess")
    assert engine.volume() == pytest.approx(0.5)


def test_the_inactivity_reset_stops_speech_and_the_next_attendee_starts_without(
        speaking_kiosk):
    timing = KioskTiming(inactivity_ms=1500, warning_seconds=1, thank_you_ms=60_000, tick_ms=100)
    driver = speaking_kiosk(timing=timing)
    bridge = speech(driver)
    turn_on(driver, "start")
    driver.tap("start_speechSettings")
    driver.tap("start_volumeMore")
    count = len(bridge.spoken)
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    said_since(driver, count, screen_title(driver, "prompt"))
    engine = bridge.engine()
    assert engine.state().name == "Speaking"
    driver.qtbot.waitUntil(lambda: driver.step == "start" and not bridge.property("active"),
                           timeout=8000)
    assert engine.state().name == "Ready"
    assert engine.volume() == pytest.approx(0.8)
    assert driver.find("start_readAloud").property("checked") is False


def test_back_to_the_start_keeps_speech_on_and_fertig_turns_it_off(speaking_kiosk):
    driver = speaking_kiosk()
    bridge = speech(driver)
    turn_on(driver, "start")
    driver.tap("start_speechSettings")
    driver.tap("start_volumeMore")
    driver.tap("startParticipate")
    driver.tap("prompt_back")  # "Zurück" to the start: the same attendee, still on
    driver.wait_step("start")
    assert bridge.property("active")
    driver.write_card("herausforderungen", "bildung", TEXT)
    driver.tap("details_skip")
    driver.tap("contact_skip")
    driver.wait_step("review")
    driver.tap("review_next")
    driver.wait_step("thanks")
    assert bridge.property("active")
    engine = bridge.engine()
    driver.qtbot.waitUntil(lambda: engine.state().name == "Speaking")
    driver.tap("thanksDone")
    driver.wait_step("start")
    assert not bridge.property("active")
    driver.qtbot.waitUntil(lambda: engine.state().name == "Ready")
    assert engine.volume() == pytest.approx(0.8)
    assert driver.find("start_readAloud").property("checked") is False
    assert driver.gone("start_speechSettings")


def test_without_an_engine_the_control_is_hidden(open_kiosk, kiosk_config, monkeypatch):
    monkeypatch.setenv(ENGINE_VARIABLE, "none")
    driver = open_kiosk(kiosk_config)
    assert not speech(driver).property("available")
    assert driver.gone("start_readAloud")
    driver.tap("startParticipate")
    driver.wait_step("prompt")
    assert driver.gone("prompt_readAloud")


def open_settings(driver: Driver, step: str) -> None:
    """Tap the settings button; wait until their row is laid out below it."""
    button = driver.wait_for(f"{step}_speechSettings")
    driver.tap(f"{step}_speechSettings")
    row = driver.wait_for(f"{step}_speechSettingsRow")

    def below() -> bool:
        top = row.mapToScene(QPointF(0, 0)).y()
        return top >= button.mapToScene(QPointF(0, button.height())).y()

    driver.qtbot.waitUntil(below)


def walk_with_speech(driver: Driver) -> Iterator[str]:
    """The screens with "Vorlesen" on and its settings open, the keyboard up on "write"."""
    turn_on(driver, "start")
    open_settings(driver, "start")
    yield "start"
    for tap, step in (("startParticipate", "prompt"), ("prompt_herausforderungen", "topic"),
                      ("topic_bildung", "write")):
        driver.tap(tap)
        driver.wait_step(step)
        open_settings(driver, step)
        if step == "write":
            driver.type(TEXT)
            driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
        yield step
    driver.tap("write_next")
    driver.tap("details_skip")
    driver.tap("contact_skip")
    driver.wait_step("review")
    open_settings(driver, "review")
    yield "review"
    driver.tap("review_next")
    driver.wait_step("thanks")
    open_settings(driver, "thanks")
    yield "thanks"


@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_control_fits_and_is_large_enough(speaking_kiosk, size, language: str):
    driver = speaking_kiosk(size=size)
    if language != "de":
        driver.tap(f"language_{language}")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for step in walk_with_speech(driver):
        driver.qtbot.waitUntil(driver.settled)
        with contextlib.suppress(WaitTimeout):  # the layout follows at the next frame
            driver.qtbot.waitUntil(lambda: not layout_problems(driver.window), timeout=2000)
        problems = layout_problems(driver.window)
        assert problems == [], (step, problems)
        names = [f"{step}_readAloud", f"{step}_speechSettings", f"{step}_volumeLess",
                 f"{step}_volumeMore", f"{step}_rateLess", f"{step}_rateMore"]
        if step in ("write", "review"):
            names.append(f"{step}ReadBack")
        for name in names:
            item = driver.wait_for(name)
            assert item.width() >= 48 and item.height() >= 48, name
            assert item.property("accessibleName") or item.property("text"), name
            corner = item.mapToScene(QPointF(item.width(), item.height()))
            assert corner.x() <= size[0] + 1 and corner.y() <= size[1] + 1, name
        shot = SHOTS / f"{size[0]}x{size[1]}-{language}-{step}.png"
        assert driver.window.grabWindow().save(str(shot))
