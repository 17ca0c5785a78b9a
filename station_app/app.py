"""Wiring: build the kiosk's bridges over a ``Station``, load ``ui/`` and run it.

Everything Qt-facing is created here exactly once and handed to ``ui/Main.qml`` as required
properties (constructor injection). Other features plug in without editing this file: any
module in ``station_app.qml`` that defines ``attach_to_kiosk(context: KioskContext)`` is
called after the kiosk's own bridges exist and before the QML is loaded. It may add bridges
to ``context.bridges`` (QML sees them as ``root.bridges.<name>``; the facilitator area gets
the same map) and connect to the kiosk's signals, e.g. the receipt printer to
``context.kiosk.cardSubmitted``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

import station_app.qml as bridge_package
from station_app.config import StationConfig
from station_app.contacts import ContactPool
from station_app.errors import UserError
from station_app.paths import qml_import_dir, resources_dir, ui_dir
from station_app.process_clock import seconds_since_process_start
from station_app.qml.contact import ContactBridge
from station_app.qml.idle import IdleWatch
from station_app.qml.kiosk import KioskBridge
from station_app.qml.language import LanguageBridge
from station_app.qml.pin import PinBridge
from station_app.qml.qr_images import PROVIDER_ID, QrImageProvider
from station_app.station import Station
from station_app.storage.contacts import ContactStore
from station_app.storage.database import write_transaction

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
    """A loaded kiosk: the engine, its window and the bridges (tests drive it through these)."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    bridges: dict[str, QObject]
    first_frame: FirstFrame

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


def prepare_qt_environment() -> None:
    """Settings that must be in place before the QGuiApplication exists."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    QQuickStyle.setStyle("Basic")


def load_fonts() -> None:
    """Register the shipped fonts and make Noto Sans the application font."""
    fonts = resources_dir() / "fonts"
    for path in sorted(fonts.glob("*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(path))
    if FONT_FAMILY in QFontDatabase.families():
        font = QFont(FONT_FAMILY)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        QGuiApplication.setFont(font)


def facilitator_home_url() -> str:
    """``ui/facilitator/FacilitatorHome.qml`` if it exists, else '' (a built-in fallback)."""
    path = ui_dir() / "facilitator" / "FacilitatorHome.qml"
    return QUrl.fromLocalFile(str(path)).toString() if path.exists() else ""


def build_kiosk(station: Station, *, windowed: bool = True, timing: KioskTiming | None = None,
                leave: Callable[[], None] | None = None,
                translations_dir: Path | None = None,
                extensions_after_first_frame: bool = False) -> Kiosk:
    """Create the bridges, load ``ui/Main.qml`` and show the window.

    ``leave`` is what a facilitator's "Kiosk verlassen" does (default: end the event loop).
    With ``extensions_after_first_frame`` the ``attach_to_kiosk`` extensions run right
    after the start screen is painted (``station-app run``) instead of before loading.
    """
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("create the QGuiApplication before build_kiosk()")
    config = station.config
    timing = timing or KioskTiming.from_config(config)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_dir()))
    engine.addImageProvider(PROVIDER_ID, QrImageProvider())

    language = LanguageBridge(engine, config.kiosk.languages,
                              translations_dir or resources_dir() / "translations", engine)
    pool = ContactPool(config.contact, config.station.id, station.sessions,
                       ContactStore(station.db))
    contact = ContactBridge(pool, language, engine)
    kiosk = KioskBridge(config, station.intake, contact, language,
                        transaction=lambda: write_transaction(station.db), parent=engine)
    idle = IdleWatch(timing.inactivity_ms, timing.warning_seconds, timing.thank_you_ms,
                     timing.tick_ms, engine)
    app.installEventFilter(idle)
    window_ref: dict[str, QQuickWindow] = {}

    def leave_kiosk() -> None:
        window_ref["window"].setProperty("allowClose", True)
        (leave or (lambda: QCoreApplication.exit(0)))()

    pin = PinBridge(station.pin, station.audit, leave_kiosk, facilitator_home_url(), engine)
    bridges: dict[str, QObject] = {"kiosk": kiosk, "language": language, "contact": contact,
                                   "pin": pin, "idle": idle}
    context = KioskContext(station, engine, kiosk, bridges)
    if not extensions_after_first_frame:
        _attach_extensions(context)

    engine.setInitialProperties({**{name: bridges[name] for name in
                                    ("kiosk", "language", "contact", "pin", "idle")},
                                 "bridges": bridges})
    engine.loadFromModule("ui", "Main")
    roots = engine.rootObjects()
    if not roots:
        raise UserError("the kiosk's user interface could not be loaded (see the log)")
    window = roots[0]
    window_ref["window"] = window
    first_frame = FirstFrame(window)
    first_frame.then(lambda: window.setProperty("firstFrameShown", True))
    if extensions_after_first_frame:
        def attach_late() -> None:
            _attach_extensions(context)
            window.setProperty("bridges", dict(bridges))

        first_frame.then(attach_late)
    if windowed:
        window.show()
    else:
        window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint
                        | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    return Kiosk(engine, window, bridges, first_frame)


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

    def then(self, action: Callable[[], None]) -> None:
        """Run ``action`` after the first frame (at once if that has passed)."""
        if self.milliseconds >= 0 and not self._then:
            action()
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


def run_kiosk(station: Station, *, windowed: bool = False, smoke_test: bool = False) -> int:
    """``station-app run``: the locked-down kiosk until a facilitator leaves it."""
    prepare_qt_environment()
    QGuiApplication.setApplicationName("station-app")
    QGuiApplication.setOrganizationName("Stadt Dortmund")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    load_fonts()
    try:
        kiosk = build_kiosk(station, windowed=windowed or smoke_test,
                            extensions_after_first_frame=True)
        if smoke_test:
            kiosk.first_frame.then(lambda: QCoreApplication.exit(0))
            status = app.exec()
            print(f"first frame of the start screen after {kiosk.first_frame.milliseconds:.0f}"
                  " ms since process start")
            return status
        return app.exec()
    finally:
        station.close()
