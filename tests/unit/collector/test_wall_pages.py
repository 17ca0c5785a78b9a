"""The live wall's HTML: what a projector and a phone get, in both languages, escaped."""

from __future__ import annotations

import re

import pytest

from station_app.collector.pages import PageSettings
from station_app.collector.wall import TopicCount, WallCard, WallEvent, WallView
from station_app.collector.wall_pages import (
    RELOAD_SECONDS,
    SCRIPT,
    TEXT,
    list_page,
    live_part,
    missing_page,
    wall_page,
)
from station_app.collector.wall_words import Word

SCRIPT_TAG = "<script>alert(1)</script>"
EVENT = WallEvent("2026-11-14-forum", f"Forum {SCRIPT_TAG}", "2026-11-14", "Halle <b>",
                  premoderated=False)
LABELS = {"gruen": f"Grün {SCRIPT_TAG}", "mobil": "Mobilität"}


def view(cards: list[WallCard] | None = None, premoderated: bool = False) -> WallView:
    cards = [WallCard(7, f"Mehr Bäume {SCRIPT_TAG}", "gruen", "de"),
             WallCard(5, "More bike lanes", "mobil", "en"),
             WallCard(3, "ohne Sprache", "unbekannt", "")] if cards is None else cards
    return WallView(WallEvent(EVENT.key, EVENT.name, EVENT.date, EVENT.venue, premoderated),
                    len(cards), cards, [TopicCount("gruen", 2), TopicCount("mobil", 1)]
                    if cards else [], [Word("Bäume", 4, 5), Word("<i>", 1, 1)] if cards else [])


def test_both_languages_say_the_same_things():
    assert TEXT["de"].keys() == TEXT["en"].keys()
    assert all(value.strip() for lang in TEXT.values() for value in lang.values())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_changing_part_escapes_every_text_and_names_each_cards_language(lang):
    part = live_part(view(), LABELS, lang)
    assert "<script" not in part and "<i>" not in part and "<b>" not in part
    assert "Mehr Bäume &lt;script&gt;alert(1)&lt;/script&gt;" in part
    assert '<p class="text" lang="en" dir="auto">More bike lanes</p>' in part
    assert '<p class="text" dir="auto">ohne Sprache</p>' in part  # no language: none claimed
    assert '<p class="topic">unbekannt</p>' in part  # a topic without label: its id
    assert '<li style="--share:100%"><span>Grün &lt;script&gt;' in part
    assert '<li style="--share:50%"><span>Mobilität</span><span class="n">1</span>' in part
    assert '<li class="w5" dir="auto">Bäume</li>' in part and "&lt;i&gt;" in part
    assert ("3 Karten" if lang == "de" else "3 cards") in part
    assert "\n" not in part  # one line: one ``data:`` line of the stream


def test_an_empty_wall_says_when_cards_will_come():
    assert "Noch keine Karten. Die ersten erscheinen hier wenige Sekunden" in \
        live_part(view([]), {}, "de")
    assert "Noch keine freigegebenen Karten." in live_part(view([], True), {}, "de")
    assert "No approved cards yet." in live_part(view([], True), {}, "en")
    assert "As soon as there are cards, their most frequent words" in \
        live_part(view([]), {}, "en")


def test_the_wall_page_holds_the_cards_opens_the_stream_and_reloads_without_script():
    page = wall_page(view(), LABELS, "de", PageSettings(), "abc123")
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">')
    assert (f'<noscript><meta http-equiv="refresh" content="{RELOAD_SECONDS}"></noscript>'
            in page)
    assert '<script src="/wall/wall.js" defer></script>' in page
    assert page.count("<script") == 1  # no inline script: the policy allows only ours
    assert ('data-stream="/wall/2026-11-14-forum/stream?lang=de&amp;v=abc123"' in page)
    assert live_part(view(), LABELS, "de") in page
    assert "<h1>Forum &lt;script&gt;" in page
    assert re.findall(r"<h(\d)", page) == ["1", "2", "2", "2"]
    assert '<a class="switch" href="/wall/2026-11-14-forum?lang=en" hreflang="en"' in page
    assert "Neue Karten erscheinen nach wenigen Sekunden." in page
    premoderated = wall_page(view(premoderated=True), LABELS, "en", PageSettings(), "v")
    assert "Cards appear once the moderators have approved them." in premoderated


def test_the_type_is_large_and_the_layout_never_cuts_a_card():
    page = wall_page(view(), LABELS, "de", PageSettings(), "v")
    assert "html{font-size:clamp(16px,min(1.75vw,3.1vh),48px)}" in page  # 33.6 px at 1080p
    assert ".newest .cards{columns:2;column-gap:1rem;column-fill:auto;height:100%}" in page
    assert "break-inside:avoid" in page


def test_the_list_of_walls_and_the_missing_page():
    page = list_page([EVENT, WallEvent("ohne", "", "", "", False)], "de", PageSettings())
    assert 'href="/wall/2026-11-14-forum?lang=de">Live-Wand öffnen: Forum &lt;script&gt;' in page
    assert "14.11.2026 · Halle &lt;b&gt;" in page and "ohne Datum" in page
    assert "<script" not in page and "<b>" not in page
    assert "Noch sind keine Karten angekommen" in list_page([], "de", PageSettings())
    english = list_page([EVENT], "en", PageSettings())
    assert "<h1>Live walls</h1>" in english and "14 November 2026" in english
    missing = missing_page("en", PageSettings())
    assert "There is no such live wall" in missing and 'href="/wall/?lang=en"' in missing


def test_the_script_opens_the_stream_swaps_the_part_in_and_opens_it_again_when_refused():
    assert 'new EventSource(address)' in SCRIPT
    assert 'addEventListener("wall"' in SCRIPT and "live.innerHTML = event.data" in SCRIPT
    assert "EventSource.CLOSED" in SCRIPT and "setTimeout(open, 5000)" in SCRIPT
