"""Watching for the moment a running kiosk may take its new configuration.

An update is due when a pending package waits in the data directory (sync kept one:
``SyncBridge.updatePending``, or it was there already) or a package was installed from a USB
stick in the dashboard (``PackageBridge.installed``). The watch looks whenever the kiosk's
screen, PIN pad or dashboard changes; once ``config_switch.may_switch`` allows it, the
kiosk's ``switch`` runs – from the event loop, never inside a screen change – and the
kiosk is built anew on the new configuration (``app.KioskRun``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from station_app.config_switch import KioskMoment, may_switch
from station_app.installed_package import pending_path

if TYPE_CHECKING:
    from station_app.qml.sync_status import SyncBridge

WINDOW_SIGNALS = ("startScreenShownChanged", "currentStepChanged", "pinPadOpenChanged",
                  "facilitatorOpenChanged")
"""The changes of ``ui/Main.qml`` after which the watch looks again."""


class ConfigUpdateWatch(QObject):
    """Calls ``switch(installed_by_hand)`` when an update is due and the kiosk may take it.

    ``installed_by_hand``: a package was installed from the dashboard (its files are in
    place already; a pending update may come on top). Not a child of the window: the switch
    tears the window down, and the kiosk's runner owns the watch.
    """

    def __init__(self, window: QObject, data_dir: Path,
                 switch: Callable[[bool], None]) -> None:
        super().__init__()
        self._window = window
        self._data_dir = data_dir
        self._switch = switch
        self._installed = False
        self._scheduled = False
        self._stopped = False
        self._package: QObject | None = None
        for name in WINDOW_SIGNALS:
            getattr(window, name).connect(self.look)

    def follow(self, sync: SyncBridge | None) -> None:
        """Hear of updates sync keeps and of packages installed in the dashboard."""
        if sync is None:
            return
        sync.updatePending.connect(self.look)
        package = sync.stationPackage
        if package is not None:
            self._package = package
            package.apply_at_start_screen()
            package.installed.connect(self._installed_by_hand)

    @Slot(str, int)
    def _installed_by_hand(self, _station_id: str = "", _version: int = 0) -> None:
        self._installed = True
        self.look()

    def stop(self) -> None:
        """Look no more (the kiosk is being torn down)."""
        self._stopped = True
        for name in WINDOW_SIGNALS:
            getattr(self._window, name).disconnect(self.look)

    @property
    def due(self) -> bool:
        return self._installed or pending_path(self._data_dir).exists()

    def moment(self) -> KioskMoment:
        window = self._window
        package = self._package
        return KioskMoment(step=str(window.property("currentStep")),
                           settled=bool(window.property("startScreenShown")),
                           pin_pad_open=bool(window.property("pinPadOpen")),
                           dashboard_open=bool(window.property("facilitatorOpen")),
                           installing=bool(package.property("busy")) if package else False)

    @Slot()
    def look(self, *_: object) -> None:
        """Switch soon if an update is due and the kiosk may take it now."""
        if self._stopped or self._scheduled or not may_switch(self.moment()) or not self.due:
            return
        self._scheduled = True
        # From the event loop: a screen change (resetToStart) is still running now.
        QTimer.singleShot(0, self._switch_now)

    def _switch_now(self) -> None:
        self._scheduled = False
        if self._stopped or not may_switch(self.moment()) or not self.due:
            return
        by_hand, self._installed = self._installed, False
        self._switch(by_hand)
