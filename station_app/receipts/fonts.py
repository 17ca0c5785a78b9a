"""The receipt's typefaces and how text in any script becomes something they can print.

Two families are shipped in ``resources/fonts/`` with their licences, as static TTFs
(reportlab embeds TrueType outlines; it cannot pick an instance of a variable font):

* DejaVu Sans for everything but Arabic: Latin with every diacritic (Turkish, Polish,
  Romanian with comma below), Cyrillic (Bulgarian, Ukrainian, Russian), Greek, Hebrew and
  many symbols;
* Noto Sans Arabic UI for Arabic letters, including every contextual form and ligature the
  shaper (``lines.py``) produces. It has almost no Latin, so a line mixing the two scripts
  is drawn as runs in both faces.

Characters neither face has (most emoji, CJK) become one ``□`` per character, so the reader
sees that something was there instead of a silent gap; emoji sequences joined with ZWJ or
modified by skin tones collapse into a single box.

reportlab loads on first use: attaching the printer at start-up costs nothing until the
first receipt is laid out.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from station_app.paths import resources_dir

REGULAR = "StationSans"
BOLD = "StationSans-Bold"
ARABIC = "StationArabic"
ARABIC_BOLD = "StationArabic-Bold"
MISSING_GLYPH = "□"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ARABIC: "NotoSansArabicUI-Regular.ttf", ARABIC_BOLD: "NotoSansArabicUI-Bold.ttf"}
_ARABIC_FACE = {REGULAR: ARABIC, BOLD: ARABIC_BOLD, ARABIC: ARABIC, ARABIC_BOLD: ARABIC_BOLD}
_LATIN_FACE = {REGULAR: REGULAR, BOLD: BOLD, ARABIC: REGULAR, ARABIC_BOLD: BOLD}
BOLD_FACES = frozenset({BOLD, ARABIC_BOLD})
"""The faces whose file is the bold weight (Qt's printer asks for bold with these)."""

_DROP = {"\u200d", "\u200c", "\ufe0e", "\ufe0f", "\u20e3"}
_register_lock = threading.Lock()


def font_path(name: str) -> Path:
    """The TTF file behind one of the receipt's font names."""
    return resources_dir() / "fonts" / _FILES[name]


def arabic_face(name: str) -> str:
    """The Arabic face of the same weight as the face ``name``."""
    return _ARABIC_FACE[name]


def latin_face(name: str) -> str:
    """The face for every other script, of the same weight as the face ``name``."""
    return _LATIN_FACE[name]


def is_arabic(ch: str) -> bool:
    """Whether ``ch`` is an Arabic letter, mark, digit or sign (drawn in the Arabic face)."""
    code = ord(ch)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x0870 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


@dataclass(frozen=True)
class ReceiptFont:
    """One registered face: its reportlab name and the characters it has glyphs for."""

    name: str
    path: Path
    covered: frozenset[int]

    def width(self, text: str, size: float) -> float:
        """Advance width in points of ``text`` drawn in this face alone (visual order)."""
        from reportlab.pdfbase import pdfmetrics

        return pdfmetrics.stringWidth(text, self.name, size)

    @property
    def printable_set(self) -> frozenset[int]:
        """What a text laid out with this face can show: its own and its partner face's."""
        return _family_coverage(self.name)


@functools.cache
def receipt_font(name: str = REGULAR) -> ReceiptFont:
    """Register the face with reportlab once per process and describe its coverage."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = font_path(name)
    with _register_lock:
        try:
            font = pdfmetrics.getFont(name)
        except KeyError:
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
    covered = frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]
    return ReceiptFont(name=name, path=path, covered=covered)


@functools.cache
def _family_coverage(name: str) -> frozenset[int]:
    return receipt_font(latin_face(name)).covered | receipt_font(arabic_face(name)).covered


def _is_modifier(ch: str) -> bool:
    code = ord(ch)
    return 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F


def _is_flag_half(ch: str) -> bool:
    return bool(ch) and 0x1F1E6 <= ord(ch) <= 0x1F1FF


def printable(text: str, font: ReceiptFont | None = None) -> str:
    """``text`` with every character the faces cannot draw replaced (see module docs)."""
    covered = (font or receipt_font()).printable_set
    out: list[str] = []
    joined = False
    previous = ""
    for ch in text:
        # The second regional indicator of a flag belongs to the first one's box.
        if _is_flag_half(ch) and _is_flag_half(previous):
            joined = True
        previous = ch
        if ch == "\u200d":
            joined = True
            continue
        if ch in _DROP or _is_modifier(ch):
            continue
        if ord(ch) in covered or ch in "\n ":
            out.append(ch)
        elif unicodedata.category(ch).startswith("M"):
            continue  # a combining mark on a missing base: the box already stands for it
        elif not (joined and out and out[-1] == MISSING_GLYPH):
            out.append(MISSING_GLYPH)
        joined = False
    return "".join(out)
