"""The report's paragraph styles: one body size for reading, headings a step apart.

No heading style keeps with the next flowable by itself: ``pdf_report._Flow`` decides what
stays together, which reportlab's automatic ``keepWithNext`` grouping would override.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from station_app.export.pdf_fonts import BOLD, REGULAR

ACCENT = colors.HexColor("#1f5f8b")
"""The bar colour of the charts; dark enough to print well in greyscale."""
GREY = colors.HexColor("#444444")


def report_styles() -> dict[str, ParagraphStyle]:
    """The styles by name (needs ``pdf_fonts.register_fonts`` first)."""
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15,
                          textColor=colors.black, alignment=TA_LEFT)
    return {
        "body": base,
        "kicker": ParagraphStyle("kicker", base, fontName=BOLD, fontSize=13, leading=17,
                                 textColor=ACCENT, spaceAfter=4),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=24, leading=30,
                                spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=18, spaceAfter=14),
        "count": ParagraphStyle("count", base, fontName=BOLD, fontSize=18, leading=24,
                                textColor=ACCENT, spaceBefore=4, spaceAfter=12),
        "chapter": ParagraphStyle("chapter", base, fontName=BOLD, fontSize=19, leading=24,
                                  spaceBefore=10 * mm, spaceAfter=10),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=15, leading=20,
                             spaceBefore=8, spaceAfter=8),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=12.5, leading=17,
                             spaceBefore=8, spaceAfter=5, textColor=ACCENT),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, leading=11, textColor=GREY),
        "card": ParagraphStyle("card", base, spaceAfter=9, leftIndent=3 * mm,
                               allowWidows=0),
        "note": ParagraphStyle("note", base, fontSize=10, leading=14,
                               textColor=colors.HexColor("#333333")),
    }
