"""The facilitator dashboard, driven through the real QML engine (offscreen) by objectName.

The dashboard is loaded the way ``ui/Main.qml`` loads it (a Loader with its three typed
bridges) inside a small window, over a real station on a database file, following a real
``LanguageBridge`` (German unless a test switches). The bridges are the real ones; only the
receipt printer's hardware is a stand-in (out of paper). Every page is photographed into
``screenshots/`` (git-ignored); open them and look.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtQuickControls2 import QQuickStyle
from PySide6.QtTest import QTest
from starlette.testclient import TestClient

from station_app.collector.app import create_app
from station_app.collector.enrol import add_station
from station_app.collector.store import CollectorStore
from station_app.export.exporter import Exporter
from station_app.export.targets import ExportTarget
from station_app.intake import CardDraft
from station_app.paths import qml_import_dir, resources_dir, ui_dir
from station_app.qml.facilitator import FacilitatorBridge
from station_app.qml.facilitator_export import ExportBridge
from station_app.qml.language import LanguageBridge
from station_app.qml.receipt_bridge import ReceiptPrinterBridge
from station_app.qml.sync_status import SyncBridge
from station_app.receipts.service import ReceiptService
from station_app.receipts.worker import PrintFailed
from station_app.station import Station
from station_app.storage import open_database
from station_app.storage.cards import CardArchive
from station_app.storage.moderation import Moderation
from station_app.sync import Backoff, StationSync, SyncWorker, enrolment_path
from station_app.sync.control import SyncControl
from station_app.sync.service import load_station_enrolment
from station_app.sync.transport import CollectorClient

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"

HOST = b"""
import QtQuick
import QtQuick.Controls.Basic
import ui

ApplicationWindow {
    id: host
    required property QtObject facilitator
    required property QtObject sync
    required property QtObject printer
    property int backCount: 0
    property int leaveCount: 0
    width: 1280
    height: 800
    visible: true
    color: Theme.background
    Binding { target: Theme; property: "windowWidth"; value: host.width }
    Binding { target: Theme; property: "windowHeight"; value: host.height }
    Loader {
        id: area
        objectName: "facilitatorArea"
        anchors.fill: parent
        Component.onCompleted: setSource(homeUrl, { "facilitator": host.facilitator,
                                                    "sync": host.sync,
                                                    "printer": host.printer })
    }
    Connections {
        target: area.item
        function onLeaveKioskRequested() { host.leaveCount += 1 }
        function onBackToKioskRequested() { host.backCount += 1 }
    }
}
"""


@pytest.fixture(scope="module", autouse=True)
def _fonts(qapp):
    QQuickStyle.setStyle("Basic")
    for path in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(path))
    if "Noto Sans" in QFontDatabase.families():
        QGuiApplication.setFont(QFont("Noto Sans"))


class PaperOut:
    """A receipt printer out of paper (the hardware is the only stand-in here)."""

    def __init__(self) -> None:
        self.printed: list[str] = []

    def print_layout(self, layout) -> None:
        self.printed.append(layout.code)
        raise PrintFailed("printer 'Kasse' is out of paper")


def _submit(station, clock, text, **fields):
    clock.advance(90)
    values = {"prompt_id": "idee", "topic_id": "wohnen", "text": text}
    values.update(fields)
    return station.intake.submit(CardDraft(**values))


@pytest.fixture
def dashboard(request, qtbot, default_config, clock, tmp_path):
    """The dashboard over a filled station (a real database file), with its real bridges.

    ``indirect`` parameters: {"printing": False} switches receipts off, {"collector": True}
    enrols the station at an in-process collector, {"language": "en"} opens the dashboard
    in English.
    """
    params = getattr(request, "param", {})
    config = dataclasses.replace(default_config, printer=dataclasses.replace(
        default_config.printer, enabled=params.get("printing", True), max_attempts=1))
    data_dir = tmp_path / "data"
    station = Station.assemble(config, data_dir, open_database(data_dir / "station.db"), clock)
    if params.get("set_aside"):  # as Station.open_with reports a damaged database it renamed
        station = dataclasses.replace(station, set_aside=data_dir / params["set_aside"])
    station.sessions.open("Stadtkonferenz 28.09. – Station Wohnen")
    samples = [
        ("Mehr Bänke und Schatten am Phoenix-See", "heute", "wohnen", "hoerde", "30-44"),
        ("Die Menschen packen gemeinsam an – das macht Dortmund aus.", "heute", "kultur",
         None, "65-plus"),
        ("Bezahlbarer Wohnraum für junge Familien in der Nordstadt", "herausforderungen",
         "wohnen", "innenstadt-nord", "18-29"),
        ("Ein Treffpunkt für Jung und Alt in jedem Quartier", "idee", "bildung", "eving", None),
        ("Radwege bis in die Vororte, sicher und breit", "idee", "arbeit", "brackel", "45-64"),
        ("Die Grünflächen und Parks in den Stadtteilen erhalten", "erhalten", "wohnen",
         "hombruch", "30-44"),
        ("Meine Telefonnummer ist 0170 1234567, ruft mich an", "idee", "wohnen", None, None),
    ]
    cards = [_submit(station, clock, text, prompt_id=p, topic_id=t, district_id=d,
                     age_group_id=a) for text, p, t, d, a in samples]
    stick = tmp_path / "media" / "kiosk" / "STADT-DO"
    stick.mkdir(parents=True)

    def targets(folder: Path) -> list[ExportTarget]:
        exports_folder = folder / "exports"
        exports_folder.mkdir(parents=True, exist_ok=True)
        return [ExportTarget("STADT-DO", stick, True, 15_400_000_000, True),
                ExportTarget("", exports_folder, False, 80_000_000_000, True)]

    pool = QThreadPool()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_dir()))
    language = LanguageBridge(engine, ["de", "en"], resources_dir() / "translations", engine)
    exports = ExportBridge(Exporter(station.db, station.config, clock), data_dir, pool,
                           find_targets=targets)
    facilitator = FacilitatorBridge.from_station(station, exports)
    facilitator.follow(language)
    paper_out = PaperOut()
    service = ReceiptService.for_station(station, paper_out)
    printer = ReceiptPrinterBridge(service, parent=engine)
    collector = _Collector(station, data_dir) if params.get("collector") else None
    control = SyncControl(station.config, data_dir, station.db,
                          collector.worker() if collector else None)
    sync = SyncBridge(control, parent=engine)
    sync.follow(language)
    control.start()
    home_url = QUrl.fromLocalFile(str(ui_dir() / "facilitator" / "FacilitatorHome.qml"))
    engine.rootContext().setContextProperty("homeUrl", home_url)
    language.setLanguage(params.get("language", "de"))
    engine.setInitialProperties({"facilitator": facilitator, "sync": sync, "printer": printer})
    engine.loadData(HOST, QUrl.fromLocalFile(str(ROOT / "tests" / "qml" / "Host.qml")))
    window = engine.rootObjects()[0]
    qtbot.waitExposed(window)
    view = Dashboard(qtbot, engine, window, facilitator, station, cards, stick, printer)
    view.sync, view.service, view.paper_out, view.clock = sync, service, paper_out, clock
    view.language = language
    qtbot.waitUntil(lambda: view.find("overviewPage") is not None)
    yield view
    control.stop()
    pool.waitForDone(30_000)
    language.setLanguage("de")  # the translator is application-wide
    window.close()
    engine.deleteLater()
    facilitator.deleteLater()
    if collector is not None:
        collector.close()
    station.close()


class _Collector:
    """An in-process collector the station is enrolled at (``/api/v1/batches`` over ASGI)."""

    def __init__(self, station: Station, data_dir: Path) -> None:
        self.store = CollectorStore.open(":memory:")
        self.http = TestClient(create_app(self.store), base_url="http://collector")
        self._config, self._data_dir = station.config, data_dir
        self._now = station.sessions.current().opened_at
        add_station(self.store, station.config.station.id, "http://collector",
                    enrolment_path(station.config, data_dir),
                    now=self._now - dt.timedelta(hours=1))

    def worker(self) -> SyncWorker:
        """As the kiosk's: its own connection, opened in its thread."""
        config, data_dir, now = self._config, self._data_dir, self._now
        return SyncWorker(
            lambda: StationSync(config, open_database(data_dir / "station.db"),
                                load_station_enrolment(config, data_dir),
                                client=CollectorClient("http://collector", http=self.http),
                                clock=lambda: now, owns_db=True),
            interval=3600, backoff=Backoff(base=0.01, cap=0.05))

    def close(self) -> None:
        self.http.close()
        self.store.close()


class Dashboard:
    """The loaded dashboard and ways to touch it."""

    def __init__(self, qtbot, engine, window, facilitator, station, cards, stick, printer):
        self.qtbot, self.engine, self.window = qtbot, engine, window
        self.facilitator, self.station, self.cards = facilitator, station, cards
        self.stick, self.printer = stick, printer

    def find(self, name: str) -> QQuickItem | None:
        """The visual item called ``name`` (Repeater delegates and popups included).

        Delegates have no QObject parent, so the walk follows the visual item tree, and
        popups live in the window's overlay.
        """
        pending: list[QQuickItem] = [self.window.contentItem().parentItem()
                                     or self.window.contentItem()]
        while pending:
            item = pending.pop()
            if item.objectName() == name:
                return item
            pending.extend(item.childItems())
        return None

    def item(self, name: str) -> QQuickItem:
        self.qtbot.waitUntil(lambda: self._shown(self.find(name)), timeout=3000)
        return self.find(name)

    @staticmethod
    def _shown(item: QQuickItem | None) -> bool:
        return item is not None and item.isVisible() and item.width() > 0

    def tap(self, name: str) -> None:
        item = self.item(name)
        assert item.property("enabled"), f"{name} is disabled"
        self._scroll_to(item)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, centre)

    def _scroll_to(self, item: QQuickItem) -> None:
        """Flick the enclosing page so the item is on screen, as a finger would."""
        flickable = item.parentItem()
        while flickable is not None and flickable.property("contentY") is None:
            flickable = flickable.parentItem()
        if flickable is None:
            return
        top = item.mapToItem(flickable.property("contentItem"), QPointF(0, 0)).y()
        if top < flickable.property("contentY") or \
                top + item.height() > flickable.property("contentY") + flickable.height():
            limit = max(0.0, flickable.property("contentHeight") - flickable.height())
            flickable.setProperty("contentY", min(limit, max(0.0, top - flickable.height() / 3)))

    def switch_language(self, language: str) -> None:
        """Switch the UI language (as the start screen's buttons do) and wait for a frame:
        retranslating rebuilds the navigation's buttons, which are placed when polished."""
        with self.qtbot.waitSignal(self.window.frameSwapped, timeout=3000):
            self.language.setLanguage(language)
            self.window.requestUpdate()

    def type_into(self, name: str, text: str) -> None:
        self.item(name).setProperty("text", text)

    def text_of(self, name: str) -> str:
        return self.item(name).property("text")

    def texts_under(self, name: str) -> list[str]:
        """The texts of every visible text item inside ``name``, as a facilitator reads them."""
        found, pending = [], [self.item(name)]
        while pending:
            item = pending.pop()
            if not item.isVisible():
                continue
            text = item.property("text") if item.inherits("QQuickText") else None
            if text:
                found.append(text)
            pending.extend(item.childItems())
        return found

    def shoot(self, name: str) -> Path:
        SHOTS.mkdir(exist_ok=True)
        suffix = "" if self.language.property("language") == "de" else "_" + \
            self.language.property("language")
        path = SHOTS / f"facilitator_{name}{suffix}.png"
        # grabWindow polishes and renders the scene as it is now, so no waiting is needed.
        assert self.window.grabWindow().save(str(path))
        return path


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
    assert "the folder does not exist" in failed.args[0]
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
