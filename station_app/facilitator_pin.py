"""The facilitator PIN: a salted scrypt hash and a lockout that survives restarts.

Attendees must not leave the kiosk or reach the dashboard. The PIN is never stored in plain
text; after ``FREE_TRIES`` wrong tries the pad locks for a growing time (30 s, 60 s, 120 s,
… up to an hour), and the counter lives in the database so a restart does not reset it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import logging
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station_app.clock import utc_now
from station_app.errors import UserError

if TYPE_CHECKING:
    from station_app.storage.audit import AuditLog
    from station_app.storage.state import StationState

FREE_TRIES = 5
BASE_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_KEY_HASH = "facilitator.pin_hash"
_KEY_FAILURES = "facilitator.pin_failures"
_KEY_LOCKED_UNTIL = "facilitator.pin_locked_until"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PinVerdict:
    """The answer to one PIN try."""

    accepted: bool
    locked_seconds: int = 0
    """Seconds until the next try is allowed (0 when not locked)."""
    tries_left: int = FREE_TRIES


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)


def check_pin_format(pin: str) -> str:
    """A PIN is 4 to 12 digits."""
    pin = pin.strip()
    if not pin.isdigit() or not (4 <= len(pin) <= 12) or not pin.isascii():
        raise UserError("the PIN must be 4 to 12 digits")
    return pin


class FacilitatorPin:
    """Sets and checks the facilitator PIN of one station."""

    def __init__(self, state: StationState, audit: AuditLog,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._state = state
        self._audit = audit
        self._clock = clock
        self._unsaved_failures = 0
        self._unsaved_lock: dt.datetime | None = None

    @property
    def is_set(self) -> bool:
        return self._state.get(_KEY_HASH) is not None

    def set(self, pin: str) -> None:
        """Store a new PIN (salted scrypt) and clear any lockout."""
        pin = check_pin_format(pin)
        salt = secrets.token_bytes(16)
        digest = base64.b64encode(_hash(pin, salt)).decode()
        stored = f"scrypt${base64.b64encode(salt).decode()}${digest}"
        self._state.set(_KEY_HASH, stored)
        self._state.set(_KEY_FAILURES, 0)
        self._state.set(_KEY_LOCKED_UNTIL, None)
        self._audit.record("facilitator", "pin.set")

    def choose_first(self, pin: str, repeated: str) -> str:
        """A first PIN chosen on the kiosk itself, entered twice; '' when it is stored.

        Only while no PIN is set (someone who just installed the station must be able to
        reach the dashboard and leave the kiosk). Returns ``format`` (not 4–12 digits),
        ``mismatch`` (the two entries differ) or ``already-set``; nothing is stored then.
        """
        if self.is_set:
            return "already-set"
        try:
            pin = check_pin_format(pin)
        except UserError:
            return "format"
        if not hmac.compare_digest(pin.encode(), repeated.strip().encode()):
            return "mismatch"
        self.set(pin)
        self._audit.record("facilitator", "pin.chosen_on_kiosk")
        return ""

    def locked_seconds(self) -> int:
        """Seconds the pad stays locked; 0 when a try is allowed."""
        stored = self._state.get(_KEY_LOCKED_UNTIL)
        candidates = [dt.datetime.fromisoformat(stored)] if stored else []
        if self._unsaved_lock is not None:
            candidates.append(self._unsaved_lock)
        if not candidates:
            return 0
        remaining = (max(candidates) - self._clock()).total_seconds()
        return max(0, int(remaining + 0.999))

    def verify(self, pin: str) -> PinVerdict:
        """Check one try. Without a configured PIN nothing is accepted.

        The lockout is kept in the database; when it cannot be written (a full disk) the
        right PIN still opens the dashboard, where the facilitator can see and fix the
        problem, and wrong tries are still counted in memory."""
        failures = max(self._unsaved_failures, int(self._state.get(_KEY_FAILURES, 0)))
        locked = self.locked_seconds()
        if locked:
            return PinVerdict(False, locked, 0)
        stored = self._state.get(_KEY_HASH)
        if stored and self._matches(pin, stored):
            self._unsaved_failures = 0
            self._unsaved_lock = None
            if failures or self._state.get(_KEY_LOCKED_UNTIL):
                self._keep(_KEY_FAILURES, 0)
                self._keep(_KEY_LOCKED_UNTIL, None)
            self._record("facilitator", "pin.accepted", None)
            return PinVerdict(True)
        failures += 1
        self._unsaved_failures = failures
        self._keep(_KEY_FAILURES, failures)
        self._record("kiosk", "pin.rejected", {"failures": failures})
        if failures < FREE_TRIES:
            return PinVerdict(False, 0, FREE_TRIES - failures)
        seconds = min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_TRIES))
        until = self._clock() + dt.timedelta(seconds=seconds)
        self._unsaved_lock = until
        self._keep(_KEY_LOCKED_UNTIL, until.isoformat())
        return PinVerdict(False, seconds, 0)

    def _keep(self, key: str, value: object) -> None:
        """Store a lockout value; a database that cannot take it is logged, not raised."""
        try:
            self._state.set(key, value)
        except sqlite3.Error as error:
            _log.warning("PIN state %s not stored: %s", key, error)

    def _record(self, actor: str, action: str, details: dict[str, object] | None) -> None:
        try:
            self._audit.record(actor, action, details)
        except sqlite3.Error as error:
            _log.warning("audit line %s not stored: %s", action, error)

    @staticmethod
    def _matches(pin: str, stored: str) -> bool:
        try:
            scheme, salt_b64, hash_b64 = stored.split("$")
            salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        except ValueError:
            return False
        if scheme != "scrypt":
            return False
        return hmac.compare_digest(_hash(pin.strip(), salt), expected)
