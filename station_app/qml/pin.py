"""The door to the facilitator area: the PIN pad's check and leaving the kiosk."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from station_app.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

if TYPE_CHECKING:
    from station_app.facilitator_pin import FacilitatorPin
    from station_app.storage.audit import AuditLog

__all__ = ["QML_IMPORT_MAJOR_VERSION", "QML_IMPORT_NAME", "PinBridge"]


@QmlElement
@QmlUncreatable("PinBridge is provided by the application")
class PinBridge(QObject):
    """Wraps ``FacilitatorPin`` for the PIN pad; unlocks the facilitator area.

    The lockout after wrong tries lives in the database, so restarting the kiosk does not
    give an attendee fresh tries.

    Signals:
        accepted: the PIN was right; the facilitator area may open.
        rejected(triesLeft, lockedSeconds): a wrong PIN, or the pad is locked.
        stateChanged: ``unlocked``, ``lockedSeconds`` or ``triesLeft`` changed.
    """

    accepted = Signal()
    rejected = Signal(int, int, arguments=["triesLeft", "lockedSeconds"])
    stateChanged = Signal()

    def __init__(self, leave: Callable[[], None], facilitator_home_url: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pin: FacilitatorPin | None = None
        self._audit: AuditLog | None = None
        self._leave = leave
        self._home_url = facilitator_home_url
        self._unlocked = False
        self._locked_seconds = 0
        self._tries_left = -1

    def attach_pin(self, pin: FacilitatorPin, audit: AuditLog) -> None:
        """The stored PIN and its lockout, once the station's database is open."""
        self._pin = pin
        self._audit = audit
        self._locked_seconds = pin.locked_seconds()
        self.stateChanged.emit()

    @Property(bool, notify=stateChanged)
    def isSet(self) -> bool:
        """False until a PIN was chosen (on the kiosk's first start, or with
        ``station-app facilitator set-pin``); the pad then asks to choose one."""
        return self._pin is not None and self._pin.is_set

    @Property(bool, notify=stateChanged)
    def unlocked(self) -> bool:
        return self._unlocked

    @Property(int, notify=stateChanged)
    def lockedSeconds(self) -> int:
        """Seconds the pad stays locked after too many wrong tries (0 = open)."""
        return self._locked_seconds

    @Property(int, notify=stateChanged)
    def triesLeft(self) -> int:
        """Wrong tries left before a lockout; -1 before the first wrong try."""
        return self._tries_left

    @Property(str, constant=True)
    def facilitatorHomeUrl(self) -> str:
        """The facilitator area's QML file (``ui/facilitator/FacilitatorHome.qml``)."""
        return self._home_url

    @Slot(str, result=bool)
    def verify(self, pin: str) -> bool:
        """Check one try; emits ``accepted`` or ``rejected``."""
        if self._pin is None:  # the database is still opening: no PIN can be checked yet
            self.rejected.emit(-1, 0)
            return False
        verdict = self._pin.verify(pin)
        self._unlocked = verdict.accepted
        self._locked_seconds = verdict.locked_seconds
        self._tries_left = -1 if verdict.accepted else verdict.tries_left
        self.stateChanged.emit()
        if verdict.accepted:
            self.accepted.emit()
        else:
            self.rejected.emit(verdict.tries_left, verdict.locked_seconds)
        return verdict.accepted

    @Slot(str, str, result=str)
    def chooseFirstPin(self, pin: str, repeated: str) -> str:
        """First start: store the PIN entered twice and open the dashboard.

        Returns '' (stored, ``accepted`` follows) or why not: ``format``, ``mismatch``,
        ``already-set`` or ``not-ready`` (the database is still opening).
        """
        if self._pin is None:
            return "not-ready"
        problem = self._pin.choose_first(pin, repeated)
        if problem:
            return problem
        self._unlocked = True
        self._tries_left = -1
        self.stateChanged.emit()
        self.accepted.emit()
        return ""

    @Slot()
    def refresh(self) -> None:
        """Recount the lockout (the pad calls this once a second while locked)."""
        if self._pin is None:
            return
        locked = self._pin.locked_seconds()
        if locked != self._locked_seconds:
            self._locked_seconds = locked
            self.stateChanged.emit()

    @Slot()
    def lock(self) -> None:
        """Close the facilitator area again (back to the kiosk, or after inactivity)."""
        if self._unlocked:
            self._unlocked = False
            self._tries_left = -1
            self.stateChanged.emit()

    @Slot(result=bool)
    def leaveKiosk(self) -> bool:
        """Quit the kiosk; only after a correct PIN."""
        if not self._unlocked or self._audit is None:
            return False
        self._audit.record("facilitator", "kiosk.leave")
        self._leave()
        return True
