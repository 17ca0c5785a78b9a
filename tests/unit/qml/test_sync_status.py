"""The dashboard's sync bridge: status from the worker thread arrives on the GUI thread."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from starlette.testclient import TestClient

from station_app.collector.app import create_app
from station_app.collector.store import CollectorStore
from station_app.paths import resources_dir
from station_app.protocol.enrolment import write_enrolment
from station_app.qml.sync_status import SyncBridge
from station_app.sync import Backoff, StationSync, SyncWorker, enrolment_path
from station_app.sync.control import SyncControl
from station_app.sync.transport import CollectorClient
from tests.e2e.sync_fixtures import add_cards, enrol, open_station, station_config


@pytest.fixture
def setup(tmp_path):
    store = CollectorStore.open(":memory:")
    enrolment = enrol(store, "buergerhalle-1", tmp_path)
    station = open_station(station_config(batch_size=20), tmp_path)
    write_enrolment(enrolment, enrolment_path(station.config, tmp_path))
    http = TestClient(create_app(store), base_url="http://collector")
    yield station, enrolment, http
    http.close()
    station.close()
    store.close()


def test_bridge_shows_pending_then_synced(qtbot, setup, tmp_path):
    station, enrolment, http = setup
    add_cards(station, 45)
    worker = SyncWorker(
        lambda: StationSync(station.config, station.db, enrolment,
                            client=CollectorClient("http://collector", http=http)),
        interval=3600, backoff=Backoff(base=0.01, cap=0.05))
    bridge = SyncBridge(SyncControl(station.config, tmp_path, station.db, worker))
    assert bridge.pendingCount == 45 and bridge.lastSuccess == "" and bridge.online
    assert bridge.statusText == "Noch nicht übertragen"

    with qtbot.waitSignal(bridge.filesWritten, timeout=10_000) as written:
        bridge.writeBatchFiles(str(tmp_path / "usb"))
    assert written.args[0] == 3 and not bridge.busy
    assert bridge.pendingCount == 45  # files alone confirm nothing

    worker.start()
    try:
        qtbot.waitUntil(lambda: bridge.pendingCount == 0, timeout=20_000)
    finally:
        worker.stop()
    assert bridge.totalCount == 45 and bridge.lastSuccess and bridge.lastError == ""
    assert bridge.pendingCards == 0
    assert bridge.statusText.startswith("Zuletzt übertragen:")
    assert "alle Karten übertragen" in bridge.statusText
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", bridge.lastSuccess)

    with english(), qtbot.waitSignal(bridge.statusChanged):
        bridge.set_language("en")
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d", bridge.lastSuccess)
        assert bridge.statusText == \
            f"Last transferred: {bridge.lastSuccess} – all cards transferred"


def _usb_only(station, tmp_path) -> SyncControl:
    """A station whose enrolment is not installed: no collector to upload to."""
    enrolment_path(station.config, tmp_path).unlink()
    return SyncControl(station.config, tmp_path, station.db, SyncWorker(lambda: None, 3600))


def test_texts_follow_the_ui_language(qtbot, setup, tmp_path):
    station, _enrolment, _http = setup
    bridge = SyncBridge(_usb_only(station, tmp_path))
    assert bridge.statusText == "Kein Sammelstellen-Server eingerichtet: Übertragung per USB-Stick"
    with english():
        with qtbot.waitSignal(bridge.statusChanged):
            bridge.set_language("en")
        assert bridge.statusText == "No collection point server set up: transfer by USB stick"
        bridge.listener(None, None, "no collector URL")
        qtbot.waitUntil(lambda: bridge.statusText == "Sync error: No collection point set up")


@contextlib.contextmanager
def english() -> Iterator[None]:
    """The English translation installed while the block runs (what LanguageBridge does)."""
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "station_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_bridge_reports_worker_errors(qtbot, setup, tmp_path):
    station, _enrolment, _http = setup
    bridge = SyncBridge(_usb_only(station, tmp_path))
    with qtbot.waitSignal(bridge.statusChanged, timeout=5_000):
        bridge.listener(None, None, "no collector URL")
    assert bridge.lastError == "Keine Sammelstelle eingerichtet" and not bridge.online
    assert bridge.statusText == "Sync-Fehler: Keine Sammelstelle eingerichtet"
    bridge.syncNow()  # the worker is not running: nothing happens, nothing breaks
