"""Login throttling, per account name and per client address, kept in the database.

After ``account_failures`` failed logins for one name within ``window`` (or
``client_failures`` from one address), further logins for it are refused without looking at
the password, first for ``first_lockout``, and twice as long after every further failure,
up to ``longest_lockout``. The counter starts again once a ``window`` has passed after the
last failure or lockout. A name without an account is counted like any other, so the
answers never tell whether an account exists. The state lives in the collector database:
a restart does not reset it, and every worker process sees the same.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from station_app.clock import utc_now
from station_app.collector.store import CollectorStore


@dataclass(frozen=True)
class ThrottleRules:
    """How many failures lock a name or an address, and for how long.

    An address gets more tries than a name: the staff of one town hall often share one
    address to the outside world.
    """

    window: dt.timedelta = dt.timedelta(minutes=15)
    account_failures: int = 5
    client_failures: int = 10
    first_lockout: dt.timedelta = dt.timedelta(minutes=1)
    longest_lockout: dt.timedelta = dt.timedelta(hours=1)


def account_key(name: str) -> str:
    return "account:" + unicodedata.normalize("NFC", name).casefold()[:200]


def client_key(client: str) -> str:
    return "client:" + client[:100]


class LoginThrottle:
    """Counts failed logins and says how long a name or an address must still wait."""

    def __init__(self, store: CollectorStore, rules: ThrottleRules | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._store = store
        self.rules = rules or ThrottleRules()
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock().astimezone(dt.UTC)

    def wait(self, name: str, client: str) -> dt.timedelta:
        """How long logins for ``name`` from ``client`` are still refused (zero: go ahead)."""
        now = self._now()
        with self._store.lock:
            rows = self._store.db.execute(
                "SELECT locked_until FROM office_login_throttle WHERE key IN (?, ?)"
                " AND locked_until IS NOT NULL",
                [account_key(name), client_key(client)]).fetchall()
        longest = dt.timedelta(0)
        for (locked_until,) in rows:
            longest = max(longest, dt.datetime.fromisoformat(locked_until) - now)
        return longest

    def failed(self, name: str, client: str) -> None:
        """Count one failed login for the name and for the address."""
        now = self._now()
        with self._store.transaction() as db:
            for key, allowed in ((account_key(name), self.rules.account_failures),
                                 (client_key(client), self.rules.client_failures)):
                row = db.execute("SELECT failures, last_failure_at, locked_until FROM"
                                 " office_login_throttle WHERE key = ?", [key]).fetchone()
                failures = 0
                if row is not None:
                    quiet_since = max(dt.datetime.fromisoformat(row[1]),
                                      dt.datetime.fromisoformat(row[2] or row[1]))
                    failures = row[0] if now - quiet_since <= self.rules.window else 0
                failures += 1
                locked_until = None
                if failures >= allowed:
                    lockout = min(self.rules.first_lockout * 2 ** min(failures - allowed, 20),
                                  self.rules.longest_lockout)
                    locked_until = (now + lockout).isoformat()
                db.execute("INSERT INTO office_login_throttle (key, failures, last_failure_at,"
                           " locked_until) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                           " failures = excluded.failures, last_failure_at ="
                           " excluded.last_failure_at, locked_until = excluded.locked_until",
                           [key, failures, now.isoformat(), locked_until])
            self._forget_old(now)

    def succeeded(self, name: str) -> None:
        """A successful login clears the name's count (not the address's: one account's
        owner must not be able to reset the count of guesses at other accounts)."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM office_login_throttle WHERE key = ?", [account_key(name)])

    def _forget_old(self, now: dt.datetime) -> None:
        """Drop what can no longer matter, so guessed names do not pile up."""
        horizon = (now - self.rules.window - self.rules.longest_lockout).isoformat()
        self._store.db.execute("DELETE FROM office_login_throttle WHERE last_failure_at < ?"
                               " AND (locked_until IS NULL OR locked_until < ?)",
                               [horizon, horizon])
