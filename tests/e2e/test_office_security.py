"""The office (/office/) against a real collector process on loopback, trying to break in.

Accounts are added through the real command line (``collector add-user``, the password
piped on standard input); every request goes over HTTP to ``collector serve``.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.e2e.cli_helpers import ROOT, assert_one_line_error, child_env, station_app
from tests.e2e.collector_process import CollectorProcess
from tests.e2e.conftest import COLLECTOR_BACKENDS, collector_target
from tests.waiting import wait_until

pytestmark = pytest.mark.slow

PASSWORD = "Dortmund-ist-schön-2026"
EVIL = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
NOTICE = re.compile(r'<p class="notice" id="login-error" role="alert">([^<]*)</p>')


def add_user(db: Path | str, name: str, role: str, password: str = PASSWORD, *,
             data_dir: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """``collector add-user`` on a file (its folder the data directory) or a URL."""
    return station_app("collector", "add-user", name, "--role", role, "--db", str(db),
                       data_dir=data_dir or Path(db).parent, stdin=f"{password}\n".encode())


def users(db: Path | str, *args: str, data_dir: Path | None = None
          ) -> subprocess.CompletedProcess[bytes]:
    return station_app("collector", "users", "--db", str(db), *args,
                       data_dir=data_dir or Path(db).parent)


def staff_db(folder: Path, db: Path | str) -> Path | str:
    for name, role in (("anna", "admin"), ("moritz", "moderator"), (EVIL, "admin"),
                       ("dora", "moderator")):
        result = add_user(db, name, role, data_dir=folder)
        assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="module", params=COLLECTOR_BACKENDS)
def collector(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[CollectorProcess]:
    folder = tmp_path_factory.mktemp("office")
    db = staff_db(folder, collector_target(request, request.param, folder))
    with CollectorProcess(db, log=folder / "collector.log") as server:
        yield server
    assert "Traceback" not in server.log.read_text(errors="replace")


def browser(server: CollectorProcess) -> httpx.Client:
    return httpx.Client(base_url=server.url, follow_redirects=False, timeout=10)


def login_token(client: httpx.Client, lang: str = "de") -> str:
    page = client.get(f"/office/login?lang={lang}")
    assert page.status_code == 200, page.text
    match = TOKEN.search(page.text)
    assert match is not None
    return match.group(1)


def log_in(client: httpx.Client, name: str, password: str = PASSWORD,
           lang: str = "de") -> httpx.Response:
    token = login_token(client, lang)
    return client.post("/office/login", data={"name": name, "password": password,
                                              "csrf_token": token, "lang": lang})


@contextmanager
def logged_in(server: CollectorProcess, name: str) -> Iterator[httpx.Client]:
    with browser(server) as client:
        answer = log_in(client, name)
        assert answer.status_code == 303 and answer.headers["location"] == "/office/?lang=de"
        yield client


def cookie(name: str, value: str) -> dict[str, str]:
    """A Cookie header sent by hand (a replayed or forged cookie, not the client's own)."""
    return {"cookie": f"{name}={value}"}


def session_token(client: httpx.Client) -> str:
    match = TOKEN.search(client.get("/office/").text)
    assert match is not None
    return match.group(1)


def set_cookies(response: httpx.Response) -> dict[str, str]:
    return {header.split("=", 1)[0]: header for header in
            response.headers.get_list("set-cookie")}


def test_every_office_route_refuses_a_stranger(collector):
    forged = cookie("office_session", "A" * 43)
    with browser(collector) as client:
        for path in ("/office/", "/office/audit", "/office/gibt-es-nicht", "/office/login/x"):
            for cookies in ({}, forged):
                client.cookies.clear()
                answer = client.get(path, headers=cookies)
                assert answer.status_code == 303, path
                assert answer.headers["location"].startswith("/office/login?lang=de")
        for path in ("/office/logout", "/office/", "/office/audit", "/office/irgendwas"):
            for cookies in ({}, forged):
                client.cookies.clear()
                answer = client.post(path, data={"csrf_token": "x"}, headers=cookies)
                assert answer.status_code == 403, path
                assert "Bitte melden Sie sich zuerst an." in answer.text
        assert client.get("/office").headers["location"].endswith("/office/")
        assert client.get("/office/login").status_code == 200  # the one open page


def test_every_office_response_carries_the_strict_headers(collector):
    with browser(collector) as client:
        for answer in (client.get("/office/login"), client.get("/office/"),
                       client.post("/office/logout"), client.put("/office/")):
            headers = answer.headers
            assert headers["content-security-policy"].startswith("default-src 'none'")
            assert "frame-ancestors 'none'" in headers["content-security-policy"]
            assert headers["x-frame-options"] == "DENY"
            assert headers["cache-control"] == "no-store"
            assert headers["x-content-type-options"] == "nosniff"
        assert "<script" not in client.get("/office/login").text


def test_a_login_without_or_with_a_wrong_csrf_token_is_refused(collector):
    with browser(collector) as client:
        token = login_token(client)
        wrong = {"name": "anna", "password": PASSWORD, "lang": "de"}
        for form in (wrong, {**wrong, "csrf_token": ""}, {**wrong, "csrf_token": token[:-2]},
                     {**wrong, "csrf_token": "x" * len(token)}):
            answer = client.post("/office/login", data=form)
            assert answer.status_code == 403
            assert "office_session" not in set_cookies(answer)
            assert "ungültig" in answer.text
        with browser(collector) as other:  # a token of another browser's login cookie
            other_token = login_token(other)
        answer = client.post("/office/login", data={**wrong, "csrf_token": other_token})
        assert answer.status_code == 403
        client.cookies.clear()  # the token without its cookie
        answer = client.post("/office/login", data={**wrong, "csrf_token": token})
        assert answer.status_code == 403


def test_a_logged_in_post_without_or_with_a_wrong_csrf_token_is_refused(collector):
    with logged_in(collector, "anna") as client, logged_in(collector, "dora") as other:
        foreign = session_token(other)
        for form in ({}, {"csrf_token": ""}, {"csrf_token": "falsch"},
                     {"csrf_token": foreign}):
            answer = client.post("/office/logout", data=form)
            assert answer.status_code == 403, form
            assert "Das Formular ist abgelaufen oder ungültig" in answer.text
        assert client.post("/office/logout", content=b"csrf_token=%FF",
                           headers={"content-type": "application/x-www-form-urlencoded"}
                           ).status_code == 403
        assert client.get("/office/").status_code == 200  # still logged in: nothing happened


def test_the_session_id_changes_at_login(collector):
    def log_in_with(planted: str) -> str:
        """Log in as anna from a browser that already holds ``planted`` as its session."""
        with browser(collector) as fresh:
            form = fresh.get("/office/login")
            pre = fresh.cookies.get("office_login", path="/office")
        answer = httpx.post(f"{collector.url}/office/login", timeout=10, headers={
            "cookie": f"office_login={pre}; office_session={planted}"}, data={
            "name": "anna", "password": PASSWORD, "csrf_token": TOKEN.search(form.text)[1]})
        assert answer.status_code == 303
        value = set_cookies(answer)["office_session"].split(";")[0].split("=", 1)[1]
        assert value != planted
        return value

    with browser(collector) as planting:  # a cookie set before the login, e.g. by a subdomain
        planting.cookies.set("office_session", "P" * 43, domain="127.0.0.1", path="/office")
        assert log_in(planting, "anna").status_code == 303
        assert planting.cookies.get("office_session", path="/office") != "P" * 43
    with logged_in(collector, "dora") as attacker:  # the attacker's own live session
        planted = attacker.cookies.get("office_session", path="/office")
        assert planted
        victims = log_in_with(planted)
        assert attacker.get("/office/").status_code == 303  # the planted session ended
    with browser(collector) as victim:
        page = victim.get("/office/", headers=cookie("office_session", victims))
        assert page.status_code == 200 and "<strong>anna</strong>" in page.text


def test_the_cookies_are_httponly_samesite_strict_and_only_for_the_office(collector):
    with browser(collector) as client:
        pre = set_cookies(client.get("/office/login"))["office_login"]
        session = set_cookies(log_in(client, "anna"))["office_session"]
    for cookie in (pre, session):
        parts = [part.strip() for part in cookie.split(";")]
        assert {"HttpOnly", "SameSite=Strict", "Path=/office"} <= set(parts), cookie
        assert "Secure" not in parts  # plain http on loopback, not told about TLS
    value = session.split(";")[0].split("=", 1)[1]
    assert len(value) >= 43 and re.fullmatch(r"[A-Za-z0-9_-]+", value)


def test_behind_tls_the_cookies_are_secure(tmp_path):
    db = tmp_path / "collector.db"
    assert add_user(db, "anna", "admin").returncode == 0
    with CollectorProcess(db, None, "--behind-tls") as server, browser(server) as client:
        form = client.get("/office/login")
        pre = set_cookies(form)["office_login"]
        assert pre.endswith("; Secure")
        # A client over plain http does not send a Secure cookie back: send it by hand.
        value = pre.split(";")[0].split("=", 1)[1]
        answer = client.post("/office/login", headers=cookie("office_login", value), data={
            "name": "anna", "password": PASSWORD, "lang": "de",
            "csrf_token": TOKEN.search(form.text).group(1)})
        assert answer.status_code == 303
        assert set_cookies(answer)["office_session"].endswith("; Secure")


def test_login_throttling_holds_and_says_nothing_about_the_account(tmp_path, collector_db):
    db = collector_db
    assert add_user(db, "anna", "admin", data_dir=tmp_path).returncode == 0
    with CollectorProcess(db, log=tmp_path / "collector.log") as server, \
            browser(server) as client:
        notices = {}
        for name in ("anna", "niemand-hier"):
            failures = [log_in(client, name, "falsches-Passwort-123") for _ in range(5)]
            assert {answer.status_code for answer in failures} == {200}
            notices[name] = {NOTICE.search(answer.text).group(1) for answer in failures}
            sixth = log_in(client, name, PASSWORD)  # the right password, for anna
            assert sixth.status_code == 429, name
            assert "office_session" not in set_cookies(sixth)
            assert int(sixth.headers["retry-after"]) > 0
            notices[name].add(NOTICE.search(sixth.text).group(1))
        assert notices["anna"] == notices["niemand-hier"] == {
            "Die Anmeldung ist fehlgeschlagen: Name oder Passwort stimmt nicht.",
            "Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie 1 Minute und "
            "versuchen Sie es dann noch einmal."}
        with browser(server) as fresh:  # a new browser on the same address is no way round
            assert log_in(fresh, "anna").status_code == 429


def test_a_moderator_cannot_reach_the_audit_log(collector):
    with logged_in(collector, "moritz") as client:
        landing = client.get("/office/")
        assert "/office/audit" not in landing.text
        assert "<strong>moritz</strong> (Moderation)" in landing.text
        refused = client.get("/office/audit")
        assert refused.status_code == 403
        assert "Diese Seite ist der Administration vorbehalten." in refused.text
        assert "<strong>moritz</strong>" in refused.text
        assert client.get("/office/audit?before=1&lang=en").status_code == 403


def test_markup_in_a_user_name_is_escaped_on_every_page(collector):
    with browser(collector) as stranger:
        failed = log_in(stranger, EVIL, "falsches-Passwort-123")
        assert EVIL not in failed.text and f'value="{ESCAPED}"' in failed.text
    with logged_in(collector, EVIL) as client:
        pages = [client.get("/office/"), client.get("/office/?lang=en"),
                 client.get("/office/audit"), client.get("/office/audit?lang=en"),
                 client.get("/office/nicht-da"),
                 client.post("/office/logout", data={"csrf_token": "falsch"})]
        for page in pages:
            assert page.status_code in (200, 403, 404)
            assert EVIL not in page.text and "<script" not in page.text
            assert f"<strong>{ESCAPED}</strong>" in page.text
        audit = pages[2].text
        assert audit.count(ESCAPED) >= 3  # as who, as what the entry concerns, in the JSON


def test_a_disabled_users_live_session_stops_working(collector):
    with logged_in(collector, "dora") as client:
        assert client.get("/office/").status_code == 200
        result = users(collector.db, "--disable", "dora")
        assert result.returncode == 0, result.stderr
        assert b"open session(s) ended" in result.stdout
        assert client.get("/office/").status_code == 303
        refused = log_in(client, "dora")
        assert refused.status_code == 200 and "stimmt nicht" in refused.text  # no hint why
        assert users(collector.db, "--enable", "dora").returncode == 0
        assert client.get("/office/").status_code == 303  # the old session stays ended
        assert log_in(client, "dora").status_code == 303


def test_logout_ends_the_session_on_the_server(collector):
    with logged_in(collector, "anna") as client:
        old = client.cookies.get("office_session", path="/office")
        token = session_token(client)
        out = client.post("/office/logout", data={"csrf_token": token, "lang": "en"})
        assert out.status_code == 303
        assert out.headers["location"] == "/office/login?lang=en&bye=1"
        assert "Max-Age=0" in set_cookies(out)["office_session"]
    with browser(collector) as replay:
        again = replay.get("/office/", headers=cookie("office_session", old))
        assert again.status_code == 303
        assert replay.post("/office/logout", data={"csrf_token": token},
                           headers=cookie("office_session", old)).status_code == 403


def test_the_audit_log_shows_who_did_what(collector):
    with logged_in(collector, "anna") as client:
        page = client.get("/office/audit").text
    assert "Konto angelegt" in page and "cli:" in page
    assert "Anmeldung" in page and "<code>{&quot;role&quot;: &quot;admin&quot;}</code>" in page
    assert "127.0.0.1" in page and "command line" in page
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[\d:.]+\+00:00">', page)


def test_hostile_requests_never_meet_a_traceback(collector):
    with logged_in(collector, "anna") as client:
        token = session_token(client)
        form = {"content-type": "application/x-www-form-urlencoded"}
        answers = [
            client.get("/office/audit?before=-1"),
            client.get("/office/audit?before=" + "9" * 40),
            client.get("/office/audit?lang=xx&before=abc"),
            client.get("/office/%00"), client.get("/office/..%2f..%2fetc/passwd"),
            client.get("/office/", headers={"accept-language": "x" * 5000}),
            client.get("/office/", headers={"cookie": "office_session=%C3%A4" + "x" * 60}),
            client.post("/office/logout", content=b"x" * 100_000, headers=form),
            client.post("/office/logout", content=b"csrf_token=" + token.encode() + b"&a=%",
                        headers={"content-type": "text/plain"}),
            client.post("/office/login", content=b"\xff" * 100, headers=form),
            client.post("/office/login", content=b"a=1&" * 200, headers=form),
            client.post("/office/login", json={"name": "anna"}),
            client.request("OPTIONS", "/office/"), client.head("/office/"),
            client.delete("/office/audit"),
        ]
        with browser(collector) as stranger:
            answers.append(stranger.post("/office/login", data={
                "name": "a" * 10_000, "password": "b" * 10_000,
                "csrf_token": login_token(stranger)}))
    for answer in answers:
        assert answer.status_code < 500, (answer.request.url, answer.status_code)
        assert "Traceback" not in answer.text
    assert "Traceback" not in collector.log.read_text(errors="replace")


def test_add_user_refuses_bad_passwords_in_one_line(tmp_path):
    db = tmp_path / "collector.db"
    for stdin in (b"", b"\n", b"elf-Zeichen\n", b"\xff\xfe" * 8 + b"\n"):
        result = station_app("collector", "add-user", "anna", "--role", "admin", "--db",
                             str(db), data_dir=tmp_path, stdin=stdin)
        line = assert_one_line_error(result)
        assert "password" in line
    assert assert_one_line_error(add_user(db, "a\tb", "admin"))
    assert add_user(db, "anna", "admin").returncode == 0
    assert "already exists" in assert_one_line_error(add_user(db, "ANNA", "moderator"))
    assert "no staff account" in assert_one_line_error(users(db, "--disable", "bert"))
    listing = users(db).stdout.decode().splitlines()
    assert listing[0].split() == ["name", "role", "enabled", "created", "last", "login"]
    assert listing[1].split()[:3] == ["anna", "admin", "yes"] and listing[1].endswith("never")


class Terminal:
    """A pseudo-terminal for a child process, and everything it has shown on it."""

    def __init__(self) -> None:
        self.controller, self.device = pty.openpty()
        self.shown = b""

    def read(self) -> bytes:
        while select.select([self.controller], [], [], 0.05)[0]:
            try:
                chunk = os.read(self.controller, 4096)
            except OSError:  # the child closed its side
                break
            if not chunk:
                break
            self.shown += chunk
        return self.shown

    def type_after(self, prompt: bytes, line: str) -> None:
        wait_until(lambda: prompt in self.read(), 30, f"the prompt {prompt!r}")
        self.shown = self.shown.split(prompt, 1)[1]
        os.write(self.controller, f"{line}\n".encode())

    def close(self) -> None:
        os.close(self.device)
        os.close(self.controller)


def test_add_user_on_a_terminal_asks_twice(tmp_path):
    db = tmp_path / "collector.db"

    def on_terminal(name: str, first: str, second: str) -> tuple[int, str]:
        """Type the passwords when asked; the exit status and what the terminal showed."""
        terminal = Terminal()
        try:
            # A session of its own: no controlling terminal, so getpass uses this one.
            process = subprocess.Popen(
                [sys.executable, "-m", "station_app", "collector", "add-user", name,
                 "--role", "moderator", "--db", str(db)], stdin=terminal.device,
                stdout=terminal.device, stderr=terminal.device, env=child_env(), cwd=ROOT,
                start_new_session=True)
            terminal.type_after(b"password for", first)
            terminal.type_after(b"again", second)
            status = process.wait(30)
            return status, terminal.read().decode(errors="replace")
        finally:
            terminal.close()

    status, shown = on_terminal("tina", PASSWORD, PASSWORD + "x")
    assert status == 2 and "Traceback" not in shown
    assert shown.strip().splitlines()[-1] == ("station-app: error: the two passwords differ; "
                                              "no account was added")
    assert PASSWORD not in shown  # not echoed
    status, shown = on_terminal("tina", PASSWORD, PASSWORD)
    assert status == 0, shown
    assert PASSWORD not in shown and "staff account 'tina' added" in shown
    assert b"tina" in users(db).stdout
