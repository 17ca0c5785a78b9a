"""The office's card list at 100,000 cards: the first page, filtered and searched.

Each figure is the median time of one page set against a floor measured in the same run on
the same database: one plain indexed SQLite query that reads the same fifty cards (and, for
the text search, the same trigram index). The page figures go through the whole office –
session check, the query with its count, the HTML – in process, as a member of staff's
browser would ask for it; the core figures are the card search alone.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tempfile
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

from benchmarks.timing import median_seconds, row
from station_app.collector.office.card_search import CardFilter, CardSearch
from station_app.collector.store import CollectorStore

CARDS = 100_000
BATCH = 5_000
WORDS = ("Mehr", "Bäume", "Schatten", "Radwege", "Spielplatz", "Bus", "Bahn", "Wohnraum",
         "bezahlbar", "Grün", "Nordstadt", "Licht", "sicher", "Parken", "Bänke", "Brunnen",
         "Kita", "Schule", "Markt", "Ruhe")
PLAIN_PAGE = ("SELECT o.uuid, o.code, o.station_id, o.topic_id, o.created_at, o.status,"
              " json_extract(c.data, '$.text') FROM office_cards o JOIN cards c"
              " ON c.uuid = o.uuid {where} ORDER BY o.rowid DESC LIMIT 50")
PLAIN_SEARCH = ("SELECT o.uuid, o.code, o.station_id, o.topic_id, o.created_at, o.status,"
                " json_extract(c.data, '$.text') FROM office_card_text t"
                " CROSS JOIN office_cards o ON o.rowid = t.rowid JOIN cards c ON c.uuid = o.uuid"
                " WHERE t.office_card_text MATCH ? ORDER BY t.rowid DESC LIMIT 50")


def fill(store: CollectorStore, count: int = CARDS) -> None:
    """``count`` cards from four stations, as received batches of 5,000."""
    from tests.support.collector_cards import card, receive

    pick = random.Random(14)
    start = dt.datetime(2026, 11, 14, 9, 0, tzinfo=dt.UTC)
    for first in range(0, count, BATCH):
        cards = [card(" ".join(pick.choice(WORDS) for _ in range(14)),
                      prompt=pick.choice(("p1", "p2")), topic=pick.choice(("gruen", "mobil")),
                      source="paper" if pick.random() < 0.1 else "kiosk",
                      created_at=start + dt.timedelta(seconds=first + n))
                 for n in range(min(BATCH, count - first))]
        receive(store, cards, station_id=f"station-{first // BATCH % 4}")


def _office_client(store: CollectorStore) -> TestClient:

    from station_app.collector.app import HTML_HEADERS
    from station_app.collector.office.accounts import HashCost, PasswordHasher, StaffAccounts
    from station_app.collector.office.routes import office_app
    from station_app.collector.office.settings import OfficeSettings
    from station_app.collector.pages import PageSettings

    cost = HashCost(opslimit=1, memlimit=8192)
    StaffAccounts(store, PasswordHasher(cost)).add("bench", "moderator", "ein-langes-Passwort",
                                                   actor="bench", client="bench")
    app = Starlette(routes=[Mount("/office", app=office_app(
        store, OfficeSettings(hash_cost=cost), PageSettings(), HTML_HEADERS))])
    client = TestClient(app, base_url="http://collector", follow_redirects=False)
    form = client.get("/office/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
    client.post("/office/login", data={"name": "bench", "password": "ein-langes-Passwort",
                                       "csrf_token": token})
    return client


def run() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = CollectorStore.open(Path(folder) / "collector.db")
        fill(store)
        db = store.db
        search = CardSearch(store)
        cases = [
            ("first page", CardFilter(), PLAIN_PAGE.format(where=""), []),
            ("one topic", CardFilter(topic="mobil"),
             PLAIN_PAGE.format(where="WHERE o.topic_id = ?"), ["mobil"]),
            ("text search 'Schatten'", CardFilter(text="Schatten"), PLAIN_SEARCH,
             ['"Schatten"']),
        ]
        for name, card_filter, plain, values in cases:
            floor = median_seconds(lambda p=plain, v=values: db.execute(p, v).fetchall(),
                                   repeats=15)
            core = median_seconds(lambda f=card_filter: search.page(f), repeats=15)
            rows.append(row(f"office card list, {name}, {CARDS:,} cards (search)",
                            core * 1000, "ms", floor * 1000, "≤ 20×",
                            "one plain indexed SQLite query of the same 50 cards"))
        client = _office_client(store)
        for name, query, plain, values in (
                ("first page", "", PLAIN_PAGE.format(where=""), []),
                ("text search 'Schatten'", "?text=Schatten", PLAIN_SEARCH, ['"Schatten"'])):
            response = client.get(f"/office/cards{query}")
            if response.status_code != 200:
                raise RuntimeError(f"/office/cards{query} answered {response.status_code}")
            floor = median_seconds(lambda p=plain, v=values: db.execute(p, v).fetchall(),
                                   repeats=15)
            page = median_seconds(lambda q=query: client.get(f"/office/cards{q}"), repeats=15)
            rows.append(row(f"office card list page, {name}, {CARDS:,} cards (HTTP)",
                            page * 1000, "ms", floor * 1000, "≤ 100×",
                            "one plain indexed SQLite query of the same 50 cards"))
        client.close()
        store.close()
    return rows
