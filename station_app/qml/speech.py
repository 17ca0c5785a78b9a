"""Speech output: the "Vorlesen" control's bridge to Qt TextToSpeech.

What is said comes from ``station_app.speech_script`` (Qt-free); this bridge hands it to an
engine – speech-dispatcher (``speechd``, with espeak-ng on Debian) on Linux, WinRT or SAPI on
Windows – chosen by ``STATION_APP_SPEECH_ENGINE`` (``mock``: Qt's test engine; ``none``: no
speech) or else the platform's own. Without a usable engine or voice ``available`` is false
and the control is hidden.

Connecting to an engine is slow (speech-dispatcher: 1–2 s, listing every voice of every
module) and ``PySide6.QtTextToSpeech`` costs ~120 ms to import, so neither happens before
the start screen: ``start()`` loads the engine on a thread of its own after the kiosk has
started, and moves it to the GUI thread. The connection is the process's, shared by the
kiosks a test session builds one after another (``EngineLoad``).

While speech is on, a touch that is held (``HOLD_MS``) reads the control under the finger
instead of pressing it: ``watch(window)`` withholds each press until it is clear whether it
is a tap (then the press is delivered as it came, with its release) or a hold (then the
whole touch is swallowed and ``held(x, y)`` names the place).
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QObject,
    QPointF,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app import speech_script
from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME
from station_app.qml.language import FollowsLanguage, locale_name
from station_app.speech_script import Part

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QWindow
    from PySide6.QtTextToSpeech import QTextToSpeech

__all__ = ["ENGINE_VARIABLE", "QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "SpeechBridge",
           "speech_readiness"]

ENGINE_VARIABLE = "STATION_APP_SPEECH_ENGINE"
HOLD_MS = 700
"""How long a touch is held before it reads the control instead of pressing it."""
SLOP = 16.0
"""Pixels a held finger may wander (further: it scrolls, and the press is delivered)."""
VOLUME_DEFAULT, VOLUME_STEP, VOLUME_RANGE = 0.8, 0.1, (0.2, 1.0)
RATE_DEFAULT, RATE_STEP, RATE_RANGE = 0.0, 0.25, (-0.75, 0.75)
SETTLE_MS = 5000
"""How long the kiosk's start waits for the engine at most (it may still arrive later)."""
THREADED = frozenset({"speechd"})
"""Engines that connect on a worker thread (see ``EngineLoad``)."""

# QEvent::Type values as numbers (see idle.py: QEvent.Type's enum is costly to build).
_PRESS, _MOVE, _RELEASE = frozenset({2, 194}), frozenset({5, 195}), frozenset({3, 196, 209})
_SPEAKING, _READY, _ERROR = 1, 0, 4  # QTextToSpeech.State values


def engine_setting() -> str:
    return os.environ.get(ENGINE_VARIABLE, "")


class EngineLoad(QObject):
    """Connects to one engine once per process; ``loaded`` when done (``speech`` is then the
    engine, or None when it cannot speak).

    speech-dispatcher's engine is made on a worker thread: it keeps no timers and reports
    from libspeechd's own thread anyway, so the QTextToSpeech in front of it can move to
    the GUI thread. Every other engine is made on the GUI thread, right away: the mock
    engine speaks with a timer of its own, SAPI and WinRT belong to the thread that made
    them.
    """

    loaded = Signal()
    _finished = Signal()
    _loads: ClassVar[dict[str, EngineLoad]] = {}

    def __init__(self, name: str) -> None:
        super().__init__(QCoreApplication.instance())
        self.name = name
        self.done = False
        self.speech: QTextToSpeech | None = None
        self._result: QTextToSpeech | None = None
        self._finished.connect(self._arrive)

    @classmethod
    def of(cls, name: str) -> EngineLoad:
        """The process's load of engine ``name``, started on first use."""
        load = cls._loads.get(name)
        if load is None:
            load = cls._loads[name] = cls(name)
            gui = QThread.currentThread()
            if name in THREADED:
                threading.Thread(target=load._connect, args=(gui,), name=f"speech-{name}",
                                 daemon=True).start()
            else:
                load._connect(gui)
                load._arrive()
        return load

    def _connect(self, gui: QThread) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            speech = QTextToSpeech(self.name)
            if speech.state().value == _ERROR or not speech.availableLocales():
                speech = None
            elif speech.thread() is not gui:
                speech.moveToThread(gui)
            self._result = speech
        finally:
            if self.name in THREADED:
                self._finished.emit()

    @Slot()
    def _arrive(self) -> None:
        self.speech, self._result = self._result, None
        if self.speech is not None:
            self.speech.setParent(self)
        self.done = True
        self.loaded.emit()


@QmlElement
@QmlUncreatable("SpeechBridge is provided by the application")
class SpeechBridge(QObject, FollowsLanguage):
    """The kiosk's voice: off until an attendee turns "Vorlesen" on, off again for the next.

    Signals:
        availableChanged: an engine with a voice arrived (or none will).
        activeChanged: speech was turned on or off.
        speakingChanged: the engine started or stopped speaking.
        settingsChanged: volume or rate changed.
        readWanted: the screen on show should hand over its parts (``readScreen``): speech
            was turned on, or the language changed while it is on.
        held: a touch was held at (x, y) in the window: read the control there.
        utteranceStarted: the engine began to speak this text.
    """

    availableChanged = Signal()
    activeChanged = Signal()
    speakingChanged = Signal()
    settingsChanged = Signal()
    readWanted = Signal()
    held = Signal(float, float)
    utteranceStarted = Signal(str)

    def __init__(self, parent: QObject | None = None, *, engine: str | None = None) -> None:
        super().__init__(parent)
        self._setting = engine_setting() if engine is None else engine
        self._engine_name: str | None = None
        self._load: EngineLoad | None = None
        self._waiting = False
        self._then: Callable[[], None] | None = None
        self._speech: QTextToSpeech | None = None
        self._language = "de"
        self._voiced = False
        self._active = False
        self._speaking = False
        self._volume = VOLUME_DEFAULT
        self._rate = RATE_DEFAULT
        self._current = ""
        self.handed: list[str] = []
        """Every text given to the engine's ``say()``, in order (kept for tests)."""
        self.spoken: list[str] = []
        """Every text the engine reported speaking (state Speaking after ``say()``)."""
        self._window: QWindow | None = None
        self._pressed: QEvent | None = None
        self._press_at = QPointF()
        self._swallowing = False
        self._replaying = False
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self._held)

    # --- engine -----------------------------------------------------------------------

    def start(self, then: Callable[[], None] | None = None) -> None:
        """Load the engine (speech-dispatcher's on a worker thread; ``available`` follows);
        ``then`` runs once it is there or cannot be, or after ``SETTLE_MS`` at the latest."""
        if self._load is not None or self._speech is not None:
            return
        self._then = then
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # after the first frame: ~120 ms
        except ImportError:  # a build without Qt's speech module: the control stays hidden
            engines: list[str] = []
        else:
            engines = QTextToSpeech.availableEngines()
        self._engine_name = speech_script.chosen_engine(self._setting, engines)
        if self._engine_name is None:
            self._settled()
            return
        self._load = EngineLoad.of(self._engine_name)
        if self._load.done:
            self._attach()
        else:
            self._waiting = True
            self._load.loaded.connect(self._attach)
            QTimer.singleShot(SETTLE_MS, self, self._settled)

    def _settled(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

    @Slot()
    def _attach(self) -> None:
        self._waiting = False
        if self._load is None or self._load.speech is None or self._speech is not None:
            self._settled()
            return
        speech = self._speech = self._load.speech
        speech.stop()
        speech.stateChanged.connect(self._state_changed)
        self._apply_voice()
        speech.setVolume(self._volume)
        speech.setRate(self._rate)
        self.availableChanged.emit()
        self._settled()

    def release(self) -> None:
        """Stop and let go of the engine (the kiosk is closing; the engine stays for the
        process's next kiosk)."""
        self._hold.stop()
        self._then = None
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        if self._load is not None and self._waiting:
            self._load.loaded.disconnect(self._attach)
        if self._speech is not None:
            self._speech.stateChanged.disconnect(self._state_changed)
            self._speech.stop()
            self._speech = None
        self._load = None

    def set_language(self, code: str) -> None:
        self._language = code
        if self._speech is not None:
            self.stop()
            self._apply_voice()
        if self._active:
            self.readWanted.emit()

    def _apply_voice(self) -> None:
        """The voice for the UI language: its locale's (the locale the engine knows for the
        language, the one Qt names first otherwise), else the engine's default voice."""
        from PySide6.QtCore import QLocale

        speech = self._speech
        if speech is None:
            return
        wanted = QLocale(locale_name(self._language))
        matching = [locale for locale in speech.availableLocales()
                    if locale.language() == wanted.language()]
        exact = [locale for locale in matching if locale.territory() == wanted.territory()]
        self._voiced = bool(matching)
        if matching:
            speech.setLocale((exact or matching)[0])

    @Property(bool, notify=availableChanged)
    def available(self) -> bool:
        """An engine with at least one voice: the control is shown."""
        return self._speech is not None

    @Property(str, notify=availableChanged)
    def engineName(self) -> str:
        return (self._engine_name or "") if self._speech is not None else ""

    @Property(bool, notify=availableChanged)
    def languageVoiced(self) -> bool:
        """The engine has a voice of the UI language (else its default voice reads)."""
        return self._speech is not None and self._voiced

    # --- on and off -------------------------------------------------------------------

    @Property(bool, notify=activeChanged)
    def active(self) -> bool:
        """Speech is on: screens read themselves, focus moves and holds are read."""
        return self._active

    @Slot(bool)
    def setActive(self, active: bool) -> None:
        active = active and self.available
        if active == self._active:
            return
        self._active = active
        if not active:
            self.stop()
        self.activeChanged.emit()
        if active:
            self.readWanted.emit()

    @Slot()
    def toggle(self) -> None:
        self.setActive(not self._active)

    @Slot()
    def reset(self) -> None:
        """For the next attendee: silent, off, default volume and rate."""
        self.setActive(False)
        self.stop()
        self._volume, self._rate = VOLUME_DEFAULT, RATE_DEFAULT
        if self._speech is not None:
            self._speech.setVolume(self._volume)
            self._speech.setRate(self._rate)
        self.settingsChanged.emit()

    @Property(bool, notify=speakingChanged)
    def speaking(self) -> bool:
        return self._speaking

    # --- reading ----------------------------------------------------------------------

    @Slot("QVariantList")
    def readScreen(self, parts: list[dict[str, object]]) -> None:
        """A screen's parts (title, texts, headings, choices …), while speech is on."""
        if self._active:
            self.say(speech_script.screen_script([Part.from_map(p) for p in parts],
                                                 self._language))

    @Slot("QVariantMap")
    def readControl(self, part: dict[str, object]) -> None:
        """The focused or held control: its name and state, while speech is on."""
        if self._active:
            self.say(speech_script.control_script(Part.from_map(part), self._language))

    @Slot(str)
    def readText(self, text: str) -> None:
        """"Text vorlesen": the attendee's text."""
        self.say(speech_script.text_script(text, self._language))

    @Slot()
    def stop(self) -> None:
        self._current = ""
        if self._speech is not None and self._speech.state().value != _READY:
            self._speech.stop()
        self._set_speaking(False)

    def say(self, text: str) -> None:
        """Say ``text`` now (whatever was being said stops)."""
        if self._speech is None or not text:
            return
        self.stop()
        self._current = text
        self.handed.append(text)
        self._speech.say(text)

    @Slot("QTextToSpeech::State")  # by name: QtTextToSpeech is imported only when used
    def _state_changed(self, state: object) -> None:
        value = getattr(state, "value", state)
        if value == _SPEAKING and self._current:
            self.spoken.append(self._current)
            self.utteranceStarted.emit(self._current)
            self._current = ""
        self._set_speaking(value == _SPEAKING)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speakingChanged.emit()

    # --- volume and rate ----------------------------------------------------------------

    @Property(int, notify=settingsChanged)
    def volumePercent(self) -> int:
        return round(self._volume * 100)

    @Property(int, notify=settingsChanged)
    def rateStep(self) -> int:
        """0 is the voice's normal pace; each step is a quarter of the engine's range."""
        return round(self._rate / RATE_STEP)

    @Property(bool, notify=settingsChanged)
    def canLouder(self) -> bool:
        return self._volume < VOLUME_RANGE[1] - 1e-6

    @Property(bool, notify=settingsChanged)
    def canQuieter(self) -> bool:
        return self._volume > VOLUME_RANGE[0] + 1e-6

    @Property(bool, notify=settingsChanged)
    def canFaster(self) -> bool:
        return self._rate < RATE_RANGE[1] - 1e-6

    @Property(bool, notify=settingsChanged)
    def canSlower(self) -> bool:
        return self._rate > RATE_RANGE[0] + 1e-6

    @Slot(int)
    def changeVolume(self, steps: int) -> None:
        """Louder (+1) or quieter (-1), within the range."""
        low, high = VOLUME_RANGE
        self._volume = round(min(high, max(low, self._volume + steps * VOLUME_STEP)), 2)
        if self._speech is not None:
            self._speech.setVolume(self._volume)
        self.settingsChanged.emit()

    @Slot(int)
    def changeRate(self, steps: int) -> None:
        """Faster (+1) or slower (-1), within the range."""
        low, high = RATE_RANGE
        self._rate = round(min(high, max(low, self._rate + steps * RATE_STEP)), 2)
        if self._speech is not None:
            self._speech.setRate(self._rate)
        self.settingsChanged.emit()

    def engine_volume(self) -> float:
        return self._speech.volume() if self._speech is not None else 0.0

    def engine_rate(self) -> float:
        return self._speech.rate() if self._speech is not None else 0.0

    def engine(self) -> QTextToSpeech | None:
        """The QTextToSpeech in use (tests listen to its signals)."""
        return self._speech

    # --- touch and hold -----------------------------------------------------------------

    def watch(self, window: QWindow) -> None:
        """See the window's presses first (installed after the IdleWatch: called before it)."""
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or watched is not self._window:
            return False
        kind = event.type()
        if self._swallowing:
            if kind in _RELEASE:
                self._swallowing = False
            return kind in _PRESS or kind in _MOVE or kind in _RELEASE
        if kind in _PRESS:
            if not self._active or len(event.points()) != 1 or self._pressed is not None:
                return False
            self._pressed = event.clone()
            self._press_at = event.points()[0].position()
            self._hold.start()
            return True
        if self._pressed is None:
            return False
        if kind in _MOVE:
            moved = event.points()[0].position() - self._press_at
            if abs(moved.x()) + abs(moved.y()) <= SLOP:
                return True
            self._deliver_press()
            return False
        if kind in _RELEASE:
            self._deliver_press()
        return False

    def _deliver_press(self) -> None:
        """A tap or a scroll after all: the press goes to the window as it came."""
        self._hold.stop()
        pressed, self._pressed = self._pressed, None
        if pressed is None or self._window is None:
            return
        self._replaying = True
        try:
            QCoreApplication.sendEvent(self._window, pressed)
        finally:
            self._replaying = False

    @Slot()
    def _held(self) -> None:
        if self._pressed is None:
            return
        self._pressed = None
        self._swallowing = True
        self.held.emit(self._press_at.x(), self._press_at.y())


def _voice_module(voice: object) -> str:
    """The speech-dispatcher output module behind a voice (``espeak-ng``), read from the
    voice's serialised form: QVoice keeps it private."""
    from PySide6.QtCore import QByteArray, QDataStream, QIODevice

    data = QByteArray()
    out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    out << voice
    back = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    back.readQString()  # name
    back.readQString()  # locale
    back.readInt32()  # gender
    back.readInt32()  # age
    value = back.readQVariant()
    if isinstance(value, QByteArray):
        value = bytes(value.data())
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


def speech_readiness(languages: list[str]) -> str:
    """``station-app check``'s line about speech output (connects to the engine)."""
    from PySide6.QtCore import QLoggingCategory

    # Qt Multimedia, which Qt TextToSpeech loads, looks for PipeWire and says so (the rule
    # the kiosk's and the tests' Qt set up as well: app.prepare_qt_environment)
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return speech_script.readiness_line(None, [], [])
    if QCoreApplication.instance() is None:  # the command line (the kiosk has its own)
        from station_app.receipts.printing import ensure_gui_application

        ensure_gui_application()
    name = speech_script.chosen_engine(engine_setting(), QTextToSpeech.availableEngines())
    if name is None:
        return speech_script.readiness_line(None, [], [])
    known, module = _engine_voices(name)
    voiced = [code for code in languages if _language_of(code) in known]
    unvoiced = [code for code in languages if code not in voiced]
    return speech_script.readiness_line(name, voiced if known else [], unvoiced, module)


def _language_of(code: str) -> int:
    from PySide6.QtCore import QLocale

    return QLocale(locale_name(code)).language().value


@functools.cache
def _engine_voices(name: str) -> tuple[frozenset[int], str]:
    """The languages (``QLocale.Language`` values) engine ``name`` has voices for, and its
    speech-dispatcher module; asked once per process (a connection takes 1–2 s)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    speech = QTextToSpeech(name)
    if speech.state().value == _ERROR:
        return frozenset(), ""
    locales = speech.availableLocales()
    module = _voice_module(speech.voice()) if locales and name == "speechd" else ""
    return frozenset(locale.language().value for locale in locales), module
