"""Wiring: build the kiosk's bridges, load ``ui/``, open the station behind it and run it.

Everything Qt-facing is created here exactly once and handed to ``ui/Main.qml`` as required
properties (constructor injection). The start screen needs only the configuration, so it is
painted first; the station's database, the on-screen keyboard and the extensions follow
right after its first frame (an attendee cannot tap that fast).

Other features plug in without editing this file: any module in ``station_app.qml`` that
defines ``attach_to_kiosk(context: KioskContext)`` is called once the station is open. It
may add bridges to ``context.bridges`` (QML sees them as ``root.bridges.<name>``; the
facilitator area gets the same map) and connect to the kiosk's signals, e.g. the receipt
printer to ``context.kiosk.cardSubmitted``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the start screen needs is imported here: every further PySide module or class
# (e.g. the ``Qt`` namespace, which builds all its enums) costs start-up time.
from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow  # so the root object is wrapped as what it is

import station_app.qml as bridge_package
from station_app.config import StationConfig
from station_app.contacts import ContactPool
from station_app.display import choose_display
from station_app.errors import UserError
from station_app.paths import qml_import_dir, resources_dir, ui_dir
from station_app.process_clock import seconds_since_process_start
from station_app.qml.contact import ContactBridge
from station_app.qml.idle import IdleWatch
from station_app.qml.kiosk import KioskBridge
from station_app.qml.language import LanguageBridge
from station_app.qml.pin import PinBridge

if TYPE_CHECKING:
    from station_app.station import Station

FONT_FAMILY = "Noto Sans"


@dataclass(frozen=True)
class KioskTiming:
    """How long the kiosk waits; tests shorten these, the station takes them from config."""

    inactivity_ms: int
    warning_seconds: int
    thank_you_ms: int
    tick_ms: int = 1000

    @classmethod
    def from_config(cls, config: StationConfig) -> KioskTiming:
        kiosk = config.kiosk
        return cls(kiosk.inactivity_seconds * 1000, kiosk.warning_seconds,
                   kiosk.thank_you_seconds * 1000)


@dataclass
class KioskContext:
    """What an ``attach_to_kiosk`` extension gets: the station and the bridges so far."""

    station: Station
    engine: QQmlApplicationEngine
    kiosk: KioskBridge
    bridges: dict[str, QObject] = field(default_factory=dict)


@dataclass
class Kiosk:
    """A loaded kiosk: the engine, its window and the bridges (tests drive it through these).

    Right after the start screen's first frame the station is opened (``station``), the
    extensions attach and the on-screen keyboard loads; then ``ready`` is true and the
    ``when_ready`` actions run. ``failure`` holds the reason if the station could not be
    opened.
    """

    engine: QQmlApplicationEngine
    window: QQuickWindow
    bridges: dict[str, QObject]
    first_frame: FirstFrame
    station: Station | None = None
    failure: str = ""
    ready_milliseconds: float = -1.0
    on_failure: Callable[[str], None] = field(default=lambda _reason: QCoreApplication.exit(2))
    _when_ready: list[Callable[[], None]] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.ready_milliseconds >= 0

    def when_ready(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the kiosk is ready for cards (at once if it is)."""
        if self.ready:
            action()
        else:
            self._when_ready.append(action)

    def _keyboard_loaded(self) -> None:
        if self.ready or self.station is None or not self.window.property("keyboardLoaded"):
            return
        self.ready_milliseconds = seconds_since_process_start() * 1000
        actions, self._when_ready = self._when_ready, []
        for action in actions:
            action()

    def _start_station(self, open_station: Callable[[], Station]) -> None:
        """After the first frame: open the database and plug in everything that needs it."""
        from station_app.qml.qr_images import PROVIDER_ID, QrImageProvider
        from station_app.storage.contacts import ContactStore  # sqlite-utils loads here
        from station_app.storage.database import write_transaction

        try:
            station = open_station()
        except UserError as error:
            self.failure = str(error)
            self.on_failure(self.failure)
            return
        self.engine.addImageProvider(PROVIDER_ID, QrImageProvider())  # thank-you screen
        self.kiosk.attach_intake(station.intake, lambda: write_transaction(station.db))
        self.bridges["contact"].attach_pool(  # type: ignore[attr-defined]
            ContactPool(station.config.contact, station.config.station.id, station.sessions,
                        ContactStore(station.db)))
        self.bridges["pin"].attach_pin(station.pin, station.audit)  # type: ignore[attr-defined]
        _attach_extensions(KioskContext(station, self.engine, self.kiosk, self.bridges))
        self.window.setProperty("bridges", dict(self.bridges))
        self.station = station
        self.window.setProperty("stationReady", True)  # the on-screen keyboard loads next

    @property
    def kiosk(self) -> KioskBridge:
        return self.bridges["kiosk"]  # type: ignore[return-value]

    @property
    def idle(self) -> IdleWatch:
        return self.bridges["idle"]  # type: ignore[return-value]

    def close(self) -> None:
        """Tear the kiosk down (tests); the running station leaves through the PIN."""
        app = QGuiApplication.instance()
        app.removeEventFilter(self.bridges["idle"])
        QGuiApplication.inputMethod().hide()  # the input method is application-wide
        QGuiApplication.inputMethod().reset()
        self.window.setProperty("allowClose", True)
        self.window.close()
        self.engine.deleteLater()


# Qt Virtual Keyboard loads Qt Multimedia for key sounds, which probes for PipeWire from a
# thread of its own and warns when a machine has none. Not our concern, and a warning from
# that thread would have to wait for the GUI thread if the message handler is Python.
_QUIET_QT = "qt.multimedia.symbolsresolver.warning=false"
# Qt 6.12's own virtual keyboard style (PopupList) triggers a QML property warning; kept
# audible in tests (which ignore exactly that message) but not written by the running kiosk.
_QUIET_QT_KIOSK = "qt.qml.propertyCache.append.warning=false"


def prepare_qt_environment(*, running_kiosk: bool = False) -> None:
    """Settings that must be in place before the QGuiApplication exists."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ["QT_QUICK_CONTROLS_STYLE"] = "Basic"  # as QQuickStyle.setStyle("Basic")
    rules = [_QUIET_QT, _QUIET_QT_KIOSK] if running_kiosk else [_QUIET_QT]
    QLoggingCategory.setFilterRules("\n".join(rules))


def load_fonts() -> None:
    """Register the screen's font and make Noto Sans the application font.

    (The receipt printer registers its DejaVu Sans itself, when it first prints.)
    """
    fonts = resources_dir() / "fonts"
    for path in sorted(fonts.glob("NotoSans*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(path))
    if FONT_FAMILY in QFontDatabase.families():
        font = QFont(FONT_FAMILY)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        QGuiApplication.setFont(font)


def facilitator_home_url() -> str:
    """``ui/facilitator/FacilitatorHome.qml`` if it exists, else '' (a built-in fallback)."""
    path = ui_dir() / "facilitator" / "FacilitatorHome.qml"
    return QUrl.fromLocalFile(str(path)).toString() if path.exists() else ""


def build_kiosk(config: StationConfig, open_station: Callable[[], Station], *,
                windowed: bool = True, timing: KioskTiming | None = None,
                leave: Callable[[], None] | None = None,
                translations_dir: Path | None = None) -> Kiosk:
    """Create the bridges, load ``ui/Main.qml`` and show the start screen.

    The start screen needs only the configuration. Right after its first frame the kiosk
    calls ``open_station`` (the database), attaches the card intake, the Mitmachpool and
    the PIN to the bridges, runs the ``attach_to_kiosk`` extensions and loads the on-screen
    keyboard; ``Kiosk.ready`` is true from then on. If the station cannot be opened,
    ``Kiosk.failure`` says why and ``on_failure`` (default: end the event loop with exit
    status 2) is called. ``leave`` is what a facilitator's "Kiosk verlassen" does (default:
    end the event loop).
    """
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("create the QGuiApplication before build_kiosk()")
    timing = timing or KioskTiming.from_config(config)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_dir()))

    language = LanguageBridge(engine, config.kiosk.languages,
                              translations_dir or resources_dir() / "translations", engine)
    contact = ContactBridge(config.contact, language, engine)
    kiosk = KioskBridge(config, contact, language, parent=engine)
    idle = IdleWatch(timing.inactivity_ms, timing.warning_seconds, timing.thank_you_ms,
                     timing.tick_ms, engine)
    app.installEventFilter(idle)
    window_ref: dict[str, QQuickWindow] = {}

    def leave_kiosk() -> None:
        window_ref["window"].setProperty("allowClose", True)
        (leave or (lambda: QCoreApplication.exit(0)))()

    pin = PinBridge(leave_kiosk, facilitator_home_url(), engine)
    bridges: dict[str, QObject] = {"kiosk": kiosk, "language": language, "contact": contact,
                                   "pin": pin, "idle": idle}
    engine.setInitialProperties({**{name: bridges[name] for name in
                                    ("kiosk", "language", "contact", "pin", "idle")},
                                 "bridges": bridges, "lockedDown": not windowed})
    engine.loadFromModule("ui", "Main")
    roots = engine.rootObjects()
    if not roots:
        raise UserError("the kiosk's user interface could not be loaded (see the log)")
    window = roots[0]
    window_ref["window"] = window
    built = Kiosk(engine, window, bridges, FirstFrame(window))
    window.keyboardLoadedChanged.connect(built._keyboard_loaded)
    built.first_frame.then(lambda: built._start_station(open_station))
    if windowed:
        window.show()
    else:
        window.showFullScreen()  # frameless and on top: Main.qml's flags when lockedDown
    return built


def _attach_extensions(context: KioskContext) -> None:
    for info in pkgutil.iter_modules(bridge_package.__path__):
        module = importlib.import_module(f"{bridge_package.__name__}.{info.name}")
        attach = getattr(module, "attach_to_kiosk", None)
        if callable(attach):
            attach(context)


class FirstFrame(QObject):
    """Runs work once the start screen's first frame is on screen.

    The on-screen keyboard and the optional extensions (printer, sync, dashboard) are not
    needed to show the invitation, so they load right after it appears. The signal may
    come from the render thread; this receiver lives in the GUI thread, so the slot runs
    there.
    """

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        self.milliseconds = -1.0
        self._then: list[Callable[[], None]] = []
        window.frameSwapped.connect(self._on_frame)

    def then(self, action: Callable[[], None], *, first: bool = False) -> None:
        """Run ``action`` after the first frame (at once if that has passed).

        Actions run in the order given; ``first`` puts this one before the others.
        """
        if self.milliseconds >= 0 and not self._then:
            action()
        elif first:
            self._then.insert(0, action)
        else:
            self._then.append(action)

    @Slot()
    def _on_frame(self) -> None:
        if self.milliseconds >= 0 or not self._window.property("startScreenShown"):
            return
        self.milliseconds = seconds_since_process_start() * 1000
        self._window.frameSwapped.disconnect(self._on_frame)
        # Not from inside the frame's signal: the render loop may still be finishing it.
        QTimer.singleShot(0, self._run_actions)

    def _run_actions(self) -> None:
        actions, self._then = self._then, []
        for action in actions:
            action()


def run_kiosk(config: StationConfig, data_dir: Path | None, *, windowed: bool = False,
              smoke_test: bool = False) -> int:
    """``station-app run``: the locked-down kiosk until a facilitator leaves it.

    ``data_dir`` None means the per-user data directory.
    """
    choose_display(smoke_test=smoke_test)
    prepare_qt_environment(running_kiosk=True)
    QGuiApplication.setApplicationName("station-app")
    QGuiApplication.setOrganizationName("Stadt Dortmund")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    load_fonts()

    def open_station() -> Station:
        from station_app.station import Station  # storage loads after the first frame

        return Station.open_with(config, data_dir)

    kiosk = build_kiosk(config, open_station, windowed=windowed or smoke_test)
    if smoke_test:
        kiosk.first_frame.then(lambda: print(
            f"first frame of the start screen after {kiosk.first_frame.milliseconds:.0f} ms "
            "since process start", flush=True), first=True)
        kiosk.when_ready(lambda: QCoreApplication.exit(0))
    try:
        status = app.exec()
        if kiosk.failure:
            raise UserError(kiosk.failure)
        if smoke_test:
            print(f"ready for cards (database open, keyboard and extensions loaded) after "
                  f"{kiosk.ready_milliseconds:.0f} ms")
        return status
    finally:
        if kiosk.station is not None:
            kiosk.station.close()
