"""The holder's forms and refusals in each of the nine languages: their words and ``lang``,
counted words, the code left to right, and escaping of what was typed."""

from __future__ import annotations

import pytest

from station_app.collector.holder_pages import (
    REFUSALS,
    TEXT,
    correct_page,
    refused_page,
    withdraw_page,
)
from station_app.collector.office.cases import CaseFiles
from station_app.collector.office.settings import OfficeSettings
from station_app.collector.office.web import Office
from station_app.collector.pages import LANGUAGES, PageSettings, counted
from tests.support.collector_cards import card, receive

SITE = PageSettings()
EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture
def held(store):
    made = card("Mehr Bänke am Phoenix-See.")
    receive(store, [made])
    return made


def case_of(store, made):
    return CaseFiles(store).by_code(made["code"])


def main_of(page: str) -> str:
    return page.split('<main id="main">', 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_withdraw_step_in_each_language(store, held, lang):
    page = withdraw_page(case_of(store, held), lang, SITE, "t0k")
    t = TEXT[lang]
    assert page.startswith(f'<!DOCTYPE html>\n<html lang="{lang}"'
                           + (' dir="rtl">' if lang == "ar" else ">"))
    body = main_of(page)
    assert f"<h1>{t['withdraw_title']}</h1>" in body
    assert t["withdraw_intro"].format(
        code=f'<span class="code" dir="ltr">{held["code"]}</span>') in body
    for key in ("what", "what_text", "what_status", "what_counts", "withdraw_yes",
                "withdraw_no", "your_text"):
        assert t[key] in body, key
    assert f'action="/k/{held["code"]}/withdraw?lang={lang}"' in body
    assert f'<input type="hidden" name="lang" value="{lang}">' in body
    nav = page.split('<nav class="languages"', 1)[1]
    assert f'href="/k/{held["code"]}/withdraw?lang=uk" hreflang="uk"' in nav


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_correction_form_in_each_language(store, held, lang):
    body = main_of(correct_page(case_of(store, held), lang, SITE, "t0k"))
    t = TEXT[lang]
    for key in ("correct_title", "correct_intro", "correct_note", "new_text", "save",
                "cancel"):
        assert t[key] in body, key
    assert "2000" in body and "{" not in body  # the limit and the corrections left, filled
    assert "Mehr Bänke am Phoenix-See." in body


@pytest.mark.parametrize(("lang", "left", "expected"), [
    ("ru", 4, "Вы можете отправить ещё 4 исправления."),
    ("uk", 2, "Ви можете надіслати ще 2 виправлення."),
    ("pl", 3, "Mogą Państwo wysłać jeszcze 3 poprawki."),
    ("ro", 2, "Mai puteți trimite 2 corecturi."),
    ("ar", 2, "يمكنكم إرسال تصحيحين آخرين."),
    ("ar", 3, "يمكنكم إرسال 3 تصحيحات أخرى."),
    ("bg", 4, "Можете да изпратите още 4 корекции."),
    ("tr", 1, "Bir düzeltme daha gönderebilirsiniz."),
    ("ru", 1, "Вы можете отправить ещё одно исправление."),
])
def test_the_corrections_left_are_counted_in_the_languages_plural(store, held, lang, left,
                                                                    expected):
    office = Office.build(store, OfficeSettings(), SITE)
    for number in range(5 - left):
        office.holder.correct(held["code"], f"Fassung {number}")
    assert expected in main_of(correct_page(case_of(store, held), lang, SITE, "t0k"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_was_typed_is_escaped_in_every_language(store, held, lang):
    page = correct_page(case_of(store, held), lang, SITE, '"><b>', EVIL, error="too_long")
    assert "<script>" not in page and "<img" not in page and '"><b>' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'role="alert">' in page and "2000" in page.split('role="alert">', 1)[1]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("reason", [*REFUSALS, "other"])
def test_every_refusal_is_worded_in_every_language(lang, reason):
    page = refused_page("K7M-4QX-9TRP", reason, lang, SITE,
                        "2026-11-14T18:05:00+00:00" if reason == "withdrawn" else None)
    title, text = REFUSALS.get(reason, ("failed_title", "failed_text"))
    body = main_of(page)
    assert f"<h1>{TEXT[lang][title]}</h1>" in body
    assert "{" not in body and counted(TEXT[lang][text], lang, 5).split("{")[0] in body
    assert f'<a href="/k/K7M-4QX-9TRP?lang={lang}">{TEXT[lang]["back"]}</a>' in body
    if reason == "withdrawn":
        assert "2026" in body and "19:05" in body
