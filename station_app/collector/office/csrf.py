"""Tokens against cross-site request forgery, for every form of the office.

A form's hidden ``csrf_token`` is an HMAC under the collector's office secret: of the
session id for a logged-in member of staff, and of a short-lived pre-session cookie for the
login form (whose value carries the time it was issued). Another site can make a browser
send the cookie, but it cannot read the page, so it cannot know the token. Tokens are
compared in constant time.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable

from station_app.clock import utc_now
from station_app.collector.store import CollectorStore
from station_app.protocol.canonical import b64decode, b64encode

LOGIN_COOKIE = "office_login"
LOGIN_TOKEN_LIFETIME = dt.timedelta(minutes=20)
FIELD = "csrf_token"
_LOGIN_VALUE = re.compile(r"(\d{1,12})\.([A-Za-z0-9_-]{20,64})")


def same_token(offered: str | None, expected: str) -> bool:
    """Constant-time comparison; a missing or non-ASCII token is simply wrong."""
    if not offered or not offered.isascii():
        return False
    return hmac.compare_digest(offered.encode("ascii"), expected.encode("ascii"))


def office_secret(store: CollectorStore, clock: Callable[[], dt.datetime] = utc_now) -> bytes:
    """The collector's secret for office tokens, made on first use and kept in its database
    (so every worker process and every restart agrees on it)."""
    with store.transaction() as db:
        row = db.execute("SELECT secret FROM office_secret WHERE id = 1").fetchone()
        if row:
            return b64decode(row[0], "office secret")
        secret = secrets.token_bytes(32)
        db.execute("INSERT INTO office_secret (id, secret, created_at) VALUES (1, ?, ?)",
                   [b64encode(secret), clock().isoformat()])
        return secret


class CsrfTokens:
    """Makes and checks the hidden token of the office's forms."""

    def __init__(self, secret: bytes, clock: Callable[[], dt.datetime] = utc_now) -> None:
        if len(secret) < 32:
            raise ValueError("the office secret must have at least 32 bytes")
        self._secret = secret
        self._clock = clock

    def _mac(self, purpose: str, value: str) -> str:
        digest = hmac.new(self._secret, f"{purpose}\0{value}".encode(), hashlib.sha256)
        return base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode("ascii")

    # --- logged in ----------------------------------------------------------------------

    def for_session(self, session_id: str) -> str:
        return self._mac("session", session_id)

    def check_session(self, session_id: str, offered: str | None) -> bool:
        return same_token(offered, self.for_session(session_id))

    # --- the login form ------------------------------------------------------------------

    def new_login_cookie(self) -> str:
        """A pre-session cookie's value: when it was issued, and a random part."""
        return f"{int(self._clock().timestamp())}.{secrets.token_urlsafe(24)}"

    def login_cookie_fresh(self, cookie: str | None,
                           within: dt.timedelta = LOGIN_TOKEN_LIFETIME) -> bool:
        """Whether a pre-session cookie is well formed and was issued ``within`` (a
        minute's clock difference between worker processes is tolerated)."""
        match = _LOGIN_VALUE.fullmatch(cookie or "")
        if match is None:
            return False
        age = self._clock().timestamp() - int(match.group(1))
        return -60 <= age <= within.total_seconds()

    def for_login(self, cookie: str) -> str:
        return self._mac("login", cookie)

    def check_login(self, cookie: str | None, offered: str | None) -> bool:
        """The login form's token against the browser's pre-session cookie."""
        if not self.login_cookie_fresh(cookie):
            return False
        assert cookie is not None
        return same_token(offered, self.for_login(cookie))
