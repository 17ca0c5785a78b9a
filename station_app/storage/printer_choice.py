"""The receipt printer a facilitator chose on the dashboard, remembered across restarts.

The station's TOML names a printer (``[printer] name``) or leaves it to the system default;
a facilitator who finds the receipt printer under another queue name picks it from the
dashboard instead of editing the file. The choice lives in the station database (key/value
``station_state``) and wins over the configuration until it is cleared; every choice is in
the audit log.
"""

from __future__ import annotations

import sqlite_utils

from station_app.storage.audit import AuditLog
from station_app.storage.database import write_transaction
from station_app.storage.state import StationState

STATE_KEY = "printer.chosen_name"


class PrinterChoice:
    """Read and record the printer queue chosen on the dashboard."""

    def __init__(self, db: sqlite_utils.Database, audit: AuditLog | None = None) -> None:
        self._db = db
        self._state = StationState(db)
        self._audit = audit or AuditLog(db)

    def chosen(self) -> str:
        """The chosen queue's name, or '' when none was chosen (the configuration decides)."""
        value = self._state.get(STATE_KEY, "")
        return value if isinstance(value, str) else ""

    def effective(self, configured: str) -> str:
        """The queue receipts go to: the chosen one, else ``configured`` ('' = default)."""
        return self.chosen() or configured

    def choose(self, name: str, actor: str = "facilitator") -> None:
        """Remember ``name`` ('' forgets the choice) and audit it, in one transaction."""
        with write_transaction(self._db):
            previous = self.chosen()
            self._state.set(STATE_KEY, name)
            self._audit.record(actor, "printer.choose", {"name": name, "previous": previous})
