"""The report's TrueType font: DejaVu Sans, embedded, so umlauts, ß, Turkish, Polish,
Cyrillic and Greek text print as written (the PDF base fonts cover only Latin-1).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station_app.errors import UserError
from station_app.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_SYSTEM_FOLDER = Path("/usr/share/fonts/truetype/dejavu")


def font_file(name: str) -> Path:
    """The shipped font from ``resources/fonts``; the system copy only if that is missing.

    The system fallback exists for development checkouts made before the font was added.
    """
    candidates = [resources_dir() / "fonts" / f"{name}.ttf", _SYSTEM_FOLDER / f"{name}.ttf"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise UserError(f"the report font {name}.ttf is missing (looked in "
                    f"{', '.join(str(c.parent) for c in candidates)})")


def register_fonts() -> None:
    """Register both weights with reportlab once per process."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name in (REGULAR, BOLD):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
