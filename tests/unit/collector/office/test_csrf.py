"""CSRF tokens: bound to the session or the login cookie, compared in constant time."""

from __future__ import annotations

import secrets

import pytest

from station_app.collector.office.csrf import (
    CsrfTokens,
    office_secret,
    same_token,
)


@pytest.fixture
def tokens(store, clock) -> CsrfTokens:
    return CsrfTokens(office_secret(store, clock), clock)


def test_same_token():
    assert same_token("abc", "abc")
    assert not same_token("abd", "abc")
    assert not same_token("", "abc")
    assert not same_token(None, "abc")
    assert not same_token("äbc", "abc")  # not ASCII: wrong, and no TypeError
    assert not same_token("abc ", "abc")


def test_the_secret_is_made_once_and_kept(store, clock):
    first = office_secret(store, clock)
    assert len(first) == 32 and office_secret(store, clock) == first


def test_a_session_token_fits_only_its_session(tokens):
    one, other = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    token = tokens.for_session(one)
    assert tokens.check_session(one, token)
    assert not tokens.check_session(other, token)
    assert not tokens.check_session(one, None)
    assert not tokens.check_session(one, token[:-1])


def test_another_collectors_secret_makes_other_tokens(tokens, clock):
    session_id = secrets.token_urlsafe(32)
    stranger = CsrfTokens(secrets.token_bytes(32), clock)
    assert not tokens.check_session(session_id, stranger.for_session(session_id))


def test_the_login_token_fits_its_cookie_and_expires(tokens, clock):
    cookie = tokens.new_login_cookie()
    token = tokens.for_login(cookie)
    assert tokens.check_login(cookie, token)
    assert not tokens.check_login(tokens.new_login_cookie(), token)
    assert not tokens.check_login(None, token)
    assert not tokens.check_login(cookie, None)
    assert tokens.for_login(cookie) != tokens.for_session(cookie)  # purposes kept apart
    clock.advance(19 * 60)
    assert tokens.check_login(cookie, token)
    clock.advance(2 * 60)
    assert not tokens.check_login(cookie, token)


@pytest.mark.parametrize("cookie", ["", "x", "123", "abc.defghijklmnopqrstuvwxyz",
                                    "1." + "a" * 30 + ";", "9" * 13 + "." + "a" * 30])
def test_malformed_login_cookies(tokens, cookie):
    assert not tokens.login_cookie_fresh(cookie)
    assert not tokens.check_login(cookie, tokens.for_login(cookie))


def test_a_short_secret_is_refused(clock):
    with pytest.raises(ValueError):
        CsrfTokens(b"short", clock)
