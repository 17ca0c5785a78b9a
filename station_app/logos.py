"""Which file a logo setting names, and whether it can be shown.

``[receipt] logo`` and ``[report] logo`` name a file inside ``resources/``
("logos/stadt-dortmund.png"), or give an absolute path for a logo kept elsewhere on the
station. The receipt, the report and ``station-app check`` all resolve the setting here,
so the file ``check`` looks at is the one the receipt and the report use. A missing or
unreadable logo never stops a receipt or a report (each is made without it and the log
says why); ``check`` names it as a warning before the doors open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from station_app.paths import resources_dir

if TYPE_CHECKING:
    from PIL.Image import Image

    from station_app.config import StationConfig


class UnreadableLogo(ValueError):
    """The logo file is there but is no image Pillow reads (SVG, a cut-off PNG, text)."""


def logo_file(setting: str) -> Path | None:
    """The file a logo setting names; None when the setting is empty (no logo)."""
    name = setting.strip()
    if not name:
        return None
    return resources_dir() / name  # an absolute name replaces the folder


def read_logo(path: Path) -> Image:
    """The logo's pixels, upright as its EXIF orientation says; ``UnreadableLogo`` if the
    file is not an image Pillow reads (``FileNotFoundError`` if it is not there)."""
    from PIL import Image as PILImage  # only when a logo is configured
    from PIL import ImageOps

    if not path.is_file():
        raise FileNotFoundError(path)
    try:
        with PILImage.open(path) as opened:
            picture = ImageOps.exif_transpose(opened)
            picture.load()
    except (OSError, ValueError, PILImage.DecompressionBombError) as error:
        raise UnreadableLogo(str(error)) from error
    return picture


def logo_problem(path: Path) -> str | None:
    """Why the logo at ``path`` cannot be shown ("not found", "is not a readable image
    (…)"), or None when it can."""
    try:
        read_logo(path)
    except FileNotFoundError:
        return "not found"
    except UnreadableLogo as error:
        return f"is not a readable image ({error})"
    return None


def logo_warnings(config: StationConfig) -> list[str]:
    """One line per configured logo that cannot be shown, naming the setting and the file:
    ``check``'s warnings (none when no logo is set or every logo reads)."""
    settings = (("[receipt] logo", config.receipt.logo, "receipts are printed without it"),
                ("[report] logo", config.report.logo, "reports are made without it"))
    lines = []
    for setting, value, without in settings:
        path = logo_file(value)
        problem = logo_problem(path) if path is not None else None
        if problem is not None:
            lines.append(f"{setting}: {path} {problem} – {without}")
    return lines
