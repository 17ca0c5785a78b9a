"""What the kiosk says when it reads itself aloud (EN 301 549 §5.1.3.1), without Qt.

The screens hand over what they show – a title, texts, headings, choices with their state,
fields with their content, the card code – as ``Part``s; this module turns them into the one
text an engine speaks. A focused control is worded by ``control_script``, the attendee's own
text by ``text_script``, the card code by ``code_script``: character by character, each
letter with a word of the spelling alphabet (DIN 5009 in German, ICAO in English), each group
a sentence of its own, so that a listener can write it down.

The few words of its own (``ausgewählt``, ``Schaltfläche`` …) are catalogue entries of the
context ``ReadAloud`` (``QT_TRANSLATE_NOOP``), worded in the UI language from the product's
``.ts`` files like every core text (``station_app.texts``); German until translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from station_app.texts import QT_TRANSLATE_NOOP, Catalogue, catalogue

CONTEXT = "ReadAloud"

SELECTED = QT_TRANSLATE_NOOP("ReadAloud", "ausgewählt")
NOT_SELECTED = QT_TRANSLATE_NOOP("ReadAloud", "nicht ausgewählt")
UNAVAILABLE = QT_TRANSLATE_NOOP("ReadAloud", "nicht verfügbar")
BUTTON = QT_TRANSLATE_NOOP("ReadAloud", "Schaltfläche")
FIELD = QT_TRANSLATE_NOOP("ReadAloud", "Eingabefeld")
EMPTY = QT_TRANSLATE_NOOP("ReadAloud", "leer")
CODE_INTRO = QT_TRANSLATE_NOOP("ReadAloud", "Ihr Kartencode lautet:")
LETTER_AS = QT_TRANSLATE_NOOP("ReadAloud", "%1 wie %2")
YOUR_TEXT = QT_TRANSLATE_NOOP("ReadAloud", "Ihr Text:")
NO_TEXT = QT_TRANSLATE_NOOP("ReadAloud", "Sie haben noch keinen Text geschrieben.")

Kind = Literal["title", "text", "heading", "choice", "option", "field", "button", "code"]
"""``choice``: one of several (says "ausgewählt" only when chosen); ``option``: a box that
is ticked or not (always says which); ``field``: a text field and what is written in it."""

SPELLING: dict[str, dict[str, str]] = {
    # DIN 5009:2022 (the city names of the revised German spelling table)
    "de": {"A": "Aachen", "B": "Berlin", "C": "Chemnitz", "D": "Düsseldorf", "E": "Essen",
           "F": "Frankfurt", "G": "Goslar", "H": "Hamburg", "I": "Ingelheim", "J": "Jena",
           "K": "Köln", "L": "Leipzig", "M": "München", "N": "Nürnberg", "O": "Offenbach",
           "P": "Potsdam", "Q": "Quickborn", "R": "Rostock", "S": "Salzwedel",
           "T": "Tübingen", "U": "Unna", "V": "Völklingen", "W": "Wuppertal", "X": "Xanten",
           "Y": "Ypsilon", "Z": "Zwickau"},
    # ICAO / NATO
    "en": {"A": "Alfa", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo",
           "F": "Foxtrot", "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliett",
           "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa",
           "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform",
           "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee", "Z": "Zulu"},
}
"""Spelling alphabets by language; a language without one hears the bare letters."""

SPELLING_OF = {"ls": "de"}
"""Languages spelled with another language's alphabet (Leichte Sprache is German)."""

_ENDINGS = (".", "!", "?", ":", ";", "…", "؟", "。")


@dataclass(frozen=True)
class Part:
    """One thing a screen shows, in reading order."""

    kind: Kind
    text: str
    checked: bool = False
    """For ``choice`` and ``option``: whether it is chosen or ticked."""
    value: str = ""
    """For ``field``: what is written in it; for a ``choice``: its description."""
    enabled: bool = True

    @classmethod
    def from_map(cls, data: dict[str, object]) -> Part:
        """A part from QML's ``{kind, text, checked, value, enabled}`` (missing keys: the
        defaults; an unknown kind is read as plain text)."""
        kind = str(data.get("kind", "text"))
        known = ("title", "text", "heading", "choice", "option", "field", "button", "code")
        return cls(kind if kind in known else "text",  # type: ignore[arg-type]
                   str(data.get("text") or ""), bool(data.get("checked", False)),
                   str(data.get("value") or ""), bool(data.get("enabled", True)))


class Words:
    """The module's own words in one language (German until the catalogue has them)."""

    def __init__(self, language: str, texts: Catalogue | None = None) -> None:
        self.language = language
        self._texts = texts

    def __call__(self, source: str) -> str:
        return (self._texts or catalogue()).translate(CONTEXT, source, self.language)


def sentence(text: str) -> str:
    """``text`` on one line, ending with a sentence mark (so that the voice pauses)."""
    text = " ".join(text.split())
    if text and not text.endswith(_ENDINGS):
        text += "."
    return text


def join(sentences: Iterable[str]) -> str:
    """The one text an engine is given: every non-empty sentence, in order."""
    return " ".join(sentence(part) for part in sentences if part.strip())


def part_sentences(part: Part, words: Words) -> list[str]:
    """What one part says: its text, and for controls their state."""
    text = " ".join(part.text.split())
    if part.kind == "code":
        return code_sentences(text, words)
    if not text and part.kind != "field":
        return []
    said = text.rstrip(".:") if part.kind != "text" and part.kind != "title" else text
    if part.kind == "heading":
        said = text
    elif part.kind == "choice":
        if part.value:
            said = f"{said}: {part.value}"
        if part.checked:
            said = f"{said}, {words(SELECTED)}"
    elif part.kind == "option":
        said = f"{said}, {words(SELECTED if part.checked else NOT_SELECTED)}"
    elif part.kind == "field":
        said = ", ".join(x for x in (said, words(FIELD)) if x)
        value = " ".join(part.value.split())
        said = f"{said}: {value}" if value else f"{said}, {words(EMPTY)}"
    elif part.kind == "button":
        said = f"{said}, {words(BUTTON)}"
    if not part.enabled:
        said = f"{said}, {words(UNAVAILABLE)}"
    return [said]


def screen_script(parts: Sequence[Part], language: str, texts: Catalogue | None = None) -> str:
    """Everything a screen says when "Vorlesen" is turned on or the screen appears: the
    title, the question, the headings and the choices, in the order shown. A text the screen
    shows twice (a field named after the question above it) is said once."""
    words = Words(language, texts)
    said: list[str] = []
    for part in parts:
        for line in part_sentences(part, words):
            if sentence(line) not in (sentence(x) for x in said):
                said.append(line)
    return join(said)


def control_script(part: Part, language: str, texts: Catalogue | None = None) -> str:
    """A control that received the focus (Tab) or is touched and held: its name and state.
    A choice says "nicht ausgewählt" here too: the attendee asked about this one."""
    words = Words(language, texts)
    if part.kind == "choice" and not part.checked:
        part = Part("option", part.text, False, "", part.enabled)
    return join(part_sentences(part, words))


def text_script(text: str, language: str, texts: Catalogue | None = None) -> str:
    """"Text vorlesen": the attendee's own text, as written."""
    words = Words(language, texts)
    if not text.strip():
        return sentence(words(NO_TEXT))
    return join([words(YOUR_TEXT), *text.splitlines()])


def spell_group(group: str, language: str, words: Words) -> str:
    """One group of the code, character by character: ``K wie Köln, 7, M wie München``."""
    alphabet = SPELLING.get(SPELLING_OF.get(language, language), {})
    said = []
    for char in group.upper():
        if char.isalpha() and char in alphabet:
            said.append(words(LETTER_AS).replace("%1", char).replace("%2", alphabet[char]))
        elif char.strip():
            said.append(char)
    return ", ".join(said)


def code_sentences(code: str, words: Words) -> list[str]:
    """The card code: an introduction and one sentence per group (``K7M-4QX-9TRP``)."""
    groups = [group for group in code.replace(" ", "-").split("-") if group]
    if not groups:
        return []
    return [words(CODE_INTRO), *(spell_group(group, words.language, words) for group in groups)]


def code_script(code: str, language: str, texts: Catalogue | None = None) -> str:
    """The card code alone, spelled (the thank-you screen says it within its script)."""
    return join(code_sentences(code, Words(language, texts)))


def chosen_engine(setting: str, available: Sequence[str]) -> str | None:
    """The Qt TextToSpeech engine to use: ``setting`` (``STATION_APP_SPEECH_ENGINE``) when it
    names an installed one, none for ``none``/``off``, else the platform's own (``speechd``
    on Linux, ``winrt`` or ``sapi`` on Windows, ``darwin`` on macOS) – never Qt's ``mock``
    unless asked for."""
    setting = setting.strip().lower()
    if setting in ("none", "off", "0", "no"):
        return None
    if setting:
        return setting if setting in available else None
    for name in ("speechd", "winrt", "sapi", "darwin", "android", "flite"):
        if name in available:
            return name
    return next((name for name in available if name != "mock"), None)


def readiness_line(engine: str | None, voiced: Sequence[str], unvoiced: Sequence[str],
                   module: str = "") -> str:
    """``station-app check``'s one line about speech output."""
    if engine is None or not voiced:
        why = "no engine" if engine is None else f"no voice from {engine}"
        return f"speech: {why} – the Vorlesen control is hidden"
    via = {"speechd": "speech-dispatcher"}.get(engine, engine)
    what = f"{module} voices" if module else "voices"
    line = f"speech: {what} for {', '.join(voiced)} via {via}"
    if unvoiced:
        line += f"; no voice for {', '.join(unvoiced)} (read with the default voice)"
    return line
