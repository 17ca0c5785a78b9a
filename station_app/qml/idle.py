"""Inactivity: warn, count down, then give the kiosk back to the next attendee."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

if TYPE_CHECKING:
    # Only a type here: importing the class builds it (1.5 ms before the first frame).
    from PySide6.QtCore import QEvent

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "IdleWatch"]

MODES = ("off", "flow", "thanks", "dashboard")

# QEvent::Type values, spelled as numbers (fixed by Qt's ABI; a test compares them with
# PySide's names): touching ``QEvent.Type`` builds its ~180-member enum, which the start
# screen need not wait for. ``event.type()`` is an IntEnum, so it matches these ints.
_PRESSES = frozenset({
    2,    # MouseButtonPress
    4,    # MouseButtonDblClick
    194,  # TouchBegin
    6,    # KeyPress
    31,   # Wheel
    92,   # TabletPress
})
_RELEASES = frozenset({
    3,    # MouseButtonRelease
    196,  # TouchEnd
    209,  # TouchCancel
    7,    # KeyRelease
    93,   # TabletRelease
})
_FOLLOW_UPS = frozenset({
    5,    # MouseMove
    195,  # TouchUpdate
    87,   # TabletMove
})


@QmlElement
@QmlUncreatable("IdleWatch is provided by the application")
class IdleWatch(QObject):
    """Watches every touch, click and key press of the application.

    ``mode`` says what the kiosk is showing: ``off`` (start screen: nothing to protect),
    ``flow`` (an attendee is writing: after ``inactivity`` a warning counts down
    ``warningSeconds``; any input extends), ``dashboard`` (the facilitator dashboard is
    open: the same warning after its own, longer ``dashboard`` time, then it locks) or
    ``thanks`` (the thank-you screen returns to the start after its own time). With an
    inactivity time of 0 the flow (or the dashboard) never times out (WCAG 2.2.1); the
    thank-you screen still returns.

    Signals:
        timedOut: time is up; the kiosk discards the draft and shows the start screen.
        stateChanged: ``mode``, ``warning`` or ``secondsLeft`` changed.
    """

    timedOut = Signal()
    stateChanged = Signal()

    def __init__(self, inactivity_ms: int, warning_seconds: int, thank_you_ms: int,
                 tick_ms: int = 1000, parent: QObject | None = None, *,
                 dashboard_ms: int = 0) -> None:
        super().__init__(parent)
        self._inactivity_ms = inactivity_ms
        self._dashboard_ms = dashboard_ms
        self._warning_seconds = warning_seconds
        self._mode = "off"
        self._warning = False
        self._seconds_left = 0
        self._swallowing = False
        self._idle = QTimer(self, singleShot=True, interval=max(inactivity_ms, 1))
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self, interval=tick_ms)
        self._tick.timeout.connect(self._count_down)
        self._thanks = QTimer(self, singleShot=True, interval=thank_you_ms)
        self._thanks.timeout.connect(self._time_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any press is activity. While the warning shows, the whole tap is swallowed.

        The tap that answers "Sind Sie noch da?" must not also press whatever lies under
        the overlay, so press, moves and release are kept from the window and the warning
        is dismissed on release.
        """
        kind = event.type()
        if self._warning or self._swallowing:
            if kind in _PRESSES:
                self._swallowing = True
                return True
            if kind in _RELEASES and self._swallowing:
                self._swallowing = False
                self.extend()
                return True
            return kind in _FOLLOW_UPS and self._swallowing
        if kind in _PRESSES:
            self.extend()
        return False

    @Property(bool, constant=True)
    def enabled(self) -> bool:
        """Whether the attendee flow times out at all."""
        return self._inactivity_ms > 0

    @Property(int, constant=True)
    def warningSeconds(self) -> int:
        return self._warning_seconds

    def _get_mode(self) -> str:
        return self._mode

    def _set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown idle mode {mode!r}")
        if mode == self._mode:
            return
        self._mode = mode
        self._restart()
        self.stateChanged.emit()

    mode = Property(str, _get_mode, _set_mode, notify=stateChanged)

    @Property(bool, notify=stateChanged)
    def warning(self) -> bool:
        """The countdown overlay is showing."""
        return self._warning

    @Property(int, notify=stateChanged)
    def secondsLeft(self) -> int:
        return self._seconds_left

    @Slot()
    def extend(self) -> None:
        """Someone is there: hide the warning and start the waiting time again."""
        if self._warning:
            self._warning = False
            self.stateChanged.emit()
        self._restart()

    def stop(self) -> None:
        """No more timeouts (the kiosk is closing)."""
        self._mode = "off"
        self._warning = False
        self._idle.stop()
        self._tick.stop()
        self._thanks.stop()

    def _restart(self) -> None:
        self._idle.stop()
        self._tick.stop()
        self._thanks.stop()
        waiting = {"flow": self._inactivity_ms, "dashboard": self._dashboard_ms}.get(self._mode)
        if waiting:
            self._idle.start(waiting)
        elif self._mode == "thanks":
            self._thanks.start()

    @Slot()
    def _start_warning(self) -> None:
        self._warning = True
        self._seconds_left = self._warning_seconds
        self._tick.start()
        self.stateChanged.emit()

    @Slot()
    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._tick.stop()
            self._warning = False
            self._time_up()
        self.stateChanged.emit()

    @Slot()
    def _time_up(self) -> None:
        self.timedOut.emit()
