"""The formats of the collector's export: what each file is called and served as, and what
it needs besides the collector itself.

Light on purpose (no writer is imported here): the command line lists the formats and the
office's page offers them without loading openpyxl or reportlab.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass

from station_app.errors import UserError


@dataclass(frozen=True)
class ExportFormat:
    """One format: its key (``--format``), file suffix, media type and the library its
    writer needs (None: the standard library is enough)."""

    key: str
    suffix: str
    media_type: str
    library: str | None = None


CATALOGUE: dict[str, ExportFormat] = {
    "csv": ExportFormat("csv", "csv", "text/csv; charset=utf-8"),
    "xlsx": ExportFormat("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument"
                         ".spreadsheetml.sheet", "openpyxl"),
    "json": ExportFormat("json", "json", "application/json"),
    "pdf": ExportFormat("pdf", "pdf", "application/pdf", "reportlab"),
}
FORMATS: tuple[str, ...] = tuple(CATALOGUE)
"""Every format, in the order menus show them."""
FILE_PREFIX = "stadtgespraech"
ALL_EVENTS = "alle"


def export_format(key: str) -> ExportFormat:
    """The format named ``key``; ``UserError`` naming the formats for anything else."""
    try:
        return CATALOGUE[key]
    except KeyError:
        raise UserError(f"unknown export format {key!r} (one of {', '.join(FORMATS)})"
                        ) from None


def missing_library(key: str) -> str | None:
    """The library a format needs that this installation lacks, else None.

    The collector's own installation (``pip install '.[collector]'``) may come without
    openpyxl or reportlab; CSV and JSON always work.
    """
    library = export_format(key).library
    if library is None or importlib.util.find_spec(library) is not None:
        return None
    return library


def require_library(key: str) -> None:
    """``UserError`` saying what to install when a format's library is missing."""
    library = missing_library(key)
    if library is not None:
        raise UserError(f"the {key.upper()} export needs {library}, which this collector "
                        f"installation lacks (pip install {library})")


def file_name(key: str, event: str | None, day: dt.date) -> str:
    """E.g. ``stadtgespraech-2026-11-14-stadtkonferenz-2026-12-02.csv``: the event (or
    ``alle``) and the day of the export."""
    return f"{FILE_PREFIX}-{event or ALL_EVENTS}-{day.isoformat()}.{export_format(key).suffix}"
