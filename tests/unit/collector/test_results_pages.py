"""The published results in each of the nine languages: words, ``lang`` and direction,
numbers and shares as each language writes them, statuses' names, and escaping."""

from __future__ import annotations

import dataclasses

import pytest

from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.statuses import StatusCatalogue
from station_app.collector.office.web import Office
from station_app.collector.pages import LANGUAGES, PageSettings, counted
from station_app.collector.results import ResultsReader
from station_app.collector.results_pages import (
    TEXT,
    _number,
    _share,
    event_page,
    list_page,
    missing_page,
    results_href,
    results_switch,
)
from tests.support.collector_cards import card, receive

SITE = PageSettings()
NOW = "2026-11-20T08:00:00+00:00"
STAFF = {"actor": "anna", "client": "here"}
EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture
def published(store):
    """Three public cards of one event, two in an answered group; returns the event's key."""
    made = [card("Mehr Bänke am Phoenix-See."), card(EVIL, topic="mobil"),
            card("Ein Radweg nach Hörde.", district=None)]
    receive(store, made)
    casework = Office.build(store, OfficeSettings(), SITE).casework
    group = casework.create_group("Bänke & Schatten", **STAFF)
    casework.assign([made[0]["uuid"], made[1]["uuid"]], group, **STAFF)
    casework.answer_group(group, "Wir stellen 20 Bänke auf.", **STAFF)
    casework.set_status(made[0]["uuid"], "adopted", **STAFF)
    store.db.execute("UPDATE office_events SET results_public = 1, cards_public = 1")
    return store.db.execute("SELECT key FROM office_events").fetchone()[0]


def results_of(store, key, lang):
    reader = ResultsReader(store, CaseFiles(store), StatusCatalogue())
    return reader.results(key, lang, 1, TEXT[lang]["no_district"])


def main_of(page: str) -> str:
    return page.split('<main id="main">', 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_events_results_in_each_language(store, published, lang):
    page = event_page(results_of(store, published, lang), lang, SITE, NOW)
    t = TEXT[lang]
    assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}"'
                           + (' dir="rtl">' if lang == "ar" else ">"))
    body = main_of(page)
    for key in ("by_prompt", "by_topic", "by_district", "prompt", "topic", "district",
                "cards", "share", "no_district", "answers", "answers_intro", "the_cards",
                "the_cards_intro", "all_events"):
        assert t[key] in body, key
    assert counted(t["group_meta"], lang, 2).split("{date}")[0].format(cards=2) in body
    assert StatusCatalogue().label("adopted", lang) in body
    assert "Wir stellen 20 Bänke auf." in body and "Stadtkonferenz Ausgangsbilder" in body
    assert "2026" in body.split(t["stand"].split("{")[0], 1)[1]
    nav = page.split('<nav class="languages"', 1)[1].split("</nav>", 1)[0]
    assert f'href="/results/{published}?lang=ru" hreflang="ru"' in nav


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_list_and_the_missing_page_in_each_language(store, published, lang):
    events = ResultsReader(store, CaseFiles(store), StatusCatalogue()).published_events()
    listing = main_of(list_page(events, lang, SITE, NOW))
    assert TEXT[lang]["list_title"] in listing and TEXT[lang]["list_intro"] in listing
    assert f'href="/results/{published}?lang={lang}"' in listing
    assert TEXT[lang]["list_empty"] in list_page([], lang, SITE, NOW)
    missing = missing_page("gibt-es-nicht", lang, SITE)
    assert TEXT[lang]["missing_title"] in missing and TEXT[lang]["missing_text"] in missing
    assert 'href="/results/gibt-es-nicht?lang=ar" hreflang="ar"' in missing


@pytest.mark.parametrize("lang", LANGUAGES)
def test_card_texts_and_names_are_escaped_in_every_language(store, published, lang):
    store.db.execute("UPDATE office_events SET name = ?", [EVIL])
    page = event_page(results_of(store, published, lang), lang, SITE, NOW)
    assert "<script>" not in page and "<img" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # title, h1, card
    assert "Bänke &amp; Schatten" in page


@pytest.mark.parametrize(("lang", "big", "small", "share"), [
    ("de", "12.345", "1.234", "42 %"), ("en", "12,345", "1,234", "42%"),
    ("tr", "12.345", "1.234", "%42"), ("ar", "12,345", "1,234", "42%"),
    ("pl", "12\u00a0345", "1234", "42%"), ("ro", "12.345", "1.234", "42\u00a0%"),
    ("bg", "12\u00a0345", "1234", "42%"), ("uk", "12\u00a0345", "1\u00a0234", "42%"),
    ("ru", "12\u00a0345", "1\u00a0234", "42\u00a0%"),
])
def test_numbers_and_shares_as_each_language_writes_them(lang, big, small, share):
    assert _number(12345, lang) == big and _number(1234, lang) == small
    assert _number(999, lang) == "999"
    assert _share(42, 100, lang) == share and _share(1, 0, lang) == "–"


@pytest.mark.parametrize(("lang", "cards", "expected"), [
    ("ru", 3, "3 карточки этого мероприятия"), ("ru", 5, "5 карточек этого мероприятия"),
    ("uk", 22, "22 картки цього заходу"), ("pl", 12, "12 kart z tego wydarzenia"),
    ("ro", 20, "20 de fișe"), ("bg", 2, "2 карти от това събитие"),
    ("ar", 7, "عدد البطاقات من هذه الفعالية: 7"),
])
def test_a_groups_cards_are_counted_in_the_languages_plural(store, published, lang, cards,
                                                            expected):
    found = results_of(store, published, lang)
    found = dataclasses.replace(found, groups=[dataclasses.replace(found.groups[0],
                                                                   cards=cards)])
    assert expected in main_of(event_page(found, lang, SITE, NOW))


def test_the_switch_keeps_the_page_of_cards():
    assert results_switch("2026-11-14-forum", 3) == ("/results/2026-11-14-forum?lang=",
                                                     "&page=3")
    assert results_switch(None) == ("/results?lang=", "")
    assert results_href("2026-11-14-forum", "uk", 3) == "/results/2026-11-14-forum?lang=uk&page=3"
