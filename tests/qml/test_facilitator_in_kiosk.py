"""The dashboard inside the real kiosk: Ctrl+Shift+F, the PIN, then a card moderated.

The kiosk is built as ``station-app run`` builds it, so this also proves that
``attach_to_kiosk`` hands ``bridges.facilitator`` to the dashboard.
"""

from __future__ import annotations

from station_app.intake import CardDraft
from station_app.storage.moderation import Moderation


def _open_dashboard(kiosk) -> None:
    kiosk.open_dashboard()


def test_pin_opens_the_dashboard_and_a_card_is_hidden_from_it(open_kiosk, default_config):
    kiosk = open_kiosk(default_config)
    card = kiosk.station.intake.submit(CardDraft(
        prompt_id="idee", topic_id="wohnen", text="Meine Nummer 0170 999, bitte anrufen"))
    _open_dashboard(kiosk)
    assert kiosk.kiosk.bridges.facilitator.property("visibleCount") == 1
    kiosk.tap("nav_cards")
    kiosk.tap(f"hide_{card.code}")
    kiosk.tap("reason_0")
    kiosk.tap("hideConfirm")
    kiosk.wait_for(f"unhide_{card.code}")
    assert Moderation(kiosk.station.db).state(card.code).hidden
    kiosk.tap("facilitatorBack")
    kiosk.qtbot.waitUntil(lambda: kiosk.gone("facilitatorHome"))
    assert not kiosk.kiosk.bridges.pin.property("unlocked")


def test_a_card_from_the_kiosk_updates_the_open_dashboard(open_kiosk, default_config):
    kiosk = open_kiosk(default_config)
    _open_dashboard(kiosk)
    facilitator = kiosk.kiosk.bridges.facilitator
    assert facilitator.property("visibleCount") == 0
    card = kiosk.station.intake.submit(CardDraft(prompt_id="idee", topic_id="wohnen",
                                                 text="Mehr Bänke"))
    # What KioskBridge.submit announces once a card is committed:
    kiosk.kiosk.kiosk.cardSubmitted.emit(card.uuid, card.code, "http://127.0.0.1/k/x")
    kiosk.qtbot.waitUntil(lambda: facilitator.property("visibleCount") == 1)


def test_leave_asks_first_then_quits_through_the_pin_bridge(open_kiosk, default_config):
    kiosk = open_kiosk(default_config)
    _open_dashboard(kiosk)
    kiosk.tap("facilitatorLeave")
    kiosk.tap("confirmAccept")
    kiosk.qtbot.waitUntil(lambda: kiosk.left == [1])
    assert kiosk.station.audit.entries(limit=1)[0].action == "kiosk.leave"


def test_the_dashboard_follows_the_kiosk_language(open_kiosk, default_config):
    """English chosen on the start screen: the dashboard reads English (its bridges follow
    ``bridges.language`` through ``attach_to_kiosk``), yet the stored reason is German."""
    kiosk = open_kiosk(default_config)
    card = kiosk.station.intake.submit(CardDraft(
        prompt_id="idee", topic_id="wohnen", text="Meine Nummer 0170 999, bitte anrufen"))
    kiosk.tap("language_en")
    kiosk.qtbot.waitUntil(lambda: kiosk.text_of("startParticipate") == "Take part")
    _open_dashboard(kiosk)
    assert kiosk.text_of("nav_overview") == "Overview"
    kiosk.tap("nav_cards")
    kiosk.tap(f"hide_{card.code}")
    assert kiosk.text_of("reason_0") == "Personal data"
    kiosk.tap("reason_0")
    kiosk.tap("hideConfirm")
    kiosk.wait_for(f"unhide_{card.code}")
    assert Moderation(kiosk.station.db).state(card.code).reason == "Persönliche Daten"
    assert kiosk.text_of("dashboardNoticeText") == f"Card {card.code} hidden"

    kiosk.tap("nav_export")
    targets = kiosk.kiosk.bridges.facilitator.exports.property("targets")
    assert targets[-1]["label"] == "The station's data folder"
    assert targets[-1]["free"].endswith(" free")
    kiosk.tap("nav_devices")
    status = kiosk.text_of("syncStatus")
    assert status.startswith(("Sync error:", "Not yet transferred", "No collection point")), \
        status
