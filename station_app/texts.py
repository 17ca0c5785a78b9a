"""Texts the Qt-free core words itself (labels, receipts, messages), in every UI language.

There is one translation workflow for the whole product: the Qt Linguist files in
``resources/translations/station_<language>.ts``. The QML and the bridges are translated by
Qt from the compiled ``.qm`` files; the core, which must not import Qt, reads the same
``.ts`` files here. Core strings are marked with ``QT_TRANSLATE_NOOP(context, source)`` so
that ``pyside6-lupdate`` finds them beside the QML strings; German is the source language.
"""

from __future__ import annotations

import functools
from pathlib import Path

SOURCE_LANGUAGE = "de"


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
