"""The report's page furniture: the footer on every page, "Seite x von y".

The total is known only when the last page is laid out, so the canvas holds every finished
page back and draws the footers when the document is saved. The footer sits in the bottom
margin, below a thin rule, well inside the printable area of office printers (about 5 mm),
and never reaches the frame the content flows in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from station_app.export.pdf_fonts import REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
"""Left, right and top margin of the content frame."""
BOTTOM_MARGIN = 22 * mm
"""The content frame ends here; the footer lives below it."""
FRAME_PADDING = 6
"""reportlab's padding inside the frame: text starts this far inside the margins."""
TEXT_LEFT = MARGIN + FRAME_PADDING
TEXT_WIDTH = PAGE_WIDTH - 2 * TEXT_LEFT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN - BOTTOM_MARGIN - 2 * FRAME_PADDING
"""The height the content flows in."""
FOOTER_BASELINE = 11 * mm
FOOTER_RULE = 16 * mm
FOOTER_SIZE = 8.5
FOOTER_GAP = 6 * mm
"""At least this much room between the footer's left and right parts."""
FOOTER_COLOUR = colors.HexColor("#333333")


@dataclass(frozen=True)
class Footer:
    """What the footer says: the event and station left, the date and page number right."""

    source: str
    made: dt.datetime

    def right(self, page: int, pages: int) -> str:
        return f"erstellt am {self.made:%d.%m.%Y, %H:%M} Uhr · Seite {page} von {pages}"

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        right = self.right(page, pages)
        right_width = canvas.stringWidth(right, REGULAR, FOOTER_SIZE)
        room = TEXT_WIDTH - right_width - FOOTER_GAP
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(TEXT_LEFT, FOOTER_RULE, PAGE_WIDTH - TEXT_LEFT, FOOTER_RULE)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(FOOTER_COLOUR)
        canvas.drawString(TEXT_LEFT, FOOTER_BASELINE, fit(canvas, self.source, room))
        canvas.drawRightString(PAGE_WIDTH - TEXT_LEFT, FOOTER_BASELINE, right)
        canvas.restoreState()


class PagedCanvas(Canvas):
    """A canvas that keeps finished pages until ``save`` and then gives each its footer."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._footer.draw(self, self._pageNumber, pages)
            super().showPage()
        super().save()


def fit(canvas: Canvas, text: str, width: float, size: float = FOOTER_SIZE) -> str:
    """``text``, shortened with "…" until it is at most ``width`` wide."""
    if canvas.stringWidth(text, REGULAR, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip(" ·") + "…"
