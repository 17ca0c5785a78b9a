"""Staff accounts: argon2id hashes, names and passwords checked, blocking, equal timing."""

from __future__ import annotations

import time

import pytest

from station_app.collector.office.accounts import (
    MIN_PASSWORD,
    HashCost,
    PasswordHasher,
    check_name,
    check_password,
)
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.sessions import StaffSessions
from station_app.errors import UserError
from tests.unit.collector.office.conftest import PASSWORD


def test_the_default_hash_is_argon2id_with_64_mib_and_3_passes():
    hasher = PasswordHasher()
    stored = hasher.hash(PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=1$")
    assert PASSWORD not in stored
    assert hasher.verify(stored, PASSWORD)
    assert not hasher.verify(stored, PASSWORD + "x")


def test_two_hashes_of_one_password_differ_and_a_broken_hash_is_just_wrong(hasher):
    assert hasher.hash(PASSWORD) != hasher.hash(PASSWORD)  # salted
    assert not hasher.verify("$argon2id$nonsense", PASSWORD)
    assert not hasher.verify("", PASSWORD)


def test_a_cost_below_argon2ids_minimum_is_refused():
    with pytest.raises(ValueError):
        HashCost(opslimit=0)
    with pytest.raises(ValueError):
        HashCost(memlimit=1024)


@pytest.mark.parametrize("name", ["", "   ", " anna", "anna ", "a\nb", "a\x00b", "x" * 65])
def test_names_that_cannot_be_accounts(name):
    with pytest.raises(UserError):
        check_name(name)


def test_names_with_markup_are_allowed_and_escaped_later():
    assert check_name("<script>alert(1)</script>") == "<script>alert(1)</script>"
    assert check_name("Jürgen Müller") == "Jürgen Müller"


@pytest.mark.parametrize("password,problem", [
    ("", "no password given"), ("elf-zeichen", "too short"), ("x" * 1025, "too long")])
def test_passwords_that_are_refused(password, problem):
    with pytest.raises(UserError, match=problem):
        check_password(password)


def test_the_shortest_password_allowed():
    assert check_password("x" * MIN_PASSWORD) == "x" * MIN_PASSWORD


def test_add_stores_a_hash_never_the_password_and_audits_it(store, accounts):
    user = accounts.add("anna", "admin", PASSWORD, actor="cli:ops", client="command line")
    assert (user.name, user.role, user.enabled, user.last_login_at) == ("anna", "admin", True,
                                                                      None)
    stored = store.db.execute("SELECT password_hash FROM office_users").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    entry = AuditLog(store).latest()[0]
    assert (entry.actor, entry.action, entry.target, entry.before, entry.after) == (
        "cli:ops", "user.added", "anna", None,
        {"name": "anna", "role": "admin", "enabled": True})


def test_a_name_is_taken_whatever_its_case_and_roles_are_fixed(accounts):
    accounts.add("Anna", "admin", PASSWORD, actor="t", client="c")
    with pytest.raises(UserError, match="already exists"):
        accounts.add("anna", "moderator", PASSWORD, actor="t", client="c")
    with pytest.raises(UserError, match="role"):
        accounts.add("bert", "root", PASSWORD, actor="t", client="c")
    assert [u.name for u in accounts.all()] == ["Anna"]


def test_check_login_right_wrong_unknown_and_disabled(accounts):
    accounts.add("anna", "moderator", PASSWORD, actor="t", client="c")
    user, reason = accounts.check_login("anna", PASSWORD)
    assert user is not None and user.role == "moderator" and reason == ""
    assert accounts.check_login("ANNA", PASSWORD)[0] is not None  # names ignore case
    assert accounts.check_login("anna", "falsches-Passwort") == (None, "wrong password")
    assert accounts.check_login("niemand", PASSWORD) == (None, "unknown account")
    accounts.set_enabled("anna", False, actor="t", client="c")
    assert accounts.check_login("anna", PASSWORD) == (None, "account disabled")


def test_an_unknown_name_costs_as_much_time_as_a_known_one(store, clock):
    from station_app.collector.office.accounts import StaffAccounts

    accounts = StaffAccounts(store, PasswordHasher(HashCost(opslimit=2, memlimit=16 * 2**20)),
                             clock)
    accounts.add("anna", "admin", PASSWORD, actor="t", client="c")
    accounts.check_login("niemand", PASSWORD)  # the dummy hash is made once, on first use

    def timed(name: str) -> float:
        start = time.perf_counter()
        for _ in range(3):
            accounts.check_login(name, "falsches-Passwort")
        return time.perf_counter() - start

    # The quickest of interleaved rounds: what the work costs, without the machine's noise.
    rounds = [(timed("anna"), timed("niemand")) for _ in range(4)]
    known, unknown = min(r[0] for r in rounds), min(r[1] for r in rounds)
    assert 0.5 < unknown / known < 2.0, (known, unknown)


def test_disabling_ends_the_sessions_enabling_does_not_revive_them(store, accounts, clock):
    accounts.add("anna", "admin", PASSWORD, actor="t", client="c")
    sessions = StaffSessions(store, clock=clock)
    session_id = sessions.start("anna", "127.0.0.1")
    user, ended = accounts.set_enabled("anna", False, actor="cli:ops", client="command line")
    assert not user.enabled and ended == 1
    assert sessions.find(session_id) is None
    user, _ = accounts.set_enabled("anna", True, actor="cli:ops", client="command line")
    assert user.enabled and sessions.find(session_id) is None
    actions = [(e.action, e.before, e.after) for e in AuditLog(store).latest()]
    assert actions[:2] == [("user.enabled", {"enabled": False}, {"enabled": True}),
                           ("user.disabled", {"enabled": True},
                            {"enabled": False, "sessions_ended": 1})]


def test_setting_the_state_an_account_has_records_nothing(store, accounts):
    accounts.add("anna", "admin", PASSWORD, actor="t", client="c")
    accounts.set_enabled("anna", True, actor="t", client="c")
    assert [e.action for e in AuditLog(store).latest()] == ["user.added"]
    with pytest.raises(UserError, match="no staff account"):
        accounts.set_enabled("niemand", False, actor="t", client="c")


def test_the_last_login_is_recorded(accounts, clock):
    user = accounts.add("anna", "admin", PASSWORD, actor="t", client="c")
    clock.advance(60)
    accounts.record_login(user)
    found = accounts.find("anna")
    assert found is not None and found.last_login_at == clock.now
