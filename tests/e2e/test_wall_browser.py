"""The live wall end to end: a real collector process as the venue's hub, two real stations
with the live setting syncing to it in the background (each with its own uploader and
database connection, as the kiosk runs it), and Debian's chromium on ``/wall/{event}`` at
1920×1080.

A card handed in at a station appears within five seconds; a card hidden at a station (its
command line, another process) disappears; with pre-moderation on (ticked on the office's
events page) a new card appears only once a moderator approved it – on its office page, in
the office's waiting list, or at the station (its dashboard's approval, carried to the hub
by the station's own live sync); the wall survives a restart of the hub and a reload; a
stop signal ends the hub at once although a stream is open; without JavaScript the page
reloads itself. Screenshots go to screenshots/wall/ and screenshots/ (look at them).
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from station_app.collector.office.card_index import event_key
from station_app.errors import UserError
from station_app.intake import CardDraft
from station_app.paths import default_config_path
from station_app.station import Station
from station_app.sync.worker import SyncWorker, station_worker
from tests.e2e.collector_process import CollectorProcess, query, run_cli
from tests.e2e.test_followup_page_browser import CHROMIUM, CHROMIUM_ARGS
from tests.e2e.test_office_security import PASSWORD, TOKEN, add_user
from tests.waiting import wait_until

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "wall"
OFFICE_SHOTS = SCREENSHOTS.parent
PROJECTOR = {"width": 1920, "height": 1080}
WITHIN = 5_000
"""Milliseconds from "Karte abgeben" to the card on the wall (issue 18)."""
SEED = [
    ("saal-1", "wohnen", "de", "Bezahlbare Wohnungen in der Nordstadt, auch für Familien "
                               "mit drei und mehr Kindern."),
    ("saal-2", "kultur", "de", "Mehr Konzerte im Westfalenpark und am Phoenix-See, "
                               "umsonst und draußen."),
    ("saal-1", "bildung", "de", "Schulen sanieren! Die Toiletten in unserer Grundschule "
                                "sind seit Jahren kaputt."),
    ("saal-2", "arbeit", "en", "More space for small shops in the city centre, fewer empty "
                               "windows."),
    ("saal-1", "innovation", "de", "Ein offenes Labor für Jugendliche, wo man Roboter "
                                   "bauen und programmieren kann."),
    ("saal-2", "wohnen", "de", "Mehr Bäume und Bänke in der Nordstadt, damit man im Sommer "
                               "draußen sitzen kann. Und Trinkbrunnen an jedem Platz."),
    ("saal-1", "kultur", "de", "Das Dortmunder U soll abends länger offen sein."),
    ("saal-2", "wohnen", "de", "Sichere Radwege von der Nordstadt in die Innenstadt."),
    ("saal-1", "bildung", "de", "Kostenlose Schwimmkurse für alle Kinder."),
    ("saal-2", "wohnen", "de", "Radwege statt Parkplätze am Wall."),
]


@dataclass
class Venue:
    hub: CollectorProcess
    stations: dict[str, Station]
    configs: dict[str, Path]
    workers: list[SyncWorker] = field(default_factory=list)
    _admin: httpx.Client | None = None

    @property
    def key(self) -> str:
        event = next(iter(self.stations.values())).config.event
        return event_key({"name": event.name, "date": event.date.isoformat()})

    @property
    def wall(self) -> str:
        return f"{self.hub.url}/wall/{self.key}"

    def hand_in(self, station_id: str, text: str, topic: str = "wohnen",
                language: str = "de") -> Any:
        """What the kiosk's "Karte abgeben" stores."""
        return self.stations[station_id].intake.hand_in(CardDraft(
            prompt_id="idee", topic_id=topic, text=text, language=language))

    def at_hub(self, code: str) -> bool:
        return query(self.hub.db, "SELECT COUNT(*) FROM cards WHERE code = ?",
                     [code]) == [(1,)]

    def admin(self) -> httpx.Client:
        """anna (an admin), logged in once for the module."""
        if self._admin is None:
            client = httpx.Client(base_url=self.hub.url, follow_redirects=False, timeout=10)
            token = TOKEN.search(client.get("/office/login").text).group(1)
            answer = client.post("/office/login", data={
                "name": "anna", "password": PASSWORD, "csrf_token": token})
            assert answer.status_code == 303, answer.text[:300]
            self._admin = client
        return self._admin

    def premoderate(self, on: bool) -> None:
        """What an admin does on the events page: the box ticked (or not), saved."""
        client = self.admin()
        token = TOKEN.search(client.get("/office/events").text).group(1)
        form = {"csrf_token": token, **({"wall_premoderated": "1"} if on else {})}
        assert client.post(f"/office/events/{self.key}", data=form).status_code == 303

    def unapprove(self, card_uuid: str) -> None:
        """Take an approval back on the card's office page (the other tests, in any order,
        find a pre-moderated wall empty)."""
        client = self.admin()
        token = TOKEN.search(client.get(f"/office/cards/{card_uuid}").text).group(1)
        assert client.post(f"/office/cards/{card_uuid}/unapprove",
                           data={"csrf_token": token}).status_code == 303

    def count(self, page: Any) -> int:
        """The number of cards the wall says it has."""
        return int(re.sub(r"\D", "", page.locator(".count").inner_text()))


def station_config(folder: Path, station_id: str) -> Path:
    """The embedded station, renamed, with the live setting."""
    text = default_config_path().read_text("utf-8")
    text = text.replace('id = "buergerhalle-1"', f'id = "{station_id}"')
    text = text.replace("interval_seconds = 300", "interval_seconds = 300\nlive = true")
    path = folder / f"{station_id}.toml"
    path.write_text(text, "utf-8")
    return path


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory,
          module_collector_db: Path | str) -> Iterator[Venue]:
    folder, db = tmp_path_factory.mktemp("wall"), module_collector_db
    for name, role in (("anna", "admin"), ("moritz", "moderator")):
        assert add_user(db, name, role, data_dir=folder).returncode == 0
    with CollectorProcess(db, None, "--wall", log=folder / "hub.log") as hub:
        venue = Venue(hub, {}, {})
        try:
            for station_id in ("saal-1", "saal-2"):
                data = folder / station_id
                data.mkdir()
                added = run_cli("collector", "add-station", station_id, "--db", str(db),
                                "-o", str(data / "enrolment.json"), "--url", hub.url)
                assert added.returncode == 0, added.stderr
                venue.configs[station_id] = station_config(folder, station_id)
                station = Station.open(venue.configs[station_id], data)
                venue.stations[station_id] = station
                worker = station_worker(station.config, data)
                assert worker.live
                worker.start()
                venue.workers.append(worker)
            # The event is known at the hub once its first cards arrived.
            first = [venue.hand_in("saal-1", "Ein Stadtgespräch in jedem Stadtbezirk"),
                     venue.hand_in("saal-2", "Mehr Grün auf den Schulhöfen", "bildung")]
            for card in first:
                wait_until(lambda card=card: venue.at_hub(card.code), what="the first cards")
            yield venue
        finally:
            if venue._admin is not None:
                venue._admin.close()
            for worker in venue.workers:
                worker.stop()
            for station in venue.stations.values():
                station.close()
    assert "Traceback" not in hub.log.read_text(errors="replace")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium is missing: apt-get install chromium (.ci/debian-packages.txt)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def shoot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name))


def on_wall(page: Any, text: str) -> Any:
    return page.locator("#wall-live .card .text", has_text=text)


def projector(browser: Any, lang: str = "de", **options: Any) -> Any:
    context = browser.new_context(viewport=PROJECTOR, locale="de-DE", **options)
    return context, context.new_page()


def test_a_card_appears_within_five_seconds_and_a_hidden_one_disappears(venue, browser):
    from playwright.sync_api import expect

    venue.premoderate(False)
    seeded = [venue.hand_in(station, text, topic, lang) for station, topic, lang, text in SEED]
    context, page = projector(browser)
    try:
        page.goto(venue.wall)
        for card in seeded:
            expect(on_wall(page, card.text[:40])).to_be_visible(timeout=10_000)
        assert page.locator("h1").inner_text() == "Dortmunder Stadtgespräch – Stadtkonferenz"

        expect(page.locator(".count")).to_have_text(re.compile(r"\d+ Karten"))
        for station, park in (("saal-1", "Fredenbaumpark"), ("saal-2", "Rombergpark")):
            text = f"Ein Wasserspielplatz im {park}, bitte"
            venue.hand_in(station, text, "kultur")
            expect(on_wall(page, text)).to_be_visible(timeout=WITHIN)
            expect(on_wall(page, text).locator("xpath=..")).to_have_class(re.compile("new"))
        english = on_wall(page, "More space for small shops")
        assert english.get_attribute("lang") == "en"
        shown = venue.count(page)
        assert shown >= len(SEED) + 2

        gone = venue.hand_in("saal-2", "Herr Müller aus der Nummer 12 parkt immer falsch")
        expect(on_wall(page, "Herr Müller")).to_be_visible(timeout=WITHIN)
        hidden = run_cli("--config", str(venue.configs["saal-2"]), "--data-dir",
                         str(venue.stations["saal-2"].data_dir), "moderate", "hide",
                         gone.code, "--reason", "Persönliche Daten")
        assert hidden.returncode == 0, hidden.stderr
        expect(on_wall(page, "Herr Müller")).to_have_count(0, timeout=WITHIN)
        expect(page.locator(".count")).to_have_text(f"{shown} Karten")
        body = page.locator("body").inner_text()
        assert gone.code not in body and "saal-" not in body and seeded[0].code not in body

        # Readable from ten metres: a card's text at 1920×1080 is at least 32 px high, the
        # words of the cloud at least 26 px; nothing spills off the screen sideways.
        size = float(page.locator("#wall-live .card .text").first.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)"))
        assert size >= 32, size
        smallest = float(page.locator(".cloud li").evaluate_all(
            "items => Math.min(...items.map(e => parseFloat(getComputedStyle(e).fontSize)))"))
        assert smallest >= 26, smallest
        assert page.locator(".cloud li", has_text="Nordstadt").count() == 1
        assert page.evaluate("document.documentElement.scrollWidth") <= PROJECTOR["width"]
        fitting = page.evaluate("""() => {
            const box = document.querySelector('.newest').getBoundingClientRect();
            return [...document.querySelectorAll('.card')].every(card => {
                const r = card.getBoundingClientRect();
                return r.right <= box.right + 1 ? r.bottom <= box.bottom + 1 : r.left >= box.right;
            });
        }""")
        assert fitting  # a card is shown whole, or not at all
        words = page.evaluate("""() => {
            const box = document.querySelector('.cloud').getBoundingClientRect();
            return [...document.querySelectorAll('.cloud li')].filter(word => {
                const r = word.getBoundingClientRect();
                return r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
            }).map(word => word.textContent);
        }""")
        assert words[0] == "Nordstadt" and len(words) >= 10, words  # the most frequent in sight

        # As the hall sees it: the cards of a while ago, and one that just came.
        expect(page.locator(".card.new")).to_have_count(0, timeout=15_000)
        venue.hand_in("saal-1", "Ein Trinkbrunnen vor dem Rathaus, der auch im Winter läuft")
        expect(on_wall(page, "Ein Trinkbrunnen vor dem Rathaus")).to_be_visible(timeout=WITHIN)
        shoot(page, "wall-de-1920x1080.png")
        page.goto(f"{venue.wall}?lang=en")
        expect(page.locator(".count")).to_have_text(f"{shown + 1} cards")
        assert page.get_by_role("heading", name="Topics").is_visible()
        shoot(page, "wall-en-1920x1080.png")
    finally:
        context.close()


def test_with_pre_moderation_a_card_appears_only_once_approved_in_the_office(venue,
                                                                            browser):
    from playwright.sync_api import expect

    office_context = browser.new_context(viewport={"width": 1280, "height": 800},
                                         locale="de-DE")
    office = office_context.new_page()
    context, page = projector(browser)
    try:
        venue.premoderate(False)
        office.goto(f"{venue.hub.url}/office/login")
        office.get_by_label("Name").fill("moritz")
        office.get_by_label("Passwort").fill(PASSWORD)
        office.get_by_role("button", name="Anmelden").click()
        office.wait_for_url("**/office/?lang=de")
        assert "Live-Wand: Karten erst nach Freigabe zeigen" in \
            venue.admin().get("/office/events").text
        venue.premoderate(True)
        page.goto(venue.wall)
        expect(page.get_by_text("Noch keine freigegebenen Karten.")).to_be_visible()
        assert page.locator(".note").inner_text() == \
            "Karten erscheinen nach Freigabe durch die Moderation."

        waiting = venue.hand_in("saal-1", "Eine Bücherei mit Café im Hafenviertel")
        other = venue.hand_in("saal-2", "Nachtbusse auch unter der Woche")
        for card in (waiting, other):
            wait_until(lambda card=card: venue.at_hub(card.code), what="the card at the hub")
        office.goto(f"{venue.hub.url}/office/cards/{other.uuid}")
        office.get_by_role("button", name="Für die Live-Wand freigeben").click()
        expect(office.get_by_role("status")).to_have_text(
            "Die Karte ist für die Live-Wand freigegeben.")
        expect(on_wall(page, "Nachtbusse")).to_be_visible(timeout=WITHIN)
        # The wall was made after both cards had arrived: the one not approved is not on it.
        expect(on_wall(page, "Eine Bücherei")).to_have_count(0)
        expect(page.locator(".count")).to_have_text("1 Karte")

        office.goto(f"{venue.hub.url}/office/cards/{waiting.uuid}")
        office.get_by_role("button", name="Für die Live-Wand freigeben").click()
        expect(on_wall(page, "Eine Bücherei")).to_be_visible(timeout=WITHIN)
        shoot(page, "wall-premoderated-de-1920x1080.png")
        office.get_by_role("button", name="Freigabe zurücknehmen").click()
        expect(on_wall(page, "Eine Bücherei")).to_have_count(0, timeout=WITHIN)
    finally:
        venue.premoderate(False)
        context.close()
        office_context.close()


def office_as_moritz(browser: Any, venue: Venue) -> tuple[Any, Any]:
    """A moderator's browser, logged in to the hub's office."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="de-DE")
    office = context.new_page()
    office.goto(f"{venue.hub.url}/office/login")
    office.get_by_label("Name").fill("moritz")
    office.get_by_label("Passwort").fill(PASSWORD)
    office.get_by_role("button", name="Anmelden").click()
    office.wait_for_url("**/office/?lang=de")
    return context, office


def test_with_pre_moderation_a_card_approved_at_its_station_appears(venue, browser):
    """The dashboard's "Für die Live-Wand freigeben" (the bridge calls the station's
    moderation): the station's own live sync carries the approval to the hub."""
    from playwright.sync_api import expect

    context, page = projector(browser)
    try:
        venue.premoderate(True)
        waiting = venue.hand_in("saal-2", "Freigabe an der Station: ein Spielplatz in Huckarde")
        wait_until(lambda: venue.at_hub(waiting.code), what="the card at the hub")
        page.goto(venue.wall)
        expect(on_wall(page, "Freigabe an der Station")).to_have_count(0)
        venue.stations["saal-2"].moderation.approve_for_wall(waiting.code)
        expect(on_wall(page, "Freigabe an der Station")).to_be_visible(timeout=WITHIN)
        actors = query(venue.hub.db, "SELECT actor FROM office_audit WHERE target = ? AND"
                       " action = 'card.wall_approved'", [waiting.code])
        assert actors == [("station:saal-2",)]
        # A hidden card cannot be approved at the station.
        hidden = venue.hand_in("saal-2", "Versteckt: bitte nicht zeigen")
        venue.stations["saal-2"].moderation.hide(hidden.code, "Testkarte")
        with pytest.raises(UserError, match="hidden"):
            venue.stations["saal-2"].moderation.approve_for_wall(hidden.code)
        venue.unapprove(waiting.uuid)
        expect(on_wall(page, "Freigabe an der Station")).to_have_count(0, timeout=WITHIN)
    finally:
        venue.premoderate(False)
        context.close()


def test_the_offices_waiting_list_shows_a_card_and_approving_it_there_shows_it(venue,
                                                                             browser):
    from playwright.sync_api import expect

    office_context, office = office_as_moritz(browser, venue)
    context, page = projector(browser)
    try:
        venue.premoderate(True)
        cards = []
        for station, text in (("saal-1", "Warteliste: Sonnensegel über dem Spielplatz <b>"),
                              ("saal-2", "Warteliste: ein Bücherschrank am Markt")):
            cards.append(venue.hand_in(station, text))  # one after the other at the hub
            wait_until(lambda: venue.at_hub(cards[-1].code), what="the card at the hub")
        page.goto(venue.wall)
        office.get_by_role("navigation").get_by_role("link", name="Freigaben").click()
        office.wait_for_url("**/office/wall?lang=de")
        expect(office.get_by_role("heading", level=1)).to_have_text(
            "Wartet auf Freigabe für die Live-Wand")
        rows = office.locator("tbody tr")
        expect(rows.first).to_contain_text(cards[1].code)  # the newest first
        expect(office.get_by_text("Warteliste: Sonnensegel über dem Spielplatz <b>")) \
            .to_be_visible()  # the card's text as written, not as markup
        OFFICE_SHOTS.mkdir(parents=True, exist_ok=True)
        office.screenshot(path=str(OFFICE_SHOTS / "office-wall-waiting.png"), full_page=True)
        office.get_by_role("button", name=f"Freigeben (Karte {cards[0].code} für die "
                                          "Live-Wand)").click()
        expect(office.get_by_role("status")).to_have_text(
            f"Karte {cards[0].code} ist für die Live-Wand freigegeben.")
        expect(rows.filter(has_text=cards[0].code)).to_have_count(0)  # off the list
        expect(rows.filter(has_text=cards[1].code)).to_have_count(1)
        expect(on_wall(page, "Warteliste: Sonnensegel")).to_be_visible(timeout=WITHIN)
        expect(on_wall(page, "Warteliste: ein Bücherschrank")).to_have_count(0)
        # The events page links to the list while the wall waits for approvals.
        events = venue.admin().get("/office/events").text
        assert f'href="/office/wall?lang=de&amp;event={venue.key}"' in events
        venue.unapprove(cards[0].uuid)
    finally:
        venue.premoderate(False)
        context.close()
        office_context.close()


def test_the_wall_survives_a_restart_of_the_hub_and_a_reload(venue, browser):
    from playwright.sync_api import expect

    venue.premoderate(False)
    context, page = projector(browser)
    try:
        page.goto(venue.wall)
        before = venue.hand_in("saal-1", "Vor dem Neustart: ein Markt am Sonntag")
        expect(on_wall(page, "Vor dem Neustart")).to_be_visible(timeout=WITHIN)
        started = time.monotonic()
        venue.hub.stop()  # the projector's stream is open: uvicorn must not wait for it
        assert time.monotonic() - started < 3
        venue.hub.start()
        after = venue.hand_in("saal-2", "Nach dem Neustart: Kinderbetreuung bei Konferenzen")
        expect(on_wall(page, "Nach dem Neustart")).to_be_visible(timeout=20_000)
        assert venue.at_hub(before.code) and venue.at_hub(after.code)
        page.reload()
        expect(on_wall(page, "Nach dem Neustart")).to_be_visible()  # served with the page
    finally:
        context.close()


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_ends_the_hub_at_once_although_a_stream_is_open(venue, number):
    """``systemctl stop`` (SIGTERM) or Ctrl-C (SIGINT) on ``collector serve``: the open
    stream ends at once instead of holding the stop for uvicorn's graceful timeout (5 s),
    the process ends with status 0, and the log has no traceback."""
    hub = venue.hub
    before = hub.log.stat().st_size
    lines: list[str] = []
    ended = threading.Event()

    def read() -> None:
        try:
            with httpx.stream("GET", f"{venue.wall}/stream", timeout=30) as stream:
                for line in stream.iter_lines():
                    lines.append(line)
        except httpx.HTTPError as error:
            lines.append(f"error: {error!r}")
        finally:
            ended.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    wait_until(lambda: "event: wall" in lines, what="the stream's first event")
    assert hub.process is not None
    started = time.monotonic()
    hub.process.send_signal(number)
    status = hub.process.wait(10)
    took = time.monotonic() - started
    hub.process = None
    try:
        assert status == 0 and took < 2, (status, took)
        assert ended.wait(5)  # the client saw its stream end
        assert not any(line.startswith("error:") for line in lines), lines[-1:]
        with hub.log.open("rb") as log:
            log.seek(before)
            assert b"Traceback" not in log.read()
    finally:
        hub.start()


def test_without_javascript_the_wall_is_served_whole_and_reloads_itself(venue, browser):
    from playwright.sync_api import expect

    venue.premoderate(False)
    context, page = projector(browser, java_script_enabled=False)
    try:
        card = venue.hand_in("saal-1", "Ohne Skript: ein Bolzplatz in Eving")
        wait_until(lambda: venue.at_hub(card.code), what="the card at the hub")
        page.goto(venue.wall)
        expect(on_wall(page, "Ohne Skript")).to_be_visible()
        later = venue.hand_in("saal-2", "Ohne Skript, später: Sitzbänke am Hauptbahnhof")
        page.wait_for_event("load", timeout=40_000)  # the <noscript> refresh, after 30 s
        expect(on_wall(page, later.text[:30])).to_be_visible()
    finally:
        context.close()


def test_on_a_phone_the_wall_is_one_column_that_fits(venue, browser):
    from playwright.sync_api import expect

    venue.premoderate(False)
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="de-DE",
                                  is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(venue.wall)
        expect(page.locator("#wall-live .card").first).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        size = float(page.locator("#wall-live .card .text").first.evaluate(
            "e => parseFloat(getComputedStyle(e).fontSize)"))
        assert size >= 16, size
        switch = page.get_by_role("link", name="English")
        assert switch.bounding_box()["height"] >= 44
        page.screenshot(path=str(SCREENSHOTS / "wall-de-360x740.png"), full_page=False)
    finally:
        context.close()
