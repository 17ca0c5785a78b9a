"""Issue 14's security checks over every route of the office and the holder's public forms,
against a real collector process, as a stranger, a moderator and an admin would attack it.

The routes are not listed by hand: they are read from the office's router, their path
parameters filled with real cards, groups, events and accounts. Every response of this
module is checked as it arrives (``checked``): never a 500, never a traceback, HTML or a
redirect within the site, and every page with the strict Content-Security-Policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest
from starlette.routing import Route

from station_app.collector.app import HTML_HEADERS
from station_app.collector.office.areas import area_routes
from station_app.collector.office.audit import AuditLog
from station_app.collector.office.card_index import event_key
from station_app.collector.office.holder import CardHolder
from station_app.collector.office.routes import office_router
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.statuses import DEFAULT_STATUSES
from station_app.collector.office.templates import AREAS
from station_app.collector.office.web import Office
from station_app.collector.pages import PageSettings, escape
from station_app.collector.store import CollectorStore
from station_app.protocol.hide_reasons import HIDE_REASONS
from tests.e2e.collector_process import CollectorProcess, query
from tests.e2e.test_office_security import PASSWORD, TOKEN, add_user
from tests.support.collector_cards import card, receive

pytestmark = pytest.mark.slow

SCRIPT, IMG, SVG, JS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
                        "'><svg onload=alert(1)>", "javascript:alert(1)")
RAW = ("<script", "<img", "<svg", "onerror=alert(1)>", "onload=alert(1)>",
       'href="javascript:', "href='javascript:", "href=javascript:")
"""What a page must never carry: no page of the collector has a script or an image."""
EVENT = {"name": f"Forum {SCRIPT}", "date": "2026-11-14", "venue": f"Halle {SVG}",
         "participation_url": JS}
STATION = f"stand-{IMG}"
TOPIC = f"Thema {SCRIPT}"
TEXTS = (f"Karte eins {SCRIPT}", f"Karte zwei {SVG}", f"{JS} Karte drei {IMG}")
CORRECTION = f"Korrektur {IMG}"
ANSWER = f"Antwort {IMG}"
GROUP = f"Gruppe {SVG}"
GROUP_ANSWER = f"Gruppenantwort {SCRIPT}"
REASON = f"Grund {SCRIPT}"
HOSTILE_USER = f"mod {IMG}"
ROLE_TEXT = "Diese Seite ist der Administration vorbehalten."
LOGIN_TEXT = "Bitte melden Sie sich zuerst an."
CSRF_TEXT = "Das Formular ist abgelaufen oder ungültig"
WATCHED = ("office_users", "office_audit", "office_cards", "office_card_text",
           "office_groups", "office_answers", "office_corrections", "office_events",
           "office_status_events", "moderation_events", "cards")
"""Every table a staff action or a holder's form can change."""
KNOWN = {("GET", "/office/"), ("GET", "/office/audit"), ("GET", "/office/cards"),
         ("GET", "/office/cards/{card}"), ("GET", "/office/groups"),
         ("GET", "/office/groups/{group}"), ("GET", "/office/overview"),
         ("GET", "/office/events"), ("GET", "/office/users"), ("GET", "/office/export"),
         ("GET", "/office/export/file"), ("GET", "/office/{rest}"),
         ("POST", "/office/logout"), ("POST", "/office/cards/group"),
         *(("POST", f"/office/cards/{{card}}/{act}")
           for act in ("status", "hide", "show", "answer", "group")),
         ("POST", "/office/groups"),
         *(("POST", f"/office/groups/{{group}}/{act}")
           for act in ("rename", "answer", "status", "remove")),
         ("POST", "/office/events/{key}"), ("POST", "/office/users/{name}/disable"),
         ("POST", "/office/users/{name}/enable"), ("POST", "/office/{rest}")}
STEP = DEFAULT_STATUSES[1].key


# --- every response, checked as it arrives ---------------------------------------------------

def checked(response: httpx.Response) -> None:
    """No 500, no traceback; a redirect stays on this site and injects no header; anything
    else is an HTML page with the strict policy and no markup of a payload."""
    response.read()
    where = f"{response.request.method} {response.request.url}"
    assert response.status_code < 500, (where, response.status_code, response.text[:500])
    assert "Traceback (most recent call last)" not in response.text, where
    assert not any("evil" in value for value in response.headers.get_list("set-cookie"))
    if response.is_redirect:
        [location] = response.headers.get_list("location")
        parts = urlsplit(location)
        assert location.startswith("/") and not location.startswith("//"), (where, location)
        assert not parts.scheme and not parts.netloc and "\\" not in location, location
        assert not {"\r", "\n"} & set(location), location
        return
    assert response.headers["content-type"].startswith("text/html"), where
    policy = response.headers["content-security-policy"]
    assert policy.startswith("default-src 'none'") and "script-src" not in policy, where
    page = response.text.lower()
    found = [raw for raw in RAW if raw in page]
    assert not found, (where, found)


def browser(server: CollectorProcess, address: str = "127.0.0.1") -> httpx.Client:
    """A client from ``address`` (any of 127/8: its own bucket at the rate limiters)."""
    return httpx.Client(base_url=server.url, follow_redirects=False, timeout=10,
                        transport=httpx.HTTPTransport(local_address=address),
                        event_hooks={"response": [checked]})


def token_of(page: httpx.Response) -> str:
    match = TOKEN.search(page.text)
    assert match is not None, page.text[:500]
    return match.group(1)


def log_in(client: httpx.Client, name: str, **extra: str) -> httpx.Response:
    token = token_of(client.get("/office/login"))
    return client.post("/office/login", data={"name": name, "password": PASSWORD,
                                              "csrf_token": token, **extra})


def logged_in(stack: ExitStack, server: CollectorProcess, name: str) -> httpx.Client:
    client = stack.enter_context(browser(server))
    assert log_in(client, name).status_code == 303
    return client


# --- the world: cards in the database file, staff from the command line ------------------------

@dataclass
class World:
    server: CollectorProcess
    admin: httpx.Client
    moderator: httpx.Client
    cards: dict[str, tuple[str, str]]
    """name → (uuid, code)"""
    groups: dict[str, int] = field(default_factory=dict)

    @property
    def token(self) -> str:
        return token_of(self.admin.get("/office/"))

    def post(self, path: str, **form: str) -> httpx.Response:
        answer = self.admin.post(path, data={"csrf_token": self.token, "lang": "de", **form})
        assert answer.status_code == 303, (path, answer.text[:800])
        return answer

    def uuid(self, name: str) -> str:
        return self.cards[name][0]

    def code(self, name: str) -> str:
        return self.cards[name][1]


def fill_database(store: CollectorStore) -> dict[str, tuple[str, str]]:
    hostile = [card(text) for text in TEXTS]
    for one in hostile:
        one["topic_id"] = "feindlich"
        one["labels"]["topic"] = {"de": TOPIC, "en": TOPIC}
    receive(store, hostile, station_id=STATION, event=EVENT)
    named = dict(zip(("hostile1", "hostile2", "hostile3"), hostile, strict=True))
    for kind in ("target", "control"):
        event = {"name": f"Werkstatt {kind}", "date": "2026-11-15", "venue": "Rathaus"}
        pair = [card(f"{kind} eins"), card(f"{kind} zwei")]
        receive(store, pair, station_id=f"werkstatt-{kind}", event=event)
        named |= {f"{kind}1": pair[0], f"{kind}2": pair[1]}
    holders = [card(f"Karte von {who}") for who in ("Ada", "Ben", "Cem")]
    receive(store, holders, station_id="werkstatt-target",
            event={"name": "Werkstatt target", "date": "2026-11-15"})
    named |= dict(zip(("withdraw", "correct", "other"), holders, strict=True))
    CardHolder(store, AuditLog(store)).correct(hostile[1]["code"], CORRECTION)
    return {name: (one["uuid"], one["code"]) for name, one in named.items()}


def seed(world: World) -> None:
    """What staff type, through the office's own forms."""
    for name in (GROUP, "target A", "target B", "control A", "control B"):
        answer = world.post("/office/groups", name=name)
        made = re.fullmatch(r"/office/groups/(\d+)\?.*", answer.headers["location"])
        assert made is not None, answer.headers["location"]
        world.groups[name] = int(made.group(1))
    world.post(f"/office/cards/{world.uuid('hostile2')}/group", group=str(world.groups[GROUP]))
    world.post(f"/office/groups/{world.groups[GROUP]}/answer", answer=GROUP_ANSWER)
    world.post(f"/office/cards/{world.uuid('hostile1')}/answer", answer=ANSWER)
    world.post(f"/office/cards/{world.uuid('hostile3')}/hide", own_reason=REASON)
    world.post(f"/office/events/{quote(event_key(EVENT))}", results_public="1",
               cards_public="1")
    for kind in ("target", "control"):
        for one in (f"{kind}1", f"{kind}2"):
            world.post(f"/office/cards/{world.uuid(one)}/group",
                       group=str(world.groups[f"{kind} A"]))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory,
          module_collector_db: Path | str) -> Iterator[World]:
    db, folder = module_collector_db, tmp_path_factory.mktemp("office-routes")
    with CollectorStore.open(db) as store:
        cards = fill_database(store)
    for name, role in (("anna", "admin"), ("moritz", "moderator"), ("bert", "moderator"),
                       ("berta", "moderator"), (HOSTILE_USER, "moderator")):
        result = add_user(db, name, role, data_dir=folder)
        assert result.returncode == 0, result.stderr
    with ExitStack() as stack:
        server = stack.enter_context(CollectorProcess(db, None, "--page-rate", "100000",
                                                      log=folder / "collector.log"))
        world = World(server, logged_in(stack, server, "anna"),
                      logged_in(stack, server, "moritz"), cards)
        seed(world)
        yield world
    assert "Traceback" not in server.log.read_text(errors="replace")


def state(world: World) -> dict[str, list[tuple[Any, ...]]]:
    return {table: sorted(query(world.server.db, f"SELECT * FROM {table}"), key=repr)
            for table in WATCHED}


def changed(before: dict[str, list[tuple[Any, ...]]], world: World) -> list[str]:
    after = state(world)
    return [table for table in WATCHED if before[table] != after[table]]


# --- the routes, from the router itself ----------------------------------------------------------

def office_routes() -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """(method, path with ``{parameters}``) of every route under /office, HEAD left out;
    and those of them that the areas (``area_routes``) add."""
    with closing(CollectorStore.open(":memory:")) as store:
        office = Office.build(store, OfficeSettings(), PageSettings())
        app: Any = office_router(office, HTML_HEADERS)
        while not hasattr(app, "routes"):  # inside the office's middleware
            app = app.app
        found = [(method, "/office" + route.path_format) for route in app.routes
                 if isinstance(route, Route) for method in sorted(route.methods or ())
                 if method != "HEAD"]
        areas = {(method, "/office" + route.path_format) for route in area_routes(office)
                 for method in route.methods or () if method != "HEAD"}
    return found, areas


ROUTES, AREA_ROUTES = office_routes()
GETS = [path for method, path in ROUTES if method == "GET" and path != "/office/login"]
POSTS = [path for method, path in ROUTES if method == "POST" and path != "/office/login"]
ADMIN_AREAS = [path for path, _key, admin_only in AREAS if admin_only]


def admin_only(path: str) -> bool:
    return any(path == area or path.startswith(area + "/") for area in ADMIN_AREAS)


def fill(path: str, world: World, kind: str = "target") -> str:
    values = {"card": world.uuid(f"{kind}1"), "group": str(world.groups[f"{kind} A"]),
              "key": event_key({"name": f"Werkstatt {kind}", "date": "2026-11-15"}),
              "name": "bert" if kind == "target" else "berta", "rest": "gibt-es-nicht"}
    names = re.findall(r"{(\w+)}", path)
    assert set(names) <= set(values), f"a new path parameter in {path}: fill it here"
    return re.sub(r"{(\w+)}", lambda match: quote(values[match.group(1)], safe=""), path)


def action(world: World, kind: str = "target") -> dict[str, str]:
    """One form that every POST route would act on, if it let the request through."""
    return {"card": world.uuid(f"{kind}1"), "to_group": str(world.groups[f"{kind} B"]),
            "group": str(world.groups[f"{kind} A"]), "status": STEP,
            "reason": next(iter(HIDE_REASONS)), "answer": "Danke für Ihre Karte.",
            "name": f"Neuer Name {kind}", "results_public": "1", "cards_public": "1",
            "lang": "de"}


def test_the_enumeration_finds_every_route_we_know() -> None:
    assert set(ROUTES) >= KNOWN | {("GET", "/office/login"), ("POST", "/office/login")}
    assert set(ROUTES) >= AREA_ROUTES and len(AREA_ROUTES) >= 20
    assert len(GETS) >= 12 and len(POSTS) >= 16
    assert {"/office/audit", "/office/events", "/office/packages", "/office/users"} == \
        set(ADMIN_AREAS)


def test_every_get_sends_a_stranger_to_the_login(world: World) -> None:
    with browser(world.server) as stranger:
        for path in GETS:
            for lang in ("de", "en"):
                answer = stranger.get(fill(path, world), params={"lang": lang})
                assert answer.status_code == 303, (path, answer.status_code)
                assert answer.headers["location"].startswith(f"/office/login?lang={lang}")
                assert answer.content == b""


def test_every_post_refuses_a_stranger_and_changes_nothing(world: World) -> None:
    leaked = world.token  # the admin's token without the admin's cookie
    with browser(world.server) as stranger:
        login = token_of(stranger.get("/office/login"))
        before = state(world)
        for path in POSTS:
            for token in (None, login, leaked):
                form = action(world) | ({"csrf_token": token} if token else {})
                answer = stranger.post(fill(path, world), data=form)
                assert answer.status_code == 403, (path, answer.status_code)
                assert LOGIN_TEXT in answer.text, path
            assert changed(before, world) == [], path


def test_every_post_without_its_sessions_token_is_refused(world: World) -> None:
    foreign = token_of(world.moderator.get("/office/"))
    session = world.admin.cookies.get("office_session", path="/office")
    with browser(world.server) as stranger:
        login_page = stranger.get("/office/login")
        pre = stranger.cookies.get("office_login", path="/office")
    before = state(world)
    for path in POSTS:
        for token, cookies in ((None, None), (foreign, None), (token_of(login_page),
                               f"office_session={session}; office_login={pre}")):
            form = action(world) | ({"csrf_token": token} if token else {})
            answer = world.admin.post(fill(path, world), data=form,
                                      headers={"cookie": cookies} if cookies else None)
            assert answer.status_code == 403, (path, token, answer.status_code)
            assert CSRF_TEXT in answer.text and "<strong>anna</strong>" in answer.text, path
        assert changed(before, world) == [], path
    assert world.admin.get("/office/").status_code == 200  # still logged in


def test_a_moderator_reaches_no_admin_page_and_changes_nothing(world: World) -> None:
    client, token = world.moderator, token_of(world.moderator.get("/office/"))
    pages = [path for path in GETS if admin_only(path)]
    posts = [path for path in POSTS if admin_only(path)]
    assert set(pages) == set(ADMIN_AREAS) and len(posts) >= 3
    landing = client.get("/office/").text
    before = state(world)
    for path in pages:
        assert f'href="{path}' not in landing
        refused = client.get(fill(path, world), params={"lang": "de"})
        assert refused.status_code == 403 and ROLE_TEXT in refused.text, path
    for path in posts:
        refused = client.post(fill(path, world), data=action(world) | {"csrf_token": token})
        assert refused.status_code == 403 and ROLE_TEXT in refused.text, path
        assert changed(before, world) == [], path
    for path in GETS:  # the rest is the moderator's
        if not admin_only(path) and path not in ("/office/export/file", "/office/{rest}"):
            assert client.get(fill(path, world)).status_code == 200, path


def test_every_post_route_does_its_work_with_the_right_token(world: World) -> None:
    """The other side of the refusals: the same form with the session's token acts, so the
    paths above reached their handlers and the 403s were the checks' own."""
    with ExitStack() as stack:
        client = logged_in(stack, world.server, "anna")
        form = action(world, "control") | {"csrf_token": token_of(client.get("/office/"))}
        for path in POSTS:
            # /office/packages answers with the package file itself, and only to a form
            # with a station's configuration (tests/unit/collector/office/
            # test_package_routes.py writes one through it).
            if path in ("/office/logout", "/office/{rest}", "/office/packages"):
                continue
            before = state(world)
            answer = client.post(fill(path, world, "control"), data=form)
            assert answer.status_code == 303, (path, answer.text[:800])
            assert changed(before, world), path
        assert client.post("/office/no-such-page", data=form).status_code == 404
        assert client.post("/office/logout", data=form).status_code == 303
        assert client.get("/office/").status_code == 303


# --- escaping ------------------------------------------------------------------------------------

def in_language(client: httpx.Client, lang: str, path: str, **params: str) -> httpx.Response:
    return client.get(path, params={"lang": lang, **params})


def shows(page: httpx.Response, *values: str) -> None:
    """``page`` (found, or a 404 page) shows each of ``values`` escaped."""
    missing = [value for value in values if escape(value) not in page.text]
    assert page.status_code in (200, 404) and not missing, (page.request.url, missing)


def test_markup_typed_anywhere_is_escaped_on_every_office_page(world: World) -> None:
    client, key = world.admin, event_key(EVENT)
    one, two, three = (world.uuid(f"hostile{n}") for n in (1, 2, 3))
    group = world.groups[GROUP]
    event = EVENT["name"]
    for lang in ("de", "en"):
        get = partial(in_language, client, lang)
        shows(get("/office/cards"), TEXTS[0], TEXTS[1], event, STATION, TOPIC, GROUP)
        shows(get("/office/cards", text=SCRIPT, station=STATION, event=key), SCRIPT)
        shows(get("/office/cards", text=IMG, group=str(group)), IMG)
        shows(get(f"/office/cards/{one}"), TEXTS[0], ANSWER, event, STATION, TOPIC)
        shows(get(f"/office/cards/{two}"), TEXTS[1], CORRECTION, GROUP, GROUP_ANSWER)
        shows(get(f"/office/cards/{three}"), TEXTS[2], REASON, STATION)
        shows(get("/office/groups"), GROUP)
        shows(get(f"/office/groups/{group}"), GROUP, GROUP_ANSWER, TEXTS[1])
        shows(get("/office/overview"), event, EVENT["venue"], STATION, TOPIC)
        shows(get("/office/overview", event=key), event, TOPIC)
        shows(get("/office/overview", event=SCRIPT))
        shows(get("/office/events"), event, EVENT["venue"])
        shows(get("/office/users"), HOSTILE_USER)
        shows(get("/office/audit"), GROUP, GROUP_ANSWER, REASON)
        shows(get("/office/export"), event)
        shows(get("/office/export", event=SCRIPT, format=IMG))
        shows(get(f"/office/{quote(SCRIPT)}"))
        shows(get("/office/", next=SCRIPT))
    with browser(world.server) as stranger:
        shows(stranger.get("/office/login", params={"next": IMG, "lang": SVG}))


def test_markup_typed_anywhere_is_escaped_on_every_public_page(world: World) -> None:
    with browser(world.server) as reader:
        for lang in ("de", "en"):
            get = partial(in_language, reader, lang)
            one, two, three = (world.code(f"hostile{n}") for n in (1, 2, 3))
            shows(get(f"/k/{one}"), TEXTS[0], ANSWER, EVENT["name"])
            shows(get(f"/k/{two}"), CORRECTION, GROUP, GROUP_ANSWER)
            shows(get(f"/k/{three}"))
            shows(get(f"/k/{one}/withdraw"), TEXTS[0])
            shows(get(f"/k/{two}/correct"), CORRECTION)
            shows(get("/results"), EVENT["name"], EVENT["venue"])
            results = get(f"/results/{event_key(EVENT)}")
            shows(results, EVENT["name"], EVENT["venue"], TOPIC, GROUP, GROUP_ANSWER,
                  TEXTS[0], CORRECTION)
            assert escape(TEXTS[2]) not in results.text  # hidden: not published
            shows(get(f"/results/{quote(IMG)}"))
            shows(get(f"/k/{quote(IMG)}"))
            shows(get(f"/k/{quote(SVG)}/withdraw"))
            assert get(f"/k/{quote(SCRIPT[:8])}").status_code == 404
        shows(reader.get("/k", params={"code": SCRIPT}))


# --- the holder's forms --------------------------------------------------------------------------

def test_the_holders_forms_take_only_their_own_pages_posts(world: World) -> None:
    """Withdraw and correct without an account: a token bound to the code, the origin of
    this site; each refusal changes nothing; ten posts an hour, then a page that says so."""
    gone, fixed, other = (world.code(name) for name in ("withdraw", "correct", "other"))
    with browser(world.server, "127.0.0.3") as holder:
        own = {"origin": world.server.url}
        evil = {"origin": "https://evil.example"}
        tokens = {code: token_of(holder.get(f"/k/{code}/{form}")) for code, form in
                  ((gone, "withdraw"), (fixed, "correct"), (other, "withdraw"))}
        before = state(world)
        attempts = [  # no token, another code's token, another site (or an opaque one)
            (f"/k/{gone}/withdraw", {}, own),
            (f"/k/{gone}/withdraw", {"csrf_token": tokens[other]}, own),
            (f"/k/{gone}/withdraw", {"csrf_token": tokens[gone]}, evil),
            (f"/k/{gone}/withdraw", {"csrf_token": tokens[gone]}, {"origin": "null"}),
            (f"/k/{fixed}/correct", {}, own),
            (f"/k/{fixed}/correct", {"csrf_token": tokens[other]}, own),
            (f"/k/{fixed}/correct", {"csrf_token": tokens[fixed]}, evil)]
        for path, token, headers in attempts:
            answer = holder.post(path, data={"lang": "de", "text": CORRECTION, **token},
                                 headers=headers)
            assert answer.status_code == 403, (path, token, headers, answer.status_code)
            assert "nichts geändert" in answer.text
            assert changed(before, world) == [], (path, token, headers)
        assert holder.post(f"/k/{gone}/withdraw", headers=own, data={
            "csrf_token": tokens[gone], "lang": "de"}).headers["location"] == \
            f"/k/{gone}?lang=de&done=withdrawn"
        assert "Zurückgezogen" in holder.get(f"/k/{gone}").text
        assert "Karte von Ada" not in holder.get(f"/k/{gone}").text
        done = holder.post(f"/k/{fixed}/correct", headers=own, data={
            "csrf_token": tokens[fixed], "lang": "de", "text": f"Neu {SCRIPT}"})
        assert done.headers["location"] == f"/k/{fixed}?lang=de&done=corrected"
        shows(holder.get(f"/k/{fixed}"), f"Neu {SCRIPT}")
        again = holder.post(f"/k/{gone}/withdraw", headers=own, data={
            "csrf_token": tokens[gone], "lang": "de"})
        assert again.status_code == 409  # the tenth post: withdrawn already
        before = state(world)
        limited = holder.post(f"/k/{fixed}/correct", headers=own, data={
            "csrf_token": tokens[fixed], "lang": "de", "text": "Noch eine Fassung"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
        assert "<h1>" in limited.text and changed(before, world) == []
        assert holder.get(f"/k/{fixed}").status_code == 200  # reading stays possible


# --- redirects -----------------------------------------------------------------------------------

EVIL_NEXT = ("https://evil.example/", "//evil.example/office/", "/\\evil.example",
             "/office/\r\nLocation: https://evil.example", "javascript:alert(1)",
             "/office/../../evil", "/office/cards?next=https://evil.example",
             "https:evil.example", "/office/%0d%0aSet-Cookie:%20evil=1")
EVIL_LANG = ("de\r\nSet-Cookie: evil=1", "https://evil.example", "en%0d%0aLocation:%20//evil")


def test_no_next_or_lang_leads_a_redirect_elsewhere(world: World) -> None:
    """``checked`` holds every Location to this site, without a header of its own."""
    with browser(world.server, "127.0.0.4") as client:
        for value in EVIL_NEXT:
            form = client.get("/office/login", params={"next": value})
            assert 'name="next"' not in form.text, value
        for path in ("/office//evil.example", "/office/%0dSet-Cookie:%20evil=1",
                     "/office/\\\\evil.example", "/office/cards%2F%2Fevil.example"):
            assert "evil" not in client.get(path).headers["location"], path
        for value in EVIL_LANG:
            assert client.get("/office/audit", params={"lang": value}).headers[
                "location"] == "/office/login?lang=de&next=%2Foffice%2Faudit"
            assert client.get("/k", params={"code": world.code("other"), "lang": value}
                              ).headers["location"] == f"/k/{world.code('other')}?lang=de"
    for value in (*EVIL_NEXT[:4], "/office/cards"):
        with browser(world.server, "127.0.0.4") as client:
            answer = log_in(client, "anna", next=value, lang="de")
            assert answer.status_code == 303, value
            expected = "/office/cards?lang=de" if value == "/office/cards" else "/office/?lang=de"
            assert answer.headers["location"] == expected, value
            out = client.post("/office/logout", data={
                "csrf_token": token_of(client.get("/office/")), "lang": EVIL_LANG[0]})
            assert out.headers["location"] == "/office/login?lang=de&bye=1"


def test_a_line_break_in_an_office_address_still_gets_the_offices_page(world: World) -> None:
    """A line break inside the path slips past the /office mount (its pattern's ``.`` stops
    at one) to the framework's bare 404: plain text, none of the office's headers. (At the
    very end ``$`` still matches: ``/office/audit%0a`` is the audit page, behind its login.)"""
    with browser(world.server) as stranger:
        for path in ("/office/%0d%0aSet-Cookie:%20evil=1", "/office/a%0ab", "/office/audit%0a"):
            answer = stranger.get(path)  # ``checked``: an HTML page, with the strict headers
            assert answer.status_code in (303, 404), path
            assert answer.headers.get("x-frame-options") == "DENY", path
