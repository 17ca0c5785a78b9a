"""What a receipt says and where each piece goes, independent of how it is drawn.

The layout is computed once, in points with the origin at the top left, and drawn by two
backends: reportlab for the PDF (``pdf.py``) and Qt's painter for the printer
(``printing.py``). Measuring with the embedded font's own metrics here keeps both outputs
identical, so the PDF a facilitator exports is exactly what the printer gets.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from station_app.cards import Card
from station_app.config import StationConfig
from station_app.labels import LabelBook
from station_app.logos import logo_file
from station_app.receipts.followup import followup_url, short_url
from station_app.receipts.fonts import BOLD, REGULAR, ReceiptFont, printable, receipt_font
from station_app.receipts.lines import is_rtl, line_runs, line_width, runs_width
from station_app.receipts.qr import QUIET_ZONE, QrMatrix, qr_matrix
from station_app.texts import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

mm = 72 / 25.4
"""One millimetre in points (reportlab's ``units.mm``, spelled out: reportlab loads only
when a receipt is laid out)."""

THERMAL_DOT = 72 / 203
"""One dot of a 203 dpi thermal head in points; QR modules are whole dots, so they print
with crisp edges instead of alternating 2- and 3-dot widths."""


@dataclass(frozen=True)
class Paper:
    """A paper format: roll paper has no fixed height, A6 has."""

    name: str
    width: float
    height: float | None
    margin: float
    qr_size: float
    body: float
    code: float
    excerpt_lines: int


PAPERS = {
    # Thermal heads print 72 mm of 80 mm and 48 mm of 58 mm paper.
    "80mm": Paper("80mm", 80 * mm, None, 4 * mm, 44 * mm, 9.0, 22.0, 4),
    "58mm": Paper("58mm", 58 * mm, None, 5 * mm, 37 * mm, 8.0, 16.0, 3),
    "a6": Paper("a6", 105 * mm, 148 * mm, 8 * mm, 46 * mm, 9.5, 22.0, 5),
}


@dataclass(frozen=True)
class ReceiptContent:
    """Everything printed on one receipt, already in words."""

    title: str
    event: str
    when: str
    station: str
    prompt: str
    topic_line: str
    excerpt: str | None
    code_heading: str
    code: str
    url: str
    next_steps: str
    participation_url: str
    logo: Path | None = None
    code_note: str = ""
    """One short line under the follow-up address: the code is personal."""
    rtl: bool = False
    """Written right to left: lines made of several parts (date and station) read from
    the right. Every paragraph still takes its direction from its own first letter."""
    quotes: tuple[str, str] = ("„", "“")
    """The quotation marks around the excerpt, in the card's language."""


CONTEXT = "Receipt"
TOPIC_LINE = QT_TRANSLATE_NOOP("Receipt", "Themenfeld: %1")
CODE_HEADING = QT_TRANSLATE_NOOP("Receipt", "Ihr Kartencode")
#: Printed under the follow-up address (two lines on 58 mm paper): the code is the only
#: key to the card online.
CODE_NOTE = QT_TRANSLATE_NOOP("Receipt", "Persönlicher Code: Wer ihn kennt, kann Ihre Karte "
                              "zurückziehen oder ändern.")
#: A strftime pattern: when the card was written, on the receipt.
WHEN = QT_TRANSLATE_NOOP("Receipt", "%d.%m.%Y, %H:%M Uhr")
TEST_PAGE = QT_TRANSLATE_NOOP("Receipt", "Testseite – %1")

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
QUOTES = {"de": ("„", "“"), "ls": ("„", "“"), "en": ("“", "”"), "tr": ("“", "”"), "ar": ("«", "»"),
          "pl": ("„", "”"), "ro": ("„", "”"), "bg": ("„", "“"), "uk": ("«", "»"),
          "ru": ("«", "»")}
"""Opening and closing quotation marks by language, in logical order (the bidirectional
algorithm mirrors « » in right-to-left text). Leichte Sprache (``ls``) is German."""


def receipt_content(config: StationConfig, card: Card) -> ReceiptContent:
    """The receipt for a stored card, in the language the card was written in."""
    labels = LabelBook(config)
    language = card.language
    receipt = config.receipt
    return ReceiptContent(
        title=receipt.title_translations.get(language) or receipt.title,
        event=config.event.name,
        when=_when(card.created_at, language),
        station=config.station.name,
        prompt=labels.label("prompts", card.prompt_id, language),
        topic_line=translate(CONTEXT, TOPIC_LINE, language).replace(
            "%1", labels.label("topics", card.topic_id, language)),
        excerpt=card.text if receipt.show_text else None,
        code_heading=translate(CONTEXT, CODE_HEADING, language),
        code=card.code,
        url=followup_url(config, card.code),
        next_steps=receipt.next_steps_translations.get(language) or receipt.next_steps,
        participation_url=config.followup.participation_url,
        logo=_logo(config),
        code_note=translate(CONTEXT, CODE_NOTE, language),
        rtl=language in RTL_LANGUAGES,
        quotes=QUOTES.get(language, ("“", "”")),
    )


def printer_test_content(config: StationConfig, now: dt.datetime, code: str) -> ReceiptContent:
    """A receipt for no card, to check paper, font and QR before the doors open."""
    return ReceiptContent(
        title=translate(CONTEXT, TEST_PAGE, "de").replace("%1", config.receipt.title),
        event=config.event.name,
        when=_when(now, "de"),
        station=config.station.name,
        prompt=config.prompts[0].label,
        topic_line=TOPIC_LINE.replace("%1", config.topics[0].label),
        excerpt="Grüße aus Dortmund: äöüß ÄÖÜ · Türkçe İıĞğŞş · Кириллица · "
                "Ελληνικά · مرحبا · 😀" if config.receipt.show_text else None,
        code_heading=CODE_HEADING,
        code=code,
        url=followup_url(config, code),
        next_steps=config.receipt.next_steps,
        participation_url=config.followup.participation_url,
        logo=_logo(config),
        code_note=CODE_NOTE,
    )


def _when(moment: dt.datetime, language: str) -> str:
    return moment.astimezone().strftime(translate(CONTEXT, WHEN, language))


def _logo(config: StationConfig) -> Path | None:
    path = logo_file(config.receipt.logo)  # inside resources/, or an absolute path
    if path is None:
        return None
    if not path.is_file():
        # A missing logo must not stop a receipt; the check command reports it.
        log.warning("receipt logo %s not found; printing without it", path)
        return None
    return path


# --- drawing items -----------------------------------------------------------------------


@dataclass(frozen=True)
class TextRun:
    """Text in one face on one line: ``text`` in logical order for Qt, ``shaped`` in
    visual order for reportlab. A line mixing Arabic with other scripts has several."""

    x: float
    baseline: float
    text: str
    shaped: str
    size: float
    font: str


@dataclass(frozen=True)
class Rule:
    """A thin horizontal separator."""

    x1: float
    x2: float
    y: float
    width: float = 0.6


@dataclass(frozen=True)
class QrBlock:
    """The QR symbol; (x, y) is the top left corner of the first module."""

    x: float
    y: float
    module: float
    matrix: QrMatrix


@dataclass(frozen=True)
class Picture:
    """The station's logo."""

    x: float
    y: float
    width: float
    height: float
    path: Path


Item = TextRun | Rule | QrBlock | Picture


@dataclass(frozen=True)
class ReceiptLayout:
    """A receipt ready to draw: page size in points and the items on it."""

    paper: Paper
    width: float
    height: float
    code: str
    url: str
    items: tuple[Item, ...] = field(default=())

    @property
    def title(self) -> str:
        """The document / print job name; cups-pdf names its file after it."""
        return f"Beleg {self.code}"


class _Column:
    """Places lines top to bottom inside the margins."""

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.left = paper.margin
        self.right = paper.width - paper.margin
        self.y = paper.margin
        self.items: list[Item] = []

    @property
    def width(self) -> float:
        return self.right - self.left

    def gap(self, points: float) -> None:
        self.y += points

    def text(self, text: str, size: float, font: ReceiptFont, align: str = "start",
             max_lines: int | None = None, leading: float = 1.3,
             rtl: bool | None = None) -> None:
        """A paragraph, wrapped; ``rtl`` is its base direction (default: its first letter).

        "start" is the left margin for left-to-right text and the right one for
        right-to-left text.
        """
        words = printable(" ".join(text.split()), font)
        base = is_rtl(words) if rtl is None else rtl
        for line in wrap(words, font, size, self.width, max_lines, base):
            runs = line_runs(line, font.name, base)
            width = runs_width(runs, size)
            if align == "center":
                x = self.left + (self.width - width) / 2
            elif base:
                x = self.right - width
            else:
                x = self.left
            self.y += size * 0.95
            for run in runs:
                self.items.append(TextRun(x, self.y, run.text, run.shaped, size, run.font))
                x += run.width(size)
            self.y += size * (leading - 0.95)

    def rule(self) -> None:
        self.gap(4)
        self.items.append(Rule(self.left, self.right, self.y))
        self.gap(6)


def wrap(text: str, font: ReceiptFont, size: float, width: float,
         max_lines: int | None = None, rtl: bool = False) -> list[str]:
    """Break ``text`` into lines no wider than ``width``; an ellipsis marks a cut.

    The lines stay in logical order: each is shaped and reordered when it is placed, and
    measured here as it will be drawn (``rtl`` is the paragraph's base direction).
    """

    def measure(line: str) -> float:
        return line_width(line, font.name, size, rtl)

    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while measure(word) > width:  # a URL or a very long word
            cut = len(word) - 1
            while cut > 1 and measure(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + " …") > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


def layout_receipt(content: ReceiptContent, paper: Paper | str = "80mm") -> ReceiptLayout:
    """Place every part of ``content`` on ``paper``."""
    if isinstance(paper, str):
        paper = PAPERS[paper]
    regular, bold = receipt_font(REGULAR), receipt_font(BOLD)
    col = _Column(paper)
    body, small = paper.body, paper.body - 1.5
    if content.logo is not None:
        _place_logo(col, content.logo)
    col.text(content.title, _fit(content.title, bold, body + 4, body + 1, col.width), bold,
             "center")
    col.gap(2)
    col.text(content.event, body, regular, "center")
    col.text(f"{content.when} · {content.station}", small, regular, "center",
             rtl=content.rtl)
    col.rule()
    col.text(content.prompt, body + 0.5, bold)
    col.text(content.topic_line, small, regular)
    if content.excerpt:
        col.gap(2)
        opening, closing = content.quotes
        col.text(f"{opening}{content.excerpt}{closing}", body, regular,
                 max_lines=paper.excerpt_lines)
    col.rule()
    col.text(content.code_heading, small, regular, "center")
    col.gap(2)
    col.text(content.code, _fit(content.code, bold, paper.code, 8, col.width), bold, "center",
             leading=1.2, rtl=False)
    col.gap(4)
    _place_qr(col, qr_matrix(content.url))
    col.gap(3)
    col.text(short_url(content.url), small, regular, "center", rtl=False)
    if content.code_note:
        col.gap(1)
        col.text(content.code_note, small, regular, "center")
    if content.next_steps:
        col.rule()
        col.text(content.next_steps, small, regular)
    if content.participation_url:
        col.gap(3)
        col.text(short_url(content.participation_url), small, bold, "center", rtl=False)
    height = col.y + paper.margin + (6 * mm if paper.height is None else 0)
    if paper.height is not None:
        height = paper.height
    return ReceiptLayout(paper=paper, width=paper.width, height=height, code=content.code,
                         url=content.url, items=tuple(col.items))


def _fit(text: str, font: ReceiptFont, largest: float, smallest: float, width: float) -> float:
    """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits one line."""
    size = largest
    line = printable(text, font)
    while size > smallest and line_width(line, font.name, size, is_rtl(line)) > width:
        size -= 0.5
    return size


def _place_qr(col: _Column, matrix: QrMatrix) -> None:
    modules = matrix.size + 2 * QUIET_ZONE
    dots = max(1, int(col.paper.qr_size / modules / THERMAL_DOT))
    module = dots * THERMAL_DOT
    side = matrix.size * module
    x = col.left + (col.width - side) / 2
    col.gap(QUIET_ZONE * module / 2)
    col.items.append(QrBlock(x, col.y, module, matrix))
    col.gap(side + QUIET_ZONE * module / 2)


def _place_logo(col: _Column, path: Path) -> None:
    from PIL import Image  # only when a logo is configured

    try:
        with Image.open(path) as image:
            pixel_width, pixel_height = image.size
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        # Like a missing logo, an unreadable one must not stop a receipt (check reports it).
        log.warning("receipt logo %s is not a readable image (%s); printing without it",
                    path, error)
        return
    height = 14 * mm
    width = height * pixel_width / max(pixel_height, 1)
    if width > col.width:
        width, height = col.width, col.width * pixel_height / max(pixel_width, 1)
    col.items.append(Picture(col.left + (col.width - width) / 2, col.y, width, height, path))
    col.gap(height + 6)
