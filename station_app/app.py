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
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

import station_app.qml as bridge_package
from station_app.config import StationConfig
from station_app.contacts import ContactPool
from station_app.errors import UserError
from station_app.paths import qml_import_dir, resources_dir, ui_dir
from station_app.qml.contact import ContactBridge
from station_app.qml.idle import IdleWatch
from station_app.qml.kiosk import KioskBridge
from station_app.qml.language import LanguageBridge
from station_app.qml.pin import PinBridge
from station_app.qml.qr_images import PROVIDER_ID, QrImageProvider
from station_app.station import Station
from station_app.storage.contacts import ContactStore
from station_app.storage.database import write_transaction

_IMPORTED_AT = time.monotonic()
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
                translations_dir: Path | None = None) -> Kiosk:
    """Create the bridges, load ``ui/Main.qml`` and show the window.

    ``leave`` is what a facilitator's "Kiosk verlassen" does (default: end the event loop).
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
    if windowed:
        window.show()
    else:
        window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint
                        | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    return Kiosk(engine, window, bridges)


def _attach_extensions(context: KioskContext) -> None:
    for info in pkgutil.iter_modules(bridge_package.__path__):
        module = importlib.import_module(f"{bridge_package.__name__}.{info.name}")
        attach = getattr(module, "attach_to_kiosk", None)
        if callable(attach):
            attach(context)


def seconds_since_process_start() -> float:
    """Wall time since the process started (Linux), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5): starttime, in clock ticks
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


class FirstFrameWatch(QObject):
    """Ends the event loop at the first frame that shows the start screen (smoke test)."""

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__(window)
        self._window = window
        self.milliseconds = -1.0
        # A QObject receiver: the signal may come from the render thread, the slot runs here.
        window.frameSwapped.connect(self._on_frame)

    @Slot()
    def _on_frame(self) -> None:
        if self.milliseconds < 0 and self._window.property("startScreenShown"):
            self.milliseconds = seconds_since_process_start() * 1000
            QCoreApplication.exit(0)


def run_kiosk(station: Station, *, windowed: bool = False, smoke_test: bool = False) -> int:
    """``station-app run``: the locked-down kiosk until a facilitator leaves it."""
    prepare_qt_environment()
    QGuiApplication.setApplicationName("station-app")
    QGuiApplication.setOrganizationName("Stadt Dortmund")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    load_fonts()
    try:
        kiosk = build_kiosk(station, windowed=windowed or smoke_test)
        if smoke_test:
            watcher = FirstFrameWatch(kiosk.window)
            status = app.exec()
            print(f"first frame of the start screen after {watcher.milliseconds:.0f} ms "
                  "since process start")
            return status
        return app.exec()
    finally:
        station.close()
