"""The print queue in SQLite: jobs move queued → printing → done, or back to queued for
another try, or to failed when the attempts are used up.

The queue lives in the station database so that a job survives a restart and facilitators
can see what did not print. Every state change is one short write transaction; the kiosk
(which enqueues) and the print worker (which claims) use separate connections.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import sqlite_utils

from station_app.clock import utc_now
from station_app.storage.database import write_transaction

JobState = Literal["queued", "printing", "done", "failed"]
JobReason = Literal["receipt", "reprint"]
ERROR_LENGTH = 500


@dataclass(frozen=True)
class PrintJob:
    """One receipt to print and how far it got."""

    id: int
    code: str
    reason: JobReason
    state: JobState
    attempts: int
    last_error: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    next_attempt_at: dt.datetime

    @property
    def finished(self) -> bool:
        """Done or given up: the worker will not touch it again."""
        return self.state in ("done", "failed")


def _job(row: dict) -> PrintJob:
    return PrintJob(
        id=row["id"], code=row["code"], reason=row["reason"], state=row["state"],
        attempts=row["attempts"], last_error=row["last_error"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        updated_at=dt.datetime.fromisoformat(row["updated_at"]),
        next_attempt_at=dt.datetime.fromisoformat(row["next_attempt_at"]),
    )


class PrintJobs:
    """Enqueue, claim and settle print jobs."""

    def __init__(self, db: sqlite_utils.Database,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def enqueue(self, code: str, reason: JobReason = "receipt") -> PrintJob:
        """A new queued job for the card with ``code``, due at once."""
        now = self._clock().isoformat()
        with write_transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO print_jobs (code, reason, state, attempts, created_at, updated_at,"
                " next_attempt_at) VALUES (?, ?, 'queued', 0, ?, ?, ?)",
                [code, reason, now, now, now])
            job_id = cursor.lastrowid
        return self.get(job_id)

    def get(self, job_id: int) -> PrintJob:
        rows = list(self._db["print_jobs"].rows_where("id = ?", [job_id]))
        if not rows:
            raise KeyError(job_id)
        return _job(rows[0])

    def claim_next(self) -> PrintJob | None:
        """Take the oldest due job and mark it printing, atomically; None if none is due."""
        now = self._clock().isoformat()
        with write_transaction(self._db):
            row = self._db.execute(
                "SELECT id FROM print_jobs WHERE state = 'queued' AND next_attempt_at <= ?"
                " ORDER BY next_attempt_at, id LIMIT 1", [now]).fetchone()
            if row is None:
                return None
            self._db.execute(
                "UPDATE print_jobs SET state = 'printing', attempts = attempts + 1,"
                " updated_at = ? WHERE id = ?", [now, row[0]])
        return self.get(row[0])

    def claim(self, job_id: int) -> PrintJob:
        """Mark one queued job printing now, whatever its due time (a facilitator's reprint)."""
        now = self._clock().isoformat()
        with write_transaction(self._db):
            cursor = self._db.execute(
                "UPDATE print_jobs SET state = 'printing', attempts = attempts + 1,"
                " updated_at = ? WHERE id = ? AND state = 'queued'", [now, job_id])
        if cursor.rowcount != 1:
            raise ValueError(f"print job {job_id} is not queued")
        return self.get(job_id)

    def next_due(self) -> dt.datetime | None:
        """When the next queued job becomes due (None: nothing queued)."""
        row = self._db.execute(
            "SELECT MIN(next_attempt_at) FROM print_jobs WHERE state = 'queued'").fetchone()
        return dt.datetime.fromisoformat(row[0]) if row and row[0] else None

    def mark_done(self, job_id: int) -> PrintJob:
        return self._settle(job_id, "done", None, None)

    def mark_failed(self, job_id: int, error: str, max_attempts: int,
                    retry_after: dt.timedelta) -> PrintJob:
        """Record a failed attempt: queued again after ``retry_after``, or failed for good."""
        job = self.get(job_id)
        if job.attempts >= max_attempts:
            return self._settle(job_id, "failed", error, None)
        return self._settle(job_id, "queued", error, self._clock() + retry_after)

    def give_up(self, job_id: int, error: str) -> PrintJob:
        """Fail a job at once (e.g. its card is gone or a one-shot reprint failed)."""
        return self._settle(job_id, "failed", error, None)

    def _settle(self, job_id: int, state: JobState, error: str | None,
                next_attempt: dt.datetime | None) -> PrintJob:
        now = self._clock()
        with write_transaction(self._db):
            self._db.execute(
                "UPDATE print_jobs SET state = ?, last_error = COALESCE(?, last_error),"
                " updated_at = ?, next_attempt_at = ? WHERE id = ?",
                [state, error[:ERROR_LENGTH] if error else None, now.isoformat(),
                 (next_attempt or now).isoformat(), job_id])
        return self.get(job_id)

    def recover_interrupted(self) -> int:
        """Jobs left 'printing' by a crash or power cut become failed, not reprinted.

        The slip may already have come out, and the attendee has most likely left; a
        facilitator can reprint from the dashboard or with ``receipts print CODE``.
        """
        now = self._clock().isoformat()
        with write_transaction(self._db):
            cursor = self._db.execute(
                "UPDATE print_jobs SET state = 'failed', updated_at = ?,"
                " last_error = 'interrupted by a restart while printing' "
                "WHERE state = 'printing'", [now])
        return cursor.rowcount

    def latest_for(self, code: str) -> PrintJob | None:
        rows = list(self._db["print_jobs"].rows_where(
            "code = ?", [code], order_by="id DESC", limit=1))
        return _job(rows[0]) if rows else None

    def recent(self, limit: int = 50, state: JobState | None = None) -> list[PrintJob]:
        """Newest first, for the facilitator dashboard."""
        where, args = ("state = ?", [state]) if state else (None, [])
        return [_job(row) for row in self._db["print_jobs"].rows_where(
            where, args, order_by="id DESC", limit=limit)]

    def count(self, state: JobState) -> int:
        return self._db.execute("SELECT COUNT(*) FROM print_jobs WHERE state = ?",
                                [state]).fetchone()[0]
