"""What the dashboard says when the core refuses something: a sentence of the catalogue in
the UI language, never the core's English or an exception's text."""

from __future__ import annotations

import pytest

from station_app.protocol.codes import new_code


def _notice_after(dashboard, action) -> tuple[str, bool]:
    with dashboard.qtbot.waitSignal(dashboard.facilitator.notice, timeout=3000) as said:
        action()
    return tuple(said.args)


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "Karte {} ist schon ausgeblendet."),
    ("en", "Card {} is already hidden."),
])
def test_hiding_a_hidden_card_is_refused_in_the_ui_language(dashboard, language, expected):
    dashboard.language.setLanguage(language)
    card = dashboard.cards[-1]
    assert dashboard.facilitator.hideCard(card.code, "Persönliche Daten")
    text, is_error = _notice_after(
        dashboard, lambda: dashboard.facilitator.hideCard(card.code, "Persönliche Daten"))
    assert (text, is_error) == (expected.format(card.code), True)
    dashboard.item("dashboardNoticeText")
    assert dashboard.text_of("dashboardNoticeText") == expected.format(card.code)


@pytest.mark.parametrize(("language", "expected"), [
    ("de", "Der Text ist leer: bitte ein paar Worte schreiben."),
    ("en", "The text is empty: please write a few words."),
])
def test_an_empty_paper_card_is_refused_in_the_ui_language(dashboard, language, expected):
    dashboard.language.setLanguage(language)
    text, is_error = _notice_after(
        dashboard, lambda: dashboard.facilitator.transcribe("idee", "wohnen", "   ", "", ""))
    assert (text, is_error) == (expected, True)


@pytest.mark.parametrize(("typed", "expected"), [
    ("K7M4QX", "“K7M4QX” is not a card code (this is what one looks like: K7M-4QX-9TRP)."),
    (None, "No card {} on this station."),
])
def test_an_unknown_card_is_named_in_plain_words(dashboard, typed, expected):
    dashboard.language.setLanguage("en")
    code = typed or new_code()
    text, is_error = _notice_after(dashboard, lambda: dashboard.facilitator.unhideCard(code))
    assert (text, is_error) == (expected.format(code), True)
