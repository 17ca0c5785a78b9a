"""Fixtures of the office's unit tests: cheap hashes, a pinned clock, one admin."""

from __future__ import annotations

import pytest

from station_app.collector.office.accounts import HashCost, PasswordHasher, StaffAccounts

PASSWORD = "richtig-langes-Passwort"
CHEAP = HashCost(opslimit=1, memlimit=8192)
"""argon2id at its smallest, so the tests stay fast (the default is checked on its own)."""


@pytest.fixture
def hasher() -> PasswordHasher:
    return PasswordHasher(CHEAP)


@pytest.fixture
def accounts(store, hasher, clock) -> StaffAccounts:
    return StaffAccounts(store, hasher, clock)
