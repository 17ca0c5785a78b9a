"""The kiosk application: load ``ui/``, open the station behind it and run it.

Every bridge is built in ``qml/wiring.py`` and handed to ``ui/Main.qml`` as typed
properties (constructor injection). The start screen needs only the configuration, so it
is painted first; the station's database, the receipt printer, sync, the dashboard and the
on-screen keyboard follow right after its first frame (an attendee cannot tap that fast).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the start screen needs is imported here: every further PySide module or class
# (e.g. the ``Qt`` namespace, which builds all its enums) costs start-up time.
from PySide6.QtCore import (
    QCoreApplication,
    QLoggingCategory,
    QObject,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

from station_app.config import StationConfig
from station_app.display import choose_display
from station_app.errors import UserError
from station_app.paths import qml_import_dir, resources_dir, ui_dir
from station_app.process_clock import seconds_since_process_start
from station_app.qml.idle import IdleWatch
from station_app.qml.kiosk import KioskBridge
from station_app.qml.wiring import KioskBridges, KioskTiming, start_screen_bridges
from station_app.qml.workarounds import install_workarounds

if TYPE_CHECKING:
    # Not imported at run time: PySide's QtQuick module costs ~15 ms before the first
    # frame; the window is used through QWindow's methods and its meta-object's signals.
    from PySide6.QtQuick import QQuickWindow

    from station_app.qml.config_update import ConfigUpdateWatch
    from station_app.qml.window_loss import WindowLossWatch
    from station_app.station import Station

__all__ = ["WINDOW_LOST_STATUS", "Kiosk", "KioskRun", "KioskTiming", "build_kiosk",
           "run_kiosk"]

FONT_FAMILY = "Noto Sans"

WINDOW_LOST_STATUS = 3
"""``station-app run`` ends with this status when the window system has taken the kiosk's
window away (destroyed it, or kept it unmapped): for its supervisor to start it afresh.
(0: a facilitator left; 1: Qt lost the X connection, or an unexpected failure; 2: one line
on bad input; 130/143: SIGINT/SIGTERM. All of them in ``docs/kiosk-setup.md``.)"""


@dataclass
class Kiosk:
    """A loaded kiosk: the engine, its window and the bridges (tests drive it through these).

    Right after the start screen's first frame the station is opened (``station``), sync
    and the dashboard attach and the on-screen keyboard loads; then ``ready`` is true (a
    card can be handed in) and the ``when_ready`` actions run. The receipt printer (Qt's
    print system, the slowest part) and the speech engine attach right after that; then
    ``started`` is true and the ``when_started`` actions run (a card handed in before that
    still gets its receipt). ``failure`` holds the reason if the station could not be opened.
    """

    engine: QQmlApplicationEngine
    window: QQuickWindow
    bridges: KioskBridges
    first_frame: FirstFrame
    station: Station | None = None
    failure: str = ""
    ready_milliseconds: float = -1.0
    on_failure: Callable[[str], None] = field(default=lambda _reason: QCoreApplication.exit(2))
    _when_ready: list[Callable[[], None]] = field(default_factory=list)
    started: bool = False
    closed: bool = False
    _when_started: list[Callable[[], None]] = field(default_factory=list)
    _stoppers: list[Callable[[], None]] = field(default_factory=list)
    _closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return self.ready_milliseconds >= 0

    def when_ready(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the kiosk is ready for cards (at once if it is)."""
        if self.ready:
            action()
        else:
            self._when_ready.append(action)

    def when_started(self, action: Callable[[], None]) -> None:
        """Run ``action`` once everything is attached, the printer too (at once if it is)."""
        if self.started:
            action()
        else:
            self._when_started.append(action)

    def when_closed(self, action: Callable[[], None]) -> None:
        """Run ``action`` first when the kiosk is torn down (``close``)."""
        self._closers.append(action)

    def _check_ready(self) -> None:
        """Ready once both halves are done: the station open, the keyboard loaded."""
        if self.ready or self.station is None or not self.window.property("keyboardLoaded"):
            return
        self.ready_milliseconds = seconds_since_process_start() * 1000
        actions, self._when_ready = self._when_ready, []
        for action in actions:
            action()
        QTimer.singleShot(0, self._attach_printer)

    def _attach_printer(self) -> None:
        from station_app.qml.wiring import attach_printer, attach_speech

        if self.station is None:
            return
        attach_printer(self.bridges, self.station, self.engine, self._stoppers)
        self.window.setProperty("printer", self.bridges.printer)
        attach_speech(self.bridges, self.window, self._speech_attached)

    def _speech_attached(self) -> None:
        """The speech engine is there (or cannot be): the kiosk has started."""
        if self.closed or self.started:
            return
        self.started = True
        actions, self._when_started = self._when_started, []
        for action in actions:
            action()

    def _start_station(self, open_station: Callable[[], Station]) -> None:
        """After the first frame: open the database and plug in everything that needs it."""
        from station_app.qml.wiring import attach_station

        try:
            station = open_station()
        except UserError as error:
            self.failure = str(error)
            self.on_failure(self.failure)
            return
        attach_station(self.bridges, station, self.engine, self._stoppers)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_background_work)
            self.when_closed(lambda: app.aboutToQuit.disconnect(self.stop_background_work))
        self.engine.destroyed.connect(lambda *_: self.stop_background_work())
        for name in ("sync", "facilitator"):
            self.window.setProperty(name, getattr(self.bridges, name))
        self.station = station
        self._check_ready()

    def stop_background_work(self) -> None:
        """Stop the printer and sync threads (once; the kiosk is ending)."""
        stoppers, self._stoppers = self._stoppers, []
        for stop in stoppers:
            stop()

    @property
    def kiosk(self) -> KioskBridge:
        return self.bridges.kiosk

    @property
    def idle(self) -> IdleWatch:
        return self.bridges.idle

    def close(self) -> None:
        """Tear the kiosk down (tests, and a switch to a new configuration: ``KioskRun``);
        the running station leaves through the PIN."""
        if self.closed:
            return
        self.closed = True
        closers, self._closers = self._closers, []
        for action in closers:
            action()
        self.stop_background_work()
        # Nothing may fire into a closed station: no idle reset, no language switch.
        self.bridges.idle.stop()
        self.bridges.speech.release()
        self.bridges.language.blockSignals(True)
        self.bridges.language.release()
        self.window.removeEventFilter(self.bridges.idle)
        QGuiApplication.inputMethod().hide()  # the input method is application-wide
        QGuiApplication.inputMethod().reset()
        self.window.setProperty("allowClose", True)
        self.window.close()
        # Delete the engine now, with its QML timers: a deleteLater() posted outside an event
        # loop would wait for a loop of the same level, which nested loops never are.
        self.engine.deleteLater()
        from PySide6.QtCore import QEvent  # not before the first frame: 1.5 ms to build

        QCoreApplication.sendPostedEvents(self.engine, QEvent.Type.DeferredDelete)


# Qt Virtual Keyboard loads Qt Multimedia for key sounds, which probes for PipeWire from a
# thread of its own and warns when a machine has none. Not our concern, and a warning from
# that thread would have to wait for the GUI thread if the message handler is Python.
_QUIET_QT = "qt.multimedia.symbolsresolver.warning=false"
# Qt 6.12's own virtual keyboard style (PopupList) triggers a QML property warning; kept
# audible in tests (which ignore exactly that message) but not written by the running kiosk.
_QUIET_QT_KIOSK = "qt.qml.propertyCache.append.warning=false"


KEYBOARD_STYLE = "dortmund"
"""The Qt Virtual Keyboard style in the Theme's colours (a folder under ui/keyboard)."""


def prepare_qt_environment(*, running_kiosk: bool = False) -> None:
    """Settings that must be in place before the QGuiApplication exists."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    # The on-screen keyboard in the house style (ui/keyboard/…/Styles/dortmund/style.qml).
    os.environ.setdefault("QT_VIRTUALKEYBOARD_STYLE", KEYBOARD_STYLE)
    os.environ["QT_QUICK_CONTROLS_STYLE"] = "Basic"  # as QQuickStyle.setStyle("Basic")
    rules = [_QUIET_QT, _QUIET_QT_KIOSK] if running_kiosk else [_QUIET_QT]
    QLoggingCategory.setFilterRules("\n".join(rules))


SYMBOL_FONT = "DejaVuSans"
"""The files of the last substitute (``load_fonts``)."""


def load_fonts() -> None:
    """Register the screen's fonts and make Noto Sans the application font.

    Noto Sans draws Latin, Greek and Cyrillic; each other script has its own bundled
    family (Noto Sans Arabic UI: Arabic with Noto Sans's line height, so that an Arabic
    screen is laid out as a German one). Those are made substitutes of Noto Sans, so that
    Arabic is drawn in them and not in whichever system font Qt's fallback finds first;
    DejaVu Sans (the receipt's font) comes last, for the few symbols Noto Sans lacks (the
    "→" of a station package's preview).
    """
    fonts = resources_dir() / "fonts"
    families: set[str] = set()
    for path in sorted(fonts.glob("NotoSans*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    symbols: list[str] = []
    for path in sorted(fonts.glob(f"{SYMBOL_FONT}*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        symbols += [name for name in QFontDatabase.applicationFontFamilies(font_id)
                    if name not in symbols]
    scripts = [*sorted(families - {FONT_FAMILY}), *symbols]
    if scripts:
        QFont.insertSubstitutions(FONT_FAMILY, scripts)
    if FONT_FAMILY in QFontDatabase.families():
        font = QFont(FONT_FAMILY)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        QGuiApplication.setFont(font)


def facilitator_home_url() -> str:
    """``ui/facilitator/FacilitatorHome.qml`` if it exists, else '' (a built-in fallback)."""
    path = ui_dir() / "facilitator" / "FacilitatorHome.qml"
    return QUrl.fromLocalFile(str(path)).toString() if path.exists() else ""


def build_kiosk(config: StationConfig, open_station: Callable[[], Station], *,
                windowed: bool = True, locked_down: bool | None = None,
                timing: KioskTiming | None = None,
                leave: Callable[[], None] | None = None,
                translations_dir: Path | None = None) -> Kiosk:
    """Create the bridges, load ``ui/Main.qml`` and show the start screen.

    The start screen needs only the configuration. Right after its first frame the kiosk
    calls ``open_station`` (the database), plugs the station into the bridges
    (``wiring.attach_station``: intake, PIN, printer, sync, dashboard) and loads the
    on-screen keyboard; ``Kiosk.ready`` is true from then on. If the station cannot be opened,
    ``Kiosk.failure`` says why and ``on_failure`` (default: end the event loop with exit
    status 2) is called. ``leave`` is what a facilitator's "Kiosk verlassen" does (default:
    end the event loop). ``windowed`` shows a normal window instead of full screen;
    ``locked_down`` (default: not windowed) refuses to close except through the PIN.
    """
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("create the QGuiApplication before build_kiosk()")
    if locked_down is None:
        locked_down = not windowed
    timing = timing or KioskTiming.from_config(config)
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(qml_import_dir()))
    engine.addImportPath(str(ui_dir() / "keyboard"))
    window_ref: dict[str, QQuickWindow] = {}

    def leave_kiosk() -> None:
        window_ref["window"].setProperty("allowClose", True)
        (leave or (lambda: QCoreApplication.exit(0)))()

    bridges = start_screen_bridges(config, engine, timing, leave_kiosk, facilitator_home_url(),
                                   translations_dir or resources_dir() / "translations")
    engine.setInitialProperties({**bridges.start_screen(), "lockedDown": locked_down})
    engine.loadFromModule("ui", "Main")
    roots = engine.rootObjects()
    if not roots:
        raise UserError("the kiosk's user interface could not be loaded (see the log)")
    window = roots[0]
    window_ref["window"] = window
    built = Kiosk(engine, window, bridges, FirstFrame(window))
    window.keyboardLoadedChanged.connect(built._check_ready)
    # After the first frame two things run side by side: the GUI thread compiles the rest of
    # the QML (flow screens, PIN pad, keyboard: C++, without the interpreter lock) while a
    # second thread imports the station's storage and sync modules (pure Python); the
    # station opens as soon as they are in.
    built.first_frame.then(lambda: window.setProperty("startScreenDrawn", True))
    built.first_frame.then(lambda: ModulePreloader(window).run(
        lambda: built._start_station(open_station)))
    # The inactivity watch sees the window's events only (every touch, click and key comes
    # through the window), not every event of every item: each event it sees is converted
    # to Python. The start screen never times out, so it starts after the first frame.
    built.first_frame.then(lambda: window.installEventFilter(bridges.idle))
    if windowed:
        window.show()
    else:
        window.showFullScreen()  # frameless and on top: Main.qml's flags when lockedDown
    return built


class ModulePreloader(QObject):
    """Imports the station's storage and sync modules on a thread of their own.

    They are pure Python (sqlite-utils alone takes ~100 ms); the GUI thread meanwhile
    compiles QML. Python's import lock keeps it safe: a module the GUI thread needs
    meanwhile is waited for, never loaded twice. ``then`` runs on the GUI thread once the
    imports are done (a queued signal), whether they worked or not (a failure shows when
    the station opens).

    Signals:
        done: the imports have finished.
    """

    done = Signal()

    def run(self, then: Callable[[], None]) -> None:
        self.done.connect(then)
        self.done.connect(self.deleteLater)
        threading.Thread(target=self._load, name="preload", daemon=True).start()

    def _load(self) -> None:
        try:
            import station_app.station  # storage, sqlite-utils
            import station_app.sync.control  # noqa: F401 - sync, PyNaCl
        finally:
            self.done.emit()


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


_SIGNAL_STATUS = {signal.SIGINT: 130, signal.SIGTERM: 143}


def stop_on_signals(app: QCoreApplication) -> QTimer:
    """Ctrl+C (SIGINT) and a supervisor's SIGTERM end the event loop cleanly.

    Python runs signal handlers only between bytecodes; while Qt's event loop waits in C++
    it would never get the chance, so a short timer lets the interpreter look.
    """
    def stop(number: int, _frame: object) -> None:
        app.exit(_SIGNAL_STATUS.get(number, 1))

    for number in _SIGNAL_STATUS:
        signal.signal(number, stop)
    timer = QTimer(app)
    timer.setInterval(200)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def end_when_window_is_lost(window: QQuickWindow, app: QCoreApplication,
                            noted: Callable[[str], None]) -> WindowLossWatch:
    """In the locked-down kiosk on X11: end the event loop with ``WINDOW_LOST_STATUS`` when
    the window is destroyed or stays unmapped (``qml/window_loss.py``); ``noted(reason)``
    first.

    The kiosk then leaves the way Ctrl+C does: the event loop ends, the background threads
    stop (``aboutToQuit``) and ``run_kiosk`` closes the database. A card being handed in
    is committed first (that happens inside one event, before the loop looks again).
    """
    from station_app.qml.window_loss import WindowLossWatch

    def lost(reason: str) -> None:
        noted(reason)
        app.exit(WINDOW_LOST_STATUS)

    watch = WindowLossWatch(window, lost)
    if watch.start():
        app.aboutToQuit.connect(watch.stop)
    return watch


_WINDOW_LOST_LINES = {
    "destroyed": "the window system destroyed the kiosk's window",
    "unmapped": "the window system has kept the kiosk's window hidden (minimised, unmapped or "
                "on another desktop)",
}


def report_window_lost(reason: str) -> None:
    """The one line a supervisor's log shows when the kiosk ends for want of a window."""
    what = _WINDOW_LOST_LINES.get(reason, f"the kiosk's window is gone ({reason})")
    print(f"station-app: error: {what}; ending with exit status {WINDOW_LOST_STATUS} so that "
          "the kiosk's supervisor starts it again", file=sys.stderr, flush=True)


class KioskRun:
    """``station-app run``'s kiosk over its data directory, switched to a new configuration
    at the start screen.

    ``build(config, open_station)`` builds one kiosk (``build_kiosk`` with the run's
    options), ``open_station(config)`` opens its station. With ``take_updates`` (the station
    runs on its installed configuration: no ``--config``) an update – the pending package
    sync fetched, or a package installed in the dashboard – is taken as soon as the start
    screen shows with nobody in the flow (``qml/config_update.py``): the pending package is
    installed (audit: ``package.install`` by ``sync``), the kiosk torn down, its database
    closed, and the kiosk built again on the new configuration, in the same event loop. A
    refused update is logged in one line and removed; the kiosk runs on as it was.
    """

    def __init__(self, config: StationConfig, data_dir: Path,
                 build: Callable[[StationConfig, Callable[[], Station]], Kiosk],
                 open_station: Callable[[StationConfig], Station], *,
                 take_updates: bool = True) -> None:
        self.data_dir = data_dir
        self._build = build
        self._open_station = open_station
        self._take_updates = take_updates
        self._watch: ConfigUpdateWatch | None = None
        self.switches = 0
        """How often the kiosk was built anew on a new configuration."""
        self.config = config
        self.kiosk = self._start(config)

    def _start(self, config: StationConfig) -> Kiosk:
        kiosk = self._build(config, lambda: self._open_station(config))
        self.config, self.kiosk = config, kiosk
        if self._take_updates:
            kiosk.when_started(lambda: self._watch_updates(kiosk))
        return kiosk

    def _watch_updates(self, kiosk: Kiosk) -> None:
        """Once the kiosk has started: look for the moment to take an update."""
        from station_app.qml.config_update import ConfigUpdateWatch

        if kiosk is not self.kiosk or kiosk.closed:
            return
        watch = ConfigUpdateWatch(kiosk.window, self.data_dir,
                                  lambda by_hand: self._switch(kiosk, by_hand))
        watch.follow(kiosk.bridges.sync)
        self._watch = watch
        kiosk.when_closed(watch.stop)
        watch.look()  # one may be waiting already

    def _switch(self, kiosk: Kiosk, installed_by_hand: bool) -> None:
        from station_app.config import load_config
        from station_app.config_switch import log, take_pending
        from station_app.enrolled import with_enrolled_key
        from station_app.paths import installed_config_path

        if kiosk is not self.kiosk or kiosk.closed or kiosk.station is None:
            return
        installed = take_pending(self.data_dir, self.config, audit=kiosk.station.audit)
        if installed is None and not installed_by_hand:
            return  # refused (logged): the kiosk runs on as it was
        try:
            config = with_enrolled_key(load_config(installed_config_path(self.data_dir)),
                                       self.data_dir)
        except UserError as error:
            log.warning("the new configuration cannot be loaded: %s", error)
            return
        quits = QGuiApplication.quitOnLastWindowClosed()
        QGuiApplication.setQuitOnLastWindowClosed(False)  # no window for a moment: not the end
        self.close()
        self.switches += 1
        self._start(config)
        QGuiApplication.setQuitOnLastWindowClosed(quits)

    def close(self) -> None:
        """Tear the kiosk down and close its database."""
        kiosk, self._watch = self.kiosk, None
        kiosk.close()
        if kiosk.station is not None:
            kiosk.station.close()


def run_kiosk(config: StationConfig, data_dir: Path | None, *, windowed: bool = False,
              smoke_test: bool = False, take_updates: bool = True) -> int:
    """``station-app run``: the locked-down kiosk until a facilitator leaves it.

    ``data_dir`` None means the per-user data directory. ``take_updates``: switch to a new
    configuration at the start screen (``KioskRun``; not with ``--config FILE``).
    """
    choose_display(smoke_test=smoke_test)
    prepare_qt_environment(running_kiosk=True)
    QGuiApplication.setApplicationName("station-app")
    QGuiApplication.setOrganizationName("Stadt Dortmund")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    # Locked down, only a facilitator's "Kiosk verlassen" ends it; a development window
    # (--windowed) closes like any other window.
    app.setQuitOnLastWindowClosed(windowed)
    stop_on_signals(app)
    load_fonts()

    from station_app.enrolled import with_enrolled_key
    from station_app.paths import default_data_dir

    data_dir = data_dir or default_data_dir()
    # The Mitmachpool step needs the collector's key, which comes with the enrolment.
    config = with_enrolled_key(config, data_dir)

    def open_station(config: StationConfig) -> Station:
        from station_app.station import Station  # storage loads after the first frame

        # A damaged database is set aside and a fresh one takes the cards (never lost).
        return Station.open_with(config, data_dir, set_aside_damaged=True)

    lost: list[str] = []

    def build(config: StationConfig, opener: Callable[[], Station]) -> Kiosk:
        kiosk = build_kiosk(config, opener, windowed=windowed or smoke_test)
        # Locked down, the kiosk refuses to be closed; if its window is taken away
        # regardless, it ends (exit status 3) rather than run on with no window (from the
        # first frame on: the watch's module need not delay the start screen).
        if not (windowed or smoke_test):
            kiosk.first_frame.then(lambda: kiosk.when_closed(
                end_when_window_is_lost(kiosk.window, app, lost.append).stop))
        return kiosk

    run = KioskRun(config, data_dir, build, open_station, take_updates=take_updates)
    kiosk = run.kiosk
    # The start screen emits a few signals only: the workarounds' guards can follow it.
    kiosk.first_frame.then(install_workarounds, first=True)
    if smoke_test:
        kiosk.first_frame.then(lambda: print(
            f"first frame of the start screen after {kiosk.first_frame.milliseconds:.0f} ms "
            "since process start", flush=True), first=True)
        kiosk.when_ready(lambda: print(
            f"ready for cards (database open, keyboard, sync and dashboard loaded) after "
            f"{kiosk.ready_milliseconds:.0f} ms", flush=True))
        kiosk.when_started(lambda: QCoreApplication.exit(0))  # the printer attached too
    try:
        status = app.exec()
        if run.kiosk.failure:
            raise UserError(run.kiosk.failure)
        if lost:
            report_window_lost(lost[0])
        return status
    finally:
        if run.kiosk.station is not None:
            run.kiosk.station.close()
