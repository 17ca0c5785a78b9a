"""The core's messages: one catalogue (the .ts files), German first, English from station_en."""

from __future__ import annotations

from pathlib import Path

from station_app.errors import UserError
from station_app.texts import Catalogue, Message, WordedError, fill, read_ts

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>PrinterProblem</name>
    <message>
        <source>Drucker „%1“ nicht gefunden</source>
        <translation>Printer “%1” not found</translation>
    </message>
    <message numerus="yes">
        <source>%n Karten</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Neu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_arguments_are_filled_in_one_pass():
    assert fill("%1 und %2", ("a%2", "b")) == "a%2 und b"
    assert fill("%1 fehlt: %3", ("x",)) == "x fehlt: %3"


def test_a_message_is_worded_in_the_language_of_the_screen(tmp_path: Path):
    (tmp_path / "station_en.ts").write_text(TS, encoding="utf-8")
    texts = Catalogue(tmp_path)
    message = Message("PrinterProblem", "Drucker „%1“ nicht gefunden", ("Kasse",))
    assert message.text("de", texts) == "Drucker „Kasse“ nicht gefunden"
    assert message.text("en", texts) == "Printer “Kasse” not found"
    assert Message("PrinterProblem", "Neu").text("en", texts) == "Neu"  # not translated yet


def test_the_product_catalogue_has_english_for_core_messages():
    message = Message("SyncProblem", "Sammelstelle nicht erreichbar")
    assert message.text("en") == "Collection point not reachable"


def test_a_worded_error_keeps_its_technical_sentence_for_the_command_line():
    error = WordedError("printer 'Kasse' not found", Message("PrinterProblem", "x"))
    assert isinstance(error, UserError)
    assert str(error) == "printer 'Kasse' not found"
    assert error.message.source == "x"


def test_numerus_entries_are_read_with_their_plural_form(tmp_path: Path):
    path = tmp_path / "station_en.ts"
    path.write_text(TS, encoding="utf-8")
    assert read_ts(path)[("PrinterProblem", "%n Karten")] == "%n cards"
