"""Texts the Qt-free core words itself (labels, receipts, messages), in every UI language.

There is one translation workflow for the whole product: the Qt Linguist files in
``resources/translations/station_<language>.ts``. The QML and the bridges are translated by
Qt from the compiled ``.qm`` files; the core, which must not import Qt, reads the same
``.ts`` files here. Core strings are marked with ``QT_TRANSLATE_NOOP(context, source)`` so
that ``pyside6-lupdate`` finds them beside the QML strings; German is the source language.

What the core has to say to a person on screen (a printer that is missing, a collector that
cannot be reached, an enrolment file for another station) is a ``Message``: a catalogue
entry and its arguments, worded in the UI language where it is shown. ``WordedError``
carries one beside its technical English sentence, which stays what the command line prints
and the log keeps.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from station_app.errors import UserError

SOURCE_LANGUAGE = "de"
_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark ``source`` for translation in ``context``; returns it unchanged (German)."""
    return source


class Catalogue:
    """Translations read from the ``.ts`` files of one folder, one language at a time."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._languages: dict[str, dict[tuple[str, str], str]] = {}

    def translate(self, context: str, source: str, language: str) -> str:
        """``source`` in ``language``; German (the source) when there is no translation."""
        if language == SOURCE_LANGUAGE:
            return source
        return self._messages(language).get((context, source)) or source

    def has(self, context: str, source: str, language: str) -> bool:
        return language == SOURCE_LANGUAGE or (context, source) in self._messages(language)

    def _messages(self, language: str) -> dict[tuple[str, str], str]:
        if language not in self._languages:
            self._languages[language] = read_ts(self._folder / f"station_{language}.ts")
        return self._languages[language]


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of the finished entries of a ``.ts`` file."""
    import xml.etree.ElementTree as ET  # on first use: not on the kiosk's start path

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = forms[-1] if forms else ""
            else:
                text = translation.text or ""
            if text:
                found[(name, source)] = text
    return found


@functools.cache
def catalogue() -> Catalogue:
    """The product's catalogue (``resources/translations``), read on first use."""
    from station_app.paths import resources_dir

    return Catalogue(resources_dir() / "translations")


def translate(context: str, source: str, language: str) -> str:
    """``source`` (German) in ``language``, from the product's catalogue."""
    return catalogue().translate(context, source, language)


def fill(text: str, args: tuple[str, ...]) -> str:
    """``text`` with ``%1`` … ``%9`` replaced by ``args`` in one pass (an argument that
    itself contains ``%2`` stays as it is)."""
    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(argument, text)


@dataclass(frozen=True)
class Message:
    """A sentence for a person: a catalogue entry (German source, ``%1`` …) and its
    arguments, worded in the language of the screen that shows it.

    Arguments are plain values a facilitator needs (a printer's or a file's name, a station
    id), never an exception's text or a traceback.
    """

    context: str
    source: str
    args: tuple[str, ...] = ()

    def text(self, language: str, texts: Catalogue | None = None) -> str:
        """The sentence in ``language`` (German when it has no translation yet)."""
        found = (texts or catalogue()).translate(self.context, self.source, language)
        return fill(found, self.args)


class WordedError(UserError):
    """A refusal with two faces: ``str()`` is the technical English sentence (command line,
    log), ``message`` is what a screen shows in its language."""

    message: Message

    def __init__(self, detail: str, message: Message) -> None:
        super().__init__(detail, message)


def worded(error: UserError, language: str) -> str:
    """What a screen says for ``error`` in ``language``: its ``message`` when the core
    worded it, else its one English sentence (never a traceback)."""
    return error.message.text(language) if error.message is not None else str(error)
