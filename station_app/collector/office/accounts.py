"""Staff accounts of the office: names, roles, passwords hashed with argon2id.

The password hash is memory-hard (libsodium's argon2id through PyNaCl), so a stolen
database does not give the passwords away cheaply. Logging in costs the same for an unknown
name as for a known one (a dummy hash is checked), so the time an answer takes does not say
whether an account exists.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import nacl.exceptions
import nacl.pwhash.argon2id as argon2id

from station_app.clock import utc_now
from station_app.collector.office.audit import (
    USER_ADDED,
    USER_DISABLED,
    USER_ENABLED,
    AuditLog,
)
from station_app.collector.office.sessions import end_sessions_of
from station_app.collector.store import CollectorStore
from station_app.errors import UserError

ROLES = ("admin", "moderator")
"""Admins manage accounts and read the audit log; moderators moderate and answer."""
MAX_NAME = 64
MIN_PASSWORD = 12
MAX_PASSWORD = 1024


@dataclass(frozen=True)
class HashCost:
    """argon2id's work factors: passes over the memory and the memory itself, in bytes.

    The default (3 passes over 64 MiB, about 0.1 s on one core) is RFC 9106's second
    recommended setting. Each hash records its own cost, so a lower cost for tests never
    weakens a hash made with the default.
    """

    opslimit: int = 3
    memlimit: int = 64 * 2**20

    def __post_init__(self) -> None:
        if self.opslimit < argon2id.OPSLIMIT_MIN or self.memlimit < argon2id.MEMLIMIT_MIN:
            raise ValueError("argon2id needs at least 1 pass and 8 KiB")


class PasswordHasher:
    """Hashes and checks passwords; at most ``concurrent`` at a time, since each one
    holds ``memlimit`` bytes while it runs (a flood of logins must not exhaust memory)."""

    def __init__(self, cost: HashCost | None = None, concurrent: int = 2) -> None:
        self.cost = cost or HashCost()
        self._slots = threading.BoundedSemaphore(concurrent)

    def hash(self, password: str) -> str:
        with self._slots:
            return argon2id.str(password.encode("utf-8"), opslimit=self.cost.opslimit,
                                memlimit=self.cost.memlimit).decode("ascii")

    def verify(self, stored: str, password: str) -> bool:
        with self._slots:
            try:
                return bool(argon2id.verify(stored.encode("ascii"), password.encode("utf-8")))
            except (nacl.exceptions.InvalidkeyError, nacl.exceptions.CryptoError,
                    ValueError):
                return False

    @functools.cached_property
    def _dummy(self) -> str:
        return self.hash("not the password of any account")

    def verify_nobody(self, password: str) -> bool:
        """As long as ``verify`` takes, for a name without an account; always False."""
        self.verify(self._dummy, password)
        return False


@dataclass(frozen=True)
class StaffUser:
    """One staff account, without its password hash."""

    name: str
    role: str
    enabled: bool
    created_at: dt.datetime
    last_login_at: dt.datetime | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def check_name(name: str) -> str:
    """The account name as stored (NFC), or a ``UserError`` saying what is wrong with it."""
    name = unicodedata.normalize("NFC", name)
    if not name or not name.strip():
        raise UserError("the account name must not be empty")
    if name != name.strip():
        raise UserError("the account name must not begin or end with a space")
    if len(name) > MAX_NAME:
        raise UserError(f"the account name must be at most {MAX_NAME} characters long")
    if any(unicodedata.category(char).startswith("C") for char in name):
        raise UserError("the account name must not contain control characters")
    return name


def check_password(password: str) -> str:
    """The password unchanged, or a ``UserError`` (too short, too long, empty)."""
    if not password:
        raise UserError(f"no password given (at least {MIN_PASSWORD} characters, on "
                        "standard input)")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password is too short: it needs at least {MIN_PASSWORD} "
                        "characters")
    if len(password) > MAX_PASSWORD:
        raise UserError(f"the password is too long (at most {MAX_PASSWORD} characters)")
    return password


def _user(row: tuple) -> StaffUser:
    return StaffUser(row[0], row[1], bool(row[2]), dt.datetime.fromisoformat(row[3]),
                     dt.datetime.fromisoformat(row[4]) if row[4] else None)


_COLUMNS = "name, role, enabled, created_at, last_login_at"


class StaffAccounts:
    """Adds, lists, blocks and checks staff accounts; every change is audited."""

    def __init__(self, store: CollectorStore, hasher: PasswordHasher | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._store = store
        self.hasher = hasher or PasswordHasher()
        self._clock = clock
        self._audit = AuditLog(store, clock)

    def add(self, name: str, role: str, password: str, *, actor: str,
            client: str) -> StaffUser:
        name = check_name(name)
        if role not in ROLES:
            raise UserError(f"the role must be one of: {', '.join(ROLES)}")
        digest = self.hasher.hash(check_password(password))  # outside the write lock
        now = self._clock().astimezone(dt.UTC).isoformat()
        with self._store.transaction() as db:
            if self.find(name) is not None:
                raise UserError(f"a staff account named {name!r} already exists")
            db.execute("INSERT INTO office_users (name, role, password_hash, enabled,"
                       " created_at) VALUES (?, ?, ?, 1, ?)", [name, role, digest, now])
            self._audit.record(actor, USER_ADDED, client=client, target=name,
                               after={"name": name, "role": role, "enabled": True})
        found = self.find(name)
        assert found is not None
        return found

    def find(self, name: str) -> StaffUser | None:
        with self._store.lock:
            row = self._store.db.execute(f"SELECT {_COLUMNS} FROM office_users WHERE name = ?",
                                         [unicodedata.normalize("NFC", name)]).fetchone()
        return _user(row) if row else None

    def all(self) -> list[StaffUser]:
        with self._store.lock:
            rows = self._store.db.execute(
                f"SELECT {_COLUMNS} FROM office_users ORDER BY name").fetchall()
        return [_user(row) for row in rows]

    def set_enabled(self, name: str, enabled: bool, *, actor: str,
                    client: str) -> tuple[StaffUser, int]:
        """Block or unblock an account; blocking ends its sessions at once.

        Returns the account and how many sessions were ended. Setting the state an account
        already has changes nothing and records nothing.
        """
        with self._store.transaction() as db:
            user = self.find(name)
            if user is None:
                raise UserError(f"there is no staff account named {name!r} (see "
                                "'station-app collector users')")
            if user.enabled == enabled:
                return user, 0
            db.execute("UPDATE office_users SET enabled = ? WHERE name = ?",
                       [int(enabled), user.name])
            ended = 0 if enabled else end_sessions_of(db, user.name)
            self._audit.record(actor, USER_ENABLED if enabled else USER_DISABLED,
                               client=client, target=user.name,
                               before={"enabled": user.enabled},
                               after={"enabled": enabled, **({} if enabled else
                                                             {"sessions_ended": ended})})
        changed = self.find(user.name)
        assert changed is not None
        return changed, ended

    def check_login(self, name: str, password: str) -> tuple[StaffUser | None, str]:
        """``(user, "")`` for the right password of an enabled account, else ``(None,
        reason)`` for the audit log. Takes about equally long in every case."""
        with self._store.lock:
            row = self._store.db.execute(
                f"SELECT {_COLUMNS}, password_hash FROM office_users WHERE name = ?",
                [unicodedata.normalize("NFC", name)]).fetchone()
        if row is None:
            self.hasher.verify_nobody(password)
            return None, "unknown account"
        if not self.hasher.verify(row[5], password):
            return None, "wrong password"
        user = _user(row[:5])
        if not user.enabled:
            return None, "account disabled"
        return user, ""

    def record_login(self, user: StaffUser) -> None:
        with self._store.transaction() as db:
            db.execute("UPDATE office_users SET last_login_at = ? WHERE name = ?",
                       [self._clock().astimezone(dt.UTC).isoformat(), user.name])
