"""The office offers the stations' reasons for hiding a card, in the same words."""

from __future__ import annotations

from station_app.protocol.hide_reasons import HIDE_REASONS, reason_in
from station_app.qml.facilitator_cards import HIDE_REASONS as DASHBOARD_REASONS


def test_the_office_and_the_dashboard_offer_the_same_reasons_in_the_same_order():
    assert tuple(HIDE_REASONS) == DASHBOARD_REASONS


def test_a_reason_reads_in_english_and_a_typed_one_stays_as_typed():
    assert reason_in("Werbung", "en") == "Advertising"
    assert reason_in("Werbung", "de") == "Werbung"
    assert reason_in("Spam vom Nachbarn", "en") == "Spam vom Nachbarn"


def test_the_english_words_are_the_kiosks_own_translations():
    import xml.etree.ElementTree as ElementTree

    from station_app.paths import resources_dir

    tree = ElementTree.parse(resources_dir() / "translations" / "station_en.ts")
    kiosk = {message.findtext("source"): message.findtext("translation")
             for context in tree.getroot() if context.findtext("name") == "HideReason"
             for message in context.iter("message")}
    assert {reason: kiosk[reason] for reason in HIDE_REASONS} == HIDE_REASONS
