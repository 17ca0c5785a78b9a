"""The UI language: Qt translators, right-to-left layout and the multilingual invitation."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QLocale,
    QObject,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable, QQmlEngine

from station_app.config import EASY_GERMAN
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

__all__ = ["EASY_GERMAN", "QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "FollowsLanguage",
           "LanguageBridge", "locale_name", "qt_locale"]

SOURCE_LANGUAGE = "de"
"""The language the QML strings are written in. Its translation file holds only the plural
forms (``1 Karte``, ``%n Karten``): Qt words a ``%n`` string by the translation's rules."""


def translation_file(translations_dir: Path, language: str) -> Path:
    """Where the compiled translation of ``language`` lives."""
    return translations_dir / f"station_{language}.qm"


@QmlElement
@QmlUncreatable("LanguageBridge is provided by the application")
class LanguageBridge(QObject):
    """Switches the UI language of the whole kiosk and says which way text runs.

    German is the source language; every other language is a compiled Qt translation
    (``resources/translations/station_<code>.qm``). A language without a file falls back to
    German strings but keeps its direction and its configured labels. German has a file
    too, with only the numerus forms of ``%n`` strings (``station_de.qm``), so that
    ``qsTr("%n Karten", "", 1)`` says "1 Karte". Leichte Sprache (``ls``) is a catalogue of
    its own, ``station_ls.qm``, compiled with German plural rules (its ``.ts`` file says
    ``language="de_DE"``): Qt takes a translator's numerus rules from the ``.qm`` file, not
    from a ``QLocale``, so ``%n`` strings count in German there too.

    Signals:
        languageChanged: the UI language changed (labels, direction, translators).
    """

    languageChanged = Signal()

    def __init__(self, engine: QQmlEngine, languages: list[str], translations_dir: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._languages = list(languages)
        self._language = self._languages[0]
        self._translators: dict[str, QTranslator] = {}
        for code in self._languages:
            path = translation_file(translations_dir, code)
            if not path.exists():
                continue
            translator = QTranslator(self)
            if translator.load(str(path)):
                self._translators[code] = translator
        self._installed: QTranslator | None = None
        self._apply(self._language)

    # --- properties -------------------------------------------------------------------

    @Property(str, notify=languageChanged)
    def language(self) -> str:
        """The current language code, e.g. ``de``."""
        return self._language

    @Property(str, constant=True)
    def defaultLanguage(self) -> str:
        return self._languages[0]

    @Property("QVariantList", constant=True)
    def languages(self) -> list[dict[str, object]]:
        """Each offered language: code, its own name (``English``) and direction."""
        return [{"code": code, "name": native_name(code), "rightToLeft": is_rtl(code)}
                for code in self._languages]

    @Property(bool, notify=languageChanged)
    def rightToLeft(self) -> bool:
        return is_rtl(self._language)

    @Property(str, notify=languageChanged)
    def keyboardLocale(self) -> str:
        """The Qt Virtual Keyboard layout for the language, e.g. ``de_DE``."""
        return keyboard_locale(self._language)

    # --- actions ------------------------------------------------------------------------

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        """Switch to one of the offered languages (unknown codes are ignored)."""
        if language not in self._languages or language == self._language:
            return
        self._apply(language)
        self.languageChanged.emit()

    @Slot()
    def reset(self) -> None:
        """Back to the station's first language, for the next attendee."""
        self.setLanguage(self._languages[0])

    @Slot(str, str, result="QVariantList")
    def translateAll(self, context: str, source: str) -> list[dict[str, object]]:
        """``source`` (a German ``QT_TR_NOOP`` string) in every offered language."""
        result = []
        for code in self._languages:
            translator = self._translators.get(code)
            text = translator.translate(context, source) if translator else ""
            if code != SOURCE_LANGUAGE and not text:
                continue  # no translation yet: do not show German twice
            result.append({"code": code, "text": text or source, "rightToLeft": is_rtl(code)})
        return result

    def release(self) -> None:
        """Take this bridge's translator out of the application (the kiosk is closing).

        Translators are application-wide: one left installed would translate the next
        kiosk's strings before its own language is chosen.
        """
        if self._installed is not None:
            QCoreApplication.instance().removeTranslator(self._installed)
            self._installed = None

    def _apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        if self._installed is not None:
            app.removeTranslator(self._installed)
            self._installed = None
        translator = self._translators.get(language)
        if translator is not None:
            app.installTranslator(translator)
            self._installed = translator
        self._language = language
        self._engine.retranslate()


_NAMES = {"de": "Deutsch", "ls": "Leichte Sprache", "en": "English", "tr": "Türkçe",
          "ar": "العربية", "pl": "Polski", "ro": "Română", "bg": "Български",
          "uk": "Українська", "ru": "Русский", "fr": "Français"}
"""Names without a country ("English", not Qt's "American English"), capitalised as a
language's name stands alone on a button (Qt's are lower case: "polski", "русский")."""

_LOCALES = {EASY_GERMAN: "de_DE"}
"""Codes that are no Qt locale: the locale they are written in. Leichte Sprache (``ls``, not
an ISO code: "Leichte Sprache, German easy-to-read") is German in all but its wording – plural
rules, keyboard, dates and numbers, left to right; Qt would read ``ls`` as the C locale
(English month names)."""

_KEYBOARDS = {"en": "en_US", "ar": "ar_AR"}
"""Qt Virtual Keyboard layouts whose name is not Qt's locale name of the language: English
types on the US layout, and Arabic has one layout, ``ar_AR`` (Qt's ``ar`` is ``ar_EG``)."""


def locale_name(code: str) -> str:
    """The Qt locale a UI language is written in: ``de_DE`` for ``ls`` (Leichte Sprache),
    the code itself for every other language."""
    return _LOCALES.get(code, code)


def qt_locale(code: str) -> QLocale:
    """The ``QLocale`` for a UI language's dates, numbers and voices (``ls`` → German).
    Use it wherever a locale is made from a language code, never ``QLocale(code)``."""
    return QLocale(locale_name(code))


def native_name(code: str) -> str:
    """The language's name in itself, capitalised (``Deutsch``, ``Türkçe``)."""
    name = _NAMES.get(code) or qt_locale(code).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


def is_rtl(code: str) -> bool:
    """Whether the language is written right to left (Arabic, Persian, Hebrew, Urdu …).

    Read from the bidirectional class of the first letter of the language's own name.
    (``QLocale.textDirection()`` says the same, but its result is a ``Qt.LayoutDirection``
    and PySide builds all of the ``Qt`` namespace's enums for it: ~13 ms before the start
    screen.)
    """
    name = qt_locale(code).nativeLanguageName() or _NAMES.get(code, "")
    letter = next((char for char in name if char.isalpha()), "")
    return bool(letter) and unicodedata.bidirectional(letter) in ("R", "AL")


def keyboard_locale(code: str) -> str:
    """A Qt Virtual Keyboard layout name such as ``de_DE``, ``tr_TR``, ``ar_AR`` or
    ``uk_UA``; English uses the US layout, Leichte Sprache the German one."""
    return _KEYBOARDS.get(code) or qt_locale(code).name()


class FollowsLanguage:
    """For a bridge that words what it shows in the UI language: ``follow(language)``
    calls the bridge's ``set_language(code)`` now and after every switch.

    Mixed into a ``QObject`` subclass (``class Bridge(QObject, FollowsLanguage)``): the
    signal is connected to the bridge's own bound method, so it ends with the bridge. That
    method is a declared slot: PySide would otherwise add it to the class's meta-object at
    the first connection, and QML, which remembers meta-objects by address, would read a
    later class through the freed one (``tests/qml/test_meta_objects.py``).
    """

    _language_bridge: LanguageBridge | None = None
    set_language: Callable[[str], None]
    """Each bridge's own: word what it shows for this language code."""

    def follow(self, language: LanguageBridge) -> None:
        self._language_bridge = language
        language.languageChanged.connect(self._language_changed)
        self.set_language(language.language)

    @Slot()
    def _language_changed(self) -> None:
        if self._language_bridge is not None:
            self.set_language(self._language_bridge.language)
