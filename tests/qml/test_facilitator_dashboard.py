"""The facilitator dashboard, driven through the real QML engine (offscreen) by objectName
(the harness, ``dashboard``, is in ``tests/qml/dashboard_harness.py``). Every page is
photographed into ``screenshots/`` (git-ignored); open them and look."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from station_app.storage.cards import CardArchive
from station_app.storage.moderation import Moderation
from tests.qml.dashboard_harness import _submit


def test_overview_shows_totals_and_charts(dashboard):
    Moderation(dashboard.station.db, dashboard.station.audit).hide(
        dashboard.cards[-1].code, "Telefonnummer")
    dashboard.facilitator.refresh()
    assert "Stadtkonferenz 28.09. – Station Wohnen" in dashboard.text_of("dashboardSessionLine")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.property("visibleCount") == 6)
    assert dashboard.item("total_hidden").property("visible")
    assert dashboard.item("chartPrompts") and dashboard.item("chartAgeGroups")
    prompts = {row["id"]: row["count"] for row in dashboard.facilitator.property("byPrompt")}
    assert prompts == {"heute": 2, "erhalten": 1, "herausforderungen": 1, "idee": 2}
    dashboard.shoot("overview")


def test_overview_has_no_warning_when_all_is_well(dashboard):
    warning = dashboard.find("stationWarning")
    assert warning is not None and not warning.isVisible()


@pytest.mark.parametrize("dashboard", [{"set_aside": "station.damaged-20260928T101500Z.db"}],
                         indirect=True)
def test_overview_tells_the_facilitator_about_a_damaged_database(dashboard):
    warning = dashboard.item("stationWarning")
    assert warning.property("visible")
    text = dashboard.facilitator.property("stationWarning")
    assert "station.damaged-20260928T101500Z.db" in text and "beschädigt" in text
    dashboard.shoot("overview-damaged-database")


def test_cards_search_hide_with_reason_and_show_again(dashboard):
    target = dashboard.cards[-1]
    dashboard.tap("nav_cards")
    dashboard.item("cardList")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.cards.property("count") == 7)
    dashboard.shoot("cards")
    dashboard.type_into("cardSearch", "Telefonnummer")
    dashboard.tap("cardSearchButton")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.cards.property("count") == 1)
    dashboard.tap(f"hide_{target.code}")
    assert not dashboard.item("hideConfirm").property("enabled")  # a reason is required
    dashboard.tap("reason_0")
    dashboard.shoot("hide_reason")
    dashboard.tap("hideConfirm")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.property("hiddenCount") == 1)
    state = Moderation(dashboard.station.db).state(target.code)
    assert state.hidden and state.reason == "Persönliche Daten"
    assert "ausgeblendet" in dashboard.text_of("dashboardNoticeText")
    dashboard.shoot("cards_hidden")
    dashboard.tap(f"unhide_{target.code}")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.property("hiddenCount") == 0)
    actions = [e.action for e in dashboard.station.audit.entries()]
    assert actions[:2] == ["card.unhide", "card.hide"]


def test_sessions_open_close_and_list(dashboard):
    dashboard.tap("nav_sessions")
    dashboard.type_into("sessionNameField", "Nachmittag – Station Wohnen")
    dashboard.tap("sessionOpenButton")
    dashboard.qtbot.waitUntil(
        lambda: dashboard.facilitator.property("sessionName") == "Nachmittag – Station Wohnen")
    assert dashboard.facilitator.sessions.property("count") == 2
    assert dashboard.facilitator.property("visibleCount") == 0
    dashboard.shoot("sessions")
    dashboard.tap("sessionCloseButton")
    dashboard.tap("confirmAccept")
    dashboard.qtbot.waitUntil(lambda: not dashboard.facilitator.property("sessionOpen"))
    assert dashboard.station.sessions.current() is None


def test_transcribing_a_paper_card(dashboard):
    dashboard.tap("nav_paper")
    dashboard.tap("paperPrompt_erhalten")
    dashboard.tap("paperTopic_kultur")
    dashboard.type_into("paperText", "Das Dortmunder U und die Westfalenhalle erhalten!")
    dashboard.tap("paperDistrict_hoerde")
    dashboard.shoot("paper")
    dashboard.tap("paperSave")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.property("paperCount") == 1)
    card = list(dashboard.station.archive.iter())[-1]
    assert (card.source, card.prompt_id, card.topic_id, card.district_id) == (
        "paper", "erhalten", "kultur", "hoerde")
    assert card.code in dashboard.text_of("paperLastCode")
    assert dashboard.text_of("paperText") == ""
    assert dashboard.station.audit.entries(limit=1)[0].action == "card.transcribe"


def test_export_to_a_usb_stick_runs_in_the_background(dashboard):
    Moderation(dashboard.station.db).hide(dashboard.cards[-1].code, "Telefonnummer")
    dashboard.tap("nav_export")
    dashboard.tap("exportFormat_csv")
    dashboard.tap("exportTarget_0")
    dashboard.shoot("export")
    exports = dashboard.facilitator.exports
    with dashboard.qtbot.waitSignal(exports.finished, timeout=30_000) as finished:
        dashboard.tap("exportStart")
    path = Path(finished.args[0])
    assert path.parent == dashboard.stick and path.suffix == ".csv"
    assert finished.args[1:] == [6, 1]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        codes = [row["Kartencode"] for row in csv.DictReader(handle, delimiter=";")]
    assert codes == [c.code for c in dashboard.cards[:-1]]
    dashboard.qtbot.waitUntil(lambda: "6 Karten" in dashboard.text_of("exportResult"))
    dashboard.shoot("export_done")

    dashboard.tap("exportFormat_pdf")
    dashboard.tap("exportScopeAll")
    with dashboard.qtbot.waitSignal(exports.finished, timeout=60_000) as finished:
        dashboard.tap("exportStart")
    assert Path(finished.args[0]).read_bytes().startswith(b"%PDF")


def test_a_failed_export_says_why_and_leaves_nothing_behind(dashboard):
    dashboard.tap("nav_export")
    dashboard.tap("exportTarget_0")
    dashboard.stick.rmdir()  # the stick was pulled after it was listed
    exports = dashboard.facilitator.exports
    with dashboard.qtbot.waitSignal(exports.failed, timeout=30_000) as failed:
        dashboard.tap("exportStart")
    assert failed.args[0] == (f"Den Ordner {dashboard.stick} gibt es nicht "
                              "(USB-Stick abgezogen?).")  # in words, not the system's
    dashboard.qtbot.waitUntil(lambda: not exports.property("busy"))
    assert "Export fehlgeschlagen" in dashboard.text_of("dashboardNoticeText")
    assert "Nicht gespeichert" in dashboard.text_of("exportResult")
    dashboard.shoot("export_failed")


@pytest.mark.parametrize("dashboard", [{"printing": False}], indirect=True)
def test_devices_page_without_printing_or_a_collector(dashboard):
    dashboard.tap("nav_devices")
    assert dashboard.text_of("printerStatus") == "Belegdruck ist ausgeschaltet"
    assert dashboard.text_of("syncStatus") == \
        "Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick"
    assert not dashboard.find("syncNow").isVisible()
    dashboard.shoot("devices_usb_only")


@pytest.mark.parametrize("dashboard", [{"collector": True}], indirect=True)
def test_devices_page_prints_reprints_syncs_and_writes_batch_files(dashboard, tmp_path):
    first, second = dashboard.cards[0], dashboard.cards[1]
    for card in (first, second):  # two receipts the printer could not take
        dashboard.service.enqueue(card)
        archive = CardArchive(dashboard.station.db)
        job = dashboard.service.jobs.claim_next()
        dashboard.service.worker.attempt(dashboard.service.jobs, archive, job, retry=False)
    dashboard.tap("nav_devices")
    dashboard.qtbot.waitUntil(lambda: dashboard.text_of("printerStatus")
                              == f"Beleg {second.code} konnte nicht gedruckt werden")
    assert dashboard.text_of("printerDetail") == ("Grund: Der Drucker hat den Auftrag nicht "
                                                  "angenommen")
    assert dashboard.text_of("printerQueue") == ("Druckwarteschlange: 2 Belege endgültig "
                                                 "fehlgeschlagen")
    dashboard.type_into("reprintCode", first.code)
    dashboard.tap("reprintButton")
    assert dashboard.service.jobs.count("queued") == 1
    assert dashboard.text_of("printerStatus") == f"Beleg {first.code} wartet auf den Drucker"

    # The worker uploads what is there when it starts; a card that comes in later waits
    # for the next interval (an hour here) or for "Jetzt übertragen".
    dashboard.qtbot.waitUntil(lambda: "alle Karten übertragen"
                              in dashboard.text_of("syncStatus"), timeout=15_000)
    late = _submit(dashboard.station, dashboard.clock, "Noch eine Idee")
    dashboard.sync.refresh()
    assert dashboard.text_of("syncPending") == "Noch nicht übertragen: 1 Karte"
    dashboard.tap("syncToStick")
    dashboard.qtbot.waitUntil(lambda: "1 Stapel-Datei gespeichert"
                              in dashboard.text_of("syncBatchResult"), timeout=10_000)
    [batch_file] = dashboard.stick.glob("*.batch.json")
    assert late.uuid in batch_file.read_text(encoding="utf-8")
    assert dashboard.text_of("syncPending") == "Noch nicht übertragen: 1 Karte"  # not yet
    dashboard.tap("syncNow")
    dashboard.qtbot.waitUntil(lambda: dashboard.text_of("syncPending")
                              == "Noch nicht übertragen: 0 Karten", timeout=15_000)
    dashboard.shoot("devices_attached")


def test_back_and_leave_are_signalled_to_main(dashboard):
    dashboard.tap("facilitatorBack")
    dashboard.qtbot.waitUntil(lambda: dashboard.window.property("backCount") == 1)
    dashboard.tap("facilitatorLeave")
    dashboard.shoot("leave_confirm")
    dashboard.tap("confirmAccept")
    dashboard.qtbot.waitUntil(lambda: dashboard.window.property("leaveCount") == 1)


def test_list_models_pass_the_model_tester(dashboard, qtmodeltester):
    qtmodeltester.check(dashboard.facilitator.cards)
    qtmodeltester.check(dashboard.facilitator.sessions)


# --- in English: what a facilitator reads follows the UI language, what is stored does not --

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _english(moment, with_year: bool = True, comma: str = "") -> str:
    """How the dashboard writes ``moment`` in English: ``28 Sep 2026 12:30``."""
    local = moment.astimezone()
    day = f"{local.day} {MONTHS[local.month - 1]}" + (f" {local.year}" if with_year else "")
    return f"{day}{comma} {local:%H:%M}"


@pytest.mark.parametrize("dashboard", [{"language": "en"}], indirect=True)
def test_dashboard_opened_in_english_reads_english(dashboard):
    session = dashboard.station.sessions.current()
    dashboard.item("overviewPage")
    assert dashboard.text_of("nav_overview") == "Overview"
    assert dashboard.facilitator.property("sessionSince") == _english(session.opened_at,
                                                                      comma=",")
    assert _english(session.opened_at, comma=",") in dashboard.texts_under("total_since")
    prompts = dashboard.texts_under("chartPrompts")
    assert "What makes Dortmund what it is today?" in prompts
    assert "Was macht Dortmund heute aus?" not in prompts
    assert "Other topic" in dashboard.texts_under("chartTopics")
    assert "prefer not to say" in dashboard.texts_under("chartAgeGroups")
    dashboard.shoot("overview")

    dashboard.tap("nav_cards")
    first = dashboard.cards[-1]  # the newest, at the top
    texts = dashboard.texts_under(f"card_{first.code}")
    assert any(_english(first.created_at, with_year=False) in text for text in texts)
    assert any("Station (touchscreen)" in text for text in texts)
    dashboard.shoot("cards")

    dashboard.tap("nav_sessions")
    assert f"open since {_english(session.opened_at)}" in dashboard.texts_under("sessionList")
    dashboard.shoot("sessions")

    dashboard.tap("nav_paper")
    assert dashboard.text_of("paperPrompt_heute") == "What makes Dortmund what it is today?"
    assert dashboard.text_of("paperTopic_anderes") == "Other topic"
    dashboard.tap("paperPrompt_erhalten")
    dashboard.tap("paperTopic_kultur")
    dashboard.type_into("paperText", "Das Dortmunder U erhalten!")
    dashboard.shoot("paper")
    dashboard.tap("paperSave")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.property("paperCount") == 1)
    card = list(dashboard.station.archive.iter())[-1]
    assert dashboard.text_of("dashboardNoticeText") == f"Paper card saved: {card.code}"

    dashboard.tap("nav_export")
    assert dashboard.text_of("exportTarget_0") == "USB stick “STADT-DO” – 15.4 GB free"
    assert dashboard.text_of("exportTarget_1") == "The station's data folder – 80.0 GB free"
    dashboard.shoot("export")

    dashboard.tap("nav_devices")
    assert dashboard.text_of("syncStatus") == \
        "No collection point server set up: transfer by USB stick"
    dashboard.shoot("devices")


@pytest.mark.parametrize("dashboard", [{"language": "en"}], indirect=True)
def test_hiding_in_english_stores_the_german_reason_and_shows_it_in_english(dashboard):
    target = dashboard.cards[-1]
    dashboard.tap("nav_cards")
    dashboard.tap(f"hide_{target.code}")
    assert dashboard.text_of("reason_0") == "Personal data"
    dashboard.tap("reason_0")
    dashboard.shoot("hide_reason")
    dashboard.tap("hideConfirm")
    dashboard.qtbot.waitUntil(lambda: dashboard.facilitator.property("hiddenCount") == 1)
    state = Moderation(dashboard.station.db).state(target.code)
    assert state.hidden and state.reason == "Persönliche Daten"  # as from a German dashboard
    assert dashboard.text_of("dashboardNoticeText") == f"Card {target.code} hidden"
    assert "Hidden: Personal data" in dashboard.texts_under(f"card_{target.code}")
    dashboard.shoot("cards_hidden")

    dashboard.switch_language("de")  # the same stored reason, read in German
    dashboard.qtbot.waitUntil(
        lambda: "Ausgeblendet: Persönliche Daten" in dashboard.texts_under(f"card_{target.code}"))
    dashboard.tap(f"unhide_{target.code}")
    assert dashboard.text_of("dashboardNoticeText") == f"Karte {target.code} wieder sichtbar"


def test_switching_the_language_while_open_relabels_everything(dashboard):
    facilitator = dashboard.facilitator
    session = dashboard.station.sessions.current()
    german_since = facilitator.property("sessionSince")
    assert german_since == session.opened_at.astimezone().strftime("%d.%m.%Y, %H:%M")
    assert "Anderes Thema" in dashboard.texts_under("chartTopics")
    dashboard.tap("nav_export")
    assert dashboard.text_of("exportTarget_0") == "USB-Stick „STADT-DO“ – 15,4 GB frei"

    dashboard.switch_language("en")
    assert dashboard.text_of("nav_overview") == "Overview"
    assert dashboard.text_of("exportTarget_0") == "USB stick “STADT-DO” – 15.4 GB free"
    assert facilitator.property("sessionSince") == _english(session.opened_at, comma=",")
    topics = [row["label"] for row in facilitator.property("byTopic")]
    assert "Other topic" in topics and "Anderes Thema" not in topics
    assert "Other topic" in [row["label"] for row in facilitator.property("topicChoices")]
    dashboard.tap("nav_cards")
    first = dashboard.cards[-1]  # the newest, at the top
    assert any(_english(first.created_at, with_year=False) in text
               for text in dashboard.texts_under(f"card_{first.code}"))

    dashboard.switch_language("de")
    assert facilitator.property("sessionSince") == german_since
    assert "Anderes Thema" in [row["label"] for row in facilitator.property("byTopic")]


def test_an_export_from_an_english_dashboard_is_the_german_document(dashboard):
    exports = dashboard.facilitator.exports
    written = {}
    for language in ("en", "de"):
        dashboard.switch_language(language)
        dashboard.tap("nav_export")
        dashboard.tap("exportFormat_json")
        dashboard.tap("exportTarget_0")
        with dashboard.qtbot.waitSignal(exports.finished, timeout=30_000) as finished:
            dashboard.tap("exportStart")
        path = Path(finished.args[0])
        written[language] = path.read_bytes()
        path.unlink()
    assert written["en"] == written["de"]
    text = written["en"].decode("utf-8")
    assert "Was macht Dortmund heute aus?" in text and "keine Angabe" in text
    assert "What makes Dortmund" not in text and "prefer not to say" not in text
