"""The follow-up page in each of the nine languages: its words and ``lang``, Arabic right
to left with the code left to right, the statuses' names, and escaping of every card
text."""

from __future__ import annotations

import re

import pytest

from station_app.collector.followup_pages import TEXT, CardView, card_page, card_switch
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.statuses import DEFAULT_STATUSES, StatusCatalogue
from station_app.collector.office.web import Office
from station_app.collector.pages import LANGUAGES, PageSettings
from station_app.collector.pages import TEXT as FRAME_TEXT
from tests.support.collector_cards import card, receive

SITE = PageSettings()
VIEW = CardView(SITE, StatusCatalogue())
STAFF = {"actor": "anna", "client": "here"}
EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
WRITTEN = {"de": "Mehr Bänke am Phoenix-See.", "en": "More benches, please.",
           "tr": "Parka daha çok bank lütfen.", "ar": "نريد مزيدًا من المقاعد في الحديقة.",
           "pl": "Więcej ławek w parku.", "ro": "Mai multe bănci în parc.",
           "bg": "Повече пейки в парка.", "uk": "Більше лавок у парку.",
           "ru": "Больше скамеек в парке."}


@pytest.fixture
def office(store):
    return Office.build(store, OfficeSettings(), SITE)


def held(store, text: str = "Mehr Bänke am Phoenix-See.", language: str = "de"):
    made = card(text)
    made["language"] = language
    receive(store, [made])
    return made


def case_of(store, made):
    return CaseFiles(store).by_code(made["code"])


def main_of(page: str) -> str:
    return page.split('<main id="main">', 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_renders_its_words(store, office, lang):
    made = held(store)
    group = office.casework.create_group("Bänke und Schatten", **STAFF)
    office.casework.assign([made["uuid"]], group, **STAFF)
    office.casework.answer_group(group, "Wir stellen 20 Bänke auf.", **STAFF)
    office.casework.set_status(made["uuid"], "in_progress", **STAFF)
    store.db.execute("UPDATE office_events SET results_public = 1")
    page = card_page(case_of(store, made), lang, VIEW)
    t, frame = TEXT[lang], FRAME_TEXT[lang]
    rtl = ' dir="rtl"' if lang == "ar" else ""
    assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}"{rtl}>')
    assert f"<title>{frame['card_title']} {made['code']} – " in page
    body = main_of(page)
    for key in ("prompt", "topic", "text", "received", "status", "group", "timeline",
                "answered", "answer", "results", "results_text", "next", "next_text",
                "yours", "yours_text", "withdraw", "correct"):
        assert t[key] in body, key
    assert f"<li>{StatusCatalogue().label('in_progress', lang)}<time" in body
    assert DEFAULT_STATUSES[1].label(lang) != DEFAULT_STATUSES[1].de or lang == "de"
    assert f'href="/k/{made["code"]}/withdraw?lang={lang}"' in body
    assert f'href="/results/{case_of(store, made).event.key}?lang={lang}"' in body
    assert "Wir stellen 20 Bänke auf." in body and "Bänke und Schatten" in body
    assert frame["participate"] in body


def test_arabic_runs_right_to_left_but_the_code_and_the_names_keep_theirs(store):
    made = held(store)
    page = card_page(case_of(store, made), "ar", VIEW)
    assert '<html lang="ar" dir="rtl">' in page
    assert f'<span class="code" dir="ltr">{made["code"]}</span>' in page
    body = main_of(page)
    assert "<bdi>Was wünschen Sie sich?</bdi>" in body  # German where no Arabic label
    assert '<div class="text" lang="de">Mehr Bänke am Phoenix-See.</div>' in body
    assert "١" not in body and "٢" not in body  # digits 0–9, as on the card code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_card_written_in_each_language_says_so(store, lang):
    made = held(store, WRITTEN[lang], lang)
    body = main_of(card_page(case_of(store, made), "de", VIEW))
    assert f'<div class="text" lang="{lang}">{WRITTEN[lang]}</div>' in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_card_texts_answers_and_names_are_escaped_in_every_language(store, office, lang):
    made = held(store, EVIL)
    group = office.casework.create_group(EVIL, **STAFF)
    office.casework.assign([made["uuid"]], group, **STAFF)
    office.casework.answer_group(group, EVIL, **STAFF)
    store.db.execute("UPDATE office_events SET results_public = 1, name = ?", [EVIL])
    page = card_page(case_of(store, made), lang, VIEW)
    assert "<script>" not in page and "<img" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4  # text, group, answer, event


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_switch_leads_to_the_same_card_in_each_language(store, lang):
    made = held(store)
    page = card_page(case_of(store, made), lang, CardView(SITE, StatusCatalogue(), "corrected"))
    nav = page.split('<nav class="languages"', 1)[1].split("</nav>", 1)[0]
    hrefs = re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav)
    assert hrefs == [(f"/k/{made['code']}?lang={other}&amp;done=corrected", other)
                     for other in LANGUAGES]
    assert f'hreflang="{lang}" lang="{lang}"' in nav.split('aria-current="true"')[0]


def test_the_switch_of_a_form_keeps_the_form():
    assert card_switch("K7M-4QX-9TRP", "/withdraw") == ("/k/K7M-4QX-9TRP/withdraw?lang=", "")


@pytest.mark.parametrize(("lang", "words"), [
    ("ru", ["Вы уже исправили текст 5 раз;"]), ("uk", ["Ви вже виправили текст 5 разів;"]),
    ("pl", ["poprawiony 5 razy;"]), ("ro", ["de 5 ori;"]), ("ar", ["5 مرات"]),
    ("tr", ["5 kez"]), ("bg", ["5 пъти"]),
])
def test_after_the_last_correction_the_count_is_worded(store, office, lang, words):
    made = held(store)
    for number in range(5):
        office.holder.correct(made["code"], f"Fassung {number}")
    body = main_of(card_page(case_of(store, made), lang, VIEW))
    for expected in words:
        assert expected in body
    assert "/correct?" not in body and TEXT[lang]["corrected"].split("{")[0] in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_withdrawn_card_says_so_in_each_language(store, office, lang):
    made = held(store)
    office.holder.withdraw(made["code"])
    body = main_of(card_page(case_of(store, made), lang, CardView(SITE, StatusCatalogue(),
                                                                  "withdrawn")))
    assert TEXT[lang]["done_withdrawn"] in body
    assert StatusCatalogue().label("withdrawn", lang) in body
    assert TEXT[lang]["status_withdrawn"].split("{")[0] in body
    assert "Phoenix-See" not in body and "/withdraw" not in body
