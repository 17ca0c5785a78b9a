"""The font of the collector's PDF report: DejaVu Sans, embedded, as the station's report
uses it, so umlauts, ß and Turkish, Polish, Cyrillic or Greek text print as written.

The font ships with the package (``resources/fonts`` beside it in a checkout,
``station_app/resources/fonts`` once installed); a system copy is the last resort. The
collector does not import the station's ``paths`` module (it is its own deployable), so it
looks in those places itself.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import station_app
from station_app.errors import UserError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
"""The names the station's report registers too: one process may make both reports."""
_PACKAGE = Path(station_app.__file__).resolve().parent
FOLDERS = (_PACKAGE.parent / "resources" / "fonts", _PACKAGE / "resources" / "fonts",
           Path("/usr/share/fonts/truetype/dejavu"))


def font_path(name: str) -> Path:
    """The first ``NAME.ttf`` in ``FOLDERS``; ``UserError`` naming them when none has it."""
    for folder in FOLDERS:
        if (folder / f"{name}.ttf").is_file():
            return folder / f"{name}.ttf"
    raise UserError(f"the report font {name}.ttf is missing (looked in "
                    f"{', '.join(str(folder) for folder in FOLDERS)})")


def register_fonts() -> None:
    """Make both weights known to reportlab (once per process)."""
    known = pdfmetrics.getRegisteredFontNames()
    for name in (REGULAR, BOLD):
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
