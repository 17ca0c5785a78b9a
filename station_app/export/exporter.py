"""The exporter: ``Exporter.write`` is the one entry point for the command line and the
dashboard. It resolves the scope, reads a consistent snapshot on its own connection (so the
kiosk keeps taking cards meanwhile), writes the file atomically and records the export in
the audit log.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from station_app.clock import utc_now
from station_app.config import StationConfig
from station_app.errors import UserError
from station_app.export import FORMATS
from station_app.export.common import (
    ExportScope,
    ExportSource,
    resolve_scope,
    suggested_file_name,
)
from station_app.storage.audit import AuditLog
from station_app.storage.card_counts import count_hidden
from station_app.storage.card_rows import reading_connection
from station_app.storage.sessions import SessionBook


@dataclass(frozen=True)
class ExportResult:
    """What was written: shown to the facilitator and recorded in the audit log."""

    path: Path
    format: str
    cards: int
    hidden: int
    scope: ExportScope
    audit_problem: str = ""
    """Why the audit log could not record this export ('' when it did). The file is
    complete either way: a full disk under the database must not hide a finished export."""


class Exporter:
    """Writes exports of one station's cards."""

    def __init__(self, db: sqlite_utils.Database, config: StationConfig,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._config = config
        self._clock = clock

    def scope(self, session_id: int | None = None, all_sessions: bool = False) -> ExportScope:
        """The scope of an export (see ``resolve_scope``)."""
        return resolve_scope(self._sessions(self._db), session_id, all_sessions)

    def suggested_name(self, fmt: str, scope: ExportScope) -> str:
        return suggested_file_name(self._config, scope, fmt, self._clock())

    def write(self, fmt: str, path: Path, *, session_id: int | None = None,
              all_sessions: bool = False, delimiter: str = ";",
              actor: str = "facilitator") -> ExportResult:
        """Write one export file; safe to call from a worker thread."""
        if fmt not in FORMATS:
            raise UserError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
        with reading_connection(self._db) as db:
            scope = resolve_scope(self._sessions(db), session_id, all_sessions)
            source = ExportSource(db, self._config, scope, self._clock())
            count = _WRITERS[fmt](source, Path(path), delimiter)
            hidden = count_hidden(db, scope.session_id)
            try:
                AuditLog(db, self._clock).record(actor, "export.write", {
                    "format": fmt, "file": Path(path).name, "cards": count,
                    "hidden_excluded": hidden, "session_id": scope.session_id,
                    "all_sessions": scope.session is None,
                })
            except sqlite3.Error as error:
                problem = "the disk is full" if "full" in str(error) else str(error)
                return ExportResult(Path(path), fmt, count, hidden, scope,
                                    audit_problem=f"the audit log could not record it "
                                                  f"({problem})")
        return ExportResult(Path(path), fmt, count, hidden, scope)

    def _sessions(self, db: sqlite_utils.Database) -> SessionBook:
        return SessionBook(db, self._config.station.id, self._config.event.name, self._clock)


def _csv(source: ExportSource, path: Path, delimiter: str) -> int:
    from station_app.export.csv_export import write_csv

    return write_csv(source, path, delimiter)


def _xlsx(source: ExportSource, path: Path, delimiter: str) -> int:
    from station_app.export.xlsx_export import write_xlsx

    return write_xlsx(source, path)


def _json(source: ExportSource, path: Path, delimiter: str) -> int:
    from station_app.export.json_export import write_json

    return write_json(source, path)


def _pdf(source: ExportSource, path: Path, delimiter: str) -> int:
    from station_app.export.pdf_report import write_pdf

    return write_pdf(source, path)


# Imported lazily: openpyxl and reportlab are slow to import and most exports need one.
_WRITERS: dict[str, Callable[[ExportSource, Path, str], int]] = {
    "csv": _csv, "xlsx": _xlsx, "json": _json, "pdf": _pdf,
}
