"""Approving cards for the live wall from a live station's dashboard (issue 18: with
pre-moderation a card appears on the wall once approved "in /office/ or in a station's
dashboard"), driven through the real QML engine (the ``dashboard`` harness) over a station
with ``[sync] live = true``; the approval then travels to an in-process collector.
Screenshots go to ``screenshots/`` (look at them)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from station_app.collector.office.audit import WALL_APPROVED, AuditLog
from station_app.qml.facilitator_cards import CardListModel, CardRole
from station_app.storage.moderation import Moderation
from station_app.sync import StationSync
from station_app.sync.service import load_station_enrolment
from station_app.sync.transport import CollectorClient
from tests.qml.dashboard_harness import _Collector


@pytest.fixture
def default_config(default_config):
    """The embedded station as a live one (a venue's hub shows its cards on a wall)."""
    return dataclasses.replace(default_config,
                               sync=dataclasses.replace(default_config.sync, live=True))


def open_cards(dashboard) -> None:
    dashboard.tap("nav_cards")
    dashboard.item("cardList")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.cards.property("count") == 7)


def test_a_card_is_approved_for_the_live_wall_and_says_so(dashboard):
    target = dashboard.cards[-2]  # the newest cards are on screen first
    open_cards(dashboard)
    assert dashboard.facilitator.cards.property("wallApproval")
    dashboard.shoot("cards_live_wall")
    dashboard.tap(f"approve_{target.code}")
    dashboard.qtbot.waitUntil(lambda: dashboard.find(f"wallState_{target.code}") is not None
                              and dashboard.find(f"wallState_{target.code}").isVisible())
    assert dashboard.text_of(f"wallState_{target.code}") == "Live-Wand: freigegeben"
    assert not dashboard.find(f"approve_{target.code}").isVisible()  # given once
    assert dashboard.text_of("dashboardNoticeText") == \
        f"Karte {target.code} für die Live-Wand freigegeben"
    approved = Moderation(dashboard.station.db).approved_uuids([c.uuid for c in dashboard.cards])
    assert approved == {target.uuid}
    [entry] = [e for e in dashboard.station.audit.entries() if e.action == "card.wall_approve"]
    assert entry.details["code"] == target.code and entry.actor == "facilitator"
    dashboard.shoot("cards_live_wall_approved")

    # Hiding an approved card says that it leaves the wall, too.
    dashboard.tap(f"hide_{target.code}")
    assert dashboard.item("hideFromWall").property("visible")
    dashboard.shoot("hide_reason_live_wall")
    dashboard.tap("hideCancel")


def test_a_hidden_card_cannot_be_approved_and_the_list_says_why(dashboard):
    hidden = dashboard.cards[-1]
    Moderation(dashboard.station.db, dashboard.station.audit).hide(hidden.code, "Telefonnummer")
    open_cards(dashboard)
    dashboard.facilitator.refresh()
    assert dashboard.text_of(f"wallState_{hidden.code}") == \
        "Ausgeblendete Karten können nicht für die Live-Wand freigegeben werden."
    assert not dashboard.find(f"approve_{hidden.code}").isVisible()
    dashboard.shoot("cards_live_wall_hidden")
    # Asked for anyway (a second dashboard hid it a moment ago): refused, in words.
    assert not dashboard.facilitator.approveCardForWall(hidden.code)
    assert dashboard.text_of("dashboardNoticeText") == (
        f"Karte {hidden.code} ist ausgeblendet und kann nicht für die Live-Wand "
        "freigegeben werden.")
    assert Moderation(dashboard.station.db).approved_uuids([hidden.uuid]) == set()


def test_the_approval_travels_to_the_hub_like_an_office_approval(dashboard):
    target = dashboard.cards[-3]
    open_cards(dashboard)
    dashboard.tap(f"approve_{target.code}")
    dashboard.qtbot.waitUntil(lambda: bool(
        Moderation(dashboard.station.db).approved_uuids([target.uuid])))
    station = dashboard.station
    hub = _Collector(station, station.data_dir)
    try:
        now = station.sessions.current().opened_at + dt.timedelta(minutes=30)
        sync = StationSync(station.config, station.db,
                           load_station_enrolment(station.config, station.data_dir),
                           client=CollectorClient("http://collector", http=hub.http),
                           clock=lambda: now)
        assert sync.upload_once().ok
        row = hub.store.db.execute("SELECT wall_approved_at IS NOT NULL FROM office_cards"
                                   " WHERE uuid = ?", [target.uuid]).fetchone()
        assert row == (1,)
        [entry] = [e for e in AuditLog(hub.store).latest() if e.action == WALL_APPROVED]
        assert entry.actor == f"station:{station.config.station.id}"
        assert entry.target == target.code
    finally:
        hub.close()


def test_the_live_card_list_passes_the_model_tester_and_only_live_offers_approval(
        dashboard, qtmodeltester):
    Moderation(dashboard.station.db).approve_for_wall(dashboard.cards[0].code)
    dashboard.facilitator.refresh()
    qtmodeltester.check(dashboard.facilitator.cards)
    # A station that is not live (no approvals handed to the list) offers none.
    plain = CardListModel(dashboard.station.archive, dashboard.station.labels)
    plain.reload()
    assert not plain.property("wallApproval")
    assert not any(plain.data(plain.index(row, 0), CardRole.Approved)
                   for row in range(plain.rowCount()))
