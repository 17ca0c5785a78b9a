"""The receipt's typeface and how text in any script becomes something it can print.

DejaVu Sans (shipped in ``resources/fonts/`` with its licence) covers Latin with every
diacritic, Turkish, Cyrillic, Greek, Arabic, Hebrew and many symbols. Two steps make a
string printable:

* characters the font lacks (most emoji, CJK) become one ``□`` per character, so the
  reader sees that something was there instead of a silent gap, and emoji sequences joined
  with ZWJ or modified by skin tones collapse into a single box;
* right-to-left runs (Arabic, Hebrew) are shaped and put in visual order for reportlab,
  which draws glyphs strictly left to right. Qt shapes text itself and gets logical order.

reportlab and the shaping libraries load on first use: attaching the printer at start-up
costs nothing until the first receipt is laid out.
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
MISSING_GLYPH = "□"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_DROP = {"\u200d", "\u200c", "\ufe0e", "\ufe0f", "\u20e3"}
_register_lock = threading.Lock()


def font_path(name: str) -> Path:
    """The TTF file behind one of the receipt's font names."""
    return resources_dir() / "fonts" / _FILES[name]


@dataclass(frozen=True)
class ReceiptFont:
    """One registered face: its reportlab name and the characters it has glyphs for."""

    name: str
    path: Path
    covered: frozenset[int]

    def width(self, text: str, size: float) -> float:
        """Advance width in points of already printable, visual-order ``text``."""
        from reportlab.pdfbase import pdfmetrics

        return pdfmetrics.stringWidth(text, self.name, size)


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


def _is_modifier(ch: str) -> bool:
    code = ord(ch)
    return 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F


def _is_flag_half(ch: str) -> bool:
    return bool(ch) and 0x1F1E6 <= ord(ch) <= 0x1F1FF


def printable(text: str, font: ReceiptFont | None = None) -> str:
    """``text`` with every character the font cannot draw replaced (see module docs)."""
    covered = (font or receipt_font()).covered
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


def is_rtl(text: str) -> bool:
    """Whether the text's first strong character is right-to-left (its base direction)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    """Whether any character needs right-to-left handling."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual(line: str) -> str:
    """One printable line in the order reportlab must draw it (shaped, bidi-reordered)."""
    if not has_rtl(line):
        return line
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(line))
