"""One line of receipt text as the runs reportlab draws: Arabic shaped, in visual order.

reportlab draws the glyphs of a string strictly left to right, in one face, and shapes
nothing. So each line of a paragraph becomes:

1. shaped: Arabic letters turn into their contextual presentation forms and ligatures
   (``arabic-reshaper``); harakat are left out, since reportlab cannot place marks;
2. reordered and mirrored by the Unicode bidirectional algorithm (``python-bidi``) on the
   paragraph's base direction. The paragraph is wrapped in logical order first and each
   line is then reordered on its own (UAX #9, rules L1–L4), so the first words of an
   Arabic paragraph stand at the right of its first line;
3. cut into runs of one face and one direction: Arabic letters and the spaces and signs
   between them in the Arabic face, everything else (a card code, a URL, digits, Latin or
   Cyrillic words) in the Latin face and left to right.

Each run also keeps its logical, unshaped text for Qt's printer, which shapes and orders
text itself: a run of one direction comes out the same from both.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from station_app.receipts.fonts import (
    arabic_face,
    is_arabic,
    latin_face,
    receipt_font,
)

_RTL = ("R", "AL")
_LTR = ("L", "EN", "AN")  # digits are drawn left to right inside right-to-left text too


def is_rtl(text: str) -> bool:
    """Whether the text's first strong character is right-to-left (its base direction)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in _RTL:
            return True
        if direction == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    """Whether any character needs right-to-left handling."""
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def _plain(line: str, rtl: bool) -> bool:
    """A left-to-right line without Arabic: drawn as it is, in the Latin face."""
    return not rtl and not any(is_arabic(ch) or unicodedata.bidirectional(ch) in _RTL
                               for ch in line)


def visual(line: str, rtl: bool | None = None) -> str:
    """One printable line shaped and in the order reportlab draws it.

    ``rtl`` is the base direction of the paragraph the line belongs to; by default the
    line's own first strong character decides.
    """
    base = is_rtl(line) if rtl is None else rtl
    if _plain(line, base):
        return line
    # The pure Python implementation of python-bidi: its Rust one (``bidi.get_display``)
    # leaves brackets and « » unmirrored in right-to-left runs (rule L4).
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(line), base_dir="R" if base else "L")


@dataclass(frozen=True)
class Run:
    """Part of a line in one face and one direction.

    ``shaped`` is what reportlab draws left to right; ``text`` the same in logical order
    and unshaped, for a renderer that shapes itself (Qt).
    """

    text: str
    shaped: str
    font: str
    rtl: bool

    def width(self, size: float) -> float:
        """Advance width in points at ``size``."""
        return receipt_font(self.font).width(self.shaped, size)


def _strong(ch: str) -> str:
    direction = unicodedata.bidirectional(ch)
    if direction in _RTL:
        return "R"
    if direction in _LTR:
        return "L"
    return ""


def _directions(shaped: str, rtl: bool) -> list[str]:
    """Per visual character "R" or "L"; a neutral between two right-to-left neighbours is
    right-to-left, any other is left to right (the line's ends count as its base)."""
    strong = [_strong(ch) for ch in shaped]
    edge = "R" if rtl else "L"
    left: list[str] = []
    last = edge
    for kind in strong:
        last = kind or last
        left.append(last)
    right = [""] * len(strong)
    last = edge
    for index in range(len(strong) - 1, -1, -1):
        last = strong[index] or last
        right[index] = last
    return [kind or ("R" if left[i] == right[i] == "R" else "L")
            for i, kind in enumerate(strong)]


def _logical(shaped: str) -> str:
    """A right-to-left run back in logical order, unshaped and unmirrored."""
    from bidi.mirror import MIRRORED

    out: list[str] = []
    for ch in reversed(shaped):
        ch = MIRRORED.get(ch, ch)
        if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF:
            ch = unicodedata.normalize("NFKC", ch)  # a presentation form to its letters
        out.append(ch)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def line_runs(line: str, face: str, rtl: bool = False) -> tuple[Run, ...]:
    """The runs of one printable line, left to right; ``face`` gives the weight."""
    latin = latin_face(face)
    in_latin = receipt_font(latin).covered
    if _plain(line, rtl) and all(ord(ch) in in_latin for ch in line):
        return (Run(line, line, latin, False),)
    arabic = arabic_face(face)
    in_arabic = receipt_font(arabic).covered
    shaped = visual(line, rtl)
    pieces: list[tuple[str, str, list[str]]] = []
    for ch, direction in zip(shaped, _directions(shaped, rtl), strict=True):
        code = ord(ch)
        drawn_in_arabic = code in in_arabic and (
            is_arabic(ch) or direction == "R" or code not in in_latin)
        key = (arabic if drawn_in_arabic else latin, direction)
        if pieces and pieces[-1][:2] == key:
            pieces[-1][2].append(ch)
        else:
            pieces.append((*key, [ch]))
    runs: list[Run] = []
    for font, direction, chars in pieces:
        drawn = "".join(chars)
        # Signs alone keep their drawn form: no strong letter turns them around in Qt.
        backwards = direction == "R" and any(_strong(ch) == "R" for ch in drawn)
        runs.append(Run(_logical(drawn) if backwards else drawn, drawn, font, backwards))
    return tuple(runs)


def runs_width(runs: Sequence[Run], size: float) -> float:
    """The advance width of a line's runs side by side."""
    return sum(run.width(size) for run in runs)


def line_width(line: str, face: str, size: float, rtl: bool = False) -> float:
    """The advance width of one printable line drawn in ``face``'s weight at ``size``."""
    return runs_width(line_runs(line, face, rtl), size)
