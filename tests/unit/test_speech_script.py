"""What the kiosk says aloud: each screen's script, controls, the text, the spelled code."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_app.protocol.codes import new_code
from station_app.speech_script import (
    SPELLING,
    Part,
    chosen_engine,
    code_script,
    control_script,
    readiness_line,
    screen_script,
    text_script,
)
from station_app.texts import Catalogue

ENGLISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>ReadAloud</name>
    <message><source>ausgewählt</source><translation>selected</translation></message>
    <message><source>nicht ausgewählt</source><translation>not selected</translation></message>
    <message><source>Schaltfläche</source><translation>button</translation></message>
    <message><source>Eingabefeld</source><translation>text field</translation></message>
    <message><source>leer</source><translation>empty</translation></message>
    <message><source>Ihr Kartencode lautet:</source>
        <translation>Your card code is:</translation></message>
    <message><source>%1 wie %2</source><translation>%1 as in %2</translation></message>
    <message><source>Ihr Text:</source><translation>Your text:</translation></message>
</context>
</TS>
"""

PROMPT_SCREEN = {
    "de": [Part("title", "Wozu möchten Sie etwas sagen?"),
           Part("text", "Wählen Sie eine Frage aus."),
           Part("choice", "Was macht Dortmund heute aus?"),
           Part("choice", "Was sollte erhalten bleiben?", checked=True)],
    "en": [Part("title", "What would you like to comment on?"),
           Part("text", "Choose a question"),
           Part("choice", "What makes Dortmund what it is today?"),
           Part("choice", "What should be preserved?", checked=True)],
    "ar": [Part("title", "حول ماذا تودّون التحدث؟"),
           Part("text", "اختاروا سؤالاً."),
           Part("choice", "ما الذي يميز دورتموند اليوم؟"),
           Part("choice", "ما الذي يجب الحفاظ عليه؟", checked=True)],
}


@pytest.fixture
def english(tmp_path: Path) -> Catalogue:
    (tmp_path / "station_en.ts").write_text(ENGLISH_TS, encoding="utf-8")
    return Catalogue(tmp_path)


def test_a_screen_says_its_title_question_and_choices_in_german():
    assert screen_script(PROMPT_SCREEN["de"], "de") == (
        "Wozu möchten Sie etwas sagen? Wählen Sie eine Frage aus. "
        "Was macht Dortmund heute aus? Was sollte erhalten bleiben?, ausgewählt.")


def test_a_screen_says_its_own_words_in_the_ui_language(english):
    assert screen_script(PROMPT_SCREEN["en"], "en", english) == (
        "What would you like to comment on? Choose a question. "
        "What makes Dortmund what it is today? What should be preserved?, selected.")


def test_arabic_is_said_as_written_with_its_own_question_mark():
    said = screen_script(PROMPT_SCREEN["ar"], "ar")
    assert said.startswith("حول ماذا تودّون التحدث؟ اختاروا سؤالاً. ما الذي يميز دورتموند اليوم؟")
    assert "؟." not in said


def test_empty_parts_and_repeats_are_left_out():
    parts = [Part("title", "Vielen Dank!"), Part("text", ""), Part("text", "  "),
             Part("heading", "Vielen Dank!"), Part("text", "Ihre\nKarte  ist gespeichert")]
    assert screen_script(parts, "de") == "Vielen Dank! Ihre Karte ist gespeichert."


def test_fields_options_buttons_and_descriptions():
    parts = [Part("heading", "Ihre E-Mail-Adresse"),
             Part("field", "Ihre E-Mail-Adresse"),
             Part("option", "Ich bin einverstanden."),
             Part("choice", "Anderes Thema", value="Passt in keines der Felder"),
             Part("button", "Mitmachen"),
             Part("button", "Weiter", enabled=False)]
    assert screen_script(parts, "de") == (
        "Ihre E-Mail-Adresse. Ihre E-Mail-Adresse, Eingabefeld, leer. "
        "Ich bin einverstanden, nicht ausgewählt. Anderes Thema: Passt in keines der Felder. "
        "Mitmachen, Schaltfläche. Weiter, Schaltfläche, nicht verfügbar.")


def test_a_focused_control_says_its_name_and_state(english):
    assert control_script(Part("choice", "Innenstadt-Nord"), "de") == (
        "Innenstadt-Nord, nicht ausgewählt.")
    assert control_script(Part("choice", "Innenstadt-Nord", checked=True), "de") == (
        "Innenstadt-Nord, ausgewählt.")
    assert control_script(Part("option", "Large text", checked=True), "en", english) == (
        "Large text, selected.")
    assert control_script(Part("field", "Your text", value="More benches"), "en",
                          english) == "Your text, text field: More benches."
    assert control_script(Part("button", "Next"), "en", english) == "Next, button."


def test_parts_come_from_qml_maps():
    part = Part.from_map({"kind": "choice", "text": "Bildung", "checked": True,
                          "value": None, "enabled": True})
    assert part == Part("choice", "Bildung", checked=True)
    assert Part.from_map({"kind": "odd", "text": "x"}).kind == "text"


def test_the_written_text_is_read_back():
    assert text_script("Mehr Bänke\nim Westpark", "de") == "Ihr Text: Mehr Bänke. im Westpark."
    assert text_script("  ", "de") == "Sie haben noch keinen Text geschrieben."


def test_the_code_is_spelled_with_the_german_spelling_alphabet():
    assert code_script("K7M-4QX-9TRP", "de") == (
        "Ihr Kartencode lautet: K wie Köln, 7, M wie München. "
        "4, Q wie Quickborn, X wie Xanten. 9, T wie Tübingen, R wie Rostock, P wie Potsdam.")
    # Leichte Sprache spells with the German alphabet (its introduction is its own)
    assert code_script("K7M-4QX-9TRP", "ls").endswith(": K wie Köln, 7, M wie München. "
                                                      "4, Q wie Quickborn, X wie Xanten. "
                                                      "9, T wie Tübingen, R wie Rostock, "
                                                      "P wie Potsdam.")


def test_the_code_in_english_and_in_a_language_without_an_alphabet(english):
    assert code_script("K7M-4QX-9TRP", "en", english) == (
        "Your card code is: K as in Kilo, 7, M as in Mike. 4, Q as in Quebec, X as in X-ray. "
        "9, T as in Tango, R as in Romeo, P as in Papa.")
    assert code_script("K7M-4QX-9TRP", "ar").endswith("K, 7, M. 4, Q, X. 9, T, R, P.")


def test_every_code_symbol_has_a_word():
    code = new_code()
    said = code_script(code, "de")
    for char in code.replace("-", ""):
        assert (f"{char} wie {SPELLING['de'][char]}" if char.isalpha() else char) in said


def test_a_code_part_within_a_screen():
    parts = [Part("title", "Vielen Dank!"), Part("code", "AB2-CDE-FGH3")]
    assert screen_script(parts, "de").startswith(
        "Vielen Dank! Ihr Kartencode lautet: A wie Aachen, B wie Berlin, 2. C wie Chemnitz")


@pytest.mark.parametrize(("setting", "available", "chosen"), [
    ("", ["mock", "speechd"], "speechd"),
    ("", ["mock"], None),
    ("", ["sapi", "winrt", "mock"], "winrt"),
    ("mock", ["mock", "speechd"], "mock"),
    ("MOCK ", ["mock"], "mock"),
    ("none", ["speechd"], None),
    ("flite", ["speechd"], None),
])
def test_the_engine_is_the_setting_or_the_platform_s(setting, available, chosen):
    assert chosen_engine(setting, available) == chosen


def test_the_check_line():
    assert readiness_line("speechd", ["de", "en"], [], "espeak-ng") == (
        "speech: espeak-ng voices for de, en via speech-dispatcher")
    assert readiness_line("mock", ["en"], ["de"]) == (
        "speech: voices for en via mock; no voice for de (read with the default voice)")
    assert readiness_line(None, [], []) == "speech: no engine – the Vorlesen control is hidden"
    assert readiness_line("speechd", [], ["de"]) == (
        "speech: no voice from speechd – the Vorlesen control is hidden")
