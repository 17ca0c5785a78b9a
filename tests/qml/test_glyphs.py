"""Every script the kiosk shows is drawn by a bundled font: no empty boxes ("tofu") and no
system font standing in (an embedded image may have none for Arabic).

For every shipped UI language (``resources/translations/station_<code>.qm``): every
translation in its ``.ts`` file – the kiosk's and the facilitator dashboard's – and the
embedded station's configured texts (it offers every kiosk language) for that language
(labels, examples, the consent text and privacy notice, the receipt's texts; German where
a text has no translation, as the kiosk shows it), and the languages' own names on the start
screen. Each character must be in
one of the fonts ``app.load_fonts`` registers (``resources/fonts/NotoSans*``, and
``DejaVuSans*`` for symbols such as "→"), and the text
laid out in the kiosk's font must be drawn in those fonts only.
"""

from __future__ import annotations

import dataclasses
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QRawFont, QTextLayout

from station_app.app import load_fonts
from station_app.config import KIOSK_LANGUAGES, StationConfig, load_config
from station_app.paths import default_config_path, resources_dir
from station_app.qml.language import SOURCE_LANGUAGE, native_name

TRANSLATIONS = resources_dir() / "translations"
FONTS = sorted([*(resources_dir() / "fonts").glob("NotoSans*.[ot]tf"),
                *(resources_dir() / "fonts").glob("DejaVuSans*.ttf")])
"""What ``load_fonts`` registers for the screen."""
SHIPPED = sorted(path.stem.removeprefix("station_") for path in TRANSLATIONS.glob("station_*.qm"))


def translations(ts_file: Path) -> Iterator[str]:
    """Every translation in a Linguist file (plural forms each), not the dropped ones."""
    for message in ET.parse(ts_file).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        yield from (form for form in forms if form)


def sources() -> Iterator[str]:
    """The German strings of the sources (German is shown from them, not from a file)."""
    for message in ET.parse(TRANSLATIONS / "station_en.ts").iter("message"):
        if message.findtext("source"):
            yield message.findtext("source")


def configured_texts(value: object, language: str) -> Iterator[str]:
    """A configuration's texts as ``language`` shows them: every German text (shown where
    a translation is missing), the language's entry of each translation table and each
    ``<setting>_<language>`` text (``consent_text_en``)."""
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            item = getattr(value, field.name)
            if isinstance(item, str):
                suffix = field.name.rpartition("_")[2]
                if suffix not in KIOSK_LANGUAGES or suffix == language:
                    yield item
            else:
                yield from configured_texts(item, language)
    elif isinstance(value, dict):
        if isinstance(value.get(language), str):
            yield value[language]
    elif isinstance(value, list):
        for item in value:
            yield from configured_texts(item, language)


@pytest.fixture(scope="module")
def raw_fonts(qapp) -> list[QRawFont]:
    fonts = [QRawFont(str(path), 20) for path in FONTS]
    assert fonts and all(font.isValid() for font in fonts)
    return fonts


@pytest.fixture(scope="module")
def families(qapp) -> set[str]:
    load_fonts()
    return {QRawFont(str(path), 20).familyName() for path in FONTS}


@pytest.fixture(scope="module")
def station() -> StationConfig:
    """The embedded station: it offers every kiosk language."""
    return load_config(default_config_path())


def drawn(char: str) -> bool:
    """Whether a character is drawn at all (not a space, a control or a direction mark)."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def texts_of(language: str, station: StationConfig) -> list[str]:
    texts = list(translations(TRANSLATIONS / f"station_{language}.ts"))
    if language == SOURCE_LANGUAGE:
        texts.extend(sources())
    texts.extend(configured_texts(station, language))
    texts.extend(native_name(code) for code in station.kiosk.languages)
    return texts


def missing_glyphs(texts: list[str], fonts: list[QRawFont]) -> dict[str, str]:
    """Each character no bundled font has, with the first text it is in."""
    missing: dict[str, str] = {}
    for text in texts:
        for char in text:
            if drawn(char) and char not in missing and not any(
                    font.supportsCharacter(ord(char)) for font in fonts):
                missing[char] = text
    return missing


def foreign_runs(texts: list[str], families: set[str]) -> list[str]:
    """Texts that the kiosk's font (Noto Sans and its substitutes) draws partly in another
    font, or with the missing-glyph box."""
    font = QFont("Noto Sans")
    font.setPixelSize(22)
    found = []
    for text in texts:
        layout = QTextLayout(text.replace("\n", " "), font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            family = run.rawFont().familyName()
            if family not in families or 0 in run.glyphIndexes():
                found.append(f"{text[:60]!r} is drawn in {family}")
                break
    return found


def test_every_shipped_language_is_offered_by_the_embedded_station(station):
    assert SHIPPED and set(SHIPPED) <= set(station.kiosk.languages)
    assert {"de", "en", "ar", "uk", "ru"} <= set(SHIPPED)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_character_is_in_a_bundled_font(raw_fonts, families, station, language):
    texts = texts_of(language, station)
    assert len(texts) > 50
    missing = missing_glyphs(texts, raw_fonts)
    assert missing == {}, "\n".join(
        f"U+{ord(char):04X} {unicodedata.name(char, '?')} in {text[:60]!r}"
        for char, text in missing.items())
    assert foreign_runs(texts, families) == []


def test_arabic_is_drawn_in_noto_sans_arabic(families):
    """The kiosk's font asks for Noto Sans; Arabic comes from its bundled substitute."""
    assert "Noto Sans Arabic UI" in families
    font = QFont("Noto Sans")
    layout = QTextLayout("شاركوا – Mitmachen", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    drawn_in = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert drawn_in == {"Noto Sans Arabic UI", "Noto Sans"}


def test_cyrillic_turkish_polish_and_romanian_letters_are_in_noto_sans(raw_fonts):
    noto = next(font for font in raw_fonts if font.familyName() == "Noto Sans")
    letters = "ЖжЩщЪъЫыЭэЮюЯяЁёЄєІіЇїҐґ" + "ĞğİıŞşÇç" + "ĄąĆćĘęŁłŃńŚśŹźŻż" + "ĂăÂâÎîȘșȚț"
    assert [char for char in letters if not noto.supportsCharacter(ord(char))] == []


def test_a_missing_glyph_is_found(raw_fonts, families):
    """The checks themselves: a script no bundled font has (Thai) fails both."""
    assert missing_glyphs(["ภาษาไทย"], raw_fonts).keys() == set("ภาษาไทย")
    assert foreign_runs(["ภาษาไทย"], families) != []
