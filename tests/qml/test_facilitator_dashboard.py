"""The facilitator dashboard, driven through the real QML engine (offscreen) by objectName.

The dashboard is loaded the way ``ui/Main.qml`` loads it (a Loader with ``bridges``) inside a
small window, over a real station on an in-memory database, following a real
``LanguageBridge`` (German unless a test switches). Every page is photographed into
``screenshots/`` (git-ignored); open them and look.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Property, QObject, QPointF, Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem
from PySide6.QtQuickControls2 import QQuickStyle
from PySide6.QtTest import QTest

from station_app.export.exporter import Exporter
from station_app.export.targets import ExportTarget
from station_app.intake import CardDraft
from station_app.paths import qml_import_dir, resources_dir, ui_dir
from station_app.qml.facilitator import FacilitatorBridge
from station_app.qml.facilitator_export import ExportBridge
from station_app.qml.language import LanguageBridge
from station_app.qml.sync_status import SyncBridge
from station_app.storage.moderation import Moderation
from station_app.storage.sync_state import SyncLedger

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"

HOST = b"""
import QtQuick
import QtQuick.Controls.Basic
import ui

ApplicationWindow {
    id: host
    required property var bridges
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
        Component.onCompleted: setSource(homeUrl, { "bridges": host.bridges })
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


class FakePrinter(QObject):
    """Stands in for ``ReceiptPrinterBridge`` with the properties the dashboard reads."""

    statusChanged = Signal()
    failedCountChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.reprinted: list[str] = []

    @Property(str, notify=statusChanged)
    def status(self) -> str:
        return "failed"

    @Property(str, notify=statusChanged)
    def code(self) -> str:
        return "K7M-4QX-9TRP"

    @Property(str, notify=statusChanged)
    def detail(self) -> str:
        return "printer 'Kasse' is out of paper"

    @Property(int, notify=failedCountChanged)
    def failedCount(self) -> int:
        return 2

    @Slot(str, result=bool)
    def reprint(self, code: str) -> bool:
        self.reprinted.append(code)
        return True


class FakeSync(QObject):
    """Stands in for ``SyncBridge`` with what the dashboard reads and calls."""

    statusChanged = Signal()
    filesWritten = Signal(int, str, arguments=["count", "folder"])
    filesFailed = Signal(str, arguments=["reason"])

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    @Property(str, notify=statusChanged)
    def statusText(self) -> str:
        return "Zuletzt übertragen: 28.09.2026 10:15 – 3 Karten warten"

    @Property(int, notify=statusChanged)
    def pendingCards(self) -> int:
        return 3

    @Slot()
    def syncNow(self) -> None:
        self.calls.append("syncNow")

    @Slot(str)
    def writeBatchFiles(self, folder: str) -> None:
        self.calls.append(folder)
        self.filesWritten.emit(2, folder)


def _submit(station, clock, text, **fields):
    clock.advance(90)
    values = {"prompt_id": "idee", "topic_id": "wohnen", "text": text}
    values.update(fields)
    return station.intake.submit(CardDraft(**values))


@pytest.fixture
def dashboard(request, qtbot, station, clock, tmp_path):
    """The dashboard over a filled station.

    ``indirect`` parameters: {"printer": True} adds fake printer and sync bridges,
    {"sync": True} the real sync bridge (no collector), {"language": "en"} opens the
    dashboard in English.
    """
    params = getattr(request, "param", {})
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

    def targets(data_dir: Path) -> list[ExportTarget]:
        folder = data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        return [ExportTarget("STADT-DO", stick, True, 15_400_000_000, True),
                ExportTarget("", folder, False, 80_000_000_000, True)]

    pool = QThreadPool()
    exports = ExportBridge(Exporter(station.db, station.config, clock), tmp_path / "data",
                           pool, find_targets=targets)
    facilitator = FacilitatorBridge(
        station.config, station.db, station.sessions, station.archive, station.intake,
        Moderation(station.db, station.audit, clock), station.audit, exports)
    printer = FakePrinter()
    sync = FakeSync()
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_dir()))
    language = LanguageBridge(engine, ["de", "en"], resources_dir() / "translations", engine)
    facilitator.follow(language)  # as attach_to_kiosk does
    home_url = QUrl.fromLocalFile(str(ui_dir() / "facilitator" / "FacilitatorHome.qml"))
    engine.rootContext().setContextProperty("homeUrl", home_url)
    bridges: dict[str, QObject] = {"facilitator": facilitator, "language": language}
    if params.get("printer"):
        bridges["printer"] = printer
        bridges["sync"] = sync
    if params.get("sync"):
        real_sync = SyncBridge(SyncLedger(station.db).status, parent=engine)
        real_sync.follow(language)
        bridges["sync"] = real_sync
    language.setLanguage(params.get("language", "de"))
    engine.setInitialProperties({"bridges": bridges})
    engine.loadData(HOST, QUrl.fromLocalFile(str(ROOT / "tests" / "qml" / "Host.qml")))
    window = engine.rootObjects()[0]
    qtbot.waitExposed(window)
    view = Dashboard(qtbot, engine, window, facilitator, station, cards, stick, printer)
    view.sync = sync
    view.language = language
    qtbot.waitUntil(lambda: view.find("overviewPage") is not None)
    yield view
    pool.waitForDone(30_000)
    language.setLanguage("de")  # the translator is application-wide
    window.close()
    engine.deleteLater()
    facilitator.deleteLater()


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
        codes = [row["code"] for row in csv.DictReader(handle, delimiter=";")]
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


def test_devices_page_without_a_printer_or_sync(dashboard):
    dashboard.tap("nav_devices")
    assert "noch nicht angeschlossen" in dashboard.text_of("printerStatus")
    assert "noch nicht angeschlossen" in dashboard.text_of("syncStatus")
    dashboard.shoot("devices_unattached")


@pytest.mark.parametrize("dashboard", [{"printer": True}], indirect=True)
def test_devices_page_with_printer_and_sync_attached(dashboard):
    dashboard.tap("nav_devices")
    assert dashboard.text_of("printerStatus") == "Beleg K7M-4QX-9TRP konnte nicht gedruckt werden"
    assert "2 Beleg(e) endgültig fehlgeschlagen" in dashboard.text_of("printerQueue")
    dashboard.type_into("reprintCode", "K7M-4QX-9TRP")
    dashboard.tap("reprintButton")
    assert dashboard.printer.reprinted == ["K7M-4QX-9TRP"]
    assert "3 Karten warten" in dashboard.text_of("syncStatus")
    dashboard.tap("syncNow")
    dashboard.tap("syncToStick")
    assert dashboard.sync.calls == ["syncNow", str(dashboard.stick)]
    assert "2 Stapel-Datei(en) gespeichert" in dashboard.text_of("syncBatchResult")
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


@pytest.mark.parametrize("dashboard", [{"language": "en", "sync": True}], indirect=True)
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
    assert "not given" in dashboard.texts_under("chartAgeGroups")
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
    assert "Was macht Dortmund heute aus?" in text and "ohne Angabe" in text
    assert "What makes Dortmund" not in text and "not given" not in text
