"""Reading a PDF the way a reader sees it: words with their place on the page (poppler's
``pdftotext -bbox``) and the images on each page (``pdfimages -list``).

Coordinates are in points with the origin at the top left of the page, as poppler gives
them. The footer is what lies below the footer's rule; everything else is content.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from station_app.export.pdf_pages import BOTTOM_MARGIN, FOOTER_RULE, MARGIN

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</word>")


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: list[Word]

    @property
    def frame_bottom(self) -> float:
        return self.height - BOTTOM_MARGIN

    @property
    def content(self) -> list[Word]:
        return [word for word in self.words if word.top <= self.height - FOOTER_RULE]

    @property
    def footer(self) -> list[Word]:
        return [word for word in self.words if word.top > self.height - FOOTER_RULE]

    @property
    def fill(self) -> float:
        """How far down the content frame the content reaches (0 empty, 1 full)."""
        if not self.content:
            return 0.0
        lowest = max(word.bottom for word in self.content)
        return (lowest - MARGIN) / (self.frame_bottom - MARGIN)

    def text(self, words: list[Word] | None = None) -> str:
        """The words in reading order, one line per baseline, white space collapsed."""
        lines: dict[int, list[Word]] = {}
        for word in self.content if words is None else words:
            lines.setdefault(round(word.bottom), []).append(word)
        return "\n".join(" ".join(w.text for w in sorted(line, key=lambda w: w.left))
                         for _, line in sorted(lines.items()))

    def last_line(self) -> str:
        return self.text().rsplit("\n", 1)[-1]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install poppler-utils (bash .ci/run does)",
                    pytrace=False)
    return found


def pages(pdf: Path) -> list[Page]:
    out = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    found = []
    for number, (width, height, body) in enumerate(_PAGE.findall(out), start=1):
        words = [Word(html.unescape(text), float(a), float(b), float(c), float(d))
                 for a, b, c, d, text in _WORD.findall(body)]
        found.append(Page(number, float(width), float(height), words))
    return found


@dataclass(frozen=True)
class PlacedImage:
    page: int
    pixels: tuple[int, int]
    size_mm: tuple[float, float]
    """As drawn on the page."""


def images(pdf: Path) -> list[PlacedImage]:
    """The images of the PDF (soft masks, the transparency of an image, left out)."""
    out = subprocess.run([_tool("pdfimages"), "-list", str(pdf)], check=True,
                         capture_output=True, text=True).stdout
    found = []
    for line in out.splitlines()[2:]:
        cells = line.split()
        if cells[2] != "image":
            continue
        width, height = int(cells[3]), int(cells[4])
        x_ppi, y_ppi = int(cells[12]), int(cells[13])
        found.append(PlacedImage(int(cells[0]), (width, height),
                                 (width / x_ppi * 25.4, height / y_ppi * 25.4)))
    return found
