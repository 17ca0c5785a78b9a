"""The facilitator dashboard tests' harness: the real QML engine (offscreen), by objectName.

The dashboard is loaded the way ``ui/Main.qml`` loads it (a Loader with its three typed
bridges) inside a small window, over a real station on a database file, following a real
``LanguageBridge`` (German unless a test switches). The bridges are the real ones; only the
receipt printer's hardware is a stand-in (out of paper). Every page is photographed into
``screenshots/`` (git-ignored); open them and look.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QThreadPool, QUrl
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


@pytest.fixture(scope="module")
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
def dashboard(request, qtbot, default_config, clock, tmp_path, _fonts):
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
    # Deleted now, not at some later event loop: the pages' timers (the live pending count)
    # must not run on into the next test and read this station's closed database.
    for done in (engine, facilitator):
        done.deleteLater()
        QCoreApplication.sendPostedEvents(done, QEvent.Type.DeferredDelete)
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
