"""One label service: the words for the ids on a card, in any language.

A card stores ids (prompt, topic, district, age group, source). Everything that shows a
card – the kiosk, the dashboard, the receipt, the batch for the collector, the exports and
the report – asks ``LabelBook`` for the words: configured choices from the station file
(German label plus its translations), built-in ones ("Anderes Thema", "keine Angabe",
where a card came from) from the translation catalogue. A language without a translation
falls back to German.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from station_app.config import OTHER_TOPIC_ID, Choice, StationConfig
from station_app.logos import logo_file
from station_app.texts import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, Catalogue, catalogue

Kind = Literal["prompts", "topics", "districts", "age_groups"]
KINDS: tuple[Kind, ...] = ("prompts", "topics", "districts", "age_groups")

CONTEXT = "Labels"
OTHER_TOPIC = QT_TRANSLATE_NOOP("Labels", "Anderes Thema")
NOT_GIVEN = QT_TRANSLATE_NOOP("Labels", "keine Angabe")
SOURCES = {
    "kiosk": QT_TRANSLATE_NOOP("Labels", "Station (Touchscreen)"),
    "paper": QT_TRANSLATE_NOOP("Labels", "Papierkarte"),
}


class LabelBook:
    """Labels for one station configuration."""

    def __init__(self, config: StationConfig, texts: Catalogue | None = None) -> None:
        self._choices: dict[str, dict[str, Choice]] = {
            kind: {choice.id: choice for choice in getattr(config, kind)} for kind in KINDS}
        self._texts = texts
        self._languages = list(config.kiosk.languages)

    @property
    def texts(self) -> Catalogue:
        if self._texts is None:
            self._texts = catalogue()
        return self._texts

    def choice(self, kind: Kind, key: str) -> Choice | None:
        return self._choices[kind].get(key)

    def label(self, kind: Kind, key: str | None, language: str = SOURCE_LANGUAGE) -> str:
        """The label of ``key`` among ``kind``; '' for a missing optional value, the id if
        the configuration does not know it (a card written under an older configuration)."""
        if key is None or key == "":
            return ""
        choice = self._choices[kind].get(key)
        if choice is not None:
            return choice.label_for(language)
        if kind == "topics" and key == OTHER_TOPIC_ID:
            return self.other_topic(language)
        return key

    def chart_label(self, kind: Kind, key: str | None, language: str = SOURCE_LANGUAGE) -> str:
        """Like ``label``, but a missing value is a bar of its own ("keine Angabe")."""
        return self.label(kind, key, language) if key else self.not_given(language)

    def choices(self, kind: Kind, language: str = SOURCE_LANGUAGE) -> list[tuple[str, str]]:
        """``(id, label)`` of every configured choice of ``kind``, in configuration order."""
        return [(key, choice.label_for(language)) for key, choice in self._choices[kind].items()]

    def mapping(self, kind: Kind, language: str = SOURCE_LANGUAGE) -> dict[str, str]:
        """``{id: label}`` of every configured choice of ``kind`` (topics with "Anderes
        Thema"), for labelling many rows at once."""
        labels = dict(self.choices(kind, language))
        if kind == "topics":
            labels.setdefault(OTHER_TOPIC_ID, self.other_topic(language))
        return labels

    def example(self, prompt_id: str, language: str = SOURCE_LANGUAGE) -> str:
        """The writing screen's example for a prompt in ``language``, else German ('' if
        none)."""
        choice = self._choices["prompts"].get(prompt_id)
        return choice.example_for(language) if choice else ""

    def pictogram(self, kind: Kind, key: str) -> Path | None:
        """The pictogram file a configured choice's tile shows, or None: none configured,
        or its file is not there (the tile is shown without it). The setting names a file
        inside ``resources/`` (or an absolute path), as a logo setting does."""
        choice = self._choices[kind].get(key)
        path = logo_file(choice.pictogram) if choice is not None else None
        return path if path is not None and path.is_file() else None

    def every_language(self, kind: Kind, key: str | None) -> dict[str, str] | None:
        """``{language: label}`` in every station language (what a batch carries), or None
        for a missing or unknown value."""
        if not key:
            return None
        if kind == "topics" and key == OTHER_TOPIC_ID:
            return {language: self.other_topic(language)
                    for language in dict.fromkeys([SOURCE_LANGUAGE, *self._languages])}
        choice = self._choices[kind].get(key)
        if choice is None:
            return None
        return {SOURCE_LANGUAGE: choice.label,
                **{language: text for language, text in choice.translations.items()
                   if language in self._languages}}  # not those kept ready, unoffered

    def other_topic(self, language: str = SOURCE_LANGUAGE) -> str:
        return self.texts.translate(CONTEXT, OTHER_TOPIC, language)

    def not_given(self, language: str = SOURCE_LANGUAGE) -> str:
        return self.texts.translate(CONTEXT, NOT_GIVEN, language)

    def source(self, source: str, language: str = SOURCE_LANGUAGE) -> str:
        """Where a card came from: the kiosk's touchscreen or a transcribed paper card."""
        text = SOURCES.get(source)
        return self.texts.translate(CONTEXT, text, language) if text else source
