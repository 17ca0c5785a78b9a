"""Fixtures for driving the real kiosk (real QML engine, offscreen) by objectName.

The kiosk is built exactly as ``station-app run`` builds it (``app.build_kiosk``), over a
station whose database is a real file, so tests can read what was committed through a
second, independent SQLite connection.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from station_app.app import Kiosk, KioskTiming, build_kiosk, load_fonts, prepare_qt_environment
from station_app.clock import utc_now
from station_app.collector.store import CollectorStore
from station_app.config import StationConfig, load_config
from station_app.export import targets
from station_app.paths import database_path, default_config_path
from station_app.station import Station
from station_app.storage import open_database
from tests.qml.dashboard_harness import _fonts, dashboard  # noqa: F401 - the dashboard fixture

# Must be in place before pytest-qt creates the application.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Qt's mock speech engine: the "Vorlesen" control is there as on a station with a voice,
# without each kiosk waiting for speech-dispatcher (tests/e2e/test_speech_engine.py uses
# the real one).
os.environ.setdefault("STATION_APP_SPEECH_ENGINE", "mock")
prepare_qt_environment()



@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Garbage of earlier tests (an engine or window that Python holds in a reference cycle)
    is destroyed here, before pytest-qt starts capturing this test's Qt messages: its QML
    would otherwise complain of vanished bridges in whichever later test the garbage
    collector happens to run (seen once in CI: warnings of a destroyed dashboard failed
    an unrelated dashboard test)."""
    import gc

    from PySide6.QtCore import QCoreApplication

    gc.collect()
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


FACILITATOR_PIN = "2468"
SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080), "800x1280": (800, 1280)}


@pytest.fixture(scope="session")
def collector_key() -> PrivateKey:
    """The collector's key pair; the station only gets the public half."""
    return PrivateKey.generate()


@pytest.fixture
def kiosk_config(collector_key: PrivateKey) -> StationConfig:
    """The default Dortmund station with the Mitmachpool switched on."""
    config = load_config(default_config_path())
    public = base64.b64encode(bytes(collector_key.public_key)).decode()
    return dataclasses.replace(
        config, contact=dataclasses.replace(config.contact, collector_public_key=public))


NINE_LANGUAGES = ("de", "en", "tr", "ar", "pl", "ro", "bg", "uk", "ru")
"""The languages the embedded station is translated for (issue 17)."""


def nine_language_config(folder: Path) -> StationConfig:
    """The embedded station offering all nine languages: its TOML with the ``languages``
    line replaced, written into ``folder`` and loaded as ``station-app run --config`` would."""
    text = default_config_path().read_text("utf-8")
    offered = "languages = [" + ", ".join(f'"{code}"' for code in NINE_LANGUAGES) + "]"
    lines = [offered if line.startswith("languages = ") else line
             for line in text.splitlines()]
    assert offered in lines, "the embedded station has no [kiosk] languages line"
    path = folder / "nine-languages.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return load_config(path)


@pytest.fixture
def kiosk_config_nine(collector_key: PrivateKey, tmp_path: Path) -> StationConfig:
    """Like ``kiosk_config`` (the Mitmachpool on), offering all nine languages."""
    config = nine_language_config(tmp_path)
    public = base64.b64encode(bytes(collector_key.public_key)).decode()
    return dataclasses.replace(
        config, contact=dataclasses.replace(config.contact, collector_public_key=public))


@pytest.fixture
def make_station(tmp_path: Path) -> Iterator[Callable[[StationConfig], Station]]:
    """Open stations over real database files; closed after the test."""
    opened: list[Station] = []

    def make(config: StationConfig, pin: str | None = FACILITATOR_PIN,
             clock: Callable[[], dt.datetime] = utc_now) -> Station:
        data_dir = tmp_path / f"station{len(opened)}"
        db = open_database(database_path(data_dir))
        station = Station.assemble(config, data_dir, db, clock)
        if pin is not None:
            station.pin.set(pin)
        opened.append(station)
        return station

    yield make
    for station in opened:
        station.close()


class Driver:
    """Finds items by objectName and taps, types and waits like an attendee would."""

    def __init__(self, qtbot, kiosk: Kiosk, station: Station, left: list[int]) -> None:
        self.qtbot = qtbot
        self.kiosk = kiosk
        self.station = station
        self.window: QQuickWindow = kiosk.window
        self.left = left

    # --- finding ----------------------------------------------------------------------
    # The visual tree is walked top-down, carrying visibility, keyboard membership and the
    # enclosing Flickable. Walking up with parentItem() is avoided on purpose: in PySide6
    # 6.12 every call that returns None (the root's parentItem(), a missing property, an
    # empty findChild) drops a reference to None, and enough of them crash the interpreter.

    def walk(self) -> Iterator[Placed]:
        """Every item with whether it is shown, part of the keyboard, and its Flickable."""
        stack = [Placed(self.window.contentItem(), True, False, None)]
        while stack:
            placed = stack.pop()
            yield placed
            item = placed.item
            shown = placed.shown and item.isVisible() and item.opacity() > 0
            keyboard = placed.in_keyboard or item.objectName() == "keyboard"
            flickable = item if item.inherits("QQuickFlickable") else placed.flickable
            stack.extend(Placed(child, shown and child.isVisible() and child.opacity() > 0,
                                keyboard or child.objectName() == "keyboard", flickable)
                         for child in reversed(item.childItems()))

    def items(self) -> Iterator[QQuickItem]:
        return (placed.item for placed in self.walk())

    def shown_items(self) -> Iterator[Placed]:
        """Visible items that are not part of Qt's on-screen keyboard."""
        return (placed for placed in self.walk() if placed.shown and not placed.in_keyboard)

    def placed(self, name: str) -> Placed | None:
        return next((placed for placed in self.walk()
                     if placed.shown and placed.item.objectName() == name), None)

    def find(self, name: str) -> QQuickItem | None:
        """The visible item called ``name`` (or None)."""
        placed = self.placed(name)
        return placed.item if placed else None

    def wait_for(self, name: str, timeout: int = 5000) -> QQuickItem:
        self.qtbot.waitUntil(lambda: self.find(name) is not None, timeout=timeout)
        return self.find(name)

    def gone(self, name: str) -> bool:
        return self.find(name) is None

    @property
    def step(self) -> str:
        return self.window.property("currentStep")

    def wait_step(self, step: str, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: self.step == step and self.settled(), timeout=timeout)

    # --- acting -----------------------------------------------------------------------

    def centre(self, item: QQuickItem) -> QPoint:
        self.scroll_into_view(item)
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return point.toPoint()

    def settled(self) -> bool:
        """No screen transition running (StackView ignores taps while it animates), and the
        start screen's decoration has faded in."""
        if self.window.findChild(QObject, "screenStack").property("busy"):
            return False
        decoration = self.window.findChild(QObject, "startIllustration")
        return decoration is None or decoration.property("opacity") == 1

    def tap(self, name: str) -> None:
        self.qtbot.waitUntil(self.settled)
        item = self.wait_for(name)
        self.qtbot.waitUntil(lambda: item.isEnabled())
        self.qtbot.mouseClick(self.window, Qt.MouseButton.LeftButton, pos=self.centre(item))

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QGuiApplication.sendEvent(self.window, QKeyEvent(kind, key, modifiers, text))

    def open_dashboard(self, pin: str = FACILITATOR_PIN) -> None:
        """Ctrl+Shift+F, the PIN, and the dashboard's overview is on screen."""
        self.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                 | Qt.KeyboardModifier.ShiftModifier)
        self.wait_for("pinPad")
        for digit in pin:
            self.tap(f"pin_{digit}")
        self.tap("pin_ok")
        self.wait_for("overviewPage")

    def type(self, text: str) -> None:
        """Type on a hardware keyboard, one key event per character."""
        for char in text:
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key(0)
            if char.isascii() and char.isalnum():
                key = Qt.Key(ord(char.upper()))
            elif char == " ":
                key = Qt.Key.Key_Space
            self.key(key, text=char)

    def write_card(self, prompt: str, topic: str, text: str) -> None:
        """From the start screen: choose ``prompt`` and ``topic``, write ``text``, go on."""
        self.tap("startParticipate")
        self.tap(f"prompt_{prompt}")
        self.tap(f"topic_{topic}")
        self.wait_step("write")
        self.type(text)
        self.tap("write_next")
        self.wait_step("details")

    def focus_by_tab(self, name: str, limit: int = 60) -> None:
        """Press Tab until the item called ``name`` has the keyboard focus."""
        for _ in range(limit):
            focused = self.window.activeFocusItem()
            if focused is not None and focused.objectName() == name:
                return
            self.key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name!r}")

    def press_by_keyboard(self, name: str) -> None:
        self.qtbot.waitUntil(self.settled)
        self.focus_by_tab(name)
        self.key(Qt.Key.Key_Return)

    def scroll_into_view(self, item: QQuickItem) -> None:
        placed = next((p for p in self.walk() if p.item is item), None)
        if placed is None or placed.flickable is None:
            return
        flickable = placed.flickable
        content = flickable.property("contentItem")
        top = item.mapToItem(content, QPointF(0, 0)).y()
        view = flickable.height()
        y = flickable.property("contentY")
        if top < y or top + item.height() > y + view:
            limit = max(0.0, flickable.property("contentHeight") - view)
            flickable.setProperty("contentY", min(limit, max(0.0, top - view / 3)))

    # --- reading ----------------------------------------------------------------------

    def text_of(self, name: str) -> str:
        return self.wait_for(name).property("text")

    def stored_cards(self) -> list[dict]:
        """Cards as committed on disk, read through an independent connection."""
        with sqlite3.connect(database_path(self.station.data_dir)) as conn:
            conn.row_factory = sqlite3.Row
            return [dict(row) for row in conn.execute("SELECT * FROM cards ORDER BY rowid")]

    def stored_contacts(self) -> list[dict]:
        with sqlite3.connect(database_path(self.station.data_dir)) as conn:
            conn.row_factory = sqlite3.Row
            return [dict(row) for row in conn.execute("SELECT * FROM contacts")]


@dataclasses.dataclass(frozen=True)
class Placed:
    """An item as found in the visual tree."""

    item: QQuickItem
    shown: bool
    in_keyboard: bool
    flickable: QQuickItem | None


@pytest.fixture
def open_kiosk(qtbot, make_station) -> Iterator[Callable[..., Driver]]:
    """Build a kiosk (locked down as ``station-app run``, in a window of a given size) and a
    driver for it; ``locked_down=False`` is the development window (``--windowed``)."""
    built: list[Kiosk] = []
    load_fonts()

    def open_(config: StationConfig, *, size: tuple[int, int] = (1280, 800),
              timing: KioskTiming | None = None, locked_down: bool = True,
              pin: str | None = FACILITATOR_PIN,
              clock: Callable[[], dt.datetime] = utc_now) -> Driver:
        station = make_station(config, pin, clock)
        left: list[int] = []
        kiosk = build_kiosk(config, lambda: station, windowed=True, locked_down=locked_down,
                            timing=timing, leave=lambda: left.append(1))
        built.append(kiosk)
        kiosk.window.resize(*size)
        driver = Driver(qtbot, kiosk, station, left)
        qtbot.waitExposed(kiosk.window)
        root = kiosk.window.contentItem()
        qtbot.waitUntil(lambda: (root.width(), root.height()) == size)
        qtbot.waitUntil(lambda: kiosk.started)  # the station opens after the first frame
        driver.wait_step("start")
        return driver

    yield open_
    for kiosk in built:
        kiosk.close()
    QGuiApplication.processEvents()


def walk_every_screen(driver: Driver, visit: Callable[[str], None]) -> None:
    """Go through every screen and state an attendee can see, calling ``visit(name)``."""
    visit("start")
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    driver.key(Qt.Key.Key_F, modifiers)
    driver.wait_for("pinPad")
    driver.tap("pin_1")
    driver.tap("pin_ok")
    driver.wait_for("pinMessage")
    visit("pin")
    driver.tap("pin_cancel")
    driver.qtbot.waitUntil(lambda: driver.gone("pinPad"))

    driver.tap("startParticipate")
    driver.wait_step("prompt")
    visit("prompt")
    driver.tap("prompt_herausforderungen")
    driver.wait_step("topic")
    visit("topic")
    driver.tap("topic_bildung")
    driver.wait_step("write")
    driver.type("Mehr Schulsozialarbeit in der Nordstadt, damit alle Kinder gute Chancen haben.")
    driver.qtbot.waitUntil(lambda: driver.window.property("keyboardVisible"))
    visit("write")
    driver.tap("write_next")
    driver.wait_step("details")
    driver.tap("district_innenstadt-nord")
    driver.tap("age_45-64")
    visit("details")
    driver.tap("details_next")
    if "contact" in driver.kiosk.kiosk.property("steps"):
        driver.wait_step("contact")
        driver.tap("contactEmail")
        driver.type("erika.mustermann@example.org")
        driver.tap("contactConsent")
        visit("contact")
        driver.tap("contact_next")
    driver.wait_step("review")
    visit("review")
    driver.station.db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON cards BEGIN SELECT RAISE(ABORT, 'full'); END")
    driver.tap("review_next")
    driver.wait_for("submitFailedMessage")
    visit("review-error")
    driver.station.db.execute("DROP TRIGGER refuse")
    driver.tap("review_next")
    driver.wait_step("thanks")
    driver.kiosk.kiosk.setReceiptStatus("printing")
    qr = driver.wait_for("thanksQr")
    driver.qtbot.waitUntil(lambda: qr.property("progress") == 1.0)
    visit("thanks")


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    """A USB stick "STADT-DO", mounted where the dashboard looks for sticks."""
    mount = tmp_path / "media" / "STADT-DO"
    mount.mkdir(parents=True)
    monkeypatch.setattr(targets, "removable_mounts", lambda *_args, **_kw: [mount])
    return mount


@pytest.fixture
def collector_db(tmp_path) -> Iterator[tuple[Path, CollectorStore]]:
    """A collector database and its store (the collector's own code writes enrolments)."""
    path = tmp_path / "collector.db"
    store = CollectorStore.open(str(path))
    yield path, store
    store.close()
