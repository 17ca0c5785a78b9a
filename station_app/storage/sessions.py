"""Sessions (Sitzungen): time blocks at a station that a facilitator opens and closes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from station_app.clock import utc_now
from station_app.errors import UserError
from station_app.storage.audit import AuditLog
from station_app.storage.database import write_transaction
from station_app.texts import QT_TRANSLATE_NOOP, Message

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class Session:
    """One session as stored."""

    id: int
    uuid: str
    station_id: str
    event_name: str
    name: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    opened_automatically: bool

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def _session(row: dict) -> Session:
    return Session(
        id=row["id"], uuid=row["uuid"], station_id=row["station_id"],
        event_name=row["event_name"], name=row["name"],
        opened_at=dt.datetime.fromisoformat(row["opened_at"]),
        closed_at=dt.datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else None,
        opened_automatically=bool(row["opened_automatically"]),
    )


class SessionBook:
    """Opens, closes and lists the sessions of one station."""

    def __init__(self, db: sqlite_utils.Database, station_id: str, event_name: str,
                 clock: Clock = utc_now) -> None:
        self._db = db
        self._station_id = station_id
        self._event_name = event_name
        self._clock = clock
        self._audit = AuditLog(db, clock)

    def current(self) -> Session | None:
        """The open session, if any."""
        cursor = self._db.execute(
            "SELECT * FROM sessions WHERE station_id = ? AND closed_at IS NULL LIMIT 1",
            [self._station_id])
        row = cursor.fetchone()
        if row is None:
            return None
        return _session(dict(zip([c[0] for c in cursor.description], row, strict=True)))

    def current_or_open(self) -> Session:
        """The open session; if none is open, one is opened for today's event.

        Attendees must never be turned away because a facilitator forgot to open a session.
        """
        session = self.current()  # the common case needs no write lock
        if session is not None:
            return session
        with write_transaction(self._db):
            session = self.current()
            if session is not None:
                return session
            now = self._clock()
            name = f"{self._event_name} – {now.astimezone().strftime('%d.%m.%Y')}"
            return self._insert(name, now, automatically=True)

    def open(self, name: str, actor: str = "facilitator") -> Session:
        """Close the open session (if any) and open a new one called ``name``."""
        name = " ".join(name.split())
        if not name:
            raise UserError("a session needs a name, e.g. 'Stadtkonferenz 28.09. – Station 1'",
                            Message("Sessions", QT_TRANSLATE_NOOP(
                                "Sessions", "Die Sitzung braucht einen Namen, z. B. "
                                "„Stadtkonferenz 28.09. – Station 1“.")))
        if len(name) > 200:
            raise UserError("the session name is too long (at most 200 characters)",
                            Message("Sessions", QT_TRANSLATE_NOOP(
                                "Sessions", "Der Name ist zu lang (höchstens 200 Zeichen).")))
        with write_transaction(self._db):
            now = self._clock()
            previous = self.current()
            if previous is not None:
                self._close(previous, now, actor)
            session = self._insert(name, now, automatically=False)
            self._audit.record(actor, "session.open", {"session_id": session.id, "name": name})
            return session

    def close(self, actor: str = "facilitator") -> Session:
        """Close the open session; ``UserError`` if there is none."""
        with write_transaction(self._db):
            session = self.current()
            if session is None:
                raise UserError("no session is open", Message("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "Es ist keine Sitzung offen.")))
            return self._close(session, self._clock(), actor)

    def all(self) -> list[Session]:
        """Every session of this station, oldest first."""
        return [_session(row) for row in self._db["sessions"].rows_where(
            "station_id = ?", [self._station_id], order_by="id")]

    def get(self, session_id: int) -> Session:
        """One session by id; ``UserError`` naming the id if it does not exist."""
        rows = list(self._db["sessions"].rows_where("id = ?", [session_id]))
        if not rows:
            raise UserError(f"there is no session {session_id} (see 'sessions list')")
        return _session(rows[0])

    def _insert(self, name: str, now: dt.datetime, automatically: bool) -> Session:
        table = self._db["sessions"]
        table.insert({
            "uuid": str(uuid.uuid4()), "station_id": self._station_id,
            "event_name": self._event_name, "name": name, "opened_at": now.isoformat(),
            "closed_at": None, "opened_automatically": int(automatically),
        })
        return self.get(table.last_pk)

    def _close(self, session: Session, now: dt.datetime, actor: str) -> Session:
        self._db.execute("UPDATE sessions SET closed_at = ? WHERE id = ?",
                         [now.isoformat(), session.id])
        self._audit.record(actor, "session.close", {"session_id": session.id})
        return self.get(session.id)
