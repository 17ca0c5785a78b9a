"""The optional logo on the report's title page (``[report] logo``).

The setting names a file inside ``resources/`` ("logos/stadt-dortmund.png"); an absolute
path is taken as it is, for a logo kept elsewhere on the station (``station_app.logos``
resolves it, as for the receipt's logo). PNG and JPEG are supported, and whatever else
Pillow opens (GIF, WebP, TIFF); SVG is not. A missing or unreadable logo never stops a
report: it is made without the logo and the log says why, as for the receipt's logo.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PIL import Image as PILImage
from reportlab.platypus import Image

from station_app.config import StationConfig
from station_app.logos import UnreadableLogo, logo_file, read_logo

log = logging.getLogger(__name__)

PRINT_DPI = 300
"""Enough for print; a larger image is scaled down so the PDF stays small."""


def logo_path(config: StationConfig) -> Path | None:
    """The configured logo file, or None (no logo set, or the file is not there)."""
    path = logo_file(config.report.logo)
    if path is None:
        return None
    if not path.is_file():
        log.warning("report logo %s not found; the report is made without it", path)
        return None
    return path


def logo_flowable(config: StationConfig, width: float, height: float) -> Image | None:
    """The logo scaled to fit a ``width`` × ``height`` box (points), aspect ratio kept."""
    path = logo_path(config)
    if path is None:
        return None
    try:
        picture = read_logo(path)
    except (OSError, UnreadableLogo) as error:  # OSError: gone since it was looked up
        log.warning("report logo %s is not a readable image (PNG or JPEG: %s); the report "
                    "is made without it", path, error)
        return None
    pixel_width, pixel_height = picture.size
    scale = min(width / pixel_width, height / pixel_height)
    shown_width, shown_height = pixel_width * scale, pixel_height * scale
    most = (round(shown_width / 72 * PRINT_DPI), round(shown_height / 72 * PRINT_DPI))
    if pixel_width > most[0] * 1.25:
        picture.thumbnail(most, PILImage.Resampling.LANCZOS)
    see_through = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    encoded = io.BytesIO()  # lossless, upright (EXIF), and transparency kept
    picture.convert("RGBA" if see_through else "RGB").save(encoded, format="PNG")
    encoded.seek(0)
    return Image(encoded, width=shown_width, height=shown_height, hAlign="LEFT")
